import rule from './plane-membership.js';
import { runRuleTests } from '../testing/rule-tester.js';

const chart = (cls: string) => `flowchart LR\n  subgraph EdgePlane["Edge Plane"]\n    CDN[CloudFront]:::${cls}\n  end\n  classDef edgeStyle fill:#3B82F6\n  classDef stateStyle fill:#F59E0B`;
runRuleTests(rule as never, {
  valid: [{ code: chart('edgeStyle') }, { code: 'flowchart LR\n  subgraph Impact["Service Impact"]\n    X:::stateStyle\n  end\n  classDef stateStyle fill:#F59E0B', name: 'a title that is not a plane' }],
  invalid: [{ code: chart('stateStyle'), errors: [{ message: 'CDN sits in the Edge plane but is classed for the State plane', line: 4, column: 5 }] }],
});
