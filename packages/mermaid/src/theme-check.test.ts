import { describe, expect, it } from 'vitest';
// Mermaid's own colour library (a dependency of the pinned mermaid): the model must read colours as it does.
import { isValid } from 'khroma';
import { readsAsColour, themeFailure } from './theme-check.js';

/** Seeded strings built from colour syntax pieces, so most are near misses of a colour. */
function colourLikeStrings(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pieces = ['#', 'f', '0', '9', 'a', 'F', 'rgb(', 'rgba(', 'hsl(', 'hsla(', ')', ',', ' ', '%', '.', '1', '255', 'deg',
    'turn', 'e3', '-', 'red', 'cyan', 'steelblue', 'tomato', 'transparent', 'Red', '/', 'grad', '+', 'none'];
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = 1 + Math.floor(next() * 8); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
    return text;
  });
}

describe('theme colours', () => {
  it('reads a colour exactly when Mermaid\'s colour library does', () => {
    const differing = colourLikeStrings(50_000, 11).filter((text) => readsAsColour(text) !== isValid(text));
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it('names the variable Mermaid cannot read, and passes a readable theme', () => {
    expect(themeFailure({ theme: 'base', themeVariables: { primaryColor: '#ffccc' } })).toEqual({ reason: expect.stringMatching(/primaryColor/), certain: true });
    expect(themeFailure({ theme: 'base', themeVariables: { primaryColor: '#ffcccc', lineColor: 'rgb(1, 2, 3)' } })).toBeNull();
  });
});
