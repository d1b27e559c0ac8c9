import { defineRule } from '../define.js';
import { LATENCY_PERCENTILE } from '../lib/metrics.js';
import { applies, requirementSchema, type RequirementOptions } from '../lib/requirement.js';

interface Options extends RequirementOptions {
  /** Share of edges that must carry a percentile latency (0 = at least one edge). */
  coverage: number;
  /** Percentiles to ask for, e.g. ["p50", "p99"]. */
  required: string[];
}

/** Edges carry the latency budget: p50/p99 with units on the request path. */
export default defineRule<Options>({
  meta: {
    id: 'atlas/latency-percentiles',
    description: 'Edges without p50/p99 latency labels',
    severity: 'warn',
    schema: {
      ...requirementSchema,
      properties: {
        ...requirementSchema.properties,
        coverage: { type: 'number', minimum: 0, maximum: 1 },
        required: { type: 'array', items: { type: 'string', pattern: '^[pP]\\d+(\\.\\d+)?$' } },
      },
    },
    defaultOptions: { kinds: ['flowchart'], minNodes: 4, patterns: [], coverage: 0, required: ['p99'] },
    fixable: false,
    docs: 'rules/atlas/latency-percentiles.md',
    files: ['**/systems/**'],
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (!applies(context) || ast?.kind !== 'flowchart' || ast.edges.length === 0) return;
    const hasLatency = (text: string) => LATENCY_PERCENTILE.test(text) && context.options.required.every((p) => new RegExp(`\\b${p.replace('.', '\\.')}\\b`, 'i').test(text));
    const labelled = ast.edges.filter((e) => e.label && hasLatency(e.label.text));
    const nodeLatency = [...ast.nodes.values()].some((n) => n.label && hasLatency(n.label.text));
    if (context.options.coverage === 0) {
      if (labelled.length === 0 && !nodeLatency) {
        context.report({ message: `No edge carries a ${context.options.required.join('/')} latency`, hint: 'label the request path, e.g. A -->|"p50 4ms, p99 20ms"| B' });
      }
      return;
    }
    if (labelled.length / ast.edges.length >= context.options.coverage) return;
    for (const edge of ast.edges) {
      if (edge.stroke === 'invisible' || (edge.label && hasLatency(edge.label.text))) continue;
      context.report({ message: `Edge ${edge.from} → ${edge.to} has no ${context.options.required.join('/')} latency`, span: edge.linkSpan, hint: 'e.g. -->|"p99 20ms"|' });
    }
  },
});
