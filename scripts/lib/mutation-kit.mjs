// Pieces every type's mutators share: seeded picks, one-character damage with a type's own
// punctuation and vocabulary, and keyword case changes. Each *-mutators.mjs adds the damage
// that is particular to its grammar (line shapes, tokens, brackets).

export const pickIndex = (rng, n) => Math.floor(rng() * n);
export const pick = (rng, items) => items[pickIndex(rng, items.length)];

/** Deletes, inserts or replaces one character, or inserts a word of the vocabulary. */
export function charOp(text, rng, punct, vocab) {
  const at = pickIndex(rng, text.length + 1);
  switch (pickIndex(rng, 5)) {
    case 0: return text.slice(0, at) + text.slice(at + 1);
    case 1: return text.slice(0, at) + pick(rng, punct) + text.slice(at);
    case 2: return text.slice(0, at) + pick(rng, vocab) + text.slice(at);
    case 3: return text.slice(0, at) + ' ' + pick(rng, vocab) + ' ' + text.slice(at);
    default: return text.slice(0, at) + pick(rng, punct) + text.slice(at + 1);
  }
}

/** Upper-cases a word, or capitalises it (keywords are case-sensitive in most grammars). */
export function caseOp(text, rng) {
  const runs = [...text.matchAll(/[A-Za-z][\w-]*/g)];
  if (runs.length === 0) return text;
  const m = pick(rng, runs.slice(0, 400));
  const w = pickIndex(rng, 2) ? m[0].toUpperCase() : m[0][0].toUpperCase() + m[0].slice(1).toLowerCase();
  return text.slice(0, m.index) + w + text.slice(m.index + m[0].length);
}
