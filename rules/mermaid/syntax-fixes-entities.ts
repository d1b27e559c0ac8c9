import type { TextEdit } from './syntax-fixes.js';

/**
 * Repairs that write a delimiter character as Mermaid's entity code. Mermaid replaces `#58;` and
 * `#59;` before its lexer runs and turns them back into ':' and ';' in the rendered SVG, so the
 * reader sees exactly what the author wrote, while the grammar no longer splits the text there.
 */

const COLON = '#58;';
const SEMICOLON = '#59;';

/** One edit covering the changed lines (unchanged lines inside it are rewritten as they were). */
function editLines(text: string, rewrite: (line: string, index: number) => string): TextEdit | null {
  const lines = text.split('\n');
  let first = -1;
  let last = -1;
  const out = lines.map((line, i) => {
    const fixed = rewrite(line, i);
    if (fixed !== line) {
      if (first === -1) first = i;
      last = i;
    }
    return fixed;
  });
  if (first === -1) return null;
  let start = 0;
  for (let i = 0; i < first; i++) start += lines[i]!.length + 1;
  let end = start;
  for (let i = first; i <= last; i++) end += lines[i]!.length + (i < last ? 1 : 0);
  return { start, end, text: out.slice(first, last + 1).join('\n') };
}

/**
 * Timeline: a period ends at the first ':' and a section title at any ':' (Mermaid's timeline
 * lexer), so "10:00 : event" or "section 1997-2000: Era" is refused or crashes its database. The
 * colons inside the period or section title are written as #58;. Lines before the `timeline`
 * header (front matter, directives) and comment, title and accessibility lines are left alone.
 */
export function encodeTimelineColons(text: string): TextEdit | null {
  let inBody = false;
  return editLines(text, (line) => {
    const trimmed = line.trimStart();
    if (!inBody) {
      if (/^timeline\b/i.test(trimmed)) inBody = true;
      return line;
    }
    if (trimmed === '' || trimmed.startsWith('%%') || trimmed.startsWith('#') || trimmed.startsWith(':')) return line;
    if (/^(title\s|acc(Title|Descr)\b)/i.test(trimmed)) return line;
    const indent = line.slice(0, line.length - trimmed.length);
    const section = /^section\s/i.exec(trimmed);
    if (section) return indent + section[0] + trimmed.slice(section[0].length).replace(/:/g, COLON);
    // The period runs to the first ':' followed by white space or the line's end (an event's start).
    const separator = /:(?=\s|$)/.exec(trimmed);
    const periodEnd = separator ? separator.index : trimmed.length;
    const period = trimmed.slice(0, periodEnd);
    if (!period.includes(':') || period.includes('#')) return line;
    return indent + period.replace(/:/g, COLON) + trimmed.slice(periodEnd);
  });
}

/**
 * Sequence: ';' ends a statement, so "A->>B: BEGIN; COMMIT" leaves "COMMIT" as a statement of its
 * own. Inside the text after the statement's first ':' the semicolons are written as #59;, except
 * one at the very end of the line, which the author may mean as the statement's end.
 */
export function encodeSequenceSemicolons(text: string, at: number): TextEdit | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = text.indexOf('\n', at);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const line = text.slice(lineStart, lineEnd);
  const colon = line.indexOf(':');
  if (colon === -1 || colon > at - lineStart) return null;
  const body = line.slice(colon + 1);
  const trailing = /;\s*$/.exec(body);
  const inner = trailing ? body.slice(0, trailing.index) : body;
  if (!inner.includes(';')) return null;
  const fixed = line.slice(0, colon + 1) + inner.replace(/;/g, SEMICOLON) + (trailing ? trailing[0] : '');
  return { start: lineStart, end: lineEnd, text: fixed };
}
