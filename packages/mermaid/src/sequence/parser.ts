import { T, type Token } from './lexer.js';
import type { SeqBuilder } from './builder.js';

/**
 * Recursive descent over the tokens, accepting exactly the sentences of Mermaid 11.17.2's
 * sequenceDiagram.jison (an LALR grammar without error recovery: the first token that fits no
 * rule fails the diagram). It reports each statement to the builder, which keeps the AST and
 * the list of database operations Mermaid applies after a successful parse.
 */

/** Where the parser stopped: the token and what it was looking for (see diagnose.ts). */
export class ParseFailure extends Error {
  constructor(readonly token: Token, readonly expected: Expectation, readonly opener?: Token) {
    super(`unexpected token at ${token.start}`);
  }
}

export type Expectation =
  | 'header' | 'line' | 'end-of-input' | 'end' | 'box-line' | 'participant-kind' | 'participant-name'
  | 'participant-end' | 'config-content' | 'config-end' | 'arrow' | 'arrow-after-central' | 'target' | 'message-text'
  | 'statement-end' | 'autonumber' | 'actor' | 'note-placement' | 'note-text' | 'text' | 'acc-value';

const SECTION_OF: Partial<Record<T, T>> = { [T.ALT]: T.ELSE, [T.PAR]: T.AND, [T.PAR_OVER]: T.AND, [T.CRITICAL]: T.OPTION };

const LINE_STARTERS = new Set<T>([
  T.PARTICIPANT, T.ACTOR_KW, T.DESTROY, T.CREATE, T.BOX, T.ACTOR, T.AUTONUMBER, T.ACTIVATE, T.DEACTIVATE,
  T.NOTE, T.LINKS, T.LINK, T.PROPERTIES, T.DETAILS, T.TITLE, T.LEGACY_TITLE, T.ACC_TITLE, T.ACC_DESCR,
  T.ACC_DESCR_MULTILINE, T.LOOP, T.RECT, T.OPT, T.ALT, T.PAR, T.PAR_OVER, T.CRITICAL, T.BREAK,
]);

export function startsStatement(type: T): boolean {
  return LINE_STARTERS.has(type);
}

export class SeqParser {
  private i = 0;

  constructor(private readonly tokens: Token[], private readonly b: SeqBuilder) {}

  parse(): void {
    while (this.peek().type === T.NEWLINE) this.i++;
    this.expect(T.SD, 'header');
    this.document();
    this.expect(T.EOF, 'end-of-input');
  }

  private peek(): Token {
    return this.tokens[this.i]!;
  }

  private fail(expected: Expectation, opener?: Token): never {
    throw new ParseFailure(this.peek(), expected, opener);
  }

  private expect(type: T, expected: Expectation): Token {
    const token = this.tokens[this.i]!;
    if (token.type !== type) this.fail(expected);
    this.i++;
    return token;
  }

  /**
   * `document`: lines until a token that cannot start one (the caller checks it). Blocks
   * (loop/alt/… with their sections and `end`) are kept on an explicit stack, not the call
   * stack, so thousands of nested blocks parse as Mermaid's LALR parser takes them.
   */
  private document(): void {
    const open: Token[] = [];
    for (;;) {
      const token = this.peek();
      const type = token.type;
      if (type === T.NEWLINE || type === T.INVALID) {
        this.i++;
      } else if (LINE_STARTERS.has(type)) {
        if (!this.statement()) {
          // loop/rect/opt/break/alt/par/par_over/critical: keyword and the rest of its line.
          this.i++;
          this.b.blockStart(token, this.expect(T.REST, 'line'));
          open.push(token);
        }
      } else {
        const block = open[open.length - 1];
        if (!block) return;
        if (type === SECTION_OF[block.type]) {
          this.i++;
          this.b.section(token, this.expect(T.REST, 'line'));
        } else {
          if (type !== T.END) this.fail('end', block);
          this.b.blockEnd(token);
          this.i++;
          open.pop();
        }
      }
    }
  }

  /** One non-block statement; false (nothing consumed) when the line opens a block. */
  private statement(): boolean {
    const token = this.peek();
    switch (token.type) {
      case T.PARTICIPANT: case T.ACTOR_KW: case T.DESTROY:
        this.participant(false);
        return true;
      case T.CREATE:
        this.i++;
        if (this.peek().type !== T.PARTICIPANT && this.peek().type !== T.ACTOR_KW && this.peek().type !== T.DESTROY) this.fail('participant-kind');
        this.participant(true, token);
        return true;
      case T.BOX:
        this.box();
        return true;
      case T.ACTOR:
        this.signal();
        return true;
      case T.AUTONUMBER: {
        this.i++;
        const first = this.peek();
        if (first.type === T.NUM) {
          this.i++;
          if (this.peek().type === T.NUM) this.i++;
        } else if (first.type === T.OFF) this.i++;
        const end = this.expect(T.NEWLINE, 'autonumber');
        this.b.autonumber(token, end);
        return true;
      }
      case T.ACTIVATE: case T.DEACTIVATE: {
        this.i++;
        const actor = this.expect(T.ACTOR, 'actor');
        this.expect(T.NEWLINE, 'statement-end');
        this.b.activation(token, actor, token.type === T.ACTIVATE);
        return true;
      }
      case T.NOTE:
        this.note();
        return true;
      case T.LINKS: case T.LINK: case T.PROPERTIES: case T.DETAILS: {
        this.i++;
        const actor = this.expect(T.ACTOR, 'actor');
        const text = this.expect(T.TXT, 'text');
        this.expect(T.NEWLINE, 'statement-end');
        this.b.actorData(token, actor, text);
        return true;
      }
      case T.TITLE: case T.LEGACY_TITLE:
        this.i++;
        this.b.title(token);
        return true;
      case T.ACC_TITLE: case T.ACC_DESCR: {
        this.i++;
        const value = this.expect(token.type === T.ACC_TITLE ? T.ACC_TITLE_VALUE : T.ACC_DESCR_VALUE, 'acc-value');
        this.b.accValue(token.type === T.ACC_TITLE ? 'title' : 'descr', value);
        return true;
      }
      case T.ACC_DESCR_MULTILINE:
        this.i++;
        this.b.accValue('descr', token);
        return true;
      default:
        return false;
    }
  }

  /** `participant|actor Name[@{…}] [as Alias]` or `destroy Name`, each ending the line. */
  private participant(created: boolean, createToken?: Token): void {
    const keyword = this.peek();
    this.i++;
    const name = this.expect(T.ACTOR, 'participant-name');
    let config: Token | null = null;
    if (keyword.type !== T.DESTROY && this.peek().type === T.CONFIG_START) {
      this.i++;
      config = this.expect(T.CONFIG_CONTENT, 'config-content');
      this.expect(T.CONFIG_END, 'config-end');
    }
    let alias: Token | null = null;
    if (keyword.type !== T.DESTROY && this.peek().type === T.AS) {
      this.i++;
      alias = this.expect(T.REST, 'participant-end');
    }
    const end = this.expect(T.NEWLINE, 'participant-end');
    if (keyword.type === T.DESTROY) this.b.destroy(createToken ?? keyword, name, end, created);
    else this.b.participant(createToken ?? keyword, keyword.type === T.ACTOR_KW ? 'actor' : 'participant', name, config, alias, end, created);
  }

  private box(): void {
    const keyword = this.peek();
    this.i++;
    const label = this.expect(T.REST, 'line');
    this.b.boxStart(keyword, label);
    for (;;) {
      const type = this.peek().type;
      if (type === T.NEWLINE) this.i++;
      else if (type === T.PARTICIPANT || type === T.ACTOR_KW || type === T.DESTROY) this.participant(false);
      else break;
    }
    if (this.peek().type !== T.END) this.fail('box-line', keyword);
    this.b.blockEnd(this.peek());
    this.i++;
  }

  /** `A ->> B: text`, `A ->>+ B: …`, `A ->>- B: …`, `A ()->> B`, `A ->>() B`, `A ()->>() B`. */
  private signal(): void {
    const from = this.peek();
    this.i++;
    let centralFrom = false;
    let centralTo = false;
    let mark: Token | null = null;
    if (this.peek().type === T.CENTRAL) {
      centralFrom = true;
      this.i++;
    }
    const arrow = this.expect(T.ARROW, centralFrom ? 'arrow-after-central' : 'arrow');
    const next = this.peek().type;
    if (next === T.CENTRAL) {
      centralTo = true;
      this.i++;
    } else if (!centralFrom && (next === T.PLUS || next === T.MINUS)) {
      mark = this.peek();
      this.i++;
    }
    const to = this.expect(T.ACTOR, 'target');
    const text = this.expect(T.TXT, 'message-text');
    this.expect(T.NEWLINE, 'statement-end');
    this.b.message(from, arrow, mark, to, text, centralFrom, centralTo);
  }

  private note(): void {
    const keyword = this.peek();
    this.i++;
    const placement = this.peek();
    const actors: Token[] = [];
    if (placement.type === T.LEFT_OF || placement.type === T.RIGHT_OF) {
      this.i++;
      actors.push(this.expect(T.ACTOR, 'actor'));
    } else if (placement.type === T.OVER) {
      this.i++;
      actors.push(this.expect(T.ACTOR, 'actor'));
      if (this.peek().type === T.COMMA) {
        this.i++;
        actors.push(this.expect(T.ACTOR, 'actor'));
      }
    } else {
      this.fail('note-placement');
    }
    const text = this.expect(T.TXT, 'note-text');
    this.expect(T.NEWLINE, 'statement-end');
    this.b.note(keyword, placement, actors, text);
  }
}
