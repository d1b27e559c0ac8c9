/** The tokens of Mermaid 11.17.2's stateDiagram lexer (jison names), plus two failure markers. */
export type TokenType =
  | 'SD' | 'NL' | 'EOF' | 'CLICK' | 'HREF' | 'STRING' | 'DEFAULT' | 'direction' | 'scale' | 'WIDTH'
  | 'acc_title' | 'acc_title_value' | 'acc_descr' | 'acc_descr_value' | 'acc_descr_multiline_value'
  | 'classDef' | 'CLASSDEF_ID' | 'DEFAULT_CLASSDEF_ID' | 'CLASSDEF_STYLEOPTS' | 'class' | 'CLASSENTITY_IDS' | 'STYLECLASS'
  | 'style' | 'STYLE_IDS' | 'STYLEDEF_STYLEOPTS' | 'FORK' | 'JOIN' | 'CHOICE' | 'STATE_DESCR' | 'AS' | 'ID'
  | 'COMPOSIT_STATE' | 'STRUCT_START' | 'STRUCT_STOP' | 'note' | 'left_of' | 'right_of' | 'NOTE_TEXT' | 'HIDE_EMPTY'
  | 'EDGE_STATE' | 'DESCR' | '-->' | 'CONCURRENT' | 'STYLE_SEPARATOR' | 'INVALID'
  /** No rule matches here: jison's "Lexical error … Unrecognized text". */
  | 'LEXERR'
  /** The `state a b {` rule, whose action throws. */
  | 'MULTI_WORD';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
}
