import { defineRule } from '../define.js';
import { LATENCY_PERCENTILE } from '../lib/metrics.js';
import { applies, requirementDefaults, requirementSchema, type RequirementOptions } from '../lib/requirement.js';

interface Options extends RequirementOptions {
  /**
   * Share of edges that must carry the percentiles (0 = at least one edge or node of the diagram;
   * above 0, each unlabelled edge is reported when the share is not reached).
   */
  coverage: number;
  /** Percentiles to ask for, e.g. ["p50", "p99"]. */
  required: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
        required: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: '^[pP]\\d+(\\.\\d+)?$' } },
      },
    },
    defaultOptions: { ...requirementDefaults, coverage: 0, required: ['p99'] },
    fixable: false,
    docs: 'rules/atlas/latency-percentiles.md',
    // Preset scope: the system pages whose diagrams are about this data (config overrides widen it).
    files: ['**/systems/*/{architecture,request-flow}.md'],
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (!applies(context) || ast?.kind !== 'flowchart') return;
    const edges = ast.edges.filter((e) => e.stroke !== 'invisible');
    if (edges.length === 0) return;
    const { required, coverage } = context.options;
    const wanted = required.map((p) => new RegExp(`\\b${escape(p)}(?![\\d.])`, 'i'));
    // Every required percentile named, and at least one of them with a value and a unit.
    const hasLatency = (text: string) => LATENCY_PERCENTILE.test(text) && wanted.every((re) => re.test(text));
    const names = required.join('/');
    if (coverage === 0) {
      const anywhere = edges.some((e) => e.label && hasLatency(e.label.text)) || [...ast.nodes.values()].some((n) => n.label && hasLatency(n.label.text));
      if (!anywhere) context.report({ message: `No ${names} latency on any of the ${edges.length} edges (or their nodes)`, hint: 'label the request path, e.g. A -->|"p50 4ms, p99 20ms"| B' });
      return;
    }
    const labelled = edges.filter((e) => e.label && hasLatency(e.label.text));
    if (labelled.length / edges.length >= coverage) return;
    for (const edge of edges) {
      if (edge.label && hasLatency(edge.label.text)) continue;
      context.report({ message: `Edge ${edge.from} → ${edge.to} has no ${names} latency`, span: edge.linkSpan, hint: 'e.g. -->|"p99 20ms"|' });
    }
  },
});
