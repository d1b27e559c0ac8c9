import type { Span, SyntaxIssue } from '../../types.js';

/**
 * What Mermaid 11.17.2's gitGraph database throws while mermaid.parse populates it: branches,
 * checkouts, merges and cherry-picks replayed in order (gitGraphDiagram chunk: branch, checkout,
 * merge, cherryPick). Shared by our grammar and the @mermaid-js/parser path (langium-db.ts).
 * Commit ids are only compared, so generated ids are stand-ins that never collide.
 */

export type GitOpKind = 'Commit' | 'Branch' | 'Merge' | 'Checkout' | 'CherryPicking';

/** A statement's values as Langium's AST gives them (strings unquoted, entities still encoded). */
export interface GitOp {
  kind: GitOpKind;
  id?: string | undefined;
  /** Branch: the new branch; Merge, Checkout: the branch named. */
  name?: string | undefined;
  parent?: string | undefined;
  span: Span;
}

export interface Replay {
  issue: SyntaxIssue | null;
  /** False when a name went through DOMPurify's HTML round trip, which we only approximate. */
  exact: boolean;
}

interface GitCommit {
  branch: string;
  merge: boolean;
  parents: string[];
}

interface GitConfig {
  mainBranchName?: unknown;
  htmlLabels?: unknown;
  securityLevel?: unknown;
  dompurifyConfig?: unknown;
}

const ENTITY_VALUES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', equals: '=' };

/**
 * DOMPurify's parse-and-serialise of text whose only tags are `<br/>` (everything else was escaped
 * before): text is entity-decoded and re-escaped, `<br/>` becomes `<br>`. Exact for the entities
 * listed; others make the result an approximation.
 */
function purifyBreaks(text: string): { value: string; exact: boolean } {
  let exact = true;
  const value = text.split('<br/>').map((part) => {
    const decoded = part.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m: string, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        if (!m.endsWith(';') || code === 0 || code > 0x10ffff) exact = false;
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      const known = ENTITY_VALUES[name];
      if (known === undefined || !m.endsWith(';')) exact = false;
      return known ?? m;
    });
    if (/[\0\r]/.test(decoded)) exact = false;
    return decoded.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  }).join('<br>');
  return { value, exact };
}

/**
 * common.sanitizeText(text, gitGraph config) as the database calls it. The config it gets is the
 * gitGraph section, which has no securityLevel: with HTML labels on (the default) `<`, `>` and
 * `=` become entities around `<br>` line breaks (and `#br#`, which turns into one), then
 * DOMPurify leaves a text without `<` untouched.
 */
export function sanitizeName(text: string, git: GitConfig): { value: string; exact: boolean } {
  if (!text) return { value: text, exact: true };
  let exact = git.securityLevel === undefined && git.dompurifyConfig === undefined;
  const html = git.htmlLabels === undefined ? true : git.htmlLabels !== false && git.htmlLabels !== 'false';
  if (html && git.securityLevel !== 'loose') {
    text = text.replace(/<br\s*\/?>/gi, '#br#').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/=/g, '&equals;').replace(/#br#/g, '<br/>');
  } else if (text.includes('<')) exact = false;
  if (!text.includes('<')) return { value: text, exact };
  const purified = purifyBreaks(text);
  return { value: purified.value, exact: exact && purified.exact };
}

export function replayGitGraph(ops: Iterable<GitOp>, config: Record<string, unknown>): Replay {
  const git = (typeof config.gitGraph === 'object' && config.gitGraph !== null ? config.gitGraph : {}) as GitConfig;
  const main = typeof git.mainBranchName === 'string' ? git.mainBranchName : 'main';
  let exact = true;
  const clean = (text: string | undefined): string | undefined => {
    if (text === undefined || !text.includes('<') && !text.includes('>') && !text.includes('=') && !text.includes('#br#')) return text;
    const s = sanitizeName(text, git);
    if (!s.exact) exact = false;
    return s.value;
  };
  const commits = new Map<string, GitCommit>();
  const branches = new Map<string, string | null>([[main, null]]);
  let current = main;
  let head: string | null = null;
  let seq = 0;
  const add = (id: string, commit: GitCommit) => {
    commits.set(id, commit);
    branches.set(current, id);
    head = id;
  };
  for (const op of ops) {
    const fail = (code: string, message: string, hint: string): Replay => ({ issue: { code, message, hint, span: op.span }, exact });
    const id = clean(op.id);
    const name = clean(op.name);
    switch (op.kind) {
      case 'Commit':
        add(id || `\u0000${seq}`, { branch: current, merge: false, parents: head ? [head] : [] });
        seq++;
        break;
      case 'Branch': {
        if (branches.has(name!)) return fail('git-branch-exists', `Branch "${name}" already exists`, `use "checkout ${name}" to switch to it, or pick a new name`);
        branches.set(name!, head);
        current = name!;
        break;
      }
      case 'Checkout': {
        if (!branches.has(name!)) return fail('git-no-branch', `Branch "${name}" does not exist yet`, `create it first with "branch ${name}"`);
        current = name!;
        const at = branches.get(name!);
        head = at && commits.has(at) ? at : null;
        break;
      }
      case 'Merge': {
        const other = name!;
        const currentId = branches.get(current);
        const otherId = branches.get(other);
        const currentCommit = currentId ? commits.get(currentId) : undefined;
        const otherCommit = otherId ? commits.get(otherId) : undefined;
        if (currentCommit && otherCommit && currentCommit.branch === other) return fail('git-merge-self', `Branch "${other}" cannot be merged into itself`, 'merge another branch, or check out the target branch first');
        if (current === other) return fail('git-merge-self', `Branch "${other}" cannot be merged into itself`, 'check out the branch to merge into first');
        if (!currentCommit) return fail('git-merge-empty', `Branch "${current}" has no commits to merge into`, 'add a commit on it first');
        if (!branches.has(other)) return fail('git-no-branch', `Branch "${other}" does not exist`, `create it first with "branch ${other}"`);
        if (!otherCommit) return fail('git-merge-empty', `Branch "${other}" has no commits to merge`, 'add a commit on it first');
        if (currentCommit === otherCommit) return fail('git-merge-same-head', 'Both branches point at the same commit: nothing to merge', 'add a commit on one of them first');
        if (id && commits.has(id)) return fail('git-duplicate-id', `A commit with id "${id}" already exists`, 'give the merge commit a unique id');
        add(id || `\u0000${seq}`, { branch: current, merge: true, parents: head ? [head, otherId!] : [] });
        seq++;
        break;
      }
      case 'CherryPicking': {
        const source = id ? commits.get(id) : undefined;
        if (!source) return fail('git-cherry-pick', `cherry-pick needs the id of an existing commit${id ? ` ("${id}" is unknown)` : ''}`, 'use the id: of a commit written earlier');
        const parent = clean(op.parent);
        if (parent && !source.parents.includes(parent)) return fail('git-cherry-pick', `"${parent}" is not a parent of commit "${id}"`, 'name an immediate parent of the cherry-picked commit');
        if (source.merge && !parent) return fail('git-cherry-pick', `Commit "${id}" is a merge: cherry-pick needs parent: too`, 'add parent: "<id of one of its parents>"');
        if (source.branch === current) return fail('git-cherry-pick', `Commit "${id}" is already on branch "${current}"`, 'check out another branch before cherry-picking');
        const currentId = branches.get(current);
        if (!currentId || !commits.has(currentId)) return fail('git-cherry-pick', `Branch "${current}" has no commits to cherry-pick onto`, 'add a commit on it first');
        add(`\u0000${seq}`, { branch: current, merge: false, parents: head ? [head, id!] : [] });
        seq++;
        break;
      }
    }
  }
  return { issue: null, exact };
}
