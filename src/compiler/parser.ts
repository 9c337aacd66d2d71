// The parser's entry point, the start rules and compound statements.
// (Simple statements and blocks: parser-stmt.ts; patterns: parser-pattern.ts;
// displays, lambda, parameters: parser-displays.ts; expressions: parser-expr.ts.)
//
//   file        ::= statement* ENDMARKER
//   statement   ::= compound_stmt | simple_stmt (';' simple_stmt)* [';'] NEWLINE
//   block       ::= NEWLINE INDENT statement+ DEDENT | simple_stmts
//
// A compound statement ends at the last token of its body that is not
// NEWLINE, INDENT or DEDENT (a trailing ';' counts), as CPython positions it.
//
// @cpython Grammar/python.gram (3.11), Parser/pegen.c _PyPegen_run_parser

import type * as A from "./ast-nodes.js"
import { PySyntaxError } from "./errors.js"
import type { Token } from "./token.js"
import { Tokenizer, type TokenizerErrorKind } from "./tokenizer.js"
import * as P from "./parser-core.js"
import { CompilerLimitError, LOAD, STORE } from "./parser-core.js"
import { exprName, invalidTarget, Targets } from "./parser-targets.js"
import { StmtParser } from "./parser-stmt.js"
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
    if (e instanceof RangeError && e.message.includes("call stack")) {
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

/** The full parser: entry points and compound statements on top of the rest. */
export class Parser extends StmtParser {
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
      if (!P.startsExpressionKind(this.peek(1))) this.raiseTok(this.tok(), "expected ':'")
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
