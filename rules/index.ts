import type { Rule } from '@atlas-lint/engine';
import { buildPresets } from './presets.js';
import { mermaidRules } from './mermaid/index.js';
import { atlasRules } from './atlas/index.js';
import { atlasTextRules } from './atlas/text-rules.js';
import { structureRules } from './structure/index.js';
import { trackingRules } from './tracking/index.js';

/** Every rule atlas-lint ships, in catalogue order. */
export const rules: Rule<never>[] = [...mermaidRules, ...atlasRules, ...atlasTextRules, ...structureRules, ...trackingRules];

export const ruleMap: ReadonlyMap<string, Rule<never>> = new Map(rules.map((rule) => [rule.meta.id, rule]));

export const presets = buildPresets(rules);

export { defineRule } from './define.js';
export {
  parseTrackingSheet, parseStatus, measureProgress, collectClaims, sheetPath, STATUS_LABELS, TARGET_ID,
  type TrackingSheet, type TrackingTarget, type TargetStatus, type Progress, type CategoryProgress, type TargetState, type Claim,
} from './tracking/index.js';
