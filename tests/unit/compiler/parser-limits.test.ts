// Deeply nested input gives the errors CPython 3.11 gives (checked with
// python3: "-" * 2985 + "1" parses, 2986 raises RecursionError), never a JS
// stack overflow or a hang.

import { describe, expect, it } from "vitest"
import { dump } from "../../../src/compiler/ast-dump.js"
import { PySyntaxError } from "../../../src/compiler/errors.js"
import { CompilerLimitError, MAX_NESTING } from "../../../src/compiler/parser-core.js"
import { parse } from "../../../src/compiler/parser.js"

function outcome(src: string): string {
  try {
    dump(parse(src, "<test>"), { includeAttributes: true })
    return "ok"
  } catch (e) {
    if (e instanceof PySyntaxError) return `${e.kind}: ${e.msg}`
    if (e instanceof CompilerLimitError) return e.kind
    throw e
  }
}

const repeat = (s: string, n: number): string => s.repeat(n)
const join = (s: string, n: number): string => Array<string>(n).fill("a").join(s)

describe("nesting limits", () => {
  it("stops where CPython 3.11 stops", () => {
    expect(MAX_NESTING).toBe(2985)
    const shapes: [string, (n: number) => string][] = [
      ["unary minus", (n) => repeat("-", n) + "1"],
      ["not", (n) => repeat("not ", n) + "x"],
      ["attributes", (n) => "a" + repeat(".a", n)],
      ["calls", (n) => "f" + repeat("()", n)],
      ["subscripts", (n) => "a" + repeat("[0]", n)],
      ["conditional", (n) => repeat("a if b else ", n) + "c"],
      ["lambda", (n) => repeat("lambda:", n) + "1"],
      ["power", (n) => join("**", n + 1)],
    ]
    for (const [name, make] of shapes) {
      expect([name, outcome(make(2985))]).toEqual([name, "ok"])
      expect([name, outcome(make(2986))]).toEqual([name, "RecursionError"])
    }
    expect(outcome(join("+", 2986))).toBe("ok")
    expect(outcome(join("+", 2987))).toBe("RecursionError")
  })

  it("gives clean errors for 100000 levels", () => {
    expect(outcome(repeat("(", 100000) + repeat(")", 100000))).toBe(
      "SyntaxError: too many nested parentheses",
    )
    expect(outcome(repeat("[", 300) + repeat("]", 300))).toBe(
      "SyntaxError: too many nested parentheses",
    )
    expect(outcome(repeat("-", 100000) + "1")).toBe("RecursionError")
    expect(outcome(repeat("not ", 100000) + "x")).toBe("RecursionError")
    expect(outcome("a" + repeat(".a", 100000))).toBe("RecursionError")
    expect(outcome(repeat("lambda:", 100000) + "1")).toBe("RecursionError")
    expect(outcome(join(" and ", 30000))).toBe("ok")
    expect(outcome(join(", ", 30000))).toBe("ok")
    expect(outcome(repeat("[", 100) + repeat("]", 100))).toBe("ok")
  })

  it("reports too deep indentation as CPython does", () => {
    let src = ""
    for (let i = 0; i < 101; i++) src += " ".repeat(i) + "if x:\n"
    src += " ".repeat(101) + "pass\n"
    expect(outcome(src)).toBe("IndentationError: too many levels of indentation")
  })
})
