import rule from './no-placeholders.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A[Todoist API] --> B' }],
  invalid: [
    { code: 'flowchart LR\n  A[Cost: TBD] --> B', errors: [{ message: 'Placeholder "TBD" in node text', line: 3, column: 5 }] },
    { code: 'flowchart LR\n  A -->|TODO latency| B', errors: [{ message: /"TODO" in edge text/, line: 3, column: 9 }] },
  ],
});
