import { describe, expect, it } from 'vitest';
import { displayText } from './display-text.js';
import { decodeLabel } from './encode.js';

// displayText turns <br> into line breaks by a scan; it must agree with the regex Mermaid's shows.
const PIECES = ['<', 'br', 'BR', 'bR', '/', '>', ' ', '\n', '\t', '\u00a0', 'x', '<br/>', '<b>', 'r', '#', ';'];

describe('displayText', () => {
  it('replaces <br> variants exactly as /<br\\s*\\/?>/gi does', () => {
    let state = 7;
    const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const wrong: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let raw = '';
      for (let k = 0, len = 1 + Math.floor(random() * 12); k < len; k++) raw += PIECES[Math.floor(random() * PIECES.length)];
      const expected = decodeLabel(raw.trim()).replace(/<br\s*\/?>/gi, '\n');
      if (displayText(raw) !== expected) wrong.push(JSON.stringify(raw));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(displayText('a<br>b<BR />c< br>')).toBe('a\nb\nc< br>');
  });
});
