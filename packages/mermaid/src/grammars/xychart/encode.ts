/**
 * What Mermaid does to every diagram's text between preprocessing and the diagram's own parser
 * (grammar notes §1 steps 7–8, mermaid's `encodeEntities` and the appended newline):
 *  1. on a line holding `style` … `:` non-blanks `#` … `;`, the line's last `;` is dropped,
 *     then the same for `classDef` (each pass sees the previous one's result);
 *  2. every `#word;` becomes private marker characters (`ﬂ°word¶ß`, `ﬂ°°123¶ß` for integers),
 *     which none of the jison lexers of xychart, quadrantChart or sankey accept outside a string.
 * Mermaid's own `;`-drop regexes backtrack on long lines; these passes are linear scans with the
 * same result. The output remembers, for every character, the input offset it came from.
 * Shared by the xychart, quadrantChart and sankey grammars.
 */
import { isJsSpace } from '../../chars.js';
import type { Span } from '../../types.js';
export { isJsSpace };
export interface EncodedText {
  text: string;
  /** Input offset of each character of `text` (length text.length + 1); null when `text` = input + "\n". */
  source: Int32Array | null;
}

/** Characters a regex `.` does not match: they end a "line" for the `;`-drop regexes. */
const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Offsets of the `;` that `/<keyword>.*:\S*#.*;/g` drops: per line, the match starts at the first
 * occurrence of the keyword and (by the greedy `.*`) ends at the line's last `;`, provided a `:`
 * after the keyword begins a run of non-blanks reaching a `#` before that `;`.
 */
function droppedSemicolons(text: string, keyword: string): number[] {
  const dropped: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && !isLineTerminator(text.charCodeAt(lineEnd))) lineEnd++;
    const at = text.indexOf(keyword, lineStart);
    if (at !== -1 && at + keyword.length <= lineEnd) {
      const last = text.lastIndexOf(';', lineEnd - 1);
      if (last > at) {
        let run = false;
        for (let p = at + keyword.length; p < last; p++) {
          const c = text.charCodeAt(p);
          if (c === 35 && run) {
            dropped.push(last);
            break;
          }
          if (c === 58) run = true;
          else if (isJsSpace(c)) run = false;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return dropped;
}

function dropAt(text: string, source: number[] | null, at: number[]): { text: string; source: number[] } {
  const parts: string[] = [];
  const next: number[] = [];
  let from = 0;
  for (const i of at) {
    parts.push(text.slice(from, i));
    from = i + 1;
  }
  parts.push(text.slice(from));
  const drop = new Set(at);
  for (let i = 0; i <= text.length; i++) if (!drop.has(i)) next.push(source ? source[i]! : i);
  return { text: parts.join(''), source: next };
}

const ENTITY = /#\w+;/g;
const INTEGER = /^\+?\d+$/;

export function encodeEntities(input: string): EncodedText {
  let text = `${input}\n`;
  if (!text.includes('#') || !text.includes(';')) return { text, source: null };
  let source: number[] | null = null;
  for (const keyword of ['style', 'classDef']) {
    const at = droppedSemicolons(text, keyword);
    if (at.length > 0) ({ text, source } = dropAt(text, source, at));
  }
  const from = (i: number) => (source ? source[i]! : i);
  const parts: string[] = [];
  const out: number[] = [];
  let last = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
    parts.push(text.slice(last, m.index));
    for (let i = last; i < m.index; i++) out.push(from(i));
    const inner = m[0].slice(1, -1);
    const marker = INTEGER.test(inner) ? `\uFB02\u00B0\u00B0${inner}\u00B6\u00DF` : `\uFB02\u00B0${inner}\u00B6\u00DF`;
    for (let k = 0; k < marker.length; k++) out.push(from(m.index + Math.min(k, m[0].length - 1)));
    parts.push(marker);
    last = m.index + m[0].length;
  }
  if (last === 0 && source === null) return { text, source: null };
  parts.push(text.slice(last));
  for (let i = last; i <= text.length; i++) out.push(from(i));
  return { text: parts.join(''), source: Int32Array.from(out) };
}

/** Input offset of an offset in the encoded text (clamped to the input's length). */
export function inputOffset(encoded: EncodedText, offset: number, inputLength: number): number {
  const o = encoded.source ? encoded.source[Math.min(offset, encoded.source.length - 1)]! : offset;
  return Math.min(o, inputLength);
}

/**
 * Input spans of encoded ranges: a marker maps back onto its whole `#name;`, and a non-empty range
 * keeps at least one character. `toEncoded` first maps offsets of a text derived from the encoded
 * one (sankey's) back to it.
 */
export function inputSpanMaker(encoded: EncodedText, inputLength: number, toEncoded?: (offset: number) => number): (start: number, end: number) => Span {
  const at = toEncoded ? (offset: number) => inputOffset(encoded, toEncoded(offset), inputLength) : (offset: number) => inputOffset(encoded, offset, inputLength);
  return (start, end) => {
    const s = at(start);
    return { start: s, end: end > start ? Math.max(s + 1, at(end - 1) + 1) : s };
  };
}
