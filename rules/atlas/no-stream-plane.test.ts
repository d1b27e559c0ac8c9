import rule from './no-stream-plane.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  subgraph ServicePlane["Service Plane"]\n    K[Kafka Streams]\n  end\n  classDef streamStyle fill:#10B981' }],
  invalid: [
    { code: 'flowchart LR\n  subgraph StreamPlane["Stream Plane"]\n    K[Kafka]\n  end', errors: [{ message: /retired Stream plane/, line: 3, column: 3 }] },
    { code: 'flowchart LR\n  K:::s\n  classDef s fill:#AA00AA', errors: [{ message: /#AA00AA, the retired Stream plane/, line: 4, column: 14 }] },
  ],
});
