import type { Rule } from '@atlas-lint/engine';

/** atlas/* rules that read diagram text: accessibility, placeholders, vague metrics, technology names. */
export const atlasTextRules: Rule<never>[] = [];
