// Leak check through the whole runtime (eval is avoided: each eval'd code
// object currently leaves a block behind in the vm, reported separately): a program heavy on numbers and text
// (success and error paths) run again and again in one interpreter must not
// make the number of live heap blocks grow with the amount of work done.

import { describe, expect, it } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import type { SimpleHeap } from "../../../src/vm/simple-heap.js"

const PROGRAM = `
def work(i):
    a = (10 ** 30 + i) * 3 // 7 - (i << 70) % 11
    b = [a / 3, 2.5 ** i, -i % 4.5, divmod(a, 97), pow(3, a, 1000003), complex(i, 2) ** 2]
    s = "héllo wörld 😀 %d" % i
    t = [s.upper(), s.split(), s.replace("l", "L"), s[::-1], s.encode(), s.find("w"), s.title()]
    f = "{:>10}|{:,.3f}|{!r}|{x[0]}".format(i, a / 7, s, x=[i]) + f"{i:#x}{a % 1000:_}"
    by = bytearray(b"abc") + bytes(i % 5)
    by.extend(range(10))
    by[1:3] = b"XYZ"
    r = [repr(1 / (i + 3)), str(2 ** 64 + i), hex(i), int("  %d  " % i), float("1_0.5"), round(2.675, 2)]
    bads = [lambda: 1 / 0, lambda: int("x"), lambda: "a" + 1, lambda: b"\\xff".decode("ascii"),
            lambda: "é".encode("ascii"), lambda: "{".format(), lambda: "%d" % "a", lambda: float("z"),
            lambda: (1).to_bytes(1, "middle"), lambda: "abc"[5], lambda: bytearray().pop(),
            lambda: 10 ** 400 / 3, lambda: str(10 ** 5000), lambda: complex("1+")]
    for bad in bads:
        try:
            bad()
        except Exception as e:
            r.append(str(e))
    return len(b) + len(t) + len(f) + len(by) + len(r)

for i in range(N):
    work(i)
`

describe("numbers and text through the interpreter", () => {
  it("leave no live blocks behind when a program is run repeatedly", () => {
    const out: string[] = []
    const host = {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void out.push(s),
      readFile: () => null,
      isDir: () => false,
      readLine: () => null,
      now: () => 0,
      monotonic: () => 0,
    }
    const it = new Interpreter({ host, argv: ["leak.py"] })
    const heap = it.rt.heap as SimpleHeap
    // Whatever one run of a module costs the vm, the growth must not depend on N.
    const growth = (n: number): number => {
      const src = PROGRAM.replace("range(N)", `range(${n})`)
      const counts: number[] = []
      for (let i = 0; i < 4; i++) {
        const st = it.run(src, "leak.py")
        if (st !== 0) throw new Error(out.join(""))
        counts.push(heap.liveBlocks)
      }
      return counts[3]! - counts[2]!
    }
    const g2 = growth(2)
    const g6 = growth(6)
    expect(out.join("")).toBe("")
    expect(g6).toBe(g2)
  })
})
