import type { SyntaxIssue } from '@atlas-lint/mermaid';

/**
 * Safe repairs for the failure classes that occur most (corpus: 554 '(' in labels, 57 other
 * brackets, 38 quotes, 5 '@' of 724). Each keeps what the reader sees: a label is quoted with
 * its inner quotes written as #quot;, which Mermaid shows as '"'. The engine keeps a fix only if
 * the fixed diagram parses.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const OPENERS: [string, string][] = [
  ['(((', ')))'], ['((', '))'], ['([', '])'], ['[[', ']]'], ['[(', ')]'], ['{{', '}}'], ['[/', '/]'], ['[\\', '\\]'],
  ['[', ']'], ['(', ')'], ['{', '}'], ['>', ']'],
];

// What may follow a node's closing delimiter: an arrow, &, :::, ;, @{ or the end of the line.
const AFTER_NODE = /^\s*($|;|&\s|:::|@\{|[xo<]?(--|==|-\.|~~)|\s+[A-Za-z0-9_]+@(--|==|-\.))/;
const ID_CHAR = /[A-Za-z0-9_\-.:\u00C0-\uFFFF]/;

/** Whether a shape opener at `i` follows a node id (not an arrow such as --> or ==>). */
function opensShape(line: string, i: number): boolean {
  const before = line[i - 1]!;
  if (!ID_CHAR.test(before) || before === '-' || before === '.' || before === '=') return false;
  return true;
}

function lineBounds(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return [start, end === -1 ? text.length : end];
}

const quoted = (inner: string) => `"${inner.replace(/"/g, '#quot;')}"`;

/** Finds the node label around `at` whose unquoted text holds a character Mermaid cannot take, and quotes it. */
function quoteNodeLabel(text: string, at: number, lookRight: boolean): TextEdit | null {
  const [lineStart, lineEnd] = lineBounds(text, Math.min(at, text.length - 1));
  const line = text.slice(lineStart, lineEnd);
  const rel = at - lineStart;
  // Candidate openers: right after a node id. Nearest to the left of the error first (or the
  // first to its right for '@', which Mermaid trips over before the label starts).
  const candidates: { open: number; opener: string; closer: string }[] = [];
  for (let i = 1; i < line.length; i++) {
    if (!opensShape(line, i)) continue;
    // Every reading of the opener, longest first: "[/ (Root)]" is a "[" label that starts with "/".
    for (const [opener, closer] of OPENERS) if (line.startsWith(opener, i)) candidates.push({ open: i, opener, closer });
  }
  const ordered = lookRight
    ? candidates.filter((c) => c.open >= rel - 1 || rel === 0)
    : candidates.filter((c) => c.open <= rel).reverse();
  for (const { open, opener, closer } of ordered) {
    const innerStart = open + opener.length;
    // The label's end: a closer followed by what may follow a node; the first such one after the error.
    for (let c = line.indexOf(closer, Math.max(innerStart, lookRight ? innerStart : rel)); c !== -1; c = line.indexOf(closer, c + 1)) {
      if (!AFTER_NODE.test(line.slice(c + closer.length))) continue;
      const inner = line.slice(innerStart, c);
      if (inner.trim() === '' || /^\s*"/.test(inner) && /"\s*$/.test(inner) && !inner.slice(1, -1).includes('"')) return null;
      return { start: lineStart + innerStart, end: lineStart + c, text: quoted(inner) };
    }
  }
  return null;
}

/** An edge label between pipes: -->|a (b)| B */
function quotePipeLabel(text: string, at: number): TextEdit | null {
  const [lineStart, lineEnd] = lineBounds(text, at);
  const line = text.slice(lineStart, lineEnd);
  const rel = at - lineStart;
  const open = line.lastIndexOf('|', rel - 1);
  if (open === -1 || !/(-->|---|==>|-\.->|-\.-|~~~|--[xo]|===)\s*$/.test(line.slice(0, open))) return null;
  const close = line.indexOf('|', Math.max(rel, open + 1));
  if (close === -1) return null;
  const inner = line.slice(open + 1, close);
  if (inner.trim() === '') return null;
  return { start: lineStart + open + 1, end: lineStart + close, text: quoted(inner) };
}

const NEEDS_QUOTES = /[()[\]{}|"]|^[^"]*@/;

/**
 * Every unquoted node label of the diagram that holds a character Mermaid cannot take unquoted,
 * quoted in one edit: a diagram with twelve such labels is repaired in one pass, not twelve.
 */
function quoteAllLabels(text: string, first: TextEdit): TextEdit {
  const edits: TextEdit[] = [first];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (!/^\s*(%%|classDef|class |style |linkStyle|click )/.test(line)) {
      for (let i = 1; i < line.length; i++) {
        if (!opensShape(line, i)) continue;
        const starts = OPENERS.filter(([o]) => line.startsWith(o, i)).map(([o]) => lineStart + i + o.length);
        if (starts.length === 0) continue;
        const edit = quoteNodeLabel(text, Math.max(...starts), false);
        if (edit && starts.includes(edit.start) && NEEDS_QUOTES.test(text.slice(edit.start, edit.end))) {
          edits.push(edit);
          i = edit.end - lineStart;
        }
      }
      for (const m of line.matchAll(/(?:-->|---|==>|-\.->|-\.-|~~~|--[xo]|===)\|([^|"]*[()[\]{}][^|"]*)\|/g)) {
        const start = lineStart + m.index! + m[0].indexOf('|') + 1;
        edits.push({ start, end: start + m[1]!.length, text: quoted(m[1]!) });
      }
    }
    lineStart = lineEnd + 1;
  }
  const unique = [...new Map(edits.map((e) => [e.start, e])).values()].sort((a, b) => a.start - b.start);
  const disjoint = unique.filter((e, k) => k === 0 || e.start >= unique[k - 1]!.end);
  const start = disjoint[0]!.start;
  const end = disjoint[disjoint.length - 1]!.end;
  let out = '';
  let last = start;
  for (const e of disjoint) {
    out += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  return { start, end, text: out + text.slice(last, end) };
}

const ARROW_REPAIRS: Record<string, string> = { '->': '-->', '=>': '==>', '-->>': '-->', '- ->': '-->', '-- >': '-->' };

/** The edit that repairs an issue, or null when no repair is safe. */
export function repairFor(text: string, issue: SyntaxIssue): TextEdit | null {
  const at = issue.span.start;
  switch (issue.code) {
    case 'paren-in-label':
    case 'bracket-in-label':
    case 'quote-in-label': {
      const edit = quotePipeLabel(text, at) ?? quoteNodeLabel(text, at, false);
      return edit ? quoteAllLabels(text, edit) : null;
    }
    case 'at-in-label': {
      const edit = quoteNodeLabel(text, at, true);
      return edit ? quoteAllLabels(text, edit) : null;
    }
    case 'bad-arrow': {
      const written = text.slice(issue.span.start, issue.span.end).trim();
      const replacement = ARROW_REPAIRS[written.replace(/\s+/g, ' ')];
      return replacement ? { start: issue.span.start, end: issue.span.end, text: replacement } : null;
    }
    case 'trailing-comment': {
      const [lineStart, lineEnd] = lineBounds(text, at);
      const line = text.slice(lineStart, lineEnd);
      const cut = line.indexOf('%%', at - lineStart);
      if (cut === -1) return null;
      const indent = /^\s*/.exec(line)![0];
      // The comment moves to its own line above: nothing the author wrote is lost.
      return { start: lineStart, end: lineEnd, text: `${indent}${line.slice(cut).trim()}\n${line.slice(0, cut).trimEnd()}` };
    }
    case 'style-semicolon': {
      const [lineStart, lineEnd] = lineBounds(text, at);
      const line = text.slice(lineStart, lineEnd);
      if (!/^\s*(style|classDef)\s/.test(line)) return null;
      const fixed = line.replace(/;\s*$/, '').replace(/;/g, ',');
      return fixed === line ? null : { start: lineStart, end: lineEnd, text: fixed };
    }
    case 'missing-end': {
      return { start: text.length, end: text.length, text: `${text.endsWith('\n') ? '' : '\n'}end` };
    }
    default:
      return null;
  }
}
