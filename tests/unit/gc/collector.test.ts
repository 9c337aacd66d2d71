import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { decref } from "../../../src/objects/refcount.js"
import type { PyObject } from "../../../src/objects/object.js"
import {
  checkGenerations,
  collect,
  freeze,
  GCDebug,
  trackedObjects,
  unfreeze,
} from "../../../src/gc/collector.js"
import { makeWorld, nameOf } from "./fake-objects.js"

describe("cycle collector", () => {
  it("frees a two-object cycle and reports 2, like gc.collect()", () => {
    const w = makeWorld()
    const a = w.make("a")
    const b = w.make("b")
    w.link(a, b)
    w.link(b, a)
    decref(w.rt, a)
    decref(w.rt, b)
    expect(w.freed).toEqual([])
    expect(collect(w.rt, w.gc, 2)).toBe(2)
    expect(w.freed.sort()).toEqual(["a", "b"])
    expect(w.heap.live.size).toBe(0)
    expect(checkGenerations(w.gc)).toBe(0)
  })

  it("frees a self-referencing object and keeps what is reachable", () => {
    const w = makeWorld()
    const self = w.make("self")
    w.link(self, self)
    const root = w.make("root")
    const child = w.make("child")
    w.link(root, child)
    w.link(child, root) // a cycle that is still referenced from outside (root)
    decref(w.rt, self)
    decref(w.rt, child)
    expect(collect(w.rt, w.gc, 2)).toBe(1)
    expect(w.freed).toEqual(["self"])
    expect(trackedObjects(w.gc, null).map(nameOf).sort()).toEqual(["child", "root"])
    decref(w.rt, root)
    expect(collect(w.rt, w.gc, 2)).toBe(2)
    expect(w.heap.live.size).toBe(0)
  })

  it("counts collections into the next generation and promotes survivors", () => {
    const w = makeWorld()
    const keep = w.make("keep")
    collect(w.rt, w.gc, 0)
    expect(w.gc.generations.map((g) => g.count)).toEqual([0, 1, 0])
    expect(trackedObjects(w.gc, 1).map(nameOf)).toEqual(["keep"])
    collect(w.rt, w.gc, 1)
    expect(w.gc.generations.map((g) => g.count)).toEqual([0, 0, 1])
    expect(trackedObjects(w.gc, 2).map(nameOf)).toEqual(["keep"])
    collect(w.rt, w.gc, 2)
    expect(w.gc.generations.map((g) => g.count)).toEqual([0, 0, 0])
    expect(w.gc.stats.map((s) => s.collections)).toEqual([1, 1, 1])
    decref(w.rt, keep)
  })

  it("collects automatically when generation 0 passes its threshold (3.11: inside the allocation)", () => {
    const w = makeWorld()
    w.gc.generations[0]!.threshold = 10
    const starts: number[] = []
    w.gc.hooks.onCollect = (_rt, phase, info) => {
      if (phase === "start") starts.push(w.gc.generations[0]!.count + 0 * info.generation)
    }
    for (let i = 0; i < 25; i++) {
      const a = w.make(`a${i}`)
      w.link(a, a)
      decref(w.rt, a)
    }
    // The 11th and 22nd allocations trigger a collection (count > threshold).
    expect(w.gc.stats[0]!.collections).toBe(2)
    expect(w.gc.stats[0]!.collected).toBe(21)
  })

  it("runs finalizers once, before any tp_clear, and keeps resurrected objects (PEP 442)", () => {
    const w = makeWorld()
    let saved: PyObject | null = null
    const a = w.make("a", {
      finalizer: (o) => {
        o.rc++
        saved = o // resurrect
      },
    })
    const b = w.make("b", { finalizer: () => {} })
    w.link(a, b)
    w.link(b, a)
    decref(w.rt, a)
    decref(w.rt, b)
    expect(collect(w.rt, w.gc, 2)).toBe(0)
    expect(w.finalized).toEqual(["a", "b"])
    expect(w.freed).toEqual([])
    // Release the resurrected object: the cycle is garbage again, and no finalizer runs twice.
    decref(w.rt, saved!)
    expect(collect(w.rt, w.gc, 2)).toBe(2)
    expect(w.finalized).toEqual(["a", "b"])
    expect(w.freed.sort()).toEqual(["a", "b"])
  })

  it("does not count objects a finalizer frees by breaking the cycle", () => {
    const w = makeWorld()
    const a = w.make("a")
    const b = w.make("b", { finalizer: (o) => w.unlink(o, a) })
    w.link(a, b)
    w.link(b, a)
    decref(w.rt, a)
    decref(w.rt, b)
    expect(collect(w.rt, w.gc, 2)).toBe(0)
    expect(w.freed.sort()).toEqual(["a", "b"])
  })

  it("saves the garbage instead of freeing it under DEBUG_SAVEALL", () => {
    const w = makeWorld()
    const saved: string[] = []
    w.gc.debug = GCDebug.SAVEALL
    w.gc.hooks.saveGarbage = (_rt, o) => {
      o.rc++
      saved.push(nameOf(o))
    }
    const a = w.make("a")
    w.link(a, a)
    decref(w.rt, a)
    expect(collect(w.rt, w.gc, 2)).toBe(1)
    expect(saved).toEqual(["a"])
    expect(w.freed).toEqual([])
    expect(trackedObjects(w.gc, 2).map(nameOf)).toEqual(["a"])
  })

  it("prints CPython's DEBUG_STATS and DEBUG_COLLECTABLE lines", () => {
    const w = makeWorld()
    let err = ""
    w.gc.hooks.writeStderr = (_rt, t) => void (err += t)
    w.gc.debug = GCDebug.STATS | GCDebug.COLLECTABLE
    const a = w.make("a")
    w.link(a, a)
    const addr = a.addr
    decref(w.rt, a)
    collect(w.rt, w.gc, 2)
    expect(err).toBe(
      "gc: collecting generation 2...\n" +
        "gc: objects in each generation: 1 0 0\n" +
        "gc: objects in permanent generation: 0\n" +
        `gc: collectable <node 0x${addr.toString(16)}>\n` +
        "gc: done, 1 unreachable, 0 uncollectable, 0.0000s elapsed\n",
    )
  })

  it("never collects frozen objects until they are unfrozen", () => {
    const w = makeWorld()
    const a = w.make("a")
    w.link(a, a)
    freeze(w.gc)
    decref(w.rt, a)
    expect(collect(w.rt, w.gc, 2)).toBe(0)
    unfreeze(w.gc)
    expect(collect(w.rt, w.gc, 2)).toBe(1)
  })

  it("treats frozen objects as outside the collection (model check, both walks)", () => {
    // With nothing frozen a full collection computes gc_refs in one walk; with
    // a frozen part it takes CPython's two passes. Both must agree with the model.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.nat(20),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (n, frozenCount, edges, rooted) => {
          const w = makeWorld()
          const k = Math.min(frozenCount, n)
          const objs: PyObject[] = []
          for (let i = 0; i < n; i++) {
            if (i === k && k > 0) freeze(w.gc) // objects 0..k-1 are frozen
            objs.push(w.make(`o${i}`))
          }
          if (k === n) freeze(w.gc)
          const adj: number[][] = objs.map(() => [])
          for (const [x, y] of edges) {
            const a = x % n
            const b = y % n
            w.link(objs[a]!, objs[b]!)
            adj[a]!.push(b)
          }
          for (let i = 0; i < n; i++) if (!rooted[i]) decref(w.rt, objs[i]!)
          const closure = (start: number[]): Set<number> => {
            const seen = new Set<number>()
            const stack = [...start]
            while (stack.length > 0) {
              const i = stack.pop()!
              if (seen.has(i)) continue
              seen.add(i)
              stack.push(...adj[i]!)
            }
            return seen
          }
          const all = [...Array(n).keys()]
          // Frozen objects are not examined: their references count as
          // external ones, so the garbage is what neither the roots nor a
          // live frozen object reach. (Refcounting frees frozen objects as
          // any other, also when the garbage was all that held them.)
          const dead = new Set(w.freed)
          const alive = all.filter((i) => !dead.has(`o${i}`))
          const kept = closure(all.filter((i) => rooted[i] || (i < k && !dead.has(`o${i}`))))
          const garbage = alive.filter((i) => i >= k && !kept.has(i))
          expect(collect(w.rt, w.gc, 2)).toBe(garbage.length)
          const model = closure(all.filter((i) => rooted[i]))
          const freed = new Set(w.freed)
          for (const i of model) expect(freed.has(`o${i}`)).toBe(false)
          unfreeze(w.gc)
          collect(w.rt, w.gc, 2)
          expect(w.heap.live.size).toBe(model.size)
          expect(checkGenerations(w.gc)).toBe(model.size)
        },
      ),
      { numRuns: 200 },
    )
  })

  it("frees exactly the unreachable objects of random graphs (model check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 5 }),
        (n, edges, rooted, gens) => {
          const w = makeWorld()
          const objs = Array.from({ length: n }, (_, i) => w.make(`o${i}`))
          const adj: number[][] = objs.map(() => [])
          for (const [x, y] of edges) {
            const a = x % n
            const b = y % n
            w.link(objs[a]!, objs[b]!)
            adj[a]!.push(b)
          }
          // Young collections in between must never free anything reachable.
          for (const g of gens) collect(w.rt, w.gc, g)
          // Drop the external references of the unrooted objects.
          for (let i = 0; i < n; i++) if (!rooted[i]) decref(w.rt, objs[i]!)
          for (const g of gens) {
            collect(w.rt, w.gc, g)
            checkGenerations(w.gc)
          }
          collect(w.rt, w.gc, 2)
          // Model: reachable = closure of the rooted objects.
          const reach = new Set<number>()
          const stack = [...Array(n).keys()].filter((i) => rooted[i])
          while (stack.length > 0) {
            const i = stack.pop()!
            if (reach.has(i)) continue
            reach.add(i)
            stack.push(...adj[i]!)
          }
          const alive = new Set(trackedObjects(w.gc, null).map(nameOf))
          for (let i = 0; i < n; i++) {
            expect(alive.has(`o${i}`)).toBe(reach.has(i))
            if (reach.has(i)) expect(objs[i]!.rc).toBeGreaterThan(0)
          }
          expect(w.heap.live.size).toBe(reach.size)
          expect(checkGenerations(w.gc)).toBe(reach.size)
        },
      ),
      { numRuns: 300 },
    )
  })
})
