// Ways authors damage Mermaid diagrams, as text transformations. Each takes the diagram text
// and a random source and returns the damaged text (or null when it does not apply).

const lines = (text) => text.split('\n');
const pickIndex = (rng, n) => Math.floor(rng() * n);
const pick = (rng, items) => items[pickIndex(rng, items.length)];

/** Replaces one random occurrence of `pattern` (global regex) using `replace(match)`. */
function replaceOne(text, pattern, rng, replace) {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return null;
  const m = pick(rng, matches);
  return text.slice(0, m.index) + replace(m[0], m) + text.slice(m.index + m[0].length);
}

/** Inserts `what` at a random position inside a random bracketed label. */
function intoLabel(text, rng, what) {
  return replaceOne(text, /\[[^\]\n"]{2,}\]/g, rng, (m) => {
    const at = 1 + pickIndex(rng, m.length - 2);
    return m.slice(0, at) + what + m.slice(at);
  });
}

export const mutators = {
  'paren-in-label': (t, rng) => intoLabel(t, rng, pick(rng, ['(', ')', ' (v2)', '(beta)'])),
  'bracket-in-label': (t, rng) => intoLabel(t, rng, pick(rng, ['[', ']', '{', '}', '|'])),
  'quote-in-label': (t, rng) => intoLabel(t, rng, pick(rng, ['"', ' "x" ', "'"])),
  'at-in-label': (t, rng) => intoLabel(t, rng, pick(rng, ['@', 'user@example.com', ' @ '])),
  'unicode-in-label': (t, rng) => intoLabel(t, rng, pick(rng, ['✓', 'é', '→', '中文', '🚀'])),
  'entity-in-label': (t, rng) => intoLabel(t, rng, pick(rng, ['#quot;', '#35;', '&amp;', '<br/>', '#'])),
  'drop-bracket': (t, rng) => replaceOne(t, /[\[\](){}]/g, rng, () => ''),
  'add-bracket': (t, rng) => replaceOne(t, /[\[\](){}]/g, rng, (m) => m + m),
  'swap-bracket': (t, rng) => replaceOne(t, /[\[\](){}]/g, rng, () => pick(rng, ['[', ']', '(', ')', '{', '}'])),
  'quote-label': (t, rng) => replaceOne(t, /\[([^\]\n"]+)\]/g, rng, (_m, g) => `["${g[1]}"]`),
  'unbalanced-quote': (t, rng) => replaceOne(t, /"/g, rng, () => ''),
  'arrow-variant': (t, rng) => replaceOne(t, /-->|---|-\.->|==>|->>|-->>/g, rng, () => pick(rng, ['->', '=>', '-->>', '<--', '- ->', '-- >', '--->', '<-->', '-.-', '~~~', '--x', '--o', '==', '-.', '->>>', '=>>', '-x', '--)', '-)'])),
  'arrow-label': (t, rng) => replaceOne(t, /-->/g, rng, () => pick(rng, ['-- text -->', '-->|text|', '-- a--b -->', '== x ==>', '-. y .->', '-->|a (b)|', '-- "q" -->', '-->||'])),
  'keyword-id': (t, rng) => replaceOne(t, /^(\s*)([A-Za-z_]\w*)(?=\s*(-->|\[|\(|$))/gm, rng, (_m, g) => g[1] + pick(rng, ['end', 'class', 'style', 'graph', 'subgraph', 'End', 'default', 'click', 'linkStyle', 'endpoint'])),
  'drop-end': (t, rng) => replaceOne(t, /^\s*end\s*$/gm, rng, () => ''),
  'extra-end': (t, rng) => {
    const ls = lines(t);
    ls.splice(1 + pickIndex(rng, Math.max(1, ls.length - 1)), 0, '    end');
    return ls.join('\n');
  },
  'trailing-comment': (t, rng) => replaceOne(t, /[^\n]+$/gm, rng, (m) => `${m} %% note`),
  'style-semicolon': (t, rng) => replaceOne(t, /(style|classDef|linkStyle)[^\n]*#[0-9A-Fa-f]{3,6}/g, rng, (m) => `${m};`),
  'style-rgba': (t, rng) => replaceOne(t, /fill:#[0-9A-Fa-f]{3,6}/g, rng, () => 'fill:rgba(0,0,0,0.5)'),
  'drop-line': (t, rng) => {
    const ls = lines(t);
    if (ls.length < 3) return null;
    ls.splice(1 + pickIndex(rng, ls.length - 1), 1);
    return ls.join('\n');
  },
  'duplicate-line': (t, rng) => {
    const ls = lines(t);
    const i = pickIndex(rng, ls.length);
    ls.splice(i, 0, ls[i]);
    return ls.join('\n');
  },
  'swap-lines': (t, rng) => {
    const ls = lines(t);
    if (ls.length < 3) return null;
    const i = 1 + pickIndex(rng, ls.length - 2);
    [ls[i], ls[i + 1]] = [ls[i + 1], ls[i]];
    return ls.join('\n');
  },
  'header-case': (t, rng) => replaceOne(t, /^\s*(flowchart|graph|sequenceDiagram)( \w+)?/g, rng, (m) => pick(rng, [m.toUpperCase(), m.replace(/\b\w/, (c) => c.toUpperCase()), m.toLowerCase(), `${m} TD`, m.replace(/ (\w+)$/, (d) => d.toLowerCase()), `${m} A-->B`])),
  'keyword-case': (t, rng) => replaceOne(t, /\b(end|subgraph|participant|actor|loop|alt|else|opt|par|note|Note|classDef|class|style|linkStyle|direction|activate|autonumber)\b/g, rng, (m) => pick(rng, [m.toUpperCase(), m[0].toUpperCase() + m.slice(1), m.toLowerCase()])),
  'whitespace': (t, rng) => pick(rng, [
    () => replaceOne(t, / ?(-->|->>|---|==>|-\.->) ?/g, rng, (m) => m.trim()),
    () => replaceOne(t, /^ +/gm, rng, () => '\t'),
    () => replaceOne(t, /\n/g, rng, () => '  \n'),
    () => replaceOne(t, /\n/g, rng, () => '\n\n'),
    () => replaceOne(t, /(-->|->>) /g, rng, (_m, g) => `${g[1]}   `),
    () => `\n  ${t}`,
  ])(),
  // Damage around the diagram body: what Mermaid's preprocessing (front matter, directives,
  // comment lines, line endings) must treat exactly as Mermaid does.
  'front-matter': (t, rng) => pick(rng, [
    '---\ntitle: Flow\n---\n', '---\ntitle: [broken\n---\n', '  ---\n  title: Indented\n  ---\n', '  ---\n  title: x\n---\n',
    '---\ntitle: x\n    ---\n', '---\ntitle: x\n', '\n---\ntitle: late\n---\n', '%% c\n---\ntitle: y\n---\n', '---\n- a list\n---\n',
    '---\nconfig:\n  flowchart:\n    defaultRenderer: elk\n---\n', '---\nconfig:\n  flowchart:\n    defaultRenderer: dagre-d3\n---\n',
    '---\ntitle: a: b\n---\n', '---\n---\n', '----\ntitle: x\n----\n',
  ]) + t,
  'directive': (t, rng) => {
    const d = pick(rng, ["%%{init: {'theme': 'dark'}}%%", '%%{init: {"theme": "forest"}}%%', '%%{init: {theme: dark}}%%', '%%{ init: { "flowchart": { "curve": "basis" } } }%%', '%%{wrap}%%', '%%{init: {"a": 1}', '%%{}%%', "%%{initialize: {'flowchart': {'defaultRenderer': 'elk'}}}%%"]);
    return pick(rng, [() => `${d}\n${t}`, () => replaceOne(t, /\n/g, rng, () => `\n${d}\n`), () => replaceOne(t, /[^\n]$/gm, rng, (m) => `${m} ${d}`)])();
  },
  'comment-line': (t, rng) => replaceOne(t, /\n/g, rng, () => pick(rng, ['\n%% a comment\n', '\n    %% indented comment\n', '\n%%\n', '\n%%%\n', '\n%% {not a directive}\n', '\n\t%%tab\n'])),
  'line-endings': (t, rng) => pick(rng, [() => t.replace(/\n/g, '\r\n'), () => t.replace(/\n/g, '\r'), () => replaceOne(t, /\n/g, rng, () => '\r\n')])(),
  'space-in-id': (t, rng) => replaceOne(t, /^(\s*)([A-Za-z]\w{2,})/gm, rng, (_m, g) => `${g[1]}${g[2].slice(0, 2)} ${g[2].slice(2)}`),
  'linkstyle-index': (t, rng) => `${t}\n    linkStyle ${pick(rng, [0, 3, 99, '01'])} stroke:#f00`,
  'ampersand': (t, rng) => replaceOne(t, /-->/g, rng, () => pick(rng, [' & X -->', '& X -->', ' &X -->'])),
  'subgraph-title': (t, rng) => replaceOne(t, /subgraph [^\n]+/g, rng, (m) => pick(rng, [`${m} (x)`, 'subgraph', `${m}:::cls`, 'subgraph "Quoted (ok)"', 'subgraph a b c', `${m} %% c`])),
  'direction': (t, rng) => replaceOne(t, /\n/g, rng, () => pick(rng, ['\n    direction LR\n', '\n    direction lr\n', '\n direction TB'])),
  'shape-data': (t, rng) => replaceOne(t, /^(\s*)([A-Za-z]\w*)(?=\s*$)/gm, rng, (_m, g) => `${g[1]}${g[2]}@{ shape: ${pick(rng, ['rect', 'Rect', 'no_such', 'cyl', 'diamond', 'rounded'])}, label: "${pick(rng, ['x', 'a: b', 'q'])}" }`),
  'colon-in-message': (t, rng) => replaceOne(t, /: [^\n]+/g, rng, (m) => pick(rng, [m.replace(': ', ''), `${m}; more`, `${m} #x`, m.replace(': ', '::'), `${m}: more`])),
  'sequence-block': (t, rng) => replaceOne(t, /\n/g, rng, () => pick(rng, ['\n    loop Every minute\n', '\n    else\n', '\n    end\n', '\n    alt x\n', '\n    opt y\n    end\n', '\n    Note over A: x\n', '\n    deactivate A\n'])),
};

/** A small seeded random source (mulberry32), so a run can be repeated. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
