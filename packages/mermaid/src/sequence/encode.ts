/**
 * What Mermaid does to a diagram's text between preprocessing and the sequence lexer
 * (grammar notes §1 step 7–8): on a line with `style`/`classDef` + `:` + `#`, the last `;` is
 * dropped; every `#word;` becomes private marker characters (so its `#` starts no comment and its
 * `;` ends no statement); a newline is appended. The result remembers, for every character, the
 * offset it came from, so tokens are reported where the author wrote them.
 */
export interface EncodedSequence {
  text: string;
  /** Offset in the input of each character of `text` (length text.length + 1); null when unchanged. */
  source: Int32Array | null;
}

const STYLE_LINE = /style.*:\S*#.*;/g;
const CLASSDEF_LINE = /classDef.*:\S*#.*;/g;
const ENTITY = /#\w+;/g;

export function encodeSequenceText(input: string): EncodedSequence {
  const text = `${input}\n`;
  // Both rewrites need a '#' and a ';' on the same text; most diagrams have neither.
  if (!text.includes('#') || !text.includes(';')) return { text, source: null };
  // Mermaid runs the two rewrites one after the other: the second sees the first's result.
  let kept = text;
  let keptSource: number[] | null = null;
  for (const re of [STYLE_LINE, CLASSDEF_LINE]) {
    re.lastIndex = 0;
    const dropped = new Set<number>();
    for (let m = re.exec(kept); m; m = re.exec(kept)) dropped.add(m.index + m[0].length - 1);
    if (dropped.size === 0) continue;
    const parts: string[] = [];
    const nextSource: number[] = [];
    let from = 0;
    for (const at of [...dropped].sort((a, b) => a - b)) {
      parts.push(kept.slice(from, at));
      from = at + 1;
    }
    parts.push(kept.slice(from));
    for (let i = 0; i < kept.length; i++) if (!dropped.has(i)) nextSource.push(keptSource ? keptSource[i]! : i);
    const next = parts.join('');
    nextSource.push(text.length);
    kept = next;
    keptSource = nextSource;
  }
  const from = (i: number) => (keptSource ? keptSource[i]! : i);
  const parts: string[] = [];
  const source: number[] = [];
  let last = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(kept); m; m = ENTITY.exec(kept)) {
    parts.push(kept.slice(last, m.index));
    for (let i = last; i < m.index; i++) source.push(from(i));
    const inner = m[0].slice(1, -1);
    const marker = /^\+?\d+$/.test(inner) ? `\uFB02\u00B0\u00B0${inner}\u00B6\u00DF` : `\uFB02\u00B0${inner}\u00B6\u00DF`;
    for (let k = 0; k < marker.length; k++) source.push(from(m.index + Math.min(k, m[0].length - 1)));
    parts.push(marker);
    last = m.index + m[0].length;
  }
  if (last === 0 && keptSource === null) return { text, source: null };
  parts.push(kept.slice(last));
  for (let i = last; i < kept.length; i++) source.push(from(i));
  source.push(from(kept.length));
  const out = parts.join('');
  return { text: out, source: Int32Array.from(source) };
}

/** Offset in the input text of an offset in the encoded text. */
export function inputOffset(encoded: EncodedSequence, offset: number): number {
  return encoded.source ? encoded.source[Math.min(offset, encoded.source.length - 1)]! : offset;
}
