import type { GenericAst, GrammarResult, SyntaxIssue } from '../../types.js';
import { EncodedDiagram } from '../gantt/text.js';
import { parseTimelineTokens, type TimelineFailure } from './parser.js';

/**
 * Parses a timeline (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's exact
 * verdict: entity pre-pass and appended newline, the jison lexer and grammar (parser.ts) and the
 * database's parse-time crash on an event before any period.
 * GenericAst.texts: title, section names, periods and events (spans are offsets in `cleaned`).
 */
export function parseTimeline(cleaned: string): GrammarResult<GenericAst> {
  const diagram = new EncodedDiagram(cleaned);
  const parsed = parseTimelineTokens(diagram.text);
  // Mermaid keeps what follows `title ` and `section ` (substr), and an event after ': '.
  diagram.collectTexts(parsed.statements, { title: 6, section: 8, event: 2 });
  if (!parsed.failure) return { ast: diagram.ast, errors: [] };
  return reject(diagram, parsed.failure);
}

const COLON_HINT = "write the colon as the entity #58; (10#58;00), or put ': ' (colon, blank) only before each event";

function reject(diagram: EncodedDiagram, failure: TimelineFailure): GrammarResult<GenericAst> {
  if (failure.kind === 'event-without-period') {
    return diagram.reject({
      code: 'timeline-event-without-period',
      message: "An event (': …') comes before any time period: Mermaid crashes adding it",
      hint: 'start with a period line, e.g. "2024 : first event", then continuation lines ": next event"',
    }, failure.token.start, failure.token.end);
  }
  const { token, previous, expected } = failure;
  const got = diagram.shown(token.start, token.end, token.type);
  const at = (issue: Omit<SyntaxIssue, 'span'>) => diagram.reject(issue, token.start, token.end);
  const text = diagram.text;
  if (expected === 'header') {
    return at({ code: 'bad-header', message: `Expected the header 'timeline' (optionally LR or TD), found ${got}`, hint: 'start the diagram with a line holding timeline' });
  }
  if (token.type === 'INVALID' && text[token.start] === ':') {
    const after = text[token.start + 1];
    const inSection = previous?.type === 'section' && previous.end === token.start;
    if (after === '\n' || after === undefined) {
      return at({ code: 'timeline-empty-event', message: "A ':' at the end of the line starts no event (an event is ': ' followed by its text)", hint: 'write the event text after ": ", or remove the colon' });
    }
    if (inSection) {
      return at({ code: 'timeline-colon-in-section', message: "A section name cannot hold ':' (the section ends there and the colon is not an event separator)", hint: COLON_HINT });
    }
    return at({ code: 'timeline-colon-in-text', message: "A ':' not followed by a blank: Mermaid reads ': ' as an event separator and any other colon is an error", hint: COLON_HINT });
  }
  if (token.type === 'timeline' || token.type === 'timeline_lr' || token.type === 'timeline_td') {
    return at({ code: 'duplicate-header', message: "'timeline' appears again after the header", hint: 'keep one timeline line at the top' });
  }
  if (token.type === '$end') {
    return at({ code: 'unclosed-acc-descr', message: "accDescr { is never closed with '}'", hint: 'close the description with } on its own line' });
  }
  return at({ code: 'unexpected-token', message: `Expected a timeline statement (period, ': event', section, title), found ${got}`, hint: 'one statement per line: "2024 : event", section …, title …' });
}
