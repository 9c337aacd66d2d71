// Decoding the text of NUMBER tokens and of (non-f) string and bytes literals
// into constant values, with CPython's warnings and error messages.
// @cpython Parser/pegen.c parsenumber, Parser/string_parser.c decode_unicode_with_escapes,
//          Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal,
//          Objects/bytesobject.c _PyBytes_DecodeEscape
//
// The escape decoder for str runs, as in CPython, over a rewritten copy of the
// literal in which every non-ASCII character is spelled "\U%08x" (and a backslash
// in front of one is spelled "\u005c"). Nothing visible changes, except the byte
// positions in the codec's error messages, which count in that copy:
//
//   source   "é\x"           copy   \U000000e9\x        error: "position 10-11: truncated \xXX escape"

import { lookupUnicodeName } from "../util/unicode-names.js"
import { ComplexConst } from "./constants.js"
import { utf8ErrorAt } from "./source-encoding.js"

/**
 * A literal that cannot be decoded. `msg` is CPython's SyntaxError message; the
 * caller decides the location (see strings.ts and parseNumber).
 */
export class LiteralError extends Error {
  readonly msg: string
  constructor(msg: string) {
    super(msg)
    this.name = "LiteralError"
    this.msg = msg
  }
}

/** CPython 3.11's default limit on decimal digits in an int literal (sys.int_info.default_max_str_digits). */
export const MAX_STR_DIGITS = 4300

/**
 * The value of a NUMBER token: bigint for int literals (any base, underscores
 * allowed), number for floats, ComplexConst for imaginary literals. Throws a
 * LiteralError for a decimal int longer than MAX_STR_DIGITS; CPython reports it at
 * the token's lines with offset 0 and end offset 0.
 */
export function parseNumber(text: string): bigint | number | ComplexConst {
  const s = text.indexOf("_") >= 0 ? text.replace(/_/g, "") : text
  const last = s.charCodeAt(s.length - 1)
  if (last === 106 || last === 74) {
    // j / J
    return new ComplexConst(0, Number(s.slice(0, -1)))
  }
  if (s.charCodeAt(0) === 48 && s.length > 1 && isRadixPrefix(s.charCodeAt(1))) {
    return BigInt(s)
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return Number(s)
  }
  if (s.length > MAX_STR_DIGITS) {
    throw new LiteralError(
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; ` +
        "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals " +
        "to avoid decimal conversion limits.",
    )
  }
  return BigInt(s)
}

function isRadixPrefix(c: number): boolean {
  const l = c | 32
  return l === 120 || l === 111 || l === 98 // x o b
}

/** Result of decoding a literal body: the value and the first invalid escape, if any. */
export interface Decoded<T> {
  value: T
  /**
   * The DeprecationWarning message for the first invalid escape ("invalid escape
   * sequence '\d'" or "invalid octal escape sequence '\777'"), or null.
   */
  invalidEscape: string | null
  /** Str literals: indexes in `value` of lone surrogates written as \u/\U escapes. */
  lone?: number[]
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  const l = c | 32
  if (l >= 97 && l <= 102) return l - 87
  return -1
}

/** Length in the "\U%08x" copy CPython decodes (see the header comment). */
function escapedCopyLength(body: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i)
    if (c < 128) {
      n++
      if (c === 92 && i + 1 < to && body.charCodeAt(i + 1) >= 128) n += 5
    } else {
      n += 10
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
        const d = body.charCodeAt(i + 1)
        if (d >= 0xdc00 && d <= 0xdfff) i++
      }
    }
  }
  return n
}

function codecError(body: string, start: number, end: number, reason: string): LiteralError {
  // Positions are bytes of the rewritten copy; `end` is exclusive.
  const s = escapedCopyLength(body, 0, start)
  const e = s + escapedCopyLength(body, start, end)
  const where =
    e - s === 1
      ? `can't decode byte 0x${body.charCodeAt(start).toString(16).padStart(2, "0")} in position ${s}`
      : `can't decode bytes in position ${s}-${e - 1}`
  return new LiteralError(`(unicode error) 'unicodeescape' codec ${where}: ${reason}`)
}

const SIMPLE_ESCAPES: Record<number, string> = {
  10: "", // backslash-newline
  92: "\\",
  39: "'",
  34: '"',
  98: "\b",
  102: "\f",
  116: "\t",
  110: "\n",
  114: "\r",
  118: "\v",
  97: "\x07",
}

/**
 * Decodes the body of a non-raw str literal (between the quotes). Throws
 * LiteralError with CPython's "(unicode error) ..." message.
 */
export function decodeStringEscapes(body: string): Decoded<string> {
  checkUndecodableBytes(body, false)
  let i = body.indexOf("\\")
  if (i < 0) return { value: body, invalidEscape: null }
  let out = body.slice(0, i)
  let invalid: string | null = null
  let lone: number[] | undefined
  const n = body.length
  while (i < n) {
    const c = body.charCodeAt(i)
    if (c !== 92) {
      const j = body.indexOf("\\", i)
      const stop = j < 0 ? n : j
      out += body.slice(i, stop)
      i = stop
      continue
    }
    const start = i
    i++
    if (i >= n) {
      // Only in an f-string literal cut before "\{": CPython keeps the backslash.
      out += "\\"
      break
    }
    const e = body.charCodeAt(i)
    const simple = SIMPLE_ESCAPES[e]
    if (simple !== undefined) {
      out += simple
      i++
      continue
    }
    if (e >= 48 && e <= 55) {
      let v = e - 48
      i++
      for (let k = 0; k < 2 && i < n; k++) {
        const d = body.charCodeAt(i)
        if (d < 48 || d > 55) break
        v = v * 8 + (d - 48)
        i++
      }
      if (v > 0o377 && invalid === null) {
        invalid = `invalid octal escape sequence '\\${body.slice(i - 3, i)}'`
      }
      out += String.fromCodePoint(v)
      continue
    }
    if (e === 120 || e === 117 || e === 85) {
      // \xXX \uXXXX \UXXXXXXXX
      const count = e === 120 ? 2 : e === 117 ? 4 : 8
      const what = e === 120 ? "\\xXX" : e === 117 ? "\\uXXXX" : "\\UXXXXXXXX"
      i++
      let v = 0
      for (let k = 0; k < count; k++) {
        const h = i < n ? hexVal(body.charCodeAt(i)) : -1
        if (h < 0) throw codecError(body, start, i, `truncated ${what} escape`)
        v = v * 16 + h
        i++
      }
      if (v > 0x10ffff) throw codecError(body, start, i, "illegal Unicode character")
      if (v >= 0xd800 && v <= 0xdfff) (lone ??= []).push(out.length)
      out += String.fromCodePoint(v)
      continue
    }
    if (e === 78) {
      // \N{name}
      i++
      if (i < n && body.charCodeAt(i) === 123) {
        const nameStart = ++i
        while (i < n && body.charCodeAt(i) !== 125) i++
        if (i >= n) throw codecError(body, start, i, "malformed \\N character escape")
        if (i > nameStart) {
          const cp = lookupUnicodeName(body.slice(nameStart, i))
          i++
          if (cp < 0) throw codecError(body, start, i, "unknown Unicode character name")
          out += String.fromCodePoint(cp)
          continue
        }
      }
      throw codecError(body, start, i, "malformed \\N character escape")
    }
    if (e >= 128) {
      // A backslash before a non-ASCII character stays a backslash, without warning.
      out += "\\"
      continue
    }
    if (invalid === null) invalid = `invalid escape sequence '\\${String.fromCharCode(e)}'`
    out += "\\" + String.fromCharCode(e)
    i++
  }
  return lone === undefined
    ? { value: out, invalidEscape: invalid }
    : { value: out, invalidEscape: invalid, lone }
}

/**
 * Decodes the body of a non-raw bytes literal (ASCII only; the caller has
 * checked). Throws LiteralError "(value error) invalid \x escape at position N".
 */
export function decodeBytesEscapes(body: string): Decoded<Uint8Array> {
  const n = body.length
  const out = new Uint8Array(n)
  let len = 0
  let invalid: string | null = null
  let i = 0
  while (i < n) {
    const c = body.charCodeAt(i)
    if (c !== 92) {
      out[len++] = c
      i++
      continue
    }
    const start = i
    i++
    const e = body.charCodeAt(i)
    const simple = SIMPLE_ESCAPES[e]
    if (simple !== undefined) {
      if (simple.length > 0) out[len++] = simple.charCodeAt(0)
      i++
      continue
    }
    if (e >= 48 && e <= 55) {
      let v = e - 48
      i++
      for (let k = 0; k < 2 && i < n; k++) {
        const d = body.charCodeAt(i)
        if (d < 48 || d > 55) break
        v = v * 8 + (d - 48)
        i++
      }
      if (v > 0o377 && invalid === null) {
        invalid = `invalid octal escape sequence '\\${body.slice(i - 3, i)}'`
      }
      out[len++] = v & 0xff
      continue
    }
    if (e === 120) {
      const h1 = i + 1 < n ? hexVal(body.charCodeAt(i + 1)) : -1
      const h2 = i + 2 < n ? hexVal(body.charCodeAt(i + 2)) : -1
      if (h1 < 0 || h2 < 0) {
        throw new LiteralError(`(value error) invalid \\x escape at position ${start}`)
      }
      out[len++] = h1 * 16 + h2
      i += 3
      continue
    }
    if (invalid === null) invalid = `invalid escape sequence '\\${String.fromCharCode(e)}'`
    out[len++] = 92
    out[len++] = e
    i++
  }
  return { value: out.slice(0, len), invalidEscape: invalid }
}

/** Index of the first byte escaped by decodeSource (U+DC80..U+DCFF, not part of a pair), or -1. */
function firstEscapedByte(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xdc80 && c <= 0xdcff) {
      const p = i > 0 ? s.charCodeAt(i - 1) : 0
      if (!(p >= 0xd800 && p <= 0xdbff)) return i
    }
  }
  return -1
}

/**
 * Throws CPython's "(unicode error) 'utf-8' codec can't decode ..." if the literal
 * holds bytes that were not valid UTF-8 (see source-encoding.ts). CPython decodes
 * a raw literal's whole body, but only the run of non-ASCII characters around the
 * bad byte of a literal with escapes, so positions count from there.
 */
export function checkUndecodableBytes(body: string, raw: boolean): void {
  const bad = firstEscapedByte(body)
  if (bad < 0) return
  let from = 0
  let to = body.length
  if (!raw) {
    from = bad
    while (from > 0 && body.charCodeAt(from - 1) >= 0x80) from--
    to = bad
    while (to < body.length && body.charCodeAt(to) >= 0x80) to++
  }
  throw new LiteralError(`(unicode error) ${utf8ErrorAt(body.slice(from, to))}`)
}

/** The UTF-8 encoding of an ASCII-only string as bytes (raw bytes literals). */
export function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}
