import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './scale-metrics.js';
import { runRuleTests } from '../testing/rule-tester.js';

const arch = (label: string) => `flowchart LR\n  A[CloudFront CDN] --> B[Kong API Gateway]\n  B --> C["${label}"]\n  C --> D[(Redis Cache)]`;
runRuleTests(rule as never, {
  valid: [
    ...['50K RPS peak', '230M subscribers', '2PB stored', '1.2M req/s', '40M+ Users', '500K+ writes/sec', '1000+ TB', 'c5.2xlarge × 100'].map((t) => ({ code: arch(`Kafka<br/>${t}`) })),
    { code: 'sequenceDiagram\n  A->>B: hi', name: 'sequence diagrams are not asked by default' },
  ],
  invalid: [
    { code: arch('Very busy'), errors: [{ message: /^No scale figure \(users, requests per second, data volume\) for its \d infrastructure components/, line: 2, column: 1 }] },
    { code: arch('Kafka<br/>$0.02/minute<br/>MTTR 15 minutes'), errors: [{ message: /^No scale figure/, line: 2, column: 1 }] },
    {
      name: 'sequence diagrams when asked for',
      code: 'sequenceDiagram\n  participant C as Client\n  participant G as Kong Gateway\n  participant D as Postgres DB\n  participant R as Redis Cache\n  C->>G: GET /feed\n  G->>R: lookup',
      options: { kinds: ['sequence'] },
      errors: [{ message: /^No scale figure/, line: 2, column: 1 }],
    },
  ],
});

it('rejects a bad option, naming it', () => {
  expect(validateRuleOptions(rule as never, { kinds: 'flowchart' })).toMatchObject({ path: 'kinds' });
});
