import { describe, expect, test } from "vitest"
import { parse } from "../../../src/compiler/parser.js"
import { compileChecks } from "../../../src/compiler/checks.js"
import { compileModule } from "../../../src/vm/codegen/functions.js"
import type { ScopeTable } from "../../../src/vm/codegen/state.js"
import { CodeObject } from "../../../src/vm/code.js"
import type * as A from "../../../src/compiler/ast-nodes.js"

function compile(src: string): CodeObject {
  const mod = parse(src, "<test>", "exec")
  const table = compileChecks(mod, "<test>") as unknown as ScopeTable
  return compileModule(mod as A.Module, table, "<test>")
}

function child(code: CodeObject, name: string): CodeObject {
  const c = code.consts.find((k) => k instanceof CodeObject && k.name === name)
  if (!(c instanceof CodeObject)) throw new Error(`no code object ${name}`)
  return c
}

describe("code generation", () => {
  test("fast locals are JS variables, parameters come from the argument array", () => {
    const f = child(compile("def f(a, b=1):\n    c = a + b\n    return c\n"), "f")
    expect(f.varnames).toEqual(["a", "b", "c"])
    expect(f.source).toContain("let v_a = A[0], v_b = A[1], v_c = null")
    // Every code object's source is valid JS.
    expect(() => new Function("R", "K", "N", "C", "vm", "rt", f.source)).not.toThrow()
  })

  test("the outer catch releases temporaries top of stack first", () => {
    const f = child(compile("def f(x):\n    return x.a + x.b\n"), "f")
    const rel = f.source.slice(f.source.indexOf("catch (e)"))
    expect(rel.indexOf("t1 !== null")).toBeLessThan(rel.indexOf("t0 !== null"))
  })

  test("cells for captured variables, free variables from the closure", () => {
    const code = compile(
      "def outer():\n    v = 1\n    def inner():\n        return v\n    return inner\n",
    )
    const outer = child(code, "outer")
    const inner = child(outer, "inner")
    expect(outer.cellvars).toEqual(["v"])
    expect(inner.freevars).toEqual(["v"])
    expect(inner.qualname).toBe("outer.<locals>.inner")
    expect(inner.source).toContain("F.closure[0]")
  })

  test("generator functions compile to JS generator functions", () => {
    const g = child(compile("def g():\n    yield 1\n"), "g")
    expect(g.isGenerator).toBe(true)
    expect(g.source).toMatch(/return function\* py_g/)
  })

  test("a position store per statement; tuples of constants are folded", () => {
    const code = compile("x = (1, 2, 3)\n")
    expect(code.source).toContain("F.i = ")
    expect(code.consts.some((k) => typeof k === "object" && k !== null && "items" in k)).toBe(true)
  })

  test("positions record the operator anchors of binary operations", () => {
    const code = compile("y = a + b\n")
    // lineno, end_lineno, col, end_col, anchor kind, anchor start, anchor end
    const p = code.positions
    let found = false
    for (let i = 0; i < p.length; i += 7)
      if (p[i + 4] === 1) found = p[i + 5] === 5 && p[i + 6] === 8
    expect(found).toBe(true)
  })
})
