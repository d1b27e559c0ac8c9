import type { Rule } from '@atlas-lint/engine';
import systemPages from './system-pages.js';

/** structure/* rules: documentation tree layout. */
export const structureRules: Rule<never>[] = [systemPages] as Rule<never>[];
