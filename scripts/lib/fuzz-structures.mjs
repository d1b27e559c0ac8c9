// Lighter generators for the structural types we parse ourselves: stateDiagram, erDiagram,
// mindmap and gitGraph, from each grammar's statements (composites, relationships, indentation,
// commits/branches) including the database checks (one root, known branches, unique ids).
import { lineDiagram } from './fuzz-kit.mjs';

const acc = (r) => r.pick(['accTitle: T', 'accDescr: D', 'accDescr {\n  multi\n}']);
const stateId = (r) => r.choose(['A', 'B', 'Still', 'Moving', 's1', 'é', 'a_b', '[*]'], ['A-B', 'a:b', '"A"', 'end'], 'state id');

export const stateDiagram = (rng) => lineDiagram(rng, {
  headers: (r) => r.pick(['stateDiagram-v2', 'stateDiagram', 'stateDiagram-v2\n  direction LR']),
  lines: [
    ['transition', 7, (r) => `${stateId(r)} ${r.choose(['-->'], ['->', '--->'], 'arrow')} ${stateId(r)}${r.chance(0.3) ? ` : ${r.pick(['go', 'a (b)', 'x: y', 'évent'])}` : ''}`],
    ['state desc', 1, (r) => r.pick(['state "Long name" as L', 'state L : desc', 'L : description', 'state "x" as y : z'])],
    ['composite', 1.5, (r, line) => `state ${r.pick(['C', 'Comp', '"C" as C2'])} {\n  ${line()}\n${r.chance(0.2) ? '  --\n  ' + line() + '\n' : ''}}`],
    ['fork', 0.5, (r) => `state ${r.pick(['f1', 'j1', 'c1'])} ${r.pick(['<<fork>>', '<<join>>', '<<choice>>'])}`],
    ['note', 1, (r) => r.pick(['note right of A : x', 'note left of B\n  multi\nend note', 'note over A : x', 'note "x" as N'])],
    ['class', 1, (r) => r.pick(['classDef hot fill:#f00', 'class A hot', 'A:::hot --> B', 'style A fill:#f00', 'classDef a,b color:red'])],
    ['direction', 0.5, (r) => `direction ${r.pick(['LR', 'TB', 'RL', 'BT'])}`],
    ['comment', 0.5, (r) => r.pick(['%% c', 'A --> B %% trailing'])],
    ['acc', 0.5, acc],
  ],
});

const entity = (r) => r.choose(['CUSTOMER', 'ORDER', 'line-item', '"Quoted Name"', 'é', 'A_1'], ['a b', 'x:y'], 'entity');
const card = (r) => r.pick(['||', '|o', '}o', '}|', 'o|', 'o{', '|{', 'one or more', 'zero or many', 'only one', '1+', 'zero or one', 'many(0)']);
export const erDiagram = (rng) => lineDiagram(rng, {
  headers: ['erDiagram'],
  lines: [
    ['relationship', 6, (r) => {
      const left = card(r);
      const right = card(r);
      const line = r.pick(['--', '..', '.-', '-.']);
      const rel = /^[|}o]/.test(left) && !/ /.test(left) ? `${left}${line}${r.pick(['||', 'o{', '|{', 'o|'])}` : `${left} ${r.pick(['to', 'optionally to'])} ${right}`;
      return `${entity(r)} ${rel} ${entity(r)}${r.choose([` : ${r.pick(['places', '"has many"', 'a-b', '""'])}`], ['', ' : has many'], 'label')}`;
    }],
    ['entity block', 2, (r) => `${entity(r)}${r.chance(0.2) ? '[Alias]' : ''} {\n${Array.from({ length: 1 + r.int(3), }, () => `  ${r.pick(['string', 'int', 'varchar(255)', 'type[]', 'float'])} ${r.pick(['name', 'id', 'a_b', '*key'])}${r.chance(0.3) ? ` ${r.pick(['PK', 'FK', 'UK', 'PK, FK'])}` : ''}${r.chance(0.2) ? ' "comment"' : ''}`).join('\n')}\n}`],
    ['class', 0.5, (r) => r.pick(['classDef hot fill:#f00', 'class CUSTOMER hot', 'CUSTOMER:::hot', 'style ORDER fill:#f00'])],
    ['direction', 0.3, (r) => `direction ${r.pick(['LR', 'TB'])}`],
    ['acc', 0.5, acc],
    ['comment', 0.3, () => '%% c'],
  ],
});

/** Mindmap: one root, then children whose indentation is deeper than the root's. */
export const mindmap = (rng) => lineDiagram(rng, {
  headers: (r) => `mindmap\n  ${r.pick(['root', 'root((Centre))', 'r[Root]', '"quoted root"', 'root)bang('])}`,
  indent: (r) => r.choose(['    ', '      ', '        ', '\t\t\t'], ['  ', '', '\t\t'], 'indent'),
  lines: [
    ['node', 6, (r) => `${r.pick(['a', 'Idea', 'x y', 'é'])}${r.pick(['', '[Square]', '(Rounded)', '((Circle))', '))Bang((', ')Cloud(', '{{Hex}}', '["x (y)"]'])}${r.chance(0.03) ? (r.tag('risky label'), '[a (b)]') : ''}`],
    ['icon', 1, (r) => r.pick(['::icon(fa fa-book)', ':::urgent large', '::icon(x'])],
    ['markdown', 0.5, () => '"`**bold** text`"'],
    ['comment', 0.3, () => '%% c'],
  ],
});

export const gitGraph = (rng) => {
  const branches = ['main'];
  let current = 'main';
  const ids = [];
  const commitOpts = (r) => [r.chance(0.3) && `id: "${(ids.push(`c${ids.length}`), ids.at(-1))}"`, r.chance(0.2) && `type: ${r.choose(['NORMAL', 'REVERSE', 'HIGHLIGHT'], ['BOLD', 'normal'], 'type')}`, r.chance(0.2) && `tag: "${r.pick(['v1', 'v2'])}"`, r.chance(0.2) && `msg: "m"`].filter(Boolean).join(' ');
  return lineDiagram(rng, {
    headers: (r) => r.pick(['gitGraph', 'gitGraph:', 'gitGraph LR:', 'gitGraph TB:', 'gitGraph BT:']),
    min: 2,
    max: 9,
    lines: [
      ['commit', 5, (r) => `commit${r.chance(0.5) ? ' ' + commitOpts(r) : ''}`.trimEnd()],
      ['branch', 2, (r) => {
        const name = r.choose(['develop', 'feature/x', 'b-1', '"quoted"', 'release'], ['main', 'a b'], 'branch name');
        branches.push(name);
        current = name;
        return `branch ${name}${r.chance(0.15) ? ` order: ${r.int(4)}` : ''}`;
      }],
      ['checkout', 2, (r) => `${r.pick(['checkout', 'switch'])} ${(current = r.choose(branches, ['nope'], 'checkout target'))}`],
      ['merge', 1.5, (r) => {
        const others = branches.filter((b) => b !== current);
        if (others.length === 0) return 'commit';
        return `merge ${r.choose(others, ['nope', current], 'merge target')}${r.chance(0.3) ? ' ' + commitOpts(r) : ''}`.trimEnd();
      }],
      ['cherry-pick', 0.5, (r) => `cherry-pick id: "${r.pick(ids.length ? ids : ['x'])}"${r.chance(0.2) ? ' parent: "c1"' : ''}`],
      ['acc', 0.3, acc],
      ['comment', 0.3, () => '%% c'],
    ],
  });
};
