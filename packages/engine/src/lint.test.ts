import { describe, expect, it, vi } from 'vitest';

// A diagram that makes our parser throw stands for any bug or limit we do not know of yet: there
// is no known input that does it (that is the point), so the failure is injected for one text.
vi.mock('@atlas-lint/mermaid', async (importOriginal) => {
  const real = await importOriginal<typeof import('@atlas-lint/mermaid')>();
  return {
    ...real,
    parseDiagram: async (text: string, options?: Parameters<typeof real.parseDiagram>[1]) => {
      if (text.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
      return real.parseDiagram(text, options);
    },
  };
});

const { lintText } = await import('./lint.js');
const { ruleMap } = await import('@atlas-lint/rules');

describe('a diagram our parser fails on', () => {
  it('becomes one fatal message at the diagram; the other diagrams are still linted', async () => {
    const source = ['# Page', '', '```mermaid', 'flowchart LR', '  BOOM --> B', '```', '', '```mermaid', 'flowchart LR', '  A[x (y)] --> B', '```', ''].join('\n');
    const { result } = await lintText(source, {
      filePath: 'page.md', relativePath: 'page.md', rules: ruleMap, settings: { configDir: '' },
      ruleSettings: new Map([['mermaid/syntax', { level: 2, options: {} }]]),
    });
    const fatal = result.messages.filter((m) => m.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ ruleId: null, severity: 2, line: 4, column: 1 });
    expect(fatal[0]!.message).toMatch(/Cannot check this diagram \(it is nested or sized beyond/);
    expect(result.messages.filter((m) => m.ruleId === 'mermaid/syntax').map((m) => m.line)).toEqual([10]);
    expect(result.diagrams.map((d) => d.valid)).toEqual([false, false]);
  });
});
