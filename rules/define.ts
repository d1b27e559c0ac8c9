import type { Rule } from '@atlas-lint/engine';

/** Identity helper that gives a rule module its types (options inferred by the caller). */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** The option schema of a rule that takes no options (unknown keys are errors). */
export const noOptions = { type: 'object', additionalProperties: false, properties: {} } as const;
