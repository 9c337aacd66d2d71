// What the grammar's `strings` rule does with a run of adjacent STRING tokens:
// decode each one, concatenate them, and parse f-strings, giving one Constant
// (str or bytes) or one JoinedStr. This is CPython 3.11's f-string model, where
// the tokenizer sees an f-string as one STRING token and this code splits it.
// @cpython Parser/string_parser.c (3.11): _PyPegen_concatenate_strings,
//          fstring_find_literal, fstring_find_expr, fstring_compile_expr,
//          fstring_find_expr_location
//
// ── Contract with the parser ─────────────────────────────────────────────────
//
//   concatenateStrings(tokens, ctx)   tokens: the STRING tokens, in order
//
//   ctx.parseFStringExpr(source, lineno, col) parses one replacement field:
//     `source` is "(" + the field's expression text + ")", as CPython builds it;
//     parse it with the fstring start rule (star_expressions) from
//     `new Tokenizer(source, { filename, lineOffset: lineno - 1, firstLineColOffset: col })`,
//     so tokens on its first line move right by `col` and all lines down by
//     lineno - 1. Parser errors in there are reported as CPython's fstring-mode
//     parser does: message prefixed "f-string: ", lineno as shifted, offsets as
//     columns of `source` (not shifted), text = the line of `source`.
//   ctx.syntaxError(msg, token?) builds the error CPython's RAISE_SYNTAX_ERROR
//     makes inside the strings rule: at `token` when given (known location), else
//     at the last token the parser has fetched (p->tokens[p->fill-1]), which is
//     usually the token right after the last STRING.
//   ctx.warn receives DeprecationWarning "invalid escape sequence '\d'" (with the
//     line of the token holding it); with ctx.warningsAsErrors the warning is a
//     SyntaxError located at that token instead.
//
// ── Locations (3.11 quirks, verified with python3) ───────────────────────────
//
//   x = "a" f"b{c!r:>{w}}"
//       ^^^^^^^^^^^^^^^^^^  JoinedStr, and every Constant/FormattedValue in it:
//                           the whole group, first token to last token
//                 ^         c, w: their real positions
//   The format spec JoinedStr (and its parts) spans only the token holding it.
//   For a field on a later line of a triple-quoted token the first-line shift is
//   the column of "{" on that line (not counting the token's own column).

import type * as A from "./ast-nodes.js"
import { BytesConst, CodePointsStr } from "./constants.js"
import { type CompileWarning, PySyntaxError } from "./errors.js"
import {
  LiteralError,
  asciiBytes,
  checkUndecodableBytes,
  decodeBytesEscapes,
  decodeStringEscapes,
} from "./literals.js"
import type { Token } from "./token.js"
import { MAXLEVEL, utf8Length } from "./tokenizer.js"

/** What concatenateStrings needs from the parser (see the contract above). */
export interface StringsContext {
  filename: string
  parseFStringExpr(source: string, lineno: number, col: number): A.ExprNode
  syntaxError(msg: string, token?: Token): PySyntaxError
  warn?(w: CompileWarning): void
  warningsAsErrors?: boolean
}

/** One STRING token taken apart. */
interface Literal {
  bytes: boolean
  raw: boolean
  f: boolean
  /** Index in token.string where the body starts and ends (quotes excluded). */
  bodyStart: number
  bodyEnd: number
}

function splitLiteral(text: string): Literal {
  let bytes = false
  let raw = false
  let f = false
  let i = 0
  for (; ; i++) {
    const c = text.charCodeAt(i) | 32
    if (c === 98) bytes = true
    else if (c === 114) raw = true
    else if (c === 102) f = true
    else if (c !== 117) break
  }
  const q = text.charCodeAt(i)
  const triple =
    text.length - i >= 6 && text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q
  const qn = triple ? 3 : 1
  return { bytes, raw, f, bodyStart: i + qn, bodyEnd: text.length - qn }
}

/** Accumulates the parts of a JoinedStr (CPython's FstringParser). */
class PartsBuilder {
  lastStr: string | null = null
  readonly parts: A.ExprNode[] = []
  fmode = false

  addStr(s: string): void {
    if (s.length === 0) return
    this.lastStr = this.lastStr === null ? s : this.lastStr + s
  }
}

function constantNode(value: string, first: Token, last: Token): A.Constant {
  return {
    _type: "Constant",
    value,
    kind: first.string.charCodeAt(0) === 117 /* u */ ? "u" : null,
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.endLineno,
    end_col_offset: last.endCol,
  }
}

function finish(b: PartsBuilder, first: Token, last: Token): A.ExprNode {
  if (!b.fmode) return constantNode(b.lastStr ?? "", first, last)
  if (b.lastStr !== null) {
    b.parts.push(constantNode(b.lastStr, first, last))
    b.lastStr = null
  }
  return {
    _type: "JoinedStr",
    values: b.parts,
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.endLineno,
    end_col_offset: last.endCol,
  }
}

/**
 * Turns adjacent STRING tokens into a Constant (str or bytes) or a JoinedStr,
 * with CPython 3.11's errors, warnings and locations.
 */
export function concatenateStrings(tokens: readonly Token[], ctx: StringsContext): A.ExprNode {
  const first = tokens[0]!
  const last = tokens[tokens.length - 1]!
  const builder = new PartsBuilder()
  let bytesMode = false
  const byteChunks: Uint8Array[] = []
  // Lone surrogates written as escapes, as indexes into the joined str (plain literals only).
  const lone: number[] = []
  let joinedLength = 0
  let anyF = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const lit = splitLiteral(t.string)
    const body = t.string.slice(lit.bodyStart, lit.bodyEnd)
    let str: string | null = null
    let bytes: Uint8Array | null = null
    if (!lit.f) {
      const raw = lit.raw || body.indexOf("\\") < 0
      if (lit.bytes) {
        for (let k = lit.bodyStart; k < t.string.length; k++) {
          if (t.string.charCodeAt(k) >= 0x80) {
            throw ctx.syntaxError("bytes can only contain ASCII literal characters", t)
          }
        }
        if (raw) bytes = asciiBytes(body)
        else {
          const d = guard(ctx, () => decodeBytesEscapes(body))
          if (d.invalidEscape !== null) warnInvalidEscape(ctx, d.invalidEscape, t)
          bytes = d.value
        }
      } else if (raw) {
        guard(ctx, () => checkUndecodableBytes(body, true))
        str = body
      } else {
        const mine: number[] = []
        str = decodeStr(ctx, body, t, mine)
        for (const k of mine) lone.push(joinedLength + k)
      }
      if (str !== null) joinedLength += str.length
    }
    if (i !== 0 && bytesMode !== lit.bytes) {
      throw ctx.syntaxError("cannot mix bytes and nonbytes literals")
    }
    bytesMode = lit.bytes
    if (lit.f) {
      anyF = true
      const p = new FStringParser(ctx, t, first, last, lit.raw)
      p.concat(builder, lit.bodyStart, lit.bodyEnd, 0)
    } else if (bytes !== null) {
      byteChunks.push(bytes)
    } else {
      builder.addStr(str!)
    }
  }
  if (bytesMode) {
    let n = 0
    for (const c of byteChunks) n += c.length
    const all = new Uint8Array(n)
    let at = 0
    for (const c of byteChunks) {
      all.set(c, at)
      at += c.length
    }
    return {
      _type: "Constant",
      value: new BytesConst(all),
      kind: null,
      lineno: first.lineno,
      col_offset: first.col,
      end_lineno: last.endLineno,
      end_col_offset: last.endCol,
    }
  }
  if (!anyF && lone.length > 0) {
    const cps = splitLoneSurrogates(builder.lastStr ?? "", lone)
    if (cps !== null) {
      const node = constantNode("", first, last)
      node.value = new CodePointsStr(cps)
      return node
    }
  }
  return finish(builder, first, last)
}

/** Runs a decoder, turning its LiteralError into CPython's SyntaxError at the last token. */
function guard<T>(ctx: StringsContext, f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof LiteralError) throw ctx.syntaxError(e.msg)
    throw e
  }
}

function decodeStr(ctx: StringsContext, body: string, t: Token, lone?: number[]): string {
  const d = guard(ctx, () => decodeStringEscapes(body))
  if (d.invalidEscape !== null) warnInvalidEscape(ctx, d.invalidEscape, t)
  if (lone !== undefined && d.lone !== undefined) lone.push(...d.lone)
  return d.value
}

/**
 * The code points of `s` where the units at `lone` (lone surrogates from
 * escapes) stay single code points, or null when none of them would pair up
 * in a JS string (then the JS string is exact).
 */
function splitLoneSurrogates(s: string, lone: readonly number[]): number[] | null {
  const isHi = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
  const isLo = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff
  const pairs = (i: number): boolean =>
    (isHi(s.charCodeAt(i)) && isLo(s.charCodeAt(i + 1))) ||
    (isLo(s.charCodeAt(i)) && isHi(s.charCodeAt(i - 1)))
  if (!lone.some(pairs)) return null
  const set = new Set(lone)
  const cps: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const d = s.charCodeAt(i + 1)
    if (isHi(c) && isLo(d) && !set.has(i) && !set.has(i + 1)) {
      cps.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)
      i++
    } else cps.push(c)
  }
  return cps
}

function warnInvalidEscape(ctx: StringsContext, message: string, t: Token): void {
  if (ctx.warningsAsErrors) throw ctx.syntaxError(message, t)
  ctx.warn?.({ category: "DeprecationWarning", message, filename: ctx.filename, lineno: t.lineno })
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13)
}

/**
 * Parses the body of one f-string token. Positions are indices into `t.string`.
 */
class FStringParser {
  private readonly ctx: StringsContext
  /** The token being parsed, the first and last tokens of the whole group. */
  private readonly t: Token
  private readonly first: Token
  private readonly last: Token
  private readonly raw: boolean
  private readonly s: string

  constructor(ctx: StringsContext, t: Token, first: Token, last: Token, raw: boolean) {
    this.ctx = ctx
    this.t = t
    this.first = first
    this.last = last
    this.raw = raw
    this.s = t.string
  }

  /**
   * Adds the literals and fields of s[pos, end) to `b`; returns where it stopped
   * (at `end`, or at the "}" closing a format spec when recurseLvl is 1).
   */
  concat(b: PartsBuilder, pos: number, end: number, recurseLvl: number): number {
    b.fmode = true
    for (;;) {
      const lit = this.findLiteral(pos, end, recurseLvl)
      pos = lit.pos
      if (lit.literal !== null) b.addStr(lit.literal)
      if (lit.doubled) continue
      if (pos >= end || this.s.charCodeAt(pos) === 125 /* } */) break
      const field = this.findExpr(pos, end, recurseLvl)
      pos = field.pos
      if (field.exprText !== null) b.addStr(field.exprText)
      if (b.lastStr !== null) {
        b.parts.push(constantNode(b.lastStr, this.first, this.last))
        b.lastStr = null
      }
      b.parts.push(field.node)
    }
    if (recurseLvl === 0 && pos < end - 1) {
      throw this.ctx.syntaxError("f-string: unexpected end of string")
    }
    if (recurseLvl !== 0 && (pos >= end || this.s.charCodeAt(pos) !== 125)) {
      throw this.ctx.syntaxError("f-string: expecting '}'")
    }
    return pos
  }

  /** The literal text up to the next field; `doubled` when it ended at "{{" or "}}". */
  private findLiteral(
    pos: number,
    end: number,
    recurseLvl: number,
  ): { literal: string | null; pos: number; doubled: boolean } {
    const s = this.s
    const start = pos
    let doubled = false
    let stop = -1
    while (pos < end) {
      let ch = s.charCodeAt(pos++)
      if (!this.raw && ch === 92 && pos < end) {
        ch = s.charCodeAt(pos++)
        if (ch === 78 /* N */) {
          // Skip "\N{...}" so its brace does not start a field.
          if (pos < end && s.charCodeAt(pos++) === 123) {
            while (pos < end && s.charCodeAt(pos++) !== 125) continue
          }
          continue
        }
        if (ch === 123) warnInvalidEscape(this.ctx, "invalid escape sequence '\\{'", this.t)
      }
      if (ch === 123 || ch === 125) {
        if (recurseLvl === 0) {
          if (pos < end && s.charCodeAt(pos) === ch) {
            // Keep one brace in the literal and skip the other.
            stop = pos
            doubled = true
            pos++
            break
          }
          if (ch === 125) throw this.ctx.syntaxError("f-string: single '}' is not allowed")
        }
        pos--
        break
      }
    }
    const litEnd = stop >= 0 ? stop : pos
    let literal: string | null = null
    if (litEnd !== start) {
      const text = s.slice(start, litEnd)
      if (this.raw) guard(this.ctx, () => checkUndecodableBytes(text, true))
      literal = this.raw ? text : decodeStr(this.ctx, text, this.t)
    }
    return { literal, pos, doubled }
  }

  /** Parses the field starting at the "{" at `pos`. */
  private findExpr(
    pos: number,
    end: number,
    recurseLvl: number,
  ): { node: A.FormattedValue; exprText: string | null; pos: number } {
    const s = this.s
    const ctx = this.ctx
    if (recurseLvl >= 2) throw ctx.syntaxError("f-string: expressions nested too deeply")
    const brace = pos
    pos++
    const exprStart = pos
    let quote = 0
    let stringType = 0
    const parens: number[] = []
    for (; pos < end; pos++) {
      const ch = s.charCodeAt(pos)
      if (ch === 92) throw ctx.syntaxError("f-string expression part cannot include a backslash")
      if (quote !== 0) {
        if (ch === quote) {
          if (stringType === 3) {
            if (pos + 2 < end && s.charCodeAt(pos + 1) === ch && s.charCodeAt(pos + 2) === ch) {
              pos += 2
              stringType = 0
              quote = 0
            }
          } else {
            stringType = 0
            quote = 0
          }
        }
        continue
      }
      if (ch === 39 || ch === 34) {
        if (pos + 2 < end && s.charCodeAt(pos + 1) === ch && s.charCodeAt(pos + 2) === ch) {
          stringType = 3
          pos += 2
        } else stringType = 1
        quote = ch
      } else if (ch === 91 || ch === 123 || ch === 40) {
        if (parens.length >= MAXLEVEL)
          throw ctx.syntaxError("f-string: too many nested parenthesis")
        parens.push(ch)
      } else if (ch === 35) {
        throw ctx.syntaxError("f-string expression part cannot include '#'")
      } else if (
        parens.length === 0 &&
        (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)
      ) {
        // ! : } = > <, except as part of != == <= >=
        if (pos + 1 < end && s.charCodeAt(pos + 1) === 61 && ch !== 58 && ch !== 125) {
          pos++
          continue
        }
        if (ch === 62 || ch === 60) continue
        break
      } else if (ch === 93 || ch === 125 || ch === 41) {
        if (parens.length === 0)
          throw ctx.syntaxError(`f-string: unmatched '${String.fromCharCode(ch)}'`)
        const opening = parens.pop()!
        if (!(opening === 40 ? ch === 41 : opening === 91 ? ch === 93 : ch === 125)) {
          throw ctx.syntaxError(
            `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
          )
        }
      }
    }
    const exprEnd = pos
    if (quote !== 0) throw ctx.syntaxError("f-string: unterminated string")
    if (parens.length > 0) {
      throw ctx.syntaxError(
        `f-string: unmatched '${String.fromCharCode(parens[parens.length - 1]!)}'`,
      )
    }
    if (pos >= end) throw ctx.syntaxError("f-string: expecting '}'")

    const value = this.compileExpr(brace, exprStart, exprEnd)

    let exprText: string | null = null
    if (s.charCodeAt(pos) === 61 /* = */) {
      pos++
      while (pos < end && isSpace(s.charCodeAt(pos))) pos++
      if (pos >= end) throw ctx.syntaxError("f-string: expecting '}'")
      exprText = s.slice(exprStart, pos)
    }
    let conversion = -1
    if (s.charCodeAt(pos) === 33 /* ! */) {
      pos++
      if (pos >= end) throw ctx.syntaxError("f-string: expecting '}'")
      conversion = s.charCodeAt(pos)
      pos++
      if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
        throw ctx.syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
      }
    }
    let formatSpec: A.ExprNode | null = null
    if (pos < end && s.charCodeAt(pos) === 58 /* : */) {
      pos++
      if (pos >= end) throw ctx.syntaxError("f-string: expecting '}'")
      const spec = new PartsBuilder()
      pos = this.concat(spec, pos, end, recurseLvl + 1)
      formatSpec = finish(spec, this.t, this.t)
    }
    if (pos >= end || s.charCodeAt(pos) !== 125) throw ctx.syntaxError("f-string: expecting '}'")
    pos++
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114 // 'r'
    const node: A.FormattedValue = {
      _type: "FormattedValue",
      value,
      conversion,
      format_spec: formatSpec,
      lineno: this.first.lineno,
      col_offset: this.first.col,
      end_lineno: this.last.endLineno,
      end_col_offset: this.last.endCol,
    }
    return { node, exprText, pos }
  }

  /** Parses s[exprStart, exprEnd) as "(expr)" placed where it sits in the file. */
  private compileExpr(brace: number, exprStart: number, exprEnd: number): A.ExprNode {
    const s = this.s
    let k = exprStart
    while (k < exprEnd) {
      const c = s.charCodeAt(k)
      if (!(c === 32 || c === 9 || c === 10 || c === 12)) break
      k++
    }
    if (k === exprEnd) {
      const c = s.charCodeAt(exprEnd)
      if (c === 33 || c === 58 || c === 61) {
        throw this.ctx.syntaxError(
          `f-string: expression required before '${String.fromCharCode(c)}'`,
        )
      }
      throw this.ctx.syntaxError("f-string: empty expression not allowed")
    }
    // Where the expression goes: lines before the "{" in this token, and the
    // byte column of the "{" on its line (0 if only blanks follow the "{" up to a
    // newline, since then the expression really starts on a later line).
    let newlineAfterBrace = true
    for (let j = brace + 1; j < exprEnd; j++) {
      const c = s.charCodeAt(j)
      if (c === 10) break
      if (c !== 32 && c !== 9 && c !== 12) {
        newlineAfterBrace = false
        break
      }
    }
    let lines = 0
    let lastNl = -1
    for (let j = 0; j < brace; j++) {
      if (s.charCodeAt(j) === 10) {
        lines++
        lastNl = j
      }
    }
    let cols = 0
    if (!newlineAfterBrace) cols = utf8Length(s, lastNl + 1, brace)
    const col = lines === 0 ? this.t.col + cols : cols
    return this.ctx.parseFStringExpr(
      "(" + s.slice(exprStart, exprEnd) + ")",
      this.t.lineno + lines,
      col,
    )
  }
}
