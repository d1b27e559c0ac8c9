import { defineRule, noOptions } from '../define.js';
import { diagramTexts } from '../lib/diagram-text.js';
import { HAS_NUMBER, VAGUE } from '../lib/metrics.js';

// Names of techniques and protocols, not claims about speed.
const TERMS = /\b(?:fail[ -]fast|fast[ -](?:fail|recovery|retransmit|path|forward|lane|api|ly)|low[ -]latency (?:hls|mode|dash)|fast ?api)\b/gi;

/** "Low latency" says nothing at 3 AM; "p99 12ms" does. */
export default defineRule({
  meta: {
    id: 'atlas/no-vague-metrics',
    description: 'A vague claim ("low latency", "highly available", "scalable") with no number beside it',
    severity: 'warn',
    schema: noOptions,
    fixable: false,
    docs: 'rules/atlas/no-vague-metrics.md',
  },
  diagram(context) {
    for (const text of diagramTexts(context.diagram)) {
      // Titles name things ("High-Performance Compute"); labels make claims.
      if (text.kind === 'title' || text.kind === 'subgraph') continue;
      // A figure anywhere in the label backs the claim ("Low Latency HLS<br/>3s latency").
      if (HAS_NUMBER.test(text.text) || /\?\s*$/.test(text.text)) continue;
      const claim = VAGUE.exec(text.text.replace(TERMS, ' '));
      if (claim) context.report({ message: `"${claim[0]}" without a number`, span: text.span, hint: 'say how much, e.g. "p99 12ms", "99.99% (4 nines)", "50K RPS"' });
    }
  },
});
