import type { GenericAst, Label, Span, SyntaxIssue } from './types.js';

/**
 * What Mermaid 11.17.2's databases refuse after @mermaid-js/parser accepted a diagram, for the
 * Langium types we judge ourselves (read from the bundle's packet diagram and gitGraphDiagram
 * chunks). Each check also collects the texts a person reads into the GenericAst.
 * A check returns null when it cannot be sure (then Mermaid itself judges).
 */

export interface LangiumNode {
  $type?: string;
  $cstNode?: { offset: number; end: number };
}

export type Check<A> = (result: A, cleaned: string, ast: GenericAst, config: Record<string, unknown>) => SyntaxIssue[] | null;

/**
 * Entity encoding changes lengths (`#35;` → 5 marker characters), so a Langium offset is only an
 * offset of `cleaned` while no entity precedes it; past one it is clamped to the text.
 */
export function spanOf(node: LangiumNode, cleaned: string): Span {
  const cst = node.$cstNode;
  if (!cst) return { start: 0, end: 0 };
  return { start: Math.min(cst.offset, cleaned.length), end: Math.min(cst.end, cleaned.length) };
}

function label(text: string, span: Span): Label {
  return { raw: text, text, quoted: true, markdown: false, span };
}

// ---------------------------------------------------------------- packet

export interface PacketAst extends LangiumNode {
  blocks: (LangiumNode & { start?: number; end?: number; bits?: number; label: string })[];
}

/** packet's populate(): blocks must follow each other without gaps and hold at least one bit. */
export const checkPacket: Check<PacketAst> = (result, cleaned, ast) => {
  const errors: SyntaxIssue[] = [];
  let lastBit = -1;
  for (const block of result.blocks) {
    const span = spanOf(block, cleaned);
    ast.texts.push(label(block.label, span));
    if (errors.length > 0) continue;
    let { start, end } = block;
    const { bits } = block;
    if (start !== undefined && end !== undefined && end < start) {
      errors.push({ code: 'packet-range', message: `Packet block ${start} - ${end} ends before it starts`, hint: 'write the lower bit first', span });
      continue;
    }
    start ??= lastBit + 1;
    if (start !== lastBit + 1) {
      errors.push({ code: 'packet-gap', message: `Packet block ${start} - ${end ?? start} does not follow the previous block: it should start at bit ${lastBit + 1}`, hint: 'blocks must be contiguous and in order', span });
      continue;
    }
    if (bits === 0) {
      errors.push({ code: 'packet-empty', message: `Packet block ${start} has zero bits`, hint: 'a block needs at least one bit', span });
      continue;
    }
    end ??= start + (bits ?? 1) - 1;
    lastBit = end;
  }
  return errors;
};

// ---------------------------------------------------------------- gitGraph

type GitStatement = LangiumNode & { id?: string; message?: string; tags?: string[]; type?: string; name?: string; branch?: string; parent?: string };
export interface GitGraphAst extends LangiumNode {
  statements: GitStatement[];
}

interface GitCommit {
  branch: string;
  merge: boolean;
  parents: string[];
}

/**
 * gitGraph's database replayed: branches, checkouts, merges and cherry-picks in order, with its
 * errors. Commit ids are only compared, so generated ids are stand-ins that never collide.
 */
export const checkGitGraph: Check<GitGraphAst> = (result, cleaned, ast, config) => {
  const git = (config.gitGraph ?? {}) as { mainBranchName?: unknown };
  const main = typeof git.mainBranchName === 'string' ? git.mainBranchName : 'main';
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
  for (const statement of result.statements) {
    const span = spanOf(statement, cleaned);
    if (statement.message) ast.texts.push(label(statement.message, span));
    for (const tag of statement.tags ?? []) ast.texts.push(label(tag, span));
    const names = [statement.id, statement.name, statement.branch, statement.parent];
    // Mermaid sanitises names as HTML first; names with markup are left to Mermaid itself.
    if (names.some((n) => n !== undefined && /[<>&]/.test(n))) return null;
    const fail = (code: string, message: string, hint: string): SyntaxIssue[] => [{ code, message, hint, span }];
    switch (statement.$type) {
      case 'Commit':
        add(statement.id || `\u0000${seq}`, { branch: current, merge: false, parents: head ? [head] : [] });
        seq++;
        break;
      case 'Branch': {
        const name = statement.name!;
        if (branches.has(name)) return fail('git-branch-exists', `Branch "${name}" already exists`, `use "checkout ${name}" to switch to it, or pick a new name`);
        branches.set(name, head);
        current = name;
        head = branches.get(name) ?? null;
        break;
      }
      case 'Checkout': {
        const name = statement.branch!;
        if (!branches.has(name)) return fail('git-no-branch', `Branch "${name}" does not exist yet`, `create it first with "branch ${name}"`);
        current = name;
        const id = branches.get(name);
        head = id && commits.has(id) ? id : null;
        break;
      }
      case 'Merge': {
        const other = statement.branch!;
        const currentId = branches.get(current);
        const otherId = branches.get(other);
        const currentCommit = currentId ? commits.get(currentId) : undefined;
        const otherCommit = otherId ? commits.get(otherId) : undefined;
        if (currentCommit && otherCommit && currentCommit.branch === other) return fail('git-merge-self', `Branch "${other}" cannot be merged into itself`, 'merge another branch, or check out the target branch first');
        if (current === other) return fail('git-merge-self', `Branch "${other}" cannot be merged into itself`, 'check out the branch to merge into first');
        if (!currentCommit) return fail('git-merge-empty', `Branch "${current}" has no commits to merge into`, 'add a commit on it first');
        if (!branches.has(other)) return fail('git-no-branch', `Branch "${other}" does not exist`, `create it first with "branch ${other}"`);
        if (!otherCommit) return fail('git-merge-empty', `Branch "${other}" has no commits to merge`, 'add a commit on it first');
        if (currentCommit === otherCommit) return fail('git-merge-same-head', `Both branches point at the same commit: nothing to merge`, 'add a commit on one of them first');
        if (statement.id && commits.has(statement.id)) return fail('git-duplicate-id', `A commit with id "${statement.id}" already exists`, 'give the merge commit a unique id');
        add(statement.id || `\u0000${seq}`, { branch: current, merge: true, parents: head ? [head, otherId!] : [] });
        seq++;
        break;
      }
      case 'CherryPicking': {
        const source = statement.id ? commits.get(statement.id) : undefined;
        if (!source) return fail('git-cherry-pick', `cherry-pick needs the id of an existing commit${statement.id ? ` ("${statement.id}" is unknown)` : ''}`, 'use the id: of a commit written earlier');
        const parent = statement.parent;
        if (parent && !source.parents.includes(parent)) return fail('git-cherry-pick', `"${parent}" is not a parent of commit "${statement.id}"`, 'name an immediate parent of the cherry-picked commit');
        if (source.merge && !parent) return fail('git-cherry-pick', `Commit "${statement.id}" is a merge: cherry-pick needs parent: too`, 'add parent: "<id of one of its parents>"');
        if (source.branch === current) return fail('git-cherry-pick', `Commit "${statement.id}" is already on branch "${current}"`, 'check out another branch before cherry-picking');
        const currentId = branches.get(current);
        if (!currentId || !commits.has(currentId)) return fail('git-cherry-pick', `Branch "${current}" has no commits to cherry-pick onto`, 'add a commit on it first');
        add(`\u0000${seq}`, { branch: current, merge: false, parents: head ? [head, statement.id!] : [] });
        seq++;
        break;
      }
      default:
        break;
    }
  }
  return [];
};
