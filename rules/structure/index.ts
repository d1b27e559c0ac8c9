import type { Rule } from '@atlas-lint/engine';

/** structure/* rules: documentation tree layout. */
export const structureRules: Rule<never>[] = [];
