import type { Rule } from '@atlas-lint/engine';

/** atlas/* rules about planes, colours and production data. */
export const atlasRules: Rule<never>[] = [];
