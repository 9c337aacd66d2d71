// Statements, blocks and the parser's entry point.
//
//   file        ::= statement* ENDMARKER
//   statement   ::= compound_stmt | simple_stmt (';' simple_stmt)* [';'] NEWLINE
//   block       ::= NEWLINE INDENT statement+ DEDENT | simple_stmts
//
// A compound statement ends where its last inner statement ends (never at the
// NEWLINE or DEDENT that closes its block), which is how CPython positions it.
//
// An expression statement and an assignment start alike; we parse the
// expression list once and let the next token decide (`=`, `:`, `+=`, ...),
// turning the parsed expressions into targets afterwards.
//
// @cpython Grammar/python.gram (3.11), Parser/pegen.c _PyPegen_run_parser

import type * as A from "./ast-nodes.js"
import { PySyntaxError } from "./errors.js"
import type { Token } from "./token.js"
import { Tokenizer, type TokenizerErrorKind } from "./tokenizer.js"
import * as P from "./parser-core.js"
import { CompilerLimitError, DEL, LOAD, STORE } from "./parser-core.js"
import { augOperator } from "./parser-expr.js"
import {
  applyContext,
  exprName,
  invalidTarget,
  isBitwiseOrLevel,
  notHereTarget,
  Targets,
} from "./parser-targets.js"
import { PatternParser } from "./parser-pattern.js"
import { concatStrings } from "./parser-strings.js"

type E = A.ExprNode
type S = A.StmtNode

/** Which start rule to use, as the `mode` argument of compile(). */
export type ParseMode = "exec" | "eval" | "single"

/** Options of {@link parse}. */
export interface ParseOptions {
  /**
   * The source was read from a file (as `python3 x.py` does) rather than
   * given as a string (`compile()`, `ast.parse()`): a few error offsets differ.
   */
  fileMode?: boolean
}

/**
 * Parses Python 3.11 source into an AST, like `ast.parse(source, filename, mode)`.
 * Throws PySyntaxError (with CPython's message and location) for invalid code,
 * and CompilerLimitError for code nested too deeply.
 */
export function parse(
  source: string,
  filename = "<unknown>",
  mode: ParseMode = "exec",
  options: ParseOptions = {},
): A.ModNode {
  // CPython adds a missing final newline only to exec input.
  const tokenizer = new Tokenizer(source, { filename, execInput: mode === "exec" })
  const tokens: Token[] = []
  let tokError: PySyntaxError | null = null
  let tokErrorKind: TokenizerErrorKind | null = null
  try {
    for (;;) {
      const t = tokenizer.next()
      tokens.push(t)
      if (t.type === 0) break
    }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e
    tokError = e
    tokErrorKind = tokenizer.lastErrorKind
  }
  const parser = new Parser(tokens, tokenizer.source, filename, tokError !== null)
  parser.fileMode = options.fileMode === true
  try {
    switch (mode) {
      case "exec":
        return parser.fileInput()
      case "eval":
        return parser.evalInput()
      default:
        return parser.singleInput()
    }
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new CompilerLimitError("MemoryError", "")
    }
    if (tokError === null || !(e instanceof PySyntaxError)) throw e
    // The parser stopped at the tokenizer's error: the tokenizer's message wins.
    if (parser.reachedEnd || parser.pos >= tokens.length) throw tokError
    // It stopped earlier: CPython then tokenizes the rest, and errors the
    // tokenizer raises itself replace the parser's; an unclosed bracket does
    // only if it was opened on an earlier line.
    // An unexpected INDENT/DEDENT is reported without looking further.
    // (A backslash error on the same line is found before the INDENT is made.)
    if (e.msg === "unexpected indent" || e.msg === "unexpected unindent") {
      if (
        tokErrorKind === "linecont" &&
        tokError.lineno === e.lineno &&
        tokError.offset === e.offset + 2
      )
        throw tokError
      throw e
    }
    // The line compared is that of the last token the parser read.
    if (tokErrorKind === "raised") throw tokError
    const last = tokens[Math.min(parser.pos, tokens.length - 1)]
    const lastLine = last === undefined ? e.lineno : Math.max(last.lineno, e.lineno)
    if (tokErrorKind === "eof-in-brackets" && lastLine > tokError.lineno) throw tokError
    throw e
  }
}

/** The full parser: statements on top of patterns and expressions. */
export class Parser extends PatternParser {
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

  override concatStrings(tokens: Token[]): E {
    // CPython's STRING+ loop reads the token after the run before decoding;
    // when that is where the tokenizer failed, the tokenizer's error wins.
    if (this.truncated && this.pos >= this.tokens.length) this.fail()
    return concatStrings(tokens, this)
  }

  /** For strings.ts: the error at token `t`, or at the next token (the last one read). */
  errorAt(msg: string, t: Token | undefined): PySyntaxError {
    try {
      this.raiseTok(t ?? this.tok(), msg)
    } catch (e) {
      if (e instanceof PySyntaxError) return e
      throw e
    }
  }

  /** For strings.ts: parses one f-string replacement field ("(" + text + ")"). */
  parseFStringExpr(source: string, lineno: number, col: number): E {
    return parseFStringExpr(source, this.filename, lineno, col, this.level)
  }

  // ---- start rules -----------------------------------------------------------------

  fileInput(): A.Module {
    const body: S[] = []
    while (this.peek() !== P.K_ENDMARKER) {
      if (this.pos >= this.tokens.length) this.fail()
      this.statement(body)
    }
    if (this.pos >= this.tokens.length) this.fail()
    return { _type: "Module", body, type_ignores: [] }
  }

  evalInput(): A.Expression {
    if (!this.startsExpression() && this.peek() !== P.K_STAR) this.fail()
    const body = this.expressions()
    while (this.eat(P.K_NEWLINE)) {
      /* NEWLINE* */
    }
    if (this.peek() !== P.K_ENDMARKER || this.pos >= this.tokens.length) this.fail()
    return { _type: "Expression", body }
  }

  singleInput(): A.Interactive {
    const body: S[] = []
    const k = this.peek()
    if (k === P.K_NEWLINE || k === P.K_ENDMARKER) {
      // Blank input is an error in "single" mode ("invalid syntax", offsets 0;
      // line 0 for an empty string).
      if (this.pos >= this.tokens.length) this.fail()
      const end = this.tokens[this.tokens.length - 1]!
      const line = this.source.length === 0 ? 0 : end.lineno
      this.raiseAt1(line, 0, line, 0, "invalid syntax")
    }
    this.statement(body)
    const afterFirst = this.tokens[this.pos - 1]!
    while (this.eat(P.K_NEWLINE)) {
      /* trailing blank lines */
    }
    if (this.peek() !== P.K_ENDMARKER) {
      // Located at the NEWLINE that ended the first statement.
      const at = afterFirst.col + 1
      this.raiseAt1(
        afterFirst.lineno,
        at,
        afterFirst.lineno,
        at,
        "multiple statements found while compiling a single statement",
      )
    }
    return { _type: "Interactive", body }
  }

  // ---- statements ----------------------------------------------------------------------

  /** Parses one statement (a compound one, or a line of simple ones) into `out`. */
  statement(out: S[]): void {
    switch (this.peek()) {
      case P.K_DEF:
        out.push(this.functionDef([], null))
        return
      case P.K_IF:
        out.push(this.ifStmt())
        return
      case P.K_CLASS:
        out.push(this.classDef([], null))
        return
      case P.K_WITH:
        out.push(this.withStmt(null))
        return
      case P.K_FOR:
        out.push(this.forStmt(null))
        return
      case P.K_TRY:
        out.push(this.tryStmt())
        return
      case P.K_WHILE:
        out.push(this.whileStmt())
        return
      case P.K_AT:
        out.push(this.decorated())
        return
      case P.K_ASYNC: {
        const k1 = this.peek(1)
        const start = this.tokens[this.pos]!
        if (k1 === P.K_DEF) {
          this.pos++
          out.push(this.functionDef([], start))
          return
        }
        if (k1 === P.K_WITH) {
          this.pos++
          out.push(this.withStmt(start))
          return
        }
        if (k1 === P.K_FOR) {
          this.pos++
          out.push(this.forStmt(start))
          return
        }
        this.pos++
        this.fail()
        return
      }
      case P.K_NAME:
        if (this.tokens[this.pos]!.string === "match" && this.looksLikeMatch()) {
          out.push(this.matchStmt())
          return
        }
        break
      case P.K_INDENT:
      case P.K_DEDENT:
        this.fail()
    }
    this.simpleStmts(out)
  }

  /** simple_stmt (';' simple_stmt)* [';'] NEWLINE */
  private simpleStmts(out: S[]): void {
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
    return this.fail()
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
      case P.K_COLON: {
        // CPython names a bad annotation target only when an annotation follows.
        if (!isExprStart(this.peek(1))) {
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
        if (this.truncated && this.startsExpression()) {
          const save = this.pos
          try {
            this.expression()
          } catch (_err) {
            /* only how far it read matters */
          }
          if (this.pos >= this.tokens.length) this.reachedEnd = true
          this.pos = save
        }
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
            ok = isExprStart(this.kinds[eq + 1] ?? P.K_ENDMARKER)
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
  private endAt<T extends A.Located>(
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

  // ---- compound statements ----------------------------------------------------------------------

  private ifStmt(): S {
    const t = this.tokens[this.pos++]!
    return this.ifRest(t, "'if' statement")
  }

  private ifRest(t: Token, what: string): A.If {
    const test = this.namedExpression()
    this.colon()
    const body = this.block(what, t.lineno)
    let orelse: S[] = []
    if (this.peek() === P.K_ELIF) {
      const et = this.tokens[this.pos++]!
      orelse = [this.ifRest(et, "'elif' statement")]
    } else if (this.peek() === P.K_ELSE) {
      orelse = this.elseBlock()
    }
    const last = orelse.length > 0 ? orelse[orelse.length - 1]! : body[body.length - 1]!
    return this.endAt<A.If>({ _type: "If", test, body, orelse }, t, last)
  }

  private elseBlock(): S[] {
    const et = this.tokens[this.pos++]!
    this.colon(true)
    return this.block("'else' statement", et.lineno)
  }

  /** The ':' that opens a block; CPython reports "expected ':'". */
  /**
   * The ':' that opens a block. CPython says "expected ':'" when the line
   * ends there (its invalid_*_stmt rules), or at any token after `def ...`,
   * `else`, `try` and `finally` (`forced`: its &&':'); else "invalid syntax".
   */
  private colon(forced = false): void {
    if (this.peek() !== P.K_COLON) {
      if (this.truncated && this.pos >= this.tokens.length) this.fail()
      if (forced || this.peek() === P.K_NEWLINE) this.expectForced(P.K_COLON, ":")
      this.fail()
    }
    this.pos++
  }

  private whileStmt(): S {
    const t = this.tokens[this.pos++]!
    const test = this.namedExpression()
    this.colon()
    const body = this.block("'while' statement", t.lineno)
    const orelse = this.peek() === P.K_ELSE ? this.elseBlock() : []
    const last = orelse.length > 0 ? orelse[orelse.length - 1]! : body[body.length - 1]!
    return this.endAt<A.While>({ _type: "While", test, body, orelse }, t, last)
  }

  private forStmt(asyncTok: Token | null): S {
    const t = this.tokens[this.pos++]!
    const target = this.forTarget()
    if (!this.eat(P.K_IN)) this.fail()
    const iter = this.starExpressions()
    this.colon()
    const body = this.block("'for' statement", t.lineno)
    const orelse = this.peek() === P.K_ELSE ? this.elseBlock() : []
    const last = orelse.length > 0 ? orelse[orelse.length - 1]! : body[body.length - 1]!
    if (asyncTok !== null)
      return this.endAt<A.AsyncFor>(
        { _type: "AsyncFor", target, iter, body, orelse, type_comment: null },
        asyncTok,
        last,
      )
    return this.endAt<A.For>(
      { _type: "For", target, iter, body, orelse, type_comment: null },
      t,
      last,
    )
  }

  /** The target of a for statement, with CPython's invalid_for_target messages. */
  private forTarget(): E {
    const save = this.pos
    try {
      return this.starTargets(Targets.FOR)
    } catch (err) {
      if (!(err instanceof PySyntaxError)) throw err
      if (err.msg.startsWith("cannot assign")) throw err
      // `for x + 1 in y`: report the first invalid part of the whole expression list.
      this.pos = save
      let e: E
      try {
        e = this.starExpressions()
      } catch (_e) {
        throw err
      }
      const bad = invalidTarget(e, Targets.FOR)
      if (bad !== null) this.raiseNode(bad, `cannot assign to ${exprName(bad)}`)
      throw err
    }
  }

  private withStmt(asyncTok: Token | null): S {
    const t = this.tokens[this.pos++]!
    let items: A.WithItem[] | null = null
    if (this.peek() === P.K_LPAR && this.parenthesizedWithItems()) {
      const save = this.pos
      try {
        this.pos++
        items = []
        for (;;) {
          items.push(this.withItem())
          if (!this.eat(P.K_COMMA)) break
          if (this.peek() === P.K_RPAR) break
        }
        if (!this.eat(P.K_RPAR)) this.fail()
        if (this.peek() !== P.K_COLON && this.peek() !== P.K_NEWLINE) this.fail()
      } catch (err) {
        if (!(err instanceof PySyntaxError) || err.msg.includes("forgot a comma")) throw err
        this.pos = save
        items = null
      }
    }
    if (items === null) {
      items = []
      for (;;) {
        items.push(this.withItem())
        if (!this.eat(P.K_COMMA)) break
      }
    }
    this.colon()
    const body = this.block("'with' statement", t.lineno)
    const last = body[body.length - 1]!
    if (asyncTok !== null)
      return this.endAt<A.AsyncWith>(
        { _type: "AsyncWith", items, body, type_comment: null },
        asyncTok,
        last,
      )
    return this.endAt<A.With>({ _type: "With", items, body, type_comment: null }, t, last)
  }

  /** After `with`, is '(' ... ')' followed by ':'? Then the parentheses group the items. */
  private parenthesizedWithItems(): boolean {
    let depth = 0
    for (let i = this.pos; i < this.kinds.length; i++) {
      const k = this.kinds[i]!
      if (k === P.K_LPAR || k === P.K_LSQB || k === P.K_LBRACE) depth++
      else if (k === P.K_RPAR || k === P.K_RSQB || k === P.K_RBRACE) {
        if (--depth === 0)
          return this.kinds[i + 1] === P.K_COLON || this.kinds[i + 1] === P.K_NEWLINE
      } else if (k === P.K_NEWLINE || k === P.K_ENDMARKER) return false
    }
    return false
  }

  private withItem(): A.WithItem {
    const contextExpr = this.expression()
    let optionalVars: E | null = null
    if (this.eat(P.K_AS)) {
      optionalVars = this.starTargetSingle()
      const k = this.peek()
      if (k !== P.K_COMMA && k !== P.K_RPAR && k !== P.K_COLON && k !== P.K_NEWLINE) {
        this.missingComma(optionalVars)
        this.fail()
      }
    }
    return { _type: "withitem", context_expr: contextExpr, optional_vars: optionalVars }
  }

  /** One star_target (a with-item or except target). */
  private starTargetSingle(): E {
    const start = this.tok()
    let e: E
    if (this.peek() === P.K_STAR) {
      this.pos++
      const value = this.starTargetSingle()
      e = this.span<A.Starred>({ _type: "Starred", value, ctx: LOAD }, start)
    } else {
      e = this.bitwiseOr()
    }
    this.setContext(e, STORE, Targets.STAR)
    return e
  }

  private tryStmt(): S {
    const t = this.tokens[this.pos++]!
    this.colon(true)
    const body = this.block("'try' statement", t.lineno)
    const handlers: A.ExceptHandler[] = []
    let star: boolean | null = null
    while (this.peek() === P.K_EXCEPT) {
      const et = this.tokens[this.pos++]!
      const isStar = this.eat(P.K_STAR)
      if (star !== null && star !== isStar) {
        this.raiseAt(
          et.lineno,
          et.col,
          et.endLineno,
          isStar ? this.lastEnd().endCol : et.endCol,
          "cannot have both 'except' and 'except*' on the same 'try'",
        )
      }
      star = isStar
      let type: E | null = null
      let name: string | null = null
      if ((this.peek() !== P.K_COLON && this.peek() !== P.K_NEWLINE) || isStar) {
        if (isStar && this.peek() === P.K_COLON)
          this.raiseTok(this.tok(), "expected one or more exception types")
        type = this.expression()
        if (this.peek() === P.K_COMMA) {
          const save = this.pos
          this.pos++
          let lastE = type
          try {
            while (true) {
              lastE = this.expression()
              if (!this.eat(P.K_COMMA)) break
            }
          } catch (_e) {
            this.pos = save
            this.fail()
          }
          if (this.peek() === P.K_AS && this.peek(1) === P.K_NAME) {
            const nameTok = this.tok(1)
            this.raiseAt(
              type.lineno,
              type.col_offset,
              nameTok.endLineno,
              nameTok.endCol,
              "multiple exception types must be parenthesized",
            )
          }
          if (this.peek() === P.K_COLON)
            this.raiseRange(type, lastE, "multiple exception types must be parenthesized")
          this.fail()
        }
        if (this.eat(P.K_AS)) name = this.name()
      }
      this.colon()
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", et.lineno)
      handlers.push(
        this.endAt<A.ExceptHandler>(
          { _type: "ExceptHandler", type, name, body: hbody },
          et,
          hbody[hbody.length - 1]!,
        ),
      )
    }
    let orelse: S[] = []
    let finalbody: S[] = []
    if (handlers.length > 0 && this.peek() === P.K_ELSE) orelse = this.elseBlock()
    if (this.peek() === P.K_FINALLY) {
      const ft = this.tokens[this.pos++]!
      this.colon(true)
      finalbody = this.block("'finally' statement", ft.lineno)
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      if (this.truncated && this.pos >= this.tokens.length) this.fail()
      this.raiseTok(this.tok(), "expected 'except' or 'finally' block")
    }
    const last =
      finalbody.length > 0
        ? finalbody[finalbody.length - 1]!
        : orelse.length > 0
          ? orelse[orelse.length - 1]!
          : handlers[handlers.length - 1]!
    if (star === true)
      return this.endAt<A.TryStar>({ _type: "TryStar", body, handlers, orelse, finalbody }, t, last)
    return this.endAt<A.Try>({ _type: "Try", body, handlers, orelse, finalbody }, t, last)
  }

  // ---- definitions ----------------------------------------------------------------------------

  private decorated(): S {
    const decorators: E[] = []
    while (this.eat(P.K_AT)) {
      decorators.push(this.namedExpression())
      if (!this.eat(P.K_NEWLINE)) this.fail()
    }
    const k = this.peek()
    if (k === P.K_DEF) return this.functionDef(decorators, null)
    if (k === P.K_CLASS) return this.classDef(decorators, null)
    if (k === P.K_ASYNC && this.peek(1) === P.K_DEF) {
      const a = this.tokens[this.pos++]!
      return this.functionDef(decorators, a)
    }
    return this.fail()
  }

  private functionDef(decorators: E[], asyncTok: Token | null): S {
    const t = this.tokens[this.pos++]!
    const name = this.name()
    if (this.peek() !== P.K_LPAR) this.expectForced(P.K_LPAR, "(")
    this.pos++
    const args = this.parameters(true)
    this.pos++ // ')'
    let returns: E | null = null
    if (this.peek() === P.K_RARROW) {
      // `-> :` : CPython skips the optional return annotation and wants ':' at '->'.
      if (!isExprStart(this.peek(1))) this.raiseTok(this.tok(), "expected ':'")
      this.pos++
      returns = this.expression()
    }
    this.colon(true)
    const body = this.block("function definition", t.lineno)
    const start = asyncTok ?? t
    const last = body[body.length - 1]!
    if (asyncTok !== null)
      return this.endAt<A.AsyncFunctionDef>(
        {
          _type: "AsyncFunctionDef",
          name,
          args,
          body,
          decorator_list: decorators,
          returns,
          type_comment: null,
        },
        start,
        last,
      )
    return this.endAt<A.FunctionDef>(
      {
        _type: "FunctionDef",
        name,
        args,
        body,
        decorator_list: decorators,
        returns,
        type_comment: null,
      },
      start,
      last,
    )
  }

  private classDef(decorators: E[], _unused: null): S {
    const t = this.tokens[this.pos++]!
    const name = this.name()
    let bases: E[] = []
    let keywords: A.Keyword[] = []
    if (this.peek() === P.K_LPAR) {
      const call = this.call(null as unknown as E, t)
      for (const a of call.args) {
        if (a._type === "GeneratorExp" && call.args.length === 1 && call.keywords.length === 0) {
          const gen = a.generators[0]!
          void gen
          this.failAtGenexpFor(a)
        }
      }
      bases = call.args
      keywords = call.keywords
    }
    this.colon()
    const body = this.block("class definition", t.lineno)
    return this.endAt<A.ClassDef>(
      { _type: "ClassDef", name, bases, keywords, body, decorator_list: decorators },
      t,
      body[body.length - 1]!,
    )
  }

  /** `class A(x for x in y)`: CPython says "invalid syntax" at the `for`. */
  private failAtGenexpFor(g: A.GeneratorExp): never {
    for (let i = 0; i < this.tokens.length; i++) {
      const tk = this.tokens[i]!
      if (
        this.kinds[i] === P.K_FOR &&
        (tk.lineno > g.elt.end_lineno ||
          (tk.lineno === g.elt.end_lineno && tk.col >= g.elt.end_col_offset))
      ) {
        this.raiseTok(tk, "invalid syntax")
      }
    }
    return this.fail()
  }

  // ---- match ----------------------------------------------------------------------------------------

  /**
   * Is this `match` the soft keyword? It is when a subject follows and the
   * logical line ends with ':' (CPython's PEG tries match_stmt first and falls
   * back to an expression statement).
   */
  private looksLikeMatch(): boolean {
    const k1 = this.peek(1)
    switch (k1) {
      case P.K_NAME:
      case P.K_NUMBER:
      case P.K_STRING:
      case P.K_LBRACE:
      case P.K_TILDE:
      case P.K_NONE:
      case P.K_TRUE:
      case P.K_FALSE:
      case P.K_ELLIPSIS:
      case P.K_LAMBDA:
      case P.K_AWAIT:
      case P.K_LPAR:
      case P.K_LSQB:
      case P.K_MINUS:
      case P.K_PLUS:
      case P.K_STAR:
      case P.K_NOT:
        break
      default:
        return false
    }
    if (k1 === P.K_NOT && this.peek(2) === P.K_IN) return false
    // After these, `match` cannot be an expression: CPython reports the
    // match statement's errors ("expected ':'").
    if (k1 === P.K_NAME || k1 === P.K_NUMBER || k1 === P.K_STRING || k1 === P.K_LBRACE) return true
    let i = this.pos + 1
    while (
      i < this.kinds.length &&
      this.kinds[i] !== P.K_NEWLINE &&
      this.kinds[i] !== P.K_ENDMARKER
    )
      i++
    return this.kinds[i - 1] === P.K_COLON
  }

  private matchStmt(): S {
    const t = this.tokens[this.pos++]!
    const sstart = this.tok()
    const first = this.starNamedExpression()
    let subject: E = first
    if (this.peek() === P.K_COMMA) {
      const elts = [first]
      while (this.eat(P.K_COMMA)) {
        if (this.peek() === P.K_COLON) break
        elts.push(this.starNamedExpression())
      }
      subject = this.span<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, sstart)
    } else if (first._type === "Starred") this.fail()
    this.colon()
    if (!this.eat(P.K_NEWLINE)) this.fail()
    if (this.peek() !== P.K_INDENT) {
      this.raiseTok(
        this.tok(),
        `expected an indented block after 'match' statement on line ${t.lineno}`,
        "IndentationError",
      )
    }
    this.pos++
    const cases: A.MatchCase[] = []
    while (this.peek() !== P.K_DEDENT) {
      if (!this.atSoft("case")) this.fail()
      const ct = this.tokens[this.pos++]!
      const pattern = this.patterns()
      let guard: E | null = null
      if (this.eat(P.K_IF)) guard = this.namedExpression()
      this.colon()
      const body = this.block("'case' statement", ct.lineno)
      cases.push({ _type: "match_case", pattern, guard, body })
    }
    this.pos++
    const lastCase = cases[cases.length - 1]!
    return this.endAt<A.Match>(
      { _type: "Match", subject, cases },
      t,
      lastCase.body[lastCase.body.length - 1]!,
    )
  }
}

/**
 * Parses `source` ("(" + the text of an f-string replacement field + ")") with
 * the fstring start rule (star_expressions), positioned where the field sits
 * in the file. Errors read as CPython's f-string parser reports them.
 */
export function parseFStringExpr(
  source: string,
  filename: string,
  lineno: number,
  col: number,
  level: number,
): E {
  const tokenizer = new Tokenizer(source, {
    filename,
    lineOffset: lineno - 1,
    firstLineColOffset: col,
  })
  const tokens: Token[] = []
  for (;;) {
    const t = tokenizer.next()
    tokens.push(t)
    if (t.type === 0) break
  }
  const parser = new Parser(tokens, tokenizer.source, filename, false)
  parser.level = level
  parser.fstring = { lineOffset: lineno - 1, colShift: col }
  if (!parser.startsExpression() && parser.peek() !== P.K_STAR) parser.fail()
  return parser.starExpressions()
}

/** Can a token of kind `k` begin an expression? */
function isExprStart(k: number): boolean {
  switch (k) {
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
