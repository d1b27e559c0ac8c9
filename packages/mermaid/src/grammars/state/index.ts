import type { GenericAst, GrammarResult } from '../../types.js';
import { EncodedDiagram } from '../gantt/text.js';
import { groupWithDescriptions } from './db.js';
import { diagnoseState } from './diagnose.js';
import { parseStateTokens, type StateParse } from './parser.js';

/**
 * Parses a state diagram (`stateDiagram` or `stateDiagram-v2`, the text Mermaid's preprocessing
 * leaves) with Mermaid 11.17.2's exact verdict: entity pre-pass and appended newline, the jison
 * lexer (lexer.ts) and grammar (parser.ts), and the database's parse-time crash on a composite
 * state with more than one label (db.ts). Both diagram types share parser and database.
 * GenericAst.texts: state descriptions, transition labels, `state "…" as` texts, note texts and
 * composite state names (spans are offsets in `cleaned`).
 * Not modelled: beyond about 2,000 nested composite states Mermaid's recursive database walk
 * overflows the stack (at a depth that varies with the JIT's state), so it rejects what we accept.
 */
export function parseState(cleaned: string): GrammarResult<GenericAst> {
  const diagram = new EncodedDiagram(cleaned);
  const parsed = parseStateTokens(diagram.text);
  collectTexts(diagram, parsed);
  if (!parsed.failure) {
    const group = groupWithDescriptions(parsed.records);
    if (group) parsed.failure = { kind: 'group-description', record: group };
  }
  if (!parsed.failure) return { ast: diagram.ast, errors: [] };
  return diagnoseState(diagram, parsed.failure);
}

function collectTexts(diagram: EncodedDiagram, parsed: StateParse): void {
  const { ast, text } = diagram;
  for (const { kind, token } of parsed.statements) {
    const { start, end } = token;
    if (kind === 'descr' || kind === 'label') diagram.addText(text.indexOf(':', start) + 1, end);
    else if (kind === 'noteText') {
      // `: text` on the note's line (Mermaid drops the first two characters), or lines up to `end note`.
      let colon = start;
      while (colon < end && /\s/.test(text[colon]!)) colon++;
      const inline = text[colon] === ':' && colon + 1 < end && !':\n;'.includes(text[colon + 1]!);
      if (inline) diagram.addText(start + 2, end);
      else diagram.addText(start, end - 8);
    } else if (kind === 'accTitle') ast.accTitle = diagram.accText(start, end);
    else if (kind === 'accDescr') ast.accDescr = diagram.accText(start, end);
    else diagram.addText(start, end);
  }
}
