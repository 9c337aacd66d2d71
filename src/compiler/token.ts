// Tokens as the tokenizer hands them to the parser. Types and names follow
// CPython's Lib/token.py so both can be compared; keywords are NAME tokens.

/** Token type numbers, as in CPython 3.11's `token` module. */
export const TokenType = {
  ENDMARKER: 0,
  NAME: 1,
  NUMBER: 2,
  STRING: 3,
  NEWLINE: 4,
  INDENT: 5,
  DEDENT: 6,
  OP: 54,
  TYPE_IGNORE: 58,
  TYPE_COMMENT: 59,
  ERRORTOKEN: 60,
  COMMENT: 61,
  NL: 62,
} as const
export type TokenType = (typeof TokenType)[keyof typeof TokenType]

/**
 * One token. Lines count from 1. `col`/`endCol` are UTF-8 byte columns, as
 * CPython's tokenizer and AST report them; `start`/`end` are indices into the
 * JS source string, for slicing.
 */
export interface Token {
  type: TokenType
  /** The token's text: an operator such as "(" or "**=", a name, a literal as written. */
  string: string
  lineno: number
  col: number
  endLineno: number
  endCol: number
  start: number
  end: number
}
