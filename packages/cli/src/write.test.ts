import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/atlas-lint.js', import.meta.url));

/** A large page of broken diagrams, so that --fix takes long enough to be interrupted. */
function bigPage(): string {
  const parts = ['# Many diagrams\n'];
  for (let i = 0; i < 1500; i++) parts.push(`\n\`\`\`mermaid\nflowchart LR\n    A${i}[Service (v${i})] --> B${i}[Store (primary)]\n\`\`\`\n`);
  return parts.join('');
}

describe('--fix keeps what the user wrote around the repair', () => {
  it('a file starting with a byte-order mark keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-bom-'));
    const page = join(dir, 'bom.md');
    writeFileSync(page, '\uFEFF# Page\n\n```mermaid\nflowchart LR\n    A[Service (v2)] --> B\n```\n');
    const done = spawnSync('node', [bin, 'bom.md', '--fix', '--concurrency', 'off'], { cwd: dir, encoding: 'utf8' });
    expect(done.status, done.stderr).toBe(0);
    const bytes = readFileSync(page);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('# Page\n\n```mermaid\nflowchart LR\n    A["Service (v2)"] --> B\n```\n');
  });
});

describe('--fix writes atomically', () => {
  it('a killed --fix leaves the original or the fully fixed file, never a part', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-kill-'));
    const original = bigPage();
    writeFileSync(join(dir, 'reference.md'), original);
    const done = spawnSync('node', [bin, 'reference.md', '--fix', '--concurrency', 'off'], { cwd: dir, encoding: 'utf8' });
    expect(done.status).toBe(0);
    const fixed = readFileSync(join(dir, 'reference.md'), 'utf8');
    expect(fixed).not.toBe(original);
    expect(fixed).toContain('A7["Service (v7)"]');

    const seen = new Set<string>();
    for (const delay of [30, 100, 200, 300, 400, 500, 650, 900]) {
      const page = join(dir, `page-${delay}.md`);
      writeFileSync(page, original);
      const child = spawn('node', [bin, page, '--fix', '--concurrency', 'off'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(page, 'utf8');
      expect(now === original || now === fixed, `after a kill at ${delay} ms the file is neither the original nor the fixed text (${now.length} chars)`).toBe(true);
      seen.add(now === original ? 'original' : 'fixed');
    }
    // Keeps the test honest: at least one kill landed before the write.
    expect(seen.has('original')).toBe(true);
    copyFileSync(join(dir, 'reference.md'), join(dir, 'again.md'));
    const second = spawnSync('node', [bin, 'again.md', '--fix'], { cwd: dir });
    expect(second.status).toBe(0);
    expect(readFileSync(join(dir, 'again.md'), 'utf8')).toBe(fixed);
  }, 60_000);
});
