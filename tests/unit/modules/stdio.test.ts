// sys.stdin's buffer over the host (src/modules/stdio.ts): pieces of any size
// cut into lines with their ends, input() sharing the buffer, hosts that give
// lines only (readLine), a Ctrl-C while the host waits, and the end of input
// that is not final (a terminal after Ctrl-D). The differential programs
// tests/py/sysmod/stdin_*.py compare the same reads with python3's.
import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { MemoryHost } from "../../../src/vm/host.js"

/** A host whose stdin gives `pieces` in order (null: an end of input), then ends. */
class PieceHost extends MemoryHost {
  asked = 0
  interruptAt = -1
  private pending = false
  constructor(private readonly pieces: (string | null)[]) {
    super()
  }
  readStdin(): string | null {
    this.asked++
    if (this.asked === this.interruptAt) {
      this.pending = true
      return null
    }
    return this.pieces.length > 0 ? (this.pieces.shift() as string | null) : null
  }
  interrupted(): boolean {
    const p = this.pending
    this.pending = false
    return p
  }
}

function run(host: MemoryHost, code: string): number {
  return new Interpreter({ host }).run(code, "<string>")
}

describe("sys.stdin over Host.readStdin", () => {
  test("pieces that split lines and characters' neighbours give whole lines", () => {
    const host = new PieceHost(["ab", "c\nd", "", "e\r\nf\n\ng", "h"])
    const status = run(
      host,
      "import sys\nprint([sys.stdin.readline(), input(), sys.stdin.readline(), sys.stdin.read()])",
    )
    expect(host.err).toBe("")
    expect(status).toBe(0)
    expect(host.out).toBe("['abc\\n', 'de\\r', 'f\\n', '\\ngh']\n")
  })

  test("a long input in pieces that do not fall on line ends: every line whole", () => {
    // 300000 characters: past the point where the buffer drops what was consumed.
    const text = Array.from({ length: 30000 }, (_, i) => `${100000 + i}\n`).join("") + "end"
    const pieces: string[] = []
    for (let i = 0; i < text.length; i += 997) pieces.push(text.slice(i, i + 997))
    const host = new PieceHost(pieces)
    const code = [
      "import sys",
      "lines = list(sys.stdin)",
      "print(len(lines), all(len(l) == 7 for l in lines[:-1]), lines[0], lines[-2], lines[-1])",
    ].join("\n")
    expect(run(host, code)).toBe(0)
    expect(host.out).toBe("30001 True 100000\n 129999\n end\n")
  })

  test("reads ask the host only as far as they need", () => {
    const host = new PieceHost(["one\ntwo\n", "three\n"])
    run(host, "import sys\nprint(repr(sys.stdin.readline()))")
    expect(host.asked).toBe(1)
    expect(host.out).toBe("'one\\n'\n")
  })

  test("the end of input is not final: a terminal goes on after Ctrl-D", () => {
    const host = new PieceHost(["a\n", null, "b\n"])
    run(host, "import sys\nprint([sys.stdin.read(), sys.stdin.read(), sys.stdin.readline()])")
    expect(host.out).toBe("['a\\n', 'b\\n', '']\n")
  })

  test("a Ctrl-C while the host waits raises KeyboardInterrupt and loses nothing read", () => {
    const host = new PieceHost(["x", "y\n"])
    host.interruptAt = 2
    const code =
      "import sys\ntry:\n    sys.stdin.readline()\nexcept KeyboardInterrupt:\n    print('interrupted')\nprint(repr(sys.stdin.readline()))"
    expect(run(host, code)).toBe(0)
    expect(host.out).toBe("interrupted\n'xy\\n'\n")
  })

  test("a host with readLine only: each line ends with a newline; input() strips it", () => {
    const host = new MemoryHost({}, ["first", "second", "third"])
    run(host, "import sys\nprint(input('? '), list(sys.stdin))")
    expect(host.out).toBe("? first ['second\\n', 'third\\n']\n")
  })

  test("input() reads a replaced sys.stdin through its readline()", () => {
    const host = new MemoryHost()
    const code = [
      "import sys",
      "class Src:",
      "    lines = ['hello\\n', 'x']",
      "    def readline(self):",
      "        return self.lines.pop(0) if self.lines else ''",
      "sys.stdin = Src()",
      "print(input(), input())",
      "try:",
      "    input()",
      "except EOFError as e:",
      "    print('EOFError', e)",
      "sys.stdin = None",
      "try:",
      "    input()",
      "except RuntimeError as e:",
      "    print('RuntimeError', e)",
    ].join("\n")
    expect(run(host, code)).toBe(0)
    expect(host.out).toBe(
      "hello x\nEOFError EOF when reading a line\nRuntimeError input(): lost sys.stdin\n",
    )
  })

  test("stdout is not readable, stdin not writable; closed streams refuse", () => {
    const host = new MemoryHost()
    const code = [
      "import sys",
      "for f in (lambda: sys.stdout.read(), lambda: sys.stdin.write('x')):",
      "    try:",
      "        f()",
      "    except OSError as e:",
      "        print(e)",
      "sys.stdin.close()",
      "try:",
      "    sys.stdin.readline()",
      "except ValueError as e:",
      "    print(e, sys.stdin.closed)",
    ].join("\n")
    expect(run(host, code)).toBe(0)
    expect(host.out).toBe("not readable\nnot writable\nI/O operation on closed file. True\n")
  })
})
