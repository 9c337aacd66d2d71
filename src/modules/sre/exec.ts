// Running a translated pattern over a subject: the subject's text and index
// conversions, and search / match / fullmatch with CPython's rule for the
// next search after an empty match (must_advance).
//
// Subjects. A str is matched as its JS string; Python indices count code
// points, so a string with surrogate pairs gets two tables (unit -> code
// point, code point -> unit), built once per subject:
//
//   "a😀b"   units  a  \ud83d \ude00  b        cp of unit  0 1 2 2 3
//            cps    a  😀             b        unit of cp  0 1 3 4
//
// A bytes-like subject is read as Latin-1 text (byte b is U+00bb), so byte
// offsets are unit offsets.
//
// Iteration (findall, finditer, sub, split, the scanner): after a match
// [b, e) the next search starts at e; if the match was empty, a match that is
// empty again at e is refused, and a non-empty one at e is still allowed
// before moving on to e + 1 (Python 3.7+). JavaScript returns the first match
// it finds at e, so when that is empty and the pattern could prefer an empty
// match over a longer one (lazy repeats, empty first alternatives, ...), a
// variant of the RegExp that must end after e is tried there first.
//
// @cpython Modules/_sre/sre.c (state_init, pattern_subx, scanner_search)

import type { Translation } from "./emit.js"
import { cpLen } from "./tokenizer.js"

/** The text of one subject and its index conversions. */
export class Subject {
  private u2c: Int32Array | null = null
  private c2u: Int32Array | null = null
  /** Length in code points. */
  readonly cpLength: number

  constructor(
    readonly text: string,
    readonly bmp: boolean,
  ) {
    this.cpLength = bmp ? text.length : cpLen(text)
  }

  private tables(): void {
    const t = this.text
    const u2c = new Int32Array(t.length + 1)
    const c2u = new Int32Array(this.cpLength + 1)
    let cp = 0
    for (let u = 0; u < t.length; u++) {
      u2c[u] = cp
      const c = t.charCodeAt(u)
      if (c >= 0xd800 && c <= 0xdbff && u + 1 < t.length) {
        const d = t.charCodeAt(u + 1)
        if (d >= 0xdc00 && d <= 0xdfff) {
          c2u[cp] = u
          u2c[u + 1] = cp
          u++
          cp++
          continue
        }
      }
      c2u[cp] = u
      cp++
    }
    u2c[t.length] = cp
    c2u[cp] = t.length
    this.u2c = u2c
    this.c2u = c2u
  }

  /** The code-point index of a unit index. */
  toCp(u: number): number {
    if (this.bmp) return u
    if (this.u2c === null) this.tables()
    return this.u2c![u]!
  }

  /** The unit index of a code-point index (0 <= cp <= cpLength). */
  toUnit(cp: number): number {
    if (this.bmp) return cp
    if (this.c2u === null) this.tables()
    return this.c2u![cp]!
  }

  /** The number of units of the character at unit `u` (1, or 2 for a pair). */
  width(u: number): number {
    if (this.bmp) return 1
    const c = this.text.charCodeAt(u)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = this.text.charCodeAt(u + 1)
      if (d >= 0xdc00 && d <= 0xdfff) return 2
    }
    return 1
  }
}

/** The RegExp objects of one compiled pattern, made when first needed. */
export class Program {
  private search: RegExp | null = null
  private sticky: RegExp | null = null
  private full: RegExp | null = null
  private nonEmpty: RegExp | null = null

  constructor(readonly tr: Translation) {}

  /** Checks that JavaScript accepts the translation (throws its SyntaxError otherwise). */
  check(): void {
    this.searchRe()
  }

  private searchRe(): RegExp {
    this.search ??= new RegExp(this.tr.source, this.tr.jsFlags + "g")
    return this.search
  }

  /** The first match starting at or after `start` in `s`, or null. */
  searchAt(sub: Subject, s: string, start: number, mustAdvance: boolean): RegExpExecArray | null {
    const re = this.searchRe()
    re.lastIndex = start
    let m = this.exec(re, sub, s)
    if (m !== null && mustAdvance && m.index === start && m[0].length === 0) {
      if (this.tr.mayPreferEmpty) {
        const m2 = this.nonEmptyAt(s, start)
        if (m2 !== null) return m2
      }
      if (start >= s.length) return null
      re.lastIndex = start + sub.width(start)
      m = this.exec(re, sub, s)
    }
    return m
  }

  /**
   * re.exec, refusing matches that start between the two halves of a
   * surrogate pair: V8's forward scan with the `u` flag tries those
   * positions for patterns that begin with an assertion.
   */
  private exec(re: RegExp, sub: Subject, s: string): RegExpExecArray | null {
    let m = re.exec(s)
    if (sub.bmp) return m
    while (m !== null && m.index > 0 && sub.width(m.index - 1) === 2) {
      re.lastIndex = m.index + 1
      m = re.exec(s)
    }
    return m
  }

  /** A match starting exactly at `start` (re.match), or null. */
  matchAt(sub: Subject, s: string, start: number, mustAdvance: boolean): RegExpExecArray | null {
    this.sticky ??= new RegExp(this.tr.source, this.tr.jsFlags + "y")
    const re = this.sticky
    re.lastIndex = start
    const m = re.exec(s)
    if (m !== null && mustAdvance && m[0].length === 0)
      return this.tr.mayPreferEmpty ? this.nonEmptyAt(s, start) : null
    return m
  }

  /** A match of all of `s` from `start` (re.fullmatch), or null. */
  fullAt(s: string, start: number): RegExpExecArray | null {
    this.full ??= new RegExp(`(?:${this.tr.source})$`, this.tr.jsFlags + "y")
    const re = this.full
    re.lastIndex = start
    return re.exec(s)
  }

  /**
   * A non-empty match at `start`. The variant captures, hidden, the text from
   * the start to the end (S) and requires at the end of the match that what
   * follows is not S, which only holds after the start (what follows a later
   * position is shorter than S). The hidden group is group 1 of the variant,
   * so it is cut out of the result.
   */
  private nonEmptyAt(s: string, start: number): RegExpExecArray | null {
    if (this.nonEmpty === null) {
      // Backreferences move up by one (the hidden group comes first); the
      // translation writes every other backslash-digit as \u{..}.
      const src = this.tr.source.replace(/\\(\d+)/g, (_m, n: string) => `\\${Number(n) + 1}`)
      try {
        this.nonEmpty = new RegExp(`(?=([\\s\\S]*))(?:${src})(?!\\1)`, this.tr.jsFlags + "y")
      } catch {
        // Too large for the engine once wrapped: go on as if no non-empty match existed.
        this.tr.mayPreferEmpty = false
        return null
      }
    }
    const re = this.nonEmpty
    re.lastIndex = start
    const m = re.exec(s)
    if (m === null) return null
    m.splice(1, 1)
    m.indices!.splice(1, 1)
    return m
  }
}

/** The [start, end] units of Python group g in a result, or undefined if it did not match. */
export function groupSpan(
  tr: Translation,
  m: RegExpExecArray,
  g: number,
): [number, number] | undefined {
  const a = tr.altMap[g]
  if (a !== undefined) {
    const r = m.indices![a]
    if (r !== undefined) return r
  }
  return m.indices![tr.groupMap[g]!]
}
