import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './plane-colors.js';
import { runRuleTests } from '../testing/rule-tester.js';

const fenced = (body: string) => '```mermaid\n' + body + '\n```\n';
runRuleTests(rule as never, {
  valid: [
    { code: 'flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle fill:#3B82F6,color:#fff' },
    { code: 'flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle fill:#3b82f6', name: 'colours compare case-insensitively' },
    { code: 'flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle fill:#60A5FA', name: 'a design-system tint of the plane' },
    { code: 'flowchart LR\n  A:::hot\n  classDef hot fill:#f00', name: 'a class that is no plane' },
    { code: 'flowchart LR\n  A:::client --> B:::service\n  classDef client fill:#87CEEB\n  classDef service fill:#FFB6C1', name: 'a bare "service" class outside the plane scheme' },
    { code: 'flowchart LR\n  T1 --> T2\n  style T1 fill:#00AA00\n  style T2 fill:#CC0000', name: 'status colours of a timeline are no plane colours' },
    { code: 'flowchart LR\n  subgraph EdgePlane["Edge Plane"]\n    LB\n  end\n  style EdgePlane fill:#EFF6FF\n  style LB fill:#CC0000', name: 'a light plane background; a red failure mark in a plane' },
    { code: 'flowchart LR\n  subgraph ControlPlane["Istio Control Plane"]\n    P:::ok\n  end\n  classDef ok fill:#CC0000', name: 'a product control plane is no Atlas plane' },
  ],
  invalid: [
    {
      code: 'flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle fill:#0066CC,color:#fff',
      errors: [{ message: 'classDef edgeStyle: #0066CC is the legacy Edge colour; the Edge plane is #3B82F6', line: 4, column: 27, endColumn: 34 }],
      output: fenced('flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle fill:#3B82F6,color:#fff'),
    },
    {
      name: 'the legacy stroke moves with the legacy fill, in one edit',
      code: 'flowchart LR\n  A:::controlStyle\n  classDef controlStyle fill:#CC0000, stroke:#990000,color:#fff',
      errors: [{ message: 'classDef controlStyle: #CC0000 (stroke #990000) is the legacy Control colour; the Control plane is #8B5CF6 (stroke #7C3AED)', line: 4, column: 30, endColumn: 37 }],
      output: fenced('flowchart LR\n  A:::controlStyle\n  classDef controlStyle fill:#8B5CF6, stroke:#7C3AED,color:#fff'),
    },
    {
      code: 'flowchart LR\n  A:::serviceStyle\n  classDef serviceStyle fill:#8B5CF6',
      errors: [{ message: /stands for the Service plane but fills with #8B5CF6 \(the Control plane's colour\); the Service plane is #10B981/, line: 4, column: 30 }],
      output: fenced('flowchart LR\n  A:::serviceStyle\n  classDef serviceStyle fill:#10B981'),
    },
    {
      name: 'a class worn only inside the State plane, in its legacy colour; a node style there too',
      code: 'flowchart LR\n  subgraph StatePlane["State Plane"]\n    DB[(Postgres)]:::db\n    C[Cache]\n  end\n  classDef db fill:#f80\n  style C fill:#FF8800',
      errors: [{ message: 'classDef db: #f80 is the legacy State colour; the State plane is #F59E0B', line: 7, column: 20 }, { message: /^style C: #FF8800 is the legacy State colour/, line: 8, column: 16 }],
    },
    {
      code: 'flowchart LR\n  subgraph EdgePlane["Edge Plane"]\n    CDN\n  end\n  style EdgePlane fill:#10B981',
      errors: [{ message: /^style EdgePlane stands for the Edge plane but fills with #10B981 \(the Service plane's colour\)/, line: 6, column: 24 }],
    },
    {
      name: 'stroke before fill',
      code: 'flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle stroke:#049,fill:#0066CC',
      errors: [{ message: /^classDef edgeStyle: #0066CC \(stroke #049\) is the legacy Edge colour/, line: 4, column: 39 }],
      output: fenced('flowchart LR\n  A:::edgeStyle\n  classDef edgeStyle stroke:#2563EB,fill:#3B82F6'),
    },
    {
      name: 'a bare plane word beside other plane classes',
      code: 'flowchart LR\n  A:::edge --> B:::service\n  classDef edge fill:#3B82F6\n  classDef service fill:#FFB6C1',
      errors: [{ message: /^classDef service stands for the Service plane but fills with #FFB6C1; the Service plane is #10B981$/, line: 5, column: 25 }],
    },
    {
      name: 'palette from the config',
      code: 'flowchart LR\n  A:::ingressStyle\n  classDef ingressStyle fill:#3B82F6',
      settings: { planes: { definitions: [{ name: 'Ingress', color: '#112233' }] } },
      errors: [{ message: /Ingress plane is #112233/, line: 4, column: 30 }],
    },
  ],
});

it('rejects an unknown option, naming it', () => {
  expect(validateRuleOptions(rule as never, { shades: true })).toMatchObject({ path: 'shades' });
  expect(validateRuleOptions(rule as never, { allowShades: 'yes' })).toMatchObject({ path: 'allowShades' });
});
