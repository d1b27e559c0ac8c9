// Seeded damage for state diagrams, the way authors break them: brackets and braces dropped or
// doubled, quotes unbalanced, arrows misspelt (-> , --- , ==>), keywords misspelt or re-cased,
// `end note` lost, `}` dropped, unicode and entities inserted, lines dropped, duplicated, swapped
// or joined. mutateState(text, rng) → damaged text. Used to compare the exact grammar with Mermaid.

import { caseOp, charOp, pick, pickIndex } from './mutation-kit.mjs';

const PUNCT = [':', '::', ':::', ';', '"', '[', ']', '(', ')', '{', '}', '#', '%', '%%', '-', '--', '-->', '->', '<', '>', '<<', '>>', '*', '[*]', ',', '.', '|', '\\', '/', '=', '&', '@', '!', '?', '`', "'", '\t', ' ', '\n', '\n\n', 'é', '中', '🚀', '\u00a0', '\u2028', '\r', '#quot;', '#35;', '#58;', '<br/>', '0', '_'];

const VOCAB = [
  'stateDiagram-v2', 'stateDiagram', 'state', 'State', 'STATE', 'note', 'Note', 'end note', 'end', 'left of', 'right of', 'over', 'as', 'AS',
  '[*]', '-->', '--', '->', '--->', '==>', ':', ' : ', ':::', 'classDef', 'class', 'style', 'default', 'click', 'href', 'direction', 'direction LR',
  'direction TB', 'LR', 'TB', '<<fork>>', '<<join>>', '<<choice>>', '[[fork]]', '[[choice]]', '{', '}', ' {', 'hide empty description', 'scale', 'scale 350 width',
  'width', 'accTitle:', 'accDescr:', 'accDescr {', 'title', 'fill:#f96', 'stroke:#333', 'Idle', 'Running', 'A B', '"desc"', '"a b"', '%% c', ';', 'Moving Fast',
];

const LINES = [
  'note right of A : text', 'note left of A', 'end note', 'note "floating" as N1', 'state "Description" as D', 'state Comp {', '}', '--', 'direction LR',
  'A --> B', '[*] --> A', 'A --> [*]', 'A : description', 'state F <<fork>>', 'state C <<choice>>', 'classDef hot fill:#f00', 'class A hot', 'A:::hot',
  'style A fill:#f96', 'accTitle: Title', 'accDescr: Description', 'accDescr {', 'hide empty description', 'scale 200 width', 'click A href "https://x.y"',
  'click A "https://x.y" "tip"', '%% comment', '', '   ', 'state A', 'A --> B : label', 'state "Long name" as L {', 'stateDiagram-v2',
];

function lineOp(text, rng) {
  const ls = text.split('\n');
  const i = 1 + pickIndex(rng, Math.max(1, ls.length - 1));
  switch (pickIndex(rng, 10)) {
    case 0: ls.splice(i, 1); break;
    case 1: ls.splice(i, 0, ls[i] ?? ''); break;
    case 2: {
      const j = 1 + pickIndex(rng, Math.max(1, ls.length - 1));
      [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
      break;
    }
    case 3: ls[i] = pick(rng, ['  ', '\t', '    ', ' ']) + (ls[i] ?? ''); break;
    case 4: ls[i] = (ls[i] ?? '') + pick(rng, [' ', '  ', ';', ' %% note', '\t', ',', ' {', ' }', ':', ' :']); break;
    case 5: ls.splice(i, 0, pick(rng, LINES)); break;
    case 6: {
      // Drop a closing line: `}` or `end note`.
      const k = ls.findIndex((l, n) => n >= i && /^\s*(\}|end note)\s*$/i.test(l));
      if (k !== -1) ls.splice(k, 1);
      else ls.splice(i, 1);
      break;
    }
    case 7: if (i + 1 < ls.length) ls.splice(i, 2, `${ls[i]} ${ls[i + 1].trim()}`); break;
    case 8: ls[i] = (ls[i] ?? '').trim(); break;
    default: ls.splice(i, 0, pick(rng, LINES), pick(rng, LINES)); break;
  }
  return ls.join('\n');
}

/** Replaces one word-like run, arrow, bracket or quoted text with a vocabulary entry. */
function tokenOp(text, rng) {
  const runs = [...text.matchAll(/[A-Za-z][\w-]*|-->|--|\[\*\]|"[^"\n]*"|[{}]|:::?|<<\w+>>/g)];
  if (runs.length === 0) return text;
  const m = pick(rng, runs.slice(0, 400));
  let by;
  if (m[0] === '-->') by = pick(rng, ['->', '--', '--->', '-- >', '==>', '', '<--', '-->>', '—>']);
  else if (m[0] === '{' || m[0] === '}') by = pick(rng, ['', '{{', '}}', '(', ')', '[', m[0] === '{' ? '}' : '{']);
  else if (m[0].startsWith('"')) by = pick(rng, [m[0].slice(0, -1), m[0].slice(1), `"${m[0]}`, m[0].replace(/"/g, "'"), '""']);
  else by = pick(rng, VOCAB);
  return text.slice(0, m.index) + by + text.slice(m.index + m[0].length);
}

export function mutateState(text, rng) {
  let out = text;
  const rounds = 1 + pickIndex(rng, 3);
  for (let r = 0; r < rounds; r++) {
    const k = rng();
    if (k < 0.35) out = lineOp(out, rng);
    else if (k < 0.65) out = charOp(out, rng, PUNCT, VOCAB);
    else if (k < 0.9) out = tokenOp(out, rng);
    else out = caseOp(out, rng);
  }
  return out;
}

const IDS = ['A', 'B', 'Idle', 'Run_2', '[*]', 'x1', 'é', 'S', 'state1', 'z', 'A:::c', 'Note', 'end'];
/** Ids that collide with keywords or the database's label rules. */
const RISKY_IDS = ['as', 'dir', 'default', 'click', 'a<b>', 'note', 'state', 'A-B', 'x:y'];
const TEXTS = ['go', 'a b', 'x: y', 'n < 10', 'it;s', 'direction LR', '#quot;q#quot;', 'end note', '<br/>two', 'ünï', 'Ready to go', 'a:b:c', '', '::'];
const pickId = (rng) => (rng() < 0.1 ? pick(rng, RISKY_IDS) : pick(rng, IDS));

/** One random statement line, mostly well-formed, built from the grammar's statement forms. */
function randomStatement(rng, depth) {
  switch (pickIndex(rng, 16)) {
    case 0: return `${pickId(rng)} --> ${pickId(rng)}`;
    case 1: return `${pickId(rng)} --> ${pickId(rng)} : ${pick(rng, TEXTS)}`;
    case 2: return `${pickId(rng)} : ${pick(rng, TEXTS)}`;
    case 3: return `state "${pick(rng, TEXTS)}" as ${pickId(rng)}`;
    case 4: return `state ${pickId(rng)} ${pick(rng, ['<<fork>>', '<<join>>', '<<choice>>', '[[choice]]'])}`;
    case 5: return `note ${pick(rng, ['left of', 'right of'])} ${pickId(rng)} : ${pick(rng, TEXTS)}`;
    case 6: return `note ${pick(rng, ['left of', 'right of'])} ${pickId(rng)}\n  ${pick(rng, TEXTS)}\n${pick(rng, ['end note', '  end note', 'end  note', 'end'])}`;
    case 7: return `note "${pick(rng, TEXTS)}" as ${pickId(rng)}`;
    case 8: return pick(rng, ['direction LR', 'direction TB', 'hide empty description', 'scale 120 width', '--']);
    case 9: return `classDef ${pick(rng, ['hot', 'default', 'c1'])} fill:#f00${pick(rng, ['', ';', ',color:#fff'])}`;
    case 10: return `class ${pickId(rng)}${pick(rng, ['', ',B', ', C'])} ${pick(rng, ['hot', 'c1'])}`;
    case 11: return `style ${pickId(rng)} fill:#0f0`;
    case 12: return pick(rng, [`click ${pickId(rng)} href "https://x.y"`, `click ${pickId(rng)} "u" "t"`, 'accTitle: T', 'accDescr: D', 'accDescr {\n  d\n}']);
    case 13: return pick(rng, ['%% c', '# c', '', `${pickId(rng)} %% c`]);
    default: return depth < 4 ? null : `${pickId(rng)}`;
  }
}

/** A random state diagram: nested composite states (explicit stack) and statement lines. */
export function randomStateDiagram(rng) {
  const lines = [pick(rng, ['stateDiagram-v2', 'stateDiagram'])];
  let depth = 0;
  const n = 2 + pickIndex(rng, 14);
  for (let i = 0; i < n; i++) {
    const pad = '  '.repeat(depth + 1);
    const r = rng();
    if (r < 0.12 && depth < 4) {
      lines.push(`${pad}${pick(rng, [`state ${pickId(rng)} {`, `state "${pick(rng, TEXTS)}" as ${pickId(rng)} {`, `state ${pickId(rng)}{`])}`);
      depth++;
    } else if (r < 0.2 && depth > 0) {
      lines.push(`${'  '.repeat(depth)}}`);
      depth--;
    } else lines.push(pad + (randomStatement(rng, depth) ?? pickId(rng)));
  }
  while (depth-- > 0) lines.push(`${'  '.repeat(depth + 1)}}`);
  const text = lines.join('\n');
  return rng() < 0.5 ? mutateState(text, rng) : text;
}
