import { requirementRule, sample } from '../lib/requirement.js';
import { FLEET, SCALE } from '../lib/metrics.js';

/** Architecture diagrams say how big the system is: users, request rates, data volume, fleet size. */
export default requirementRule({
  id: 'atlas/scale-metrics',
  description: 'An architecture diagram shows no scale figure (users, RPS, data volume)',
  severity: 'warn',
  docs: 'rules/atlas/scale-metrics.md',
  // Preset scope: the system pages whose diagrams are about this data (config overrides widen it).
  files: ['**/systems/*/{architecture,scale-evolution,request-flow,storage-architecture,storage}.md'],
}, [SCALE, FLEET], (infra) => `No scale figure (users, requests per second, data volume) for its ${infra.length} infrastructure components (${sample(infra)})`,
'e.g. "50K RPS peak", "230M subscribers", "2PB", "1B req/day"');
