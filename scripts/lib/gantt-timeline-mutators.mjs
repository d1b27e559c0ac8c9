// Random damage for gantt and timeline texts: line edits, character edits and token swaps drawn
// from each grammar's vocabulary (keywords, tags, dates, durations, event separators, comment
// starters). Used to compare the exact grammars with Mermaid on texts no corpus holds.
// mutateGanttTimeline(text, rng, 'gantt' | 'timeline') → damaged text.

import { caseOp, charOp, pick, pickIndex } from './mutation-kit.mjs';

const PUNCT = [':', ',', ';', '"', '[', ']', '(', ')', '{', '}', '#', '%', '-', '.', '\t', ' ', '\n', '%%', ': ', ' : ', '::', '#quot;', '#35;', '#58;', '}%', 'é', '🚀', '\u00a0', '\u2028', '\r'];

const VOCAB = {
  gantt: [
    'gantt', 'dateFormat', 'dateFormat YYYY-MM-DD', 'axisFormat %Y', 'tickInterval 1day', 'includes', 'excludes weekends', 'todayMarker off', 'weekday monday', 'weekend friday',
    'weekday', 'inclusiveEndDates', 'topAxis', 'title', 'section', 'accTitle:', 'accDescr:', 'accDescr {', '}', 'accDescription', 'click', 'href "u"', 'call f()', 'call f(1)',
    'done', 'crit', 'active', 'milestone', 'vert', 'done,', ', done', 'after a1', 'until b', '2024-01-01', '2024-13-45', '3d', '1w', '0.5h', '12:00', 'a1,', ',', ':', ': ', '#', ';', '%',
  ],
  timeline: [
    'timeline', 'timeline LR', 'TD', 'LR', 'title', 'section', 'accTitle:', 'accDescr:', 'accDescr {', '}', ': ', ' : ', ':', '::', ': x', '2024', '10:00', '#', '%', '%%', '#58;',
  ],
};

function lineOp(text, rng, vocab) {
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
    case 3: ls[i] = pick(rng, ['  ', '\t', '    ', ' ']) + (ls[i] ?? ''); break;
    case 4: ls[i] = (ls[i] ?? '') + pick(rng, [' ', ';', ' %% note', ' # note', '\t', ',', ':', ': ', ' : x', ', done']); break;
    case 5: ls.splice(i, 0, pick(rng, ['', '   ', '%% comment', '% c', ';', '#', ...vocab])); break;
    case 6: ls[i] = (ls[i] ?? '').replace(/\s*:\s*/, pick(rng, [':', ' :', ': ', '  :  ', ' '])); break;
    default: ls[i] = (ls[i] ?? '').trim(); break;
  }
  return ls.join('\n');
}

/** Replaces a word, number or date with a vocabulary entry or an odd value. */
function tokenOp(text, rng, vocab) {
  const runs = [...text.matchAll(/\d{4}-\d\d-\d\d|\d+(?:\.\d+)?[a-z]*|[A-Za-z][\w-]*/g)];
  if (runs.length === 0) return text;
  const m = pick(rng, runs.slice(0, 400));
  const odd = /^\d/.test(m[0]) ? pick(rng, ['2024-02-30', '24-01-01', '2024-1-1', '1.5d', '3 d', '-1d', '0d', '', 'x', '10:30', '2024-01-01T10:00', '1e3d']) : pick(rng, vocab);
  return text.slice(0, m.index) + odd + text.slice(m.index + m[0].length);
}

export function mutateGanttTimeline(text, rng, type) {
  const vocab = VOCAB[type] ?? VOCAB.gantt;
  let out = text;
  const rounds = 1 + pickIndex(rng, 3);
  for (let r = 0; r < rounds; r++) {
    const k = rng();
    if (k < 0.3) out = lineOp(out, rng, vocab);
    else if (k < 0.65) out = charOp(out, rng, PUNCT, vocab);
    else if (k < 0.9) out = tokenOp(out, rng, vocab);
    else out = caseOp(out, rng);
  }
  return out;
}

/** A small deterministic generator (mulberry32), so a run can be repeated. */
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
