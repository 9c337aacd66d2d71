// Displays and everything that binds names: parenthesized forms, lists, sets
// and dicts with their comprehensions, `for ... in` clauses and assignment
// targets, yield, lambda and the parameter lists of lambda and def.
//
//   '(' ')' | '(' yield ')' | '(' e ')' | '(' e ',' ... ')' | '(' e for_if_clauses ')'
//   '[' ... ']' | '[' e for_if_clauses ']'
//   '{' '}' (dict) | '{' k ':' v ... '}' | '{' e ... '}' (set) | comprehensions
//
// @cpython Grammar/python.gram (3.11) atom .. lambda_param, Parser/action_helpers.c

import type * as A from "./ast-nodes.js"
import type { Token } from "./token.js"
import * as P from "./parser-core.js"
import { LOAD, STORE } from "./parser-core.js"
import { ExprParser } from "./parser-expr.js"
import { applyContext, exprName, invalidTarget, Targets } from "./parser-targets.js"

type E = A.ExprNode

/** The parser up to expressions, displays, lambda and parameters. */
export class DisplayParser extends ExprParser {
  /** '(' ... ')': tuple, parenthesized expression, yield, or generator expression. */
  parenAtom(): E {
    const open = this.tokens[this.pos++]!
    this.enter()
    let result: E
    const k = this.peek()
    if (k === P.K_RPAR) {
      this.pos++
      result = this.span<A.Tuple>({ _type: "Tuple", elts: [], ctx: LOAD }, open)
    } else if (k === P.K_YIELD) {
      const y = this.yieldExpr()
      if (!this.eat(P.K_RPAR)) this.fail()
      this.parenthesized.add(y)
      result = y
    } else {
      const first = this.starNamedExpression()
      const k2 = this.peek()
      if (k2 === P.K_RPAR) {
        this.pos++
        if (first._type === "Starred") this.raiseNode(first, "cannot use starred expression here")
        this.parenthesized.add(first)
        result = first
      } else if (k2 === P.K_COMMA) {
        const elts = [first]
        while (this.eat(P.K_COMMA)) {
          if (this.peek() === P.K_RPAR) break
          elts.push(this.starNamedExpression())
        }
        if (!this.eat(P.K_RPAR)) {
          this.missingComma(elts[elts.length - 1]!)
          this.fail()
        }
        result = this.span<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, open)
      } else if (k2 === P.K_FOR || (k2 === P.K_ASYNC && this.peek(1) === P.K_FOR)) {
        if (first._type === "Starred")
          this.raiseNode(first, "iterable unpacking cannot be used in comprehension")
        const generators = this.forIfClauses()
        if (!this.eat(P.K_RPAR)) this.fail()
        result = this.span<A.GeneratorExp>({ _type: "GeneratorExp", elt: first, generators }, open)
      } else {
        this.missingComma(first)
        if (k2 === P.K_EQUAL && first._type === "Name") {
          this.pos++
          const b = this.bitwiseOr()
          this.raiseRange(first, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        }
        return this.fail()
      }
    }
    this.level--
    return result
  }

  /** '[' ... ']': list display or list comprehension. */
  listAtom(): E {
    const open = this.tokens[this.pos++]!
    this.enter()
    let result: E
    if (this.eat(P.K_RSQB)) {
      result = this.span<A.List>({ _type: "List", elts: [], ctx: LOAD }, open)
    } else {
      const first = this.starNamedExpression()
      const k = this.peek()
      if (k === P.K_FOR || (k === P.K_ASYNC && this.peek(1) === P.K_FOR)) {
        if (first._type === "Starred")
          this.raiseNode(first, "iterable unpacking cannot be used in comprehension")
        const generators = this.forIfClauses()
        if (!this.eat(P.K_RSQB)) this.fail()
        result = this.span<A.ListComp>({ _type: "ListComp", elt: first, generators }, open)
      } else {
        const elts = [first]
        while (this.eat(P.K_COMMA)) {
          if (this.peek() === P.K_RSQB) break
          elts.push(this.starNamedExpression())
        }
        if (!this.eat(P.K_RSQB)) {
          this.comprehensionTargetCheck(elts)
          this.missingComma(elts[elts.length - 1]!)
          this.fail()
        }
        result = this.span<A.List>({ _type: "List", elts, ctx: LOAD }, open)
      }
    }
    this.level--
    return result
  }

  /** '{' ... '}': dict or set display, dict or set comprehension. */
  braceAtom(): E {
    const open = this.tokens[this.pos++]!
    this.enter()
    let result: E
    if (this.eat(P.K_RBRACE)) {
      result = this.span<A.Dict>({ _type: "Dict", keys: [], values: [] }, open)
    } else if (this.peek() === P.K_DOUBLESTAR) {
      result = this.dictRest(open, null)
    } else {
      const first = this.starNamedExpression()
      const k = this.peek()
      if (k === P.K_COLON && first._type !== "Starred") {
        result = this.dictRest(open, first)
      } else if (k === P.K_FOR || (k === P.K_ASYNC && this.peek(1) === P.K_FOR)) {
        if (first._type === "Starred")
          this.raiseNode(first, "iterable unpacking cannot be used in comprehension")
        const generators = this.forIfClauses()
        if (!this.eat(P.K_RBRACE)) this.fail()
        result = this.span<A.SetComp>({ _type: "SetComp", elt: first, generators }, open)
      } else {
        const elts = [first]
        while (this.eat(P.K_COMMA)) {
          if (this.peek() === P.K_RBRACE) break
          elts.push(this.starNamedExpression())
        }
        if (!this.eat(P.K_RBRACE)) {
          this.comprehensionTargetCheck(elts)
          this.missingComma(elts[elts.length - 1]!)
          this.fail()
        }
        result = this.span<A.Set>({ _type: "Set", elts }, open)
      }
    }
    this.level--
    return result
  }

  /** The rest of a dict display or comprehension after '{' (and the first key, if any). */
  private dictRest(open: Token, firstKey: E | null): E {
    const keys: (E | null)[] = []
    const values: E[] = []
    let key = firstKey
    for (;;) {
      if (key === null) {
        if (this.peek() === P.K_DOUBLESTAR) {
          const starTok = this.tokens[this.pos++]!
          const v = this.bitwiseOr()
          if (this.peek() === P.K_FOR || this.peek() === P.K_ASYNC)
            this.raiseTok(starTok, "dict unpacking cannot be used in dict comprehension")
          keys.push(null)
          values.push(v)
        } else {
          key = this.expression()
        }
      }
      if (key !== null) {
        if (this.peek() !== P.K_COLON) {
          if (this.peek() === P.K_RBRACE || this.peek() === P.K_COMMA) {
            this.raiseAt1(
              key.lineno,
              key.end_col_offset,
              key.end_lineno,
              0,
              "':' expected after dictionary key",
            )
          }
          this.fail()
        }
        const colonTok = this.tokens[this.pos++]!
        if (this.peek() === P.K_RBRACE || this.peek() === P.K_COMMA)
          this.raiseTok(colonTok, "expression expected after dictionary key and ':'")
        if (this.peek() === P.K_STAR) {
          const st = this.tokens[this.pos++]!
          const v = this.bitwiseOr()
          this.raiseAt(
            st.lineno,
            st.col,
            v.end_lineno,
            v.end_col_offset,
            "cannot use a starred expression in a dictionary value",
          )
        }
        const value = this.expression()
        if (
          keys.length === 0 &&
          (this.peek() === P.K_FOR || (this.peek() === P.K_ASYNC && this.peek(1) === P.K_FOR))
        ) {
          const generators = this.forIfClauses()
          if (!this.eat(P.K_RBRACE)) this.fail()
          return this.span<A.DictComp>({ _type: "DictComp", key, value, generators }, open)
        }
        keys.push(key)
        values.push(value)
        key = null
      }
      if (!this.eat(P.K_COMMA)) break
      if (this.peek() === P.K_RBRACE) break
    }
    if (!this.eat(P.K_RBRACE)) {
      this.missingComma(values[values.length - 1]!)
      this.fail()
    }
    return this.span<A.Dict>({ _type: "Dict", keys: keys as E[], values }, open)
  }

  /** `[a, b for a in c]`: CPython asks for parentheses around the target. */
  private comprehensionTargetCheck(elts: E[]): void {
    if (
      elts.length > 1 &&
      (this.peek() === P.K_FOR || (this.peek() === P.K_ASYNC && this.peek(1) === P.K_FOR))
    )
      this.raiseRange(
        elts[0]!,
        elts[elts.length - 1]!,
        "did you forget parentheses around the comprehension target?",
      )
  }

  // ---- comprehensions ----------------------------------------------------------------

  /** for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
  forIfClauses(): A.Comprehension[] {
    const gens: A.Comprehension[] = []
    for (;;) {
      let isAsync = 0
      if (this.peek() === P.K_ASYNC && this.peek(1) === P.K_FOR) {
        this.pos++
        isAsync = 1
      }
      if (!this.eat(P.K_FOR)) break
      const target = this.starTargets(Targets.FOR)
      if (!this.eat(P.K_IN)) this.fail()
      const iter = this.disjunction()
      const ifs: E[] = []
      while (this.eat(P.K_IF)) ifs.push(this.disjunction())
      gens.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync })
    }
    return gens
  }

  // ---- targets -------------------------------------------------------------------------

  /**
   * star_targets: star_target (',' star_target)* [','], as used after `for`.
   * Each element is parsed as `['*'] bitwise_or` (stopping before `in`) and
   * then checked and turned into Store context.
   */
  starTargets(type: Targets): E {
    const start = this.tok()
    const first = this.starTargetElement()
    let e: E = first
    if (this.peek() === P.K_COMMA) {
      const elts = [first]
      while (this.eat(P.K_COMMA)) {
        const k = this.peek()
        if (k === P.K_IN || k === P.K_EQUAL || k === P.K_RPAR || k === P.K_COLON) break
        elts.push(this.starTargetElement())
      }
      e = this.span<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, start)
    }
    this.setContext(e, STORE, type)
    return e
  }

  private starTargetElement(): E {
    if (this.peek() === P.K_STAR) {
      const start = this.tokens[this.pos++]!
      const value = this.starTargetElement()
      return this.span<A.Starred>({ _type: "Starred", value, ctx: LOAD }, start)
    }
    return this.bitwiseOr()
  }

  /**
   * Sets ctx (Store or Del) on a target and its parts in place; raises CPython's
   * "cannot assign to X" / "cannot delete X" when part of it is not a target.
   */
  setContext(e: E, ctx: A.ExprContext, type: Targets): void {
    const bad = invalidTarget(e, type)
    if (bad !== null) {
      const verb = type === Targets.DEL ? "delete" : "assign to"
      this.raiseNode(bad, `cannot ${verb} ${exprName(bad)}`)
    }
    applyContext(e, ctx)
  }

  // ---- yield and lambda -----------------------------------------------------------------

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  yieldExpr(): E {
    const start = this.tokens[this.pos++]!
    if (this.eat(P.K_FROM)) {
      const value = this.expression()
      return this.span<A.YieldFrom>({ _type: "YieldFrom", value }, start)
    }
    let value: E | null = null
    if (this.startsExpression() || this.peek() === P.K_STAR) value = this.starExpressions()
    return this.span<A.Yield>({ _type: "Yield", value }, start)
  }

  lambdef(): E {
    const start = this.tokens[this.pos++]!
    this.enter()
    const args = this.parameters(false)
    if (!this.eat(P.K_COLON)) this.fail()
    const body = this.expression()
    this.level--
    return this.span<A.Lambda>({ _type: "Lambda", args, body }, start)
  }

  /**
   * Parameters of a def (`annotated`) or a lambda, up to the closing ')' or ':'.
   * Checks the order rules CPython's invalid_parameters rules check.
   */
  parameters(annotated: boolean): A.Arguments {
    const close = annotated ? P.K_RPAR : P.K_COLON
    const posonlyargs: A.Arg[] = []
    let args: A.Arg[] = []
    let vararg: A.Arg | null = null
    const kwonlyargs: A.Arg[] = []
    const kwDefaults: (E | null)[] = []
    let kwarg: A.Arg | null = null
    const defaults: E[] = []
    let sawStar = false
    let sawSlash = false
    let starTok: Token | null = null
    while (this.peek() !== close) {
      const t = this.tok()
      const k = this.peek()
      if (kwarg !== null) this.raiseTok(t, "arguments cannot follow var-keyword argument")
      if (k === P.K_LPAR) this.parenthesizedParams(annotated)
      if (k === P.K_SLASH) {
        if (sawSlash) this.raiseTok(t, "/ may appear only once")
        if (sawStar) this.raiseTok(t, "/ must be ahead of *")
        if (args.length === 0) this.raiseTok(t, "at least one argument must precede /")
        this.pos++
        sawSlash = true
        posonlyargs.push(...args)
        args = []
        if (this.peek() === P.K_STAR) this.raiseTok(this.tok(), "expected comma between / and *")
      } else if (k === P.K_STAR) {
        if (sawStar) this.raiseTok(t, "* argument may appear only once")
        this.pos++
        sawStar = true
        starTok = t
        if (this.peek() === P.K_COMMA || this.peek() === close) {
          const k2 = this.peek(1)
          if (this.peek() === close || k2 === close || k2 === P.K_DOUBLESTAR) {
            // def reports the '*'; lambda the last token CPython read.
            const at = annotated ? t : this.peek() === close ? this.tok() : this.tok(1)
            this.raiseTok(at, "named arguments must follow bare *")
          }
        } else {
          vararg = this.param(annotated, true)
          if (this.peek() === P.K_EQUAL)
            this.raiseTok(this.tok(), "var-positional argument cannot have default value")
        }
      } else if (k === P.K_DOUBLESTAR) {
        this.pos++
        kwarg = this.param(annotated, false)
        if (this.peek() === P.K_EQUAL)
          this.raiseTok(this.tok(), "var-keyword argument cannot have default value")
      } else {
        const a = this.param(annotated, false)
        let d: E | null = null
        if (this.peek() === P.K_EQUAL) {
          const eq = this.tokens[this.pos++]!
          const k2 = this.peek()
          // def: before ',' or ')'; lambda: before ',' only.
          if (k2 === P.K_COMMA || (annotated && k2 === close))
            this.raiseTok(eq, "expected default value expression")
          d = this.expression()
        }
        if (sawStar) {
          kwonlyargs.push(a)
          kwDefaults.push(d)
        } else {
          if (d !== null) defaults.push(d)
          else if (defaults.length > 0)
            this.raiseNode(a, "non-default argument follows default argument")
          args.push(a)
        }
      }
      if (!this.eat(P.K_COMMA)) break
    }
    if (this.peek() !== close) this.fail()
    void starTok
    return {
      _type: "arguments",
      posonlyargs,
      args,
      vararg,
      kwonlyargs,
      kw_defaults: kwDefaults as E[],
      kwarg,
      defaults,
    }
  }

  /** `def f(x, (y, z))`: CPython names the mistake (a Python 2 tuple parameter). */
  private parenthesizedParams(annotated: boolean): void {
    const open = this.tok()
    let i = 1
    while (this.peek(i) === P.K_NAME) {
      i++
      if (this.peek(i) !== P.K_COMMA) break
      i++
    }
    if (i > 1 && this.peek(i) === P.K_RPAR) {
      const close = this.tok(i)
      this.raiseAt(
        open.lineno,
        open.col,
        close.endLineno,
        close.endCol,
        annotated
          ? "Function parameters cannot be parenthesized"
          : "Lambda expression parameters cannot be parenthesized",
      )
    }
  }

  private param(annotated: boolean, star: boolean): A.Arg {
    const t = this.tok()
    const arg = this.name()
    let annotation: E | null = null
    if (annotated && this.eat(P.K_COLON)) {
      annotation = star && this.peek() === P.K_STAR ? this.starExpression() : this.expression()
    }
    return this.span<A.Arg>({ _type: "arg", arg, annotation, type_comment: null }, t)
  }
}
