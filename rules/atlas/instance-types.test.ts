import rule from './instance-types.js';
import { runRuleTests } from '../testing/rule-tester.js';

const big = (label: string) => `flowchart LR\n  A[CDN] --> B[API]\n  B --> C["${label}"]\n  C --> D[Cache]`;
runRuleTests(rule as never, {
  valid: ['db.r6g.2xlarge', 'r5.24xlarge × 12', 'n2-standard-8', 'Standard_D4s_v3', 'cache.r6g.large', 'm7g.metal'].map((t) => ({ code: big(`DB ${t}`) })),
  invalid: [{ code: big('Postgres 15, 2.5xlarge-ish'), errors: [{ message: /No specific instance type/, line: 2, column: 1 }] }],
});
