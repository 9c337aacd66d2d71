import { describe, expect, it } from "vitest"
import type * as A from "../../../src/compiler/ast-nodes.js"
import {
  CompilerRecursionError,
  buildSymtable,
  mangle,
  symbolInfo,
  type SymbolTableEntry,
} from "../../../src/compiler/symtable.js"
import { compileChecks } from "../../../src/compiler/checks.js"
import { loadCases, type PyBlock } from "./symtable-fixtures.js"

/** Our table in the shape gen-symtable-fixtures.py writes python3's. */
function describeBlock(ste: SymbolTableEntry): PyBlock {
  const names = [...ste.symbols.keys()]
  const matching = (test: (name: string) => boolean) => names.filter(test)
  const out: PyBlock = {
    type: ste.type,
    name: ste.name,
    lineno: ste.lineno,
    nested: ste.nested,
    optimized: ste.isOptimized,
    varnames: [...ste.varnames],
    symbols: names.map((n) => ({ ...symbolInfo(ste, n) })),
    code: null,
    children: ste.children.map(describeBlock),
  }
  if (ste.type === "function") {
    out.parameters = matching((n) => symbolInfo(ste, n).parameter)
    out.locals = matching((n) => ste.scope(n) === 1 || ste.scope(n) === 5)
    out.globals = matching((n) => ste.scope(n) === 2 || ste.scope(n) === 3)
    out.nonlocals = matching((n) => symbolInfo(ste, n).nonlocal)
    out.frees = matching((n) => ste.scope(n) === 4)
  }
  if (ste.type === "class") out.methods = [...new Set(ste.children.map((c) => c.name))]
  if (ste.type !== "module") {
    out.code = {
      generator: ste.generator && !ste.coroutine,
      coroutine: ste.coroutine && !ste.generator,
      async_generator: ste.generator && ste.coroutine,
      params: [...ste.varnames],
      cellvars: ste.cellvars(),
      freevars: ste.freevars(),
    }
  }
  return out
}

/**
 * Names a block only passes through to a child (flags exactly FREE << 11) are
 * appended by CPython in set-iteration (string hash) order; compare them sorted.
 */
function sortPassThrough(b: PyBlock): PyBlock {
  const through = (s: Record<string, unknown>) => s.flags === 4 << 11
  const passing = b.symbols.filter(through)
  passing.sort((x, y) => (String(x.name) < String(y.name) ? -1 : 1))
  b.symbols = [...b.symbols.filter((s) => !through(s)), ...passing]
  b.children.forEach(sortPassThrough)
  return b
}

/** Drops the code facts python3 could not match to a code object. */
function alignCode(ours: PyBlock, theirs: PyBlock): void {
  if (theirs.code === null) ours.code = null
  ours.children.forEach((c, i) => {
    const t = theirs.children[i]
    if (t !== undefined) alignCode(c, t)
  })
}

describe("symbol tables match python3's symtable module", () => {
  const cases = loadCases("tables.json")
  it("has a corpus of more than 100 snippets", () => {
    expect(cases.length).toBeGreaterThan(100)
  })
  for (const c of cases) {
    it(c.name, () => {
      const table = compileChecks(c.ast, "<snippet>", { allowTopLevelAwait: c.top_level_await })
      const ours = describeBlock(table.top)
      alignCode(ours, c.table as PyBlock)
      expect(sortPassThrough(ours)).toEqual(sortPassThrough(c.table as PyBlock))
    })
  }
})

describe("mangle", () => {
  it("follows _Py_Mangle", () => {
    expect(mangle("C", "__x")).toBe("_C__x")
    expect(mangle("_C", "__x")).toBe("_C__x")
    expect(mangle("__", "__x")).toBe("__x")
    expect(mangle("C", "__x__")).toBe("__x__")
    expect(mangle("C", "__a.b")).toBe("__a.b")
    expect(mangle("C", "_x")).toBe("_x")
    expect(mangle(null, "__x")).toBe("__x")
  })
})

const L = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 }
const NO_ARGS: A.Arguments = {
  _type: "arguments",
  posonlyargs: [],
  args: [],
  vararg: null,
  kwonlyargs: [],
  kw_defaults: [],
  kwarg: null,
  defaults: [],
}
const name = (id: string, ctx: "Load" | "Store" = "Load"): A.Name => ({
  _type: "Name",
  id,
  ctx: { _type: ctx },
  ...L,
})

/** Nested `depth` times: the shapes that cost the most JS frames per level. */
const DEEP: Record<string, (depth: number) => A.StmtNode> = {
  unary(n) {
    let e: A.ExprNode = name("x")
    for (let i = 0; i < n; i++) e = { _type: "UnaryOp", op: { _type: "USub" }, operand: e, ...L }
    return { _type: "Expr", value: e, ...L }
  },
  lambda(n) {
    let e: A.ExprNode = name("x")
    for (let i = 0; i < n; i++) e = { _type: "Lambda", args: NO_ARGS, body: e, ...L }
    return { _type: "Expr", value: e, ...L }
  },
  listcomp(n) {
    let e: A.ExprNode = name("x")
    for (let i = 0; i < n; i++) {
      const gen: A.Comprehension = {
        _type: "comprehension",
        target: name("y", "Store"),
        iter: name("z"),
        ifs: [],
        is_async: 0,
      }
      e = { _type: "ListComp", elt: e, generators: [gen], ...L }
    }
    return { _type: "Expr", value: e, ...L }
  },
  def(n) {
    let s: A.StmtNode = { _type: "Pass", ...L }
    for (let i = 0; i < n; i++) {
      s = {
        _type: "FunctionDef",
        name: "f",
        args: NO_ARGS,
        body: [s],
        decorator_list: [],
        returns: null,
        type_comment: null,
        ...L,
      }
    }
    return s
  },
  pattern(n) {
    let p: A.PatternNode = { _type: "MatchAs", pattern: null, name: "a", ...L }
    for (let i = 0; i < n; i++) p = { _type: "MatchSequence", patterns: [p], ...L }
    const body: A.StmtNode[] = [{ _type: "Pass", ...L }]
    return {
      _type: "Match",
      subject: name("x"),
      cases: [{ _type: "match_case", pattern: p, guard: null, body }],
      ...L,
    }
  },
}

/**
 * How deep each shape may go. CPython's parser stops unbracketed nesting at
 * about 2985 levels (python3 compiles `lambda: ` * 2900 + `x`) and brackets at
 * 200, so that is what our passes must survive.
 */
const DEEPEST: Record<string, number> = {
  unary: 2990,
  lambda: 2990,
  listcomp: 200,
  def: 100,
  pattern: 200,
}

describe("symtable robustness", () => {
  for (const [shape, make] of Object.entries(DEEP)) {
    it(`a tree of ${shape} nested ${DEEPEST[shape]} deep compiles, as in CPython`, () => {
      const mod: A.Module = {
        _type: "Module",
        body: [make(DEEPEST[shape] as number)],
        type_ignores: [],
      }
      expect(() => compileChecks(mod, "<deep>")).not.toThrow()
    })
    it(`a tree of ${shape} nested 50000 deep raises RecursionError, not a stack overflow`, () => {
      const mod: A.Module = { _type: "Module", body: [make(50000)], type_ignores: [] }
      expect(() => compileChecks(mod, "<deep>")).toThrow(CompilerRecursionError)
    })
  }

  it("builds tables for the error-free part of a bare module", () => {
    const t = buildSymtable({ _type: "Module", body: [], type_ignores: [] }, "<x>")
    expect(t.top.name).toBe("top")
    expect(t.top.symbols.size).toBe(0)
  })
})
