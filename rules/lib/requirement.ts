import type { DiagramContext, Rule, RuleMeta } from '@atlas-lint/engine';
import type { ParsedDiagram } from '@atlas-lint/mermaid';
import { diagramTexts } from './diagram-text.js';

export interface RequirementOptions {
  /** Diagram kinds the requirement applies to. */
  kinds: string[];
  /** Only diagrams with at least this many nodes (flowcharts) or participants (sequence). */
  minNodes: number;
  /** Extra regular expressions (source text) that also satisfy the requirement. */
  patterns: string[];
}

export const requirementSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kinds: { type: 'array', items: { enum: ['flowchart', 'sequence', 'generic'] }, uniqueItems: true },
    minNodes: { type: 'integer', minimum: 0 },
    patterns: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

export function diagramSize(diagram: ParsedDiagram): number {
  const ast = diagram.ast;
  if (!ast) return 0;
  if (ast.kind === 'flowchart') return ast.nodes.size;
  if (ast.kind === 'sequence') return ast.participants.length;
  return ast.texts.length;
}

/** Whether a whole-diagram requirement applies to this diagram under the rule's options. */
export function applies(context: DiagramContext<RequirementOptions>): boolean {
  const { diagram, options } = context;
  return diagram.verdict === 'valid' && diagram.ast !== null && options.kinds.includes(diagram.ast.kind) && diagramSize(diagram) >= options.minNodes;
}

/**
 * A rule that asks every diagram it applies to for one kind of production data somewhere in its
 * text (labels, edge labels, titles, notes — never the surrounding Markdown), reported at the
 * diagram's header line.
 */
export function requirementRule(meta: Omit<RuleMeta, 'schema' | 'fixable' | 'defaultOptions'> & { defaultOptions?: Partial<RequirementOptions> }, test: RegExp, message: string, hint: string): Rule<RequirementOptions> {
  return {
    meta: {
      ...meta,
      schema: requirementSchema,
      fixable: false,
      defaultOptions: { kinds: ['flowchart'], minNodes: 4, patterns: [], ...meta.defaultOptions },
    },
    diagram(context) {
      if (!applies(context)) return;
      const extra = context.options.patterns.map((p) => new RegExp(p, 'i'));
      const satisfied = diagramTexts(context.diagram).some((t) => test.test(t.text) || extra.some((re) => re.test(t.text)));
      if (!satisfied) context.report({ message, hint });
    },
  };
}
