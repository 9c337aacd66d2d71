// Leak checks: running the same code again in one interpreter must leave
// the number of live heap blocks unchanged after a warm-up run, so every
// reference the generated code takes (temporaries, arguments, frames,
// exceptions, generators) is released. (Classes are left out: a class is
// in reference cycles with its own MRO and methods, which only the cycle
// collector frees, in CPython too.)

import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { MemoryHost } from "../../../src/vm/host.js"
import { SimpleHeap } from "../../../src/vm/simple-heap.js"
import { compileSource, runCodeObject } from "../../../src/vm/run-code.js"
import { newDict, dictSetItem } from "../../../src/objects/dict.js"
import { newStr } from "../../../src/objects/str.js"
import { decref } from "../../../src/objects/refcount.js"

const PROGRAMS: Record<string, string> = {
  calls: `
def f(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)
for i in range(50):
    f(i, 1, 2, 3, c=4, d=5)
`,
  exceptions: `
def fail(n):
    raise ValueError(n)
for i in range(20):
    try:
        fail(i)
    except ValueError as e:
        msg = str(e)
    finally:
        pass
`,
  generators: `
def gen(n):
    for i in range(n):
        yield i
    return n
total = sum(gen(30))
g = gen(10)
next(g)
del g
def outer():
    r = yield from gen(3)
    yield r
for v in outer():
    pass
`,
  closures: `
def make(n):
    def inner():
        return n
    return inner
fs = [make(i) for i in range(20)]
total = 0
for f in fs:
    total += f()
`,
  comprehensions: `
d = {k: [v for v in range(k)] for k in range(10)}
s = {x % 3 for x in range(30)}
t = tuple(x * 2 for x in range(10))
a, *b = [1, 2, 3]
f"{a!r:>4}{b}"
`,
}

/**
 * Compiles `src` once and runs the code object `runs` times in one globals
 * dict (a fresh compile would allocate new constants each time, which code
 * objects keep for the interpreter's life); returns the live block counts.
 */
function liveBlocksAfterRuns(src: string, runs: number): number[] {
  const heap = new SimpleHeap()
  const it = new Interpreter({ host: new MemoryHost(), heap })
  const vm = it.vm
  const code = compileSource(vm, src, "<leak>", "exec")
  const globals = newDict(it.rt)
  dictSetItem(it.rt, globals, newStr(it.rt, "__name__"), newStr(it.rt, "__leak__"))
  const counts: number[] = []
  for (let i = 0; i < runs; i++) {
    decref(it.rt, runCodeObject(vm, code, globals, globals))
    counts.push(heap.liveBlocks)
  }
  return counts
}

describe("no leaks in generated code", () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    test(name, () => {
      const counts = liveBlocksAfterRuns(src, 4)
      expect(counts[3]).toBe(counts[2])
      expect(counts[2]).toBe(counts[1])
    })
  }
})
