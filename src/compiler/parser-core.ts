// The parser's token cursor and the helpers every grammar area shares:
// token kinds as small integers, node positions, expression contexts and
// syntax errors with CPython's messages and locations.
//
// The parser is hand-written recursive descent over the token array. The
// grammar is CPython 3.11's PEG (Grammar/python.gram); where the PEG backtracks,
// we look ahead instead (a token or two, or a scan to the end of the logical
// line), so a failed alternative never costs an exception. Exceptions are
// thrown only for real syntax errors, which end the parse.
//
// @cpython Parser/pegen.c, Parser/pegen_errors.c, Parser/action_helpers.c

import type * as A from "./ast-nodes.js"
import { PySyntaxError, type SyntaxErrorKind } from "./errors.js"
import { TokenType, type Token } from "./token.js"
import { normalizeIdentifier } from "./tokenizer.js"

const NON_ASCII = /[^\x00-\x7f]/

// ---- token kinds -----------------------------------------------------------
// Every token gets one small integer so the grammar compares numbers, not
// strings. Keywords are NAME tokens in the tokenizer; here they get their own
// kind, and NAME means a plain identifier (soft keywords included).

export const K_ENDMARKER = 0
export const K_NAME = 1
export const K_NUMBER = 2
export const K_STRING = 3
export const K_NEWLINE = 4
export const K_INDENT = 5
export const K_DEDENT = 6
export const K_ERROR = 7
// operators
export const K_LPAR = 10
export const K_RPAR = 11
export const K_LSQB = 12
export const K_RSQB = 13
export const K_COLON = 14
export const K_COMMA = 15
export const K_SEMI = 16
export const K_PLUS = 17
export const K_MINUS = 18
export const K_STAR = 19
export const K_SLASH = 20
export const K_VBAR = 21
export const K_AMPER = 22
export const K_LESS = 23
export const K_GREATER = 24
export const K_EQUAL = 25
export const K_DOT = 26
export const K_PERCENT = 27
export const K_LBRACE = 28
export const K_RBRACE = 29
export const K_EQEQUAL = 30
export const K_NOTEQUAL = 31
export const K_LESSEQUAL = 32
export const K_GREATEREQUAL = 33
export const K_TILDE = 34
export const K_CIRCUMFLEX = 35
export const K_LEFTSHIFT = 36
export const K_RIGHTSHIFT = 37
export const K_DOUBLESTAR = 38
export const K_DOUBLESLASH = 39
export const K_AT = 40
export const K_RARROW = 41
export const K_ELLIPSIS = 42
export const K_COLONEQUAL = 43
export const K_AUGASSIGN = 44 // any of += -= *= @= /= %= &= |= ^= <<= >>= **= //=
export const K_OTHER_OP = 45 // an operator the grammar never accepts (e.g. "!", "<>")
// keywords
export const K_FALSE = 50
export const K_NONE = 51
export const K_TRUE = 52
export const K_AND = 53
export const K_AS = 54
export const K_ASSERT = 55
export const K_ASYNC = 56
export const K_AWAIT = 57
export const K_BREAK = 58
export const K_CLASS = 59
export const K_CONTINUE = 60
export const K_DEF = 61
export const K_DEL = 62
export const K_ELIF = 63
export const K_ELSE = 64
export const K_EXCEPT = 65
export const K_FINALLY = 66
export const K_FOR = 67
export const K_FROM = 68
export const K_GLOBAL = 69
export const K_IF = 70
export const K_IMPORT = 71
export const K_IN = 72
export const K_IS = 73
export const K_LAMBDA = 74
export const K_NONLOCAL = 75
export const K_NOT = 76
export const K_OR = 77
export const K_PASS = 78
export const K_RAISE = 79
export const K_RETURN = 80
export const K_TRY = 81
export const K_WHILE = 82
export const K_WITH = 83
export const K_YIELD = 84

const OPERATORS: Record<string, number> = {
  "(": K_LPAR,
  ")": K_RPAR,
  "[": K_LSQB,
  "]": K_RSQB,
  ":": K_COLON,
  ",": K_COMMA,
  ";": K_SEMI,
  "+": K_PLUS,
  "-": K_MINUS,
  "*": K_STAR,
  "/": K_SLASH,
  "|": K_VBAR,
  "&": K_AMPER,
  "<": K_LESS,
  ">": K_GREATER,
  "=": K_EQUAL,
  ".": K_DOT,
  "%": K_PERCENT,
  "{": K_LBRACE,
  "}": K_RBRACE,
  "==": K_EQEQUAL,
  "!=": K_NOTEQUAL,
  "<=": K_LESSEQUAL,
  ">=": K_GREATEREQUAL,
  "~": K_TILDE,
  "^": K_CIRCUMFLEX,
  "<<": K_LEFTSHIFT,
  ">>": K_RIGHTSHIFT,
  "**": K_DOUBLESTAR,
  "//": K_DOUBLESLASH,
  "@": K_AT,
  "->": K_RARROW,
  "...": K_ELLIPSIS,
  ":=": K_COLONEQUAL,
  "+=": K_AUGASSIGN,
  "-=": K_AUGASSIGN,
  "*=": K_AUGASSIGN,
  "@=": K_AUGASSIGN,
  "/=": K_AUGASSIGN,
  "%=": K_AUGASSIGN,
  "&=": K_AUGASSIGN,
  "|=": K_AUGASSIGN,
  "^=": K_AUGASSIGN,
  "<<=": K_AUGASSIGN,
  ">>=": K_AUGASSIGN,
  "**=": K_AUGASSIGN,
  "//=": K_AUGASSIGN,
}

const KEYWORDS: Record<string, number> = {
  False: K_FALSE,
  None: K_NONE,
  True: K_TRUE,
  and: K_AND,
  as: K_AS,
  assert: K_ASSERT,
  async: K_ASYNC,
  await: K_AWAIT,
  break: K_BREAK,
  class: K_CLASS,
  continue: K_CONTINUE,
  def: K_DEF,
  del: K_DEL,
  elif: K_ELIF,
  else: K_ELSE,
  except: K_EXCEPT,
  finally: K_FINALLY,
  for: K_FOR,
  from: K_FROM,
  global: K_GLOBAL,
  if: K_IF,
  import: K_IMPORT,
  in: K_IN,
  is: K_IS,
  lambda: K_LAMBDA,
  nonlocal: K_NONLOCAL,
  not: K_NOT,
  or: K_OR,
  pass: K_PASS,
  raise: K_RAISE,
  return: K_RETURN,
  try: K_TRY,
  while: K_WHILE,
  with: K_WITH,
  yield: K_YIELD,
}

/** The grammar's kind of one token (see the K_* constants). */
export function tokenKind(tok: Token): number {
  switch (tok.type) {
    case TokenType.NAME:
      return Object.prototype.hasOwnProperty.call(KEYWORDS, tok.string)
        ? KEYWORDS[tok.string]!
        : K_NAME
    case TokenType.OP: {
      const k = OPERATORS[tok.string]
      return k === undefined ? K_OTHER_OP : k
    }
    case TokenType.NUMBER:
      return K_NUMBER
    case TokenType.STRING:
      return K_STRING
    case TokenType.NEWLINE:
      return K_NEWLINE
    case TokenType.INDENT:
      return K_INDENT
    case TokenType.DEDENT:
      return K_DEDENT
    case TokenType.ENDMARKER:
      return K_ENDMARKER
    default:
      return K_ERROR
  }
}

// ---- shared constant nodes ---------------------------------------------------
// CPython shares one instance of each context and operator; so do we. They are
// frozen: nothing may write to them.

export const LOAD: A.Load = Object.freeze({ _type: "Load" as const })
export const STORE: A.Store = Object.freeze({ _type: "Store" as const })
export const DEL: A.Del = Object.freeze({ _type: "Del" as const })

/** Thrown for nesting the compiler cannot handle (CPython: RecursionError / MemoryError). */
export class CompilerLimitError extends Error {
  readonly kind: "RecursionError" | "MemoryError"
  constructor(kind: "RecursionError" | "MemoryError", message: string) {
    super(message)
    this.name = kind
    this.kind = kind
  }
}

/**
 * How deep the parser may nest (expressions, statements, patterns). CPython
 * 3.11 turns deeper trees into RecursionError while building the AST (its
 * limit is 3 x the recursion limit of 1000, counted from the caller's depth):
 * `-` repeated 2985 times parses in `python3 x.py`, 2986 times does not. We
 * stop at the same count.
 */
export const MAX_NESTING = 2985

/** Where a node starts and ends; what every located node carries. */
export type Span = A.Located

/**
 * The cursor over the significant tokens (no COMMENT/NL) and the helpers the
 * grammar areas share. Subclasses add expressions, patterns and statements.
 */
export class ParserCore {
  readonly tokens: Token[]
  readonly kinds: Uint8Array
  readonly source: string
  readonly filename: string
  /** Index of the next token. */
  pos: number
  /** Current nesting depth (see MAX_NESTING). */
  level: number
  /** Lines of the source, filled on the first error (for the error's `text`). */
  private lines: string[] | null
  /**
   * Set when parsing an f-string replacement field: its lines are shifted by
   * `lineOffset` and its first line's columns by `colShift` (bytes).
   */
  fstring: { lineOffset: number; colShift: number } | null = null
  /**
   * Source read from a file (`python3 x.py`) rather than a string: CPython's
   * file tokenizer has no cursor column left at end of input, so errors at the
   * final DEDENT/ENDMARKER get offset 0 there.
   */
  fileMode = false

  constructor(tokens: Token[], source: string, filename: string) {
    const sig: Token[] = []
    for (const t of tokens) {
      if (
        t.type !== TokenType.COMMENT &&
        t.type !== TokenType.NL &&
        t.type !== TokenType.TYPE_COMMENT
      )
        sig.push(t)
    }
    const kinds = new Uint8Array(sig.length)
    for (let i = 0; i < sig.length; i++) {
      const t = sig[i]!
      kinds[i] = tokenKind(t)
      // Non-ASCII identifiers are NFKC-normalized (PEP 3131), as CPython's parser does.
      if (t.type === TokenType.NAME && NON_ASCII.test(t.string))
        sig[i] = { ...t, string: normalizeIdentifier(t.string) }
    }
    this.tokens = sig
    this.kinds = kinds
    this.source = source
    this.filename = filename
    this.pos = 0
    this.level = 0
    this.lines = null
  }

  // ---- cursor --------------------------------------------------------------

  /** Kind of the token `ahead` places after the next one (0 = the next). */
  peek(ahead = 0): number {
    const i = this.pos + ahead
    return i < this.kinds.length ? this.kinds[i]! : K_ENDMARKER
  }

  tok(ahead = 0): Token {
    const i = Math.min(this.pos + ahead, this.tokens.length - 1)
    return this.tokens[i]!
  }

  /** Consumes the next token if it has kind `k`. */
  eat(k: number): boolean {
    if (this.kinds[this.pos] === k) {
      this.pos++
      return true
    }
    return false
  }

  /** Consumes a token of kind `k` or fails with "invalid syntax" at the next token. */
  expect(k: number): Token {
    if (this.kinds[this.pos] !== k) this.fail()
    return this.tokens[this.pos++]!
  }

  /** Consumes a token of kind `k` or fails with CPython's "expected '...'" message. */
  expectForced(k: number, text: string): Token {
    if (this.kinds[this.pos] !== k) this.raiseTok(this.tok(), `expected '${text}'`)
    return this.tokens[this.pos++]!
  }

  /** True if the next token is the NAME `word` (for soft keywords). */
  atSoft(word: string, ahead = 0): boolean {
    return this.peek(ahead) === K_NAME && this.tokens[this.pos + ahead]!.string === word
  }

  /** The end position of the last consumed token. */
  lastEnd(): Token {
    return this.tokens[this.pos - 1]!
  }

  /** Fills the four position fields of `node` from token `start` to the last consumed token. */
  span<T extends Span>(node: Omit<T, keyof Span>, start: Token): T {
    const end = this.tokens[this.pos - 1]!
    const n = node as T
    n.lineno = start.lineno
    n.col_offset = start.col
    n.end_lineno = end.endLineno
    n.end_col_offset = end.endCol
    return n
  }

  // ---- nesting ---------------------------------------------------------------

  enter(): void {
    if (++this.level > MAX_NESTING) this.tooDeep()
  }

  tooDeep(): never {
    throw new CompilerLimitError(
      "RecursionError",
      "maximum recursion depth exceeded during compilation",
    )
  }

  // ---- errors ----------------------------------------------------------------

  /** "invalid syntax" at the next token (or "unexpected indent" and friends). */
  fail(): never {
    const k = this.peek()
    const t = this.tok()
    if (k === K_INDENT) this.raiseTok(t, "unexpected indent", "IndentationError")
    if (k === K_DEDENT) this.raiseTok(t, "unexpected unindent", "IndentationError")
    // The generic error names the token's own position; a DEDENT/ENDMARKER
    // (column -1) gives offsets 0 and 0.
    if (t.col < 0) this.raiseAt1(t.lineno, 0, t.endLineno, 0, "invalid syntax")
    this.raiseTok(t, "invalid syntax")
  }

  /** Raises `msg` spanning node `a` (start) to node `b` (end). */
  raiseRange(a: Span, b: Span, msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    this.raiseAt(a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg, kind)
  }

  raiseNode(a: Span, msg: string): never {
    this.raiseAt(a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg)
  }

  /**
   * Raises `msg` at token `t`, as CPython's RAISE_SYNTAX_ERROR does for the last
   * token: INDENT, DEDENT and ENDMARKER carry no column (-1), and CPython then
   * uses the tokenizer's cursor column and no end column.
   */
  raiseTok(t: Token, msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    if (t.col < 0) {
      if (this.fileMode && t.start >= this.source.length)
        this.raiseAt1(t.lineno, 0, t.endLineno, -1, msg, kind)
      const lineStart = this.lineStart(t.lineno - (this.fstring?.lineOffset ?? 0))
      const cursor =
        lineStart < 0 ? 0 : utf8Bytes(this.source, lineStart, Math.max(lineStart, t.start))
      this.raiseAt1(t.lineno, cursor, t.endLineno, -1, msg, kind)
    }
    this.raiseAt1(t.lineno, t.col + 1, t.endLineno, t.endCol + 1, msg, kind)
  }

  /** Raises with 0-based UTF-8 byte columns (a node's col_offset/end_col_offset). */
  raiseAt(
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
    msg: string,
    kind: SyntaxErrorKind = "SyntaxError",
  ): never {
    this.raiseAt1(lineno, col + 1, endLineno, endCol + 1, msg, kind)
  }

  /**
   * Throws a PySyntaxError from 1-based UTF-8 byte offsets; like CPython, both
   * are converted to characters on the error's first line (clamped to its
   * length + 1), and offsets <= 0 are kept as they are.
   * @cpython Parser/pegen_errors.c _PyPegen_raise_error_known_location
   */
  raiseAt1(
    lineno: number,
    offset: number,
    endLineno: number,
    endOffset: number,
    msg: string,
    kind: SyntaxErrorKind = "SyntaxError",
  ): never {
    if (this.lines === null) this.lines = splitLines(this.source)
    if (this.fstring !== null) {
      // CPython's f-string parser: "f-string: " messages, columns of the
      // field's own text, lines as shifted.
      msg = "f-string: " + msg
      if (lineno - this.fstring.lineOffset === 1) {
        if (offset > 0) offset = Math.max(1, offset - this.fstring.colShift)
        if (endOffset > 0) endOffset = Math.max(1, endOffset - this.fstring.colShift)
      }
    }
    const line = this.lines[lineno - 1 - (this.fstring?.lineOffset ?? 0)]
    const text = line === undefined ? null : line
    const conv = (off: number): number =>
      off > 0 && line !== undefined ? bytePrefixChars(line, off) : off
    throw new PySyntaxError(
      kind,
      msg,
      this.filename,
      lineno,
      conv(offset),
      endLineno,
      conv(endOffset),
      text,
    )
  }

  private lineStartsCache: number[] | null = null

  /** Index in `source` where line `lineno` starts, or -1. */
  lineStart(lineno: number): number {
    if (this.lineStartsCache === null) {
      const starts = [0]
      const s = this.source
      for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) starts.push(i + 1)
      this.lineStartsCache = starts
    }
    const v = this.lineStartsCache[lineno - 1]
    return v === undefined ? -1 : v
  }
}

/** UTF-8 length of s[from, to). */
function utf8Bytes(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n++
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/**
 * Characters in the first `off` bytes of `line` (at most its length + 1):
 * CPython's _PyPegen_byte_offset_to_character_offset.
 */
function bytePrefixChars(line: string, off: number): number {
  let bytes = 0
  let chars = 0
  for (const ch of line) {
    if (bytes >= off) break
    const cp = ch.codePointAt(0)!
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    chars++
  }
  if (bytes < off) chars += Math.min(off - bytes, 1)
  return chars
}

/** Splits source into lines that keep their "\n" (CPython's error `text`). */
export function splitLines(source: string): string[] {
  const lines: string[] = []
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === 10) {
      lines.push(source.slice(start, i + 1))
      start = i + 1
    } else if (c === 13) {
      const next = source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
      lines.push(source.slice(start, i) + "\n")
      start = next
      i = next - 1
    }
  }
  if (start < source.length) lines.push(source.slice(start))
  return lines
}
