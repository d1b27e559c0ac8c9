import type { GenericAst, GrammarResult, SyntaxIssue } from '../../types.js';
import { EncodedDiagram } from '../gantt/text.js';
import type { LexToken } from '../er/jison.js';
import { parseMindmapTokens, type MindmapFailure, type MindmapParse } from './parser.js';

/**
 * Parses a mindmap (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's exact
 * verdict: entity pre-pass and appended newline, the jison lexer (lexer.ts) and grammar
 * (parser.ts), and the database's parse-time throws (a second root, an icon or class before
 * any node). GenericAst.texts: every node's text (the shape's text, or the bare id), with
 * spans as offsets in `cleaned`; quoted and markdown strings are marked.
 */
export function parseMindmap(cleaned: string): GrammarResult<GenericAst> {
  const diagram = new EncodedDiagram(cleaned);
  const parsed = parseMindmapTokens(diagram.text);
  collectTexts(diagram, parsed);
  if (!parsed.failure) return { ast: diagram.ast, errors: [] };
  return reject(diagram, parsed.failure);
}

function collectTexts(diagram: EncodedDiagram, parsed: MindmapParse): void {
  const { text } = diagram;
  for (const { token } of parsed.nodes) {
    const label = diagram.label(token.start, token.end);
    if (!label) continue;
    // The quotes are skipped by the lexer: `"…"` leaves a quote before the text, "`…`" a backtick.
    const before = text[token.start - 1];
    const markdown = before === '`' && text[token.start - 2] === '"';
    const quoted = markdown || before === '"';
    diagram.ast.texts.push(quoted ? { ...label, quoted, markdown, text: markdown ? label.text.trim() : label.text } : label);
  }
}

const SHAPES = "(text) rounded, [text] square, ((text)) circle, ))text(( bang, )text( cloud, {{text}} hexagon";

function reject(diagram: EncodedDiagram, failure: MindmapFailure): GrammarResult<GenericAst> {
  if (failure.kind === 'second-root') {
    const { node, indent, rootIndent } = failure;
    return diagram.reject({
      code: 'mindmap-multiple-roots',
      message: `A mindmap has one root: this node is indented ${indent === 0 ? 'not at all' : `${indent} character${indent === 1 ? '' : 's'}`}, not deeper than the root (${rootIndent}), so Mermaid finds no parent for it`,
      hint: 'indent every node below the root by more blanks than the root line, or move it under an existing node',
    }, node.start, node.end);
  }
  if (failure.kind === 'decoration-before-node') {
    return diagram.reject({
      code: 'mindmap-decoration-before-node',
      message: 'An icon (::icon(…)) or class (:::) comes before any node: Mermaid attaches it to the previous node and crashes',
      hint: 'put ::icon(…) and ::: lines after the node they decorate',
    }, failure.token.start, failure.token.end);
  }
  const { token, previous, expected } = failure;
  const got = shown(diagram, token);
  const at = (issue: Omit<SyntaxIssue, 'span'>) => diagram.reject(issue, token.start, token.end);
  const ch = diagram.text[token.start];
  if (token.type === 'LEXERR' && (ch === '{' || ch === '}')) {
    return at({ code: 'mindmap-bracket-in-text', message: `A single '${ch}' cannot stand in a node's text outside quotes (only {{…}} is a shape)`, hint: 'quote the text inside a shape: A["text {with braces}"]' });
  }
  if (token.type === 'LEXERR') {
    return at({ code: 'mindmap-bad-character', message: `${got} cannot appear here (inside a "\`markdown\`" string a plain quote cannot, after ::: a line separator cannot)`, hint: 'remove the character or write it as an entity code such as #quot;' });
  }
  if (expected === 'header') {
    return at({ code: 'bad-header', message: `Expected the header 'mindmap', found ${got}`, hint: 'start the diagram with a line holding mindmap' });
  }
  if (token.type === 'MINDMAP') {
    return at({ code: 'mindmap-keyword-node', message: "'mindmap' at the start of a node's text is read as the header keyword again", hint: 'quote the text: root["mindmap notes"], or reword it' });
  }
  if (expected === 'descr') {
    if (token.type === 'NODE_DEND') {
      return at({ code: 'mindmap-empty-node', message: `The shape opened with ${shown(diagram, previous!)} closes right away: a shape needs text inside`, hint: `write text inside the shape: ${SHAPES}` });
    }
    const where = failure.open ?? token;
    return diagram.reject({ code: 'mindmap-unclosed-shape', message: `The shape opened here with ${shown(diagram, where)} has no text or is never closed`, hint: `close the shape on the same node: ${SHAPES}` }, where.start, where.end);
  }
  if (expected === 'dend') {
    if (token.type === '$end') {
      const where = failure.open ?? token;
      return diagram.reject({ code: 'mindmap-unclosed-shape', message: `The shape opened here with ${shown(diagram, where)} is never closed: its text runs on to the end of the diagram`, hint: `close the shape with ), ], )), }} or (: ${SHAPES}` }, where.start, where.end);
    }
    const extra = diagram.text.slice(token.start, token.end);
    if (extra.startsWith('}')) {
      return at({ code: 'mindmap-bracket-in-text', message: "A single '}' cannot stand in a shape's text outside quotes (only }} closes a shape)", hint: 'quote the text inside the shape: A["text {with braces}"]' });
    }
    if (extra.includes('\n') && failure.open) {
      const where = failure.open;
      return diagram.reject({ code: 'mindmap-unclosed-shape', message: `The shape opened here with ${shown(diagram, where)} is not closed right after its quoted text`, hint: 'close the shape after the closing quote: A["text"]' }, where.start, where.end);
    }
    return at({ code: 'mindmap-text-after-quote', message: `Only one quoted text may stand inside a shape; found ${got} after it`, hint: 'put the whole text inside the quotes: A["one text"]' });
  }
  if (expected === 'stop') {
    if (previous?.type === 'SPACELINE') {
      return at({ code: 'mindmap-blank-after-header', message: "A blank line directly after the 'mindmap' line: Mermaid reads it as a statement of its own, and an indented line may not follow it", hint: 'remove the blank line after mindmap (blank lines between nodes are fine)' });
    }
    if (diagram.text.slice(Math.max(0, token.start - 4), token.start) === ':::\n') {
      return at({ code: 'mindmap-empty-class', message: "':::' with no class name after it swallows the line break, so this line runs into the previous one", hint: 'write the class names after ::: (":::urgent large"), or remove the :::' });
    }
    if (previous?.type === 'ICON' && token.type === '$end') {
      return at({ code: 'mindmap-unclosed-icon', message: "::icon( is never closed with ')': the icon name runs on to the end of the diagram", hint: 'write ::icon(fa fa-book) on its own line' });
    }
    if (previous?.type === 'NODE_DEND' || previous?.type === 'NODE_ID' || previous?.type === 'ICON' || previous?.type === 'CLASS') {
      return at({
        code: previous.type === 'NODE_ID' ? 'mindmap-bracket-in-text' : 'mindmap-text-after-node',
        message: previous.type === 'NODE_ID'
          ? `${got} cannot stand in a node's text: a node id ends at ( [ ) { }, and a shape follows it only once`
          : `Nothing may follow a node, icon or class on its line, found ${got}`,
        hint: previous.type === 'NODE_ID' ? `put the text in quotes inside a shape: A["text (with brackets)"], or use one of ${SHAPES}` : 'one node per line; put icons and classes on the next line',
      });
    }
    return at({ code: 'unexpected-token', message: `Expected the end of the line, found ${got}`, hint: 'one node per line' });
  }
  if (token.type === 'EOF' || token.type === '$end') {
    return diagram.reject({ code: 'mindmap-empty', message: 'The mindmap has no nodes', hint: 'add a root node on the line after mindmap, e.g. "  root((Topic))"' }, 0, 'mindmap'.length);
  }
  return at({ code: 'unexpected-token', message: `Expected a node, an icon or a class, found ${got}`, hint: `one node per line, indented under its parent: ${SHAPES}` });
}

function shown(diagram: EncodedDiagram, token: LexToken): string {
  if (token.type === 'NL') return 'the end of the line';
  if (token.type === 'EOF' || token.type === '$end') return 'the end of the diagram';
  if (token.type === 'SPACELIST' || token.type === 'SPACELINE') return 'blanks';
  return diagram.shown(token.start, token.end, token.type);
}
