import type { GenericAst, GrammarResult, SyntaxIssue } from '../../types.js';
import type { LexToken } from './jison-lexer.js';
import { parseGanttTokens, type GanttFailure } from './parser.js';
import { EncodedDiagram } from './text.js';

/**
 * Parses a gantt chart (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's exact
 * verdict: entity pre-pass and appended newline, the jison lexer and grammar (parser.ts), and
 * the database's only parse-time crash (task data made of tags alone). Dates, durations,
 * `after`/`until` ids, excludes and date formats are only read when the chart is drawn, so a
 * `2024-13-45` or an unknown id passes here just as it passes mermaid.parse.
 * GenericAst.texts: title, section names, task names (spans are offsets in `cleaned`).
 */
export function parseGantt(cleaned: string): GrammarResult<GenericAst> {
  const diagram = new EncodedDiagram(cleaned);
  const parsed = parseGanttTokens(diagram.text);
  // Mermaid keeps what follows `title ` and `section ` (substr).
  diagram.collectTexts(parsed.statements, { title: 6, section: 8 });
  if (!parsed.failure) return { ast: diagram.ast, errors: [] };
  return reject(diagram, parsed.failure);
}

function reject(diagram: EncodedDiagram, failure: GanttFailure): GrammarResult<GenericAst> {
  if (failure.kind === 'tags-only') {
    const { data } = failure;
    return diagram.reject({
      code: 'gantt-tags-only',
      message: 'This task has only tags (active, done, crit, milestone, vert) and no start or duration: Mermaid crashes reading it',
      hint: 'add a duration or dates after the tags, e.g. "Task : done, 2024-01-01, 3d"',
    }, data.start, data.end);
  }
  if (failure.kind === 'top-axis') {
    return diagram.reject({
      code: 'gantt-top-axis',
      message: "Mermaid 11.17.2 crashes on 'topAxis' (its parser calls a database function that does not exist)",
      hint: 'remove the topAxis line, or set it in the config instead: %%{init: {"gantt": {"topAxis": true}}}%%',
    }, failure.token.start, failure.token.end);
  }
  const { token, previous, expected } = failure;
  const got = diagram.shown(token.start, token.end, token.type);
  const at = (issue: Omit<SyntaxIssue, 'span'>) => diagram.reject(issue, token.start, token.end);
  const text = diagram.text;
  if (expected === 'header') {
    return at({ code: 'bad-header', message: `Expected the header 'gantt', found ${got}`, hint: 'start the chart with a line holding only gantt' });
  }
  if (expected === 'task-data' && previous && (text[previous.start] === '#' || text[previous.start] === ';')) {
    return at({ code: 'gantt-comment-after-data', message: `Task data stops at '${text[previous.start]}': the rest of the line is read as another task name without ':'`, hint: "put comments on their own line starting with %% (and write ';' or '#' in texts as #59; / #35;)" });
  }
  if (token.type === '$end' && expected === 'statement' && previous?.type === 'acc_descr_multiline_value') {
    return at({ code: 'unclosed-acc-descr', message: "accDescr { is never closed with '}'", hint: 'close the description with } on its own line' });
  }
  if (expected === 'task-data') {
    if (token.type === ':') {
      return at({ code: 'gantt-empty-task-data', message: "Nothing usable follows the task's ':' (task data stops at '#', ';' and the line end)", hint: 'write the task as "Name : start, duration", e.g. "Design : 2024-01-01, 3d"' });
    }
    return at({ code: 'gantt-missing-colon', message: `A task needs ':' between its name and its data, found ${got}`, hint: 'write the task as "Name : start, duration", e.g. "Design : a1, 2024-01-01, 3d"' });
  }
  if (expected === 'click-target') {
    return at({ code: 'gantt-bad-click', message: `'click taskId' must be followed by href "url" or call callback(args), found ${got}`, hint: 'click task1 href "https://example.com"' });
  }
  if (token.type === 'callbackname' && previous?.type === 'callbackname') {
    return at({ code: 'gantt-bad-click', message: "The callback after 'call' has no parentheses: its name runs on to the end of the diagram", hint: 'write call name() or call name(arg1, arg2)' });
  }
  if (token.type === 'href' && previous?.type === 'href') {
    return at({ code: 'gantt-bad-click', message: 'The link after href has no closing quote: it runs on to the end of the diagram', hint: 'click task1 href "https://example.com"' });
  }
  if (token.type === 'date') {
    return at({ code: 'gantt-bare-date', message: 'A date cannot start a statement: Mermaid reads YYYY-MM-DD at the start of a line as a date token', hint: 'give the task a name first: "Release : 2024-01-01, 1d"' });
  }
  if (token.type === 'accDescription') {
    return at({ code: 'unknown-keyword', message: "'accDescription' is not a gantt statement", hint: 'use accDescr: text (or accDescr { … })' });
  }
  if (token.type === 'gantt') {
    return at({ code: 'duplicate-header', message: "'gantt' appears again after the header", hint: 'keep one gantt line at the top' });
  }
  if (token.type === 'taskData' || token.type === ':') {
    return at({ code: 'gantt-missing-task-name', message: "Task data (':' …) without a task name before it", hint: 'write the task as "Name : start, duration" on one line' });
  }
  return at({ code: 'unexpected-token', message: `Expected a gantt statement (task, section, title, dateFormat …), found ${got}`, hint: describeHint(token) });
}

function describeHint(token: LexToken): string {
  if (token.type === 'callbackname' || token.type === 'callbackargs' || token.type === 'href') return 'href and call only follow click taskId';
  if (token.type === 'open_directive') return '%%{ … }%% directives belong before the gantt line';
  return 'one statement per line: "Name : data", section …, title …, dateFormat …';
}
