import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './no-stream-plane.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [
    { code: 'flowchart LR\n  subgraph ServicePlane["Service Plane"]\n    K[Kafka Streams]\n  end\n  classDef serviceStyle fill:#10B981' },
    { code: 'flowchart LR\n  subgraph Stream["Stream Processing"]\n    F[Flink]\n  end', name: 'a subgraph about streams is no Stream plane' },
    { code: 'flowchart LR\n  K:::streamStyle\n  classDef streamStyle fill:#10B981', name: 'a class for stream processing in a plane colour' },
  ],
  invalid: [
    { code: 'flowchart LR\n  subgraph StreamPlane["Stream Plane"]\n    K[Kafka]\n  end', errors: [{ message: 'Subgraph "Stream Plane" is the retired Stream plane', line: 3, column: 3 }] },
    { code: 'flowchart LR\n  K:::s\n  classDef s fill:#a0a', errors: [{ message: 'classDef s uses #a0a, the retired Stream plane\'s colour', line: 4, column: 14 }] },
  ],
});

it('takes no options', () => {
  expect(validateRuleOptions(rule as never, { colors: [] })).toMatchObject({ path: 'colors' });
});
