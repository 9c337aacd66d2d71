// The tokenizer: Python source text -> the token stream the PEG parser reads.
// @cpython Parser/tokenizer.c tok_get (3.11), as seen by the parser: NL and COMMENT
// never reach it, keywords are NAME, operators are OP (the parser looks at `string`).
//
// How a source is read:
//
//   source ──normalize──► "line 1\nline 2\n...last line\n"      (\r\n, \r -> \n; final \n added)
//             │
//             ▼  at the beginning of each logical line (atbol):
//   ┌──────────────────────────────────────────────────────────────────────────┐
//   │ measure the indentation twice: tabs to multiples of 8 (col) and of 1     │
//   │ (altcol). Blank and comment-only lines and lines inside brackets are     │
//   │ skipped. col vs indstack[top]: deeper -> INDENT, shallower -> DEDENTs    │
//   │ until equal (else "unindent does not match"), and altcol must agree in   │
//   │ the same direction, else TabError.                                        │
//   └──────────────────────────────────────────────────────────────────────────┘
//             ▼
//   NAME / NUMBER / STRING / OP tokens; NEWLINE at the end of a logical line
//   (not inside brackets, not after a backslash continuation); ENDMARKER at EOF.
//
// Positions. `lineno`/`col`/`endLineno`/`endCol` are what CPython's parser stores
// in its Token (UTF-8 byte columns): NEWLINE spans from the start of a trailing
// comment (or the "\n") to the "\n" itself, so col..endCol may be empty; INDENT,
// DEDENT and ENDMARKER have no text in CPython and get col = endCol = -1, with
// `lineno` the line the tokenizer is on. For those three tokens `start`/`end` are the
// tokenizer's cursor in `source` (see cursorByteCol()). Every `start`/`end` is an
// index into `Tokenizer.source`, the normalized text, not the caller's string.
//
// Errors are thrown as PySyntaxError with CPython's message and location. Some of
// them CPython raises from the tokenizer itself and some from the parser's
// error path; `checkRestForErrors` reproduces how the two kinds override a generic
// "invalid syntax" (@cpython Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors).

import { assert } from "../util/assert.js"
import { isXidContinue, isXidStart } from "../util/unicode-identifier.js"
import { PySyntaxError, type CompileWarning, type SyntaxErrorKind } from "./errors.js"
import { utf8ErrorAt } from "./source-encoding.js"
import { scanNumber } from "./tokenizer-numbers.js"
import {
  isAsciiAlnum,
  isDigit,
  isPotentialIdentifierChar,
  isPotentialIdentifierStart,
  byteToCharOffset,
  codePointLength,
  hex4,
  isPrintableCodePoint,
  normalizeNewlines,
  utf8Length,
} from "./source-text.js"
import { TokenType, type Token } from "./token.js"

export { decodeSource } from "./source-encoding.js"
export {
  byteToCharOffset,
  codePointLength,
  hex4,
  isPrintableCodePoint,
  normalizeIdentifier,
  normalizeNewlines,
  utf8Length,
} from "./source-text.js"

/** Maximum bracket nesting, CPython's MAXLEVEL. */
export const MAXLEVEL = 200
/** Maximum indentation depth, CPython's MAXINDENT. */
export const MAXINDENT = 100
const TABSIZE = 8
const ALTTABSIZE = 1

// Character codes used below.
const NL = 10
const TAB = 9
const FF = 12
const SPACE = 32
const HASH = 35
const BACKSLASH = 92
const SQUOTE = 39
const DQUOTE = 34
const DOT = 46

/** Options for a Tokenizer. */
export interface TokenizerOptions {
  /** Reported in errors and warnings; default "<unknown>". */
  filename?: string
  /**
   * Line number of the source's first line, minus one, added to every line number.
   * Used for the expressions of f-strings (CPython sets the tokenizer's lineno).
   */
  lineOffset?: number
  /**
   * Added to the columns of tokens on the source's first line (CPython's
   * `starting_col_offset` for f-string expressions).
   */
  firstLineColOffset?: number
  /** Where warnings go (e.g. "invalid decimal literal"); ignored when absent. */
  warn?: (w: CompileWarning) => void
  /** Turn warnings into SyntaxErrors, as `python -W error` does. */
  warningsAsErrors?: boolean
  /**
   * True (the default) for "exec" sources, where CPython adds a missing final
   * newline; false for "eval" and "single", where it does not (so a source ending
   * with a backslash is "unexpected character after line continuation character").
   */
  execInput?: boolean
  /**
   * Produce TYPE_COMMENT and TYPE_IGNORE tokens, as ast.parse(type_comments=True)
   * (PyCF_TYPE_COMMENTS) does; CPython's parser records TYPE_IGNOREs for
   * Module.type_ignores instead of parsing them.
   */
  typeComments?: boolean
}

/**
 * Why the tokenizer stopped with an error. "raised" errors are raised by CPython's
 * tokenizer itself; the others are raised later by the parser's error path, which
 * matters for which error wins (see checkRestForErrors).
 */
export type TokenizerErrorKind =
  "raised" | "eof-in-brackets" | "eof" | "dedent" | "tabspace" | "toodeep" | "linecont"

/**
 * A lazy tokenizer over one source text. Call next() until ENDMARKER; it throws a
 * PySyntaxError at the first error. One instance per source; not reusable.
 */
export class Tokenizer {
  /** The normalized source all `start`/`end` indices point into. */
  readonly source: string
  readonly filename: string
  /** Kind of the last error thrown by next(), for checkRestForErrors. */
  lastErrorKind: TokenizerErrorKind | null
  /** Bracket nesting depth (CPython's tok->level). */
  level: number

  private readonly typeComments: boolean
  private readonly warn: ((w: CompileWarning) => void) | null
  private readonly warningsAsErrors: boolean
  private readonly lineOffset: number
  private readonly firstLineColOffset: number
  /** Cursor: index of the next character to read. */
  private cur: number
  /** Current line number (not counting lineOffset) and the index where it starts. */
  private lineno: number
  private lineStart: number
  /** Index of the first non-ASCII code unit at or after lineStart on this line, or -1 if unknown. */
  private lineNonAscii: number
  /** Where CPython's tok->buf points: the start of the line read last outside a token. */
  private bufStart: number
  private atbol: boolean
  private pendin: number
  // Invariant (indentation stacks). indstack and altindstack have the same length
  // (at most MAXINDENT), start with 0, and strictly increase; the three paren
  // stacks have length `level` (at most MAXLEVEL). checkInvariants() asserts it.
  private readonly indstack: number[]
  private readonly altindstack: number[]
  private readonly parenstack: number[]
  private readonly parenlinenostack: number[]
  /** Byte column of each open bracket. */
  private readonly parencolstack: number[]
  private done: boolean

  constructor(source: string, options: TokenizerOptions = {}) {
    this.source = normalizeNewlines(source, options.execInput ?? true)
    this.filename = options.filename ?? "<unknown>"
    this.lastErrorKind = null
    this.level = 0
    this.typeComments = options.typeComments ?? false
    this.warn = options.warn ?? null
    this.warningsAsErrors = options.warningsAsErrors ?? false
    this.lineOffset = options.lineOffset ?? 0
    this.firstLineColOffset = options.firstLineColOffset ?? 0
    this.cur = 0
    this.lineno = 1
    this.lineStart = 0
    this.lineNonAscii = -1
    this.bufStart = 0
    this.atbol = true
    this.pendin = 0
    this.indstack = [0]
    this.altindstack = [0]
    this.parenstack = []
    this.parenlinenostack = []
    this.parencolstack = []
    this.done = false
    if (this.source.indexOf("\0") >= 0) {
      // CPython checks this before tokenizing and reports no location.
      this.lastErrorKind = "raised"
      throw new PySyntaxError(
        "SyntaxError",
        "source code string cannot contain null bytes",
        this.filename,
        0,
        0,
        0,
        0,
        null,
      )
    }
  }

  /** Current line number as CPython's tok->lineno (with lineOffset applied). */
  get currentLineno(): number {
    return this.lineno + this.lineOffset
  }

  /**
   * The tokenizer cursor's byte column on its current line (tok->cur - tok->line_start):
   * the parser's error path uses it for tokens whose col is -1.
   */
  cursorByteCol(): number {
    return this.byteColOf(this.cur)
  }

  /** The text of the tokenizer's current line, including its "\n". */
  currentLineText(): string {
    const end = this.source.indexOf("\n", this.lineStart)
    return this.source.slice(this.lineStart, end < 0 ? this.source.length : end + 1)
  }

  /**
   * The `text` CPython puts in a SyntaxError raised by the parser for line `lineno`
   * (with lineOffset applied): the line with its newline if the tokenizer is on that
   * line, else without it (@cpython Parser/pegen_errors.c get_error_line_from_tokenizer_buffers).
   */
  errorText(lineno: number): string {
    const l = lineno - this.lineOffset
    // On the current line CPython shows its whole buffer, which starts at the first
    // line of a token that spanned lines up to here (e.g. "x = \'\'\'a\nb\'\'\' +\n").
    if (l >= this.lineno) return this.bufferText()
    let ls = 0
    for (let i = 1; i < l; i++) {
      const nl = this.source.indexOf("\n", ls)
      if (nl < 0 || nl + 1 >= this.source.length) break
      ls = nl + 1
    }
    return this.lineTextAt(ls, l >= this.lineno)
  }

  /** Asserts the invariants on the tokenizer's stacks (tests call it after every token). */
  checkInvariants(): void {
    const ind = this.indstack
    const alt = this.altindstack
    assert(ind.length === alt.length && ind.length >= 1, "indent stacks have one entry per level")
    assert(ind[0] === 0 && alt[0] === 0, "indent stacks start at column 0")
    assert(ind.length <= MAXINDENT, "indent depth within MAXINDENT")
    for (let i = 1; i < ind.length; i++) {
      assert(ind[i]! > ind[i - 1]! && alt[i]! > alt[i - 1]!, "indent stacks strictly increase")
    }
    assert(
      this.parenstack.length === this.level &&
        this.parenlinenostack.length === this.level &&
        this.parencolstack.length === this.level &&
        this.level <= MAXLEVEL,
      "paren stacks have `level` entries",
    )
  }

  // ── positions ─────────────────────────────────────────────────────────────

  /**
   * Moves to the line starting at `next`, unless that is the end (CPython stays on
   * the last line). `inToken` is true while a token continues on the new line (a
   * multi-line string, a backslash continuation): CPython's tok->buf then stays
   * where it was, which shows in the text and offsets of later parser errors.
   */
  private newLine(next: number, inToken = false): void {
    if (next < this.source.length) {
      this.lineno++
      this.lineStart = next
      this.lineNonAscii = -1
      if (!inToken) this.bufStart = next
    }
  }

  /** CPython's tok->buf .. tok->inp: from bufStart to the end of the current line, with its "\n". */
  private bufferText(): string {
    const s = this.source
    const e = s.indexOf("\n", this.lineStart)
    return shownText(s.slice(this.bufStart, e < 0 ? s.length : e + 1))
  }

  /** UTF-8 column of index i on the current line. */
  private byteColOf(i: number): number {
    const s = this.source
    let na = this.lineNonAscii
    if (na < 0) {
      na = this.lineStart
      const n = s.length
      while (na < n) {
        const c = s.charCodeAt(na)
        if (c === NL || c >= 128) break
        na++
      }
      if (na < n && s.charCodeAt(na) === NL) na = 0x7fffffff
      this.lineNonAscii = na
    }
    if (i <= na) return i - this.lineStart
    return na - this.lineStart + utf8Length(s, na, i)
  }

  private makeToken(
    type: TokenType,
    start: number,
    end: number,
    lineno: number,
    col: number,
    endCol: number,
  ): Token {
    const endLineno = this.lineno
    // CPython shifts both columns only while its tokenizer is still on the first line.
    if (this.firstLineColOffset !== 0 && endLineno === 1) {
      if (col >= 0) col += this.firstLineColOffset
      if (endCol >= 0) endCol += this.firstLineColOffset
    }
    return {
      type,
      string: this.source.slice(start, end),
      lineno: lineno + this.lineOffset,
      col,
      endLineno: endLineno + this.lineOffset,
      endCol,
      start,
      end,
    }
  }

  // ── errors ────────────────────────────────────────────────────────────────

  private lineTextAt(lineStart: number, withNewline: boolean): string {
    const s = this.source
    let e = s.indexOf("\n", lineStart)
    if (e < 0) e = s.length
    else if (withNewline) e++
    return shownText(s.slice(lineStart, e))
  }

  /**
   * CPython's syntaxerror(): message located at the cursor (offset = characters
   * from the line start to the cursor), text = the line without its newline.
   */
  private syntaxError(
    msg: string,
    cur = this.cur,
    lineStart = this.lineStart,
    lineno = this.lineno,
  ): PySyntaxError {
    const off = codePointLength(this.source, lineStart, cur)
    return this.raised(msg, lineno, off, off, lineStart)
  }

  private raised(
    msg: string,
    lineno: number,
    offset: number,
    endOffset: number,
    lineStart: number,
  ): PySyntaxError {
    this.lastErrorKind = "raised"
    this.done = true
    return new PySyntaxError(
      "SyntaxError",
      msg,
      this.filename,
      lineno + this.lineOffset,
      offset,
      lineno + this.lineOffset,
      endOffset,
      this.lineTextAt(lineStart, false),
    )
  }

  /** An error CPython raises from the parser's error path (text keeps its newline). */
  private parserPathError(
    kind: TokenizerErrorKind,
    errKind: SyntaxErrorKind,
    msg: string,
    offset: number,
    endOffset: number,
  ): PySyntaxError {
    this.lastErrorKind = kind
    this.done = true
    return new PySyntaxError(
      errKind,
      msg,
      this.filename,
      this.lineno + this.lineOffset,
      offset,
      this.lineno + this.lineOffset,
      endOffset,
      this.bufferText(),
    )
  }

  /** Offset CPython reports when the cursor is at the end of the line (tok->cur = tok->inp). */
  private endOfLineOffset(): number {
    let e = this.source.indexOf("\n", this.lineStart)
    e = e < 0 ? this.source.length : e + 1
    this.cur = e
    return codePointLength(this.source, this.lineStart, e)
  }

  private neverClosed(): PySyntaxError {
    const top = this.level - 1
    const lineno = this.parenlinenostack[top]!
    const text = this.errorText(lineno + this.lineOffset)
    const col = this.parencolstack[top]!
    const offset = byteToCharOffset(text, col + 1)
    this.lastErrorKind = "eof-in-brackets"
    this.done = true
    return new PySyntaxError(
      "SyntaxError",
      `'${String.fromCharCode(this.parenstack[top]!)}' was never closed`,
      this.filename,
      lineno + this.lineOffset,
      offset,
      lineno + this.lineOffset,
      0,
      text,
    )
  }

  /** Scans a NUMBER token (tokenizer-numbers.ts does the work). */
  private numberToken(start: number, c: number): Token {
    const p = scanNumber(this, start, c)
    this.cur = p
    const col = this.byteColOf(start)
    return this.makeToken(TokenType.NUMBER, start, p, this.lineno, col, col + (p - start))
  }

  /** For tokenizer-numbers.ts: CPython's syntaxerror() with the cursor at `at`. */
  numberError(msg: string, at: number): PySyntaxError {
    return this.syntaxError(msg, at)
  }

  /** For tokenizer-numbers.ts: "leading zeros ..." over [start, zerosEnd) (byte range, as CPython). */
  leadingZerosError(start: number, zerosEnd: number, at: number): PySyntaxError {
    this.cur = at
    return this.raised(
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      this.lineno,
      this.byteColOf(start) + 1,
      this.byteColOf(zerosEnd),
      this.lineStart,
    )
  }

  /**
   * Warns about a number followed by a keyword ("1if x"). With warnings as errors it
   * becomes a SyntaxError at the cursor, as CPython's parser_warn does.
   */
  numberWarning(kind: string, at: number): void {
    const msg = `invalid ${kind} literal`
    if (this.warningsAsErrors) throw this.syntaxError(msg, at)
    this.warn?.({
      category: "SyntaxWarning",
      message: msg,
      filename: this.filename,
      lineno: this.lineno + this.lineOffset,
    })
  }

  // ── the token loop ────────────────────────────────────────────────────────

  /** Returns the next token, or throws PySyntaxError. After ENDMARKER it keeps returning ENDMARKER. */
  next(): Token {
    const s = this.source
    const n = s.length
    for (;;) {
      // ── beginning of a line: indentation ──
      let blankline = false
      if (this.atbol) {
        this.atbol = false
        let col = 0
        let altcol = 0
        let p = this.cur
        for (;;) {
          const c = s.charCodeAt(p)
          if (c === SPACE) {
            col++
            altcol++
          } else if (c === TAB) {
            col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE
            altcol = ((altcol / ALTTABSIZE) | 0) * ALTTABSIZE + ALTTABSIZE
          } else if (c === FF) {
            col = altcol = 0
          } else break
          p++
        }
        this.cur = p
        const c = p < n ? s.charCodeAt(p) : -1
        if (c === HASH || c === NL) blankline = true
        if (!blankline && this.level === 0) {
          const top = this.indstack.length - 1
          const topCol = this.indstack[top]!
          const topAlt = this.altindstack[top]!
          if (col === topCol) {
            if (altcol !== topAlt) throw this.tabError()
          } else if (col > topCol) {
            if (top + 1 >= MAXINDENT) {
              this.endOfLineOffset()
              throw this.parserPathError(
                "toodeep",
                "IndentationError",
                "too many levels of indentation",
                1,
                0,
              )
            }
            if (altcol <= topAlt) throw this.tabError()
            this.pendin++
            this.indstack.push(col)
            this.altindstack.push(altcol)
          } else {
            while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]!) {
              this.pendin--
              this.indstack.pop()
              this.altindstack.pop()
            }
            if (col !== this.indstack[this.indstack.length - 1]) {
              const off = this.endOfLineOffset()
              throw this.parserPathError(
                "dedent",
                "IndentationError",
                "unindent does not match any outer indentation level",
                off,
                -1,
              )
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) throw this.tabError()
          }
        }
      }

      // ── pending INDENT/DEDENT tokens ──
      if (this.pendin !== 0) {
        let type: TokenType
        if (this.pendin < 0) {
          this.pendin++
          type = TokenType.DEDENT
        } else {
          this.pendin--
          type = TokenType.INDENT
        }
        return this.makeToken(type, this.cur, this.cur, this.lineno, -1, -1)
      }

      // ── tokens within a line ──
      again: for (;;) {
        let c = s.charCodeAt(this.cur)
        while (c === SPACE || c === TAB || c === FF) c = s.charCodeAt(++this.cur)
        const start = this.cur

        if (c === HASH) {
          // Comments are skipped, except type comments when asked for.
          let p = s.indexOf("\n", this.cur)
          if (p < 0) p = n
          this.cur = p
          if (this.typeComments) {
            const t = this.typeComment(start, p, blankline)
            if (t !== null) return t
          }
          c = p < n ? NL : -1
        }

        if (this.cur >= n) {
          if (this.done) return this.makeToken(TokenType.ENDMARKER, n, n, this.lineno, -1, -1)
          if (this.level > 0) throw this.neverClosed()
          this.done = true
          return this.makeToken(TokenType.ENDMARKER, n, n, this.lineno, -1, -1)
        }

        if (isPotentialIdentifierStart(c)) return this.identifierOrString(start, c)

        if (c === NL) {
          this.atbol = true
          const nl = this.cur
          this.cur++
          if (blankline || this.level > 0) {
            this.newLine(this.cur)
            break again
          }
          const col = this.byteColOf(start)
          const ncol = this.byteColOf(nl)
          const tok = this.makeToken(TokenType.NEWLINE, nl, nl, this.lineno, col, ncol)
          this.newLine(this.cur)
          return tok
        }

        if (c === DOT) {
          const c2 = s.charCodeAt(this.cur + 1)
          if (isDigit(c2)) return this.numberToken(start, c)
          if (c2 === DOT && s.charCodeAt(this.cur + 2) === DOT) {
            this.cur += 3
          } else {
            this.cur += 1
          }
          return this.opToken(start)
        }

        if (isDigit(c)) return this.numberToken(start, c)

        if (c === SQUOTE || c === DQUOTE) return this.string(start, start)

        if (c === BACKSLASH) {
          if (s.charCodeAt(this.cur + 1) !== NL) {
            // CPython reports the column after the character following the backslash
            // (or the end, when the source ends with the backslash).
            this.cur = Math.min(this.cur + 2, n)
            // Counted from tok->buf, which may be an earlier line (see newLine).
            const off = codePointLength(s, this.bufStart, this.cur)
            throw this.parserPathError(
              "linecont",
              "SyntaxError",
              "unexpected character after line continuation character",
              off,
              0,
            )
          }
          this.cur += 2
          if (this.cur >= n) {
            const off = codePointLength(s, this.lineStart, n)
            throw this.parserPathError(
              "eof",
              "SyntaxError",
              "unexpected EOF while parsing",
              off,
              -1,
            )
          }
          this.newLine(this.cur, true)
          continue again
        }

        return this.operator(start, c)
      }
    }
  }

  /**
   * The comment s[start, end) as a TYPE_COMMENT ("# type: int", text after the
   * prefix) or TYPE_IGNORE ("# type: ignore[x]", text after "ignore"), or null.
   * A TYPE_IGNORE alone on its line also takes the line's newline.
   * @cpython Parser/tokenizer.c tok_get (type_comment_prefix)
   */
  private typeComment(start: number, end: number, blankline: boolean): Token | null {
    const s = this.source
    const prefix = "# type: "
    let p = start
    for (let k = 0; k < prefix.length; k++) {
      if (p >= end) return null
      const want = prefix.charCodeAt(k)
      if (want === SPACE) {
        while (s.charCodeAt(p) === SPACE || s.charCodeAt(p) === TAB) p++
      } else if (p < end && s.charCodeAt(p) === want) p++
      else return null
    }
    const ignoreEnd = p + 6
    const after = s.charCodeAt(ignoreEnd)
    const isIgnore =
      end >= ignoreEnd &&
      s.startsWith("ignore", p) &&
      !(end > ignoreEnd && (after >= 128 || isAsciiAlnum(after)))
    const from = isIgnore ? ignoreEnd : p
    const col = this.byteColOf(from)
    const tok = this.makeToken(
      isIgnore ? TokenType.TYPE_IGNORE : TokenType.TYPE_COMMENT,
      from,
      end,
      this.lineno,
      col,
      this.byteColOf(end),
    )
    if (isIgnore && blankline && end < s.length) {
      this.cur = end + 1
      this.atbol = true
      this.newLine(this.cur)
    }
    return tok
  }

  private tabError(): PySyntaxError {
    this.endOfLineOffset()
    return this.parserPathError(
      "tabspace",
      "TabError",
      "inconsistent use of tabs and spaces in indentation",
      1,
      0,
    )
  }

  /** Operators and brackets; any other ASCII character is an OP the parser rejects. */
  private operator(start: number, c: number): Token {
    const s = this.source
    const c2 = s.charCodeAt(start + 1)
    const len = opLength(c, c2, s.charCodeAt(start + 2))
    this.cur = start + len
    if (len === 1) {
      switch (c) {
        case 40: // (
        case 91: // [
        case 123: // {
          if (this.level >= MAXLEVEL) throw this.syntaxError("too many nested parentheses")
          this.parenstack.push(c)
          this.parenlinenostack.push(this.lineno)
          this.parencolstack.push(this.byteColOf(start))
          this.level++
          break
        case 41: // )
        case 93: // ]
        case 125: {
          // }
          if (this.level === 0) {
            throw this.syntaxError(`unmatched '${String.fromCharCode(c)}'`)
          }
          this.level--
          const opening = this.parenstack.pop()!
          const openLine = this.parenlinenostack.pop()!
          this.parencolstack.pop()
          if (!(opening === 40 ? c === 41 : opening === 91 ? c === 93 : c === 125)) {
            const o = String.fromCharCode(opening)
            const cl = String.fromCharCode(c)
            throw this.syntaxError(
              openLine !== this.lineno
                ? `closing parenthesis '${cl}' does not match opening parenthesis '${o}' on line ${openLine + this.lineOffset}`
                : `closing parenthesis '${cl}' does not match opening parenthesis '${o}'`,
            )
          }
          break
        }
        default:
          if (c < 32 || c === 127) {
            throw this.syntaxError(`invalid non-printable character U+${hex4(c)}`)
          }
      }
    }
    return this.opToken(start)
  }

  private opToken(start: number): Token {
    const col = this.byteColOf(start)
    return this.makeToken(TokenType.OP, start, this.cur, this.lineno, col, col + (this.cur - start))
  }

  // ── names and strings ────────────────────────────────────────────────────

  private identifierOrString(start: number, c: number): Token {
    const s = this.source
    // String prefixes: any order of b/r, u alone, f/r; CPython's saw_* logic.
    let sawB = false
    let sawR = false
    let sawU = false
    let sawF = false
    let p = start
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true
      else break
      c = s.charCodeAt(++p)
      if (c === SQUOTE || c === DQUOTE) return this.string(start, p)
    }
    let nonascii = false
    while (isPotentialIdentifierChar(c)) {
      if (c >= 128) nonascii = true
      c = s.charCodeAt(++p)
    }
    this.cur = p
    if (nonascii) this.verifyIdentifier(start, p)
    const col = this.byteColOf(start)
    return this.makeToken(TokenType.NAME, start, p, this.lineno, col, this.byteColOf(p))
  }

  /** Raises "invalid character" for the first code point that cannot be in an identifier. */
  private verifyIdentifier(start: number, end: number): void {
    const s = this.source
    const undecodable = utf8ErrorAt(s.slice(start, end))
    if (undecodable !== null) {
      // A byte that was not UTF-8 (see source-encoding.ts): CPython's decode error,
      // located at the end of the name, from its parser's error path.
      this.cur = end
      const off = codePointLength(s, this.lineStart, end)
      throw this.parserPathError("raised", "SyntaxError", `(unicode error) ${undecodable}`, off, -1)
    }
    let i = start
    let first = true
    while (i < end) {
      const cp = s.codePointAt(i)!
      const ch = String.fromCodePoint(cp)
      const ok = first ? isXidStart(cp) : isXidContinue(cp)
      if (!ok) {
        const after = i + ch.length
        this.cur = after
        throw this.syntaxError(
          isPrintableCodePoint(cp)
            ? `invalid character '${ch}' (U+${hex4(cp)})`
            : `invalid non-printable character U+${hex4(cp)}`,
        )
      }
      first = false
      i += ch.length
    }
  }

  /** Scans a string literal whose prefix starts at `start` and opening quote is at `q`. */
  private string(start: number, q: number): Token {
    const s = this.source
    const n = s.length
    const quote = s.charCodeAt(q)
    const firstLineno = this.lineno
    const firstLineStart = this.lineStart
    const col = this.byteColOf(start)
    let p = q + 1
    let quoteSize = 1
    if (s.charCodeAt(p) === quote) {
      if (s.charCodeAt(p + 1) === quote) {
        quoteSize = 3
        p += 2
      } else {
        // The empty string.
        this.cur = p + 1
        return this.makeToken(
          TokenType.STRING,
          start,
          this.cur,
          firstLineno,
          col,
          this.byteColOf(this.cur),
        )
      }
    }
    let endQuote = 0
    while (endQuote !== quoteSize) {
      if (p >= n) return this.unterminated(start, quoteSize, firstLineno, firstLineStart)
      const c = s.charCodeAt(p++)
      if (c === quote) {
        endQuote++
        continue
      }
      endQuote = 0
      if (c === NL) {
        if (quoteSize === 1) {
          p--
          return this.unterminated(start, quoteSize, firstLineno, firstLineStart)
        }
        this.newLine(p, true)
      } else if (c === BACKSLASH) {
        if (p >= n) return this.unterminated(start, quoteSize, firstLineno, firstLineStart)
        const e = s.charCodeAt(p++)
        if (e === NL) this.newLine(p, true)
      }
    }
    this.cur = p
    return this.makeToken(TokenType.STRING, start, p, firstLineno, col, this.byteColOf(p))
  }

  private unterminated(
    start: number,
    quoteSize: number,
    firstLineno: number,
    firstLineStart: number,
  ): never {
    const detected = this.lineno + this.lineOffset
    const msg =
      quoteSize === 3
        ? `unterminated triple-quoted string literal (detected at line ${detected})`
        : `unterminated string literal (detected at line ${detected})`
    throw this.syntaxError(msg, start + 1, firstLineStart, firstLineno)
  }

  /**
   * After a generic parser error on line `errLine`, tokenizes the rest of the source
   * and returns the tokenizer error that should replace it, or null. Errors raised
   * by the tokenizer always win; an unclosed bracket wins only if it was opened
   * before errLine; indentation and continuation errors never do.
   */
  checkRestForErrors(errLine: number): PySyntaxError | null {
    if (this.done && this.lastErrorKind === null) return null
    try {
      for (;;) {
        const t = this.next()
        if (t.type === TokenType.ENDMARKER) return null
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e
      if (this.lastErrorKind === "raised") return e
      if (this.lastErrorKind === "eof-in-brackets" && errLine > e.lineno) return e
      return null
    }
  }
}

/** Error texts show each undecodable source byte (see source-encoding.ts) as U+FFFD, as CPython does. */
function shownText(text: string): string {
  return /[\udc80-\udcff]/.test(text)
    ? text.replace(/(?<![\ud800-\udbff])[\udc80-\udcff]/g, "\ufffd")
    : text
}

/** Length of the operator starting with c, c2, c3 (1, 2 or 3). */
function opLength(c: number, c2: number, c3: number): number {
  switch (c) {
    case 33: // !
      return c2 === 61 ? 2 : 1
    case 37: // %
    case 38: // &
    case 64: // @
    case 94: // ^
    case 124: // |
    case 43: // +
    case 61: // =
      return c2 === 61 ? 2 : 1
    case 45: // -
      return c2 === 61 || c2 === 62 ? 2 : 1
    case 58: // :
      return c2 === 61 ? 2 : 1
    case 42: // *
      if (c2 === 42) return c3 === 61 ? 3 : 2
      return c2 === 61 ? 2 : 1
    case 47: // /
      if (c2 === 47) return c3 === 61 ? 3 : 2
      return c2 === 61 ? 2 : 1
    case 60: // <
      if (c2 === 60) return c3 === 61 ? 3 : 2
      return c2 === 61 || c2 === 62 ? 2 : 1
    case 62: // >
      if (c2 === 62) return c3 === 61 ? 3 : 2
      return c2 === 61 ? 2 : 1
    default:
      return 1
  }
}

/** Tokenizes a whole source (convenience for tests and tools); throws at the first error. */
export function tokenize(source: string, options: TokenizerOptions = {}): Token[] {
  const tok = new Tokenizer(source, options)
  const out: Token[] = []
  for (;;) {
    const t = tok.next()
    out.push(t)
    if (t.type === TokenType.ENDMARKER) return out
  }
}
