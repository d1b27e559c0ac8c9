import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../packages/cli/src/run.js';
import { parseTrackingSheet } from './sheet.js';

const dir = resolve(fileURLToPath(new URL('../../fixtures/tracking', import.meta.url)));

async function lintTree() {
  let stdout = '';
  const code = await run(['.', '--format', 'json'], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {}, readStdin: async () => Buffer.alloc(0), isTTY: false });
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string; fix?: { range: [number, number]; text: string } }[] }[];
  const byRule = (file: string, rule: string) => results.find((r) => r.filePath.endsWith(file))?.messages.filter((m) => m.ruleId === rule) ?? [];
  return { code, byRule };
}

describe('tracking sheet parser', () => {
  it('reads categories, groups, targets and the summary with cell offsets', () => {
    const source = readFileSync(resolve(dir, 'TRACKING.md'), 'utf8');
    const sheet = parseTrackingSheet(source);
    expect(sheet.targets.map((t) => t.id)).toEqual(['G-LIN-FL', 'G-LIN-FL', 'g-lin-x', 'CS-DEM-L0', 'CS-DEM-FA', 'CS-DEM-SC', 'CS-DEM-CO']);
    const fa = sheet.targets[4]!;
    expect(fa).toMatchObject({ category: 'Case Studies', group: 'CS01: Demo', status: 'complete', name: 'Failure Domains' });
    expect(source.slice(fa.statusCell.start, fa.statusCell.end)).toBe('✅ Complete');
    expect(sheet.summary.map((s) => [s.category, s.total, s.isTotal])).toEqual([['Guarantees', 3, false], ['Case Studies', 4, false], ['TOTAL', 8, true]]);
    expect(sheet.categories).toEqual([{ name: 'Guarantees', declared: 3, line: 13 }, { name: 'Case Studies', declared: 4, line: 22 }]);
  });
});

describe('tracking rules on a fixture tree', () => {
  it('report what is wrong where', async () => {
    const { code, byRule } = await lintTree();
    expect(code).toBe(1);
    expect(byRule('TRACKING.md', 'tracking/invalid-status').map((m) => [m.line, m.column])).toEqual([[18, 29]]);
    const duplicates = byRule('TRACKING.md', 'tracking/duplicate-id').map((m) => m.message);
    expect(duplicates).toEqual([expect.stringMatching(/G-LIN-FL is listed twice \(first on line 18\)/), expect.stringMatching(/Malformed tracking ID "g-lin-x"/)]);
    expect(byRule('failure-domains.md', 'tracking/duplicate-id').map((m) => [m.line, m.message])).toEqual([[4, expect.stringMatching(/CS-DEM-FA is also claimed at pages\/extra\.md:13/)]]);
    expect(byRule('extra.md', 'tracking/unknown-id').map((m) => [m.line, m.message])).toEqual([[7, expect.stringMatching(/CS-DEM-ZZ/)]]);
    // L0 passes (claimed by the path map); FA is claimed by a failing diagram.
    const mismatch = byRule('TRACKING.md', 'tracking/status-mismatch');
    expect(mismatch.map((m) => [m.line, m.message])).toEqual([[28, expect.stringMatching(/CS-DEM-FA is marked Complete/)]]);
    expect(mismatch[0]!.fix?.text).toBe('🔄 In Progress');
    const summary = byRule('TRACKING.md', 'tracking/summary-mismatch').map((m) => m.message);
    expect(summary).toEqual([expect.stringMatching(/TOTAL says 8 but the categories add up to 7/)]);
  });
});
