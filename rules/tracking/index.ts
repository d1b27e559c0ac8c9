import type { Rule } from '@atlas-lint/engine';

/** tracking/* rules: the tracking sheet and the diagrams that claim its IDs. */
export const trackingRules: Rule<never>[] = [];
