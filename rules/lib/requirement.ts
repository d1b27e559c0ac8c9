import type { DiagramContext, Rule, RuleMeta } from '@atlas-lint/engine';
import type { ParsedDiagram } from '@atlas-lint/mermaid';
import { diagramTexts } from './diagram-text.js';
import { TECHNOLOGY } from './metrics.js';

/**
 * Which diagrams a production-data rule asks for data: architecture-like diagrams, i.e. of the
 * given kinds, with at least `minNodes` nodes of which `minInfrastructure` name an infrastructure
 * product (PostgreSQL, Redis, Kafka, Nginx, S3, EC2…). Process, decision, incident and concept
 * flows name none (or fewer) and are left alone.
 */
export interface RequirementOptions {
  /** Diagram kinds the requirement applies to. */
  kinds: string[];
  /** Only diagrams with at least this many nodes (flowcharts) or participants (sequence). */
  minNodes: number;
  /** Only diagrams with at least this many nodes naming an infrastructure product… */
  minInfrastructure: number;
  /** …and at least this many different products (three nodes about Kafka's ecosystem are no architecture). */
  minTechnologies: number;
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
    minTechnologies: { type: 'integer', minimum: 0 },
    patterns: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

export const requirementDefaults: RequirementOptions = { kinds: ['flowchart'], minNodes: 4, minInfrastructure: 3, minTechnologies: 2, patterns: [] };

export function diagramSize(diagram: ParsedDiagram): number {
  const ast = diagram.ast;
  if (!ast) return 0;
  if (ast.kind === 'flowchart') return ast.nodes.size;
  if (ast.kind === 'sequence') return ast.participants.length;
  return ast.texts.length;
}

export interface InfrastructureNode {
  /** First line of the node's label (or its id). */
  name: string;
  /** The product named, lower-cased. */
  technology: string;
}

/** The nodes (participants) named for an infrastructure product, by `gate` (default TECHNOLOGY). */
export function infrastructureNodes(diagram: ParsedDiagram, gate: RegExp = TECHNOLOGY): InfrastructureNode[] {
  // Six requirement rules ask the same question of every diagram, mostly with the same gate.
  let byGate = infrastructureOf.get(diagram);
  if (!byGate) infrastructureOf.set(diagram, (byGate = new Map()));
  let known = byGate.get(gate);
  if (!known) byGate.set(gate, (known = findInfrastructure(diagram, gate)));
  return known;
}

const infrastructureOf = new WeakMap<ParsedDiagram, Map<RegExp, InfrastructureNode[]>>();

function findInfrastructure(diagram: ParsedDiagram, gate: RegExp): InfrastructureNode[] {
  const ast = diagram.ast;
  const names = ast?.kind === 'flowchart' ? [...ast.nodes.values()].map((n) => n.label?.text ?? n.id)
    : ast?.kind === 'sequence' ? ast.participants.map((p) => p.alias?.text ?? p.id) : [];
  // A component is named for its product on its first line ("MySQL Primary", "Kafka Clusters");
  // a product further down ("Strong Consistency / … / PostgreSQL ACID") describes a concept or step.
  return names.flatMap((text) => {
    const name = text.split('\n')[0]!.trim();
    const match = gate.exec(name);
    return match ? [{ name, technology: match[0].toLowerCase() }] : [];
  });
}

/** Whether a whole-diagram requirement applies to this diagram under the rule's options. */
export function applies(context: DiagramContext<RequirementOptions>, gate?: RegExp): boolean {
  const { diagram, options } = context;
  if (diagram.verdict !== 'valid' || diagram.ast === null || !options.kinds.includes(diagram.ast.kind) || diagramSize(diagram) < options.minNodes) return false;
  const infrastructure = infrastructureNodes(diagram, gate);
  return infrastructure.length >= options.minInfrastructure && new Set(infrastructure.map((n) => n.technology)).size >= options.minTechnologies;
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
  test: RegExp | RegExp[],
  message: (infrastructure: string[]) => string,
  hint: string,
  /** Which nodes make a diagram one the requirement is about (default: any infrastructure product). */
  gate: RegExp = TECHNOLOGY,
): Rule<RequirementOptions> {
  // The options object is the same for every diagram of a config: compile its patterns once.
  const testsFor = new WeakMap<RequirementOptions, RegExp[]>();
  return {
    meta: { ...meta, schema: requirementSchema, fixable: false, defaultOptions: { ...requirementDefaults, ...meta.defaultOptions } },
    diagram(context) {
      if (!applies(context, gate)) return;
      let tests = testsFor.get(context.options);
      if (!tests) testsFor.set(context.options, (tests = [test].flat().concat(context.options.patterns.map((p) => new RegExp(p, 'i')))));
      const satisfied = diagramTexts(context.diagram).some((t) => tests!.some((re) => re.test(t.text)));
      if (!satisfied) context.report({ message: message(infrastructureNodes(context.diagram, gate).map((n) => n.name)), hint });
    },
  };
}
