import rule from './costs.js';
import { runRuleTests } from '../testing/rule-tester.js';

const big = (label: string) => `flowchart LR\n  A[CDN] --> B[API]\n  B --> C[${label}]\n  C --> D[Cache]`;
runRuleTests(rule as never, {
  valid: [{ code: big('Aurora $18K/month') }, { code: big('Storage $0.25/GB') }, { code: 'flowchart LR\n  A --> B', name: 'small diagrams are not architecture' }],
  invalid: [{ code: big('Aurora'), errors: [{ message: 'No cost figure in this diagram', line: 2, column: 1 }] }],
});
