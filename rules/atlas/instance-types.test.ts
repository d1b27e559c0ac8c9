import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './instance-types.js';
import { runRuleTests } from '../testing/rule-tester.js';

/** An architecture-like chart: a CDN, a gateway, a database and a cache. */
const arch = (label: string) => `flowchart LR\n  A[CloudFront CDN] --> B[Kong API Gateway]\n  B --> C[("${label}")]\n  B --> D[Redis Cache]`;
runRuleTests(rule as never, {
  valid: [
    ...['db.r6g.2xlarge', 'r5.24xlarge × 12', 'n2-standard-8', 'Standard_D4s_v3', 'cache.r6g.large', 'm7g.metal'].map((t) => ({ code: arch(`Postgres<br/>${t}`) })),
    { code: 'flowchart TD\n  O[New Order] --> S{Order Size}\n  S -->|small| R[Retail Flow]\n  S -->|large| I[Institutional Flow]', name: 'a decision flow names no infrastructure' },
    { code: 'pie title Spend\n  "Compute" : 60\n  "Storage" : 40', name: 'pie charts are not architecture' },
    { code: arch('Postgres'), options: { minInfrastructure: 5 } },
    { code: arch('Postgres<br/>AMD EPYC 7713, 96 cores'), name: 'bare-metal hardware' },
    { code: 'flowchart LR\n  U[Upload] --> S[(S3 Standard)]\n  S --> G[(S3 Glacier)]\n  S --> D[(DynamoDB index)]\n  D --> K[Kinesis stream]', name: 'managed services have no instance type' },
    { code: 'flowchart LR\n  A[Strong Consistency<br/>PostgreSQL ACID] --> B[Eventual Consistency<br/>Cassandra + Redis]\n  B --> C[Cache Warming<br/>Kafka events]\n  C --> D[Backups<br/>MySQL]', name: 'products named below a concept are no components' },
    { code: 'flowchart LR\n  A[Kafka adoption] --> B[Kafka experts]\n  B --> C[Kafka vendors]\n  C --> D[Education]', name: 'one product named three times is no architecture' },
  ],
  invalid: [
    { code: arch('Postgres 15, 2.5xlarge-ish'), errors: [{ message: 'No specific instance type on any of the 3 compute or storage nodes (Kong API Gateway, Postgres 15, 2.5xlarge-ish, Redis Cache)', line: 2, column: 1 }] },
    { code: '## Storage\n\n```mermaid\n' + arch('Postgres') + '\n```\n', options: { minInfrastructure: 1 }, errors: [{ line: 4, column: 1 }] },
  ],
});

it('rejects a bad option, naming it', () => {
  expect(validateRuleOptions(rule as never, { kinds: ['pie'] })).toMatchObject({ path: 'kinds[0]' });
  expect(validateRuleOptions(rule as never, { minInfra: 2 })).toMatchObject({ path: 'minInfra' });
});
