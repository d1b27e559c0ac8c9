import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../run.js';
import { escapeHtml } from './html.js';

const fixtureTree = resolve(fileURLToPath(new URL('../../../../fixtures/tracking', import.meta.url)));

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => Buffer.alloc(0), isTTY: false });
  return { code, stdout, stderr };
}

describe('atlas-lint report', () => {
  it('json: progress per category from the sheet and the measured claims', async () => {
    const { code, stdout } = await cli(['report', '.', '--format', 'json'], fixtureTree);
    expect(code).toBe(0);
    const model = JSON.parse(stdout);
    expect(model.tracking).toMatchObject({ sheet: 'TRACKING.md', expectedTotal: 8, listed: 7 });
    const cs = model.tracking.categories.find((c: { name: string }) => c.name === 'Case Studies');
    // L0 (path map, passing) and CO (front matter, passing) complete; FA claimed but failing.
    expect(cs).toMatchObject({ expected: 4, listed: 4, complete: 2, inProgress: 1, pending: 1 });
    expect(model.totals.diagrams).toBe(4);
  });

  it('terminal, markdown and json agree on the numbers', async () => {
    const json = JSON.parse((await cli(['report', '.', '--format', 'json'], fixtureTree)).stdout);
    const terminal = (await cli(['report', '.'], fixtureTree)).stdout;
    const markdown = (await cli(['report', '.', '--format', 'markdown'], fixtureTree)).stdout;
    const { complete, expectedTotal } = json.tracking;
    expect(terminal).toContain(`${complete} of ${expectedTotal} targets complete`);
    expect(markdown).toContain(`**${complete} of ${expectedTotal}** targets complete`);
    expect(markdown).toMatch(/\| Case Studies \| 4 \| 2 \| 1 \| 1 \|/);
  });

  it('html escapes what it shows', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('<img src=x onerror="x">')).not.toMatch(/<img/);
  });

  it('html is one self-contained file', async () => {
    const { stdout } = await cli(['report', '.', '--format', 'html'], fixtureTree);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    expect(stdout).not.toMatch(/<(link|img)\b|src="http|href="http/);
    expect(stdout).toMatch(/id="tracking-complete"><b>2<\/b>/);
  });
});

describe('--update-tracking', () => {
  it('rewrites Status cells only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-tracking-'));
    cpSync(fixtureTree, dir, { recursive: true });
    const before = readFileSync(join(dir, 'TRACKING.md'), 'utf8');
    await cli(['.', '--update-tracking', '--format', 'json'], dir);
    const after = readFileSync(join(dir, 'TRACKING.md'), 'utf8');
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    expect(afterLines).toHaveLength(beforeLines.length);
    const changed = afterLines.flatMap((line, i) => (line === beforeLines[i] ? [] : [[beforeLines[i], line]]));
    // FA: Complete but failing → In Progress; CO: In Progress, measured complete → Complete.
    expect(changed).toEqual([
      ['| CS-DEM-FA | Failure Domains | ✅ Complete | bo | #13 | yes | - |', '| CS-DEM-FA | Failure Domains | 🔄 In Progress | bo | #13 | yes | - |'],
      ['| CS-DEM-CO | Cost Breakdown | 🔄 In Progress | cy | - | - | - |', '| CS-DEM-CO | Cost Breakdown | ✅ Complete | cy | - | - | - |'],
    ]);
    // Every other cell of those rows is untouched: only the status cell differs.
    for (const [old, now] of changed) {
      const a = old!.split('|');
      const b = now!.split('|');
      expect(a.filter((cell, i) => cell !== b[i])).toHaveLength(1);
    }
  });
});
