// Random damage for pie diagrams, aimed at what the pie grammar (@mermaid-js/parser's Langium
// grammar with its Chevrotain token order) decides: quoting of labels, number shapes, keywords
// glued to text, hidden blocks (--- … ---, %%{ … }%%, %% comments), accDescr { … } blocks.
// Used to compare our pie grammar with Mermaid on texts no corpus holds.
// mutatePie(text, rng) → damaged text.

import { caseOp, charOp, pick, pickIndex } from './mutation-kit.mjs';

const PUNCT = [':', ',', ';', '"', "'", '\\', '[', ']', '(', ')', '{', '}', '#', '%', '%%', '-', '---', '.', '+', '*', '\t', ' ', '\n', '\r', '\n\n', '""', "''", '#quot;', '#35;', '0', '9', 'é', '中', '🚀', '\u00a0', '\u2028', '\v'];

const VOCAB = ['pie', 'showData', 'title', 'title ', 'accTitle:', 'accTitle :', 'accDescr:', 'accDescr {', 'accDescr{\n', '}', ':', ' : ', '"x" : 1', "'y' : 2", '"a\\"b" : 3', '"z":4', 'title T %% c', '%% c', '%%{init: {}}%%', '---\nk: v\n---\n', '---', 'Title', 'PIE', 'ShowData'];

const NUMBERS = ['1.', '.5', '-0', '-1', '-0.0', '+1', '1e5', '0x10', '1,5', '1 000', '', '--1', '1.2.3', '1.23.4', '12.', '007', '00.5', '1.50', '0.0', '2', '10%', '$5', '1_000', '- 1', '-.5', 'NaN', 'Infinity', '99999999999999999999', '0.', '0', '3.14159'];

function lineOp(text, rng) {
  const ls = text.split('\n');
  const i = 1 + pickIndex(rng, Math.max(1, ls.length - 1));
  switch (pickIndex(rng, 8)) {
    case 0: ls.splice(i, 1); break;
    case 1: ls.splice(i, 0, ls[i] ?? ''); break;
    case 2: {
      const j = pickIndex(rng, ls.length);
      [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
      break;
    }
    case 3: ls[i] = pick(rng, ['  ', '\t', '    ', ' ', '\u00a0']) + (ls[i] ?? ''); break;
    case 4: ls[i] = (ls[i] ?? '') + pick(rng, [' ', '  ', ';', ' %% note', '%%x', '\t', ',', ' 5', ' "q"', ' title x']); break;
    case 5: ls.splice(i, 0, pick(rng, ['', '   ', '%% comment', ';', '---', 'title', 'title  a   b', 'accTitle: t', 'accDescr {\n  d\n}', 'showData', 'pie'])); break;
    case 6: ls[i - 1] = `${ls[i - 1] ?? ''} ${(ls[i] ?? '').trim()}`; ls.splice(i, 1); break;
    default: ls[i] = (ls[i] ?? '').trim(); break;
  }
  return ls.join('\n');
}

/** Replaces a word, a number or a quoted label with something from the vocabulary. */
function tokenOp(text, rng) {
  const runs = [...text.matchAll(/[A-Za-z][\w-]*|[+-]?\d+(?:\.\d+)?|"[^"\n]*"/g)];
  if (runs.length === 0) return text;
  const m = pick(rng, runs.slice(0, 400));
  let by;
  if (/^[+-]?\d/.test(m[0])) by = pick(rng, NUMBERS);
  else if (m[0].startsWith('"')) by = pick(rng, [m[0].slice(1, -1), `'${m[0].slice(1, -1)}'`, `"${m[0]}"`, m[0].slice(0, -1), `${m[0]}x`, '""', `"a\\\nb"`, `"${m[0].slice(1, -1)}\\"`, `"line\none"`]);
  else by = pick(rng, VOCAB);
  return text.slice(0, m.index) + by + text.slice(m.index + m[0].length);
}

export function mutatePie(text, rng) {
  let out = text;
  const rounds = 1 + pickIndex(rng, 3);
  for (let r = 0; r < rounds; r++) {
    const k = rng();
    if (k < 0.3) out = lineOp(out, rng);
    else if (k < 0.6) out = charOp(out, rng, PUNCT, VOCAB);
    else if (k < 0.9) out = tokenOp(out, rng);
    else out = caseOp(out, rng);
  }
  return out;
}
