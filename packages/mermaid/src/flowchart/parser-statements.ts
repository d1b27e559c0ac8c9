import { ParserBase, type TokenText } from './parser-base.js';
import { T } from './tokens.js';

/** The statements that style and link up nodes: style, classDef, class, linkStyle, click. */
export class StatementParser extends ParserBase {
  protected styleStatement(): void {
    const start = this.starts[this.next()]!;
    this.expect(T.SPACE, 'style');
    const from = this.idString('style');
    const id: TokenText = { text: this.keepTexts ? this.stream.joined(from, this.i) : '', start: this.starts[from]!, end: this.ends[this.i - 1]! };
    this.expect(T.SPACE, 'style');
    const { styles, start: styleStart } = this.stylesOpt('style');
    this.build.style(id, styles, start, this.starts[this.i]!, styleStart);
    this.separator('style');
  }

  protected classDefStatement(): void {
    const start = this.starts[this.next()]!;
    this.expect(T.SPACE, 'classDef');
    const from = this.idString('classDef');
    const names = this.keepTexts ? this.stream.joined(from, this.i) : '';
    this.expect(T.SPACE, 'classDef');
    const { styles, start: styleStart } = this.stylesOpt('classDef');
    this.build.classDef(names, this.starts[from]!, styles, start, this.starts[this.i]!, styleStart);
    this.separator('classDef');
  }

  protected classStatement(): void {
    const start = this.starts[this.next()]!;
    this.expect(T.SPACE, 'class');
    const from = this.idString('class');
    const ids = this.keepTexts ? this.idList(from, this.i) : [];
    this.expect(T.SPACE, 'class');
    const nameFrom = this.idString('class');
    const name: TokenText = { text: this.keepTexts ? this.stream.joined(nameFrom, this.i) : '', start: this.starts[nameFrom]!, end: this.ends[this.i - 1]! };
    this.build.classAssign(ids, name, start, name.end);
    this.separator('class');
  }

  /**
   * The ids of `A,B,C` in a class statement: the tokens' texts joined and split at commas. Only a
   * COMMA token holds a comma (node-id characters exclude it), so the list is cut at those tokens.
   */
  private idList(from: number, to: number): string[] {
    const list: string[] = [];
    let piece = from;
    for (let k = from; k < to; k++) {
      if (this.types[k] !== T.COMMA) continue;
      list.push(this.stream.joined(piece, k));
      piece = k + 1;
    }
    list.push(this.stream.joined(piece, to));
    return list;
  }

  protected linkStyleStatement(): void {
    const start = this.starts[this.next()]!;
    this.expect(T.SPACE, 'linkStyle');
    let positions: TokenText[] | 'default';
    if (this.is(T.DEFAULT)) {
      this.next();
      positions = 'default';
    } else {
      positions = [this.tokenText(this.expect(T.NUM, 'linkStyle'))];
      while (this.is(T.COMMA)) {
        this.next();
        positions.push(this.tokenText(this.expect(T.NUM, 'linkStyle')));
      }
    }
    this.expect(T.SPACE, 'linkStyle');
    let interpolate: string | null = null;
    let styles: string[] | null = null;
    if (this.is(T.INTERPOLATE)) {
      this.next();
      this.expect(T.SPACE, 'linkStyle');
      interpolate = this.alphaNum('linkStyle interpolate');
      if (this.is(T.SPACE)) {
        this.next();
        styles = this.stylesOpt('linkStyle').styles;
      }
    } else {
      styles = this.stylesOpt('linkStyle').styles;
    }
    this.build.linkStyle(positions, interpolate, styles, start, this.starts[this.i]!);
    this.separator('linkStyle');
  }

  protected clickStatement(): void {
    const click = this.next();
    const parts: { href?: TokenText; callback?: string; tooltip?: string; target?: string } = {};
    const tooltip = () => {
      if (this.is(T.SPACE) && this.peek(1) === T.STR) {
        this.next();
        parts.tooltip = this.text(this.next());
      }
    };
    const strTail = () => {
      tooltip();
      if (this.is(T.SPACE) && this.peek(1) === T.LINK_TARGET) {
        this.next();
        parts.target = this.text(this.next());
      }
    };
    if (this.is(T.CALLBACKNAME)) {
      parts.callback = this.text(this.next());
      if (this.is(T.CALLBACKARGS)) this.next();
      tooltip();
    } else if (this.is(T.HREF)) {
      this.next();
      parts.href = this.tokenText(this.expect(T.STR, 'click href'));
      strTail();
    } else if (this.is(T.STR)) {
      parts.href = this.tokenText(this.next());
      strTail();
    } else {
      parts.callback = this.alphaNum('click');
      tooltip();
    }
    this.build.click(this.text(click), parts, this.starts[click]!, this.starts[this.i]!);
    this.separator('click');
  }
}
