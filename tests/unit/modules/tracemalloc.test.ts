// _tracemalloc's bookkeeping, driven through the heap's own domains: which allocations
// become traces, how realloc and free change them, and the counters.

import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import type { PymallocHeap } from "../../../src/objects/heap.js"

function setup(): { it: Interpreter; heap: PymallocHeap } {
  const it = new Interpreter({})
  return { it, heap: it.rt.heap as PymallocHeap }
}

describe("tracemalloc traces", () => {
  test("allocations of every domain are traced with their requested size", () => {
    const { it, heap } = setup()
    const tm = it.tracemalloc
    tm.start(1)
    const a = heap.memMalloc(100)
    const b = heap.objMalloc(24)
    const c = heap.allocator.raw.malloc(5000)
    expect(tm.traceAt(a)?.size).toBe(100)
    expect(tm.traceAt(b)?.size).toBe(24)
    expect(tm.traceAt(c)?.size).toBe(5000)
    expect(tm.current).toBe(5124)
    expect(tm.peak).toBe(5124)
    heap.memFree(a)
    expect(tm.traceAt(a)).toBeUndefined()
    expect(tm.current).toBe(5024)
    expect(tm.peak).toBe(5124)
    heap.objFree(b)
    heap.allocator.raw.free(c)
    expect(tm.current).toBe(0)
  })

  test("with no Python frame running, the traceback is <unknown>:0", () => {
    const { it, heap } = setup()
    it.tracemalloc.start(3)
    const a = heap.memMalloc(8)
    expect(it.tracemalloc.traceAt(a)?.tb).toEqual({ frames: ["<unknown>", 0], total: 1 })
  })

  test("realloc: in place updates the trace, a move moves it, an untraced block gets one", () => {
    const { it, heap } = setup()
    const tm = it.tracemalloc
    const before = heap.memMalloc(40) // allocated before start(): never traced
    tm.start(1)
    const p = heap.memMalloc(40)
    const q = heap.memRealloc(p, 48) // same 48-byte class: stays
    expect(q).toBe(p)
    expect(tm.traceAt(p)?.size).toBe(48)
    const r = heap.memRealloc(q, 4000) // leaves pymalloc: moves
    expect(r).not.toBe(q)
    expect(tm.traceAt(q)).toBeUndefined()
    expect(tm.traceAt(r)?.size).toBe(4000)
    expect(tm.current).toBe(4000)
    const s = heap.memRealloc(before, 300)
    expect(tm.traceAt(s)?.size).toBe(300)
    expect(tm.current).toBe(4300)
    heap.memFree(r)
    heap.memFree(s)
    expect(tm.current).toBe(0)
    expect(tm.peak).toBe(4300)
  })

  test("frees of untraced blocks change nothing; stop and clear forget every trace", () => {
    const { it, heap } = setup()
    const tm = it.tracemalloc
    const old = heap.memMalloc(64)
    tm.start(1)
    const a = heap.memMalloc(10)
    heap.memFree(old)
    expect(tm.current).toBe(10)
    tm.clear()
    expect([tm.current, tm.peak]).toEqual([0, 0])
    expect(tm.traceAt(a)).toBeUndefined()
    const b = heap.memMalloc(20)
    expect(tm.current).toBe(20)
    tm.stop()
    expect(tm.tracing).toBe(false)
    expect(tm.traceAt(b)).toBeUndefined()
    heap.memFree(b)
    heap.memFree(a)
    expect([tm.current, tm.peak]).toEqual([0, 0])
  })

  test("a second start() keeps the first limit; the limit survives stop()", () => {
    const { it } = setup()
    const tm = it.tracemalloc
    tm.start(5)
    tm.start(2)
    expect(tm.maxNframe).toBe(5)
    tm.stop()
    expect(tm.maxNframe).toBe(5)
  })

  test("get_tracemalloc_memory follows CPython's three hash tables (624 bytes empty)", () => {
    const { it, heap } = setup()
    const tm = it.tracemalloc
    expect(tm.ownMemory()).toBe(624)
    tm.start(1)
    // With no Python frame, the shared <unknown> traceback is not interned (as CPython's
    // tracemalloc_empty_traceback): one trace entry, 32 bytes.
    const a = heap.memMalloc(8)
    expect(tm.ownMemory()).toBe(624 + 32)
    // Eight more: the traces table passes a load of 0.5 and rehashes to
    // round_size(9 / 0.3) = 32 buckets (+128 bytes).
    const more = Array.from({ length: 8 }, () => heap.memMalloc(8))
    expect(tm.ownMemory()).toBe(624 + 128 + 32 * 9)
    // Freed down to one entry (load under 0.1): back to 16 buckets.
    for (const p of more) heap.memFree(p)
    expect(tm.ownMemory()).toBe(624 + 32)
    heap.memFree(a)
    tm.stop()
    expect(tm.ownMemory()).toBe(624)
  })

  test("Python code gets its frames, most recent first, and the real depth", () => {
    // The trace is read while the program runs (its objects die with the module).
    let seen: unknown = null
    const it: Interpreter = new Interpreter({
      stdout: (s) => {
        if (s.trim() !== "") seen = it.tracemalloc.traceAt(Number(s.trim()))
      },
    })
    it.tracemalloc.start(2)
    const status = it.run(
      [
        "def inner():",
        "    return bytes(1000)",
        "def outer():",
        "    return inner()",
        "x = outer()",
        "print(id(x))",
      ].join("\n"),
      "t.py",
    )
    expect(status).toBe(0)
    // bytes objects are not GC objects: the block starts at id(x).
    expect(seen).toEqual({ size: 1033, tb: { frames: ["t.py", 2, "t.py", 4], total: 3 } })
  })

  test("random mallocs, reallocs, frees, clears and restarts agree with a model of the traces", () => {
    type Op =
      | { k: "malloc"; domain: 0 | 1 | 2; size: number }
      | { k: "realloc"; pick: number; size: number }
      | { k: "free"; pick: number }
      | { k: "clear" }
      | { k: "stop" }
      | { k: "start" }
      | { k: "resetPeak" }
    const size = fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 70_000 }))
    const op: fc.Arbitrary<Op> = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          k: fc.constant("malloc" as const),
          domain: fc.constantFrom(0 as const, 1 as const, 2 as const),
          size,
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({ k: fc.constant("realloc" as const), pick: fc.nat(), size }),
      },
      { weight: 4, arbitrary: fc.record({ k: fc.constant("free" as const), pick: fc.nat() }) },
      { weight: 1, arbitrary: fc.constant({ k: "clear" as const }) },
      { weight: 1, arbitrary: fc.constant({ k: "stop" as const }) },
      { weight: 1, arbitrary: fc.constant({ k: "start" as const }) },
      { weight: 1, arbitrary: fc.constant({ k: "resetPeak" as const }) },
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const { it, heap } = setup()
        const tm = it.tracemalloc
        const dom = [heap.allocator.raw, heap.allocator.mem, heap.allocator.object]
        tm.start(1)
        // Live blocks (address, domain) and the model: the traced ones and their sizes.
        const live: [number, 0 | 1 | 2][] = []
        const model = new Map<number, number>()
        let peak = 0
        const current = (): number => [...model.values()].reduce((a, b) => a + b, 0)
        for (const o of ops) {
          if (o.k === "malloc") {
            const a = dom[o.domain]!.malloc(o.size)
            live.push([a, o.domain])
            if (tm.tracing) model.set(a, o.size)
          } else if (o.k === "realloc" && live.length > 0) {
            const i = o.pick % live.length
            const [a, d] = live[i]!
            const b = dom[d]!.realloc(a, o.size)
            live[i] = [b, d]
            if (tm.tracing) {
              model.delete(a)
              model.set(b, o.size)
            }
          } else if (o.k === "free" && live.length > 0) {
            const [a, d] = live.splice(o.pick % live.length, 1)[0]!
            dom[d]!.free(a)
            model.delete(a)
          } else if (o.k === "clear") {
            if (tm.tracing) tm.clear()
            model.clear()
            peak = 0
          } else if (o.k === "stop") {
            tm.stop()
            model.clear()
            peak = 0
          } else if (o.k === "start") {
            tm.start(1)
          } else if (o.k === "resetPeak") {
            tm.peak = tm.current
            peak = current()
          }
          peak = Math.max(peak, current())
          expect(tm.current).toBe(tm.tracing ? current() : 0)
          if (tm.tracing) expect(tm.peak).toBe(peak)
          for (const [a] of live) expect(tm.traceAt(a)?.size).toBe(model.get(a))
        }
      }),
      { numRuns: 150 },
    )
  })
})
