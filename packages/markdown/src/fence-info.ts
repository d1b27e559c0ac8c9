/**
 * A fence's info string split as CommonMark's reference tree (mdast) does: `lang` is its first
 * word, `meta` the rest from the next non-space character to the line's end (trailing spaces
 * kept), each with backslash escapes and character references decoded.
 */
export interface FenceInfo {
  lang: string;
  meta: string | null;
}

const isSpaceOrTab = (ch: number) => ch === 32 || ch === 9;

const ESCAPE_OR_REFERENCE = /\\([!-/:-@[-`{-~])|&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/g;

/**
 * Decodes escapes and numeric references; undefined when the text holds a named reference
 * (that needs HTML's 2,000-name table) or a numeric one to a code point CommonMark implementations
 * replace in their own ways (controls, surrogates, noncharacters).
 */
function decode(text: string): string | undefined {
  if (!text.includes('\\') && !text.includes('&')) return text;
  let unsure = false;
  const out = text.replace(ESCAPE_OR_REFERENCE, (whole, escaped?: string, hex?: string, decimal?: string, name?: string) => {
    if (escaped !== undefined) return escaped;
    if (name !== undefined) {
      unsure = true;
      return whole;
    }
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal!, 10);
    const plain = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfdcf);
    if (!plain) unsure = true;
    return String.fromCharCode(code);
  });
  return unsure ? undefined : out;
}

/**
 * The info string in [p, end) (p after the fence marker); undefined when it is a mermaid fence
 * whose meta cannot be decoded for certain. Only mermaid fences need theirs: a first word with a
 * reference decode() is unsure of is returned as it is, since no such reference decodes to ASCII
 * letters (so the word is never `mermaid`).
 */
export function fenceInfo(src: string, p: number, end: number): FenceInfo | undefined {
  while (p < end && isSpaceOrTab(src.charCodeAt(p))) p++;
  let q = p;
  while (q < end && !isSpaceOrTab(src.charCodeAt(q))) q++;
  const raw = src.slice(p, q);
  const lang = decode(raw);
  if (lang === undefined) return { lang: raw, meta: null };
  if (lang !== 'mermaid') return { lang, meta: null };
  while (q < end && isSpaceOrTab(src.charCodeAt(q))) q++;
  const meta = q < end ? decode(src.slice(q, end)) : null;
  return meta === undefined ? undefined : { lang, meta };
}
