import rule from './label-length.js';
import { runRuleTests } from '../testing/rule-tester.js';
import { validateRuleOptions } from '@atlas-lint/engine';
import { expect, it } from 'vitest';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A[short<br/>lines] --> B' }],
  invalid: [{ code: `flowchart LR\n  A[${'x'.repeat(30)}] --> B`, options: { max: 20 }, errors: [{ message: 'Label line of 30 characters (max 20)', line: 3, column: 5 }] }],
});

it('rejects a bad option, naming the key', () => {
  expect(validateRuleOptions(rule as never, { max: 'long' })).toMatchObject({ path: 'max', message: 'must be integer' });
});
