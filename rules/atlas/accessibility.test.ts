import rule from './accessibility.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  accTitle: Checkout\n  A --> B' }, { code: '---\ntitle: Checkout\n---\nflowchart LR\n  A --> B' }, { code: 'sequenceDiagram\n  title Login\n  A->>B: hi' }],
  invalid: [{ code: 'flowchart LR\n  A --> B', errors: [{ message: 'No accessible title or description', line: 2, column: 1 }] }],
});
