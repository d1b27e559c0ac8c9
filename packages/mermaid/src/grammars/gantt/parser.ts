import type { LexToken } from './jison-lexer.js';
import { ganttLexer, GANTT_SIMPLE_STATEMENTS } from './lexer.js';

/**
 * Mermaid 11.17.2's gantt grammar as a recogniser:
 *
 *   start     := 'gantt' line* EOF            line := NL | EOF | statement
 *   statement := dateFormat | axisFormat | … | title | section | acc_descr_multiline_value
 *              | acc_title acc_title_value | acc_descr acc_descr_value
 *              | taskTxt taskData | click (callbackname callbackargs? href? | href (callbackname callbackargs?)?)
 *
 * Statements need no separators (the lexer's `\s+` eats line breaks too). The LALR parser stops
 * at the first token no rule accepts; the token sets below are exactly those of its states
 * (after a complete statement the next token must start a line, which is the set `statement`).
 * Then the one database check that throws while parsing: `addTask` → `getTaskTags` shifts the
 * leading tags (active, done, crit, milestone, vert) off the task data and reads the next part
 * without looking; data made only of tags crashes it (TypeError, the diagram is rejected).
 * And `topAxis`: the grammar's action calls `yy.TopAxis()`, which the database does not have
 * (it is `enableTopAxis`), so every `topAxis` statement crashes the parse.
 */

export type GanttExpectation = 'header' | 'statement' | 'task-data' | 'click-target' | 'click-more' | 'click-args';

export interface GanttStatement {
  kind: 'title' | 'section' | 'task' | 'accTitle' | 'accDescr';
  token: LexToken;
  /** A task's `:data` token. */
  data?: LexToken;
}

export type GanttFailure =
  | { kind: 'syntax'; token: LexToken; previous: LexToken | null; expected: GanttExpectation }
  | { kind: 'tags-only'; task: LexToken; data: LexToken }
  | { kind: 'top-axis'; token: LexToken };

export interface GanttParse {
  statements: GanttStatement[];
  failure: GanttFailure | null;
}

const TAG = /^\s*(?:active|done|crit|milestone|vert)\s*$/;

/** True when every comma-separated part of a task's data is a tag: Mermaid's getTaskTags then crashes. */
export function onlyTags(data: string): boolean {
  return data.split(',').every((part) => TAG.test(part));
}

export function parseGanttTokens(text: string): GanttParse {
  const lexer = ganttLexer.start(text);
  const statements: GanttStatement[] = [];
  let previous: LexToken | null = null;
  let token = lexer.next();
  // A call, not a comparison, so TypeScript does not narrow `token` across advance().
  const is = (type: string): boolean => token.type === type;
  const advance = () => {
    previous = token;
    token = lexer.next();
  };
  const fail = (expected: GanttExpectation): GanttParse => ({ statements, failure: { kind: 'syntax', token, previous, expected } });

  if (!is('gantt')) return fail('header');
  advance();
  for (;;) {
    const type = token.type;
    if (type === 'NL') {
      advance();
    } else if (type === 'topAxis') {
      return { statements, failure: { kind: 'top-axis', token } };
    } else if (GANTT_SIMPLE_STATEMENTS.has(type)) {
      if (type === 'title') statements.push({ kind: 'title', token });
      else if (type === 'section') statements.push({ kind: 'section', token });
      else if (type === 'acc_descr_multiline_value') statements.push({ kind: 'accDescr', token });
      advance();
    } else if (type === 'acc_title' || type === 'acc_descr') {
      // The acc_title / acc_descr start conditions always yield their value token next.
      advance();
      statements.push({ kind: type === 'acc_title' ? 'accTitle' : 'accDescr', token });
      advance();
    } else if (type === 'taskTxt') {
      const task = token;
      advance();
      if (!is('taskData')) return fail('task-data');
      const data = token;
      statements.push({ kind: 'task', token: task, data });
      if (onlyTags(text.slice(data.start + 1, data.end))) return { statements, failure: { kind: 'tags-only', task, data } };
      advance();
    } else if (type === 'click') {
      advance();
      if (is('callbackname')) {
        advance();
        if (is('callbackargs')) advance();
        if (is('href')) advance();
      } else if (is('href')) {
        advance();
        if (is('callbackname')) {
          advance();
          if (is('callbackargs')) advance();
        }
      } else return fail('click-target');
    } else if (type === 'EOF') {
      // `start: gantt document EOF`; jison's lexer yields the end marker on every later call.
      advance();
      return { statements, failure: null };
    } else return fail('statement');
  }
}
