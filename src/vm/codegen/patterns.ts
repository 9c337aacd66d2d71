// Code generation for `match` statements (PEP 634).
//
// The subject is evaluated once into a temporary; each case tries its
// pattern, binding names only when the whole pattern matched, then its guard.

import type * as A from "../../compiler/ast-nodes.js"
import { expr, store, cond } from "./expressions.js"
import type { Gen } from "./state.js"
import { body } from "./statements.js"

/** `match subject: case ...` */
export function matchStmt(g: Gen, s: A.Match): void {
  const subj = expr(g, s.subject)
  const done = g.fresh("M")
  g.emit(`${done}: {`)
  for (const c of s.cases) {
    g.at(c.pattern as A.Located)
    // Bindings are collected into a JS array first, then stored if the case matches.
    const binds: string[] = []
    const ok = g.fresh("ok")
    const caps = g.fresh("cap")
    g.emit(`const ${caps} = []`)
    const test = pattern(g, c.pattern, subj, caps, binds)
    g.emit(`const ${ok} = ${test}`)
    if (test.includes("matchClass")) g.emit(`${g.h("matchRelease")}()`)
    g.emit(`if (${ok}) {`)
    g.indent++
    binds.forEach((name, i) => {
      const t = g.push()
      g.emit(`${t} = ${caps}[${i}]; ${caps}[${i}] = null`)
      store(
        g,
        {
          _type: "Name",
          id: name,
          ctx: { _type: "Store" },
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        },
        t,
      )
    })
    if (c.guard !== null) {
      const gc = cond(g, c.guard)
      g.emit(`if (${gc}) {`)
      g.indent++
    }
    g.emit(`${g.dec(subj)}; ${subj} = null`)
    body(g, c.body)
    g.emit(`break ${done}`)
    if (c.guard !== null) {
      g.indent--
      g.emit("}")
    }
    g.indent--
    g.emit(`} else { for (const o of ${caps}) if (o !== null && --o.rc === 0) D(o) }`)
  }
  g.emit(`${g.dec(subj)}; ${subj} = null`)
  g.emit("}")
  g.pop()
}

/**
 * Returns a JS boolean expression testing `pat` against the borrowed object
 * in JS expression `subj`; captured values (new references) are pushed on the
 * JS array `caps` in the order of `binds`.
 */
function pattern(g: Gen, pat: A.PatternNode, subj: string, caps: string, binds: string[]): string {
  switch (pat._type) {
    case "MatchAs": {
      let test = "true"
      if (pat.pattern !== null) test = pattern(g, pat.pattern, subj, caps, binds)
      if (pat.name === null) return test
      binds.push(pat.name)
      return `(${test} && (${caps}.push(${subj}), ${subj}.rc++, true))`
    }
    case "MatchValue": {
      const t = expr(g, pat.value)
      const v = g.fresh("pv")
      g.emit(`const ${v} = ${t}; ${t} = null`)
      g.pop()
      return `${g.h("matchValue")}(${subj}, ${v})`
    }
    case "MatchSingleton": {
      const k = pat.value === null ? "rt.None" : pat.value ? "rt.True" : "rt.False"
      return `(${subj} === ${k})`
    }
    case "MatchOr": {
      // Each alternative binds the same names; use the first alternative's order.
      const alts: string[] = []
      let firstBinds: string[] | null = null
      for (const p of pat.patterns) {
        const b: string[] = []
        alts.push(pattern(g, p, subj, caps, b))
        if (firstBinds === null) firstBinds = b
      }
      binds.push(...(firstBinds ?? []))
      return `(${alts.join(" || ")})`
    }
    case "MatchSequence": {
      const items = g.fresh("seq")
      const star = pat.patterns.findIndex((p) => p._type === "MatchStar")
      const n = pat.patterns.length
      g.emit(`let ${items} = null`)
      const parts: string[] = [
        `(${items} = ${g.h("matchSequence")}(${subj}, ${star < 0 ? n : n - 1}, ${star >= 0})) !== null`,
      ]
      pat.patterns.forEach((p, i) => {
        if (p._type === "MatchStar") {
          if (p.name !== null) {
            binds.push(p.name)
            parts.push(
              `(${caps}.push(${g.h("build_list")}(${items}.slice(${i}, ${items}.length - ${n - 1 - i}).map((o) => (o.rc++, o)))), true)`,
            )
          }
          return
        }
        const idx = star >= 0 && i > star ? `${items}.length - ${n - i}` : `${i}`
        parts.push(pattern(g, p, `${items}[${idx}]`, caps, binds))
      })
      return `(${parts.join(" && ")})`
    }
    case "MatchMapping": {
      const keys: string[] = []
      for (const k of pat.keys) {
        const t = expr(g, k)
        const v = g.fresh("mk")
        g.emit(`const ${v} = ${t}; ${t} = null`)
        g.pop()
        keys.push(v)
      }
      const vals = g.fresh("mv")
      g.emit(`let ${vals} = null`)
      const parts = [`(${vals} = ${g.h("matchMapping")}(${subj}, [${keys.join(", ")}])) !== null`]
      pat.patterns.forEach((p, i) => parts.push(pattern(g, p, `${vals}[${i}]`, caps, binds)))
      if (pat.rest !== null) {
        binds.push(pat.rest)
        parts.push(`(${caps}.push(${g.h("matchRest")}(${subj}, [${keys.join(", ")}])), true)`)
      }
      return `(${parts.join(" && ")})`
    }
    case "MatchClass": {
      const t = expr(g, pat.cls)
      const cls = g.fresh("pc")
      g.emit(`const ${cls} = ${t}; ${t} = null`)
      g.pop()
      const vals = g.fresh("cv")
      g.emit(`let ${vals} = null`)
      const parts = [
        `(${vals} = ${g.h("matchClass")}(${subj}, ${cls}, ${pat.patterns.length}, ${JSON.stringify(pat.kwd_attrs)})) !== null`,
      ]
      pat.patterns.forEach((p, i) => parts.push(pattern(g, p, `${vals}[${i}]`, caps, binds)))
      pat.kwd_patterns.forEach((p, i) =>
        parts.push(pattern(g, p, `${vals}[${pat.patterns.length + i}]`, caps, binds)),
      )
      return `(${parts.join(" && ")})`
    }
    case "MatchStar":
      return "true"
  }
}
