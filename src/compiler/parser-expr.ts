// Expressions: the grammar from `expressions` down to `atom`, calls and their
// arguments, subscripts and slices, displays and comprehensions, lambda, and
// assignment targets.
//
//   expression  ::= disjunction ['if' disjunction 'else' expression] | lambdef
//   disjunction ::= conjunction ('or' conjunction)*      -> BoolOp(Or)
//   conjunction ::= inversion ('and' inversion)*         -> BoolOp(And)
//   inversion   ::= 'not' inversion | comparison
//   comparison  ::= bitwise_or (cmpop bitwise_or)*       -> Compare
//   bitwise_or .. term: left-associative BinOp levels    | ^ & << >> + - * / // % @
//   factor      ::= ('+'|'-'|'~') factor | power
//   power       ::= await_primary ['**' factor]
//   primary     ::= atom ('.' NAME | '(' args ')' | '[' slices ']')*
//
// Targets (for loops, comprehensions, `with ... as`, assignments) are parsed
// as expressions and then turned into Store/Del context by setContext(), which
// also finds the first invalid target for CPython's "cannot assign to ..." messages.
//
// @cpython Grammar/python.gram (3.11), Parser/action_helpers.c

import type * as A from "./ast-nodes.js"
import { ELLIPSIS, type ConstantValue } from "./constants.js"
import type { Token } from "./token.js"
import { PySyntaxError } from "./errors.js"
import { LiteralError, parseNumber } from "./literals.js"
import * as P from "./parser-core.js"
import { ParserCore, LOAD, STORE } from "./parser-core.js"
import { exprName, isBitwiseOrLevel, notHereTarget } from "./parser-targets.js"

type E = A.ExprNode

const BINOPS: Record<string, A.OperatorKind> = {
  "|": { _type: "BitOr" },
  "^": { _type: "BitXor" },
  "&": { _type: "BitAnd" },
  "<<": { _type: "LShift" },
  ">>": { _type: "RShift" },
  "+": { _type: "Add" },
  "-": { _type: "Sub" },
  "*": { _type: "Mult" },
  "/": { _type: "Div" },
  "//": { _type: "FloorDiv" },
  "%": { _type: "Mod" },
  "@": { _type: "MatMult" },
  "**": { _type: "Pow" },
}
for (const k of Object.keys(BINOPS)) Object.freeze(BINOPS[k])

/** The operator of an augmented assignment token such as "+=". */
export function augOperator(text: string): A.OperatorKind {
  return BINOPS[text.slice(0, -1)]!
}

const AND: A.And = Object.freeze({ _type: "And" as const })
const OR: A.Or = Object.freeze({ _type: "Or" as const })
const NOT: A.Not = Object.freeze({ _type: "Not" as const })
const UADD: A.UAdd = Object.freeze({ _type: "UAdd" as const })
const USUB: A.USub = Object.freeze({ _type: "USub" as const })
const INVERT: A.Invert = Object.freeze({ _type: "Invert" as const })
const CMP = {
  Eq: Object.freeze({ _type: "Eq" as const }),
  NotEq: Object.freeze({ _type: "NotEq" as const }),
  Lt: Object.freeze({ _type: "Lt" as const }),
  LtE: Object.freeze({ _type: "LtE" as const }),
  Gt: Object.freeze({ _type: "Gt" as const }),
  GtE: Object.freeze({ _type: "GtE" as const }),
  Is: Object.freeze({ _type: "Is" as const }),
  IsNot: Object.freeze({ _type: "IsNot" as const }),
  In: Object.freeze({ _type: "In" as const }),
  NotIn: Object.freeze({ _type: "NotIn" as const }),
}

const SOFT_KEYWORDS = new Set(["match", "case", "_"])

/**
 * Expressions from `expression` down to atoms, calls and subscripts; the
 * displays, comprehensions, lambda and targets are in parser-displays.ts.
 */
export abstract class ExprParser extends ParserCore {
  /** Nodes that were written in parentheses (only consulted when reporting errors). */
  readonly parenthesized = new Set<E>()

  // ---- helpers ---------------------------------------------------------------

  name(): string {
    if (this.kinds[this.pos] !== P.K_NAME) this.fail()
    return this.tokens[this.pos++]!.string
  }

  nameNode(ctx: A.ExprContext): A.Name {
    const t = this.tokens[this.pos]!
    if (this.kinds[this.pos] !== P.K_NAME) this.fail()
    this.pos++
    return {
      _type: "Name",
      id: t.string,
      ctx,
      lineno: t.lineno,
      col_offset: t.col,
      end_lineno: t.endLineno,
      end_col_offset: t.endCol,
    }
  }

  // ---- expression lists --------------------------------------------------------

  /** expressions: expression (',' expression)* [','] */
  expressions(): E {
    const start = this.tok()
    const first = this.expression()
    if (this.peek() !== P.K_COMMA) return first
    const elts = [first]
    while (this.eat(P.K_COMMA)) {
      if (!this.startsExpression()) break
      elts.push(this.expression())
    }
    return this.span<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, start)
  }

  /** star_expressions: star_expression (',' star_expression)* [','] */
  starExpressions(): E {
    const start = this.tok()
    const first = this.starExpression()
    if (this.peek() !== P.K_COMMA) return first
    const elts = [first]
    while (this.eat(P.K_COMMA)) {
      if (!this.startsExpression() && this.peek() !== P.K_STAR) break
      elts.push(this.starExpression())
    }
    return this.span<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, start)
  }

  /** star_expression: '*' bitwise_or | expression */
  starExpression(): E {
    if (this.peek() === P.K_STAR) {
      const start = this.tokens[this.pos++]!
      const value = this.bitwiseOr()
      return this.span<A.Starred>({ _type: "Starred", value, ctx: LOAD }, start)
    }
    return this.expression()
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  starNamedExpression(): E {
    if (this.peek() === P.K_STAR) {
      const start = this.tokens[this.pos++]!
      const value = this.bitwiseOr()
      return this.span<A.Starred>({ _type: "Starred", value, ctx: LOAD }, start)
    }
    return this.namedExpression()
  }

  /** True if the token at index `i` can begin an expression. */
  startsExpressionAt(i: number): boolean {
    const save = this.pos
    this.pos = i
    const r = this.startsExpression()
    this.pos = save
    return r
  }

  /** True if the next token can begin an expression. */
  startsExpression(): boolean {
    switch (this.peek()) {
      case P.K_NAME:
      case P.K_NUMBER:
      case P.K_STRING:
      case P.K_LPAR:
      case P.K_LSQB:
      case P.K_LBRACE:
      case P.K_MINUS:
      case P.K_PLUS:
      case P.K_TILDE:
      case P.K_NOT:
      case P.K_LAMBDA:
      case P.K_AWAIT:
      case P.K_NONE:
      case P.K_TRUE:
      case P.K_FALSE:
      case P.K_ELLIPSIS:
        return true
      default:
        return false
    }
  }

  /**
   * named_expression: NAME ':=' expression | expression !':='. Where a
   * named_expression is expected, '=' is always an error; CPython's
   * invalid_named_expression explains it (unless `checkAssign` is false).
   */
  namedExpression(checkAssign = true): E {
    if (this.peek() === P.K_NAME && this.peek(1) === P.K_COLONEQUAL) {
      const start = this.tok()
      const target = this.nameNode(STORE)
      this.pos++
      const value = this.expression()
      return this.span<A.NamedExpr>({ _type: "NamedExpr", target, value }, start)
    }
    const e = this.expression()
    const k = this.peek()
    if (k === P.K_COLONEQUAL) {
      this.raiseNode(e, `cannot use assignment expressions with ${exprName(e)}`)
    }
    if (k === P.K_EQUAL && checkAssign) this.invalidNamedExpression(e)
    return e
  }

  /** `e` is followed by '=' where a named expression was expected. */
  invalidNamedExpression(e: E): void {
    const save = this.pos
    const bitwiseOr = isBitwiseOrLevel(e, this.parenthesized)
    if (!bitwiseOr) return
    this.pos++
    let rhs: E
    try {
      rhs = this.bitwiseOr()
    } catch (_err) {
      // CPython's PEG would have stopped before the bad part; we do not know
      // where, so only the plain-name message (which needs that end) is lost.
      this.pos = save
      if (!this.startsExpressionAt(save + 1) || (e._type === "Name" && !this.parenthesized.has(e)))
        return
      if (notHereTarget(e)) return
      this.raiseNode(
        e,
        `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`,
      )
    }
    const k = this.peek()
    this.pos = save
    if (k === P.K_EQUAL || k === P.K_COLONEQUAL) return
    if (e._type === "Name" && !this.parenthesized.has(e))
      this.raiseRange(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
    if (notHereTarget(e)) return
    this.raiseNode(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`)
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  expression(): E {
    if (this.peek() === P.K_LAMBDA) return this.lambdef()
    const start = this.tok()
    const body = this.disjunction()
    if (this.peek() !== P.K_IF) return body
    this.pos++
    const test = this.disjunction()
    if (!this.eat(P.K_ELSE)) {
      const k = this.peek()
      if (k !== P.K_COLON) this.raiseRange(body, test, "expected 'else' after 'if' expression")
      this.fail()
    }
    this.enter()
    const orelse = this.expression()
    this.level--
    return this.span<A.IfExp>({ _type: "IfExp", test, body, orelse }, start)
  }

  disjunction(): E {
    const start = this.tok()
    const first = this.conjunction()
    if (this.peek() !== P.K_OR) return first
    const values = [first]
    while (this.eat(P.K_OR)) values.push(this.conjunction())
    return this.span<A.BoolOp>({ _type: "BoolOp", op: OR, values }, start)
  }

  conjunction(): E {
    const start = this.tok()
    const first = this.inversion()
    if (this.peek() !== P.K_AND) return first
    const values = [first]
    while (this.eat(P.K_AND)) values.push(this.inversion())
    return this.span<A.BoolOp>({ _type: "BoolOp", op: AND, values }, start)
  }

  inversion(): E {
    if (this.peek() === P.K_NOT) {
      const start = this.tokens[this.pos++]!
      this.enter()
      const operand = this.inversion()
      this.level--
      return this.span<A.UnaryOp>({ _type: "UnaryOp", op: NOT, operand }, start)
    }
    return this.comparison()
  }

  comparison(): E {
    const start = this.tok()
    const left = this.bitwiseOr()
    let ops: A.CmpOpKind[] | null = null
    let comparators: E[] | null = null
    for (;;) {
      let op: A.CmpOpKind
      switch (this.peek()) {
        case P.K_EQEQUAL:
          op = CMP.Eq
          break
        case P.K_NOTEQUAL:
          op = CMP.NotEq
          break
        case P.K_LESS:
          op = CMP.Lt
          break
        case P.K_LESSEQUAL:
          op = CMP.LtE
          break
        case P.K_GREATER:
          op = CMP.Gt
          break
        case P.K_GREATEREQUAL:
          op = CMP.GtE
          break
        case P.K_IN:
          op = CMP.In
          break
        case P.K_NOT:
          if (this.peek(1) !== P.K_IN) return this.finishCompare(start, left, ops, comparators)
          this.pos++
          op = CMP.NotIn
          break
        case P.K_IS:
          if (this.peek(1) === P.K_NOT) {
            this.pos++
            op = CMP.IsNot
          } else op = CMP.Is
          break
        default:
          return this.finishCompare(start, left, ops, comparators)
      }
      this.pos++
      if (ops === null) {
        ops = []
        comparators = []
      }
      ops.push(op)
      comparators!.push(this.bitwiseOr())
    }
  }

  private finishCompare(
    start: Token,
    left: E,
    ops: A.CmpOpKind[] | null,
    comparators: E[] | null,
  ): E {
    if (ops === null) return left
    return this.span<A.Compare>({ _type: "Compare", left, ops, comparators: comparators! }, start)
  }

  // The binary levels, lowest precedence first. Each loops left-associatively.

  bitwiseOr(): E {
    const start = this.tok()
    let left = this.bitwiseXor()
    let n = 0
    while (this.peek() === P.K_VBAR) {
      this.pos++
      const right = this.bitwiseXor()
      left = this.span<A.BinOp>({ _type: "BinOp", left, op: BINOPS["|"]!, right }, start)
      if (++n + this.level > P.MAX_NESTING) this.tooDeep()
    }
    return left
  }

  bitwiseXor(): E {
    const start = this.tok()
    let left = this.bitwiseAnd()
    let n = 0
    while (this.peek() === P.K_CIRCUMFLEX) {
      this.pos++
      const right = this.bitwiseAnd()
      left = this.span<A.BinOp>({ _type: "BinOp", left, op: BINOPS["^"]!, right }, start)
      if (++n + this.level > P.MAX_NESTING) this.tooDeep()
    }
    return left
  }

  bitwiseAnd(): E {
    const start = this.tok()
    let left = this.shiftExpr()
    let n = 0
    while (this.peek() === P.K_AMPER) {
      this.pos++
      const right = this.shiftExpr()
      left = this.span<A.BinOp>({ _type: "BinOp", left, op: BINOPS["&"]!, right }, start)
      if (++n + this.level > P.MAX_NESTING) this.tooDeep()
    }
    return left
  }

  shiftExpr(): E {
    const start = this.tok()
    let left = this.sum()
    let n = 0
    for (;;) {
      const k = this.peek()
      if (k !== P.K_LEFTSHIFT && k !== P.K_RIGHTSHIFT) return left
      const op = BINOPS[this.tokens[this.pos++]!.string]!
      const right = this.sum()
      left = this.span<A.BinOp>({ _type: "BinOp", left, op, right }, start)
      if (++n + this.level > P.MAX_NESTING) this.tooDeep()
    }
  }

  sum(): E {
    const start = this.tok()
    let left = this.term()
    let n = 0
    for (;;) {
      const k = this.peek()
      if (k !== P.K_PLUS && k !== P.K_MINUS) return left
      const op = BINOPS[this.tokens[this.pos++]!.string]!
      const right = this.term()
      left = this.span<A.BinOp>({ _type: "BinOp", left, op, right }, start)
      if (++n + this.level > P.MAX_NESTING) this.tooDeep()
    }
  }

  term(): E {
    const start = this.tok()
    let left = this.factor()
    let n = 0
    for (;;) {
      const k = this.peek()
      if (
        k !== P.K_STAR &&
        k !== P.K_SLASH &&
        k !== P.K_DOUBLESLASH &&
        k !== P.K_PERCENT &&
        k !== P.K_AT
      )
        return left
      const op = BINOPS[this.tokens[this.pos++]!.string]!
      const right = this.factor()
      left = this.span<A.BinOp>({ _type: "BinOp", left, op, right }, start)
      if (++n + this.level > P.MAX_NESTING) this.tooDeep()
    }
  }

  factor(): E {
    const k = this.peek()
    if (k === P.K_MINUS || k === P.K_PLUS || k === P.K_TILDE) {
      const start = this.tokens[this.pos++]!
      this.enter()
      const operand = this.factor()
      this.level--
      const op = k === P.K_MINUS ? USUB : k === P.K_PLUS ? UADD : INVERT
      return this.span<A.UnaryOp>({ _type: "UnaryOp", op, operand }, start)
    }
    return this.power()
  }

  power(): E {
    const start = this.tok()
    const left = this.awaitPrimary()
    if (this.peek() !== P.K_DOUBLESTAR) return left
    this.pos++
    this.enter()
    const right = this.factor()
    this.level--
    return this.span<A.BinOp>({ _type: "BinOp", left, op: BINOPS["**"]!, right }, start)
  }

  awaitPrimary(): E {
    if (this.peek() === P.K_AWAIT) {
      const start = this.tokens[this.pos++]!
      const value = this.primary()
      return this.span<A.Await>({ _type: "Await", value }, start)
    }
    return this.primary()
  }

  /** primary: atom followed by any number of '.' NAME, calls and subscripts. */
  primary(): E {
    const start = this.tok()
    let e = this.atom()
    let n = 0
    for (;;) {
      const k = this.peek()
      if (k === P.K_DOT) {
        this.pos++
        if (this.peek() !== P.K_NAME) this.fail()
        const attr = this.tokens[this.pos++]!.string
        e = this.span<A.Attribute>({ _type: "Attribute", value: e, attr, ctx: LOAD }, start)
      } else if (k === P.K_LPAR) {
        e = this.call(e, start)
      } else if (k === P.K_LSQB) {
        this.pos++
        const slice = this.slices()
        if (!this.eat(P.K_RSQB)) this.fail()
        e = this.span<A.Subscript>({ _type: "Subscript", value: e, slice, ctx: LOAD }, start)
      } else return e
      if (++n + this.level > P.MAX_NESTING) this.tooDeep()
    }
  }

  // ---- calls -------------------------------------------------------------------

  /**
   * '(' [arguments] ')' after `func`. A lone generator expression argument
   * takes the call's parentheses as its own span, as in CPython.
   */
  call(func: E, start: Token): A.Call {
    const open = this.tokens[this.pos++]!
    const args: E[] = []
    const keywords: A.Keyword[] = []
    let sawKeyword = false
    let sawDoubleStar = false
    let genexp: E | null = null
    let last: E | null = null
    let deferred: string | null = null
    this.enter()
    while (this.peek() !== P.K_RPAR) {
      const k = this.peek()
      const t = this.tok()
      if (k === P.K_STAR) {
        if (sawDoubleStar)
          this.raiseTok(t, "iterable argument unpacking follows keyword argument unpacking")
        this.pos++
        const value = this.expression()
        const st = this.span<A.Starred>({ _type: "Starred", value, ctx: LOAD }, t)
        if (sawDoubleStar)
          this.raiseTok(t, "iterable argument unpacking follows keyword argument unpacking")
        args.push(st)
        last = value
      } else if (k === P.K_DOUBLESTAR) {
        this.pos++
        const value = this.expression()
        keywords.push(this.span<A.Keyword>({ _type: "keyword", arg: null, value }, t))
        sawDoubleStar = true
        last = value
      } else if (
        (k === P.K_TRUE || k === P.K_FALSE || k === P.K_NONE) &&
        this.peek(1) === P.K_EQUAL
      ) {
        const eq = this.tok(1)
        this.raiseAt(t.lineno, t.col, eq.endLineno, eq.endCol, `cannot assign to ${t.string}`)
      } else if (k === P.K_NAME && this.peek(1) === P.K_EQUAL) {
        this.pos += 2
        const value = this.expression()
        keywords.push(this.span<A.Keyword>({ _type: "keyword", arg: t.string, value }, t))
        sawKeyword = true
        last = value
      } else {
        if (!this.startsExpression()) this.fail()
        let e: E
        if (sawKeyword || sawDoubleStar) {
          // CPython's first pass stops at a positional argument after keywords;
          // a generic error inside it is reported at its first token.
          try {
            e = this.namedExpression(false)
          } catch (err) {
            if (err instanceof PySyntaxError && err.msg === "invalid syntax")
              this.raiseTok(t, "invalid syntax")
            throw err
          }
        } else e = this.namedExpression(false)
        if (this.peek() === P.K_EQUAL) {
          const eqTok = this.tok()
          this.raiseAt(
            e.lineno,
            e.col_offset,
            eqTok.endLineno,
            eqTok.endCol,
            'expression cannot contain assignment, perhaps you meant "=="?',
          )
        }
        if (this.peek() === P.K_FOR || (this.peek() === P.K_ASYNC && this.peek(1) === P.K_FOR)) {
          const generators = this.forIfClauses()
          e = this.span<A.GeneratorExp>({ _type: "GeneratorExp", elt: e, generators }, t)
          if (args.length > 0 || keywords.length > 0 || this.peek() !== P.K_RPAR)
            this.raiseNode(e, "Generator expression must be parenthesized")
          genexp = e
        } else if (genexp !== null) {
          this.raiseNode(genexp, "Generator expression must be parenthesized")
        }
        if ((sawKeyword || sawDoubleStar) && deferred === null) {
          deferred = sawDoubleStar
            ? "positional argument follows keyword argument unpacking"
            : "positional argument follows keyword argument"
        }
        args.push(e)
        last = e
      }
      if (!this.eat(P.K_COMMA)) break
    }
    this.level--
    if (this.peek() !== P.K_RPAR) {
      if (last !== null) this.missingComma(last)
      this.fail()
    }
    // CPython reports these at the last token it read: the closing ')'.
    if (deferred !== null) this.raiseTok(this.tok(), deferred)
    this.pos++
    if (genexp !== null) {
      const close = this.lastEnd()
      genexp.lineno = open.lineno
      genexp.col_offset = open.col
      genexp.end_lineno = close.endLineno
      genexp.end_col_offset = close.endCol
    }
    return this.span<A.Call>({ _type: "Call", func, args, keywords }, start)
  }

  // ---- subscripts ----------------------------------------------------------------

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  slices(): E {
    const start = this.tok()
    const first = this.sliceItem()
    if (this.peek() !== P.K_COMMA) {
      if (first._type !== "Starred") return first
      return this.span<A.Tuple>({ _type: "Tuple", elts: [first], ctx: LOAD }, start)
    }
    const elts = [first]
    while (this.eat(P.K_COMMA)) {
      if (this.peek() === P.K_RSQB) break
      elts.push(this.sliceItem())
    }
    return this.span<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, start)
  }

  private sliceItem(): E {
    const start = this.tok()
    if (this.peek() === P.K_STAR) {
      this.pos++
      const value = this.bitwiseOr()
      return this.span<A.Starred>({ _type: "Starred", value, ctx: LOAD }, start)
    }
    let lower: E | null = null
    if (this.peek() !== P.K_COLON) {
      lower = this.namedExpression()
      if (this.peek() !== P.K_COLON) return lower
      if (lower._type === "NamedExpr" && !this.parenthesized.has(lower)) this.fail()
    }
    this.pos++
    let upper: E | null = null
    let step: E | null = null
    if (this.startsExpression()) upper = this.expression()
    if (this.eat(P.K_COLON)) {
      if (this.startsExpression()) step = this.expression()
    }
    return this.span<A.Slice>({ _type: "Slice", lower, upper, step }, start)
  }

  // ---- atoms ---------------------------------------------------------------------

  atom(): E {
    const t = this.tokens[this.pos]!
    switch (this.kinds[this.pos]) {
      case P.K_NAME:
        this.pos++
        return {
          _type: "Name",
          id: t.string,
          ctx: LOAD,
          lineno: t.lineno,
          col_offset: t.col,
          end_lineno: t.endLineno,
          end_col_offset: t.endCol,
        }
      case P.K_NUMBER:
        this.pos++
        return this.constant(this.numberValue(t), t)
      case P.K_STRING:
        return this.strings()
      case P.K_NONE:
        this.pos++
        return this.constant(null, t)
      case P.K_TRUE:
        this.pos++
        return this.constant(true, t)
      case P.K_FALSE:
        this.pos++
        return this.constant(false, t)
      case P.K_ELLIPSIS:
        this.pos++
        return this.constant(ELLIPSIS, t)
      case P.K_LPAR:
        return this.parenAtom()
      case P.K_LSQB:
        return this.listAtom()
      case P.K_LBRACE:
        return this.braceAtom()
      default:
        return this.fail()
    }
  }

  constant(value: ConstantValue, t: Token): A.Constant {
    return {
      _type: "Constant",
      value,
      kind: null,
      lineno: t.lineno,
      col_offset: t.col,
      end_lineno: t.endLineno,
      end_col_offset: t.endCol,
    }
  }

  /** The value of a NUMBER token: int (bigint), float or imaginary. */
  numberValue(t: Token): ConstantValue {
    try {
      return parseNumber(t.string)
    } catch (e) {
      // Too many digits: CPython reports it on the token's lines, offsets 0.
      if (e instanceof LiteralError) this.raiseAt1(t.lineno, 0, t.endLineno, 0, e.msg)
      throw e
    }
  }

  /** STRING+ : adjacent literals concatenated; f-strings become JoinedStr. */
  strings(): E {
    const first = this.pos
    while (this.kinds[this.pos] === P.K_STRING) this.pos++
    return this.concatStrings(this.tokens.slice(first, this.pos))
  }

  /** Overridden by the full parser, which knows about strings.ts. */
  concatStrings(tokens: Token[]): E {
    return this.raiseTok(tokens[0]!, "strings are not supported")
  }

  /**
   * Inside brackets, an expression directly followed by the start of another
   * one: CPython's "invalid syntax. Perhaps you forgot a comma?".
   */
  missingComma(prev: E): void {
    if (!this.startsExpression()) return
    const k = this.peek()
    // CPython's `!(NAME STRING | SOFT_KEYWORD)`: not after a soft keyword, nor
    // between a name and a string (`f "x"`, `print "x"`).
    if (prev._type === "Name" && (SOFT_KEYWORDS.has(prev.id) || k === P.K_STRING)) return
    // `print "x"`-like NAME STRING pairs and soft keywords are excluded by CPython.
    if (k === P.K_NOT || k === P.K_LAMBDA) return
    const save = this.pos
    let next: E
    try {
      next = this.expression()
    } catch (_e) {
      this.pos = save
      return
    }
    // pos stays after `next`: the last token read matters for error precedence.
    this.raiseRange(prev, next, "invalid syntax. Perhaps you forgot a comma?")
  }

  // Implemented by DisplayParser (parser-displays.ts).
  abstract parenAtom(): E
  abstract listAtom(): E
  abstract braceAtom(): E
  abstract forIfClauses(): A.Comprehension[]
  abstract lambdef(): E
}
