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
    {
      code: 'timeline\n  section 1999-2001: Early\n    10:30 : Launch: day one\n          : Press',
      errors: [{ message: /./ }],
      output: '```mermaid\ntimeline\n  section 1999-2001#58; Early\n    10#58;30 : Launch: day one\n          : Press\n```\n',
    },
    {
      code: 'sequenceDiagram\n  A->>B: BEGIN; UPDATE t; COMMIT;',
      errors: [{ line: 3 }],
      output: '```mermaid\nsequenceDiagram\n  A->>B: BEGIN#59; UPDATE t#59; COMMIT;\n```\n',
    },
    {
      code: 'flowchart LR\n  A --> B\n  classDf cold fill:#00f,color:#fff',
      errors: [{ line: 4 }],
      output: '```mermaid\nflowchart LR\n  A --> B\n  classDef cold fill:#00f,color:#fff\n```\n',
    },
    {
      code: 'flowchart LR\n  A --> B\n  classDef hot fill:#f00\n  case A,B hot',
      errors: [{ line: 5 }],
      output: '```mermaid\nflowchart LR\n  A --> B\n  classDef hot fill:#f00\n  class A,B hot\n```\n',
    },
    // Not a class statement's shape (no class named "hot" is defined): no guess.
    { code: 'flowchart LR\n  A --> B\n  case A,B hot', errors: [{ line: 4 }], output: '```mermaid\nflowchart LR\n  A --> B\n  case A,B hot\n```\n' },
    { code: 'sequenceD diagram\n  A->>B: hi', errors: [{ line: 2 }], output: '```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n' },
    { code: 'flowchrt LR\n  A --> B', errors: [{ line: 2 }], output: '```mermaid\nflowchart LR\n  A --> B\n```\n' },
    // "bar" is near nothing long enough to be sure of: no guess.
    { code: 'bar\n  title x', errors: [{ line: 2 }], output: '```mermaid\nbar\n  title x\n```\n' },
    { code: 'flowchart LR\n  A[App] -x B[Sidecar]', errors: [{ line: 3 }], output: '```mermaid\nflowchart LR\n  A[App] --x B[Sidecar]\n```\n' },
    { code: 'flowchart LR\n  R[/etc/hosts<br/>cluster.local] --> B', errors: [{ line: 3 }], output: '```mermaid\nflowchart LR\n  R["/etc/hosts<br/>cluster.local"] --> B\n```\n' },
  ],
});
