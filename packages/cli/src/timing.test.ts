import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = `${repo}packages/cli/bin/atlas-lint.js`;
const lint = (env: Record<string, string>) =>
  spawnSync('node', [bin, 'fixtures/demo', '--format', 'json'], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } });

describe('ATLAS_LINT_TIMING', () => {
  it('prints phases and rules with their times on stderr, the report unchanged on stdout', () => {
    const timed = lint({ ATLAS_LINT_TIMING: '100' }); // every rule's row
    const plain = lint({ ATLAS_LINT_TIMING: '' });
    expect(timed.stderr).toMatch(/^Phase \/ rule\s+\|\s+Time \(ms\) \| Share/m);
    for (const row of ['extract Markdown', 'parse Mermaid', 'find files', 'rule:mermaid/syntax']) {
      expect(timed.stderr).toMatch(new RegExp(`^${row.replace('/', '\\/')}\\s+\\|\\s+\\d+\\.\\d \\|\\s+\\d+\\.\\d%$`, 'm'));
    }
    expect(plain.stderr).not.toMatch(/Phase \/ rule/);
    expect(timed.stdout).toBe(plain.stdout);
    expect(timed.status).toBe(plain.status);
  });

  it('a number limits the rule rows', () => {
    const rows = lint({ ATLAS_LINT_TIMING: '3' }).stderr.split('\n').filter((line) => line.startsWith('rule:'));
    expect(rows).toHaveLength(3);
  });
});
