import { requirementRule, sample } from '../lib/requirement.js';
import { INSTANCE_TYPE } from '../lib/metrics.js';

/** Architecture diagrams name the machines: "r5.24xlarge", not "large servers". */
export default requirementRule({
  id: 'atlas/instance-types',
  description: 'An architecture diagram names no specific instance type (r5.24xlarge, db.r6g.2xlarge, n2-standard-8)',
  severity: 'warn',
  docs: 'rules/atlas/instance-types.md',
  files: ['**/systems/**'],
}, INSTANCE_TYPE, (infra) => `No specific instance type on any of the ${infra.length} compute or storage nodes (${sample(infra)})`,
'name the machines, e.g. "c6i.4xlarge × 24", "db.r6g.2xlarge", "n2-standard-8" or "Standard_D4s_v3"');
