/**
 * What Mermaid does to the text between preprocessing and the flowchart lexer: entity
 * pre-encoding (mermaid's encodeEntities: `#word;` becomes private marker characters, after the
 * last `;` of a style/classDef line with a `#` colour was dropped), the appended newline, and the
 * flowchart parser's own collapse of whitespace after `}`. The result keeps, for every character,
 * the offset it came from, so tokens can be reported where the author wrote them.
 */
export interface EncodedText {
  text: string;
  /** Offset in the input text of each character of `text` (length text.length + 1). */
  source: Int32Array | null;
}

export function sourceOffset(encoded: EncodedText, offset: number): number {
  return encoded.source ? encoded.source[Math.min(offset, encoded.source.length - 1)]! : offset;
}

const STYLE_LINE = /style.*:\S*#.*;/g;
const CLASSDEF_LINE = /classDef.*:\S*#.*;/g;
const ENTITY = /#\w+;/g;
const BRACE_SPACE = /}\s*\n/g;

export function encodeFlowchartText(input: string): EncodedText {
  const text = `${input}\n`;
  // Entities and the dropped ';' both need a ';' (colours like #3B82F6 alone change nothing).
  if (!text.includes(';') && !/}\s+\n/.test(text)) return { text, source: null };
  // Deletions first (the dropped ';'), as a set of input offsets to skip.
  const drop = new Set<number>();
  for (const re of [STYLE_LINE, CLASSDEF_LINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) drop.add(m.index + m[0].length - 1);
  }
  let afterDrop = '';
  const dropSource: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (drop.has(i)) continue;
    afterDrop += text[i];
    dropSource.push(i);
  }
  dropSource.push(text.length);
  // Entity markers, as Mermaid spells them (private characters the lexer treats as text).
  let encoded = '';
  const source: number[] = [];
  let last = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(afterDrop); m; m = ENTITY.exec(afterDrop)) {
    for (let i = last; i < m.index; i++) {
      encoded += afterDrop[i];
      source.push(dropSource[i]!);
    }
    const inner = m[0].slice(1, -1);
    const marker = /^\+?\d+$/.test(inner) ? `\uFB02\u00B0\u00B0${inner}\u00B6\u00DF` : `\uFB02\u00B0${inner}\u00B6\u00DF`;
    for (let k = 0; k < marker.length; k++) source.push(dropSource[m.index + Math.min(k, m[0].length - 1)]!);
    encoded += marker;
    last = m.index + m[0].length;
  }
  for (let i = last; i < afterDrop.length; i++) {
    encoded += afterDrop[i];
    source.push(dropSource[i]!);
  }
  source.push(dropSource[afterDrop.length]!);
  // The flowchart parser collapses "}" + whitespace + newline into "}\n".
  let collapsed = '';
  const finalSource: number[] = [];
  last = 0;
  BRACE_SPACE.lastIndex = 0;
  for (let m = BRACE_SPACE.exec(encoded); m; m = BRACE_SPACE.exec(encoded)) {
    for (let i = last; i <= m.index; i++) {
      collapsed += encoded[i];
      finalSource.push(source[i]!);
    }
    const nl = m.index + m[0].length - 1;
    collapsed += '\n';
    finalSource.push(source[nl]!);
    last = m.index + m[0].length;
  }
  for (let i = last; i < encoded.length; i++) {
    collapsed += encoded[i];
    finalSource.push(source[i]!);
  }
  finalSource.push(source[encoded.length]!);
  return { text: collapsed, source: Int32Array.from(finalSource) };
}

/** Display text of a label: entity markers and codes decoded as a browser would show them. */
export function decodeLabel(text: string): string {
  return text
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (_m, name: string) => NAMED[name] ?? `&${name};`);
}

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00A0', apos: "'", num: '#', semi: ';', colon: ':', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', vert: '|', commat: '@' };

/** The source spelling of text that went through the entity encoding (markers back to #name;). */
export function unencode(text: string): string {
  return text.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, '#$1;').replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, '#$1;');
}
