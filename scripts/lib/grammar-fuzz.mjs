// Grammar-driven diagrams: statements built from each grammar's own vocabulary (see
// fuzz-flowchart.mjs, fuzz-sequence.mjs, fuzz-others.mjs), then, half of the time, one small damage
// (a token dropped, added or doubled) so that roughly half of the diagrams are rejected.
// Unlike mutation.mjs, nothing here comes from the corpus: hidden test sets of other diagrams
// exercise grammar paths the corpus never does.
import { charOp, pick, pickIndex } from './mutation-kit.mjs';
import { buildFlowchart, flowchartTokens } from './fuzz-flowchart.mjs';
import { buildSequence, sequenceTokens } from './fuzz-sequence.mjs';
import { otherBuilders } from './fuzz-others.mjs';
import { mixedPreamble } from './fuzz-preamble.mjs';

const builders = { flowchart: [buildFlowchart, flowchartTokens], sequence: [buildSequence, sequenceTokens], ...otherBuilders };
export const fuzzTypes = Object.keys(builders);

const punctuation = [...'[](){}|"\'-=.:;,&@#%<>^~*+/\\`!? \t\nxov'];

/** A theme with a colour variable: Mermaid computes the theme's colours before parsing. */
const themeDirective = (rng) => {
  const theme = pick(rng, ['base', 'dark', 'default', 'forest', 'neutral', 'neo', 'redux', 'nope', 'constructor']);
  const variable = pick(rng, ['primaryColor', 'secondaryColor', 'lineColor', 'background', 'mainBkg', 'nodeBorder', 'cScale1', 'git0', 'primaryTextColor']);
  const colour = pick(rng, ['#ffcccc', '#fcc', '#ffccc', '#ff', 'red', 'cyan', 'steelblue', 'rgb(0, 0, 255)', 'rgb(0 0 255)', 'rgba(0,0,0,0.5)', 'hsl(120, 50%, 50%)', 'hsl(1,2,3)', '', 'é', 'notacolor', 'transparent']);
  return `%%{init: {'theme': '${theme}', 'themeVariables': {'${variable}': '${colour}'}}}%%\n`;
};

/** Small damage in a grammar's own tokens; returns [text, name]. */
function damage(text, rng, tokens) {
  const token = pick(rng, tokens);
  const kind = pickIndex(rng, 5);
  if (kind === 4) {
    // One character deleted, inserted or replaced after the header (punctuation or a token).
    const start = text.indexOf('\n') + 1;
    return [text.slice(0, start) + charOp(text.slice(start), rng, punctuation, tokens), 'char-op'];
  }
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
  const built = build(rng);
  const features = [...built.features];
  let text = built.text;
  if (rng() < 0.1) {
    // What Mermaid strips before the grammar runs: front matter, directives, comment lines.
    features.push('preamble');
    // A second init directive with bad JSON makes Mermaid drop every init directive.
    if (rng() < 0.2) text = `%%{init: {theme: dark}}%%\n${text}`;
    // Front matter, directives and comments mixed, with values of every type under config keys.
    if (rng() < 0.4) {
      features.push('preamble-mix');
      text = mixedPreamble(rng) + text;
    } else text = pick(rng, ['---\ntitle: T\n---\n', '%%{init: {"theme": "dark"}}%%\n', '\n\n', '%% c\n', '  ', '---\nconfig:\n  flowchart:\n    curve: basis\n---\n',
      // Config values Mermaid's sanitiser reads as CSS (must be text).
      `---\nconfig:\n  ${pick(rng, ['fontFamily', 'themeCSS', 'altFontFamily'])}: ${pick(rng, ['5', 'true', '"x"', 'Arial', 'null'])}\n---\n`, `%%{init: {"themeVariables": {"fontFamily": ${pick(rng, ['5', '"x"', 'false'])}}}}%%\n`, themeDirective(rng)]) + text;
  }
  if (rng() < 0.5) return { text, features: [...features, 'undamaged'] };
  for (let n = rng() < 0.2 ? 2 : 1; n > 0; n--) {
    const [damaged, name] = damage(text, rng, tokens);
    text = damaged;
    features.push(name ?? 'undamaged');
  }
  return { text, features };
}
