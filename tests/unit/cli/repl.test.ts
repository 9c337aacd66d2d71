import { describe, expect, it } from "vitest"
import { needsMore } from "../../../src/cli/commands/repl.js"
import { Interpreter } from "../../../src/interpreter.js"

describe("the REPL", () => {
  it("asks for more lines exactly when the statement is unfinished", () => {
    expect(needsMore(["x = 1"])).toBe(false)
    expect(needsMore(["print((1,"])).toBe(true)
    expect(needsMore(["print((1,", "2))"])).toBe(false)
    expect(needsMore(["def f():"])).toBe(true)
    expect(needsMore(["def f():", "    return 1"])).toBe(true)
    expect(needsMore(["def f():", "    return 1", ""])).toBe(false)
    expect(needsMore(['s = """abc'])).toBe(true)
    expect(needsMore(["x = = 1"])).toBe(false) // a real error: shown at once
    // A try block waits for its except/finally; anything else after it is an error at once.
    expect(needsMore(["try:", "    while True: pass"])).toBe(true)
    expect(needsMore(["try:", "    x = 1", "finally:"])).toBe(true)
    expect(needsMore(["try:", "    x = 1", "y = 2"])).toBe(false)
    expect(needsMore(["try:", "    x = 1", ""])).toBe(false)
  })

  it("keeps names across inputs, echoes expressions and reports errors", () => {
    let out = ""
    const it = new Interpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) })
    expect(it.runInteractive("x = [1, 2]\n")).toEqual({ status: 0, exit: false })
    it.runInteractive("x\n")
    it.runInteractive("import sys; sys.getrefcount(x)\n")
    expect(it.runInteractive("1/0\n").status).toBe(1)
    expect(it.runInteractive("raise SystemExit(4)\n")).toEqual({ status: 4, exit: true })
    it.finishInteractive()
    expect(out).toBe(
      "[1, 2]\n2\nTraceback (most recent call last):\n" +
        '  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n',
    )
  })
})
