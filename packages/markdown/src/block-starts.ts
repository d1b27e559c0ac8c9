/**
 * Recognizers for CommonMark block starts at offset `p` of a line whose content ends at `end`
 * (`p` is the first non-space character, already known to be indented at most 3 columns).
 * Each answers from the line alone; the interrupt rules are the scanner's business.
 */

const isSpaceOrTab = (ch: number) => ch === 32 || ch === 9;

function onlySpaceFrom(src: string, p: number, end: number): boolean {
  for (; p < end; p++) if (!isSpaceOrTab(src.charCodeAt(p))) return false;
  return true;
}

/** `***`, `- - -`, `___` … : three or more of one of * - _, with only spaces and tabs between. */
export function isThematicBreak(src: string, p: number, end: number): boolean {
  const marker = src.charCodeAt(p);
  let count = 0;
  for (; p < end; p++) {
    const ch = src.charCodeAt(p);
    if (ch === marker) count++;
    else if (!isSpaceOrTab(ch)) return false;
  }
  return count >= 3;
}

/** An ATX heading's content, once atxHeading has answered a depth. */
export const atxContent = { start: 0, end: 0 };

/** Depth (1-6) of an ATX heading at p, 0 if none; the content (closing #s removed) in atxContent. */
export function atxHeading(src: string, p: number, end: number): number {
  let q = p;
  while (q < end && src.charCodeAt(q) === 35 && q - p < 7) q++;
  const depth = q - p;
  if (depth > 6 || (q < end && !isSpaceOrTab(src.charCodeAt(q)))) return 0;
  while (q < end && isSpaceOrTab(src.charCodeAt(q))) q++;
  let e = end;
  while (e > q && isSpaceOrTab(src.charCodeAt(e - 1))) e--;
  // A closing sequence of #s counts when it is the whole content or follows a space or tab.
  let h = e;
  while (h > q && src.charCodeAt(h - 1) === 35) h--;
  if (h < e && (h === q || isSpaceOrTab(src.charCodeAt(h - 1)))) {
    e = h;
    while (e > q && isSpaceOrTab(src.charCodeAt(e - 1))) e--;
  }
  atxContent.start = q;
  atxContent.end = e;
  return depth;
}

/** Length of an opening code fence's marker at p (0 if none); the info string must not hold a backtick for ``` fences. */
export function fenceOpening(src: string, p: number, end: number): number {
  const marker = src.charCodeAt(p);
  let q = p;
  while (q < end && src.charCodeAt(q) === marker) q++;
  const length = q - p;
  if (length < 3) return 0;
  if (marker === 96) for (let r = q; r < end; r++) if (src.charCodeAt(r) === 96) return 0;
  return length;
}

/** Whether the line at p closes a fence of `marker` × `length`. */
export function isFenceClosing(src: string, p: number, end: number, marker: number, length: number): boolean {
  let q = p;
  while (q < end && src.charCodeAt(q) === marker) q++;
  return q - p >= length && onlySpaceFrom(src, q, end);
}

/** Level of a setext underline at p (1 for =, 2 for -), 0 if the line is not one. */
export function setextLevel(src: string, p: number, end: number): number {
  const marker = src.charCodeAt(p);
  let q = p;
  while (q < end && src.charCodeAt(q) === marker) q++;
  if (!onlySpaceFrom(src, q, end)) return 0;
  return marker === 61 ? 1 : 2;
}

/** A list marker found by listMarker. */
export const marker = { length: 0, ordered: false, isOne: false };

/** Whether a list item marker (`-`, `+`, `*`, or 1-9 digits and `.` or `)`) followed by a space, a tab or the line's end starts at p. */
export function listMarker(src: string, p: number, end: number): boolean {
  const ch = src.charCodeAt(p);
  let q = p;
  if (ch === 45 || ch === 43 || ch === 42) {
    q = p + 1;
    marker.ordered = false;
    marker.isOne = false;
  } else {
    while (q < end && q - p < 10) {
      const d = src.charCodeAt(q);
      if (d < 48 || d > 57) break;
      q++;
    }
    const digits = q - p;
    if (digits === 0 || digits > 9) return false;
    const delimiter = src.charCodeAt(q);
    if (delimiter !== 46 && delimiter !== 41) return false;
    marker.ordered = true;
    marker.isOne = digits === 1 && ch === 49;
    q++;
  }
  if (q < end && !isSpaceOrTab(src.charCodeAt(q))) return false;
  marker.length = q - p;
  return true;
}

const RAW_TAG = /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i;
const RAW_END = /<\/(?:pre|script|style|textarea)>/i;
const BLOCK_TAG = new RegExp(
  '^</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \\t>]|/>|$)',
  'i',
);
const ATTRIBUTE = `[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:[^ \\t"'=<>\`]+|'[^']*'|"[^"]*"))?`;
const COMPLETE_TAG = new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*[ \\t]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \\t]*>)[ \\t]*$`);

/** Which of CommonMark's 7 kinds of HTML block starts at p (0: none). */
export function htmlBlockKind(src: string, p: number, end: number): number {
  const line = src.slice(p, end);
  if (line.startsWith('<!--')) return 2;
  if (line.startsWith('<?')) return 3;
  if (line.startsWith('<![CDATA[')) return 5;
  if (line.length > 2 && line[1] === '!') return /^<![A-Za-z]/.test(line) ? 4 : 0;
  if (RAW_TAG.test(line)) return 1;
  if (BLOCK_TAG.test(line)) return 6;
  // remark takes `<pre/>` for kind 7 too (the spec excludes those four names there).
  if (COMPLETE_TAG.test(line)) return 7;
  return 0;
}

/** Whether [from, end) holds the end condition of an HTML block of kind 1-5 (the start line searched from its `<`). */
export function htmlBlockEnds(kind: number, src: string, from: number, end: number, startLine: boolean): boolean {
  let needle: string;
  let skip = 0;
  switch (kind) {
    case 1:
      return RAW_END.test(src.slice(from, end));
    case 2:
      needle = '-->';
      skip = 2;
      break;
    case 3:
      needle = '?>';
      skip = 1;
      break;
    case 4:
      needle = '>';
      skip = 2;
      break;
    default:
      needle = ']]>';
      skip = 9;
  }
  // Searched in the line alone: indexOf over the rest of the file would make long blocks quadratic.
  return src.slice(startLine ? from + skip : from, end).includes(needle);
}
