// Simple statements and blocks: expression statements and every kind of
// assignment, del, import, return/raise/global/..., and the block structure
// (NEWLINE INDENT ... DEDENT) that compound statements (parser.ts) use.
//
//   simple_stmts ::= simple_stmt (';' simple_stmt)* [';'] NEWLINE
//   block        ::= NEWLINE INDENT statement+ DEDENT | simple_stmts
//
// An expression statement and an assignment start alike; we parse the
// expression list once and let the next token decide (`=`, `:`, `+=`, ...),
// turning the parsed expressions into targets afterwards.
//
// @cpython Grammar/python.gram (3.11) simple_stmts .. import_from_as_name, block

import type * as A from "./ast-nodes.js"
import { PySyntaxError } from "./errors.js"
import type { Token } from "./token.js"
import * as P from "./parser-core.js"
import { DEL, STORE } from "./parser-core.js"
import { augOperator } from "./parser-expr.js"
import { PatternParser } from "./parser-pattern.js"
import {
  applyContext,
  exprName,
  invalidTarget,
  isBitwiseOrLevel,
  notHereTarget,
  Targets,
} from "./parser-targets.js"

type E = A.ExprNode
type S = A.StmtNode

/** The parser up to simple statements and blocks; parser.ts adds the rest. */
export abstract class StmtParser extends PatternParser {
  /** True when the token list ends early because the tokenizer failed there. */
  readonly truncated: boolean
  /** Set when the parser looked at the end of a truncated token list. */
  reachedEnd: boolean

  constructor(tokens: Token[], source: string, filename: string, truncated: boolean) {
    super(tokens, source, filename)
    this.truncated = truncated
    this.reachedEnd = false
  }

  override fail(): never {
    if (this.truncated && this.pos >= this.tokens.length) {
      this.reachedEnd = true
      throw new PySyntaxError("SyntaxError", "invalid syntax", this.filename, 0, 0, 0, 0, null)
    }
    return super.fail()
  }

  /** simple_stmt (';' simple_stmt)* [';'] NEWLINE */
  protected simpleStmts(out: S[]): void {
    for (;;) {
      out.push(this.simpleStmt())
      if (this.eat(P.K_SEMI)) {
        if (this.peek() === P.K_NEWLINE) break
        continue
      }
      break
    }
    if (this.peek() !== P.K_NEWLINE) this.afterSimpleStmt()
    this.pos++
  }

  /** Something other than NEWLINE or ';' after a simple statement. */
  private afterSimpleStmt(): never {
    // CPython's invalid_expression reads the expression that follows (and so
    // may reach a tokenizer error, which then wins) before giving up.
    this.probeToEnd(this.pos)
    return this.fail()
  }

  /**
   * When the token list is cut short by a tokenizer error: would CPython's
   * error rules, reading expressions from token `from` on, reach the cut?
   * Then the tokenizer's error wins (see parse()). Restores the position.
   */
  protected probeToEnd(from: number): void {
    if (!this.truncated) return
    const save = this.pos
    this.pos = from
    try {
      while (this.startsExpression()) this.expression()
    } catch (_err) {
      /* only how far it read matters */
    }
    if (this.pos >= this.tokens.length) this.reachedEnd = true
    this.pos = save
  }

  private simpleStmt(): S {
    const t = this.tok()
    switch (this.peek()) {
      case P.K_PASS:
        this.pos++
        return this.span<A.Pass>({ _type: "Pass" }, t)
      case P.K_BREAK:
        this.pos++
        return this.span<A.Break>({ _type: "Break" }, t)
      case P.K_CONTINUE:
        this.pos++
        return this.span<A.Continue>({ _type: "Continue" }, t)
      case P.K_RETURN: {
        this.pos++
        let value: E | null = null
        if (this.startsExpression() || this.peek() === P.K_STAR) value = this.starExpressions()
        return this.span<A.Return>({ _type: "Return", value }, t)
      }
      case P.K_IMPORT:
        return this.importName()
      case P.K_FROM:
        return this.importFrom()
      case P.K_RAISE: {
        this.pos++
        let exc: E | null = null
        let cause: E | null = null
        if (this.startsExpression()) {
          exc = this.expression()
          if (this.eat(P.K_FROM)) cause = this.expression()
        }
        return this.span<A.Raise>({ _type: "Raise", exc, cause }, t)
      }
      case P.K_GLOBAL:
      case P.K_NONLOCAL: {
        const isGlobal = this.peek() === P.K_GLOBAL
        this.pos++
        const names = [this.name()]
        while (this.eat(P.K_COMMA)) names.push(this.name())
        return isGlobal
          ? this.span<A.Global>({ _type: "Global", names }, t)
          : this.span<A.Nonlocal>({ _type: "Nonlocal", names }, t)
      }
      case P.K_DEL:
        return this.delStmt()
      case P.K_ASSERT: {
        this.pos++
        const test = this.expression()
        let msg: E | null = null
        if (this.eat(P.K_COMMA)) msg = this.expression()
        return this.span<A.Assert>({ _type: "Assert", test, msg }, t)
      }
      case P.K_YIELD: {
        const value = this.yieldExpr()
        if (this.peek() === P.K_EQUAL) return this.assignment(t, value)
        return this.span<A.Expr>({ _type: "Expr", value }, t)
      }
      default:
        return this.exprOrAssignment(t)
    }
  }

  /** Expression statement, assignment, augmented or annotated assignment. */
  private exprOrAssignment(t: Token): S {
    if (!this.startsExpression() && this.peek() !== P.K_STAR) this.fail()
    const e = this.starExpressions()
    switch (this.peek()) {
      case P.K_EQUAL:
        return this.assignment(t, e)
      case P.K_AUGASSIGN: {
        const opTok = this.tokens[this.pos]!
        if (e._type !== "Name" && e._type !== "Attribute" && e._type !== "Subscript") {
          this.raiseNode(e, `'${exprName(e)}' is an illegal expression for augmented assignment`)
        }
        this.pos++
        const value = this.peek() === P.K_YIELD ? this.yieldExpr() : this.starExpressions()
        e.ctx = STORE
        return this.span<A.AugAssign>(
          { _type: "AugAssign", target: e, op: augOperator(opTok.string), value },
          t,
        )
      }
      case P.K_COLONEQUAL:
        // `a.b := 1` as a statement: CPython names the target when an
        // expression follows; a plain name gets "invalid syntax" at ':='.
        if (e._type !== "Name" && P.startsExpressionKind(this.peek(1)))
          this.raiseNode(e, `cannot use assignment expressions with ${exprName(e)}`)
        this.probeToEnd(this.pos + 1)
        return this.fail()
      case P.K_COLON: {
        // CPython names a bad annotation target only when an annotation follows.
        if (!P.startsExpressionKind(this.peek(1))) {
          if (e._type !== "Name" && e._type !== "Attribute" && e._type !== "Subscript") this.fail()
        }
        this.annotationTargetCheck(e)
        this.pos++
        const annotation = this.expression()
        let value: E | null = null
        if (this.eat(P.K_EQUAL)) {
          value = this.peek() === P.K_YIELD ? this.yieldExpr() : this.starExpressions()
        }
        const simple = e._type === "Name" && !this.parenthesized.has(e) ? 1 : 0
        ;(e as A.Name).ctx = STORE
        return this.span<A.AnnAssign>(
          { _type: "AnnAssign", target: e, annotation, value, simple },
          t,
        )
      }
      default:
        // CPython's invalid_expression reads the next expression here (and
        // so may reach a tokenizer error) before giving up.
        this.probeToEnd(this.pos)
        if (
          e._type === "Name" &&
          (e.id === "print" || e.id === "exec") &&
          this.startsExpression()
        ) {
          const start = this.pos
          try {
            const rest = this.starExpressions()
            this.raiseRange(
              e,
              rest,
              `Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`,
            )
          } catch (err) {
            if (err instanceof PySyntaxError && err.msg.startsWith("Missing")) throw err
            this.pos = start
          }
        }
        return this.span<A.Expr>({ _type: "Expr", value: e }, t)
    }
  }

  private annotationTargetCheck(e: E): void {
    switch (e._type) {
      case "Name":
      case "Attribute":
      case "Subscript":
        return
      case "Tuple":
      case "List":
        this.raiseNode(
          e,
          `only single target (not ${e._type === "Tuple" ? "tuple" : "list"}) can be annotated`,
        )
        return
      default:
        this.raiseNode(e, "illegal target for annotation")
    }
  }

  /** (star_targets '=')+ (yield_expr | star_expressions); `first` is already parsed. */
  private assignment(t: Token, first: E): S {
    const targets: E[] = [first]
    const firstEq = this.pos
    let value: E = first
    try {
      for (;;) {
        this.pos++ // '='
        value = this.peek() === P.K_YIELD ? this.yieldExpr() : this.starExpressions()
        if (this.peek() !== P.K_EQUAL) break
        targets.push(value)
      }
    } catch (err) {
      // CPython reports an invalid first target before a later syntax error.
      if (err instanceof PySyntaxError && invalidTarget(first, Targets.STAR) !== null) {
        const at = this.pos
        this.assignTarget(first, firstEq)
        this.pos = at
      }
      throw err
    }
    for (let i = 0; i < targets.length; i++) this.assignTarget(targets[i]!, i === 0 ? firstEq : -1)
    return this.span<A.Assign>({ _type: "Assign", targets, value, type_comment: null }, t)
  }

  /**
   * Checks one assignment target and sets its Store context, with CPython's
   * messages. `eq` is the index of the '=' after the first target, else -1.
   */
  private assignTarget(e: E, eq: number): void {
    if ((e._type === "Yield" || e._type === "YieldFrom") && !this.parenthesized.has(e)) {
      this.raiseNode(e, "assignment to yield expression not possible")
    }
    const bad = invalidTarget(e, Targets.STAR)
    if (bad !== null) {
      // CPython's invalid_named_expression fires first for `f() = 1` and
      // `a, f() = 1`: the element right before the first '=', when the
      // expression after the '=' is not itself followed by '=' or ':='.
      if (eq >= 0) {
        const cand =
          e._type === "Tuple" && !this.parenthesized.has(e) ? e.elts[e.elts.length - 1]! : e
        if (cand === bad && isBitwiseOrLevel(cand, this.parenthesized) && !notHereTarget(cand)) {
          const save = this.pos
          this.pos = eq + 1
          let ok = false
          try {
            this.bitwiseOr()
            ok = this.peek() !== P.K_EQUAL && this.peek() !== P.K_COLONEQUAL
          } catch (_err) {
            // CPython's PEG would have stopped before the bad part instead.
            ok = P.startsExpressionKind(this.kinds[eq + 1] ?? P.K_ENDMARKER)
          }
          this.pos = save
          if (ok)
            this.raiseNode(
              bad,
              `cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`,
            )
        }
      }
      this.raiseNode(bad, `cannot assign to ${exprName(bad)}`)
    }
    applyContext(e, STORE)
  }

  private delStmt(): S {
    const t = this.tokens[this.pos++]!
    const targets: E[] = []
    for (;;) {
      const e = this.starExpression()
      const bad = invalidTarget(e, Targets.DEL)
      if (bad !== null) this.raiseNode(bad, `cannot delete ${exprName(bad)}`)
      applyContext(e, DEL)
      targets.push(e)
      if (!this.eat(P.K_COMMA)) break
      const k = this.peek()
      if (k === P.K_NEWLINE || k === P.K_SEMI) break
    }
    return this.span<A.Delete>({ _type: "Delete", targets }, t)
  }

  // ---- imports ----------------------------------------------------------------------------

  private importName(): S {
    const t = this.tokens[this.pos++]!
    const names: A.Alias[] = []
    for (;;) {
      names.push(this.dottedAsName())
      if (!this.eat(P.K_COMMA)) break
    }
    return this.span<A.Import>({ _type: "Import", names }, t)
  }

  private dottedAsName(): A.Alias {
    const start = this.tok()
    let name = this.name()
    while (this.eat(P.K_DOT)) name += "." + this.name()
    let asname: string | null = null
    if (this.eat(P.K_AS)) asname = this.name()
    return this.span<A.Alias>({ _type: "alias", name, asname }, start)
  }

  private importFrom(): S {
    const t = this.tokens[this.pos++]!
    let level = 0
    for (;;) {
      const k = this.peek()
      if (k === P.K_DOT) level++
      else if (k === P.K_ELLIPSIS) level += 3
      else break
      this.pos++
    }
    let module: string | null = null
    if (this.peek() !== P.K_IMPORT || level === 0) {
      module = this.name()
      while (this.eat(P.K_DOT)) module += "." + this.name()
    }
    if (!this.eat(P.K_IMPORT)) this.fail()
    const names: A.Alias[] = []
    const s = this.tok()
    if (this.eat(P.K_STAR)) {
      names.push(this.span<A.Alias>({ _type: "alias", name: "*", asname: null }, s))
    } else if (this.eat(P.K_LPAR)) {
      for (;;) {
        names.push(this.importAsName())
        if (!this.eat(P.K_COMMA)) break
        if (this.peek() === P.K_RPAR) break
      }
      if (!this.eat(P.K_RPAR)) this.fail()
    } else {
      for (;;) {
        names.push(this.importAsName())
        if (!this.eat(P.K_COMMA)) break
        if (this.peek() === P.K_NEWLINE)
          this.raiseTok(this.tok(), "trailing comma not allowed without surrounding parentheses")
      }
    }
    return this.span<A.ImportFrom>({ _type: "ImportFrom", module, names, level }, t)
  }

  private importAsName(): A.Alias {
    const start = this.tok()
    const name = this.name()
    let asname: string | null = null
    if (this.eat(P.K_AS)) asname = this.name()
    return this.span<A.Alias>({ _type: "alias", name, asname }, start)
  }

  // ---- blocks ------------------------------------------------------------------------------

  /**
   * block: NEWLINE INDENT statement+ DEDENT | simple_stmts. `what` names the
   * statement for "expected an indented block after ...".
   */
  block(what: string, line: number): S[] {
    const body: S[] = []
    if (this.peek() !== P.K_NEWLINE) {
      this.simpleStmts(body)
      return body
    }
    this.pos++
    if (this.peek() !== P.K_INDENT) {
      if (this.truncated && this.pos >= this.tokens.length) this.fail()
      this.raiseTok(
        this.tok(),
        `expected an indented block after ${what} on line ${line}`,
        "IndentationError",
      )
    }
    this.pos++
    this.enter()
    while (this.peek() !== P.K_DEDENT) {
      if (this.pos >= this.tokens.length || this.peek() === P.K_ENDMARKER) this.fail()
      this.statement(body)
    }
    this.level--
    this.pos++
    return body
  }

  /**
   * Spans `node` from `start` to the last consumed token that is not NEWLINE,
   * INDENT or DEDENT (so a trailing ';' counts, as in CPython).
   */
  protected endAt<T extends A.Located>(
    node: Omit<T, keyof A.Located>,
    start: Token,
    _last: A.Located,
  ): T {
    let i = this.pos - 1
    while (i > 0) {
      const k = this.kinds[i]!
      if (k !== P.K_NEWLINE && k !== P.K_INDENT && k !== P.K_DEDENT) break
      i--
    }
    const end = this.tokens[i]!
    const n = node as T
    n.lineno = start.lineno
    n.col_offset = start.col
    n.end_lineno = end.endLineno
    n.end_col_offset = end.endCol
    return n
  }

  /** The ':' that opens a block; CPython reports "expected ':'". */
  /**
   * The ':' that opens a block. CPython says "expected ':'" when the line
   * ends there (its invalid_*_stmt rules), or at any token after `def ...`,
   * `else`, `try` and `finally` (`forced`: its &&':'); else "invalid syntax".
   */
  protected colon(forced = false): void {
    if (this.peek() !== P.K_COLON) {
      if (this.truncated && this.pos >= this.tokens.length) this.fail()
      if (forced || this.peek() === P.K_NEWLINE) this.expectForced(P.K_COLON, ":")
      this.fail()
    }
    this.pos++
  }

  /** Parses one statement into `out` (parser.ts). */
  abstract statement(out: S[]): void
}
