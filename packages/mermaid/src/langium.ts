import type { GenericAst, Label, Span, SyntaxIssue } from './types.js';

/**
 * Diagram types whose grammar Mermaid 11.17.2 keeps in @mermaid-js/parser 1.2.1 (Langium). For
 * the ones listed in LANGIUM_DECIDES we run that same parser (loaded only when such a diagram
 * appears) and then what Mermaid's database does with the result (pie: no negative slice;
 * packet: contiguous, ordered, non-empty blocks; info: nothing). The other Langium types
 * (gitGraph, architecture, radar, treemap, treeView, …) have databases with many more checks, or
 * rewrite the text before parsing: Mermaid itself judges those (delegate.ts).
 */
export const LANGIUM_DECIDES = ['pie', 'info', 'packet'] as const;
export type LangiumType = (typeof LANGIUM_DECIDES)[number];

export function isLangiumDecided(type: string | null): type is LangiumType {
  return (LANGIUM_DECIDES as readonly string[]).includes(type ?? '');
}

interface CstNode {
  offset: number;
  end: number;
}
interface LangiumNode {
  $cstNode?: CstNode;
}
interface PieAst extends LangiumNode {
  title?: string;
  accTitle?: string;
  accDescr?: string;
  sections: (LangiumNode & { label: string; value: number })[];
}
interface PacketAst extends LangiumNode {
  title?: string;
  accTitle?: string;
  accDescr?: string;
  blocks: (LangiumNode & { start?: number; end?: number; bits?: number; label: string })[];
}

interface ParserModule {
  parse(type: string, text: string): Promise<unknown>;
}
let parserModule: Promise<ParserModule> | undefined;

/** Mermaid's entity pre-encoding (all types): `#word;` becomes private marker characters. */
export function encodeEntities(text: string): string {
  return text
    .replace(/style.*:\S*#.*;/g, (s) => s.slice(0, -1))
    .replace(/classDef.*:\S*#.*;/g, (s) => s.slice(0, -1))
    .replace(/#\w+;/g, (s) => {
      const inner = s.slice(1, -1);
      return /^\+?\d+$/.test(inner) ? `\uFB02\u00B0\u00B0${inner}\u00B6\u00DF` : `\uFB02\u00B0${inner}\u00B6\u00DF`;
    });
}

/** Offset of a 1-based line and 1-based column in `text`. */
function lineOffset(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/**
 * Encoding changes lengths (`#35;` → 5 marker characters), so a Langium offset is only an offset
 * of `cleaned` while no entity precedes it; past one, it is clamped to the text.
 */
function spanOf(node: LangiumNode, cleaned: string): Span {
  const cst = node.$cstNode;
  if (!cst) return { start: 0, end: 0 };
  return { start: Math.min(cst.offset, cleaned.length), end: Math.min(cst.end, cleaned.length) };
}

/** The first of Langium's errors, as one SyntaxIssue on the cleaned text. */
function parseFailure(type: LangiumType, cleaned: string, error: unknown): SyntaxIssue {
  const message = String((error as Error).message ?? error);
  const at = /line (\d+), column (\d+)/.exec(message);
  const offset = at ? lineOffset(cleaned, Number(at[1]), Number(at[2])) : 0;
  const first = message.replace(/^Parsing failed:\s*/, '').split('\n')[0]!;
  const detail = first.replace(/^(Lexer|Parse) error on line \d+, column \d+: /, '');
  const hints: Record<LangiumType, string> = {
    pie: 'slices are written "label" : number (quoted label, plain number)',
    packet: 'blocks are written start-end: "label" or +bits: "label"',
    info: 'an info diagram is the word info, optionally followed by showInfo',
  };
  return {
    code: 'syntax',
    message: `Mermaid cannot parse this ${type} diagram: ${detail}`,
    hint: hints[type],
    span: { start: offset, end: Math.min(cleaned.length, offset + 1) },
  };
}

function label(text: string, span: Span): Label {
  return { raw: text, text, quoted: true, markdown: false, span };
}

/** What pie's database (addSection) refuses after a successful parse. */
function checkPie(result: PieAst, cleaned: string, ast: GenericAst): SyntaxIssue[] {
  const errors: SyntaxIssue[] = [];
  for (const section of result.sections) {
    const span = spanOf(section, cleaned);
    ast.texts.push(label(section.label, span));
    if (section.value < 0 && errors.length === 0) {
      errors.push({ code: 'negative-slice', message: `"${section.label}" has a negative value (${section.value}): pie slices must be ≥ 0`, hint: 'use a value of 0 or more', span });
    }
  }
  return errors;
}

/** What packet's populate() refuses: blocks must follow each other without gaps and hold ≥ 1 bit. */
function checkPacket(result: PacketAst, cleaned: string, ast: GenericAst): SyntaxIssue[] {
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
}

/** Parses with @mermaid-js/parser as Mermaid does, then applies the database's checks. */
export async function parseWithLangium(type: LangiumType, cleaned: string): Promise<{ ast: GenericAst; errors: SyntaxIssue[] }> {
  parserModule ??= import('@mermaid-js/parser') as Promise<ParserModule>;
  const { parse } = await parserModule;
  const ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  let result: PieAst & PacketAst;
  try {
    // Mermaid's Diagram.fromText: entities encoded, a newline appended.
    result = (await parse(type, `${encodeEntities(cleaned)}\n`)) as PieAst & PacketAst;
  } catch (error) {
    return { ast, errors: [parseFailure(type, cleaned, error)] };
  }
  const errors = type === 'pie' ? checkPie(result, cleaned, ast) : type === 'packet' ? checkPacket(result, cleaned, ast) : [];
  const whole = { start: 0, end: 0 };
  if (result.title) ast.title = { text: result.title, span: whole };
  if (result.accTitle) ast.accTitle = { text: result.accTitle, span: whole };
  if (result.accDescr) ast.accDescr = { text: result.accDescr, span: whole };
  return { ast, errors };
}
