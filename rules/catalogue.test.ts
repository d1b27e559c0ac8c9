import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateRuleOptions } from '@atlas-lint/engine';
import { presets, rules } from './index.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

describe('rule catalogue', () => {
  it('every rule has one file, a doc page, tests and valid default options', () => {
    for (const rule of rules) {
      const { id, docs, description } = rule.meta;
      expect(docs, id).toBe(`rules/${id}.md`);
      expect(existsSync(repo + docs), `${id}: doc page`).toBe(true);
      expect(existsSync(`${repo}rules/${id}.ts`), `${id}: one file per rule`).toBe(true);
      const dir = `${repo}rules/${id.split('/')[0]}`;
      const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
      expect(tests.some((t) => t === `${id.split('/')[1]}.test.ts` || id.startsWith('tracking/')), `${id}: tests beside it`).toBe(true);
      expect(description.length, id).toBeGreaterThan(10);
      expect('options' in validateRuleOptions(rule, undefined), `${id}: default options pass its schema`).toBe(true);
    }
    expect(new Set(rules.map((r) => r.meta.id)).size).toBe(rules.length);
  });

  it('rejects an unknown option on every rule (schemas are closed)', () => {
    for (const rule of rules) expect('path' in validateRuleOptions(rule, { noSuchOption: 1 }), rule.meta.id).toBe(true);
  });

  it('presets name every rule; strict makes them errors', () => {
    for (const rule of rules) {
      const id = rule.meta.id;
      const recommended = presets['atlas-lint:recommended']!;
      const scoped = recommended.overrides!.find((o) => o.rules && id in o.rules);
      expect(recommended.rules![id] ?? scoped, id).toBeDefined();
    }
    expect(Object.values(presets['atlas-lint:strict']!.rules!).filter((s) => s !== 'off').every((s) => s === 'error')).toBe(true);
  });
});
