import type { StateRecord } from './parser.js';

/**
 * The one check Mermaid's state database makes while mermaid.parse runs (setRootDoc → extract →
 * dataFetcher): a state with a `{ … }` body is drawn as a group, and a group's label must be one
 * text. The node builder gives every state id its sanitised id as a first label; the first
 * description replaces it when the sanitised id equals the id, any later one is appended. So a
 * group that ends up with two or more label parts ("Group nodes can only have label") throws.
 * DOMPurify returns a text without `<` unchanged, so only ids holding `<` keep their id label.
 */

/** Ids the node builder never adds as nodes. */
const SKIPPED = new Set(['', '</join></fork>', '</choice>']);

interface NodeLabel {
  parts: number;
  described: boolean;
  group: boolean;
  /** The statement that added the last description. */
  blame: StateRecord | null;
}

export function groupWithDescriptions(records: StateRecord[]): StateRecord | null {
  const nodes = new Map<string, NodeLabel>();
  for (const record of records) {
    let node = nodes.get(record.id);
    if (!node) {
      node = { parts: record.id.includes('<') ? 1 : 0, described: false, group: false, blame: null };
      nodes.set(record.id, node);
    }
    if (record.descriptions.length > 0) {
      node.described = true;
      node.parts += record.descriptions.length;
      node.blame = record;
    }
    if (record.group) node.group = true;
  }
  for (const [id, node] of nodes) {
    if (node.group && node.described && node.parts >= 2 && !SKIPPED.has(id)) return node.blame;
  }
  return null;
}
