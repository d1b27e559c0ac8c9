import { requirementRule, sample } from '../lib/requirement.js';
import { HARDWARE_SPEC, INSTANCE_TYPE, PROVISIONED } from '../lib/metrics.js';

/**
 * Architecture diagrams name the machines: "r5.24xlarge", not "large servers". A bare-metal fleet's
 * hardware ("AMD EPYC, 96 cores", "H100") counts as well. Asked only of diagrams whose nodes run on
 * sized machines (PostgreSQL, Redis, Kafka, Nginx…): S3 tiers, DynamoDB or a CDN have no instance type.
 */
export default requirementRule({
  id: 'atlas/instance-types',
  description: 'An architecture diagram names no specific instance type (r5.24xlarge, db.r6g.2xlarge, n2-standard-8)',
  severity: 'warn',
  docs: 'rules/atlas/instance-types.md',
  // Preset scope: the system pages whose diagrams are about this data (config overrides widen it).
  files: ['**/systems/*/{architecture,request-flow,storage-architecture,storage,cost-breakdown}.md'],
}, [INSTANCE_TYPE, HARDWARE_SPEC], (infra) => `No specific instance type on any of the ${infra.length} compute or storage nodes (${sample(infra)})`,
'name the machines, e.g. "c6i.4xlarge × 24", "db.r6g.2xlarge", "n2-standard-8" or "Standard_D4s_v3"', PROVISIONED);
