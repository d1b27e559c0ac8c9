import rule from './syntax.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A["Service (v2)"] --> B' }, { code: 'sequenceDiagram\n  A->>B: hi' }],
  invalid: [
    {
      code: 'flowchart LR\n  A[Service (v2)] --> B[Store (primary)]',
      errors: [{ message: /'\(' inside an unquoted label/, line: 3, column: 13 }],
      output: '```mermaid\nflowchart LR\n  A["Service (v2)"] --> B["Store (primary)"]\n```\n',
    },
    { code: 'flowchart LR\n  A[say "hi" now] --> B', errors: [{ message: /'"' inside an unquoted label/ }], output: '```mermaid\nflowchart LR\n  A["say #quot;hi#quot; now"] --> B\n```\n' },
    { code: 'flowchart LR\n  A -> B', errors: [{ message: "'->' is not a Mermaid arrow", line: 3, column: 5 }], output: '```mermaid\nflowchart LR\n  A --> B\n```\n' },
    { code: 'flowchart LR\n  A --> B %% why', errors: [{ message: /comment must be on its own line/ }], output: '```mermaid\nflowchart LR\n  %% why\n  A --> B\n```\n' },
    { code: '> ```mermaid\n> flowchart LR\n>   A[x (y)] --> B\n> ```\n', errors: [{ line: 3, column: 9 }], output: '> ```mermaid\n> flowchart LR\n>   A["x (y)"] --> B\n> ```\n' },
  ],
});
