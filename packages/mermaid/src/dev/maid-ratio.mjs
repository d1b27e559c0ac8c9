// Dev check of the bench's parser figure alone: parseDiagramSync (built) vs @probelabs/maid's validate() in one run, as scripts/bench.mjs measures them.
// Usage: node packages/mermaid/src/dev/maid-ratio.mjs
import { corpusDiagrams } from './corpus-texts.mjs';
const {parseDiagramSync}=await import('../../dist/index.js');
const { validate } = await import('@probelabs/maid');
const ts=corpusDiagrams().map(d=>d.text).filter(t=>parseDiagramSync(t).verdict!=='needs-oracle');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const per = (fn, list, rounds) => list.map((t) => { const s = process.hrtime.bigint(); for (let i = 0; i < rounds; i++) fn(t); return Number(process.hrtime.bigint() - s) / 1e3 / rounds; });
per(parseDiagramSync, ts, 2);
const ours = median(per(parseDiagramSync, ts, 5));
per(validate, ts.slice(0, 300), 1);
const maid = median(per(validate, ts, 1));
console.log(`ours ${ours.toFixed(1)} maid ${maid.toFixed(1)} ratio ${(maid/ours).toFixed(1)}`);
