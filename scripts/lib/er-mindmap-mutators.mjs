// Random damage for erDiagram and mindmap texts, the ways authors break them: brackets and
// quotes dropped, doubled or swapped, cardinalities and relationship lines miswritten, keywords
// used as names, unicode and entity codes pasted in, indentation shifted, lines dropped,
// duplicated or swapped. Used to compare the exact grammars with Mermaid on texts no corpus holds.
// mutateErMindmap(text, rng, 'er' | 'mindmap') → damaged text.

import { caseOp, charOp, pick, pickIndex } from './mutation-kit.mjs';

const PUNCT = [':', ',', ';', '"', "'", '`', '[', ']', '(', ')', '{', '}', '#', '%', '-', '.', '|', '~', '?', '*', '\\', '\t', ' ', '\n', '\n\n', '%%', ':::', '::',
  '#quot;', '#35;', '#59;', 'é', 'µ', '°', '🚀', '中', '\u00a0', '\u2028', '\f', '\r'];

const CARDINALITIES = ['|o', 'o|', '||', '}o', 'o{', '}|', '|{', 'u', 'one', 'only one', 'zero or one', 'one or zero', 'zero or more', 'zero or many', 'one or more', 'one or many',
  'many', 'many(0)', 'many(1)', '0+', '1+', '1', '|>', '<|', '}}', '{', '|', 'o', '0', 'many (1)', 'two'];
const LINES = ['--', '..', '.-', '-.', ' to ', ' optionally to ', '-', '---', '->', '-->', '.', '...', '==', '~~', ' -- ', ''];

const VOCAB = {
  er: [
    'erDiagram', 'direction LR', 'direction TB', 'direction', 'style', 'classDef', 'class', 'subgraph', 'end', 'one', 'many', 'to', 'u', 'PK', 'FK', 'UK', 'PK, FK', 'PK FK',
    '{', '}', '{}', '[', ']', '["x"]', ':::', ':::cls', ':', ': label', ': "two words"', '"', '""', '"q"', '`a b`', '~int~', 'string', 'int', 'varchar(255)', '?', '#35;',
    'accTitle: t', 'accDescr: d', 'accDescr {', 'fill:#f9f', 'stroke-width:2.5px', 'rgba(0,0,0,0.5)', ';', ',', '1', '2.5', 'A ||--o{ B : x', 'X',
  ],
  mindmap: [
    'mindmap', 'root', 'node', '(', ')', '((', '))', '[', ']', '{{', '}}', '{', '}', '(-', '-)', '"', '"x"', '"`**md**`"', '`', ':::', ':::urgent', '::icon(', '::icon(fa fa-book)',
    ')', '%%', ' %% c', '#35;', '#quot;', 'A(b)', 'A[b]', 'A((b))', 'A))b((', 'A)b(', 'A{{b}}', 'Mindmap notes',
  ],
};

/** A replacement for one leading indentation: shallower, deeper, tabs, nothing. */
function reindent(rng, indent) {
  return pick(rng, ['', ' ', '  ', '   ', '\t', '\t\t', indent + ' ', indent + '  ', indent.slice(1), indent.slice(2), indent + indent, indent.replace(/ {2}/g, '\t'), '\u00a0' + indent]);
}

function lineOp(text, rng, vocab) {
  const ls = text.split('\n');
  const i = 1 + pickIndex(rng, Math.max(1, ls.length - 1));
  switch (pickIndex(rng, 9)) {
    case 0: ls.splice(i, 1); break;
    case 1: ls.splice(i, 0, ls[i] ?? ''); break;
    case 2: {
      const j = pickIndex(rng, ls.length);
      [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
      break;
    }
    case 3:
    case 4: {
      const line = ls[i] ?? '';
      const indent = /^\s*/.exec(line)[0];
      ls[i] = reindent(rng, indent) + line.slice(indent.length);
      break;
    }
    case 5: ls[i] = (ls[i] ?? '') + pick(rng, [' ', ';', ' %% note', '\t', ',', ':', ' :', ' x', '  ', ' }', ' {', ')', ' (x)']); break;
    case 6: ls.splice(i, 0, pick(rng, ['', '   ', '%% comment', ';', '}', '{', 'end', ...vocab])); break;
    case 7: [ls[i], ls[i - 1]] = [ls[i - 1] ?? '', ls[i] ?? '']; break;
    default: ls[i] = (ls[i] ?? '').trim(); break;
  }
  return ls.join('\n');
}

/** Drops, doubles or swaps one bracket or quote. */
function bracketOp(text, rng) {
  const found = [...text.matchAll(/[()[\]{}"`]/g)];
  if (found.length === 0) return text;
  const m = pick(rng, found);
  const replacement = pick(rng, ['', m[0] + m[0], '(', ')', '[', ']', '{', '}', '"', '`', '((', '))', '{{', '}}']);
  return text.slice(0, m.index) + replacement + text.slice(m.index + 1);
}

/** Rewrites one relationship's cardinality or line. */
function relationshipOp(text, rng) {
  const found = [...text.matchAll(/(\|o|o\||\|\||\}o|o\{|\}\||\|\{)(--|\.\.)(\|o|o\||\|\||\}o|o\{|\}\||\|\{)/g)];
  if (found.length === 0) return text;
  const m = pick(rng, found);
  const parts = [m[1], m[2], m[3]];
  const k = pickIndex(rng, 4);
  if (k === 3) parts.reverse();
  else parts[k] = pick(rng, k === 1 ? LINES : CARDINALITIES);
  const spaced = rng() < 0.2 ? parts.join(' ') : parts.join('');
  return text.slice(0, m.index) + spaced + text.slice(m.index + m[0].length);
}

/** Replaces a word with a keyword or an odd value. */
function tokenOp(text, rng, vocab) {
  const runs = [...text.matchAll(/[A-Za-z_][\w-]*/g)];
  if (runs.length === 0) return text;
  const m = pick(rng, runs.slice(0, 400));
  return text.slice(0, m.index) + pick(rng, vocab) + text.slice(m.index + m[0].length);
}

/** Swaps a mindmap node's shape for another opening/closing pair (matching or not). */
function shapeOp(text, rng) {
  const found = [...text.matchAll(/(\(\(|\)\)|\(-|-\)|\{\{|\}\}|[()[\]])/g)];
  if (found.length === 0) return text;
  const m = pick(rng, found);
  return text.slice(0, m.index) + pick(rng, ['((', '))', '(-', '-)', '{{', '}}', '(', ')', '[', ']', '{', '}', '', '((("', '"']) + text.slice(m.index + m[0].length);
}

export function mutateErMindmap(text, rng, type) {
  const vocab = VOCAB[type] ?? VOCAB.er;
  let out = text;
  const rounds = 1 + pickIndex(rng, 3);
  for (let r = 0; r < rounds; r++) {
    const k = rng();
    if (k < 0.25) out = lineOp(out, rng, vocab);
    else if (k < 0.5) out = charOp(out, rng, PUNCT, vocab);
    else if (k < 0.65) out = bracketOp(out, rng);
    else if (k < 0.8) out = type === 'mindmap' ? shapeOp(out, rng) : relationshipOp(out, rng);
    else if (k < 0.93) out = tokenOp(out, rng, vocab);
    else out = caseOp(out, rng);
  }
  return out;
}
