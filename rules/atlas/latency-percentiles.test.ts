import rule from './latency-percentiles.js';
import { runRuleTests } from '../testing/rule-tester.js';

const chart = (edge: string) => `flowchart LR\n  A[CDN] ${edge} B[API]\n  B --> C[DB]\n  C --> D[Cache]`;
runRuleTests(rule as never, {
  valid: [{ code: chart('-->|"p50 4ms, p99 20ms"|') }, { code: chart('-- p99: 120 ms -->') }],
  invalid: [
    { code: chart('-->|fast|'), errors: [{ message: 'No edge carries a p99 latency', line: 2, column: 1 }] },
    { code: chart('-->|p99 20ms|'), options: { coverage: 1 }, errors: [{ message: /Edge B → C has no p99 latency/, line: 4, column: 5 }, { message: /Edge C → D/ }] },
  ],
});
