// Patterns of the match statement (PEP 634).
//
//   patterns        ::= open_sequence_pattern | pattern          (`case a, b:` is a sequence)
//   pattern         ::= or_pattern ['as' NAME]                   -> MatchAs(pattern, name)
//   or_pattern      ::= closed_pattern ('|' closed_pattern)*     -> MatchOr if more than one
//   closed_pattern  ::= literal | NAME (capture) | '_' | a.b (value) | '(' ... ')'
//                     | '[' ... ']' | '{' ... '}' | name_or_attr '(' ... ')'
//
// `match`, `case` and `_` are soft keywords: plain NAME tokens here.
//
// @cpython Grammar/python.gram (3.11) match_stmt .. keyword_pattern

import type * as A from "./ast-nodes.js"
import { ComplexConst } from "./constants.js"
import * as P from "./parser-core.js"
import { LOAD } from "./parser-core.js"
import { DisplayParser } from "./parser-displays.js"

type Pat = A.PatternNode
type E = A.ExprNode

const USUB: A.USub = Object.freeze({ _type: "USub" as const })
const ADD: A.Add = Object.freeze({ _type: "Add" as const })
const SUB: A.Sub = Object.freeze({ _type: "Sub" as const })

/** The pattern half of the parser. */
export class PatternParser extends DisplayParser {
  /** patterns: open_sequence_pattern | pattern (after `case`). */
  patterns(): Pat {
    const start = this.tok()
    const first = this.maybeStarPattern()
    if (this.peek() !== P.K_COMMA) {
      if (first._type === "MatchStar") {
        return this.span<A.MatchSequence>({ _type: "MatchSequence", patterns: [first] }, start)
      }
      return first
    }
    const patterns = [first]
    while (this.eat(P.K_COMMA)) {
      if (this.peek() === P.K_COLON || this.peek() === P.K_IF) break
      patterns.push(this.maybeStarPattern())
    }
    return this.span<A.MatchSequence>({ _type: "MatchSequence", patterns }, start)
  }

  private maybeStarPattern(): Pat {
    if (this.peek() === P.K_STAR) {
      const start = this.tokens[this.pos++]!
      const t = this.tok()
      if (this.peek() !== P.K_NAME) this.fail()
      this.pos++
      const name = t.string === "_" ? null : t.string
      return this.span<A.MatchStar>({ _type: "MatchStar", name }, start)
    }
    return this.pattern()
  }

  /** pattern: or_pattern ['as' NAME] */
  pattern(): Pat {
    const start = this.tok()
    this.enter()
    const p = this.orPattern()
    this.level--
    if (this.peek() !== P.K_AS) return p
    this.pos++
    const t = this.tok()
    if (this.peek() !== P.K_NAME) {
      if (this.startsExpression()) {
        const e = this.expression()
        this.raiseNode(e, "invalid pattern target")
      }
      this.fail()
    }
    if (t.string === "_") this.raiseTok(t, "cannot use '_' as a target")
    this.pos++
    return this.span<A.MatchAs>({ _type: "MatchAs", pattern: p, name: t.string }, start)
  }

  private orPattern(): Pat {
    const start = this.tok()
    const first = this.closedPattern()
    if (this.peek() !== P.K_VBAR) return first
    const patterns = [first]
    while (this.eat(P.K_VBAR)) patterns.push(this.closedPattern())
    return this.span<A.MatchOr>({ _type: "MatchOr", patterns }, start)
  }

  private closedPattern(): Pat {
    const t = this.tok()
    switch (this.peek()) {
      case P.K_NUMBER:
      case P.K_MINUS: {
        const value = this.signedOrComplex()
        return this.span<A.MatchValue>({ _type: "MatchValue", value }, t)
      }
      case P.K_STRING: {
        const value = this.strings()
        return this.span<A.MatchValue>({ _type: "MatchValue", value }, t)
      }
      case P.K_NONE:
        this.pos++
        return this.span<A.MatchSingleton>({ _type: "MatchSingleton", value: null }, t)
      case P.K_TRUE:
        this.pos++
        return this.span<A.MatchSingleton>({ _type: "MatchSingleton", value: true }, t)
      case P.K_FALSE:
        this.pos++
        return this.span<A.MatchSingleton>({ _type: "MatchSingleton", value: false }, t)
      case P.K_NAME:
        return this.namePattern()
      case P.K_LPAR:
        return this.parenPattern()
      case P.K_LSQB: {
        this.pos++
        const patterns = this.sequenceItems(P.K_RSQB)
        return this.span<A.MatchSequence>({ _type: "MatchSequence", patterns }, t)
      }
      case P.K_LBRACE:
        return this.mappingPattern()
      default:
        return this.fail()
    }
  }

  /** signed_number, or complex_number: signed_real ('+'|'-') imaginary. */
  private signedOrComplex(): E {
    const start = this.tok()
    let e: E = this.signedNumber()
    const k = this.peek()
    if (k === P.K_PLUS || k === P.K_MINUS) {
      // The real part is checked first, each at its NUMBER token.
      const real = e._type === "UnaryOp" ? e.operand : e
      if (real._type === "Constant" && real.value instanceof ComplexConst)
        this.raiseNode(real, "real number required in complex literal")
      this.pos++
      const nt = this.tok()
      if (this.peek() !== P.K_NUMBER) this.fail()
      this.pos++
      const right = this.constant(this.numberValue(nt), nt)
      if (!isImaginary(nt.string))
        this.raiseNode(right, "imaginary number required in complex literal")
      e = this.span<A.BinOp>(
        { _type: "BinOp", left: e, op: k === P.K_PLUS ? ADD : SUB, right },
        start,
      )
    }
    return e
  }

  private signedNumber(): E {
    const t = this.tok()
    if (this.eat(P.K_MINUS)) {
      const nt = this.tok()
      if (this.peek() !== P.K_NUMBER) this.fail()
      this.pos++
      const operand = this.constant(this.numberValue(nt), nt)
      return this.span<A.UnaryOp>({ _type: "UnaryOp", op: USUB, operand }, t)
    }
    this.pos++
    return this.constant(this.numberValue(t), t)
  }

  /** capture, wildcard, value (a.b) or class pattern. */
  private namePattern(): Pat {
    const start = this.tok()
    const k1 = this.peek(1)
    if (k1 !== P.K_DOT && k1 !== P.K_LPAR) {
      this.pos++
      if (k1 === P.K_EQUAL) this.fail()
      const name = start.string === "_" ? null : start.string
      return this.span<A.MatchAs>({ _type: "MatchAs", pattern: null, name }, start)
    }
    let cls: E = this.nameNode(LOAD)
    while (this.eat(P.K_DOT)) {
      const attr = this.name()
      cls = this.span<A.Attribute>({ _type: "Attribute", value: cls, attr, ctx: LOAD }, start)
    }
    if (this.peek() !== P.K_LPAR) {
      return this.span<A.MatchValue>({ _type: "MatchValue", value: cls }, start)
    }
    this.pos++
    const patterns: Pat[] = []
    const kwdAttrs: string[] = []
    const kwdPatterns: Pat[] = []
    while (this.peek() !== P.K_RPAR) {
      if (this.peek() === P.K_NAME && this.peek(1) === P.K_EQUAL) {
        kwdAttrs.push(this.tokens[this.pos]!.string)
        this.pos += 2
        kwdPatterns.push(this.pattern())
      } else {
        const p = this.pattern()
        if (kwdAttrs.length > 0) this.raiseNode(p, "positional patterns follow keyword patterns")
        patterns.push(p)
      }
      if (!this.eat(P.K_COMMA)) break
    }
    if (!this.eat(P.K_RPAR)) this.fail()
    return this.span<A.MatchClass>(
      { _type: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns },
      start,
    )
  }

  /** '(' pattern ')' is the pattern itself; '(' ... ',' ... ')' is a sequence. */
  private parenPattern(): Pat {
    const open = this.tokens[this.pos++]!
    if (this.eat(P.K_RPAR)) {
      return this.span<A.MatchSequence>({ _type: "MatchSequence", patterns: [] }, open)
    }
    const first = this.maybeStarPattern()
    if (this.eat(P.K_RPAR)) {
      if (first._type === "MatchStar")
        return this.span<A.MatchSequence>({ _type: "MatchSequence", patterns: [first] }, open)
      return first
    }
    if (this.peek() !== P.K_COMMA) this.fail()
    const patterns = [first]
    while (this.eat(P.K_COMMA)) {
      if (this.peek() === P.K_RPAR) break
      patterns.push(this.maybeStarPattern())
    }
    if (!this.eat(P.K_RPAR)) this.fail()
    return this.span<A.MatchSequence>({ _type: "MatchSequence", patterns }, open)
  }

  private sequenceItems(close: number): Pat[] {
    const patterns: Pat[] = []
    while (this.peek() !== close) {
      patterns.push(this.maybeStarPattern())
      if (!this.eat(P.K_COMMA)) break
    }
    if (!this.eat(close)) this.fail()
    return patterns
  }

  /** '{' (key ':' pattern),* ['**' NAME] '}' */
  private mappingPattern(): Pat {
    const open = this.tokens[this.pos++]!
    const keys: E[] = []
    const patterns: Pat[] = []
    let rest: string | null = null
    while (this.peek() !== P.K_RBRACE) {
      if (this.eat(P.K_DOUBLESTAR)) {
        if (this.atSoft("_")) this.fail()
        rest = this.name()
        this.eat(P.K_COMMA)
        break
      }
      keys.push(this.mappingKey())
      if (!this.eat(P.K_COLON)) this.fail()
      patterns.push(this.pattern())
      if (!this.eat(P.K_COMMA)) break
    }
    if (!this.eat(P.K_RBRACE)) this.fail()
    return this.span<A.MatchMapping>({ _type: "MatchMapping", keys, patterns, rest }, open)
  }

  /** literal_expr | attr */
  private mappingKey(): E {
    const t = this.tok()
    switch (this.peek()) {
      case P.K_NUMBER:
      case P.K_MINUS:
        return this.signedOrComplex()
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
      case P.K_NAME: {
        let e: E = this.nameNode(LOAD)
        if (this.peek() !== P.K_DOT) this.fail()
        while (this.eat(P.K_DOT)) {
          const attr = this.name()
          e = this.span<A.Attribute>({ _type: "Attribute", value: e, attr, ctx: LOAD }, t)
        }
        return e
      }
      default:
        return this.fail()
    }
  }
}

function isImaginary(text: string): boolean {
  const c = text.charCodeAt(text.length - 1) | 0x20
  return c === 0x6a
}
