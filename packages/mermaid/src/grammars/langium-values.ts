import { decodeLabel } from '../flowchart/encode.js';
import type { AccText, Span } from '../types.js';

/**
 * The value converters of @mermaid-js/parser's common grammar, shared by the Langium diagrams we
 * judge ourselves (pie, gitGraph): what a STRING and a title / accTitle / accDescr token become.
 */

/** Langium's string value: the quotes dropped, a backslash escape replaced by its character. */
export function unquote(image: string): string {
  if (!image.includes('\\')) return image.slice(1, -1);
  const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };
  let out = '';
  for (let i = 1; i < image.length - 1; i++) {
    const c = image[i]!;
    if (c === '\\') {
      const next = image[++i] ?? '';
      out += escapes[next] ?? next;
    } else out += c;
  }
  return out;
}

/** The value of a title / accTitle / accDescr token (which one, its image says). */
function accValue(image: string): string {
  const collapse = (s: string) => s.replace(/[\t ]{2,}/g, ' ');
  const word = image.trimStart();
  if (word.startsWith('title')) return collapse(word.slice(5).trim());
  if (word.startsWith('accTitle')) return collapse(image.slice(image.indexOf(':') + 1).trim());
  const after = image.indexOf('accDescr') + 8;
  const colon = /^[\t ]*:/.exec(image.slice(after));
  if (colon) return collapse(image.slice(after + colon[0].length).trim());
  const body = image.slice(image.indexOf('{', after) + 1, -1);
  return collapse(body.replace(/^\s*/gm, '').replace(/\s+$/gm, '')).replace(/[\n\r]{2,}/g, '\n');
}

/**
 * A title / accTitle / accDescr token as the AST's text (null when Mermaid's database keeps it
 * unset: an empty value), spanning from its first non-blank. Offsets are in `text`.
 */
export function accText(text: string, token: { start: number; end: number } | undefined, span: (s: number, e: number) => Span): AccText | null {
  if (!token) return null;
  const value = accValue(text.slice(token.start, token.end));
  if (!value) return null;
  let start = token.start;
  while (text[start] === ' ' || text[start] === '\t') start++;
  return { text: decodeLabel(value), span: span(start, token.end) };
}
