import { requirementRule } from '../lib/requirement.js';
import { SCALE } from '../lib/metrics.js';

export default requirementRule({
  id: 'atlas/scale-metrics',
  description: 'An architecture diagram shows no scale figure (users, RPS, data volume)',
  severity: 'warn',
  docs: 'rules/atlas/scale-metrics.md',
  files: ['**/systems/**'],
}, SCALE, 'No scale figure (users, requests per second, data volume) in this diagram', 'e.g. "50K RPS peak", "230M subscribers", "2PB"');
