import rule from './undefined-class.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A:::hot --> B\n  classDef hot fill:#f00' }, { code: 'flowchart LR\n  A --> B\n  class A default' }],
  invalid: [
    { code: 'flowchart LR\n  A:::hot --> B', errors: [{ message: /"hot" is not defined/, line: 3, column: 7 }] },
    { code: 'flowchart LR\n  A --> B\n  classDef warm fill:#fa0\n  class A,B wrm', errors: [{ message: /"wrm"/, line: 5, column: 13 }] },
  ],
});
