import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import { run } from './run.js';

const fixtures = resolve(fileURLToPath(new URL('../../../fixtures', import.meta.url)));
const require = createRequire(import.meta.url);

async function cli(args: string[]) {
  let stdout = '';
  const code = await run(args, { cwd: fixtures, stdout: (t) => (stdout += t), stderr: () => {}, readStdin: async () => Buffer.alloc(0), isTTY: false });
  return { code, stdout };
}

const broken = ['cli/overrides/docs/final.md', 'cli/overrides/docs/drafts/draft.md'];

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema', async () => {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const { code, stdout } = await cli([...broken, '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0].results;
    expect(results).toHaveLength(2);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^cli\/overrides\/docs\//);
    expect(results.map((r: { level: string }) => r.level).sort()).toEqual(['error', 'warning']);
    expect(log.runs[0].tool.driver.rules[results[0].ruleIndex].id).toBe(results[0].ruleId);
  });
});

describe('github', () => {
  it('writes one workflow command per problem, escaped', async () => {
    const { stdout } = await cli([...broken, '--format', 'github']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => /^::warning file=cli\/overrides\/docs\/drafts\/draft\.md,line=5,col=\d+/.test(l))).toBe(true);
    expect(lines.some((l) => /^::error file=cli\/overrides\/docs\/final\.md,line=5,col=\d+.*,title=mermaid\/syntax::/.test(l))).toBe(true);
  });
});

describe('junit', () => {
  it('one failing test case per problem', async () => {
    const { stdout } = await cli([...broken, '--format', 'junit']);
    expect(stdout.startsWith('<?xml')).toBe(true);
    expect(stdout.match(/<failure /g)).toHaveLength(2);
    expect(stdout).not.toMatch(/<failure[^>]*message="[^"]*<[^"]*"/);
  });
});

describe('markdown', () => {
  it('summarises counts and rules', async () => {
    const { stdout } = await cli([...broken, '--format', 'markdown']);
    expect(stdout).toMatch(/^## ❌ atlas-lint/);
    expect(stdout).toMatch(/\*\*1 error\*\*, 1 warning/);
    expect(stdout).toMatch(/\| `mermaid\/syntax` \| 2 \|/);
  });
});
