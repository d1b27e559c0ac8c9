import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { UsageError } from './args.js';

function git(args: string[], cwd: string): string {
  try {
    // Loaded on first use, not imported: only --since and --staged ask git.
    const { execFileSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new UsageError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

const lines = (text: string) => text.split('\0').filter(Boolean);

/**
 * Absolute paths of the files a change touches: with `since`, everything that differs between
 * that ref and the working tree (committed, staged or not) plus untracked files; with `staged`,
 * what is staged for the next commit. Deleted files are left out.
 */
export function changedFiles(cwd: string, mode: { since: string } | { staged: true }): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  // Against the merge base, as a pull request sees it: changes on the target branch are not ours.
  const base = 'since' in mode ? git(['merge-base', mode.since, 'HEAD'], top).trim() : '';
  const names = 'since' in mode
    ? [
        ...lines(git(['diff', '--name-only', '-z', '--diff-filter=d', base, '--'], top)),
        ...lines(git(['ls-files', '--others', '--exclude-standard', '-z'], top)),
      ]
    : lines(git(['diff', '--cached', '--name-only', '-z', '--diff-filter=d', '--'], top));
  return new Set(names.map((name) => resolve(top, name)));
}
