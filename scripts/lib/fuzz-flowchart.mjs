// Flowchart statements built from the vocabulary of Mermaid's flow.jison (shapes, links, edge
// ids, subgraphs, styles, click, accessibility). Every builder takes a generation context `g`
// (seeded picks, node ids in use, feature tags) and returns well-formed text; the damage that
// makes about half of the diagrams invalid is applied afterwards by grammar-fuzz.mjs.
import { pick, pickIndex } from './mutation-kit.mjs';

const plainIds = ['A', 'B', 'C', 'n1', 'node_2', 'x', 'Start', 'db', '1', 'a.b', 'a-b', 'é', '中文', 'Ωmega', 'v', 'o', 'x1', 'oB', 'a/b', 'a:b', 'a&b', 'A1_b'];
const keywordIds = ['end', 'graph', 'style', 'default', 'hasOwnProperty', 'constructor', 'class', 'subgraph', 'click', 'linkStyle', 'classDef', 'flowchart', 'direction', 'href', 'call', 'interpolate', '_blank', 'End', 'END', 'Graph'];
const keywordInIds = ['endpoint', 'subgraphX', 'classes', 'style2', 'graphite', 'end_x', 'end-x', 'class.y', 'defaults', 'clicked', 'directional', 'callback', 'hrefs', 'TD', 'LR'];
const words = ['Start', 'a b', 'Hello world', 'x', 'Is it?', 'v1.2', 'a-b', 'a->b', 'd&d', 'x: y', 'a;b', '50%', 'end', 'graph', 'x.y', '#35;', '#quot;', 'a<br/>b', '<b>bold</b>', 'é ✓ 中文', '🚀', 'a @ b', 'tab\there', ' ', 'style', 'A --> B', 'x\ny'];
const riskyWords = ['a--b', 'a=b', 'a@b', 'direction LR', 'a (b)', 'say "hi"', 'a | b', '', 'v'];
const quoted = ['"quoted (x) [y] {z}"', '"a | b"', '"#quot;hi#quot;"', '"`**md** text`"', '"`multi\nline`"', '"a"b', '"user@example.com"', '" "', '"end"'];
const riskyQuoted = ['""', ' "a" ', '"a" "b"', '"`x`" y'];
export const flowShapes = [['[', ']'], ['(', ')'], ['((', '))'], ['{{', '}}'], ['{', '}'], ['[/', '/]'], ['[\\', '\\]'], ['[/', '\\]'], ['[\\', '/]'], ['>', ']'], ['[(', ')]'], ['([', '])'], ['[[', ']]'], ['(((', ')))'], ['(-', '-)']];
const shapeNames = ['rect', 'rounded', 'stadium', 'cyl', 'diam', 'hex', 'circle', 'doc', 'fork', 'text', 'bolt', 'lean-r', 'trap-t', 'st-rect', 'brace', 'icon', 'anchor', 'constructor'];
const riskyShapeNames = ['Rect', 'no_such', 'lean_r', ''];
const arrows = ['-->', '-->', '---', '--->', '----', '-.->', '-.-', '-..->', '==>', '===', '===>', '~~~', '~~~~', '--o', '--x', '<-->', 'x--x', 'o--o', '<-.->', '<==>', '-.-x', '==o', '<--o', 'o==>', '<~~~>'];
const riskyArrows = ['~~', '->', '=>', '-->>', '<--', '- ->', '-- >', '<-', '==', '-.'];
const directions = ['TB', 'TD', 'BT', 'RL', 'LR', '<', '>', '^', 'v', 'BR'];
const riskyDirections = ['td', 'lr', 'XX', 'LR TD'];
const styleItems = ['fill:#f9f', 'stroke:#333', 'stroke-width:2px', 'color:#fff !important', 'stroke-dasharray: 5 5', 'font-family:Arial, sans-serif', 'fill:red', 'opacity:0.5', 'fill:#f9f;stroke:#333', 'stroke:red;stroke-width:2px'];
const riskyStyleItems = ['fill:rgba(0,0,0,.5)', 'fill:#f9f;', 'fill:"x"', 'fill:#f9f;stroke:#333;'];
const classNames = ['cls', 'a', 'hot', 'c1', 'my-class', 'default', 'a,b'];

/** Builds one random flowchart and the features it exercised. */
export function buildFlowchart(rng) {
  const g = { rng, features: new Set(), edges: 0, ids: [], depth: 0 };
  const tag = (f) => g.features.add(f);
  // Vocabulary Mermaid rejects is picked rarely, so that damage decides most verdicts.
  const choose = (valid, risky, what) => (rng() < 0.015 ? (tag(`risky ${what}`), pick(rng, risky)) : pick(rng, valid));
  const id = () => {
    const r = rng();
    if (r < 0.03) { tag('keyword-id'); return pick(rng, keywordIds); }
    if (r < 0.08) { tag('keyword-in-id'); return pick(rng, keywordInIds); }
    const chosen = g.ids.length && r < 0.5 ? pick(rng, g.ids) : pick(rng, plainIds);
    g.ids.push(chosen);
    return chosen;
  };
  const text = () => {
    const r = rng();
    if (r < 0.3) { tag('quoted-label'); return choose(quoted, riskyQuoted, 'quoted'); }
    tag('plain-label');
    return choose(words, riskyWords, 'label');
  };
  const shapeData = () => {
    tag('shape-data');
    const parts = [];
    if (rng() < 0.9) parts.push(`shape: ${choose(shapeNames, riskyShapeNames, 'shape name')}`);
    if (rng() < 0.6) parts.push(`label: ${pick(rng, ['"x"', 'plain', '"a, b"', "'single'", '"multi\nline"'].concat(rng() < 0.05 ? ['a: b'] : []))}`);
    if (rng() < 0.15) parts.push(pick(rng, ['icon: "fa:fa-user"', 'img: "x.png"', 'form: circle', 'pos: t', 'w: 60', 'h: 30', 'constraint: on']));
    // YAML gives values of every type; Mermaid's database assumes strings in places.
    if (rng() < 0.15) {
      tag('shape-data value types');
      const key = pick(rng, ['shape', 'label', 'label', 'icon', 'img']);
      parts.splice(0, parts.length, `${key}: ${pick(rng, ['[rect]', '1', '0', 'true', 'null', '""', '{}', '~', '.inf', "'x'", 'rect'])}`);
      if (key === 'label' && rng() < 0.6) parts.push(pick(rng, ['icon: "fa:x"', 'img: "a.png"', 'icon: ""']));
    }
    // Multi-line bodies are YAML documents of their own (empty or `~` loads as null).
    if (rng() < 0.1) { tag('shape-data multi-line'); return `@{\n${parts.map((p) => `  ${p}\n`).join('')}${pick(rng, ['', '', '  ~\n', '  # only a comment\n'])}}`; }
    return `@{ ${parts.join(', ')} }`;
  };
  const node = () => {
    let out = id();
    const r = rng();
    if (r < 0.55) {
      const [open, close] = pick(rng, flowShapes);
      tag(`shape ${open}${close}`);
      out += open + text() + close;
    } else if (r < 0.65) out += shapeData();
    if (rng() < 0.12) { tag(':::class'); out += `:::${pick(rng, classNames)}`; }
    return out;
  };
  const group = () => {
    if (rng() < 0.2) { tag('&-chain'); return `${node()} & ${node()}${rng() < 0.3 ? ` & ${node()}` : ''}`; }
    return node();
  };
  const link = () => {
    const arrow = choose(arrows, riskyArrows, 'arrow');
    tag(`link ${arrow}`);
    let out = arrow;
    const r = rng();
    if (r < 0.15 && /^(-->|---|==>|-\.->)$/.test(arrow)) {
      tag('link text');
      const [open, close] = arrow === '==>' ? ['==', '==>'] : arrow === '-.->' ? ['-.', '.->'] : ['--', arrow];
      out = `${open} ${choose(words.concat(quoted), riskyWords, 'label')} ${close}`;
    } else if (r < 0.3) { tag('link |text|'); out += `|${text()}|`; }
    if (rng() < 0.1) { tag('edge id'); out = `e${pickIndex(rng, 3)}@${out}`; }
    const space = () => pick(rng, [' ', ' ', '', '\t', '  ']);
    return space() + out + space();
  };
  const edge = () => {
    let out = group();
    for (let hops = 1 + (rng() < 0.25 ? 1 : 0); hops > 0; hops--) { out += link() + group(); g.edges++; }
    return out;
  };
  const statements = {
    node: () => node(),
    edge: () => edge(),
    subgraph: () => {
      if (g.depth > 1) return edge();
      tag('subgraph');
      g.depth++;
      const head = pick(rng, ['', ` ${id()}`, ` ${id()}[${text()}]`, ` ${id()} [${text()}]`, ' "Quoted title"', ' Title with spaces', ` ${id()}@{ view: collapsed }`]);
      if (rng() < 0.03) tag('risky subgraph head');
      const body = [];
      if (rng() < 0.3) { tag('direction in subgraph'); body.push(`direction ${choose(directions, riskyDirections, 'direction')}`); }
      for (let n = pickIndex(rng, 3); n >= 0; n--) body.push(statement());
      g.depth--;
      return `subgraph${head}\n${body.map((l) => '  ' + l).join('\n')}\nend`;
    },
    classDef: () => { tag('classDef'); return `classDef ${pick(rng, ['cls', 'a,b', 'default', 'hot'])} ${styles()}`; },
    class: () => { tag('class'); return `class ${pick(rng, [id(), `${id()},${id()}`, choose([`${id()}`], [`${id()}, ${id()}`, `${id()} x`], 'class list')])} ${pick(rng, classNames)}`; },
    style: () => { tag('style'); return `style ${id()} ${styles()}`; },
    linkStyle: () => {
      tag('linkStyle');
      const which = choose(g.edges ? ['default', '0', String(g.edges - 1)] : ['default'], ['0, 1', '1-2', String(g.edges)], 'linkStyle index');
      const interp = rng() < 0.3 ? ` interpolate ${pick(rng, ['basis', 'linear', 'cardinal'])}` : '';
      return `linkStyle ${which}${interp}${rng() < 0.9 ? ' ' + styles() : ''}`;
    },
    click: () => {
      tag('click');
      const target = pick(rng, ['"https://example.com"', 'href "https://x.io"', 'callback', 'call fn()', 'call fn(a, b)', 'https://x', 'call fn("x")', 'href "u" _blank'].concat(rng() < 0.04 ? ['href', 'call', ''] : []));
      const tip = rng() < 0.4 ? ' "tooltip"' : '';
      const win = rng() < 0.3 ? ` ${pick(rng, ['_blank', '_self', '_parent', '_top'])}` : '';
      return `click ${id()}${pick(rng, [' ', '\t'])}${target}${tip}${win}`;
    },
    acc: () => {
      tag('acc');
      return pick(rng, ['accTitle: Title here', 'accDescr: one line', 'accDescr {\n multi\n line\n}', 'accDescr{ x }', 'accTitle : spaced'].concat(rng() < 0.1 ? ['accTitle text'] : []));
    },
    direction: () => { tag('direction'); return `direction ${choose(directions, riskyDirections, 'direction')}`; },
    comment: () => { tag('comment'); return pick(rng, ['%% a comment', '  %% indented'].concat(rng() < 0.1 ? [`${edge()} %% trailing`] : [])); },
    edgeData: () => { tag('edge id data'); return `e${pickIndex(rng, 3)}@{ ${pick(rng, ['animate: true', 'animation: fast', 'curve: basis', 'animate: yes', 'label: "x"'])} }`; },
  };
  const weights = [['edge', 8], ['node', 3], ['subgraph', 2], ['classDef', 1], ['class', 1], ['style', 1], ['linkStyle', 1], ['click', 1], ['acc', 1], ['direction', 0.3], ['comment', 1], ['edgeData', 0.5]];
  const total = weights.reduce((s, [, w]) => s + w, 0);
  function statement() {
    let r = rng() * total;
    for (const [name, w] of weights) if ((r -= w) < 0) return statements[name]();
    return edge();
  }
  function styles() {
    const n = 1 + pickIndex(rng, 3);
    return Array.from({ length: n }, () => choose(styleItems, riskyStyleItems, 'style')).join(',');
  }
  const header = `${pick(rng, ['flowchart', 'flowchart', 'graph', 'flowchart-elk'])}${rng() < 0.85 ? ` ${choose(directions, riskyDirections, 'direction')}` : ''}`;
  const body = [];
  for (let n = 1 + pickIndex(rng, 6); n > 0; n--) body.push(statement());
  const sep = rng() < 0.1 ? (tag('semicolons'), ';\n') : rng() < 0.05 ? (tag('crlf'), '\r\n') : '\n';
  const indent = rng() < 0.2 ? (tag('tab indent'), '\t') : '    ';
  const text_ = `${header}${sep}${body.map((s) => indent + s).join(sep)}${rng() < 0.2 ? ';' : ''}`;
  return { text: text_, features: [...g.features] };
}

/** Tokens a damaged flowchart gains or loses. */
export const flowchartTokens = ['-->', '---', '[', ']', '(', ')', '{', '}', '|', '"', ':::', '&', ';', 'end', 'subgraph', '@', '@{', '%%', ':', ',', '-', '.', '=', '#', '\t', ' ', '\n', 'x', 'o', '>', '<', 'click', 'style', '~'];
