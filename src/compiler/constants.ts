// Python constant values as the compiler sees them, before any heap exists.
// The mapping is one to one, so the AST dump can print CPython's repr:
//   None -> null          bool -> boolean        int -> bigint
//   float -> number       str -> string          complex -> ComplexConst
//   bytes -> BytesConst   Ellipsis -> ELLIPSIS
// (a str whose lone surrogates would pair up in a JS string -> CodePointsStr)
// A str is stored as a JS string; a code point above U+FFFF takes two UTF-16 units.

/** A complex literal such as `2j` (the parser only ever makes imaginary ones). */
export class ComplexConst {
  readonly real: number
  readonly imag: number
  constructor(real: number, imag: number) {
    this.real = real
    this.imag = imag
  }
}

/** A bytes literal; `bytes` is owned by the constant and never mutated. */
export class BytesConst {
  readonly bytes: Uint8Array
  constructor(bytes: Uint8Array) {
    this.bytes = bytes
  }
}

/**
 * A str literal whose code points a JS string cannot hold faithfully: escapes
 * such as '\ud834\udd1e' give two lone surrogates in Python, which a JS
 * string would read as one astral character. Only such literals use this form;
 * every other str is a JS string.
 */
export class CodePointsStr {
  readonly codePoints: readonly number[]
  constructor(codePoints: readonly number[]) {
    this.codePoints = codePoints
  }
}

/** The `...` constant. */
export const ELLIPSIS: { readonly _ellipsis: true } = Object.freeze({ _ellipsis: true as const })

/** Any value a `Constant` node may hold. */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | CodePointsStr
  | ComplexConst
  | BytesConst
  | typeof ELLIPSIS
