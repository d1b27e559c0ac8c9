import type { Rule } from './lexer-rules.js';

/**
 * Which of a start condition's rules the lexer tries at a character, in their order: read off
 * each rule's regex source once, at load, so the lexer tries only the rules that can match there
 * instead of all ~70 per token, and runs the only one directly where there is one.
 */

/** What \\s matches among the characters the rules' sources name. */
export const WHITESPACE = ' \t\n\r\v\f';

/**
 * The characters a rule's match can start with, read off its source; null = could be any.
 * Lets the lexer try only the rules that can match at a character, in their order, instead of
 * all ~70 regexes per token.
 */
function firstChars(source: string): string | null {
  // Top-level alternatives (an unescaped | outside a class) could start anywhere.
  if (/(^|[^\\])\|/.test(source.replace(/\[[^\]]*\]/g, ''))) return null;
  let chars = '';
  let rest = source;
  for (;;) {
    if (rest.startsWith('\\s*')) {
      chars += WHITESPACE;
      rest = rest.slice(3);
    } else if (rest.startsWith('[xo<]?')) {
      chars += 'xo<';
      rest = rest.slice(6);
    } else if (rest.startsWith('-?')) {
      chars += '-';
      rest = rest.slice(2);
    } else if (/^\\[()[\]{}|^.*+?/\\]/.test(rest)) {
      return chars + rest[1];
    } else if (/^[A-Za-z0-9@#:&;,"`_<>~!%'=-]/.test(rest) && !/^.[*?]/.test(rest)) {
      return chars + rest[0];
    } else {
      return null;
    }
  }
}

/** For each state: rule indices to try per ASCII code, and for everything else. */
export interface Dispatch {
  ascii: number[][];
  other: number[];
  /**
   * Per ASCII code, the rule that is the only candidate there when the lexer can run it in place
   * (singleOf), else -1: the lexer then runs it without the loop over candidates.
   */
  single: Int16Array;
  /**
   * Per ASCII code whose candidates include a rule with a known second character (`[[`, `:::`,
   * `style\b`…): the candidates and the single rule by the next character's code (128: any other,
   * or the end). A rule whose second character is not the next one cannot match, so the lexer
   * need not try it; null for the other codes.
   */
  bySecond: (SecondSplit | null)[];
}

export interface SecondSplit {
  /** Per next code (128: any other, or the end), the index of its candidates in `lists`. */
  of: Uint8Array;
  lists: number[][];
  /** Per list, its single rule or -1 (as Dispatch.single). */
  single: Int16Array;
}

/**
 * The rule that is the only candidate when the lexer can run it in place, else -1: a plain one
 * (a token, no state change, no guard), or a one-character literal whose only effect on the
 * stack is a push or a pop (the openers and closers of labels: a fifth of all tokens).
 */
function singleOf(rules: Rule[], list: number[]): number {
  const rule = list.length === 1 ? rules[list[0]!]! : undefined;
  if (!rule || rule.needsAt || rule.needsDirection) return -1;
  const plain = !rule.changesState && rule.code >= 0;
  const pushOrPop = rule.char >= 0 && !rule.special && rule.swap === undefined && (rule.pop || rule.push !== undefined);
  return plain || pushOrPop ? list[0]! : -1;
}

/**
 * The candidates at one character, cut after the first one-character literal for it: that rule
 * always matches there (if it has no guard), so the rules after it are never reached.
 */
function reachable(rules: Rule[], list: number[], code: number): number[] {
  for (let k = 0; k < list.length; k++) {
    const rule = rules[list[k]!]!;
    if (rule.char === code && !rule.needsAt && !rule.needsDirection) return k + 1 === list.length ? list : list.slice(0, k + 1);
  }
  return list;
}

function splitBySecond(rules: Rule[], list: number[]): SecondSplit | null {
  const seconds = [...new Set(list.map((i) => rules[i]!.second).filter((c) => c >= 0))];
  if (seconds.length === 0 || seconds.some((c) => c >= 128)) return null;
  const lists = [list.filter((i) => rules[i]!.second < 0)];
  const of = new Uint8Array(129);
  for (const next of seconds) {
    of[next] = lists.length;
    lists.push(list.filter((i) => rules[i]!.second < 0 || rules[i]!.second === next));
  }
  return { of, lists, single: Int16Array.from(lists, (kept) => singleOf(rules, kept)) };
}

/**
 * Which rules to try per character. `keepAt` and `keepDirection` say whether the rules that need
 * an '@' or the word "direction" are kept: a text without either never has them tried at all.
 */
export function buildDispatch(rules: Rule[], keepAt: boolean, keepDirection: boolean): Dispatch {
  const firsts = rules.map((rule) =>
    (rule.needsAt && !keepAt) || (rule.needsDirection && !keepDirection) ? '' : rule.first ?? firstChars(rule.re.source));
  // Built at load for every state and variant: one pass over each rule's first characters (the
  // 128 × rules search it replaces cost ~25 ms of every start, in the interpreter).
  let ascii: number[][] = Array.from({ length: 128 }, () => []);
  const other: number[] = [];
  firsts.forEach((first, i) => {
    if (first === null) {
      for (const list of ascii) list.push(i);
      other.push(i);
      return;
    }
    for (let k = 0; k < first.length; k++) {
      const list = first.charCodeAt(k) < 128 ? ascii[first.charCodeAt(k)]! : undefined;
      if (list && list[list.length - 1] !== i) list.push(i);
    }
    if (first.includes(' ')) other.push(i);
  });
  ascii = ascii.map((list, code) => reachable(rules, list, code));
  const single = Int16Array.from(ascii, (list) => singleOf(rules, list));
  const bySecond = ascii.map((list, code) => (single[code]! >= 0 ? null : splitBySecond(rules, list)));
  return { ascii, other, single, bySecond };
}
