// The tokenizer of heapscope's re: a pattern (or a replacement template) as
// tokens of one character, or of a backslash and the character after it, with
// the error type that carries CPython's message and position.
//
//   "a\\(b"   ->   "a"  "\\("  "b"        tell() = index of the next token
//
// @cpython Lib/re/_parser.py (Tokenizer)

import { isIdentifier } from "../../objects/str-text.js"
import { strRepr } from "../../objects/str.js"
import { asciiEscape } from "../../objects/format-percent.js"

/** A re.error to raise: the unformatted message and the position (null: none). */
export class SreSyntax {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}

/** A ValueError or OverflowError re.compile raises instead of re.error. */
export class SreValue {
  constructor(
    readonly kind: "ValueError" | "OverflowError",
    readonly msg: string,
  ) {}
}

/** Splits a JS string (or Latin-1 text) into code points. */
export function toCodePoints(s: string): number[] {
  const out: number[] = []
  for (const ch of s) out.push(ch.codePointAt(0)!)
  return out
}

/** The tokenizer: `next` is the current token (null at the end). */
export class Tokenizer {
  readonly chars: string[]
  index = 0
  next: string | null = null
  private nextLen = 0

  constructor(
    cps: number[],
    readonly istext: boolean,
    readonly warn: Warn = () => {},
  ) {
    this.chars = cps.map((c) => String.fromCodePoint(c))
    this.advance()
  }

  private advance(): void {
    let index = this.index
    if (index >= this.chars.length) {
      this.next = null
      this.nextLen = 0
      return
    }
    let ch = this.chars[index]!
    let len = 1
    if (ch === "\\") {
      index++
      if (index >= this.chars.length)
        throw new SreSyntax("bad escape (end of pattern)", this.chars.length - 1)
      ch += this.chars[index]!
      len = 2
    }
    this.index = index + 1
    this.next = ch
    this.nextLen = len
  }

  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance()
      return true
    }
    return false
  }

  get(): string | null {
    const t = this.next
    this.advance()
    return t
  }

  getwhile(n: number, charset: string): string {
    let result = ""
    for (let i = 0; i < n; i++) {
      const c = this.next
      if (c === null || c.length !== 1 || !charset.includes(c)) break
      result += c
      this.advance()
    }
    return result
  }

  getuntil(terminator: string, name: string): string {
    let result = ""
    for (;;) {
      const c = this.next
      this.advance()
      if (c === null) {
        if (result === "") throw this.error("missing " + name)
        throw this.error(`missing ${terminator}, unterminated name`, cpLen(result))
      }
      if (c === terminator) {
        if (result === "") throw this.error("missing " + name, 1)
        break
      }
      result += c
    }
    return result
  }

  tell(): number {
    return this.index - this.nextLen
  }

  seek(index: number): void {
    this.index = index
    this.advance()
  }

  error(msg: string, offset = 0): SreSyntax {
    return new SreSyntax(this.istext ? msg : asciiEscape(msg), this.tell() - offset)
  }

  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name))
      throw this.error(`bad character in group name ${strRepr(name)}`, cpLen(name) + offset)
    if (!this.istext && !/^[\x00-\x7f]*$/.test(name))
      this.warn(
        "DeprecationWarning",
        `bad character in group name ${asciiRepr(name)} at position ${this.tell() - cpLen(name) - offset}`,
      )
  }
}

/** The number of code points of a JS string. */
export function cpLen(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

/** Issues a warning (category name, message) at the caller of re's function. */
export type Warn = (category: "DeprecationWarning" | "FutureWarning", msg: string) => void

/** ascii(s) of a str. */
export function asciiRepr(s: string): string {
  return asciiEscape(strRepr(s))
}

/** int(s) for a group name: spaces, a sign, decimal digits of any script, underscores; NaN if not. */
export function pyInt(name: string): number {
  const t = name.trim()
  return /^[+-]?\p{Nd}+(_\p{Nd}+)*$/u.test(t) ? parseUnicodeInt(t) : NaN
}

function parseUnicodeInt(t: string): number {
  let sign = 1
  let s = t
  if (s[0] === "+" || s[0] === "-") {
    if (s[0] === "-") sign = -1
    s = s.slice(1)
  }
  let v = 0
  for (const ch of s) if (ch !== "_") v = v * 10 + decimalValue(ch.codePointAt(0)!)
  return sign * v
}

/** The value of a decimal digit (category Nd): digits come in runs of ten starting at zero. */
function decimalValue(cp: number): number {
  let z = cp
  while (z > cp - 10 && /\p{Nd}/u.test(String.fromCodePoint(z - 1))) z--
  return (cp - z) % 10
}
