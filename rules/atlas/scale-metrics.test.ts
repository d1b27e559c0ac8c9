import rule from './scale-metrics.js';
import { runRuleTests } from '../testing/rule-tester.js';

const big = (label: string) => `flowchart LR\n  A[CDN] --> B[API]\n  B --> C["${label}"]\n  C --> D[Cache]`;
runRuleTests(rule as never, {
  valid: ['50K RPS peak', '230M subscribers', '2PB stored', '1.2M req/s'].map((t) => ({ code: big(t) })),
  invalid: [{ code: big('Very busy'), errors: [{ message: /No scale figure/ }] }],
});
