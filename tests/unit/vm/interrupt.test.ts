// Ctrl-C as the runtime sees it: a host whose interrupted() reports a request,
// turned into KeyboardInterrupt where the program is. The expected tracebacks
// are python3 3.11.7's for the same programs interrupted by SIGINT (see
// docs/internals/cli.md, "Interrupts"): the back-edge of a `while` loop is
// located at its test, or at the statement when the test is a true constant.
import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { MemoryHost } from "../../../src/vm/host.js"

/** A host that reports one interrupt at its `at`-th poll (and counts the polls). */
class InterruptingHost extends MemoryHost {
  polls = 0
  readonly at: number
  constructor(at: number, files: Record<string, string> = {}, lines: string[] = []) {
    super(files, lines)
    this.at = at
  }
  interrupted(): boolean {
    this.polls++
    return this.polls === this.at
  }
}

function run(
  src: string,
  at: number,
  filename = "t.py",
): { host: InterruptingHost; status: number } {
  const host = new InterruptingHost(at, { [filename]: src })
  const it = new Interpreter({ host })
  const status = it.run(src, filename)
  return { host, status }
}

describe("interrupts (Ctrl-C)", () => {
  test("an endless loop stops with a KeyboardInterrupt that except and finally see", () => {
    const src =
      "x = 0\ntry:\n    while True:\n        x += 1\nexcept KeyboardInterrupt as e:\n" +
      "    print('caught', repr(e), e.args, x > 0)\nfinally:\n    print('finally')\n" +
      "print('after')\n"
    const { host, status } = run(src, 3)
    expect(status).toBe(0)
    expect(host.out).toBe("caught KeyboardInterrupt() () True\nfinally\nafter\n")
    expect(host.polls).toBeGreaterThanOrEqual(3)
  })

  test("uncaught, it prints python3's traceback and gives status 1", () => {
    const { host, status } = run("x = 0\nwhile True:\n    x += 1\n", 1)
    expect(status).toBe(1)
    expect(host.err).toBe(
      'Traceback (most recent call last):\n  File "t.py", line 2, in <module>\n' +
        "    while True:\nKeyboardInterrupt\n",
    )
  })

  test("a loop with a test is interrupted at its test, inside the running function", () => {
    const src = "def w2():\n    x = 0\n    while x >= 0:\n        x += 1\n        x -= 1\nw2()\n"
    const { host } = run(src, 2)
    expect(host.err).toBe(
      'Traceback (most recent call last):\n  File "t.py", line 6, in <module>\n    w2()\n' +
        '  File "t.py", line 3, in w2\n    while x >= 0:\n          ^^^^^^\nKeyboardInterrupt\n',
    )
  })

  test("a program that only recurses (no loop) is interrupted too: calls count", () => {
    const src =
      "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n" +
      "try:\n    fib(60)\nexcept KeyboardInterrupt:\n    print('caught')\n"
    const { host, status } = run(src, 5)
    expect(host.err).toBe("")
    expect(host.out).toBe("caught\n")
    expect(status).toBe(0)
  })

  test("in the REPL the session goes on with its names intact", () => {
    const host = new InterruptingHost(1)
    const it = new Interpreter({ host })
    expect(it.runInteractive("x = 5\n").status).toBe(0)
    expect(it.runInteractive("while True:\n    x += 1\n").status).toBe(1)
    expect(host.err).toBe(
      'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n',
    )
    it.runInteractive("print(x > 5)\n")
    expect(host.out).toBe("True\n")
  })

  test("time.sleep and input() are interrupted too", () => {
    const { host } = run(
      "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('woke')\n",
      1,
    )
    expect(host.out).toBe("woke\n")
    // The host ran out of lines because of Ctrl-C: KeyboardInterrupt, not EOFError.
    const r = run("try:\n    input('? ')\nexcept KeyboardInterrupt:\n    print('ki')\n", 1)
    expect(r.host.out).toBe("? ki\n")
  })

  test("slow iterations make the checks come sooner, fast ones keep them rare", () => {
    // Each iteration takes milliseconds: the interrupt at the third check comes early,
    // not after the 10000 back-edges a check costs a fast loop.
    const slow = run(
      "n = 0\ntry:\n    while True:\n        n += 1\n        sorted(range(30000))\n" +
        "except KeyboardInterrupt:\n    print(n < 500)\n",
      3,
    )
    expect(slow.host.out).toBe("True\n")
    // A million fast iterations: about one check per 10000 once the quantum has grown.
    const fast = run("for i in range(1000000):\n    pass\n", 0)
    expect(fast.host.polls).toBeGreaterThan(50)
    expect(fast.host.polls).toBeLessThan(400)
  })

  test("a host without an interrupt source is never interrupted", () => {
    const host = new MemoryHost()
    const it = new Interpreter({ host })
    expect(it.run("n = 0\nwhile n < 100000:\n    n += 1\nprint(n)\n")).toBe(0)
    expect(host.out).toBe("100000\n")
  })
})
