import type { Rule } from '@atlas-lint/engine';
import { buildPresets } from './presets.js';
import syntax from './mermaid/syntax.js';

/** Every rule atlas-lint ships, in catalogue order. */
export const rules: Rule<never>[] = [syntax as Rule<never>];

export const ruleMap: ReadonlyMap<string, Rule<never>> = new Map(rules.map((rule) => [rule.meta.id, rule]));

export const presets = buildPresets(rules);

export { defineRule } from './define.js';
