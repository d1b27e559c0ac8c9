import type { LexToken } from '../gantt/jison-lexer.js';
import { timelineLexer } from './lexer.js';

/**
 * Mermaid 11.17.2's timeline grammar as a recogniser:
 *
 *   start     := ('timeline' | 'timeline LR' | 'timeline TD') line* EOF     line := NEWLINE | EOF | statement
 *   statement := title | section | period | event | acc_descr_multiline_value
 *              | acc_title acc_title_value | acc_descr acc_descr_value
 *
 * The LALR parser stops at the first token that cannot start a line (INVALID, a second header,
 * the end of the input inside `accDescr {`…). Then the database's parse-time crash: `addEvent`
 * looks up the latest period of this diagram and pushes onto its events without checking, so an
 * event before any period is a TypeError ("reading 'events'") and the diagram is rejected.
 */

export type TimelineExpectation = 'header' | 'statement';

export interface TimelineStatement {
  kind: 'title' | 'section' | 'period' | 'event' | 'accTitle' | 'accDescr';
  token: LexToken;
}

export type TimelineFailure =
  | { kind: 'syntax'; token: LexToken; previous: LexToken | null; expected: TimelineExpectation }
  | { kind: 'event-without-period'; token: LexToken };

export interface TimelineParse {
  statements: TimelineStatement[];
  failure: TimelineFailure | null;
}

const HEADERS = new Set(['timeline', 'timeline_lr', 'timeline_td']);
const SIMPLE: Record<string, TimelineStatement['kind']> = { title: 'title', section: 'section', acc_descr_multiline_value: 'accDescr' };

export function parseTimelineTokens(text: string): TimelineParse {
  const lexer = timelineLexer.start(text);
  const statements: TimelineStatement[] = [];
  let previous: LexToken | null = null;
  let token = lexer.next();
  let periods = 0;
  // A call, not a comparison, so TypeScript does not narrow `token` across advance().
  const is = (type: string): boolean => token.type === type;
  const advance = () => {
    previous = token;
    token = lexer.next();
  };
  const fail = (expected: TimelineExpectation): TimelineParse => ({ statements, failure: { kind: 'syntax', token, previous, expected } });

  if (!HEADERS.has(token.type as string)) return fail('header');
  advance();
  for (;;) {
    const type = token.type;
    if (type === 'NEWLINE') {
      advance();
    } else if (type === 'period') {
      periods++;
      statements.push({ kind: 'period', token });
      advance();
    } else if (type === 'event') {
      if (periods === 0) return { statements, failure: { kind: 'event-without-period', token } };
      statements.push({ kind: 'event', token });
      advance();
    } else if (SIMPLE[type]) {
      statements.push({ kind: SIMPLE[type], token });
      advance();
    } else if (type === 'acc_title' || type === 'acc_descr') {
      // The acc_title / acc_descr start conditions always yield their value token next.
      advance();
      statements.push({ kind: type === 'acc_title' ? 'accTitle' : 'accDescr', token });
      advance();
    } else if (type === 'EOF') {
      // `start: header document EOF`; jison's lexer yields the end marker on every later call.
      return { statements, failure: null };
    } else return fail('statement');
  }
}
