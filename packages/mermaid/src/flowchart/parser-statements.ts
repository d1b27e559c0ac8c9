import type { Token } from './lexer.js';
import { ParserBase } from './parser-base.js';
import { flagsOf } from './token-classes.js';

const NODE_STRING_FLAGS = flagsOf('NODE_STRING');

/** The statements that style and link up nodes: style, classDef, class, linkStyle, click. */
export class StatementParser extends ParserBase {
  protected styleStatement(): void {
    const start = this.next().start;
    this.expect('SPACE', 'style');
    const id = this.idString('style');
    this.expect('SPACE', 'style');
    const { styles, start: styleStart } = this.stylesOpt('style');
    this.build.style(id, styles, start, this.peek().start, styleStart);
    this.separator('style');
  }

  protected classDefStatement(): void {
    const start = this.next().start;
    this.expect('SPACE', 'classDef');
    const names = this.idString('classDef');
    this.expect('SPACE', 'classDef');
    const { styles, start: styleStart } = this.stylesOpt('classDef');
    this.build.classDef(names, styles, start, this.peek().start, styleStart);
    this.separator('classDef');
  }

  protected classStatement(): void {
    const start = this.next().start;
    this.expect('SPACE', 'class');
    const ids = this.idString('class');
    this.expect('SPACE', 'class');
    const name = this.idString('class');
    const nameToken: Token = { type: 'NODE_STRING', text: name.map((t) => t.text).join(''), start: name[0]!.start, end: name[name.length - 1]!.end, flags: NODE_STRING_FLAGS };
    this.build.classAssign(ids, nameToken, start, nameToken.end);
    this.separator('class');
  }

  protected linkStyleStatement(): void {
    const start = this.next().start;
    this.expect('SPACE', 'linkStyle');
    let positions: Token[] | 'default';
    if (this.is('DEFAULT')) {
      this.next();
      positions = 'default';
    } else {
      positions = [this.expect('NUM', 'linkStyle')];
      while (this.is('COMMA')) {
        this.next();
        positions.push(this.expect('NUM', 'linkStyle'));
      }
    }
    this.expect('SPACE', 'linkStyle');
    let interpolate: string | null = null;
    let styles: string[] | null = null;
    if (this.is('INTERPOLATE')) {
      this.next();
      this.expect('SPACE', 'linkStyle');
      interpolate = this.alphaNum('linkStyle interpolate');
      if (this.is('SPACE')) {
        this.next();
        styles = this.stylesOpt('linkStyle').styles;
      }
    } else {
      styles = this.stylesOpt('linkStyle').styles;
    }
    this.build.linkStyle(positions, interpolate, styles, start, this.peek().start);
    this.separator('linkStyle');
  }

  protected clickStatement(): void {
    const click = this.next();
    const parts: { href?: Token; callback?: string; tooltip?: Token; target?: Token } = {};
    const strTail = () => {
      if (this.is('SPACE') && this.peek(1).type === 'STR') {
        this.next();
        parts.tooltip = this.next();
      }
      if (this.is('SPACE') && this.peek(1).type === 'LINK_TARGET') {
        this.next();
        parts.target = this.next();
      }
    };
    if (this.is('CALLBACKNAME')) {
      parts.callback = this.next().text;
      if (this.is('CALLBACKARGS')) this.next();
      if (this.is('SPACE') && this.peek(1).type === 'STR') {
        this.next();
        parts.tooltip = this.next();
      }
    } else if (this.is('HREF')) {
      this.next();
      parts.href = this.expect('STR', 'click href');
      strTail();
    } else if (this.is('STR')) {
      parts.href = this.next();
      strTail();
    } else {
      parts.callback = this.alphaNum('click');
      if (this.is('SPACE') && this.peek(1).type === 'STR') {
        this.next();
        parts.tooltip = this.next();
      }
    }
    this.build.click(click, parts, click.start, this.peek().start);
    this.separator('click');
  }
}
