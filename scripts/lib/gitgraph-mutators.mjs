// Random damage for gitGraph diagrams: line edits, character edits, token swaps drawn from the
// grammar's vocabulary, and reorderings of branch/checkout/merge lines (which exercise the
// database's rules). mutate(text, rng) → damaged text; randomGitGraph(rng) → a diagram built
// from the statement forms, in random order and spelling. Both are seeded (rng from mutators.mjs).

import { caseOp, charOp, pick, pickIndex } from './mutation-kit.mjs';

const PUNCT = [':', ';', '"', "'", '\\', '.', '/', '-', '_', '#', '%', '%%', '{', '}', '<', '>', '=', '&', ',', '\t', ' ', '\n', '\n\n', '\r\n', '""', '#quot;', '#35;', '0', '1', '07', 'é', '中', '🚀', '\u00a0', '\u2028', '<br>', '#br#'];

const VOCAB = ['commit', 'branch', 'checkout', 'switch', 'merge', 'cherry-pick', 'gitGraph', 'gitGraph:', 'gitGraph LR:', 'gitGraph TB:', 'LR', 'TB', 'BT',
  'id:', 'id: "x"', 'id:"a"', 'msg:', 'msg: "m"', 'tag:', 'tag: "v1"', 'type:', 'type: HIGHLIGHT', 'type: REVERSE', 'type: NORMAL', 'HIGHLIGHT', 'normal',
  'order:', 'order: 2', 'order: 0', 'order: 1.5', 'parent:', 'parent: "a"', '"quoted name"', "'single'", 'main', 'develop', 'feature/x', 'v1.0', 'x.',
  'title', 'title T', 'accTitle: t', 'accDescr: d', 'accDescr {', '}', '%% c', '%%{init: {}}%%', '---', 'Commit', 'commits', 'Branch', 'id', 'tag'];

const NAMES = ['main', 'develop', 'dev', 'feature', 'feature/login', 'release-1.0', 'hotfix_2', 'x', 'a.b', '"my branch"', '"main"', "'dev'", '"x<y"', '"a=b"', '"a&equals;b"', '"<b>x</b>"', '"r#35;1"', 'commit', 'NORMAL', 'title', '1x', 'é', 'b2'];
const IDS = ['"a"', '"b"', '"c"', '"m1"', '"x"', '""', "'a'", '"a b"', '"<i>a</i>"', '"a=1"', '"#35;"'];

function lineOp(text, rng) {
  const ls = text.split('\n');
  const i = 1 + pickIndex(rng, Math.max(1, ls.length - 1));
  const j = 1 + pickIndex(rng, Math.max(1, ls.length - 1));
  switch (pickIndex(rng, 8)) {
    case 0: ls.splice(i, 1); break;
    case 1: ls.splice(i, 0, ls[j] ?? ''); break;
    case 2: [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? '']; break;
    case 3: ls[i] = pick(rng, ['  ', '\t', '    ', ' ']) + (ls[i] ?? ''); break;
    case 4: ls[i] = (ls[i] ?? '') + pick(rng, [' ', '  ', ';', ' %% note', '%%x', '\t', ' :', ' "m"', ' tag: "t"', ' id: "z"']); break;
    case 5: ls.splice(i, 0, pick(rng, ['', '   ', '%% comment', ';', 'commit', 'checkout main', 'checkout develop', 'branch develop', 'merge develop', 'cherry-pick id: "a"'])); break;
    case 6: { // move a line to another place: reorders branch / checkout / merge
      const [line] = ls.splice(i, 1);
      ls.splice(j, 0, line ?? '');
      break;
    }
    default: ls[i] = (ls[i] ?? '').trim(); break;
  }
  return ls.join('\n');
}

/** Replaces a word, a quoted text or a number with a vocabulary entry or a name. */
function tokenOp(text, rng) {
  const runs = [...text.matchAll(/[A-Za-z][\w./-]*:?|\d+(?:\.\d+)?|"[^"\n]*"/g)];
  if (runs.length === 0) return text;
  const m = pick(rng, runs.slice(0, 400));
  const by = pickIndex(rng, 2) ? pick(rng, VOCAB) : pick(rng, [...NAMES, ...IDS]);
  return text.slice(0, m.index) + by + text.slice(m.index + m[0].length);
}

export function mutate(text, rng) {
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

function options(rng, allowed) {
  const parts = [];
  const n = pickIndex(rng, 4);
  for (let k = 0; k < n; k++) {
    const o = pick(rng, allowed);
    const sep = pick(rng, [' ', '', '  ']);
    if (o === 'type:') parts.push(`type:${sep}${pick(rng, ['NORMAL', 'REVERSE', 'HIGHLIGHT', 'HIGHLIGHT', 'normal'])}`);
    else if (o === 'msg') parts.push(pick(rng, IDS));
    else parts.push(`${o}${sep}${pick(rng, IDS)}`);
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

/**
 * A diagram of random statements that mostly follow a model of the history (checkouts of
 * branches that exist, merges of other branches, cherry-picks of written ids), with a share of
 * deliberate misuse, so both the database's acceptances and each of its errors occur.
 */
export function randomGitGraph(rng) {
  const header = pick(rng, ['gitGraph', 'gitGraph', 'gitGraph LR:', 'gitGraph TB:', 'gitGraph BT:', 'gitGraph:', 'gitGraph :']);
  const pool = ['develop', 'feature', '"release"', 'hotfix/1', 'x.y', '"a=b"', '"a&equals;b"'];
  const branches = ['main'];
  const ids = [];
  let current = 'main';
  const lines = [header];
  const n = 1 + pickIndex(rng, 16);
  const sloppy = () => rng() < 0.12;
  for (let k = 0; k < n; k++) {
    const indent = pick(rng, ['  ', '    ', '', '\t']);
    const r = rng();
    let line;
    if (r < 0.4) {
      const id = rng() < 0.4 ? `"c${pickIndex(rng, 12)}"` : null;
      if (id) ids.push(id);
      line = `commit${id ? ` id: ${id}` : ''}${options(rng, ['msg:', 'tag:', 'type:', 'msg'])}`;
    } else if (r < 0.55) {
      const name = sloppy() ? pick(rng, branches) : pick(rng, pool);
      if (!branches.includes(name)) branches.push(name);
      current = name;
      line = `branch ${name}${rng() < 0.2 ? ` order: ${pick(rng, ['1', '2', '0', '3'])}` : ''}`;
    } else if (r < 0.72) {
      const name = sloppy() ? pick(rng, pool) : pick(rng, branches);
      if (branches.includes(name)) current = name;
      line = `${pick(rng, ['checkout', 'checkout', 'switch'])} ${name}`;
    } else if (r < 0.87) {
      const others = branches.filter((b) => b !== current);
      const name = sloppy() || others.length === 0 ? pick(rng, [...pool, 'main']) : pick(rng, others);
      const id = rng() < 0.3 ? (sloppy() && ids.length ? pick(rng, ids) : `"m${pickIndex(rng, 9)}"`) : null;
      line = `merge ${name}${id ? ` id: ${id}` : ''}${options(rng, ['tag:', 'type:'])}`;
    } else if (r < 0.96) {
      const id = ids.length && !sloppy() ? pick(rng, ids) : pick(rng, IDS);
      const parent = rng() < 0.25 ? ` parent: ${ids.length ? pick(rng, ids) : '"a"'}` : '';
      line = `cherry-pick id: ${id}${parent}${options(rng, ['tag:'])}`;
    } else line = pick(rng, ['title History', 'accTitle: t', 'accDescr: d', '%% note', '']);
    lines.push(indent + line);
  }
  return lines.join('\n');
}
