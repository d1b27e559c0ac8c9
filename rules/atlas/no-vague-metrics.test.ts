import rule from './no-vague-metrics.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A[Low latency: p99 12ms] --> B' }],
  invalid: [{ code: 'flowchart LR\n  A[Cache<br/>Low latency] --> B', errors: [{ message: '"Low latency" without a number', line: 3, column: 5 }] }],
});
