// The match-statement checks of compile.c: irrefutable patterns that make the
// rest unreachable, names captured twice, alternatives binding different names,
// duplicate mapping keys and class-pattern attributes. Positions follow
// compile.c, which moves the current location to each sub-pattern it compiles.
//
// @cpython Python/compile.c compiler_pattern and its helpers

import type * as A from "./ast-nodes.js"
import { NOT_CONSTANT, constantKey, foldConstant, pyRepr, pyStrRepr } from "./checks-constants.js"
import type { PySyntaxError } from "./errors.js"
import type { Loc } from "./symtable.js"

/**
 * Pattern-matching state of one case (compile.c's pattern_context): the names
 * captured so far and whether an irrefutable pattern is allowed here.
 */
export interface PatternContext {
  stores: string[]
  allowIrrefutable: boolean
}

/** What the pattern checks need from the code-generation walk. */
export interface PatternHost {
  /** A SyntaxError at the current location. */
  error(msg: string): PySyntaxError
  setLoc(n: Loc): void
  expr(e: A.ExprNode): void
  forbidden(name: string, ctx: "Store" | "Del" | "Load"): void
}

/** True for `_`. */
export function isWildcard(p: A.PatternNode): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null
}

/** Checks the patterns of one match statement on behalf of the code-generation walk. */
export class PatternChecker {
  private readonly host: PatternHost

  constructor(host: PatternHost) {
    this.host = host
  }

  private storeName(name: string | null, pc: PatternContext): void {
    if (name === null) return
    this.host.forbidden(name, "Store")
    if (pc.stores.includes(name))
      throw this.host.error(`multiple assignments to name ${pyStrRepr(name)} in pattern`)
    pc.stores.push(name)
  }

  private subpattern(p: A.PatternNode, pc: PatternContext): void {
    const saved = pc.allowIrrefutable
    pc.allowIrrefutable = true
    this.pattern(p, pc)
    pc.allowIrrefutable = saved
  }

  /** compiler_pattern: checks one pattern; the names it captures go to `pc.stores`. */
  pattern(p: A.PatternNode, pc: PatternContext): void {
    this.host.setLoc(p)
    switch (p._type) {
      case "MatchValue":
        if (foldConstant(p.value) === NOT_CONSTANT && p.value._type !== "Attribute") {
          throw this.host.error("patterns may only match literals and attribute lookups")
        }
        this.host.expr(p.value)
        break
      case "MatchSingleton":
        break
      case "MatchSequence":
        this.sequencePattern(p, pc)
        break
      case "MatchMapping":
        this.mappingPattern(p, pc)
        break
      case "MatchClass":
        this.classPattern(p, pc)
        break
      case "MatchStar":
        this.storeName(p.name, pc)
        break
      case "MatchAs":
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name !== null) {
              throw this.host.error(
                `name capture ${pyStrRepr(p.name)} makes remaining patterns unreachable`,
              )
            }
            throw this.host.error("wildcard makes remaining patterns unreachable")
          }
          this.storeName(p.name, pc)
        } else {
          this.pattern(p.pattern, pc)
          this.storeName(p.name, pc)
        }
        break
      case "MatchOr":
        this.orPattern(p, pc)
        break
    }
  }

  private sequencePattern(p: A.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns
    let star = -1
    let onlyWildcard = true
    let starWildcard = false
    patterns.forEach((q, i) => {
      if (q._type === "MatchStar") {
        if (star >= 0) throw this.host.error("multiple starred names in sequence pattern")
        starWildcard = q.name === null
        onlyWildcard &&= starWildcard
        star = i
      } else {
        onlyWildcard &&= isWildcard(q)
      }
    })
    if (onlyWildcard) return
    if (starWildcard) {
      patterns.forEach((q, i) => {
        if (!isWildcard(q) && i !== star) this.subpattern(q, pc)
      })
      return
    }
    if (star >= 0 && star >= 256) {
      throw this.host.error("too many expressions in star-unpacking sequence pattern")
    }
    for (const q of patterns) this.subpattern(q, pc)
  }

  private mappingPattern(p: A.MatchMapping, pc: PatternContext): void {
    const size = p.keys.length
    if (size !== p.patterns.length) {
      throw this.host.error(
        `keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`,
      )
    }
    if (size === 0 && p.rest === null) return
    const seen = new Set<string>()
    for (const key of p.keys) {
      const value = foldConstant(key)
      if (value !== NOT_CONSTANT) {
        const k = constantKey(value)
        if (seen.has(k))
          throw this.host.error(`mapping pattern checks duplicate key (${pyRepr(value)})`)
        seen.add(k)
      } else if (key._type !== "Attribute") {
        throw this.host.error("mapping pattern keys may only match literals and attribute lookups")
      }
      this.host.expr(key)
    }
    for (const q of p.patterns) this.subpattern(q, pc)
    this.storeName(p.rest, pc)
  }

  private classPattern(p: A.MatchClass, pc: PatternContext): void {
    const nattrs = p.kwd_attrs.length
    if (nattrs !== p.kwd_patterns.length) {
      throw this.host.error(
        `kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`,
      )
    }
    if (nattrs > 0) {
      for (let i = 0; i < nattrs; i++) {
        const attr = p.kwd_attrs[i] as string
        this.host.setLoc(p.kwd_patterns[i] as A.PatternNode)
        this.host.forbidden(attr, "Store")
        for (let j = i + 1; j < nattrs; j++) {
          if (p.kwd_attrs[j] === attr) {
            this.host.setLoc(p.kwd_patterns[j] as A.PatternNode)
            throw this.host.error(`attribute name repeated in class pattern: ${attr}`)
          }
        }
      }
      this.host.setLoc(p)
    }
    this.host.expr(p.cls)
    for (const q of [...p.patterns, ...p.kwd_patterns]) {
      if (!isWildcard(q)) this.subpattern(q, pc)
    }
  }

  private orPattern(p: A.MatchOr, pc: PatternContext): void {
    let control: string[] | null = null
    const size = p.patterns.length
    p.patterns.forEach((alt, i) => {
      this.host.setLoc(alt)
      const sub: PatternContext = {
        stores: [],
        allowIrrefutable: i === size - 1 && pc.allowIrrefutable,
      }
      this.pattern(alt, sub)
      if (control === null) {
        control = sub.stores
      } else if (
        sub.stores.length !== control.length ||
        control.some((name) => !sub.stores.includes(name))
      ) {
        throw this.host.error("alternative patterns bind different names")
      }
    })
    for (const name of control ?? []) {
      if (pc.stores.includes(name))
        throw this.host.error(`multiple assignments to name ${pyStrRepr(name)} in pattern`)
      pc.stores.push(name)
    }
  }
}
