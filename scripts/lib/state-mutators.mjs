// Seeded damage for state diagrams, the way authors break them: brackets and braces dropped or
// doubled, quotes unbalanced, arrows misspelt (-> , --- , ==>), keywords misspelt or re-cased,
// `end note` lost, `}` dropped, unicode and entities inserted, lines dropped, duplicated, swapped
// or joined. mutateState(text, rng) → damaged text. Used to compare the exact grammar with Mermaid.

const pickIndex = (rng, n) => Math.floor(rng() * n);
const pick = (rng, items) => items[pickIndex(rng, items.length)];

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

function charOp(text, rng) {
  const at = pickIndex(rng, text.length + 1);
  switch (pickIndex(rng, 5)) {
    case 0: return text.slice(0, at) + text.slice(at + 1);
    case 1: return text.slice(0, at) + pick(rng, PUNCT) + text.slice(at);
    case 2: return text.slice(0, at) + pick(rng, VOCAB) + text.slice(at);
    case 3: return text.slice(0, at) + ' ' + pick(rng, VOCAB) + ' ' + text.slice(at);
    default: return text.slice(0, at) + pick(rng, PUNCT) + text.slice(at + 1);
  }
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

function caseOp(text, rng) {
  const runs = [...text.matchAll(/[A-Za-z][\w-]*/g)];
  if (runs.length === 0) return text;
  const m = pick(rng, runs.slice(0, 400));
  const w = pickIndex(rng, 2) ? m[0].toUpperCase() : m[0][0].toUpperCase() + m[0].slice(1).toLowerCase();
  return text.slice(0, m.index) + w + text.slice(m.index + m[0].length);
}

export function mutateState(text, rng) {
  let out = text;
  const rounds = 1 + pickIndex(rng, 3);
  for (let r = 0; r < rounds; r++) {
    const k = rng();
    if (k < 0.35) out = lineOp(out, rng);
    else if (k < 0.65) out = charOp(out, rng);
    else if (k < 0.9) out = tokenOp(out, rng);
    else out = caseOp(out, rng);
  }
  return out;
}
