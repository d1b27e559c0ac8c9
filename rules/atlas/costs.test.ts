import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './costs.js';
import { runRuleTests } from '../testing/rule-tester.js';

const arch = (label: string) => `flowchart LR\n  A[CloudFront CDN] --> B[Kong API Gateway]\n  B --> C[${label}]\n  C --> D[(Redis Cache)]`;
runRuleTests(rule as never, {
  valid: [
    { code: arch('Aurora $18K/month') },
    { code: arch('S3 storage<br/>$0.25/GB') },
    { code: arch('Aurora') + '\n  B -->|"€2.1M/yr"| D', name: 'a cost on an edge' },
    { code: 'flowchart LR\n  A[Plan] --> B[Build]\n  B --> C[Measure]\n  C --> D[Learn]', name: 'a process flow is no architecture' },
    { code: arch('Aurora free tier'), options: { patterns: ['\\bfree tier\\b'] }, name: 'an extra pattern from the options' },
  ],
  invalid: [
    { code: arch('Aurora'), errors: [{ message: 'No cost figure in this diagram of 4 infrastructure components (CloudFront CDN, Kong API Gateway, Aurora and 1 more)', line: 2, column: 1 }] },
    { code: arch('Better $/core'), errors: [{ message: /^No cost figure/, line: 2, column: 1 }] },
  ],
});

it('rejects a bad option, naming it', () => {
  expect(validateRuleOptions(rule as never, { minNodes: 'four' })).toMatchObject({ path: 'minNodes' });
});
