import { requirementRule } from '../lib/requirement.js';
import { INSTANCE_TYPE } from '../lib/metrics.js';

export default requirementRule({
  id: 'atlas/instance-types',
  description: 'An architecture diagram names no specific instance type (r5.24xlarge, db.r6g.2xlarge, n2-standard-8)',
  severity: 'warn',
  docs: 'rules/atlas/instance-types.md',
  files: ['**/systems/**'],
}, INSTANCE_TYPE, 'No specific instance type on any compute or storage node', 'name the machines, e.g. "c6i.4xlarge × 24" or "db.r6g.2xlarge"');
