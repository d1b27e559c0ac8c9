import type { DiagramContext, Rule, RuleMeta } from '@atlas-lint/engine';
import type { ParsedDiagram } from '@atlas-lint/mermaid';
import { diagramTexts } from './diagram-text.js';
import { INFRASTRUCTURE } from './metrics.js';

/**
 * Which diagrams a production-data rule asks for data: architecture-like diagrams, i.e. of the
 * given kinds, with at least `minNodes` nodes of which `minInfrastructure` name infrastructure
 * (databases, caches, queues, load balancers, Kafka, Redis… or drawn as cylinders). Process,
 * decision and concept flows name none and are left alone.
 */
export interface RequirementOptions {
  /** Diagram kinds the requirement applies to. */
  kinds: string[];
  /** Only diagrams with at least this many nodes (flowcharts) or participants (sequence). */
  minNodes: number;
  /** Only diagrams with at least this many infrastructure nodes. */
  minInfrastructure: number;
  /** Extra regular expressions (source text, case-insensitive) that also satisfy the requirement. */
  patterns: string[];
}

export const requirementSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kinds: { type: 'array', items: { enum: ['flowchart', 'sequence'] }, uniqueItems: true },
    minNodes: { type: 'integer', minimum: 0 },
    minInfrastructure: { type: 'integer', minimum: 0 },
    patterns: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

export const requirementDefaults: RequirementOptions = { kinds: ['flowchart'], minNodes: 4, minInfrastructure: 3, patterns: [] };

export function diagramSize(diagram: ParsedDiagram): number {
  const ast = diagram.ast;
  if (!ast) return 0;
  if (ast.kind === 'flowchart') return ast.nodes.size;
  if (ast.kind === 'sequence') return ast.participants.length;
  return ast.texts.length;
}

/** Display names of the nodes (participants) that name an infrastructure component. */
export function infrastructureNodes(diagram: ParsedDiagram): string[] {
  const ast = diagram.ast;
  if (ast?.kind === 'flowchart') {
    return [...ast.nodes.values()]
      .filter((n) => n.shape === 'cylinder' || INFRASTRUCTURE.test(n.label?.text ?? n.id))
      .map((n) => (n.label?.text ?? n.id).split('\n')[0]!.trim());
  }
  if (ast?.kind === 'sequence') {
    return ast.participants.map((p) => p.alias?.text ?? p.id).filter((name) => INFRASTRUCTURE.test(name));
  }
  return [];
}

/** Whether a whole-diagram requirement applies to this diagram under the rule's options. */
export function applies(context: DiagramContext<RequirementOptions>): boolean {
  const { diagram, options } = context;
  return diagram.verdict === 'valid' && diagram.ast !== null && options.kinds.includes(diagram.ast.kind)
    && diagramSize(diagram) >= options.minNodes && infrastructureNodes(diagram).length >= options.minInfrastructure;
}

/** "PostgreSQL, Redis, Kafka and 4 more" */
export function sample(names: string[], max = 3): string {
  const shown = names.slice(0, max).map((n) => (n.length > 30 ? `${n.slice(0, 29)}…` : n));
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}

/**
 * A rule that asks every architecture-like diagram for one kind of production data somewhere in
 * its text (labels, edge labels, titles, notes — never the surrounding Markdown), reported at the
 * diagram's header line (the finding is about the whole diagram).
 */
export function requirementRule(
  meta: Omit<RuleMeta, 'schema' | 'fixable' | 'defaultOptions'> & { defaultOptions?: Partial<RequirementOptions> },
  test: RegExp,
  message: (infrastructure: string[]) => string,
  hint: string,
): Rule<RequirementOptions> {
  return {
    meta: { ...meta, schema: requirementSchema, fixable: false, defaultOptions: { ...requirementDefaults, ...meta.defaultOptions } },
    diagram(context) {
      if (!applies(context)) return;
      const extra = context.options.patterns.map((p) => new RegExp(p, 'i'));
      const satisfied = diagramTexts(context.diagram).some((t) => test.test(t.text) || extra.some((re) => re.test(t.text)));
      if (!satisfied) context.report({ message: message(infrastructureNodes(context.diagram)), hint });
    },
  };
}
