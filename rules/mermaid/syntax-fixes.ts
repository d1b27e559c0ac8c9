import type { SyntaxIssue } from '@atlas-lint/mermaid';
import { encodeSequenceSemicolons, encodeTimelineColons } from './syntax-fixes-entities.js';

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
/**
 * Whether a shape opener at `i` follows a node id (not an arrow such as --> or ==>): a character
 * of [A-Za-z0-9_:] or from U+00C0 on. ('-', '.' and '=' are no id end here.)
 */
function opensShape(line: string, i: number): boolean {
  const c = line.charCodeAt(i - 1);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c >= 0xc0;
}

function lineBounds(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return [start, end === -1 ? text.length : end];
}

const quoted = (inner: string) => `"${inner.replace(/"/g, '#quot;')}"`;

interface ShapeOpener {
  open: number;
  opener: string;
  closer: string;
}

/** Every reading of every shape opener that follows a node id on a line, longest reading first. */
function shapeOpeners(line: string): ShapeOpener[] {
  const found: ShapeOpener[] = [];
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 91 /* [ */ && c !== 40 /* ( */ && c !== 123 /* { */ && c !== 62 /* > */) continue;
    if (!opensShape(line, i)) continue;
    // "[/ (Root)]" is a "[" label that starts with "/": keep every reading.
    for (const [opener, closer] of OPENERS) if (line.startsWith(opener, i)) found.push({ open: i, opener, closer });
  }
  return found;
}

/**
 * The quoting edit for the label nearest to `rel` on a line (to its left, or the first to its
 * right for '@', which Mermaid trips over before the label starts).
 */
function labelEdit(line: string, lineStart: number, openers: ShapeOpener[], rel: number, lookRight: boolean): TextEdit | null {
  const ordered = lookRight ? openers.filter((c) => c.open >= rel - 1 || rel === 0) : openers.filter((c) => c.open <= rel).reverse();
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

/** Finds the node label around `at` whose unquoted text holds a character Mermaid cannot take, and quotes it. */
function quoteNodeLabel(text: string, at: number, lookRight: boolean): TextEdit | null {
  const [lineStart, lineEnd] = lineBounds(text, Math.min(at, text.length - 1));
  const line = text.slice(lineStart, lineEnd);
  return labelEdit(line, lineStart, shapeOpeners(line), at - lineStart, lookRight);
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
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (!/^\s*(%%|classDef|class |style |linkStyle|click )/.test(line)) {
      const openers = shapeOpeners(line);
      let next = 0;
      for (let k = 0; k < openers.length; k++) {
        const open = openers[k]!.open;
        if (open < next || (k > 0 && openers[k - 1]!.open === open)) continue;
        const starts = openers.filter((o) => o.open === open).map((o) => open + o.opener.length);
        const edit = labelEdit(line, lineStart, openers, Math.max(...starts), false);
        if (edit && starts.includes(edit.start - lineStart) && NEEDS_QUOTES.test(text.slice(edit.start, edit.end))) {
          edits.push(edit);
          next = edit.end - lineStart;
        }
      }
      // An edge label needs a '|': most lines have none (matchAll is costly: it copies the regex).
      if (line.includes('|')) for (const m of line.matchAll(/(?:-->|---|==>|-\.->|-\.-|~~~|--[xo]|===)\|([^|"]*[()[\]{}][^|"]*)\|/g)) {
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

/** Edit distance, for keyword typos only (short words). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const KEYWORDS = new Set(['classDef', 'class', 'style', 'linkStyle', 'click', 'subgraph', 'end', 'direction']);

/**
 * A misspelt `classDef` or `class` keyword ("classDf edge fill:#fff", "case A,B edge"): only where
 * the rest of the statement has exactly that statement's shape (style properties; node ids and a
 * class the diagram defines), so the edit touches no label and means what the line already says.
 */
function keywordTypo(text: string, at: number): TextEdit | null {
  const [lineStart, lineEnd] = lineBounds(text, at);
  const line = text.slice(lineStart, lineEnd);
  const m = /^(\s*)([A-Za-z]+)(\s+)(\S+)(\s+)(\S.*?)\s*;?\s*$/.exec(line);
  if (!m || KEYWORDS.has(m[2]!)) return null;
  const word = m[2]!;
  const start = lineStart + m[1]!.length;
  const replace = (keyword: string): TextEdit => ({ start, end: start + word.length, text: keyword });
  const styles = /^[\w-]+:[^,\s]+(,[\w-]+:[^,\s]+)*$/;
  if (distance(word, 'classDef') <= 2 && /^[\w-]+$/.test(m[4]!) && styles.test(m[6]!)) return replace('classDef');
  const defined = new Set([...text.matchAll(/^\s*classDef\s+([\w-]+(?:,[\w-]+)*)/gm)].flatMap((d) => d[1]!.split(',')));
  if (distance(word, 'class') <= 2 && /^[\w-]+(,[\w-]+)*$/.test(m[4]!) && defined.has(m[6]!)) return replace('class');
  return null;
}

// Header keywords long enough that a near miss cannot be another word (pie, gantt, bar… are not).
const HEADERS = ['flowchart', 'sequenceDiagram', 'classDiagram', 'stateDiagram-v2', 'erDiagram', 'timeline', 'mindmap', 'gitGraph', 'quadrantChart', 'xychart-beta', 'sankey-beta', 'requirementDiagram', 'architecture-beta'];

/**
 * A misspelt diagram type on the header line ("sequenceD diagram", "flowchrt LR"): replaced by the
 * one keyword within two edits (case and spaces ignored); the engine keeps it only if the diagram
 * then parses as that type.
 */
function headerTypo(text: string, at: number): TextEdit | null {
  const [lineStart, lineEnd] = lineBounds(text, at);
  const line = text.slice(lineStart, lineEnd);
  const trimmed = line.trim();
  const start = lineStart + line.indexOf(trimmed);
  const near = (written: string) => {
    const hits = HEADERS.filter((k) => distance(written.toLowerCase().replace(/\s+/g, ''), k.toLowerCase()) <= 2);
    return hits.length === 1 ? hits[0]! : null;
  };
  const first = /^\S+/.exec(trimmed)![0];
  const direction = trimmed.slice(first.length);
  const word = near(first);
  if (word && (word === 'flowchart' ? /^(\s+(TB|TD|BT|RL|LR))?\s*$/.test(direction) : direction.trim() === '')) return { start, end: start + first.length, text: word };
  const whole = /^[A-Za-z][\w -]*$/.test(trimmed) ? near(trimmed) : null;
  return whole && whole !== 'flowchart' ? { start, end: start + trimmed.length, text: whole } : null;
}

/** `A -x B`, `A -o B`: a cross or circle edge written with one dash. */
function oneDashEdge(text: string, at: number): TextEdit | null {
  const [lineStart, lineEnd] = lineBounds(text, at);
  const line = text.slice(lineStart, lineEnd);
  const m = /[\])}\w] (-[xo]) [\w]/.exec(line);
  if (!m) return null;
  const start = lineStart + m.index + 2;
  return { start, end: start + 2, text: `-${m[1]}` };
}

/**
 * The edit that repairs an issue, or null when no repair is safe. `type` is Mermaid's diagram type
 * id: some repairs depend on the diagram's grammar rather than on the issue's class.
 */
export function repairFor(text: string, issue: SyntaxIssue, type?: string | null): TextEdit | null {
  const at = issue.span.start;
  if (type === 'timeline') return encodeTimelineColons(text);
  switch (issue.code) {
    case 'semicolon-in-text':
      return encodeSequenceSemicolons(text, at);
    case 'syntax':
      return type?.startsWith('flowchart') ? keywordTypo(text, at) ?? oneDashEdge(text, at) : null;
    case 'unknown-type':
      return headerTypo(text, at);
    case 'lexical': {
      // "[/etc/hosts]": a '[/' shape never closed by '/]' is a plain label starting with '/'.
      const edit = type?.startsWith('flowchart') ? quoteNodeLabel(text, at, false) : null;
      return edit ? quoteAllLabels(text, edit) : null;
    }
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
