import { describe, expect, it } from "vitest"
import { compileChecks } from "../../../src/compiler/checks.js"
import { PySyntaxError, type CompileWarning } from "../../../src/compiler/errors.js"
import { loadCases } from "./symtable-fixtures.js"

/** Runs the checks; returns the error in the fixtures' shape (None offsets are -1 here). */
function firstError(c: ReturnType<typeof loadCases>[number]) {
  try {
    compileChecks(c.ast, "<snippet>", { allowTopLevelAwait: c.top_level_await })
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

describe("SyntaxError.text is read back from the file, as CPython does", () => {
  for (const c of loadCases("errors.json")) {
    it(c.name, () => {
      try {
        compileChecks(c.ast, "<snippet>", {
          allowTopLevelAwait: c.top_level_await,
          fileText: c.source,
        })
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e
        expect(e.text).toBe(c.file_text)
        return
      }
      expect.unreachable("no SyntaxError")
    })
  }
  it("stays null without a file", () => {
    const c = loadCases("errors.json")[0] as ReturnType<typeof loadCases>[number]
    expect(() => compileChecks(c.ast, "<snippet>")).toThrow(PySyntaxError)
    try {
      compileChecks(c.ast, "<snippet>")
    } catch (e) {
      expect((e as PySyntaxError).text).toBeNull()
    }
  })
})

describe("programs python3 compiles raise nothing", () => {
  for (const c of loadCases("tables.json")) {
    it(c.name, () => {
      expect(firstError(c)).toBeNull()
    })
  }
})

describe("compile-time SyntaxWarnings match python3's", () => {
  for (const c of loadCases("warnings.json")) {
    it(c.name, () => {
      const seen: CompileWarning[] = []
      compileChecks(c.ast, "<snippet>", { warn: (w) => void seen.push(w) })
      expect(seen.map((w) => ({ message: w.message, lineno: w.lineno }))).toEqual(c.warnings)
      for (const w of seen) expect(w.category).toBe("SyntaxWarning")
    })
  }
})
