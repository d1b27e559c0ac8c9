import { expect } from 'vitest';

/**
 * Asserts that pathological input finishes, not that it is fast (benchmarks measure speed): at
 * the sizes the tests use (a 1 MB line, 100,000 lines) a linear pass takes well under a second
 * and a quadratic one minutes, so the generous bound fails only on a blow-up, whatever the load
 * on the machine.
 */
export function expectNoBlowUp<T>(run: (text: string) => T, text: string, seconds = 20): T {
  const start = performance.now();
  const result = run(text);
  const elapsed = (performance.now() - start) / 1000;
  expect(elapsed, `${(text.length / 1e6).toFixed(1)} MB took ${elapsed.toFixed(1)} s`).toBeLessThan(seconds);
  return result;
}
