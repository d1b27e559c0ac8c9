import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './failure-modes.js';
import { runRuleTests } from '../testing/rule-tester.js';

const arch = (label: string) => `flowchart LR\n  A[CloudFront CDN] --> B[Kong API Gateway]\n  B --> C["${label}"]\n  C --> D[(Redis Cache)]`;
runRuleTests(rule as never, {
  valid: [
    ...['Failover < 30s', 'circuit breaker', 'Retry ×3', 'Health checks every 5s', 'Hot standby', 'MTTR 4 min'].map((t) => ({ code: arch(`Postgres<br/>${t}`) })),
    { code: arch('Postgres') + '\n  B -.->|timeout 2s| D', name: 'on an edge' },
    { code: 'flowchart LR\n  A[Idea] --> B[Design]\n  B --> C[Review]\n  C --> D[Ship]', name: 'no infrastructure, no requirement' },
  ],
  invalid: [{ code: arch('Postgres primary'), errors: [{ message: 'No failure mode, detection or recovery shown for its 4 infrastructure components (CloudFront CDN, Kong API Gateway, Postgres primary and 1 more)', line: 2, column: 1 }] }],
});

it('rejects a bad option, naming it', () => {
  expect(validateRuleOptions(rule as never, { patterns: [''] })).toMatchObject({ path: 'patterns[0]' });
});
