import { requirementRule, sample } from '../lib/requirement.js';
import { MONEY } from '../lib/metrics.js';

/** Architecture diagrams say what the infrastructure costs ("$47K/month", "$0.25/GB"). */
export default requirementRule({
  id: 'atlas/costs',
  description: 'An architecture diagram shows no cost figure ($47K/month, $0.25/GB)',
  severity: 'warn',
  docs: 'rules/atlas/costs.md',
  // Preset scope: the system pages whose diagrams are about this data (config overrides widen it).
  files: ['**/systems/*/{architecture,cost-breakdown,storage-architecture,storage,scale-evolution}.md'],
}, MONEY, (infra) => `No cost figure in this diagram of ${infra.length} infrastructure components (${sample(infra)})`,
'put what the infrastructure costs on the nodes that cost it, e.g. "$47K/month" or "$0.25/GB"');
