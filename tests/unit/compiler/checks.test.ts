import { describe, expect, it } from "vitest"
import { compileChecks } from "../../../src/compiler/checks.js"
import { PySyntaxError } from "../../../src/compiler/errors.js"
import { loadCases } from "./symtable-fixtures.js"

/** Runs the checks; returns the error in the fixtures' shape (None offsets are -1 here). */
function firstError(c: ReturnType<typeof loadCases>[number]) {
  try {
    compileChecks(c.ast, "<snippet>")
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e
    return {
      msg: e.msg,
      lineno: e.lineno,
      offset: e.offset,
      end_lineno: e.endLineno,
      end_offset: e.endOffset,
    }
  }
  return null
}

describe("compile-time SyntaxErrors match python3's compile()", () => {
  const cases = loadCases("errors.json")
  it("covers future.c, symtable.c and compile.c errors", () => {
    expect(cases.length).toBeGreaterThan(100)
  })
  for (const c of cases) {
    it(c.name, () => {
      const want = c.error as NonNullable<typeof c.error>
      expect(firstError(c)).toEqual({ ...want, end_offset: want.end_offset ?? -1 })
    })
  }
})

describe("programs python3 compiles raise nothing", () => {
  for (const c of loadCases("tables.json")) {
    it(c.name, () => {
      expect(firstError(c)).toBeNull()
    })
  }
})
