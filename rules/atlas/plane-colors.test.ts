import rule from './plane-colors.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle fill:#3B82F6,color:#fff' }, { code: 'flowchart LR\n  A:::hot\n  classDef hot fill:#f00' }],
  invalid: [
    {
      code: 'flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle fill:#0066CC,color:#fff',
      errors: [{ message: /#0066CC is the legacy Edge colour; the Edge plane is #3B82F6/, line: 4, column: 27 }],
      output: '```mermaid\nflowchart LR\n  A:::edgeStyle\n  classDef edgeStyle fill:#3B82F6,color:#fff\n```\n',
    },
    { code: 'flowchart LR\n  A:::stateStyle\n  classDef stateStyle fill:#123456', errors: [{ message: /State-plane class but fills with #123456/ }], output: '```mermaid\nflowchart LR\n  A:::stateStyle\n  classDef stateStyle fill:#F59E0B\n```\n' },
  ],
});
