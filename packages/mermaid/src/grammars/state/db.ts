import type { StateRecord } from './parser.js';

/**
 * The one check Mermaid's state database makes while mermaid.parse runs (setRootDoc → extract →
 * dataFetcher): a state with a `{ … }` body is drawn as a group, and a group's label must be one
 * text. The node builder gives every state id its sanitised id as a first label; the first
 * description replaces it when the sanitised id equals the id, any later one is appended. So a
 * group that ends up with two or more label parts ("Group nodes can only have label") throws.
 * DOMPurify returns a text without `<` unchanged, so only ids holding `<` can keep their id label:
 * those its HTML round trip changes (see keepsIdLabel).
 */

/** Phrasing tags DOMPurify keeps and the HTML parser nests freely; `br` is void. */
const INLINE_TAGS = new Set(['b', 'i', 'u', 's', 'em', 'strong', 'span', 'sub', 'sup', 'small', 'code', 'mark', 'del', 'ins', 'q', 'abbr', 'kbd', 'var', 'samp', 'big', 'tt', 'cite', 'dfn',
  'p', 'div', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Ids DOMPurify empties: script elements only. */
const EMPTIED = /^(?:<script>[^<]*<\/script>)+$/;
const TAG = /<(\/?)([a-z][a-z0-9]*)>/g;

/**
 * Does the sanitised id differ from the id (so it stays as a first label part)? Only for ids
 * holding `<`; equal when the id is text and balanced lower-case inline tags (what serialising
 * the parsed HTML gives back unchanged). Anything else (attributes, unknown or unclosed tags,
 * `&`, upper case) counts as changed.
 */
export function sanitisedIdDiffers(id: string): boolean {
  if (!id.includes('<')) return false;
  const open: string[] = [];
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(id); m; m = TAG.exec(id)) {
    if (/[<>&\u00a0]/.test(id.slice(last, m.index))) return true;
    last = m.index + m[0].length;
    const name = m[2]!;
    if (name === 'br' && !m[1]) continue;
    if (!INLINE_TAGS.has(name)) return true;
    if (!m[1]) open.push(name);
    else if (open.pop() !== name) return true;
  }
  return open.length > 0 || /[<>&\u00a0]/.test(id.slice(last));
}

/** Ids the node builder never adds as nodes. */
const SKIPPED = new Set(['', '</join></fork>', '</choice>']);

interface NodeLabel {
  /** The label is still one string: the id itself, another text, or empty (then a description replaces it). */
  single: 'id' | 'other' | 'empty' | null;
  /** Parts once the label is a list. */
  parts: number;
  group: boolean;
  /** The statement that added the last description. */
  blame: StateRecord | null;
}

export function groupWithDescriptions(records: StateRecord[]): StateRecord | null {
  const nodes = new Map<string, NodeLabel>();
  for (const record of records) {
    let node = nodes.get(record.id);
    if (!node) {
      node = { single: EMPTIED.test(record.id) ? 'empty' : sanitisedIdDiffers(record.id) ? 'other' : 'id', parts: 0, group: false, blame: null };
      nodes.set(record.id, node);
    }
    const added = record.descriptions.length;
    if (added > 0) {
      node.blame = record;
      if (node.single === null) node.parts += added;
      else if (node.single === 'empty' && !record.list) node.single = 'other';
      else {
        node.parts = (node.single === 'other' ? 1 : 0) + added;
        node.single = null;
      }
    }
    if (record.group) node.group = true;
  }
  for (const [id, node] of nodes) {
    if (node.group && node.single === null && node.parts >= 2 && !SKIPPED.has(id)) return node.blame;
  }
  return null;
}
