import { checkPacket, type Check } from './langium-db.js';
import { humaniseLangiumMessage } from './messages.js';
import type { GenericAst, SyntaxIssue } from './types.js';

/**
 * Diagram types whose grammar Mermaid 11.17.2 keeps in @mermaid-js/parser 1.2.1 (Langium). For
 * the ones listed in LANGIUM_DECIDES we run that same parser (loaded only when such a diagram
 * appears) and then what Mermaid's database does with the result (packet: contiguous, ordered,
 * non-empty blocks; info: nothing; see langium-db.ts). The other Langium types (architecture,
 * radar, treemap, treeView, …) have databases with many more checks, or rewrite the text before
 * parsing: Mermaid itself judges those (delegate.ts). Pie and gitGraph have exact grammars of
 * ours (grammars/pie, grammars/gitgraph).
 */
export const LANGIUM_DECIDES = ['info', 'packet'] as const;
export type LangiumType = (typeof LANGIUM_DECIDES)[number];

export function isLangiumDecided(type: string | null): type is LangiumType {
  return (LANGIUM_DECIDES as readonly string[]).includes(type ?? '');
}

interface CommonAst {
  title?: string;
  accTitle?: string;
  accDescr?: string;
}

const CHECKS: Record<LangiumType, Check<never> | null> = {
  packet: checkPacket as Check<never>,
  info: null,
};

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

/** The first of Langium's errors, as one SyntaxIssue on the cleaned text. */
function parseFailure(type: LangiumType, cleaned: string, error: unknown): SyntaxIssue {
  const raw = String((error as Error).message ?? error);
  const human = humaniseLangiumMessage(raw);
  const offset = human.line !== undefined ? lineOffset(cleaned, human.line, human.column ?? 1) : 0;
  const hints: Record<LangiumType, string> = {
    packet: 'blocks are written start-end: "label" or +bits: "label"',
    info: 'an info diagram is the word info, optionally followed by showInfo',
  };
  return {
    code: 'syntax',
    message: human.message,
    hint: human.hint ? `${human.hint}; ${hints[type]}` : hints[type],
    detail: raw.replace(/^Parsing failed:\s*/, '').trim().slice(0, 400),
    span: { start: offset, end: Math.min(cleaned.length, offset + 1) },
  };
}

/**
 * Parses with @mermaid-js/parser as Mermaid does, then applies the database's checks. Returns
 * null when a check cannot be sure: Mermaid itself must judge.
 */
export async function parseWithLangium(type: LangiumType, cleaned: string, config: Record<string, unknown> = {}): Promise<{ ast: GenericAst; errors: SyntaxIssue[] } | null> {
  parserModule ??= import('@mermaid-js/parser') as Promise<ParserModule>;
  const { parse } = await parserModule;
  const ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  let result: CommonAst;
  try {
    // Mermaid's Diagram.fromText: entities encoded, a newline appended.
    result = (await parse(type, `${encodeEntities(cleaned)}\n`)) as CommonAst;
  } catch (error) {
    return { ast, errors: [parseFailure(type, cleaned, error)] };
  }
  const check = CHECKS[type];
  const errors = check ? check(result as never, cleaned, ast, config) : [];
  if (errors === null) return null;
  const whole = { start: 0, end: 0 };
  if (result.title) ast.title = { text: result.title, span: whole };
  if (result.accTitle) ast.accTitle = { text: result.accTitle, span: whole };
  if (result.accDescr) ast.accDescr = { text: result.accDescr, span: whole };
  return { ast, errors };
}
