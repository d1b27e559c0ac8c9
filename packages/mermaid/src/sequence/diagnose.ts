import { T, type Token } from './lexer.js';
import { startsStatement, type Expectation } from './parser.js';
import { quotedImage, type Diagnosis } from '../diagnosis.js';

const KEYWORD_NAMES = new Map<T, string>([
  [T.END, 'end'], [T.LOOP, 'loop'], [T.RECT, 'rect'], [T.OPT, 'opt'], [T.ALT, 'alt'], [T.ELSE, 'else'], [T.PAR, 'par'],
  [T.PAR_OVER, 'par_over'], [T.AND, 'and'], [T.CRITICAL, 'critical'], [T.OPTION, 'option'], [T.BREAK, 'break'],
  [T.BOX, 'box'], [T.NOTE, 'note'], [T.OVER, 'over'], [T.LINKS, 'links'], [T.LINK, 'link'], [T.PROPERTIES, 'properties'],
  [T.DETAILS, 'details'], [T.ACTIVATE, 'activate'], [T.DEACTIVATE, 'deactivate'], [T.PARTICIPANT, 'participant'],
  [T.ACTOR_KW, 'actor'], [T.CREATE, 'create'], [T.DESTROY, 'destroy'], [T.AUTONUMBER, 'autonumber'], [T.OFF, 'off'],
  [T.LEFT_OF, 'left of'], [T.RIGHT_OF, 'right of'], [T.SD, 'sequenceDiagram'],
]);

const SECTION_HOME: Partial<Record<T, [string, string]>> = {
  [T.ELSE]: ['else-outside-alt', 'alt'],
  [T.AND]: ['and-outside-par', 'par'],
  [T.OPTION]: ['option-outside-critical', 'critical'],
};

export interface FailureContext {
  text: string;
  tokens: Token[];
  /** Index of the failing token. */
  index: number;
}

function shown(text: string, token: Token): string {
  if (token.type === T.EOF) return 'the end of the diagram';
  if (token.type === T.NEWLINE) return token.end > token.start && text[token.start] === ';' ? "';'" : 'the end of the line';
  return quotedImage(text, token.start, token.end, false);
}

export function diagnoseFailure(ctx: FailureContext, expected: Expectation, opener: Token | undefined): Diagnosis {
  const { text, tokens, index } = ctx;
  const token = tokens[index]!;
  const at = { start: token.start, end: Math.max(token.end, token.start + 1) };
  const previous = tokens[index - 1];
  const got = shown(text, token);
  const keyword = KEYWORD_NAMES.get(token.type);

  if (token.type === T.LEXERR) {
    return { code: 'missing-participant-name', message: 'A participant name is missing here', hint: 'write the name after the keyword: participant Alice', ...at };
  }
  // A ';' inside message text ends the statement; what follows then fails.
  const semicolon = lastStatementEnd(text, tokens, index);
  if (semicolon && expected !== 'line' && expected !== 'end-of-input' && expected !== 'end') {
    return { code: 'semicolon-in-text', message: "A ';' in the text ends the statement; the rest of the line is read as a new one", hint: 'write the semicolon as #59; or rephrase without it', start: semicolon, end: semicolon + 1 };
  }
  switch (expected) {
    case 'header':
      return { code: 'unexpected-token', message: `The diagram must start with 'sequenceDiagram', found ${got}`, ...at };
    case 'end-of-input':
    case 'line':
    case 'end':
    case 'box-line': {
      if (token.type === T.EOF && opener) {
        const name = KEYWORD_NAMES.get(opener.type) ?? 'block';
        return { code: 'missing-end', message: `'${name}' is never closed with 'end'`, hint: `add a line 'end' where the ${name} block stops`, start: opener.start, end: opener.end };
      }
      const section = SECTION_HOME[token.type];
      if (section) {
        return { code: section[0], message: `'${keyword}' is only allowed inside '${section[1]}' … 'end'`, hint: `put '${keyword}' between '${section[1]}' and its 'end', or close the inner block first`, ...at };
      }
      if (token.type === T.END) {
        if (tokens[index + 1]?.type === T.ARROW) return keywordParticipant('end', at);
        return { code: 'stray-end', message: "This 'end' closes no block", hint: "remove it, or open the block it was meant to close (loop, alt, opt, par, critical, break, rect, box)", ...at };
      }
      if (expected === 'box-line' && startsStatement(token.type)) {
        return { code: 'box-content', message: 'A box may only hold participant and actor lines', hint: "declare the participants inside the box and write messages after its 'end'", ...at };
      }
      if (token.type === T.ARROW || token.type === T.TXT) {
        return { code: 'missing-participant', message: `The line starts with ${got}: a message needs a sender before the arrow`, hint: 'write From->>To: text', ...at };
      }
      return { code: 'unexpected-token', message: `${got} cannot start a statement`, hint: 'statements are messages (A->>B: text), notes, participant lines and blocks', ...at };
    }
    case 'participant-kind':
      return { code: 'unexpected-token', message: `'create' must be followed by 'participant' or 'actor', found ${got}`, hint: 'create participant Name', ...at };
    case 'participant-name':
    case 'participant-end':
    case 'config-content':
    case 'config-end':
      if (token.type === T.INVALID) {
        return { code: 'bad-participant-name', message: `${got} is not a valid participant name: names cannot hold ':', ',', '<', '>' or '@' (except before @{…})`, hint: "use a simple id and put the display text after 'as': participant API as API: Gateway", ...at };
      }
      if (expected === 'config-content') return { code: 'bad-participant-yaml', message: 'The @{…} data of a participant is empty', hint: 'write key: value pairs inside, e.g. @{ "type": "database" }', ...at };
      return { code: 'bad-participant-name', message: `Unexpected ${got} after the participant name`, hint: "a participant line is: participant Name [as Display text]", ...at };
    case 'arrow':
    case 'arrow-after-central':
      if (token.type === T.NEWLINE || token.type === T.EOF) {
        const name = previous && previous.type === T.ACTOR ? text.slice(previous.start, previous.end) : '';
        if (/[=~.]>|->|-\s+>/.test(name) || /:/.test(text.slice(previous?.start ?? 0, token.start))) {
          return { code: 'bad-arrow', message: `No valid arrow found after ${name ? `'${name}'` : 'the sender'}`, hint: 'use ->> (solid), -->> (dotted), -> , -->, -x, --x, -), --) or <<->>', ...at };
        }
        return { code: 'missing-arrow', message: `${name ? `'${name}'` : 'This line'} is not a statement: a message needs an arrow and a colon`, hint: 'write From->>To: text, or use a keyword (participant, Note, loop…)', ...at };
      }
      return { code: 'bad-arrow', message: `${got} is not a sequence arrow`, hint: 'use ->> (solid), -->> (dotted), ->, -->, -x, --x, -), --), <<->> or a half arrow (-|\\ …)', ...at };
    case 'target':
      if (token.type === T.INVALID || token.type === T.ARROW || token.type === T.MINUS || token.type === T.PLUS) {
        return { code: 'bad-arrow', message: `The arrow goes on with ${got}: that is not a sequence arrow`, hint: 'use ->> (solid), -->> (dotted), ->, -->, -x, --x, -), --) or <<->>', ...at };
      }
      if (keyword) return keywordParticipant(keyword, at);
      return { code: 'missing-participant', message: `A message needs a receiver after the arrow, found ${got}`, hint: 'write From->>To: text', ...at };
    case 'message-text':
    case 'note-text':
    case 'text':
      if (token.type === T.NEWLINE || token.type === T.EOF) {
        return { code: 'missing-colon', message: `A ${expected === 'note-text' ? 'note' : 'message'} needs ':' before its text (even when the text is empty)`, hint: expected === 'note-text' ? 'Note right of A: text' : 'A->>B: text  (or A->>B: with no text)', ...at };
      }
      if (expected === 'note-text' && token.type === T.COMMA) {
        return { code: 'note-too-many-participants', message: 'A note can span at most two participants', hint: 'Note over A,B: text', ...at };
      }
      return { code: 'unexpected-token', message: `Expected ':' and the text, found ${got}`, hint: 'A->>B: text', ...at };
    case 'note-placement':
      return { code: 'bad-note-placement', message: `A note is placed with 'left of', 'right of' or 'over', found ${got}`, hint: 'Note right of A: text', ...at };
    case 'autonumber':
      return { code: 'bad-autonumber', message: `'autonumber' takes a start number and a step (or 'off'), found ${got}`, hint: 'autonumber, autonumber 10, autonumber 10 5, autonumber off', ...at };
    case 'actor':
      if (keyword) return keywordParticipant(keyword, at);
      return { code: 'missing-participant', message: `Expected a participant name, found ${got}`, ...at };
    default:
      if (keyword && token.type !== T.END) return keywordParticipant(keyword, at);
      return { code: 'unexpected-token', message: `Unexpected ${got}`, ...at };
  }
}

function keywordParticipant(keyword: string, at: { start: number; end: number }): Diagnosis {
  return { code: 'keyword-participant', message: `'${keyword}' is a keyword and cannot be used as a participant name here`, hint: `declare it with an id and a display name: participant ${keyword}_ as ${keyword}`, ...at };
}

/** Offset of a ';' that ended the text of the statement before the failing token's line. */
function lastStatementEnd(text: string, tokens: Token[], index: number): number | null {
  for (let k = index - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (t.type !== T.NEWLINE) continue;
    if (text.charCodeAt(t.start) !== 59) return null;
    const before = tokens[k - 1]!;
    return before.type === T.TXT || before.type === T.REST || before.type === T.TITLE || before.type === T.LEGACY_TITLE ? t.start : null;
  }
  return null;
}
