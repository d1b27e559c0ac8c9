// Shared shape of the lighter generators: a header, then lines drawn from weighted producers.
// Producers get `(r)`: seeded picks plus `tag` (feature names) and `choose` (rarely a form
// Mermaid rejects, so that most verdicts are decided by the damage applied afterwards).
import { pick, pickIndex } from './mutation-kit.mjs';

export function lineDiagram(rng, { headers, lines, min = 1, max = 7, indent = '    ' }) {
  const features = new Set();
  const r = {
    rng,
    tag: (f) => features.add(f),
    pick: (items) => pick(rng, items),
    int: (n) => pickIndex(rng, n),
    chance: (p) => rng() < p,
    choose: (valid, risky, what) => (rng() < 0.03 ? (features.add(`risky ${what}`), pick(rng, risky)) : pick(rng, valid)),
  };
  const total = lines.reduce((s, [, w]) => s + w, 0);
  const line = () => {
    let x = rng() * total;
    for (const [name, w, make] of lines) if ((x -= w) < 0) { features.add(name); return make(r, line); }
    return lines[0][2](r, line);
  };
  const body = [];
  for (let n = min + pickIndex(rng, max - min + 1); n > 0; n--) body.push(line());
  const header = typeof headers === 'function' ? headers(r) : r.pick(headers);
  const text = [header, ...body.join('\n').split('\n').map((l) => (l && typeof indent === 'function' ? indent(r) : indent) + l)].join('\n');
  return { text, features: [...features] };
}
