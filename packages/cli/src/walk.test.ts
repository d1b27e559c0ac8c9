import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { globby } from 'globby';
import { afterAll, describe, expect, it } from 'vitest';
import { globbyOptions, LINTED_EXTENSIONS } from './discover.js';
import { walkFolder } from './walk.js';

const root = mkdtempSync(join(tmpdir(), 'atlas-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A tree with the ignore-file cases people write (and globby's own quirks), as path → content. */
const tree: Record<string, string> = {
  '.gitignore': 'build/\n*.draft.md\n!keep.draft.md\n# a comment\n\n/top-only.md\nCAPS.md\nspaced.md   \n*.tmp.md\n',
  'a.md': '', 'top-only.md': '', 'x.draft.md': '', 'keep.draft.md': '', 'caps.md': '', 'spaced.md': '',
  'notes.markdown': '', 'flow.mermaid': '', 'U.MD': '', 'plain.txt': '', '.dotted.md': '',
  'build/b.md': '',
  'sub/top-only.md': '', 'sub/d.mmd': '', 'sub/deep/c.mmd': '', 'sub/local.md': '', 'sub/deep/local.md': '',
  'sub/.atlas-lintignore': '*.mmd\n',
  'sub/.gitignore': 'local.md\n',
  'crlf/.gitignore': 'x.md\r\ny.md\r\n', 'crlf/x.md': '', 'crlf/y.md': '', 'crlf/z.md': '',
  'child/keep.tmp.md': '', 'child/drop.tmp.md': '', 'child/.gitignore': '!keep.tmp.md\n',
  'node_modules/pkg/readme.md': '', '.hidden/e.md': '', '.hidden/.gitignore': '*\n',
  'coverage/.gitignore': '*.md\n', 'coverage/g.md': '', 'coverage/inner/.gitignore': '*.md\n', 'coverage/inner/h.md': '',
  'flow-typed/.atlas-lintignore': 'i.md\n', 'flow-typed/i.md': '',
  'dir.md/inside.md': '',
};

for (const [path, content] of Object.entries(tree)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
symlinkSync(join(root, 'a.md'), join(root, 'link.md'));
symlinkSync(join(root, 'sub'), join(root, 'linked-folder'));

describe('walkFolder finds what globby finds for a folder, in one walk', () => {
  it('applies .gitignore and .atlas-lintignore files as globby 14 does', async () => {
    const expected = (await globby(`**/*.{${LINTED_EXTENSIONS.join(',')}}`, { ...globbyOptions, cwd: root })).sort();
    const walked = walkFolder(root, LINTED_EXTENSIONS).sort();
    expect(walked).toEqual(expected);
    const relative = walked.map((path) => path.slice(root.length + 1));
    // The cases are live: some files kept, some dropped by each kind of line.
    expect(relative).toEqual(expect.arrayContaining(['a.md', 'keep.draft.md', 'sub/top-only.md', 'crlf/z.md', 'coverage/g.md', 'dir.md/inside.md', 'child/keep.tmp.md']));
    for (const dropped of ['x.draft.md', 'top-only.md', 'caps.md', 'build/b.md', 'sub/d.mmd', 'sub/local.md', 'crlf/x.md', 'crlf/y.md', 'child/drop.tmp.md', 'link.md', 'U.MD']) {
      expect(relative).not.toContain(dropped);
    }
  });

  it('answers for a folder given with a trailing slash, and for an empty or missing one', () => {
    expect(walkFolder(`${root}/crlf/`, LINTED_EXTENSIONS)).toEqual([`${root}/crlf/z.md`]);
    expect(walkFolder(join(root, 'missing'), LINTED_EXTENSIONS)).toEqual([]);
  });
});
