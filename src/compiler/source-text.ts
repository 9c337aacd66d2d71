// Measuring Python source text: UTF-8 byte columns (what CPython's tokens and AST
// carry), code point counts (what its SyntaxError offsets carry), newline
// translation, and the character classes the tokenizer's messages need.
// A lone U+DC80..U+DCFF stands for one undecodable source byte (see
// source-encoding.ts) and counts as one byte, as it was one in the file.

import { rangeClass } from "../util/unicode-identifier.js"
import { PRINTABLE_RANGE_DELTAS } from "./unicode-printable.js"

const NL = 10

/** Python 3.11's str.isprintable() for one code point (its Unicode 14 tables). */
export const isPrintableCodePoint: (cp: number) => boolean = rangeClass(PRINTABLE_RANGE_DELTAS)

/** "%04X" of a code point, as CPython's messages print it. */
export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0")
}

/**
 * NFKC-normalizes a non-ASCII identifier, as the parser must before using a NAME
 * token's text (@cpython Parser/pegen.c _PyPegen_new_identifier).
 */
export function normalizeIdentifier(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 128) return name.normalize("NFKC")
  }
  return name
}

/**
 * Number of UTF-8 bytes of s[from, to). A lone U+DC80..U+DCFF stands for one byte
 * that was not valid UTF-8 (see source-encoding.ts) and counts 1, as in CPython.
 */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4
        i++
      } else n += 3
    } else if (c >= 0xdc80 && c <= 0xdcff) n += 1
    else n += 3
  }
  return n
}

/** Number of code points in s[from, to) (what CPython's error offsets count). */
export function codePointLength(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

/**
 * Applies CPython's newline translation: "\r\n" and "\r" become "\n", and, for
 * exec input, a final "\n" is added when missing (@cpython Parser/tokenizer.c
 * translate_newlines).
 */
export function normalizeNewlines(source: string, execInput = true): string {
  let s = source
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n")
  if (execInput && (s.length === 0 || s.charCodeAt(s.length - 1) !== NL)) s += "\n"
  return s
}

/**
 * CPython's byte_offset_to_character_offset: the number of characters in the first
 * `byteOffset` UTF-8 bytes of `line` (a 1-based byte offset gives a 1-based
 * character offset). Bytes are counted as utf8Length does.
 */
export function byteToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0
  let chars = 0
  for (let i = 0; i < line.length && bytes < byteOffset; i++) {
    const c = line.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const d = line.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else if (c >= 0xdc80 && c <= 0xdcff) bytes += 1
    else bytes += 3
    chars++
  }
  if (bytes < byteOffset) chars += byteOffset - bytes
  return chars
}

/** Is `c` an ASCII letter, digit or underscore, or any non-ASCII code unit? */
export function isPotentialIdentifierChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 /* _ */ ||
    c >= 128
  )
}

export function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 /* _ */ || c >= 128
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}
