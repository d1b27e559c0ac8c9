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

/** The info string in [p, end) (p after the fence marker); undefined when decoding it is not certain. */
export function fenceInfo(src: string, p: number, end: number): FenceInfo | undefined {
  while (p < end && isSpaceOrTab(src.charCodeAt(p))) p++;
  let q = p;
  while (q < end && !isSpaceOrTab(src.charCodeAt(q))) q++;
  const lang = decode(src.slice(p, q));
  while (q < end && isSpaceOrTab(src.charCodeAt(q))) q++;
  const meta = q < end ? decode(src.slice(q, end)) : null;
  if (lang === undefined || meta === undefined) return undefined;
  return { lang, meta };
}
