import { StateLexer } from './lexer.js';
import type { Token, TokenType } from './tokens.js';

/**
 * Mermaid 11.17.2's stateDiagram grammar as a recogniser (the LALR table's token sets, read as
 * an LL(1) loop; both stop at the same token):
 *
 *   start     := NL* SD line* $end          line := NL | statement | '}' closing a '{'
 *   statement := classDef CLASSDEF_ID CLASSDEF_STYLEOPTS | style STYLE_IDS STYLEDEF_STYLEOPTS
 *              | class CLASSENTITY_IDS STYLECLASS | HIDE_EMPTY | scale WIDTH
 *              | idStatement (DESCR | '-->' idStatement DESCR?)?
 *              | COMPOSIT_STATE ('{' line* '}')? | STATE_DESCR AS ID ('{' line* '}')?
 *              | FORK | JOIN | CHOICE | CONCURRENT | direction
 *              | note (left_of | right_of) ID NOTE_TEXT | note NOTE_TEXT AS ID
 *              | acc_title acc_title_value | acc_descr acc_descr_value | acc_descr_multiline_value
 *              | CLICK idStatement (STRING STRING | HREF STRING) NL
 *   idStatement := (ID | EDGE_STATE) (':::' ID)?
 *
 * Statements need no separator (`A B` is two states). Nesting is an explicit stack, so 500 nested
 * composite states cost nothing. What the database needs afterwards (state ids, descriptions,
 * bodies) is collected on the way.
 */

export type Expectation =
  | 'header' | 'statement' | 'class-def-name' | 'style-ids' | 'class-ids' | 'scale-width' | 'state-as' | 'state-id'
  | 'note-target' | 'note-text' | 'note-as' | 'note-id' | 'target' | 'class-name' | 'click-link' | 'click-string' | 'click-end'
  | 'closing-brace';

/** A state statement as the database's node builder sees it. */
export interface StateRecord {
  /** Id after Mermaid's trimming (and `[*]` renamed as the database does). */
  id: string;
  /** Descriptions the statement adds (flattened), empty when it adds none. */
  descriptions: string[];
  /** The description is a list (`state "a" as B:c`), even of one part. */
  list?: true;
  /** Has a `{ … }` body (a group node). */
  group: boolean;
  token: Token;
}

export interface Statement {
  kind: 'descr' | 'label' | 'stateDescr' | 'noteText' | 'floatingNote' | 'composite' | 'accTitle' | 'accDescr';
  token: Token;
}

export type StateFailure =
  | { kind: 'syntax'; token: Token; previous: Token | null; expected: Expectation; openedAt: Token | null; condition: string }
  | { kind: 'group-description'; record: StateRecord };

export interface StateParse {
  statements: Statement[];
  records: StateRecord[];
  failure: StateFailure | null;
}

const ID_START = new Set<TokenType>(['ID', 'EDGE_STATE']);
const ROOT = { pass1: 'root', id: 'root' };

export function parseStateTokens(text: string): StateParse {
  const lexer = new StateLexer(text);
  const statements: Statement[] = [];
  const records: StateRecord[] = [];
  /** Open composite states: their id (for `[*]` renaming) and the token that opened them. */
  const open: { pass1: string; id: string; token: Token }[] = [];
  let previous: Token | null = null;
  let token = lexer.next();
  const is = (type: TokenType): boolean => token.type === type;
  const advance = () => {
    previous = token;
    token = lexer.next();
  };
  const value = (t: Token) => text.slice(t.start, t.end);
  const fail = (expected: Expectation): StateParse => ({
    statements, records, failure: { kind: 'syntax', token, previous, expected, openedAt: open[open.length - 1]?.token ?? null, condition: lexer.condition },
  });
  /**
   * The node id the database ends up with. The v2 database translates the document twice: each
   * pass renames a state statement whose id is exactly `[*]` after its parent (`Parent_start`),
   * then trims; so `[*] ` (as `state "…" as [*] {` leaves it) is renamed by the second pass.
   */
  const stateId = (raw: string): { pass1: string; id: string } => {
    const parent = open[open.length - 1] ?? ROOT;
    const pass1 = raw === '[*]' ? `${parent.pass1}_start` : raw.trim();
    return { pass1, id: pass1 === '[*]' ? `${parent.id}_start` : pass1 };
  };
  /** idStatement; false when the current token cannot start one. */
  const idStatement = (): Token | null => {
    if (!ID_START.has(token.type)) return null;
    const first = token;
    advance();
    if (is('STYLE_SEPARATOR')) {
      advance();
      if (!is('ID')) return null;
      advance();
    }
    return first;
  };

  while (is('NL')) advance();
  if (!is('SD')) return fail('header');
  advance();
  for (;;) {
    switch (token.type) {
      case 'EOF':
        return open.length ? fail('closing-brace') : { statements, records, failure: null };
      case 'NL':
        advance();
        break;
      case 'STRUCT_STOP':
        if (!open.length) return fail('statement');
        open.pop();
        advance();
        break;
      case 'classDef':
      case 'style':
      case 'class': {
        const [name, rest, expected] = token.type === 'classDef' ? ['CLASSDEF_ID', 'CLASSDEF_STYLEOPTS', 'class-def-name'] as const
          : token.type === 'style' ? ['STYLE_IDS', 'STYLEDEF_STYLEOPTS', 'style-ids'] as const : ['CLASSENTITY_IDS', 'STYLECLASS', 'class-ids'] as const;
        advance();
        if (!is(name)) return fail(expected);
        advance();
        if (!is(rest)) return fail(expected);
        advance();
        break;
      }
      case 'ID':
      case 'EDGE_STATE': {
        const first = token;
        if (!idStatement()) return fail('class-name');
        if (is('DESCR')) {
          const description = trimColon(value(token).trim());
          records.push({ id: stateId(value(first).trim()).id, descriptions: description ? [description] : [], group: false, token });
          statements.push({ kind: 'descr', token });
          advance();
        } else if (is('-->')) {
          advance();
          if (!ID_START.has(token.type)) return fail('target');
          if (!idStatement()) return fail('class-name');
          if (is('DESCR')) {
            statements.push({ kind: 'label', token });
            advance();
          }
        }
        break;
      }
      case 'HIDE_EMPTY':
      case 'FORK':
      case 'JOIN':
      case 'CHOICE':
      case 'CONCURRENT':
      case 'direction':
        advance();
        break;
      case 'acc_descr_multiline_value':
        statements.push({ kind: 'accDescr', token });
        advance();
        break;
      case 'scale':
        advance();
        if (!is('WIDTH')) return fail('scale-width');
        advance();
        break;
      case 'COMPOSIT_STATE': {
        const name = token;
        advance();
        if (is('STRUCT_START')) {
          statements.push({ kind: 'composite', token: name });
          const node = stateId(value(name));
          records.push({ id: node.id, descriptions: [], group: true, token: name });
          open.push({ ...node, token });
          advance();
        }
        break;
      }
      case 'STATE_DESCR': {
        const descr = token;
        advance();
        if (!is('AS')) return fail('state-as');
        advance();
        if (!is('ID')) return fail('state-id');
        const idToken = token;
        let id = value(token);
        advance();
        statements.push({ kind: 'stateDescr', token: descr });
        if (is('STRUCT_START')) {
          // With a body the description is kept as written and the id is not split at ':'.
          const node = stateId(id);
          records.push({ id: node.id, descriptions: descr.end > descr.start ? [value(descr)] : [], group: true, token: idToken });
          open.push({ ...node, token });
          advance();
        } else {
          let descriptions = [value(descr).trim()];
          if (id.includes(':')) {
            const parts = id.split(':');
            id = parts[0]!;
            descriptions = [descriptions[0]!, parts[1]!];
            // `state "…" as Id:more`: the part after the first ':' is a second description line.
            const from = idToken.start + id.length + 1;
            statements.push({ kind: 'stateDescr', token: { type: 'ID', start: from, end: from + parts[1]!.length } });
          }
          const record: StateRecord = { id: stateId(id).id, descriptions: descriptions.filter((d, _i, all) => all.length > 1 || d !== ''), group: false, token: idToken };
          if (descriptions.length > 1) record.list = true;
          records.push(record);
        }
        break;
      }
      case 'note':
        advance();
        if (is('left_of') || is('right_of')) {
          advance();
          if (!is('ID')) return fail('note-target');
          advance();
          if (!is('NOTE_TEXT')) return fail('note-text');
          statements.push({ kind: 'noteText', token });
          advance();
        } else if (is('NOTE_TEXT')) {
          statements.push({ kind: 'floatingNote', token });
          advance();
          if (!is('AS')) return fail('note-as');
          advance();
          if (!is('ID')) return fail('note-id');
          advance();
        } else return fail('note-target');
        break;
      case 'acc_title':
      case 'acc_descr': {
        const kind = token.type === 'acc_title' ? 'accTitle' : 'accDescr';
        advance();
        // The acc_title / acc_descr conditions always yield their value next.
        statements.push({ kind, token });
        advance();
        break;
      }
      case 'CLICK':
        advance();
        if (!ID_START.has(token.type)) return fail('target');
        if (!idStatement()) return fail('class-name');
        if (is('STRING')) advance();
        else if (is('HREF')) advance();
        else return fail('click-link');
        if (!is('STRING')) return fail('click-string');
        advance();
        if (!is('NL')) return fail('click-end');
        advance();
        break;
      default:
        return fail('statement');
    }
  }
}

/** The database's trimColon. */
export function trimColon(text: string): string {
  return text.startsWith(':') ? text.slice(1).trim() : text.trim();
}
