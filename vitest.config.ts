import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests import workspace packages from source, so `vitest` needs no prior build.
export default defineConfig({
  resolve: {
    alias: {
      '@atlas-lint/markdown': src('./packages/markdown/src/index.ts'),
      '@atlas-lint/mermaid': src('./packages/mermaid/src/index.ts'),
      '@atlas-lint/engine': src('./packages/engine/src/index.ts'),
      '@atlas-lint/rules': src('./rules/index.ts'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'rules/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30000,
  },
});
