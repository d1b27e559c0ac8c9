import rule from './four-planes.js';
import { runRuleTests } from '../testing/rule-tester.js';

const planes = (names: string[]) => `flowchart LR\n${names.map((n, i) => `  subgraph ${n}Plane["${n} Plane"]\n    N${i}a --> N${i}b\n  end`).join('\n')}`;
runRuleTests(rule as never, {
  valid: [{ code: planes(['Edge', 'Service', 'State', 'Control']) }],
  invalid: [{ code: planes(['Edge', 'Service', 'State']), errors: [{ message: 'The architecture overview lacks the Control plane', line: 2, column: 1 }] }],
});
