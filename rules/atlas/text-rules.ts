import type { Rule } from '@atlas-lint/engine';
import accessibility from './accessibility.js';
import noPlaceholders from './no-placeholders.js';
import noVagueMetrics from './no-vague-metrics.js';
import specificTechnology from './specific-technology.js';

/** atlas/* rules that read diagram text: accessibility, placeholders, vague metrics, technology names. */
export const atlasTextRules: Rule<never>[] = [noPlaceholders, noVagueMetrics, specificTechnology, accessibility] as Rule<never>[];
