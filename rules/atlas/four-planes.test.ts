import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './four-planes.js';
import { runRuleTests } from '../testing/rule-tester.js';

const planes = (names: string[]) => `flowchart LR\n${names.map((n, i) => `  subgraph ${n}Plane["${n} Plane"]\n    N${i}a --> N${i}b\n  end`).join('\n')}`;
const fenced = (body: string) => '```mermaid\n' + body + '\n```\n';
runRuleTests(rule as never, {
  valid: [
    { code: planes(['Edge', 'Service', 'State', 'Control']) },
    { code: 'flowchart LR\n  A:::edgeStyle --> B:::serviceStyle --> C:::stateStyle --> D:::controlStyle\n  E --> F\n  classDef edgeStyle fill:#3B82F6\n  classDef serviceStyle fill:#10B981\n  classDef stateStyle fill:#F59E0B\n  classDef controlStyle fill:#8B5CF6', name: 'planes by class' },
    { code: planes(['Edge', 'Service', 'State']) + '\n  M[Prometheus]:::ops --> N0a\n  classDef ops fill:#8b5cf6', name: 'a plane shown by its colour' },
    { code: fenced(planes(['Edge', 'Service', 'State', 'Control'])) + '\n' + fenced(planes(['State', 'Control'])), name: 'the overview shows all four; a detail diagram need not' },
    { code: planes(['Edge', 'Service']).replace(/N\d[ab]/g, 'X'), name: 'too small to be the overview' },
  ],
  invalid: [
    { code: planes(['Edge', 'Service', 'State']), errors: [{ message: 'The architecture overview lacks the Control plane', line: 2, column: 1 }] },
    { code: '# Arch\n\n' + fenced(planes(['Edge', 'Service', 'Control']).replace('"Control Plane"', '"Istio Control Plane"')), errors: [{ message: 'The architecture overview lacks the State, Control planes', line: 4, column: 1 }] },
  ],
});

it('rejects a bad option, naming it', () => {
  expect(validateRuleOptions(rule as never, { minNodes: -1 })).toMatchObject({ path: 'minNodes' });
});
