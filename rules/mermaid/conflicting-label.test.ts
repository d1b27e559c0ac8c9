import rule from './conflicting-label.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A[API] --> B\n  A[API] --> C\n  A --> D' }],
  invalid: [{ code: 'flowchart LR\n  A[API Gateway] --> B\n  C --> A[Kong]', errors: [{ message: /A is labelled "Kong" here and "API Gateway" before/, line: 4, column: 11 }] }],
});
