import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintProject, validateRuleOptions } from '@atlas-lint/engine';
import rule from './system-pages.js';

function tree(pages: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'system-pages-'));
  mkdirSync(join(root, 'systems/acme'), { recursive: true });
  for (const page of pages) writeFileSync(join(root, 'systems/acme', page), '# x\n');
  return root;
}

function run(root: string, pages: string[]) {
  const files = pages.map((p) => ({ path: join(root, 'systems/acme', p), relativePath: `systems/acme/${p}`, frontMatter: null, diagrams: [] }));
  const meta = rule.meta;
  return lintProject({ root, files, rules: new Map([[meta.id, rule as never]]), ruleSettings: new Map([[meta.id, { level: 1, options: meta.defaultOptions as Record<string, unknown> }]]), settings: { configDir: root } });
}

const all = ['architecture.md', 'request-flow.md', 'storage-architecture.md', 'failure-domains.md', 'scale-evolution.md', 'cost-breakdown.md', 'novel-solutions.md', 'production-operations.md'];

describe('structure/system-pages', () => {
  it('valid: a system folder with its eight pages', () => {
    expect([...run(tree(all), all).values()].flat()).toEqual([]);
  });
  it('invalid: missing pages and an off-pattern page, reported at the folder\'s first page and at the page', () => {
    const pages = ['architecture.md', 'request-flow.md', 'storage.md'];
    const out = run(tree(pages), pages);
    expect(out.get('systems/acme/architecture.md')?.[0]?.message).toMatch(/lacks 6 of the 8 system pages: storage-architecture\.md/);
    expect(out.get('systems/acme/storage.md')?.[0]?.message).toMatch(/storage\.md is not one of the system pages/);
  });
  it('pages that exist on disk but were not linted count as present', () => {
    const out = run(tree(all), ['architecture.md']);
    expect([...out.values()].flat()).toEqual([]);
  });
  it('rejects a bad option', () => {
    expect(validateRuleOptions(rule as never, { requiredPages: ['index.html'] })).toMatchObject({ path: 'requiredPages[0]' });
  });
});
