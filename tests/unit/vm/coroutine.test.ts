// (The classes are made once: a class is in reference cycles with its own
// MRO and methods, which only the cycle collector frees.)
//
// Coroutines, async generators and the never-awaited warning, at the level of
// the vm: the code flags and shapes the code generator produces, no leaked
// references when coroutine code runs again and again, and the warning's
// format for code without a source file (what `python3 -c` prints).

import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { MemoryHost } from "../../../src/vm/host.js"
import { SimpleHeap } from "../../../src/vm/simple-heap.js"
import { compileSource, runCodeObject } from "../../../src/vm/run-code.js"
import { CO, CodeObject } from "../../../src/vm/code.js"
import { newDict, dictSetItem } from "../../../src/objects/dict.js"
import { newStr } from "../../../src/objects/str.js"
import { decref } from "../../../src/objects/refcount.js"

function run(src: string, filename = "<string>"): { out: string; err: string; status: number } {
  let out = ""
  let err = ""
  const it = new Interpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) })
  const status = it.run(src, filename)
  return { out, err, status }
}

function codeOf(src: string, name: string): CodeObject {
  const it = new Interpreter({ host: new MemoryHost() })
  const code = compileSource(it.vm, src, "<test>", "exec")
  const c = code.consts.find((k) => k instanceof CodeObject && k.name === name)
  if (!(c instanceof CodeObject)) throw new Error(`no code object ${name}`)
  return c
}

describe("code generation for async code", () => {
  test("coroutines and async generators are JS generator functions with CPython's flags", () => {
    const co = codeOf("async def f():\n    await g()\n", "f")
    expect(co.isGenerator).toBe(true)
    expect(co.flags & (CO.COROUTINE | CO.GENERATOR | CO.ASYNC_GENERATOR)).toBe(CO.COROUTINE)
    expect(co.source).toContain("function* py_f")
    // await: GET_AWAITABLE then the send loop, which records the awaited object in F.yf.
    expect(co.source).toContain("getAwaitable(")
    expect(co.source).toContain("F.yf = ")
    const ag = codeOf("async def f():\n    yield 1\n", "f")
    expect(ag.flags & (CO.COROUTINE | CO.GENERATOR | CO.ASYNC_GENERATOR)).toBe(CO.ASYNC_GENERATOR)
    // yield in an async generator hands out a wrapped value.
    expect(ag.source).toContain("asyncGenWrap(")
  })

  test("the temporaries of a suspended body are visible to the collector", () => {
    const co = codeOf("async def f(a):\n    return [a, await g()]\n", "f")
    const owned = co.source.split("\n").find((l) => l.includes("F.owned = "))
    expect(owned).toBeDefined()
    expect(owned).toContain("v_a")
    expect(owned).toContain("t0")
  })
})

describe("no leaks in coroutine code", () => {
  const PROGRAMS: Record<string, string> = {
    awaits: `
if "W" not in globals():
    class W:
        def __await__(self):
            return (yield self)
async def inner(x):
    return await W(), x
async def outer(n):
    return [await inner(i) for i in range(n)]
c = outer(5)
try:
    c.send(None)
    while True:
        c.send(1)
except StopIteration as e:
    r = e.value
unstarted = inner([1])
unstarted.close()
`,
    asyncgens: `
if "A" not in globals():
    class A:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 3: raise StopAsyncIteration
            return self.i
    class M:
        async def __aenter__(self): return self
        async def __aexit__(self, *a): return True
async def ag():
    async for x in A():
        yield x
async def main():
    async with M():
        out = [x async for x in ag()]
        raise ValueError(out)
    g = ag()
    await g.__anext__()
    await g.aclose()
c = main()
try:
    c.send(None)
except StopIteration:
    pass
`,
  }
  for (const [name, src] of Object.entries(PROGRAMS)) {
    test(name, () => {
      const heap = new SimpleHeap()
      const it = new Interpreter({ host: new MemoryHost(), heap })
      const code = compileSource(it.vm, src, "<leak>", "exec")
      const globals = newDict(it.rt)
      dictSetItem(it.rt, globals, newStr(it.rt, "__name__"), newStr(it.rt, "__leak__"))
      const counts: number[] = []
      for (let i = 0; i < 4; i++) {
        decref(it.rt, runCodeObject(it.vm, code, globals, globals))
        counts.push(heap.liveBlocks)
      }
      expect(counts[3]).toBe(counts[2])
      expect(counts[2]).toBe(counts[1])
    })
  }
})

describe("never awaited", () => {
  // python3 -c $'async def f(): pass\nf()\nf()\nprint(1)' prints to stderr:
  test("code without a source file shows no source line", () => {
    const r = run("async def f(): pass\nf()\nf()\nprint(1)\n")
    expect(r.out).toBe("1\n")
    expect(r.err).toBe(
      "<string>:2: RuntimeWarning: coroutine 'f' was never awaited\n" +
        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n" +
        "<string>:3: RuntimeWarning: coroutine 'f' was never awaited\n" +
        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
    )
  })

  test("a closed, an awaited or a started coroutine does not warn", () => {
    const r = run(
      "async def f(): pass\nc = f()\nc.close()\ndel c\nc = f()\ntry:\n    c.send(None)\nexcept StopIteration:\n    pass\ndel c\n",
    )
    expect(r.err).toBe("")
  })

  test("the warning goes through sys.stderr", () => {
    const r = run("import sys\nsys.stderr = sys.stdout\nasync def f(): pass\nf()\n", "prog.py")
    expect(r.err).toBe("")
    expect(r.out).toContain("prog.py:4: RuntimeWarning: coroutine 'f' was never awaited\n  f()\n")
  })
})
