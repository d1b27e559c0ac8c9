import rule from './max-nodes.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A --> B --> C', options: { maxNodes: 3 } }],
  invalid: [
    { code: 'flowchart LR\n  A --> B --> C --> D', options: { maxNodes: 3 }, errors: [{ message: '4 nodes (max 3)', line: 2, column: 1 }] },
    { code: 'flowchart LR\n  subgraph a\n  subgraph b\n  X\n  end\n  end', options: { maxDepth: 1 }, errors: [{ message: /nested 2 levels/, line: 4, column: 3 }] },
  ],
});
