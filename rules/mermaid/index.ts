import type { Rule } from '@atlas-lint/engine';
import syntax from './syntax.js';

/** mermaid/* rules: what Mermaid itself accepts or silently gets wrong. */
export const mermaidRules: Rule<never>[] = [syntax as Rule<never>];
