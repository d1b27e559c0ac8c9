import { describe, expect, it } from 'vitest';
import {
  completeDottedLink, completeLink, directionStatement, dottedLinkStart, edgeId, endKeyword, invisibleLink, LINE, linkStart,
  keywordThen, newlines, noDirection, spaceThen, nodeString, oneCharExcept, runOutside, scannerFor, type Scan,
} from './scanners.js';

// Each scanner must end exactly where Mermaid's sticky regex ends (or fail where it fails).
const PAIRS: [string, Scan][] = [
  ['\\s*[xo<]?--+[-xo>]\\s*', completeLink(LINE.solid)],
  ['\\s*[xo<]?==+[=xo>]\\s*', completeLink(LINE.thick)],
  ['\\s*[xo<]?--\\s*', linkStart(LINE.solid)],
  ['\\s*[xo<]?==\\s*', linkStart(LINE.thick)],
  ['\\s*[xo<]?-?\\.+-[xo>]?\\s*', completeDottedLink],
  ['\\s*[xo<]?-\\.\\s*', dottedLinkStart],
  ['\\s*~~~+\\s*', invisibleLink],
  ['(?:\\r?\\n)+', newlines],
  ['end\\b\\s*', endKeyword],
  ['(?:[A-Za-z0-9!"#$%&\'*+.`?\\\\_/]|-(?=[^>\\-.]))+', nodeString],
  ['[^\\[\\](){}|"]+', runOutside('[](){}|"')],
  ['[^-]|-(?!-)', oneCharExcept('-', true)],
  ['[^=]', oneCharExcept('=')],
  ['[^\\s"]+@(?=[^{"])', edgeId],
  ['.*direction\\s+TB[^\\n]*', directionStatement('TB')],
  ['.*direction\\s+LR[^\\n]*', directionStatement('LR')],
  ['style\\b', scannerFor(/style\b/y)],
  ['\\(\\[', scannerFor(/\(\[/y)],
  ['accTitle\\s*:\\s*', keywordThen('accTitle', '\\s*:\\s*')],
  ['accDescr\\s*\\{\\s*', keywordThen('accDescr', '\\s*\\{\\s*')],
  ['call\\s+', keywordThen('call', '\\s+')],
  ['href\\s', keywordThen('href', '\\s')],
  ['(?:\\r?\\n)*\\s*\\n', noDirection],
  ['\\s*LR\\b', spaceThen('LR', true)],
  ['\\s*v\\b', spaceThen('v', true)],
  ['\\s*<', spaceThen('<', false)],
  ['\\s*\\^', spaceThen('^', false)],
];

const PIECES = ['-', '-', '=', '.', '>', '<', 'x', 'o', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '~', '@', '{', '"', '[', ']', '(', ')',
  '|', 'end', 'A', 'b_1', 'direction', ' TB', 'LR', 'style', 'é', '#', ':', 'accTitle', 'accDescr', 'call', 'href', '{', 'v', 'LRx', '^', '\n\n', '\r\n'];

function fuzz(count: number, seed: number): string[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = 0, n = 1 + Math.floor(random() * 10); k < n; k++) text += PIECES[Math.floor(random() * PIECES.length)];
    return text;
  });
}

describe('scanners end where the rules’ regexes end', () => {
  const texts = fuzz(4000, 42);
  for (const [source, scan] of PAIRS) {
    it(source, () => {
      const re = new RegExp(source, 'y');
      const wrong: string[] = [];
      for (const text of texts) {
        for (let pos = 0; pos <= text.length; pos++) {
          re.lastIndex = pos;
          const expected = re.test(text) ? re.lastIndex : -1;
          if (scan(text, pos) !== expected) wrong.push(`${JSON.stringify(text)} @${pos}`);
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
    });
  }
});
