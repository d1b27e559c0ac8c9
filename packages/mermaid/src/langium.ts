import type { GenericAst, Label, SyntaxIssue } from './types.js';

/**
 * Diagram types whose grammar Mermaid keeps in @mermaid-js/parser (Langium): we use that same
 * parser, loaded only when such a diagram appears, then apply what Mermaid's database checks
 * after it (a pie slice may not be negative).
 */
export type LangiumType = 'pie';

interface PieAst {
  title?: string;
  accTitle?: string;
  accDescr?: string;
  sections: { label: string; value: number; $cstNode?: { offset: number; end: number } }[];
}

let parserModule: Promise<{ parse(type: string, text: string): Promise<unknown> }> | undefined;

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

function lineOffset(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

export async function parseWithLangium(type: LangiumType, cleaned: string): Promise<{ ast: GenericAst; errors: SyntaxIssue[] }> {
  parserModule ??= import('@mermaid-js/parser') as never;
  const { parse } = await parserModule!;
  const ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  let result: PieAst;
  try {
    result = (await parse(type, `${encodeEntities(cleaned)}\n`)) as PieAst;
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const at = /line (\d+), column (\d+)/.exec(message);
    const offset = at ? lineOffset(cleaned, Number(at[1]), Number(at[2])) : 0;
    const detail = message.replace(/^Parsing failed:\s*/, '').split(/(?<=\.)\s/)[0];
    return {
      ast,
      errors: [{
        code: 'syntax',
        message: `Mermaid cannot parse this ${type} chart: ${detail}`,
        hint: type === 'pie' ? 'slices are written "label" : number (quoted label, plain number)' : undefined,
        span: { start: offset, end: Math.min(cleaned.length, offset + 1) },
      }],
    };
  }
  const errors: SyntaxIssue[] = [];
  for (const section of result.sections) {
    const span = section.$cstNode ? { start: Math.min(section.$cstNode.offset, cleaned.length), end: Math.min(section.$cstNode.end, cleaned.length) } : { start: 0, end: 0 };
    const label: Label = { raw: section.label, text: section.label, quoted: true, markdown: false, span };
    ast.texts.push(label);
    if (section.value < 0 && errors.length === 0) {
      errors.push({ code: 'negative-slice', message: `"${section.label}" has a negative value (${section.value}): pie slices must be ≥ 0`, span });
    }
  }
  if (result.title) ast.title = { text: result.title, span: { start: 0, end: 0 } };
  if (result.accTitle) ast.accTitle = { text: result.accTitle, span: { start: 0, end: 0 } };
  if (result.accDescr) ast.accDescr = { text: result.accDescr, span: { start: 0, end: 0 } };
  return { ast, errors };
}
