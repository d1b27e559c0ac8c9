/**
 * Turns Mermaid's parser messages ("Parse error on line 3: … Expecting 'SQE', …, got 'PS'") into
 * something a person reads; Mermaid's own words are kept as the issue's detail.
 */

// jison token names that mean punctuation or positions rather than words.
const TOKEN_WORDS: Record<string, string> = {
  NEWLINE: 'the end of the line', NL: 'the end of the line', EOF: 'the end of the diagram', SPACE: 'a space',
  COLON: "':'", COMMA: "','", SEMI: "';'", PIPE: "'|'", STRING: 'a quoted text', ID: 'a name', NUM: 'a number',
  SQS: "'['", SQE: "']'", PS: "'('", PE: "')'", SQUARE_BRACES_START: "'['", SQUARE_BRACES_END: "']'",
  STRUCT_START: "'{'", STRUCT_STOP: "'}'", DIAMOND_START: "'{'", DIAMOND_STOP: "'}'", MINUS: "'-'", PLUS: "'+'",
  ARROW: 'an arrow', LINK: 'a link', TXT: 'text', MD_STR: 'a markdown string', INVALID: 'something Mermaid does not know here',
};

/** A jison token name as a reader understands it: 'SQUARE_BRACES_END' → "']'", 'title' → "title". */
export function readableToken(name: string): string {
  const bare = name.replace(/^'|'$/g, '');
  if (TOKEN_WORDS[bare]) return TOKEN_WORDS[bare]!;
  if (/^[a-z][\w-]*$/.test(bare)) return `'${bare}'`;
  if (/^[^\w\s]+$/.test(bare)) return `'${bare}'`;
  return bare.toLowerCase().replace(/_/g, ' ');
}

function whatWasFound(token: string | undefined, tokenName: string | undefined): string {
  if (tokenName === 'EOF' || token === '') return 'the diagram ends too early';
  if (token !== undefined && token.trim() === '' && token.includes('\n')) return 'the line ends too early';
  if (token !== undefined && token.trim() !== '') return `unexpected '${token.trim().slice(0, 30)}' here`;
  return 'Mermaid cannot read the text here';
}

export interface HumanMessage {
  message: string;
  hint?: string;
}

export function humaniseMermaidMessage(raw: string, token?: string, tokenName?: string, expected?: string[]): HumanMessage {
  const first = raw.split('\n')[0]!.trim();
  if (/No diagram type detected/.test(raw)) {
    return { message: 'Mermaid does not recognise the diagram type', hint: 'the first line must name a diagram type, e.g. "flowchart LR" or "sequenceDiagram" (case-sensitive)' };
  }
  if (/^Lexical error/.test(first)) {
    return { message: 'Mermaid cannot read the text here: no word or symbol of this diagram type starts like this', hint: 'look for a stray bracket, quote or symbol on this line' };
  }
  if (/^Parse error/.test(first)) {
    const names = expected ?? /Expecting (.+?), got/.exec(raw.replace(/\n/g, ' '))?.[1]?.split(', ') ?? [];
    const readable = [...new Set(names.map(readableToken))];
    const list = readable.slice(0, 5).join(', ') + (readable.length > 5 ? ', …' : '');
    return { message: `Mermaid cannot parse this: ${whatWasFound(token, tokenName)}`, hint: readable.length ? `Mermaid expected ${readable.length > 1 ? 'one of ' : ''}${list}` : undefined };
  }
  if (/^Parsing failed/.test(first)) {
    const { message, hint } = humaniseLangiumMessage(raw);
    return hint ? { message, hint } : { message };
  }
  return { message: `Mermaid rejects this diagram: ${first}` };
}

/** The first error of a Langium (@mermaid-js/parser) failure: where, and what a person reads. */
export function humaniseLangiumMessage(raw: string): HumanMessage & { line?: number; column?: number } {
  const first = /(Lexer|Parse) error on line (\d+), column (\d+): (.*?)(?=\s*(?:Lexer|Parse) error on line|\s*$)/s.exec(raw);
  if (!first) return { message: `Mermaid cannot parse this: ${raw.replace(/^Parsing failed:\s*/, '').split('\n')[0]}` };
  const [, kind, line, column, text] = first;
  const position = { line: Number(line), column: Number(column) };
  if (kind === 'Lexer') {
    const char = /->(.*?)<-/.exec(text!)?.[1];
    return { ...position, message: `Mermaid cannot parse this: unexpected character${char ? ` '${char}'` : ''} here` };
  }
  const expecting = /Expecting token of type '([^']+)' but found `([^`]*)`/s.exec(text!);
  if (expecting) {
    const [, want, found] = expecting;
    const what = found === '' ? 'the diagram ends too early' : found!.trim() === '' ? 'the line ends too early' : `unexpected '${found!.trim().slice(0, 30)}' here`;
    const expected = want === 'EOF' ? 'a new line or the end of the diagram' : readableToken(want!);
    return { ...position, message: `Mermaid cannot parse this: ${what}`, hint: `Mermaid expected ${expected}` };
  }
  return { ...position, message: `Mermaid cannot parse this: ${text!.replace(/\s+/g, ' ').slice(0, 120)}` };
}
