import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

const fixtures = resolve(fileURLToPath(new URL('../../../fixtures', import.meta.url)));

async function cli(args: string[], cwd = fixtures, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => Buffer.from(stdin),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

describe('exit codes', () => {
  it('0 on a clean file', async () => {
    const { code, stdout } = await cli(['cli/ignored/kept.md']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('1 on a syntax error, with file:line:col', async () => {
    const { code, stdout } = await cli(['cli/overrides/docs/final.md', '--config', 'cli/overrides/atlas-lint.config.json']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/final\.md/);
    expect(stdout).toMatch(/^\s+5:\d+\s+error\s+.*mermaid\/syntax/m);
  });

  it('2 on an unknown option', async () => {
    const { code, stderr } = await cli(['--no-such-flag']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no-such-flag/);
  });

  it('2 on a missing path', async () => {
    const { code, stderr } = await cli(['does/not/exist.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/does\/not\/exist\.md/);
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const args = ['cli/overrides/docs/drafts/draft.md'];
    expect((await cli(args)).code).toBe(0);
    expect((await cli([...args, '--max-warnings', '0'])).code).toBe(1);
    expect((await cli([...args, '--max-warnings', '1'])).code).toBe(0);
  });
});

describe('configuration errors exit 2 naming the key', () => {
  it('unknown top-level key', async () => {
    const { code, stderr } = await cli(['cli/bad-key/page.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/atlas-lint\.config\.json: rulez: unknown key/);
  });
  it('bad severity', async () => {
    const { code, stderr } = await cli(['cli/bad-severity/page.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rules\["mermaid\/syntax"\]/);
    expect(stderr).toMatch(/off.*warn.*error/);
  });
  it('unknown rule', async () => {
    const { code, stderr } = await cli(['cli/unknown-rule/page.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rules\["mermaid\/no-such-rule"\]: unknown rule/);
  });
  it('bad rule option names the rule and the key', async () => {
    const { code, stderr } = await cli(['cli/bad-option/page.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rules\["mermaid\/label-length"\]\[1\]\.max: must be integer/);
  });
  it('bad --rule flag', async () => {
    const { code, stderr } = await cli(['cli/ignored/kept.md', '--rule', 'mermaid/syntax: sometimes']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--rule/);
  });
  it('invalid JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-'));
    writeFileSync(join(dir, 'atlas-lint.config.json'), '{ "rules": ');
    writeFileSync(join(dir, 'a.md'), '# x\n');
    const { code, stderr } = await cli(['a.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/invalid JSON/);
  });
});

describe('config resolution', () => {
  it('overrides apply by glob, ignores skip files', async () => {
    const { code, stdout } = await cli(['cli/overrides', '--format', 'json']);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { severity: number }[] }[];
    const byName = Object.fromEntries(results.map((r) => [r.filePath.split('/').pop(), r.messages.map((m) => m.severity)]));
    expect(byName['draft.md']).toEqual([1]);
    expect(byName['final.md']).toEqual([2]);
    expect(byName['old.md']).toBeUndefined();
  });

  it('--rule turns a rule off', async () => {
    const { code } = await cli(['cli/overrides/docs/final.md', '--rule', 'mermaid/syntax: off']);
    expect(code).toBe(0);
  });

  it('.atlas-lintignore is respected when searching a folder', async () => {
    const { code, stdout } = await cli(['cli/ignored', '--format', 'json']);
    expect(code).toBe(0);
    const files = (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath);
    expect(files.some((f) => f.endsWith('kept.md'))).toBe(true);
    expect(files.some((f) => f.includes('skipped'))).toBe(false);
  });
});

describe('json output', () => {
  it("has ESLint's shape", async () => {
    const { stdout } = await cli(['cli/overrides/docs/final.md', '--format', 'json']);
    const [result] = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']));
    expect(result.filePath).toBe(join(fixtures, 'cli/overrides/docs/final.md'));
    expect(result.errorCount).toBe(1);
    const [message] = result.messages;
    expect(message).toMatchObject({ ruleId: 'mermaid/syntax', severity: 2, line: 5 });
    expect(typeof message.column).toBe('number');
    expect(typeof message.message).toBe('string');
  });
});

describe('bad input does not stop the run', () => {
  it('binary and non-UTF-8 files are reported, others still linted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'docs/latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'docs/good.md'), '```mermaid\ngraph TD\n  A[x (y)]\n```\n');
    const { code, stdout } = await cli(['docs', '--format', 'json'], dir);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { message: string; fatal?: boolean }[] }[];
    const byName = Object.fromEntries(results.map((r) => [r.filePath.split('/').pop(), r.messages]));
    expect(byName['binary.md']![0]).toMatchObject({ fatal: true, message: expect.stringMatching(/binary/) });
    expect(byName['latin1.md']![0]).toMatchObject({ fatal: true, message: expect.stringMatching(/UTF-8/) });
    expect(byName['good.md']![0]!.message).toMatch(/\(/);
  });

  it('--stdin lints standard input under --stdin-filename', async () => {
    const { code, stdout } = await cli(['--stdin', '--stdin-filename', 'x.md', '--format', 'json'], fixtures, '```mermaid\ngraph TD\n  A-->B\n```\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].diagramCount).toBe(1);
  });
});

describe('rules command', () => {
  it('lists the catalogue as JSON', async () => {
    const { code, stdout } = await cli(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const metas = JSON.parse(stdout) as { id: string; fixable: boolean; severity: string }[];
    expect(metas.find((m) => m.id === 'mermaid/syntax')).toMatchObject({ fixable: true, severity: 'error' });
  });
});

describe('globs outside the working folder', () => {
  it('an absolute glob elsewhere is searched from its own base, with that folder\'s ignore file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lint-outside-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'ok.md'), '```mermaid\nflowchart LR\n  A --> B\n```\n');
    writeFileSync(join(dir, 'b', 'broken.md'), '```mermaid\nflowchart LR\n  A[x (y)] --> B\n```\n');
    writeFileSync(join(dir, 'b', 'skipped.md'), '```mermaid\nflowchart LR\n  A[x (y)] --> B\n```\n');
    writeFileSync(join(dir, '.atlas-lintignore'), 'b/skipped.md\n');
    const { code, stdout, stderr } = await cli([`${dir}/*/*.md`, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const files = (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.replace(/\\/g, '/').split('/').slice(-2).join('/'));
    expect(files.sort()).toEqual(['a/ok.md', 'b/broken.md']);
  });
});
