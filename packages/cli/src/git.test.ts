import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.js';

const ok = '```mermaid\nflowchart LR\n  A --> B\n```\n';
const broken = '```mermaid\nflowchart LR\n  A[a (b)] --> B\n```\n';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => Buffer.alloc(0), isTTY: false });
  return { code, stdout, stderr, files: () => (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.slice(cwd.length + 1)).sort() };
}

/** A real repository: main with two pages, a branch that edits one, adds one, and leaves one untracked. */
function makeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs/a.md'), ok);
  writeFileSync(join(dir, 'docs/b.md'), broken);
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  writeFileSync(join(dir, 'docs/a.md'), `# changed\n\n${ok}`);
  writeFileSync(join(dir, 'docs/c.md'), ok);
  git('add', 'docs/a.md', 'docs/c.md');
  git('commit', '-qm', 'feature work');
  writeFileSync(join(dir, 'docs/untracked.md'), ok);
  writeFileSync(join(dir, 'docs/staged.md'), ok);
  git('add', 'docs/staged.md');
  return dir;
}

describe('changed-files modes on a real git repository', () => {
  let repo: string;
  beforeAll(() => {
    repo = makeRepo();
  });

  it('--since lints files changed since the merge base plus untracked ones', async () => {
    const { code, files } = await cli(['docs', '--since', 'main', '--format', 'json'], repo);
    expect(code).toBe(0); // b.md is broken but unchanged
    expect(files()).toEqual(['docs/a.md', 'docs/c.md', 'docs/staged.md', 'docs/untracked.md']);
  });

  it('--staged lints only what is staged', async () => {
    const { files } = await cli(['docs', '--staged', '--format', 'json'], repo);
    expect(files()).toEqual(['docs/staged.md']);
  });

  it('a bad ref is a usage error (exit 2)', async () => {
    const { code, stderr } = await cli(['docs', '--since', 'no-such-ref'], repo);
    expect(code).toBe(2);
    expect(stderr).toMatch(/git merge-base/);
  });
});

describe('cache', () => {
  it('reuses results of unchanged files and notices changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-cache-'));
    writeFileSync(join(dir, 'a.md'), broken);
    const first = await cli(['a.md', '--cache', '--format', 'json'], dir);
    expect(first.code).toBe(1);
    expect(existsSync(join(dir, '.atlas-lint-cache'))).toBe(true);
    const cached = JSON.parse(readFileSync(join(dir, '.atlas-lint-cache'), 'utf8'));
    expect(Object.keys(cached.entries)).toHaveLength(1);
    const second = await cli(['a.md', '--cache', '--format', 'json'], dir);
    expect(second.stdout).toBe(first.stdout);
    writeFileSync(join(dir, 'a.md'), ok);
    const third = await cli(['a.md', '--cache', '--format', 'json'], dir);
    expect(third.code).toBe(0);
    // A different config is a different key: turning the rule off must not reuse the error.
    writeFileSync(join(dir, 'a.md'), broken);
    const off = await cli(['a.md', '--cache', '--rule', 'mermaid/syntax: off'], dir);
    expect(off.code).toBe(0);
  });

  it('an edit that keeps the size is noticed (the file stamp differs), an unchanged file is a hit without re-linting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-cache-'));
    const bad = '```mermaid\nflowchart LR\n  A[x (y)] --> B\n```\n';
    const good = '```mermaid\nflowchart LR\n  A["x y"] --> B\n```\n';
    expect(good.length).toBe(bad.length);
    writeFileSync(join(dir, 'a.md'), bad);
    expect((await cli(['a.md', '--cache'], dir)).code).toBe(1);
    const entry = Object.values(JSON.parse(readFileSync(join(dir, '.atlas-lint-cache'), 'utf8')).entries)[0] as { stamp: { size: number } };
    expect(entry.stamp.size).toBe(bad.length);
    writeFileSync(join(dir, 'a.md'), good);
    expect((await cli(['a.md', '--cache'], dir)).code).toBe(0);
  });
});

describe('shards and merge-reports', () => {
  it('shards partition the files and merging gives the unsharded result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-shard-'));
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `p${i}.md`), i % 3 === 0 ? broken : ok);
    const whole = await cli(['.', '--format', 'json'], dir);
    const parts = [];
    for (let i = 1; i <= 3; i++) {
      const part = await cli(['.', '--shard', `${i}/3`, '--format', 'json', '--output-file', `shard${i}.json`], dir);
      parts.push(JSON.parse(readFileSync(join(dir, `shard${i}.json`), 'utf8')) as unknown[]);
      expect(part.code).toBe(parts[i - 1]!.some((r) => (r as { errorCount: number }).errorCount > 0) ? 1 : 0);
    }
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(12);
    const merged = await cli(['merge-reports', 'shard1.json', 'shard2.json', 'shard3.json', '--format', 'json'], dir);
    expect(merged.code).toBe(whole.code);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout));
  });

  it('--concurrency uses worker threads with the same results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-workers-'));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `p${i}.md`), i % 4 === 0 ? broken : ok);
    const single = await cli(['.', '--format', 'json', '--concurrency', 'off'], dir);
    const threaded = await cli(['.', '--format', 'json', '--concurrency', '2'], dir);
    expect(threaded.code).toBe(1);
    expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(single.stdout));
  });
});
