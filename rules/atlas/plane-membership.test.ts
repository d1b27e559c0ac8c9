import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './plane-membership.js';
import { runRuleTests } from '../testing/rule-tester.js';

const defs = '\n  classDef edgeStyle fill:#3B82F6\n  classDef serviceStyle fill:#10B981\n  classDef stateStyle fill:#F59E0B';
const chart = (cls: string) => `flowchart LR\n  subgraph EdgePlane["Edge Plane"]\n    CDN[CloudFront]:::${cls}\n  end${defs}`;
runRuleTests(rule as never, {
  valid: [
    { code: chart('edgeStyle') },
    { code: 'flowchart LR\n  subgraph Impact["Service Impact"]\n    X:::stateStyle\n  end' + defs, name: 'a title that is not a plane' },
    { code: 'flowchart LR\n  subgraph ServicePlane["Service Plane"]\n    subgraph ControlPlane["Istio Control Plane"]\n      PILOT[Pilot]\n    end\n  end\n  class PILOT serviceStyle' + defs, name: "a product's control plane inside the Service plane" },
    { code: chart('plain'), name: 'no plane class: only reported with requireClass' },
  ],
  invalid: [
    { code: chart('stateStyle'), errors: [{ message: 'CDN sits in the Edge plane but is classed for the State plane', line: 4, column: 5, endColumn: 8 }] },
    {
      name: 'the class statement counts; the innermost plane subgraph decides',
      code: 'flowchart LR\n  subgraph ServicePlane["Service Plane"]\n    subgraph Core[Core Services]\n      VS[Video Service]\n    end\n  end\n  class VS edgeStyle' + defs,
      errors: [{ message: 'VS sits in the Service plane but is classed for the Edge plane', line: 5, column: 7 }],
    },
    { code: chart('plain'), options: { requireClass: true }, errors: [{ message: "CDN sits in the Edge plane without the Edge plane's class", line: 4, column: 5 }] },
  ],
});

it('rejects a bad option, naming it', () => {
  expect(validateRuleOptions(rule as never, { requireClass: 1 })).toMatchObject({ path: 'requireClass' });
});
