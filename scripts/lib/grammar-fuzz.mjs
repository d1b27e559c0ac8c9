// Grammar-driven diagrams: statements built from each grammar's own vocabulary (see
// fuzz-flowchart.mjs, fuzz-sequence.mjs, fuzz-others.mjs), then, half of the time, one small damage
// (a token dropped, added or doubled) so that roughly half of the diagrams are rejected.
// Unlike mutation.mjs, nothing here comes from the corpus: hidden test sets of other diagrams
// exercise grammar paths the corpus never does.
import { pick, pickIndex } from './mutation-kit.mjs';
import { buildFlowchart, flowchartTokens } from './fuzz-flowchart.mjs';
import { buildSequence, sequenceTokens } from './fuzz-sequence.mjs';
import { otherBuilders } from './fuzz-others.mjs';

const builders = { flowchart: [buildFlowchart, flowchartTokens], sequence: [buildSequence, sequenceTokens], ...otherBuilders };
export const fuzzTypes = Object.keys(builders);

/** Small damage in a grammar's own tokens; returns [text, name]. */
function damage(text, rng, tokens) {
  const token = pick(rng, tokens);
  const kind = pickIndex(rng, 4);
  if (kind === 0) {
    // Drop one occurrence of a vocabulary token.
    const at = [...text.matchAll(new RegExp(token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index);
    if (at.length === 0) return [text, null];
    const i = pick(rng, at);
    return [text.slice(0, i) + text.slice(i + token.length), 'drop-token'];
  }
  if (kind === 1 || kind === 2) {
    // Insert a token after the header line, at a word boundary or anywhere.
    const start = text.indexOf('\n') + 1;
    const bounds = kind === 1 ? [...text.slice(start).matchAll(/\b|\s/g)].map((m) => start + m.index) : [];
    const i = bounds.length ? pick(rng, bounds) : start + pickIndex(rng, text.length - start + 1);
    return [text.slice(0, i) + token + text.slice(i), kind === 1 ? 'add-token-at-boundary' : 'add-token'];
  }
  // Double or drop one statement line.
  const lines = text.split('\n');
  if (lines.length < 2) return [text, null];
  const i = 1 + pickIndex(rng, lines.length - 1);
  if (rng() < 0.5) lines.splice(i, 1);
  else lines.splice(i, 0, lines[i]);
  return [lines.join('\n'), 'line-drop-or-double'];
}

/** One random diagram of `type`: { text, features } (features name the vocabulary used). */
export function generate(type, rng) {
  const [build, tokens] = builders[type];
  const { text, features } = build(rng);
  if (rng() < 0.5) return { text, features: [...features, 'undamaged'] };
  const [damaged, name] = damage(text, rng, tokens);
  return { text: damaged, features: [...features, name ?? 'undamaged'] };
}
