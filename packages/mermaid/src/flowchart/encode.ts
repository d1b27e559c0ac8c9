/**
 * What Mermaid does to the text between preprocessing and the flowchart lexer: entity
 * pre-encoding (mermaid's encodeEntities: `#word;` becomes private marker characters, after the
 * last `;` of a style/classDef line with a `#` colour was dropped), the appended newline, and the
 * flowchart parser's own collapse of whitespace after `}`. The result keeps, for every character,
 * the offset it came from, so tokens can be reported where the author wrote them.
 * Every pass is a linear scan (Mermaid's own regexes for the `;` drop backtrack on long lines).
 */
export interface EncodedText {
  text: string;
  /** Offset in the input text of each character of `text` (length text.length + 1); null = identity. */
  source: Int32Array | null;
}

/** Replace [start, end) by `insert`; inserted character k comes from start + min(k, end - start - 1). */
interface Edit {
  start: number;
  end: number;
  insert: string;
}

function applyEdits(text: string, source: Int32Array | null, edits: Edit[]): EncodedText {
  if (edits.length === 0) return { text, source };
  let length = text.length;
  for (const e of edits) length += e.insert.length - (e.end - e.start);
  const out = new Int32Array(length + 1);
  const from = (i: number) => (source ? source[i]! : i);
  const parts: string[] = [];
  let last = 0;
  let o = 0;
  for (const e of edits) {
    parts.push(text.slice(last, e.start), e.insert);
    for (let i = last; i < e.start; i++) out[o++] = from(i);
    for (let k = 0; k < e.insert.length; k++) out[o++] = from(e.start + Math.min(k, Math.max(0, e.end - e.start - 1)));
    last = e.end;
  }
  parts.push(text.slice(last));
  for (let i = last; i <= text.length; i++) out[o++] = from(i);
  return { text: parts.join(''), source: out };
}

const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
  || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Where /KEYWORD.*:\S*#.*;/g matches in one line (no line terminators in [from, to)), given the
 * ';' positions still present: a match needs the keyword, later a ':' followed by non-space
 * characters up to a '#', and a ';' after that '#'; it then ends at the line's last ';'.
 * Returns the offset of that ';' or -1.
 */
function droppedSemicolon(text: string, from: number, to: number, keyword: string, gone: number): number {
  const at = text.indexOf(keyword, from);
  if (at === -1 || at + keyword.length > to) return -1;
  let armed = false;
  let hash = -1;
  for (let i = at + keyword.length; i < to && hash === -1; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) armed = true; // ':'
    else if (c === 35 && armed) hash = i; // '#'
    else if (isSpace(c)) armed = false;
  }
  if (hash === -1) return -1;
  for (let i = to - 1; i > hash; i--) if (text.charCodeAt(i) === 59 && i !== gone) return i;
  return -1;
}

/** The ';' Mermaid drops: per line, the style pass first, then the classDef pass on its result. */
function semicolonDrops(text: string): Edit[] {
  const edits: Edit[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineTerminator(text.charCodeAt(i))) continue;
    if (i > lineStart && text.lastIndexOf(';', i - 1) >= lineStart) {
      const style = droppedSemicolon(text, lineStart, i, 'style', -1);
      const classDef = droppedSemicolon(text, lineStart, i, 'classDef', style);
      for (const at of [style, classDef].filter((d) => d !== -1).sort((a, b) => a - b)) edits.push({ start: at, end: at + 1, insert: '' });
    }
    lineStart = i + 1;
  }
  return edits;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** #word; → Mermaid's marker characters (numbers get a second °). */
function entityEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    let end = at + 1;
    while (isWordChar(text.charCodeAt(end))) end++;
    if (end === at + 1 || text.charCodeAt(end) !== 59) continue;
    const inner = text.slice(at + 1, end);
    const numeric = /^\d+$/.test(inner);
    edits.push({ start: at, end: end + 1, insert: numeric ? `\uFB02\u00B0\u00B0${inner}\u00B6\u00DF` : `\uFB02\u00B0${inner}\u00B6\u00DF` });
    at = end;
  }
  return edits;
}

/** "}" + white space + newline → "}\n" (the flowchart parser's own rewrite). */
function braceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let at = text.indexOf('}'); at !== -1; at = text.indexOf('}', at + 1)) {
    let end = at + 1;
    while (isSpace(text.charCodeAt(end))) end++;
    // \s* backs off to the run's last newline.
    let nl = end - 1;
    while (nl > at && text.charCodeAt(nl) !== 10) nl--;
    if (nl > at + 1) edits.push({ start: at + 1, end: nl, insert: '' });
    at = Math.max(at, nl);
  }
  return edits;
}

export function encodeFlowchartText(input: string): EncodedText {
  // join, not `${input}\n`: a concatenation is a cons string, which the lexer would read through
  // an indirection per character (after flattening it, a copy as join's); join gives a flat one.
  let encoded: EncodedText = { text: [input, ''].join('\n'), source: null };
  if (encoded.text.includes(';')) {
    encoded = applyEdits(encoded.text, encoded.source, semicolonDrops(encoded.text));
    encoded = applyEdits(encoded.text, encoded.source, entityEdits(encoded.text));
  }
  if (encoded.text.includes('}')) encoded = applyEdits(encoded.text, encoded.source, braceEdits(encoded.text));
  return encoded;
}

/** The character entity pre-encoding starts each code with. */
export const ENTITY_MARKER = '\uFB02';

/** Display text of a label: entity markers and codes decoded as a browser would show them. */
export function decodeLabel(text: string): string {
  if (!text.includes(ENTITY_MARKER)) return text;
  return text
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_m, code: string) => (Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : '\uFFFD'))
    .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (_m, name: string) => NAMED[name] ?? `&${name};`);
}

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00A0', apos: "'", num: '#', semi: ';', colon: ':', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', vert: '|', commat: '@' };

/** The source spelling of text that went through the entity encoding (markers back to #name;). */
export function unencode(text: string): string {
  if (!text.includes(ENTITY_MARKER)) return text;
  return text.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, '#$1;').replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, '#$1;');
}
