import type { Rule } from '@atlas-lint/engine';
import duplicateId from './duplicate-id.js';
import invalidStatus from './invalid-status.js';
import statusMismatch from './status-mismatch.js';
import summaryMismatch from './summary-mismatch.js';
import unknownId from './unknown-id.js';

/** tracking/* rules: the tracking sheet and the diagrams that claim its IDs. */
export const trackingRules: Rule<never>[] = [duplicateId, unknownId, statusMismatch, summaryMismatch, invalidStatus] as Rule<never>[];

export { parseTrackingSheet, parseStatus, STATUS_LABELS, TARGET_ID, type TrackingSheet, type TrackingTarget, type TargetStatus } from './sheet.js';
export { measureProgress, collectClaims, sheetPath, type Progress, type CategoryProgress, type TargetState, type Claim } from './progress.js';
