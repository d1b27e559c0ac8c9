import rule from './failure-modes.js';
import { runRuleTests } from '../testing/rule-tester.js';

const big = (label: string) => `flowchart LR\n  A[CDN] --> B[API]\n  B --> C["${label}"]\n  C --> D[Cache]`;
runRuleTests(rule as never, {
  valid: ['Failover < 30s', 'circuit breaker', 'Retry ×3'].map((t) => ({ code: big(t) })),
  invalid: [{ code: big('Postgres primary'), errors: [{ message: /No failure mode/ }] }],
});
