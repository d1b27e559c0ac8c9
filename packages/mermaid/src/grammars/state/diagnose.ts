import type { GenericAst, GrammarResult, SyntaxIssue } from '../../types.js';
import type { EncodedDiagram } from '../gantt/text.js';
import type { Token } from './tokens.js';
import type { StateFailure } from './parser.js';

/**
 * Turns the point where Mermaid stops into one issue a person can act on: a stable code per kind
 * of mistake, what was expected there in words, a hint, and the span of the offending token.
 */

type Issue = Omit<SyntaxIssue, 'span'>;

const KEYWORD_NAMES = new Set(['DEFAULT', 'HREF', 'CLICK']);

export function diagnoseState(diagram: EncodedDiagram, failure: StateFailure): GrammarResult<GenericAst> {
  if (failure.kind === 'group-description') {
    const { record } = failure;
    const id = record.id.replace(/\uFB02\u00B0\u00B0?([^\u00B6]*)\u00B6\u00DF/g, '#$1;');
    return diagram.reject({
      code: 'state-group-description',
      message: `The composite state '${id}' gets more than one description: Mermaid can only give a group a single label and refuses the diagram`,
      hint: `keep one description for ${id} (one 'state "…" as ${id}' or one '${id} : …' line)`,
    }, record.token.start, record.token.end);
  }
  const { token, previous, expected, condition } = failure;
  const text = diagram.text;
  const got = diagram.shown(token.start, token.end, token.type);
  const at = (issue: Issue, where: Token = token) => {
    const span = trimmed(text, where);
    return diagram.reject(issue, span.start, span.end);
  };
  const char = text[token.start] ?? '';

  if (expected === 'header') {
    return at({ code: 'bad-header', message: `Expected the header 'stateDiagram-v2' (or 'stateDiagram') followed by a line break or blank, found ${got}`, hint: 'start the diagram with a line holding only stateDiagram-v2' });
  }
  if (token.type === 'MULTI_WORD') {
    return at({ code: 'state-multi-word-name', message: `A state's name must be one word, found ${got}: after 'state', two words and a '{' on the line are an error`, hint: 'write state "Long name" as LongName { … }' });
  }
  if (expected === 'closing-brace') {
    return at({ code: 'state-unclosed-composite', message: "This composite state's '{' is never closed with '}'", hint: "add a line holding only } where the composite state ends" }, failure.openedAt ?? token);
  }
  if (token.type === 'LEXERR') return lexical(diagram, failure.token, previous, condition, char, at);
  if (token.type === 'DEFAULT_CLASSDEF_ID') {
    return at({ code: 'state-classdef-default', message: "Mermaid 11.17.2's state diagrams cannot read 'classDef default': its lexer yields a token its grammar does not know", hint: 'give the class another name and apply it with class A,B name (or A:::name)' });
  }
  if (token.type === 'INVALID' && char === '-') {
    return at({ code: 'bad-arrow', message: "A transition is written '-->' (two dashes and '>'); a single '-', '->' or '---' is not understood (and '--' only separates concurrent regions inside a composite state)", hint: 'write A --> B' });
  }
  if (token.type === 'INVALID' && char === ':') {
    return at(colonIssue());
  }
  if (token.type === 'SD') {
    return at({ code: 'duplicate-header', message: "'stateDiagram' appears again after the header", hint: 'keep one header line at the top' });
  }
  if (expected === 'statement' && KEYWORD_NAMES.has(token.type)) {
    const word = text.slice(token.start, token.end);
    return at({ code: 'state-keyword-as-name', message: `'${word}' is a keyword of state diagrams and cannot start a statement or be a state name here`, hint: `rename the state, e.g. ${word}State, or write state "${word}" as ${word}State` });
  }
  if (expected === 'statement' && token.type === 'STRUCT_START') {
    return at({ code: 'state-unexpected-brace', message: "'{' opens a composite state only right after 'state Name' or 'state \"Description\" as Name'", hint: 'write state Name { … } with the { on the state line' });
  }
  if (expected === 'statement' && token.type === 'DESCR' && previous?.type === 'DESCR' && previous.end === token.start) {
    return at({ code: 'state-colon-in-label', message: "'::' ends a description: Mermaid reads the rest as a second description without a state", hint: 'write the colons inside a text as #58; (1#58;#58;2)' });
  }
  if (expected === 'statement' && token.type === 'DESCR') {
    return at({ code: 'state-orphan-description', message: "A ': description' needs a state (or a transition) before it on the same statement", hint: 'write StateId : description, or A --> B : label' });
  }
  if (expected === 'statement' && token.type === '-->' && (previous?.type === 'ID' || previous?.type === 'EDGE_STATE')) {
    return at({ code: 'state-chained-transition', message: "A transition links exactly two states: 'A --> B --> C' is not understood", hint: 'write each transition on its own line: A --> B, then B --> C' });
  }
  if (expected === 'statement' && token.type === '-->') {
    return at({ code: 'state-missing-source', message: "'-->' needs a state before it", hint: 'write A --> B, or [*] --> B for the start' });
  }
  if (expected === 'statement' && (token.type === 'STRING' || token.type === 'STYLE_SEPARATOR')) {
    return at({ code: 'unexpected-token', message: `${got} cannot start a statement (quotes are only understood after 'state' or 'note')`, hint: 'write state "Description" as Id, or Id : description' });
  }
  const keyword = keywordBefore(text, token.start);
  if ((expected === 'target' || expected === 'state-id') && keyword) {
    return at({ code: 'state-keyword-as-name', message: `'${text.slice(keyword.start, keyword.end)}' is a keyword: here it starts a new statement instead of naming a state`, hint: 'rename the state (e.g. StateName), or write state "state" as StateName' }, keyword);
  }
  if (expected === 'target') {
    return at({ code: 'state-missing-target', message: `Expected a state (a name or [*]) after ${previous?.type === 'CLICK' ? "'click'" : "'-->'"}, found ${got}`, hint: 'write A --> B; names may not hold blanks or -' });
  }
  if (expected === 'class-name') {
    return at({ code: 'state-bad-class-shorthand', message: `Expected a class name after ':::', found ${got}`, hint: 'write State:::className' });
  }
  if (expected === 'scale-width') {
    return at({ code: 'state-bad-scale', message: "'scale' must be followed by a number and ' width'", hint: 'write scale 300 width' });
  }
  if (expected === 'state-as' || expected === 'state-id') {
    return at({ code: 'state-bad-description', message: `After 'state "…"' Mermaid expects 'as' and the state's id, found ${got}`, hint: 'write state "Description" as Id' });
  }
  if (expected === 'note-target' || expected === 'note-text' || expected === 'note-as' || expected === 'note-id') {
    return at({ code: 'state-bad-note', message: `This note is incomplete: expected ${NOTE_PARTS[expected]}, found ${got}`, hint: 'write note right of State : text, or note right of State … end note, or note "text" as N' });
  }
  if (expected === 'click-link' || expected === 'click-string' || expected === 'click-end') {
    return at({ code: 'state-bad-click', message: `'click State' must be followed by "url" "tooltip" or href "url", and then the line must end; found ${got}`, hint: 'click State href "https://example.com" (nothing after it on the line)' });
  }
  if (token.type === 'STRUCT_STOP') {
    return at({ code: 'state-unmatched-brace', message: "This '}' closes no composite state", hint: 'remove it or open the composite state with state Name {' });
  }
  return at({ code: 'unexpected-token', message: `Expected a state diagram statement (a state, a transition A --> B, note, state …, classDef …), found ${got}`, hint: 'one statement per line; state names are single words without - or :' });
}

/** The `state` keyword whose `state\s+` rule ran right before offset `at` (its text was skipped). */
function keywordBefore(text: string, at: number): Token | null {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === at || end < 5 || text.slice(end - 5, end).toLowerCase() !== 'state' || /\w/.test(text[end - 6] ?? '')) return null;
  return { type: 'ID', start: end - 5, end };
}

const NOTE_PARTS: Record<string, string> = {
  'note-target': "'left of' or 'right of' and a state, or a quoted text",
  'note-text': "': text' on the same line or the note's lines followed by 'end note'",
  'note-as': "'as' and an id after the quoted note text",
  'note-id': 'an id after as',
};

/** The token without the blanks rules like `\s*[^:\n\s\-]+` or `\w+\s+` take around it (unless it is all blanks). */
function trimmed(text: string, token: Token): Token {
  let { start, end } = token;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { ...token, start, end } : token;
}

function colonIssue(): Issue {
  return {
    code: 'state-colon',
    message: "A ':' must be followed by a description on the same line; '::', ':;' or a ':' at the line end is not understood",
    hint: 'write State : description (write a colon inside a text as #58;)',
  };
}

/** No lexer rule matches: what the active start condition was waiting for. */
function lexical(diagram: EncodedDiagram, lexErr: Token, previous: Token | null, condition: string, char: string, at: (issue: Issue, where?: Token) => GrammarResult<GenericAst>): GrammarResult<GenericAst> {
  // After a keyword the lexer wants a word: show (and span) the whole word it could not read.
  const text = diagram.text;
  let end = lexErr.end;
  if (condition !== 'struct' && condition !== 'NOTE_TEXT') while (end < text.length && !/\s/.test(text[end]!)) end++;
  const token = { ...lexErr, end };
  const got = diagram.shown(token.start, token.end, text[token.start] === '\n' ? 'NL' : 'char');
  const word = (issue: Issue) => at(issue, token);
  switch (condition) {
    case 'NOTE':
      return word({ code: 'state-bad-note', message: `After 'note' Mermaid expects 'left of', 'right of' or a quoted text, found ${got}`, hint: 'state diagrams have no "note over" (and a state cannot be called note); write note right of State : text' });
    case 'NOTE_ID':
      return word({ code: 'state-bad-note', message: `Expected the name of the state the note belongs to, found ${got}`, hint: 'write note right of State : text (state names hold no blanks, - or :)' });
    case 'NOTE_TEXT':
      return at({ code: 'state-unterminated-note', message: "This note has neither ': text' on its line nor an 'end note' line after it", hint: 'close a multi-line note with a line holding end note' }, previous ?? token);
    case 'SCALE':
      return word({ code: 'state-bad-scale', message: `'scale' must be followed by a number and ' width', found ${got}`, hint: 'write scale 300 width' });
    case 'CLASSDEF':
      return word({ code: 'state-bad-classdef', message: `'classDef' must be followed by a class name (letters, digits, _) and its styles, found ${got}`, hint: 'write classDef name fill:#f96,stroke:#333' });
    case 'CLASS':
      return word({ code: 'state-bad-class', message: `'class' must be followed by state ids (A,B) and a class name, found ${got}`, hint: 'write class A,B className (ids and class names are letters, digits and _)' });
    case 'STYLE':
      return word({ code: 'state-bad-style', message: `'style' must be followed by state ids and their styles, found ${got}`, hint: 'write style A fill:#f96 (ids are letters, digits and _, no - or quotes)' });
    default:
      if (char === '-') {
        return at({ code: 'bad-arrow', message: "Inside a composite state a transition is written '-->' and '--' separates concurrent regions; a single '-' or '->' is not understood", hint: 'write A --> B; state names may not hold -' });
      }
      if (char === ':') return at(colonIssue());
      if (char === '{') {
        return at({ code: 'state-unexpected-brace', message: "'{' opens a composite state only right after 'state Name'", hint: 'write state Name { … } with the { on the state line' });
      }
      return at({ code: 'unexpected-character', message: `Mermaid cannot read ${got} here`, hint: 'state names are single words without - : or {' });
  }
}
