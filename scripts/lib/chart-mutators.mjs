// Random damage for the small "chart" diagram types (xychart, quadrantChart, sankey): line edits,
// character edits and token swaps drawn from each grammar's vocabulary. Used to compare our exact
// grammars with Mermaid on texts no corpus holds. mutate(text, rng, type) → damaged text.

import { caseOp, charOp, pick, pickIndex } from './mutation-kit.mjs';

const PUNCT = [':', ',', ';', '"', '[', ']', '(', ')', '{', '}', '#', '%', '-', '.', '+', '*', '=', '&', '_', '`', "'", '\\', '/', '<', '>', '|', '!', '?', '@', '$', '^', '~', '\t', ' ', '\n', '%%', '-->', '""', '#quot;', '#35;', '0', '1', '0.5', 'é', '中', '🚀', '\u00a0', '\u2028'];

const VOCAB = {
  xychart: ['xychart-beta', 'xychart', 'vertical', 'horizontal', 'title', 'x-axis', 'y-axis', 'line', 'bar', 'accTitle:', 'accDescr:', 'accDescr {', '}', '-->', '[', ']', ',', '"q"', '1.5', '-2', '.5', '+3', '1e3', '10%', '1,000', 'Line', 'BAR', 'Title', 'X-AXIS', 'xychart-beta vertical', '%% c', ';'],
  quadrantChart: ['quadrantChart', 'title', 'x-axis', 'y-axis', 'quadrant-1', 'quadrant-2', 'quadrant-3', 'quadrant-4', '-->', '--->', ':', ': [0.3, 0.6]', '[1, 0]', '[0.5,0.5]', ':::cls', 'classDef', 'radius: 10', 'color: #ff0000', 'stroke-width: 2px', 'stroke-color: #000', 'accTitle:', 'accDescr:', 'accDescr {', '}', '"q"', '0.25', '1.0', '1', '0', '-0.1', 'point', ';', '%% c'],
  sankey: ['sankey-beta', 'sankey', ',', '"', '""', '"a,b"', '10', '1.5', '-3', 'ten', ';', '\t', '  ', '\n', '\n\n', 'é', '%%', '#', '#quot;', 'A,B,1', '"x""y"', 'accTitle: t'],
};

function lineOp(text, rng) {
  const ls = text.split('\n');
  const i = 1 + pickIndex(rng, Math.max(1, ls.length - 1));
  switch (pickIndex(rng, 7)) {
    case 0: ls.splice(i, 1); break;
    case 1: ls.splice(i, 0, ls[i] ?? ''); break;
    case 2: {
      const j = 1 + pickIndex(rng, Math.max(1, ls.length - 1));
      [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
      break;
    }
    case 3: ls[i] = pick(rng, ['  ', '\t', '    ', ' ']) + (ls[i] ?? ''); break;
    case 4: ls[i] = (ls[i] ?? '') + pick(rng, [' ', '  ', ';', ' %% note', '\t', ',']); break;
    case 5: ls.splice(i, 0, pick(rng, ['', '   ', '%% comment', ';'])); break;
    default: ls[i] = (ls[i] ?? '').trim(); break;
  }
  return ls.join('\n');
}

/** Replaces one word-like run with a vocabulary entry, or a number with an odd number. */
function tokenOp(text, rng, vocab) {
  const runs = [...text.matchAll(/[A-Za-z][\w-]*|[+-]?\d+(?:\.\d+)?|"[^"\n]*"/g)];
  if (runs.length === 0) return text;
  const m = pick(rng, runs.slice(0, 400));
  const isNumber = /^[+-]?\d/.test(m[0]);
  const by = isNumber ? pick(rng, ['1.', '.5', '-0', '+1', '1e5', '0x10', '1,5', '1 000', '', '--1', '1.2.3', '007', '1.50', '0.0', '2', '1']) : pick(rng, vocab);
  return text.slice(0, m.index) + by + text.slice(m.index + m[0].length);
}

export function mutate(text, rng, type) {
  const vocab = VOCAB[type] ?? VOCAB.xychart;
  let out = text;
  const rounds = 1 + pickIndex(rng, 3);
  for (let r = 0; r < rounds; r++) {
    const k = rng();
    if (k < 0.3) out = lineOp(out, rng);
    else if (k < 0.65) out = charOp(out, rng, PUNCT, vocab);
    else if (k < 0.9) out = tokenOp(out, rng, vocab);
    else out = caseOp(out, rng);
  }
  return out;
}
