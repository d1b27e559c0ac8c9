import { expect, it, describe } from 'vitest';
import { lintText, type LintMessage, type Rule, type SharedSettings } from '@atlas-lint/engine';

export interface ValidCase {
  /** Markdown, or a bare diagram (wrapped in a ```mermaid fence when it has no fence). */
  code: string;
  options?: Record<string, unknown>;
  /** Path used for globs/scope, default docs/page.md */
  filename?: string;
  name?: string;
  settings?: Partial<SharedSettings>;
}

export interface InvalidCase extends ValidCase {
  errors: { message?: string | RegExp; line?: number; column?: number; endLine?: number; endColumn?: number }[];
  /** Expected file text after applying every fix of one pass; omit when the rule offers no fix here. */
  output?: string;
}

const wrap = (code: string) => (code.includes('```') || code.includes('~~~') ? code : `\`\`\`mermaid\n${code}\n\`\`\`\n`);

/** Lints one case with only `rule` on, at error level. */
export async function lintWithRule(rule: Rule<never>, item: ValidCase): Promise<{ messages: LintMessage[]; source: string }> {
  const source = item.filename?.endsWith('.mmd') ? item.code : wrap(item.code);
  const filename = item.filename ?? 'docs/page.md';
  const { result } = await lintText(source, {
    filePath: filename,
    relativePath: filename,
    ruleSettings: new Map([[rule.meta.id, { level: 2, options: { ...(rule.meta.defaultOptions ?? {}), ...(item.options ?? {}) } }]]),
    rules: new Map([[rule.meta.id, rule]]),
    settings: { configDir: process.cwd(), ...(item.settings ?? {}) },
  });
  return { messages: result.messages.filter((m) => m.ruleId === rule.meta.id), source };
}

/** Applies non-overlapping fixes in order, as the engine's fixer does for one pass. */
export function applyFixes(source: string, messages: LintMessage[]): string {
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0]);
  let out = '';
  let last = 0;
  for (const fix of fixes) {
    if (fix.range[0] < last) continue;
    out += source.slice(last, fix.range[0]) + fix.text;
    last = fix.range[1];
  }
  return out + source.slice(last);
}

/** ESLint-style tester: valid cases report nothing, invalid cases report exactly the listed errors. */
export function runRuleTests(rule: Rule<never>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((item, i) => {
      it(`valid #${i + 1}${item.name ? `: ${item.name}` : ''}`, async () => {
        const { messages } = await lintWithRule(rule, item);
        expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((item, i) => {
      it(`invalid #${i + 1}${item.name ? `: ${item.name}` : ''}`, async () => {
        const { messages, source } = await lintWithRule(rule, item);
        expect(messages.length, messages.map((m) => `${m.line}:${m.column} ${m.message}`).join('\n')).toBe(item.errors.length);
        item.errors.forEach((expected, j) => {
          const actual = messages[j]!;
          if (expected.message instanceof RegExp) expect(actual.message).toMatch(expected.message);
          else if (expected.message !== undefined) expect(actual.message).toBe(expected.message);
          for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
            if (expected[key] !== undefined) expect(actual[key], key).toBe(expected[key]);
          }
        });
        if (item.output !== undefined) expect(applyFixes(source, messages)).toBe(item.output);
      });
    });
  });
}
