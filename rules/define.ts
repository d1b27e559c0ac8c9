import type { Rule } from '@atlas-lint/engine';

/** Identity helper that gives a rule module its types (options inferred by the caller). */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
