// Leak check through the whole runtime: running the same container-heavy
// program again and again in one interpreter must not make the number of
// live heap blocks grow once the free lists and caches are warm.

import { describe, expect, it } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import type { PymallocHeap } from "../../../src/objects/heap.js"
import { clearContainerFreeLists } from "../../../src/objects/containers.js"

const PROGRAM = `
def work():
    l = [i * 3 for i in range(200)]
    l.sort(key=lambda x: -x)
    l[10:20] = [1, 2]
    del l[::3]
    l *= 2
    t = tuple(l) + (1, 2)
    d = {str(i): i for i in range(100)}
    d.update(zip(range(50), range(50)))
    for k in list(d)[::2]:
        del d[k]
    d2 = dict(d)
    d2 |= {"x": []}
    s = set(range(300)) - set(range(0, 300, 2))
    s ^= {1, 2, 3}
    f = frozenset(s) & s
    r = list(reversed(range(10, 0, -2)))
    v = sorted(map(str, d.items()))[:5], list(d.keys() & {"1", "3"}), hash((1, "a", f))
    try:
        d["missing"]
    except KeyError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    return len(l) + len(t) + len(d2) + len(s) + len(f) + len(r) + len(v)
for _ in range(N):
    work()
`

describe("containers through the interpreter", () => {
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
    const heap = it.rt.heap as PymallocHeap
    // Whatever one run of a module costs the vm, it costs it whether work()
    // runs 2 or 6 times: the per-run growth must not depend on the calls.
    const growth = (n: number): number => {
      const src = PROGRAM.replace("range(N)", `range(${n})`)
      const counts: number[] = []
      for (let i = 0; i < 4; i++) {
        const st = it.run(src, "leak.py")
        if (st !== 0) throw new Error(out.join(""))
        // Free lists fill up to their caps as calls go on; empty them before counting.
        clearContainerFreeLists(it.rt)
        counts.push(heap.allocator.stats().allocatedBlocks)
      }
      return counts[3]! - counts[2]!
    }
    const g2 = growth(2)
    const g6 = growth(6)
    expect(out.join("")).toBe("")
    expect(g6).toBe(g2)
  })
})
