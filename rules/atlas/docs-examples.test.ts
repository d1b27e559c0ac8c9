import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rule } from '@atlas-lint/engine';
import { atlasRules } from './index.js';
import { lintWithRule } from '../testing/rule-tester.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The first fenced block after "Wrong:" / "Right:" in a rule's doc page, as Markdown to lint. */
function example(doc: string, which: 'Wrong' | 'Right'): string {
  const after = doc.slice(doc.indexOf(`${which}:`));
  const m = /^(`{3,}|~{3,})(\w*)\n([\s\S]*?)\n\1$/m.exec(after);
  if (!m) throw new Error(`no ${which} example`);
  return m[2] === 'markdown' ? m[3]! : `\`\`\`mermaid\n${m[3]}\n\`\`\`\n`;
}

// The examples in the docs are what users copy: the wrong one must be reported, the right one not.
describe('doc page examples of the plane and production-data rules', () => {
  for (const rule of atlasRules as Rule<never>[]) {
    const doc = readFileSync(repo + rule.meta.docs, 'utf8');
    it(`${rule.meta.id}: "Wrong" is reported, "Right" is not`, async () => {
      const wrong = await lintWithRule(rule, { code: example(doc, 'Wrong') });
      const right = await lintWithRule(rule, { code: example(doc, 'Right') });
      expect(wrong.messages.length).toBeGreaterThan(0);
      expect(right.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
    });
  }
});
