import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './latency-percentiles.js';
import { runRuleTests } from '../testing/rule-tester.js';

const chart = (edge: string) => `flowchart LR\n  A[CloudFront CDN] ${edge} B[Kong API Gateway]\n  B --> C[(Postgres)]\n  C --> D[(Redis Cache)]`;
runRuleTests(rule as never, {
  valid: [
    { code: chart('-->|"p50 4ms, p99 20ms"|') },
    { code: chart('-- p99: 120 ms -->') },
    { code: chart('-->|"25ms p99"|') },
    { code: chart('-->').replace('API Gateway', 'API Gateway<br/>p99 Latency: 5ms'), name: 'on a node' },
    { code: chart('-->|fast|').replace(/\[[^\]]+\]|\[\([^)]+\)\]/g, ''), name: 'no infrastructure named' },
  ],
  invalid: [
    { code: chart('-->|fast|'), errors: [{ message: 'No p99 latency on any of the 3 edges (or their nodes)', line: 2, column: 1 }] },
    { code: chart('-->|"p99 20ms"|'), options: { required: ['p50', 'p99'] }, errors: [{ message: 'No p50/p99 latency on any of the 3 edges (or their nodes)' }] },
    {
      code: chart('-->|p99 20ms|'),
      options: { coverage: 1 },
      errors: [{ message: 'Edge B → C has no p99 latency', line: 4, column: 5 }, { message: 'Edge C → D has no p99 latency', line: 5, column: 5 }],
    },
  ],
});

it('rejects a bad option, naming it', () => {
  expect(validateRuleOptions(rule as never, { coverage: 2 })).toMatchObject({ path: 'coverage' });
  expect(validateRuleOptions(rule as never, { required: ['99th'] })).toMatchObject({ path: 'required[0]' });
});
