import type { Formatter } from './types.js';

/** ESLint's JSON shape (plus diagramCount and per-diagram summaries). */
export const json: Formatter = (results) =>
  JSON.stringify(results.map(({ output: _output, ...result }) => result));
