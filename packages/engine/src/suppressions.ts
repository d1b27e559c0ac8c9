import type { DiagramBlock, MarkdownComment } from '@atlas-lint/markdown';
import type { LintMessage } from './types.js';

/**
 * Suppression directives:
 *   Markdown: <!-- atlas-lint-disable [rule…] -->, <!-- atlas-lint-enable [rule…] -->,
 *             <!-- atlas-lint-disable-next-diagram [rule…] -->
 *   Diagram:  %% atlas-lint-disable-next-line [rule…], %% atlas-lint-disable [rule…], %% atlas-lint-enable [rule…]
 * No rule list means every rule.
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-diagram' | 'disable-next-line';
  rules: string[] | null;
  line: number;
  column: number;
  /** File lines the directive covers (inclusive). */
  from: number;
  to: number;
  used: boolean;
}

const MARKDOWN_DIRECTIVE = /^\s*atlas-lint-(disable-next-diagram|disable|enable)\b([^]*)$/;
const DIAGRAM_DIRECTIVE = /^\s*%%\s*atlas-lint-(disable-next-line|disable|enable)\b(.*)$/;

function ruleList(text: string): string[] | null {
  const rules = text
    .replace(/--.*$/s, '') // "-- reason" after the rules, as ESLint allows
    .split(/[\s,]+/)
    .filter(Boolean);
  return rules.length > 0 ? rules : null;
}

/** Collects every directive of a file and turns enable/disable pairs into line ranges. */
export function collectDirectives(comments: MarkdownComment[], blocks: DiagramBlock[], lastLine: number): Directive[] {
  const directives: Directive[] = [];
  const ranged: Directive[] = [];
  for (const comment of comments) {
    const match = MARKDOWN_DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const kind = match[1] as Directive['kind'];
    const directive: Directive = { kind, rules: ruleList(match[2]!), line: comment.start.line, column: comment.start.column, from: comment.start.line, to: lastLine, used: false };
    if (kind === 'disable-next-diagram') {
      const next = blocks.find((b) => b.fence.start.line > comment.end.line);
      if (!next) continue;
      directive.from = next.fence.start.line;
      directive.to = next.fence.end.line;
    }
    (kind === 'disable-next-diagram' ? directives : ranged).push(directive);
  }
  for (const block of blocks) {
    if (!block.text.includes('atlas-lint-')) continue; // most diagrams hold no directive
    const lines = block.text.split('\n');
    const blockRanged: Directive[] = [];
    lines.forEach((text, i) => {
      const match = DIAGRAM_DIRECTIVE.exec(text);
      if (!match) return;
      const origin = block.origins[i]!;
      const kind = match[1] as Directive['kind'];
      const directive: Directive = { kind, rules: ruleList(match[2]!), line: origin.line, column: origin.column, from: origin.line, to: block.fence.end.line, used: false };
      if (kind === 'disable-next-line') {
        // The next line that is not itself a comment.
        let j = i + 1;
        while (j < lines.length && /^\s*%%/.test(lines[j]!)) j++;
        const target = block.origins[Math.min(j, lines.length - 1)]!.line;
        directive.from = directive.to = target;
        directives.push(directive);
      } else {
        blockRanged.push(directive);
      }
    });
    closeRanges(blockRanged, directives);
  }
  closeRanges(ranged, directives);
  return directives;
}

/** A `disable` runs until the next `enable` covering its rules (or the end of its scope). */
function closeRanges(ranged: Directive[], out: Directive[]): void {
  ranged.forEach((directive, i) => {
    if (directive.kind !== 'disable') {
      out.push(directive);
      return;
    }
    const enable = ranged.slice(i + 1).find((d) => d.kind === 'enable' && (d.rules === null || directive.rules === null || d.rules.some((r) => directive.rules!.includes(r))));
    if (enable) {
      directive.to = enable.line;
      enable.used = true; // an enable is never "unused" in the sense of suppressing nothing
    }
    out.push(directive);
  });
}

/** Splits messages into kept and suppressed, marking the directives that were used. */
export function applyDirectives(messages: LintMessage[], directives: Directive[]): { kept: LintMessage[]; suppressed: LintMessage[] } {
  if (directives.length === 0) return { kept: messages.slice(), suppressed: [] }; // most files have none
  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  for (const message of messages) {
    const directive = message.ruleId && !message.fatal
      ? directives.find((d) => d.kind !== 'enable' && message.line >= d.from && message.line <= d.to && (d.rules === null || d.rules.includes(message.ruleId!)))
      : undefined;
    if (directive) {
      directive.used = true;
      suppressed.push(message);
    } else {
      kept.push(message);
    }
  }
  return { kept, suppressed };
}

export function unusedDirectiveMessages(directives: Directive[], severity: 1 | 2): LintMessage[] {
  return directives
    .filter((d) => !d.used && d.kind !== 'enable')
    .map((d) => ({
      ruleId: null,
      severity,
      message: `Unused atlas-lint-${d.kind} directive (no problems were reported${d.rules ? ` from ${d.rules.join(', ')}` : ''}).`,
      line: d.line,
      column: d.column,
    }));
}
