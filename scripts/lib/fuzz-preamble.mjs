// Preambles mixed at random: front matter (title, displayMode, config), init/initialize, wrap and
// broken directives, comment lines and stray %%{ lines in any order, holding JSON values of every
// type under Mermaid's config key names. Mermaid reads all of it before any grammar runs (its
// sanitiser, detectInit's own type detection, the front-matter and wrap assignments), so a
// value of the wrong type anywhere can reject any diagram.
import { pick, pickIndex } from './mutation-kit.mjs';

const keys = ['theme', 'fontFamily', 'themeCSS', 'config', 'flowchart', 'gitGraph', 'mainBranchName', 'themeVariables', 'primaryColor',
  'defaultRenderer', 'fontSize', 'curve', 'wrap', 'logLevel', 'pie', 'state', 'xyChart', 'gantt', 'displayMode', 'sequence', 'bogus',
  'darkMode', 'altFontFamily', 'securityLevel', 'maxEdges', 'layout', 'look', 'elk', 'class'];
const scalars = ['5', 'true', 'false', 'null', '"dark"', '"base"', '"forest"', '"bogus"', '"#fff"', '"#ffccc"', '"Arial"', '"trunk"', '"elk"',
  '"dagre-d3"', '"dagre-wrapper"', '""', '[]', '[1]', '{}', '0', '"compact"', '"x { y"', '"red"'];

/** A JSON value (also valid YAML flow syntax), objects keyed by config names. */
const value = (rng, depth) => depth > 2 || rng() < 0.55 ? pick(rng, scalars)
  : rng() < 0.15 ? `[${value(rng, depth + 1)}]`
    : `{${Array.from({ length: 1 + pickIndex(rng, 3) }, () => `"${pick(rng, keys)}": ${value(rng, depth + 1)}`).join(', ')}}`;

const frontMatter = (rng) => {
  const lines = Array.from({ length: 1 + pickIndex(rng, 3) }, () => {
    const key = pick(rng, ['title', 'displayMode', 'config', 'config', 'config']);
    return `${key}: ${value(rng, key === 'config' ? 1 : 2)}`;
  });
  return `---\n${lines.join('\n')}\n---`;
};

const pieces = [
  (rng) => `%%{init: ${value(rng, 0)}}%%`, (rng) => `%%{init: ${value(rng, 1)}}%%`, (rng) => `%%{initialize: ${value(rng, 0)}}%%`,
  (rng) => `%%{init: {${pick(rng, ['theme', 'bad'])}: x}}%%`, () => '%%{wrap}%%', () => '%%{init}%%', () => '%% a comment', () => '%%{',
  () => '%%', () => '', () => '   ', () => '}%%', (rng) => `%%{init: ${value(rng, 0)}`,
];

/** A random preamble, ending in a newline when not empty. */
export function mixedPreamble(rng) {
  const parts = rng() < 0.5 ? [frontMatter(rng)] : [];
  for (let n = pickIndex(rng, 4); n > 0; n--) parts.splice(pickIndex(rng, parts.length + 1), 0, pick(rng, pieces)(rng));
  if (rng() < 0.15) parts.push(frontMatter(rng));
  return parts.length ? `${parts.join('\n')}\n` : '';
}
