import { requirementRule, sample } from '../lib/requirement.js';
import { FAILURE } from '../lib/metrics.js';

/** Architecture diagrams show what breaks and how it is caught and recovered. */
export default requirementRule({
  id: 'atlas/failure-modes',
  description: 'An architecture diagram shows no failure mode, detection or recovery',
  severity: 'warn',
  docs: 'rules/atlas/failure-modes.md',
  // Preset scope: the system pages whose diagrams are about this data (config overrides widen it).
  files: ['**/systems/*/{architecture,failure-domains,production-operations,production-ops,request-flow}.md'],
}, FAILURE, (infra) => `No failure mode, detection or recovery shown for its ${infra.length} infrastructure components (${sample(infra)})`,
'show what breaks and how it is caught and recovered, e.g. "failover < 30s", "circuit breaker", "retry ×3", "health check 5s"');
