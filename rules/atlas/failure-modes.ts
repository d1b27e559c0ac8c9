import { requirementRule } from '../lib/requirement.js';
import { FAILURE } from '../lib/metrics.js';

export default requirementRule({
  id: 'atlas/failure-modes',
  description: 'An architecture diagram shows no failure mode, detection or recovery',
  severity: 'warn',
  docs: 'rules/atlas/failure-modes.md',
  files: ['**/systems/**'],
}, FAILURE, 'No failure mode, detection or recovery shown', 'show what breaks and how it is caught and recovered, e.g. "failover < 30s", "circuit breaker", "retry ×3"');
