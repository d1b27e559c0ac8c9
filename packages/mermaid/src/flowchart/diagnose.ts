import type { Token } from './lexer.js';

/**
 * Turns "the grammar stopped at this token" into what a person needs: the class of mistake (a
 * stable code the fixer and statistics use), a message and a hint. The classes are the ones
 * authors actually make (grammar notes §3.11).
 */
export interface Diagnosis {
  code: string;
  message: string;
  hint?: string;
  start: number;
  end: number;
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

export function diagnoseParse(text: string, token: Token, context: string): Diagnosis {
  const { line, start: lineStart } = lineAround(text, token.start);
  const at = { start: token.start, end: Math.max(token.end, token.start + 1) };
  const arrow = BAD_ARROW.exec(line.replace(/"[^"]*"|\[[^\]]*\]|\|[^|]*\|/g, (m) => ' '.repeat(m.length)));
  if (arrow) {
    const s = lineStart + arrow.index + arrow[1]!.length;
    return { code: 'bad-arrow', message: `'${arrow[2]!.trim()}' is not a Mermaid arrow`, hint: 'use -->, ---, -.->, ==> (or <--> for both ends)', start: s, end: s + arrow[2]!.length };
  }
  if (context.startsWith('label:') || context === 'round' || context === 'circle' || context === 'diamond' || context === 'hexagon') {
    const delimiter = DELIMITER_NAMES[token.type];
    if (token.type === 'STR') {
      return { code: 'quote-in-label', message: 'A \'"\' inside an unquoted label ends it', hint: 'put the quote first and quote the whole label ("…"), writing inner quotes as #quot;', ...at };
    }
    if (delimiter && token.type !== 'EOF' && token.type !== 'END_OF_INPUT') {
      return {
        code: token.type === 'PS' || token.type === 'PE' || token.type === 'ELLIPSE_START' ? 'paren-in-label' : 'bracket-in-label',
        message: `'${delimiter}' inside an unquoted label ${token.type.endsWith('START') || token.type === 'PS' || token.type === 'SQS' || token.type === 'DIAMOND_START' ? 'starts a new shape' : 'closes the shape early'}`,
        hint: 'wrap the label in double quotes: A["text (with brackets)"]',
        ...at,
      };
    }
  }
  if (token.type === 'LINK_ID') {
    return { code: 'at-in-label', message: `'${token.text}' is read as an edge id: '@' right after a node id starts one`, hint: 'quote a label that holds @ (A["user@example.com"]), or put a space before @', ...at };
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
