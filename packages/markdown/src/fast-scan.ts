/**
 * A line scanner that finds the fenced code blocks of "simple" Markdown files without a full
 * CommonMark parse (remark-parse costs ~10 µs per line; this costs ~0.1). It only answers when
 * it can prove the answer equals CommonMark's; otherwise it returns null and the caller parses
 * with remark.
 *
 * Why a fence at column 0 is always a top-level fence: it interrupts a paragraph, it is not
 * indented enough to continue a list item, it cannot be a lazy continuation of a block quote,
 * and it ends any indented code. What can still hide it (an open fence, an HTML block, a link
 * reference definition's multi-line title) is tracked exactly or makes the scanner give up.
 */

export interface ScannedFence {
  /** 1-based line of the opening fence. */
  line: number;
  info: string;
  lang: string;
  meta: string | null;
  /** 1-based line of the first content line. */
  contentLine: number;
  value: string;
  /** 1-based line of the closing fence. */
  endLine: number;
  endColumn: number;
}

export interface ScannedComment {
  /** Offsets of the HTML block holding comments. */
  start: number;
  end: number;
}

export interface ScanResult {
  fences: ScannedFence[];
  htmlComments: ScannedComment[];
  headings: { depth: number; text: string; line: number }[];
}

const OPEN_FENCE = /^(`{3,}|~{3,})(.*)$/;
const HTML_START = /^ {0,3}</;
const COMMENT_START = /^ {0,3}<!--/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]*\]:/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_LINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE_ANYWHERE = /```|~~~/;

/** Scans `source` (starting at line `firstLine`, after front matter). null: not provably simple. */
export function scanSimpleMarkdown(source: string, skipLines = 0): ScanResult | null {
  if (source.includes('\r')) return null;
  const lines = source.split('\n');
  const result: ScanResult = { fences: [], htmlComments: [], headings: [] };
  let offset = 0;
  const lineOffsets: number[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    lineOffsets[i] = offset;
    offset += lines[i]!.length + 1;
  }
  let previousBlank = true;
  for (let i = skipLines; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line.charCodeAt(0);
    // Fence at column 0.
    if (first === 96 /* ` */ || first === 126 /* ~ */) {
      const open = OPEN_FENCE.exec(line);
      if (open) {
        const marker = open[1]!;
        const info = open[2]!.trim();
        if (marker[0] === '`' && info.includes('`')) return null;
        if (info.includes('\\') || info.includes('&')) return null;
        const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
        let j = i + 1;
        while (j < lines.length && !close.test(lines[j]!)) j++;
        if (j >= lines.length) return null; // unclosed: CommonMark's end-of-document rules, leave to remark
        const words = info.split(/[ \t]+/);
        const lang = words[0] ?? '';
        result.fences.push({
          line: i + 1,
          info,
          lang,
          meta: info.length > lang.length ? info.slice(lang.length).trim() || null : null,
          contentLine: i + 2,
          value: lines.slice(i + 1, j).join('\n'),
          endLine: j + 1,
          endColumn: lines[j]!.length + 1,
        });
        i = j;
        previousBlank = true;
        continue;
      }
    }
    if (FENCE_ANYWHERE.test(line)) return null; // a fence (or fence-like text) in a container or indented
    if (first === 60 /* < */ || (first === 32 && HTML_START.test(line))) {
      if (!COMMENT_START.test(line)) return null;
      // HTML block of type 2: runs to the line that contains "-->".
      let j = i;
      const startInLine = line.indexOf('<!--');
      if (!line.includes('-->', startInLine + 4)) {
        j = i + 1;
        while (j < lines.length && !lines[j]!.includes('-->')) j++;
        if (j >= lines.length) return null;
      }
      result.htmlComments.push({ start: lineOffsets[i]!, end: lineOffsets[j]! + lines[j]!.length });
      i = j;
      previousBlank = false;
      continue;
    }
    if (LINK_DEFINITION.test(line)) return null;
    if (SETEXT_LINE.test(line) && !previousBlank) return null; // a setext heading (or table/paragraph subtleties)
    const atx = first === 35 /* # */ || first === 32 ? ATX.exec(line) : null;
    if (atx) result.headings.push({ depth: atx[1]!.length, text: (atx[2] ?? '').trim(), line: i + 1 });
    previousBlank = line.trim() === '';
  }
  return result;
}
