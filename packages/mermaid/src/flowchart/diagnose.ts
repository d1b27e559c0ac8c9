import type { Token, TokenType } from './lexer.js';
import type { ParseFailure } from './parser-base.js';
import type { TokenStream } from './tokens.js';
import type { Diagnosis as BaseDiagnosis } from '../diagnosis.js';

/**
 * Turns "the grammar stopped at this token" into what a person needs: the class of mistake (a
 * stable code the fixer and statistics use), a message and a hint. The classes are the ones
 * authors actually make (grammar notes §3.11).
 */
export interface Diagnosis extends BaseDiagnosis {
  /** Label classes: the whole label as written, inside its delimiters (what a fix quotes). */
  label?: { start: number; end: number };
}

const DELIMITER_NAMES: Record<string, string> = {
  PS: '(', PE: ')', SQS: '[', SQE: ']', DIAMOND_START: '{', DIAMOND_STOP: '}', PIPE: '|',
  STADIUMSTART: '([', STADIUMEND: '])', SUBROUTINESTART: '[[', SUBROUTINEEND: ']]', CYLINDERSTART: '[(',
  CYLINDEREND: ')]', DOUBLECIRCLESTART: '(((', DOUBLECIRCLEEND: ')))', TRAPSTART: '[/', INVTRAPSTART: '[\\',
  TRAPEND: '\\]', INVTRAPEND: '/]', ELLIPSE_START: '(-', ELLIPSE_END: '-)',
};

const KEYWORDS = new Set(['STYLE', 'CLASS', 'CLASSDEF', 'LINKSTYLE', 'END', 'SUBGRAPH', 'GRAPH', 'INTERPOLATE', 'CLICK']);

function lineAround(text: string, offset: number): { line: string; start: number } {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  return { line: text.slice(start, end === -1 ? text.length : end), start };
}

/** A wrong arrow on the line: `->`, `=>`, `-->>`, `<--`, `- ->`, `-- >`. */
const BAD_ARROW = /(^|[^-<=.~])(->(?!>)|=>|-->>|<--(?![->])|<-(?![-.])|- +->|-- +>)/;

const DELIMITERS = new Set<TokenType>(['PS', 'SQS', 'DIAMOND_START', 'STADIUMSTART', 'SUBROUTINESTART', 'CYLINDERSTART',
  'DOUBLECIRCLESTART', 'TRAPSTART', 'INVTRAPSTART', 'ELLIPSE_START', 'VERTEX_WITH_PROPS_START', 'PE', 'SQE', 'DIAMOND_STOP',
  'STADIUMEND', 'SUBROUTINEEND', 'CYLINDEREND', 'DOUBLECIRCLEEND', 'TRAPEND', 'INVTRAPEND', 'ELLIPSE_END', 'PIPE']);

/**
 * The label the author meant, around a failure inside it: from the delimiter that opened it to
 * the bracket that closes it at the same depth (the lexer read on past the failure, so in
 * `A[a (b)]` the '(' and ')' nest inside '[' … ']'; brackets are counted per character, as `)]`
 * is one token), or to the end of the line.
 */
function labelSpan(text: string, tokens: TokenStream, open: number): { start: number; end: number } | null {
  // Tokens as objects only for the stretch read (most of a failed diagram's stream is never looked at).
  const opener = open >= 0 && open < tokens.count ? tokens.token(open) : undefined;
  if (!opener || !(DELIMITERS.has(opener.type) || opener.type === 'START_LINK' || opener.type === 'TAGEND')) return null;
  let depth = 0;
  for (let k = open + 1; k < tokens.count; k++) {
    const t = tokens.token(k);
    if (t.type === 'NEWLINE' || t.type === 'EOF' || t.type === 'END_OF_INPUT' || t.type === 'SEMI') {
      // Never closed: the rest of the opener's line.
      const newline = text.indexOf('\n', opener.end);
      let end = Math.min(t.start, newline === -1 ? text.length : newline);
      while (end > opener.end && /\s/.test(text[end - 1]!)) end--;
      return { start: opener.end, end };
    }
    if (opener.type === 'START_LINK' && t.type === 'LINK') return { start: opener.end, end: t.start };
    if (!DELIMITERS.has(t.type)) continue;
    if (t.type === 'PIPE') {
      if (opener.type === 'PIPE' && depth === 0) return { start: opener.end, end: t.start };
      continue;
    }
    for (let c = 0; c < t.text.length; c++) {
      const ch = t.text[c]!;
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') {
        if (depth === 0) {
          // A closer such as /] or -) starts before its bracket.
          let end = t.start + c;
          while (end > t.start && '/\\-'.includes(text[end - 1]!)) end--;
          return { start: opener.end, end };
        }
        depth--;
      }
    }
  }
  return null;
}

export function diagnoseParse(text: string, failure: ParseFailure, tokens: TokenStream): Diagnosis {
  const { token, context } = failure;
  const { line, start: lineStart } = lineAround(text, token.start);
  const at = { start: token.start, end: Math.max(token.end, token.start + 1) };
  const arrow = BAD_ARROW.exec(line.replace(/"[^"]*"|\[[^\]]*\]|\|[^|]*\|/g, (m) => ' '.repeat(m.length)));
  if (arrow) {
    const s = lineStart + arrow.index + arrow[1]!.length;
    return { code: 'bad-arrow', message: `'${arrow[2]!.trim()}' is not a Mermaid arrow`, hint: 'use -->, ---, -.->, ==> (or <--> for both ends)', start: s, end: s + arrow[2]!.length };
  }
  if (context.startsWith('label:') || context === 'edge label' || context === 'round' || context === 'circle' || context === 'diamond' || context === 'hexagon') {
    const delimiter = DELIMITER_NAMES[token.type];
    const label = labelSpan(text, tokens, failure.labelOpen) ?? undefined;
    if (token.type === 'STR') {
      return { code: 'quote-in-label', message: 'A \'"\' inside an unquoted label ends it', hint: 'put the quote first and quote the whole label ("…"), writing inner quotes as #quot;', ...at, label };
    }
    if (delimiter && token.type !== 'EOF' && token.type !== 'END_OF_INPUT') {
      return {
        code: token.type === 'PS' || token.type === 'PE' || token.type === 'ELLIPSE_START' ? 'paren-in-label' : 'bracket-in-label',
        message: `'${delimiter}' inside an unquoted label ${token.type.endsWith('START') || token.type === 'PS' || token.type === 'SQS' || token.type === 'DIAMOND_START' ? 'starts a new shape' : 'closes the shape early'}`,
        hint: 'wrap the label in double quotes: A["text (with brackets)"]',
        ...at,
        label,
      };
    }
  }
  if (token.type === 'LINK_ID') {
    // The label it cut into: from after its opening delimiter to the first closing one on the line.
    const open = /[[({>]+/.exec(token.text);
    let label: Diagnosis['label'];
    if (open) {
      const start = token.start + open.index + open[0].length;
      let end = start;
      while (end < text.length && !']})\n'.includes(text[end]!)) end++;
      label = { start, end };
    }
    return { code: 'at-in-label', message: `'${token.text}' is read as an edge id: '@' right after a node id starts one`, hint: 'quote a label that holds @ (A["user@example.com"]), or put a space before @', ...at, label };
  }
  if (token.type === 'NODE_STRING' && token.text.startsWith('%%')) {
    return { code: 'trailing-comment', message: "A '%%' comment must be on its own line", hint: 'move the comment to the line above', ...at };
  }
  if (token.type === 'END') {
    return { code: 'extra-end', message: "'end' without an open subgraph", hint: 'remove it, or add the subgraph it should close', start: token.start, end: token.start + 3 };
  }
  if ((token.type === 'EOF' || token.type === 'END_OF_INPUT') && context === 'subgraph') {
    return { code: 'missing-end', message: "A subgraph is not closed: 'end' is missing", hint: "add 'end' on its own line after the subgraph's content", ...at };
  }
  if (KEYWORDS.has(token.type) && (context === 'node' || context === 'statement' || context === 'link')) {
    return { code: 'keyword-id', message: `'${token.text.trim()}' is a keyword and cannot be a node id`, hint: 'rename the node, e.g. End or endNode (keywords are lower-case only)', ...at };
  }
  if (context === 'header') {
    return { code: 'header', message: 'The first line must be `flowchart` or `graph` with an optional direction (TB, TD, BT, RL, LR) and nothing else', hint: 'e.g. "flowchart LR", then the statements on the next lines', ...at };
  }
  if (token.type === 'SPACE' && (context === 'node' || context === 'statement')) {
    return { code: 'space-in-id', message: 'A node id cannot contain spaces, and two nodes need an arrow or & between them', hint: 'write A["two words"] for a label, or A --> B / A & B', ...at };
  }
  if (token.type === 'PS' && (context === 'style' || context === 'classDef' || context === 'linkStyle')) {
    return { code: 'style-value', message: "Style values cannot contain '(' (rgb(), rgba())", hint: 'use a hex colour such as #3B82F6', ...at };
  }
  const shown = token.type === 'EOF' || token.type === 'END_OF_INPUT' ? 'the end of the diagram' : token.type === 'NEWLINE' ? 'the end of the line' : `'${token.text.trim() || token.text}'`;
  return { code: 'syntax', message: `Mermaid cannot parse this: unexpected ${shown}`, hint: context ? `while reading ${context.replace(/^label:/, 'a ').replace(/^label$/, 'a label')}` : undefined, ...at };
}

export function diagnoseLexical(text: string, offset: number): Diagnosis {
  const { line, start: lineStart } = lineAround(text, offset);
  const arrow = BAD_ARROW.exec(line);
  if (arrow) {
    const s = lineStart + arrow.index + arrow[1]!.length;
    return { code: 'bad-arrow', message: `'${arrow[2]!.trim()}' is not a Mermaid arrow`, hint: 'use -->, ---, -.->, ==>', start: s, end: s + arrow[2]!.length };
  }
  const char = text[offset] ?? '';
  if (char === '=') return { code: 'lexical', message: "'=' cannot appear here (not in node ids, nor in a == label ==>)", hint: 'quote the text: A["a = b"]', start: offset, end: offset + 1 };
  if (char === '\uFB02' || char === '\u00B0') return { code: 'style-semicolon', message: "A '#colour;' is read as an entity code here", hint: "drop the ';' after the colour, or write '#f00 ;'", start: offset, end: offset + 1 };
  const code = char.codePointAt(0) ?? 0;
  if (code > 0x7f) return { code: 'lexical', message: `'${String.fromCodePoint(code)}' cannot be part of a node id`, hint: 'use it inside a quoted label: A["… ✓ …"]', start: offset, end: offset + 1 };
  return { code: 'lexical', message: `Mermaid cannot read '${char === '\n' ? '\\n' : char}' here`, hint: 'quote labels that hold special characters', start: offset, end: offset + 1 };
}
