import type { GenericAst, Label, Span, SyntaxIssue } from './types.js';

/**
 * What Mermaid 11.17.2's databases refuse after @mermaid-js/parser accepted a diagram, for the
 * Langium types we judge ourselves (read from the bundle's packet diagram chunk). Each check also collects the texts a person reads into the GenericAst.
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
