// NUMBER tokens: every form of Python 3.11 numeric literal, with the C tokenizer's
// error messages and cursor positions.
// @cpython Parser/tokenizer.c tok_get (the "Number" part), tok_decimal_tail,
//          verify_end_of_number
//
//   0x1F  0o17  0b1_0          radix digits, one "_" between digits
//   0  00  0_0                 zeros; "012" is an error ("leading zeros ...")
//   1_000  1.5  .5  5.  1e10  1.5e+3  1j  1.5J
//   "1if x" warns ("invalid decimal literal"); "1a" is an error

import type { PySyntaxError } from "./errors.js"
import { isDigit, isHexDigit, isPotentialIdentifierChar } from "./source-text.js"

const UNDERSCORE = 95
const DOT = 46

/** What the number scanner needs from the tokenizer. */
export interface NumberHost {
  readonly source: string
  /** CPython's syntaxerror() with the cursor at index `at`. */
  numberError(msg: string, at: number): PySyntaxError
  /** The "leading zeros" error over [start, zerosEnd), cursor at `at`. */
  leadingZerosError(start: number, zerosEnd: number, at: number): PySyntaxError
  /** The SyntaxWarning for a number that runs into a keyword, with the cursor at `at`. */
  numberWarning(kind: string, at: number): void
}

/**
 * Scans a number starting at `start` (a digit, or "." followed by a digit) and
 * returns the index just after it, or throws CPython's error for a bad literal.
 */
export function scanNumber(tok: NumberHost, start: number, c: number): number {
  const s = tok.source
  let p = start + 1 // index after c
  let cc: number
  if (c === 48 /* 0 */) {
    cc = s.charCodeAt(p)
    if (cc === 120 || cc === 88) {
      p = radixDigits(tok, p + 1, 16, "hexadecimal")
      verifyEndOfNumber(tok, p, "hexadecimal")
    } else if (cc === 111 || cc === 79) {
      p = radixDigits(tok, p + 1, 8, "octal")
      verifyEndOfNumber(tok, p, "octal")
    } else if (cc === 98 || cc === 66) {
      p = radixDigits(tok, p + 1, 2, "binary")
      verifyEndOfNumber(tok, p, "binary")
    } else {
      // Zeros (maybe with underscores), then maybe more digits.
      let nonzero = false
      for (;;) {
        if (cc === UNDERSCORE) {
          p++
          cc = s.charCodeAt(p)
          if (!isDigit(cc)) throw tok.numberError("invalid decimal literal", p)
        }
        if (cc !== 48) break
        cc = s.charCodeAt(++p)
      }
      const zerosEnd = p + 1
      if (isDigit(cc)) {
        nonzero = true
        p = decimalTail(tok, p)
        cc = s.charCodeAt(p)
      }
      if (cc === DOT) {
        p = fraction(tok, p + 1)
      } else if (cc === 101 || cc === 69) {
        p = exponent(tok, p)
      } else if (cc === 106 || cc === 74) {
        p = imaginary(tok, p)
      } else if (nonzero) {
        // CPython marks from the first digit to just after the first non-zero one.
        throw tok.leadingZerosError(start, zerosEnd, p)
      } else {
        verifyEndOfNumber(tok, p, "decimal")
      }
    }
  } else if (c === DOT) {
    p = fraction(tok, start + 1)
  } else {
    p = decimalTail(tok, start)
    cc = s.charCodeAt(p)
    if (cc === DOT) p = fraction(tok, p + 1)
    else if (cc === 101 || cc === 69) p = exponent(tok, p)
    else if (cc === 106 || cc === 74) p = imaginary(tok, p)
    else verifyEndOfNumber(tok, p, "decimal")
  }
  return p
}

/** Digits of a 0x/0o/0b literal from p (after the prefix); returns the end. */
function radixDigits(tok: NumberHost, p: number, radix: number, kind: string): number {
  const s = tok.source
  let c = s.charCodeAt(p)
  const ok = (d: number): boolean => (radix === 16 ? isHexDigit(d) : d >= 48 && d < 48 + radix)
  do {
    if (c === UNDERSCORE) c = s.charCodeAt(++p)
    if (!ok(c)) {
      if (radix !== 16 && isDigit(c)) {
        throw tok.numberError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1)
      }
      throw tok.numberError(`invalid ${kind} literal`, p)
    }
    do c = s.charCodeAt(++p)
    while (ok(c))
  } while (c === UNDERSCORE)
  if (radix !== 16 && isDigit(c)) {
    throw tok.numberError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1)
  }
  return p
}

/** Decimal digits with single underscores between them, from the digit at p; returns the end. */
function decimalTail(tok: NumberHost, p: number): number {
  const s = tok.source
  for (;;) {
    let c: number
    do c = s.charCodeAt(++p)
    while (isDigit(c))
    if (c !== UNDERSCORE) return p
    if (!isDigit(s.charCodeAt(p + 1))) throw tok.numberError("invalid decimal literal", p + 1)
    p++
  }
}

/** After "digits." : optional digits, exponent, j; p is the index after the dot. */
function fraction(tok: NumberHost, p: number): number {
  const s = tok.source
  let c = s.charCodeAt(p)
  if (isDigit(c)) {
    p = decimalTail(tok, p)
    c = s.charCodeAt(p)
  }
  if (c === 101 || c === 69) return exponent(tok, p)
  if (c === 106 || c === 74) return imaginary(tok, p)
  verifyEndOfNumber(tok, p, "decimal")
  return p
}

/** At an "e"/"E" (index p): exponent, then optional j. Returns the end. */
function exponent(tok: NumberHost, p: number): number {
  const s = tok.source
  let c = s.charCodeAt(p + 1)
  let q = p + 1
  if (c === 43 || c === 45) {
    q++
    c = s.charCodeAt(q)
    if (!isDigit(c)) throw tok.numberError("invalid decimal literal", q)
  } else if (!isDigit(c)) {
    // "1e" followed by something else: the number ends before the "e".
    verifyEndOfNumber(tok, p, "decimal")
    return p
  }
  q = decimalTail(tok, q)
  c = s.charCodeAt(q)
  if (c === 106 || c === 74) return imaginary(tok, q)
  verifyEndOfNumber(tok, q, "decimal")
  return q
}

function imaginary(tok: NumberHost, p: number): number {
  verifyEndOfNumber(tok, p + 1, "imaginary")
  return p + 1
}

/**
 * A number must not run into a name: "1a" is an error, but "1if" only warns, for
 * the keywords that can follow a number in valid code
 * (@cpython Parser/tokenizer.c verify_end_of_number).
 */
function verifyEndOfNumber(tok: NumberHost, p: number, kind: string): void {
  const s = tok.source
  const c = s.charCodeAt(p)
  let r = false
  if (c === 97) r = s.startsWith("nd", p + 1)
  else if (c === 101) r = s.startsWith("lse", p + 1)
  else if (c === 102) r = s.startsWith("or", p + 1)
  else if (c === 105) {
    const c2 = s.charCodeAt(p + 1)
    r = c2 === 102 || c2 === 110 || c2 === 115
  } else if (c === 111) r = s.startsWith("r", p + 1)
  else if (c === 110) r = s.startsWith("ot", p + 1)
  if (r) {
    tok.numberWarning(kind, p)
    return
  }
  if (p < s.length && isPotentialIdentifierChar(c))
    throw tok.numberError(`invalid ${kind} literal`, p)
}
