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
    // 3 as in python3's REPL: sys.displayhook left the list in builtins._ as well.
    expect(out).toBe(
      "[1, 2]\n3\nTraceback (most recent call last):\n" +
        '  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n',
    )
  })
})

describe("sys.displayhook in the REPL", () => {
  it("keeps the last value in builtins._ and is looked up at every echo", () => {
    let out = ""
    const it = new Interpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) })
    for (const line of [
      "5",
      "_ + 1",
      "None",
      "_",
      "import sys",
      "sys.displayhook = lambda v: print('got', v)",
      "7",
      "sys.displayhook = sys.__displayhook__",
      "[1, 2]",
      "del sys.displayhook",
      "8",
    ])
      it.runInteractive(line + "\n")
    it.finishInteractive()
    // python3 -i with the same lines prints the same (prompts aside).
    expect(out).toBe(
      "5\n6\n6\ngot 7\n[1, 2]\nTraceback (most recent call last):\n" +
        '  File "<stdin>", line 1, in <module>\nRuntimeError: lost sys.displayhook\n',
    )
  })
})
