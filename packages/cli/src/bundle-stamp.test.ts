import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleIsFresh } from '../bin/bundle-stamp.js';

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A CLI package folder (packages/cli beside packages/engine) with a bundle stamped at `builtAt`. */
function packageWithBundle(builtAt: number | null): { cli: string; url: URL } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-bundle-stamp-'));
  scratch.push(root);
  const cli = join(root, 'packages/cli');
  mkdirSync(join(cli, 'bundle'), { recursive: true });
  mkdirSync(join(root, 'packages/engine'), { recursive: true });
  if (builtAt !== null) writeFileSync(join(cli, 'bundle/stamp.json'), JSON.stringify({ builtAt }));
  return { cli, url: pathToFileURL(`${cli}/`) };
}

const buildAt = (file: string, ms: number) => {
  writeFileSync(file, '{}');
  utimesSync(file, ms / 1000, ms / 1000);
};

describe('the launcher runs the bundle only while it is newer than the TypeScript build', () => {
  const now = Date.now();

  it('is fresh when every build info is older than the stamp, or absent (an installed copy)', () => {
    const { cli, url } = packageWithBundle(now);
    expect(bundleIsFresh(url)).toBe(true);
    buildAt(join(cli, 'tsconfig.tsbuildinfo'), now - 60_000);
    buildAt(join(cli, '../engine/tsconfig.tsbuildinfo'), now - 60_000);
    expect(bundleIsFresh(url)).toBe(true);
  });

  it('is stale once `tsc -b` rewrites any project after the bundle was made', () => {
    const { cli, url } = packageWithBundle(now);
    buildAt(join(cli, 'tsconfig.tsbuildinfo'), now - 60_000);
    buildAt(join(cli, '../engine/tsconfig.tsbuildinfo'), now + 60_000);
    expect(bundleIsFresh(url)).toBe(false);
  });

  it('is stale without a stamp (no bundle, or a half-written one)', () => {
    expect(bundleIsFresh(packageWithBundle(null).url)).toBe(false);
  });
});
