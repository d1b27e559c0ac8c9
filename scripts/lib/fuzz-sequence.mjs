// Sequence diagrams built from the vocabulary of Mermaid's sequenceDiagram.jison: participants
// (aliases, @{ type } data), create/destroy, every arrow with activation marks, notes, blocks,
// autonumber, links/properties, title and accessibility lines.
import { pick, pickIndex } from './mutation-kit.mjs';

const names = ['A', 'B', 'Alice', 'Bob', 'API Gateway', 'db', 'x1', 'é', '中文', 'User_1', 'a-b', 'a.b', 'x', 'Endpoint', 'a_b', '1'];
const riskyNames = ['end', 'loop', 'Note', 'participant', 'opt', 'a:b', 'a,b', 'a<b', 'else', 'title'];
const arrows = ['->', '-->', '->>', '-->>', '-x', '--x', '-)', '--)', '<<->>', '<<-->>', '-|\\', '-|/', '-\\\\', '-//', '--|\\', '/|-', '\\|-', '//-', '--\\\\', '\\\\-', '/|--'];
const riskyArrows = ['->>>', '=>>', '- >>', '>>', '<->', '<<->'];
const messages = ['hi', 'Hello world', 'a (b) [c]', 'x #y', 'wrap:long text', 'nowrap:x', '#35; entity', 'a<br/>b', '', ' done', 'é ✓', 'x %% note', 'a -> b', 'a: b', 'end', 'x, y'];
const riskyMessages = ['a; b'];
const labels = ['', ' ', ' Label', ' is it (ok)?', ' x #c', ' rgb(0,0,0)', ' a: b', ' end'];

/** Builds one random sequence diagram and the features it exercised. */
export function buildSequence(rng) {
  const features = new Set();
  const tag = (f) => features.add(f);
  let depth = 0;
  // Vocabulary Mermaid rejects is picked rarely, so that damage decides most verdicts.
  const choose = (valid, risky, what) => (rng() < 0.015 ? (tag(`risky ${what}`), pick(rng, risky)) : pick(rng, valid));
  // Half of the diagrams use three names only, so that the database's checks (activation
  // counts, create/destroy partners, one box per participant) meet the same participants.
  const few = rng() < 0.5;
  if (few) tag('three names');
  const name = () => (few ? pick(rng, ['A', 'B', 'C']) : choose(names, riskyNames, 'name'));
  const space = () => pick(rng, ['', ' ', ' ', '  ', '\t']);
  const message = () => {
    const arrow = choose(arrows, riskyArrows, 'arrow');
    tag(`arrow ${arrow}`);
    const act = rng() < (few ? 0.35 : 0.15) ? (tag('activation'), pick(rng, ['+', '-', '+', '-', '+-', '-+'])) : '';
    const central = rng() < 0.05 ? (tag('central ()'), pick(rng, ['()', ''])) : '';
    const colon = rng() < 0.97 ? `:${pick(rng, [' ', '', ' '])}${choose(messages, riskyMessages, 'message')}` : '';
    return `${name()}${space()}${central}${arrow}${act}${space()}${name()}${colon}`;
  };
  const participant = () => {
    tag('participant');
    const kind = pick(rng, ['participant', 'participant', 'actor']);
    let out = `${kind} ${name()}`;
    if (rng() < 0.2) { tag('participant @{}'); out += `@{ ${pick(rng, ['"type": "database"', '"type" : "queue"', 'type: boundary', '"alias": "x"', '"type": "nope"', 'a: b: c'])} }`; }
    if (rng() < 0.3) { tag('alias'); out += ` as ${pick(rng, ['Alias text', 'A (x)', '', 'x:y', 'db'])}`; }
    return out;
  };
  const block = () => {
    if (depth > 2) return message();
    depth++;
    const kind = pick(rng, ['loop', 'alt', 'opt', 'par', 'critical', 'break', 'rect', 'box', 'par_over']);
    tag(`block ${kind}`);
    const head = rng() < 0.015 ? (tag('risky label'), ' a; b') : kind === 'rect' ? ` ${pick(rng, ['rgb(0,0,0)', 'rgba(0, 0, 255, .1)', 'red', ''])}` : kind === 'box' ? pick(rng, ['', ' Aqua Group', ' rgb(1,2,3) Title', ' transparent']) : pick(rng, labels);
    const inner = () => (kind === 'box' ? participant() : statement());
    const lines = [`${kind}${head}`];
    for (let n = pickIndex(rng, 3); n >= 0; n--) lines.push('  ' + inner());
    const middle = { alt: 'else', par: 'and', critical: 'option', par_over: 'and' }[kind];
    if (middle && rng() < 0.6) {
      lines.push(`${middle}${choose(labels, [' a; b'], 'label')}`);
      lines.push('  ' + inner());
    }
    if (rng() < 0.02) { tag('wrong middle'); lines.push(pick(rng, ['else', 'and', 'option'])); }
    lines.push('end');
    depth--;
    return lines.join('\n');
  };
  const statements = {
    message, participant, block,
    create: () => { tag('create'); const n = name(); return `create ${pick(rng, ['participant', 'actor'])} ${n}\n${name()}->>${n}: hi`; },
    destroy: () => { tag('destroy'); const n = name(); return `destroy ${n}\n${pick(rng, [`${n}->>${name()}: bye`, `${name()}-x${n}: bye`].concat(rng() < 0.1 ? ['A->>B: x'] : []))}`; },
    note: () => {
      tag('note');
      const where = pick(rng, ['left of', 'right of', 'over', 'over', 'above', 'LEFT OF']);
      const who = where === 'over' && rng() < 0.5 ? pick(rng, [`${name()},${name()}`, `${name()}, ${name()}`, 'A,B,C']) : name();
      return `${pick(rng, ['Note', 'note', 'NOTE'])} ${where} ${who}${rng() < 0.92 ? `: ${pick(rng, messages)}` : ''}`;
    },
    activate: () => { tag('activate'); const who = name(); return rng() < 0.5 ? `${pick(rng, ['activate', 'activate', 'deactivate'])} ${who}` : `activate ${who}\n${message()}\ndeactivate ${who}`; },
    autonumber: () => { tag('autonumber'); return pick(rng, ['autonumber', 'autonumber 10', 'autonumber 10 5', 'autonumber off', 'autonumber 1.5'].concat(rng() < 0.1 ? ['autonumber 1.555', 'autonumber x'] : [])); },
    title: () => { tag('title'); return pick(rng, ['title Hello', 'title: Legacy', 'title', 'title x #y'].concat(rng() < 0.1 ? ['title a;b'] : [])); },
    acc: () => { tag('acc'); return pick(rng, ['accTitle: T', 'accDescr: D', 'accDescr {\nmulti\nline\n}'].concat(rng() < 0.1 ? ['accTitle T'] : [])); },
    links: () => {
      tag('links');
      return pick(rng, [`links ${name()}: {"Repo": "https://x.io"}`, `link ${name()}: Dash @ https://x.io`, `properties ${name()}: {"class": "c"}`, `details ${name()}: {"x": 1}`, `links ${name()}: not json`, `link ${name()}: no url`]);
    },
    comment: () => { tag('comment'); return pick(rng, ['%% comment', '# hash comment', `${message()} %% trailing`]); },
  };
  const weights = [['message', 8], ['participant', 3], ['block', 2.5], ['create', 0.5], ['destroy', 0.5], ['note', 2], ['activate', 1], ['autonumber', 0.5], ['title', 0.5], ['acc', 0.5], ['links', 0.5], ['comment', 0.7]];
  const total = weights.reduce((s, [, w]) => s + w, 0);
  function statement() {
    let r = rng() * total;
    for (const [key, w] of weights) if ((r -= w) < 0) return statements[key]();
    return message();
  }
  const body = [];
  for (let n = 1 + pickIndex(rng, 6); n > 0; n--) body.push(statement());
  const sep = rng() < 0.08 ? (tag('semicolons'), ';') : rng() < 0.05 ? (tag('crlf'), '\r\n') : '\n';
  const lines = body.join('\n').split('\n');
  return { text: `sequenceDiagram${sep === ';' ? '\n' : sep}${lines.map((l) => '    ' + l).join(sep === ';' ? ';\n' : sep)}`, features: [...features] };
}

export const sequenceTokens = ['->>', '-->>', '->', ':', ';', ',', '+', '-', 'end', 'else', 'and', 'loop', 'alt', 'Note', 'over', 'as', '@{', '}', '#', '%%', '\n', ' ', '(', ')', '<', '>', 'participant', 'activate', 'x'];
