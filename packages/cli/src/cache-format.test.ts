import { describe, expect, it } from 'vitest';
import { packEntries, unpackEntries } from './cache-format.js';

const summaries = [{ index: 0, line: 3, type: 'flowchart-v2', valid: false, errorCount: 1, warningCount: 0, ids: ['AT-1'] }];
const warning = { ruleId: 'atlas/accessibility', severity: 1, message: 'No accessible title', line: 3, column: 1, hint: 'add accTitle', diagram: 0, endLine: 3, endColumn: 9 };
const entries = {
  '/docs/a.md': {
    key: 'k1', config: 'c1', stamp: { size: 10, mtimeMs: 1.5 },
    result: {
      filePath: 'docs/a.md',
      messages: [warning, { ruleId: 'mermaid/syntax', severity: 2, message: 'Unclosed [', line: 4, column: 7, diagram: 0, endLine: 4, endColumn: 8, fix: { range: [1, 2], text: '"x"' } }],
      suppressedMessages: [{ ...warning, suppressions: [{ kind: 'directive', justification: '' }] }],
      errorCount: 1, warningCount: 1, diagrams: summaries,
    },
    project: { path: '/docs/a.md', relativePath: 'docs/a.md', frontMatter: null, diagrams: summaries },
  },
  '/docs/b.md': {
    key: 'k2',
    result: { filePath: 'docs/b.md', messages: [{ ruleId: null, severity: 2, fatal: true, message: 'Unreadable', line: 1, column: 1 }, warning], errorCount: 1, warningCount: 1, diagrams: [] },
    project: { path: '/docs/b.md', relativePath: 'docs/b.md', frontMatter: { title: 'B' }, diagrams: [{ ...summaries[0], line: 9, ids: ['BT-2'] }] },
  },
};

describe('the cache file layout', () => {
  const stored = JSON.stringify(packEntries(structuredClone(entries)));
  const read = unpackEntries(JSON.parse(stored));

  it('reads back every entry as it was, keys in their order (reports from the cache match fresh ones)', () => {
    expect(read).toEqual(entries);
    expect(JSON.stringify(read)).toBe(JSON.stringify(entries));
  });

  it('stores repeated texts and shared summaries once', () => {
    expect(stored.split('No accessible title').length - 1).toBe(1);
    expect(stored.split('"AT-1"').length - 1).toBe(1);
    expect(read['/docs/a.md']!.project).toHaveProperty('diagrams', (read['/docs/a.md']!.result as { diagrams: unknown }).diagrams);
    // b's project summaries differ from its result's: both kept.
    expect((read['/docs/b.md']!.project as { diagrams: unknown[] }).diagrams).toHaveLength(1);
  });
});
