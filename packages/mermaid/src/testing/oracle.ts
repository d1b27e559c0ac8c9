import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The oracle: mermaid 11.17.2 itself, in jsdom.
import { mermaidVerdict } from '../../../../scripts/lib/mermaid-oracle.mjs';
import { preprocess } from '../preprocess.js';
import type { GrammarResult } from '../types.js';

/**
 * Test harness shared by the exact grammars: every claim of agreement with Mermaid is checked
 * against Mermaid itself, never against a verdict written into the test.
 */
export type GrammarUnderTest = (cleaned: string) => GrammarResult<unknown>;

/** The grammar applied as the dispatcher applies it: to the text Mermaid's preprocessing leaves. */
export const parseWith = (grammar: GrammarUnderTest) => (text: string) => grammar(preprocess(text).cleaned);

/**
 * fixtures/syntax/<folder>/<feature>.valid.mmd and .invalid.mmd: each file's label must be
 * Mermaid's verdict and ours (the grammar applied to the preprocessed text), with at most one
 * error reported.
 */
export function describeFixtureLabels(folder: string, title: string, grammar: GrammarUnderTest, minFeatures: number): void {
  describeFixtureVerdicts(folder, title, parseWith(grammar), minFeatures);
}

/** describeFixtureLabels with `parse` reading the whole diagram text (e.g. parseDiagramSync: front matter and config included). */
export function describeFixtureVerdicts(folder: string, title: string, parse: (text: string) => { errors: { code: string; message: string }[] }, minFeatures: number): void {
  const dir = fileURLToPath(new URL(`../../../../fixtures/syntax/${folder}/`, import.meta.url));
  const fixtures = readdirSync(dir).filter((f) => f.endsWith('.mmd')).sort();
  describe(`${title} fixtures: file label = Mermaid verdict = our verdict`, () => {
    it('has a valid and an invalid form of each feature', () => {
      const features = new Set(fixtures.map((f) => f.replace(/\.(valid|invalid)\.mmd$/, '')));
      for (const feature of features) {
        expect(fixtures).toContain(`${feature}.valid.mmd`);
        expect(fixtures).toContain(`${feature}.invalid.mmd`);
      }
      expect(features.size).toBeGreaterThan(minFeatures);
    });
    for (const file of fixtures) {
      it(file, async () => {
        const text = readFileSync(dir + file, 'utf8');
        const label = file.includes('.valid.');
        const mermaid = await mermaidVerdict(text);
        expect(mermaid.valid, `Mermaid's verdict on ${file}: ${mermaid.message}`).toBe(label);
        const ours = parse(text);
        expect(ours.errors.length === 0, ours.errors.map((e) => `${e.code}: ${e.message}`).join('; ')).toBe(label);
        expect(ours.errors.length).toBeLessThanOrEqual(1);
      });
    }
  });
}

/** Probed texts (quirks of Mermaid's lexer, grammar and database): our verdict must be Mermaid's. */
export function describeOracleCases(title: string, cases: string[], grammar: GrammarUnderTest): void {
  const parse = parseWith(grammar);
  describe(title, () => {
    for (const text of cases) {
      it(JSON.stringify(text).slice(0, 80), async () => {
        const mermaid = await mermaidVerdict(text);
        const ours = parse(text);
        expect(ours.errors.length === 0, `Mermaid: ${mermaid.message} / ours: ${ours.errors[0]?.message}`).toBe(mermaid.valid);
      });
    }
  });
}
