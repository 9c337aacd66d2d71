import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { MemoryHost } from "../../../src/vm/host.js"

/** Runs `src` in a fresh interpreter; returns what it printed and its exit status. */
function run(
  src: string,
  opts: ConstructorParameters<typeof Interpreter>[0] = {},
  files: Record<string, string> = {},
): { out: string; err: string; status: number } {
  const host = new MemoryHost(files)
  const it = new Interpreter({ host, ...opts })
  const status = it.run(src, "<string>")
  return { out: host.out, err: host.err, status }
}

describe("Interpreter", () => {
  test("runs module code and prints", () => {
    expect(run("print(1 + 1, 'ok')")).toEqual({ out: "2 ok\n", err: "", status: 0 })
  })

  test("an uncaught exception prints a traceback and gives status 1", () => {
    const r = run("def f():\n    return 1 / 0\nf()\n")
    expect(r.status).toBe(1)
    expect(r.err).toBe(
      'Traceback (most recent call last):\n  File "<string>", line 3, in <module>\n' +
        '  File "<string>", line 2, in f\nZeroDivisionError: division by zero\n',
    )
  })

  test("SystemExit gives its code", () => {
    expect(run("raise SystemExit(7)").status).toBe(7)
    expect(run("import sys\nsys.exit()").status).toBe(0)
  })

  test("a syntax error is reported with status 1", () => {
    const r = run("x = = 1")
    expect(r.status).toBe(1)
    expect(r.err).toMatch(/SyntaxError: invalid syntax\n$/)
  })

  test("the step limit stops an endless loop cleanly", () => {
    const r = run("while True:\n    pass\n", { limits: { maxSteps: 100000 } })
    expect(r.status).toBe(1)
    expect(r.err).toMatch(/step limit/)
  })

  test("maxMemory turns a failed allocation into MemoryError", () => {
    const r = run("try:\n    x = [0] * 10**7\nexcept MemoryError:\n    print('MemoryError')\n", {
      limits: { maxMemory: 4 << 20 },
    })
    expect(r.out).toBe("MemoryError\n")
  })

  test("deep recursion is a RecursionError, not a host stack overflow", () => {
    const r = run(
      "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n",
    )
    expect(r.out).toBe("maximum recursion depth exceeded\n")
  })

  test("a JS stack overflow far above the limit leaves the frame stack as it was", () => {
    // With the limit raised past what the JS stack holds, the overflow can
    // strike anywhere, also on the entry of a function body (which pushes
    // its own frame): every catch must see the frames of its own call chain.
    const src = [
      "import sys",
      "sys.setrecursionlimit(1000000)",
      "def rec(n):",
      "    return rec(n + 1) + 1",
      "def depth():",
      "    f, n = sys._getframe(), 0",
      "    while f is not None:",
      "        f, n = f.f_back, n + 1",
      "    return n",
      "def run():",
      "    for i in range(4):",
      "        try:",
      "            rec(0)",
      "        except RecursionError:",
      "            print(depth(), end=' ')",
      "run()",
      "print(depth())",
    ].join("\n")
    const r = run(src + "\n")
    expect(r.err.slice(0, 2000)).toBe("")
    expect(r.out).toBe("3 3 3 3 2\n")
    expect(r.status).toBe(0)
  })

  test("a JS stack overflow inside deallocs and reprs leaves no broken object behind", () => {
    // Each level of this recursion (a __repr__ that makes a list and takes its
    // str) uses more JS stack than the recursion limit accounts for, so the
    // stack runs out inside the runtime's own calls: the program must go on,
    // and the collector must find a consistent heap afterwards.
    const src = [
      "import gc",
      "class B:",
      "    def __repr__(self): return 'B' + str([self])",
      "for i in range(3):",
      "    try:",
      "        repr(B())",
      "    except RecursionError as e:",
      "        print(type(e).__name__)",
      "print(gc.collect() >= 0)",
    ].join("\n")
    const r = run(src + "\n")
    expect(r.err).toBe("")
    expect(r.out).toBe("RecursionError\nRecursionError\nRecursionError\nTrue\n")
    expect(r.status).toBe(0)
  })

  test("1000 nested Python calls work under the default limit", () => {
    const r = run("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(995))\n")
    expect(r.out).toBe("995\n")
  })

  test("two interpreters share nothing", () => {
    const a = new MemoryHost()
    const b = new MemoryHost()
    const ia = new Interpreter({ host: a })
    const ib = new Interpreter({ host: b })
    ia.run("x = 1\nimport sys\nsys.modules['marker'] = sys\n")
    ib.run("import sys\nprint('marker' in sys.modules)\n")
    expect(b.out).toBe("False\n")
  })

  test("imports read modules through the host", () => {
    const r = run("import helper\nprint(helper.VALUE)\n", {}, { "helper.py": "VALUE = 41 + 1\n" })
    expect(r.out).toBe("42\n")
  })

  test("stdout and stderr options receive the output", () => {
    let out = ""
    let err = ""
    const it = new Interpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) })
    it.run("import sys\nprint('a')\nprint('b', file=sys.stderr)\n")
    expect([out, err]).toEqual(["a\n", "b\n"])
  })

  test("sys.argv comes from the options", () => {
    expect(run("import sys\nprint(sys.argv)", { argv: ["prog.py", "x"] }).out).toBe(
      "['prog.py', 'x']\n",
    )
  })
})

describe("the trace hook", () => {
  test("reports call, line and return events with line numbers", () => {
    const events: string[] = []
    const it = new Interpreter({
      host: new MemoryHost(),
      trace: (e) => events.push(`${e.event} ${e.name} ${e.lineno}`),
    })
    it.run("def f():\n    x = 1\n    return x\nf()\n")
    expect(events).toEqual([
      "call <module> 1",
      "line <module> 1",
      "line <module> 4",
      "call f 1",
      "line f 2",
      "line f 3",
      "return f 3",
      "return <module> 4",
    ])
  })

  test("untraced code never calls the hook", () => {
    const it = new Interpreter({ host: new MemoryHost() })
    expect(it.vm.tracing).toBe(false)
  })
})
