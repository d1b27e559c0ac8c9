import { describe, expect, it } from 'vitest';
import type { FlowSubgraph } from '@atlas-lint/mermaid';
import { normalizeColor, PlaneModel } from './planes.js';

const model = new PlaneModel({});
const sg = (id: string, title?: string): FlowSubgraph => ({
  type: 'subgraph', id, idSpan: null, title: title === undefined ? null : { raw: title, text: title, quoted: false, markdown: false, span: { start: 0, end: 0 } },
  members: [], parent: null, headerSpan: { start: 0, end: 0 }, span: { start: 0, end: 0 },
});

describe('plane model', () => {
  it('normalises colours: case-insensitive, #abc = #aabbcc', () => {
    expect(normalizeColor('#3b82f6')).toBe('#3B82F6');
    expect(normalizeColor(' #abc ')).toBe('#AABBCC');
    expect(normalizeColor('red')).toBeNull();
    expect(model.planeOfColor('#0066cc')).toMatchObject({ plane: { name: 'Edge' }, legacy: true });
    expect(model.planeOfColor('#60a5fa')).toMatchObject({ plane: { name: 'Edge' }, legacy: false });
  });

  it('reads plane names from class names and subgraph ids', () => {
    for (const [name, plane] of [['edgeStyle', 'Edge'], ['EdgePlane', 'Edge'], ['EDGE', 'Edge'], ['service_plane', 'Service'], ['StatePlane2', 'State'], ['Control_Plane___Red__8B5CF6', 'Control'], ['controlClass', 'Control']]) {
      expect(model.planeOfName(name!)?.name, name).toBe(plane);
    }
    for (const name of ['serviceFailure', 'ServiceMesh', 'edgeCases', 'stateful', 'StreamPlane']) expect(model.planeOfName(name), name).toBeUndefined();
  });

  it('reads subgraph titles; a product\'s own control plane is no Atlas plane', () => {
    const cases: [FlowSubgraph, string | undefined][] = [
      [sg('EdgePlane', 'Edge Plane - CDN & Load Balancing'), 'Edge'],
      [sg('X1', '🌐 Edge Plane'), 'Edge'],
      [sg('StatePlane', 'State - Distributed Storage'), 'State'],
      [sg('Ingest', 'Stream Ingestion - Edge Plane'), 'Edge'],
      [sg('Svc', 'Service Layer'), undefined],
      [sg('Pay', 'Service - Payments'), undefined],
      [sg('ControlPlane', 'Istio Control Plane'), undefined],
      [sg('ARMControlPlane', 'ARM Control Plane'), undefined],
      [sg('ServicePlane', 'Business Logic'), 'Service'],
      [sg('Impact', 'Service Impact'), undefined],
      [sg('ServiceFailure', 'Service-Level Failure Domains'), undefined],
      [sg('StateEU', 'State: EU'), 'State'],
    ];
    for (const [subgraph, plane] of cases) expect(model.planeOfSubgraph(subgraph)?.name, subgraph.title?.text).toBe(plane);
  });

  it('takes names, aliases and colours from the config', () => {
    const custom = new PlaneModel({ planes: { definitions: [{ name: 'Ingress', color: '#123', aliases: ['gateway'] }], retired: [] } });
    expect(custom.planeOfName('IngressPlane')?.name).toBe('Ingress');
    expect(custom.planeOfName('gateway')?.name).toBe('Ingress');
    expect(custom.planeOfColor('#112233')?.plane.name).toBe('Ingress');
    expect(custom.planeOfName('edgeStyle')).toBeUndefined();
  });
});
