import rule from './unused-classdef.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A:::hot --> B\n  classDef hot fill:#f00' }],
  invalid: [{
    code: 'flowchart LR\n  A --> B\n  classDef cold fill:#00f\n  B --> C',
    errors: [{ message: 'classDef cold is never used', line: 4, column: 12 }],
    output: '```mermaid\nflowchart LR\n  A --> B\n  B --> C\n```\n',
  }],
});
