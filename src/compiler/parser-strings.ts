// The parser's side of the string contract with strings.ts: it hands over the
// run of STRING tokens and gives strings.ts a way to parse the expressions of
// f-string replacement fields and to build errors at the parser's position.
// (See the contract at the top of strings.ts.)

import type * as A from "./ast-nodes.js"
import { PySyntaxError } from "./errors.js"
import { concatenateStrings } from "./strings.js"
import type { Token } from "./token.js"

/** What the strings adapter needs from the parser. */
export interface StringsHost {
  readonly filename: string
  /** The error CPython raises at `t`, or at the last token read when `t` is absent. */
  errorAt(msg: string, t: Token | undefined): PySyntaxError
  /** Parses "(" + expression + ")" of a replacement field, positioned at lineno/col. */
  parseFStringExpr(source: string, lineno: number, col: number): A.ExprNode
}

/** Turns adjacent STRING tokens into one Constant (str or bytes) or JoinedStr. */
export function concatStrings(tokens: Token[], host: StringsHost): A.ExprNode {
  return concatenateStrings(tokens, {
    filename: host.filename,
    parseFStringExpr: (source, lineno, col) => host.parseFStringExpr(source, lineno, col),
    syntaxError: (msg, token) => host.errorAt(msg, token),
  })
}

export { PySyntaxError }
