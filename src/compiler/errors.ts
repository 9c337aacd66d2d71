// Errors the front end reports. They are plain data here; the runtime turns
// them into Python SyntaxError / IndentationError / TabError instances.

/** Which Python exception class a front-end error becomes. */
export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError"

/**
 * A syntax error with CPython's fields. `offset`/`endOffset` are 1-based
 * character columns (CPython 3.11 converts its byte offsets to characters);
 * `text` is the offending source line with its newline, or null.
 */
export class PySyntaxError extends Error {
  readonly kind: SyntaxErrorKind
  readonly msg: string
  readonly filename: string
  readonly lineno: number
  readonly offset: number
  readonly endLineno: number
  readonly endOffset: number
  readonly text: string | null

  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    endLineno: number,
    endOffset: number,
    text: string | null,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`)
    this.name = "PySyntaxError"
    this.kind = kind
    this.msg = msg
    this.filename = filename
    this.lineno = lineno
    this.offset = offset
    this.endLineno = endLineno
    this.endOffset = endOffset
    this.text = text
  }
}

/** A compile-time warning (e.g. DeprecationWarning for an invalid escape sequence). */
export interface CompileWarning {
  category: "DeprecationWarning" | "SyntaxWarning"
  message: string
  filename: string
  lineno: number
}
