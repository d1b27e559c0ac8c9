import { requirementRule } from '../lib/requirement.js';
import { MONEY } from '../lib/metrics.js';

export default requirementRule({
  id: 'atlas/costs',
  description: 'An architecture diagram shows no cost figure ($47K/month, $0.25/GB)',
  severity: 'warn',
  docs: 'rules/atlas/costs.md',
  files: ['**/systems/**'],
}, MONEY, 'No cost figure in this diagram', 'put what the infrastructure costs on the nodes that cost it, e.g. "$47K/month"');
