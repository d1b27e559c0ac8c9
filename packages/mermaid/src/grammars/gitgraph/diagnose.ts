import { KEYWORDS, T, type Token } from './lexer.js';
import type { Expectation } from './parser.js';
import { quotedImage, type Diagnosis } from '../../diagnosis.js';

const STATEMENTS_HINT = 'one statement per line: commit, branch <name>, checkout <name>, merge <name>, cherry-pick id: "<id>"';
const NAME_HINT = 'branch names are letters, digits, _ - . / (starting with a letter or _), or any text in quotes: branch "my branch"';

function shown(text: string, token: Token): string {
  if (token.type === T.EOF) return 'the end of the diagram';
  if (token.type === T.NEWLINE) return 'the end of the line';
  if (token.type === T.STRING) return 'a quoted text';
  return quotedImage(text, token.start, token.end);
}

/** Keyword tokens (and the title-like ones) that a person may have meant as a word. */
function isWordKeyword(token: Token): boolean {
  return (token.type <= T.BT && !(KEYWORDS as readonly string[])[token.type]!.endsWith(":")) || token.type === T.TITLE;
}

/** JavaScript blanks other than space and tab: the lexer's WHITESPACE skips only those two. */
const UNUSUAL_BLANK = /[\u000b\u000c\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

function diagnoseCharacter(text: string, tokens: Token[]): Diagnosis {
  const bad = tokens[tokens.length - 1]!;
  const at = { start: bad.start, end: bad.start + 1 };
  const c = text[bad.start]!;
  const previous = tokens.length > 1 ? tokens[tokens.length - 2]! : null;
  if (c === '"' || c === "'") {
    return { code: 'unclosed-string', message: `This ${c === '"' ? 'double' : 'single'}-quoted text is never closed`, hint: `close it with ${c} (a backslash escapes the next character; it cannot stand before a line break)`, ...at };
  }
  if (UNUSUAL_BLANK.test(c)) {
    const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { code: 'unusual-blank', message: `Mermaid cannot read the invisible character U+${code} here: only spaces and tabs separate words`, hint: 'replace it with a plain space (or remove it)', ...at };
  }
  if (c === '\uFB02') {
    // The whole marker run (#name; in the source), not just its first character.
    const end = text.indexOf('\u00DF', bad.start);
    return { code: 'entity-outside-label', message: 'An entity code (#…;) is only allowed inside a quoted text', hint: 'move it inside the quotes or remove it', start: bad.start, end: end === -1 ? bad.start + 1 : end + 1 };
  }
  if (previous?.type === T.REFERENCE && /^acc(Title|Descr)$/.test(text.slice(previous.start, previous.end))) {
    return { code: 'bad-acc', message: `'${text.slice(previous.start, previous.end)}' needs a colon and a text${c === '{' ? ', and a { block needs its closing }' : ''}`, hint: 'accTitle: My history / accDescr: A description / accDescr { … }', ...at };
  }
  if (c === ';') return { code: 'semicolon', message: "gitGraph statements do not end with ';'", hint: 'remove the semicolon: each statement ends at the line end', ...at };
  if (previous && previous.end === bad.start && (previous.type === T.REFERENCE || previous.type === T.INT)) {
    return { code: 'bad-name-character', message: `Mermaid cannot read '${c}' in a name: unquoted names are ASCII letters, digits and _ - . / and cannot end with '.' or '/'`, hint: `${NAME_HINT}`, ...at };
  }
  return { code: 'unexpected-character', message: `Mermaid cannot read '${c}' here`, hint: STATEMENTS_HINT, ...at };
}

export function diagnoseGitGraph(text: string, tokens: Token[], failure: { index: number; expected: Expectation } | null): Diagnosis {
  if (tokens[tokens.length - 1]!.type === T.LEXERR) return diagnoseCharacter(text, tokens);
  const { index, expected } = failure!;
  const token = tokens[index]!;
  // Title-like tokens start with the blanks before their keyword: point at the keyword.
  let start = token.start;
  if (token.type === T.TITLE || token.type === T.ACC_TITLE || token.type === T.ACC_DESCR) {
    while (text[start] === ' ' || text[start] === '\t') start++;
  }
  const at = { start, end: Math.max(token.end, start + 1) };
  const got = shown(text, token);
  const previous = index > 0 ? tokens[index - 1]! : null;
  switch (expected) {
    case 'header':
      return { code: 'bad-header', message: `Expected the header 'gitGraph', found ${got}`, hint: 'start the diagram with gitGraph (optionally gitGraph LR:, gitGraph TB: or gitGraph BT:)', ...at };
    case 'name':
      if (isWordKeyword(token)) {
        return { code: 'keyword-as-name', message: `${got} is a gitGraph keyword and cannot be an unquoted branch name`, hint: `quote it: "${text.slice(start, token.end).trim()}"`, ...at };
      }
      if (token.type === T.INT) return { code: 'bad-name', message: 'An unquoted branch name cannot start with a digit', hint: NAME_HINT, ...at };
      // Nothing follows on the line: point at the statement that lacks its name.
      if (token.type === T.NEWLINE || token.type === T.EOF) at.start = previous!.start, at.end = previous!.end;
      return { code: 'missing-name', message: `Expected a branch name after '${text.slice(previous!.start, previous!.end)}', found ${got}`, hint: NAME_HINT, ...at };
    case 'string':
      return { code: 'missing-string', message: `'${text.slice(previous!.start, previous!.end)}' needs a quoted text after it, found ${got}`, hint: `write ${text.slice(previous!.start, previous!.end)} "…" (double or single quotes)`, ...at };
    case 'kind':
      return { code: 'bad-commit-type', message: `Expected a commit type (NORMAL, REVERSE or HIGHLIGHT), found ${got}`, hint: 'the types are upper case: type: HIGHLIGHT', ...at };
    case 'int':
      return { code: 'bad-order', message: `'order:' needs a whole number, found ${got}`, hint: 'write order: 2 (no sign, decimals or leading zeros)', ...at };
    case 'eol': {
      if (previous?.type === T.TITLE && previous.end === token.start) return { code: 'bad-title', message: `'title' must be followed by a blank before its text, found ${got}`, hint: 'title Release history', ...at };
      if (token.type === T.ORDER) return { code: 'misplaced-option', message: "'order:' can only be given once, right after the branch name", hint: 'branch name order: 2', ...at };
      if (token.type === T.INT && previous?.type === T.INT) return { code: 'bad-order', message: `Mermaid reads '${text.slice(previous.start, token.end)}' as two numbers`, hint: 'write order: 2 (no leading zeros or decimals)', ...at };
      if (token.type === T.ID || token.type === T.MSG || token.type === T.TAG || token.type === T.TYPE || token.type === T.PARENT) {
        return { code: 'misplaced-option', message: `${got} is not an option of this statement`, hint: 'commit takes id: msg: tag: type:; merge takes id: tag: type:; cherry-pick takes id: tag: parent:; branch takes order:', ...at };
      }
      if (previous && (previous.type === T.COMMIT || previous.type === T.MERGE || previous.type === T.CHERRY_PICK) && token.type === T.REFERENCE) {
        return { code: 'bad-option', message: `Mermaid cannot read ${got} here: options are written name: "value" with the colon right after the name`, hint: 'commit id: "a" tag: "v1" type: HIGHLIGHT', ...at };
      }
      return { code: 'unexpected-token', message: `Expected the end of the line, found ${got}`, hint: STATEMENTS_HINT, ...at };
    }
    case 'statement':
      if (token.type === T.GITGRAPH || token.type === T.GITGRAPH_COLON) return { code: 'duplicate-header', message: "'gitGraph' appears again after the header", hint: 'keep one gitGraph header at the top', ...at };
      if ((token.type === T.LR || token.type === T.TB || token.type === T.BT) && previous?.type === T.GITGRAPH) {
        return { code: 'bad-direction', message: `The direction ${got} needs a colon after it`, hint: `write gitGraph ${text.slice(token.start, token.end)}:`, ...at };
      }
      if (token.type === T.REFERENCE && /^(accTitle|accDescr)/.test(text.slice(token.start, token.end))) {
        return { code: 'bad-acc', message: `${got} needs a colon and a text (accDescr also takes a { … } block)`, hint: 'accTitle: My history / accDescr: A description', ...at };
      }
      return { code: 'unexpected-token', message: `Expected a statement (commit, branch, checkout, merge, cherry-pick) or the end, found ${got}`, hint: STATEMENTS_HINT, ...at };
  }
}
