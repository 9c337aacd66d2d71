// The stress test of issue 5: long random sequences of object creations,
// reference changes, deletions, weakref creations and collections on the real
// runtime (pymalloc heap, collector, weakrefs), checked after every collection
// against a reachability model computed independently of the collector.

import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { createAllocator } from "../../../src/memory/index.js"
import { PymallocHeap } from "../../../src/objects/heap.js"
import { createRuntime } from "../../../src/objects/bootstrap.js"
import type { PyObject } from "../../../src/objects/object.js"
import { allocObject, decref, freeObject } from "../../../src/objects/refcount.js"
import type { Runtime } from "../../../src/objects/runtime.js"
import { TypeFlags, type PyType } from "../../../src/objects/type.js"
import { newStaticType, readyType } from "../../../src/objects/typeobject.js"
import { gcTrack, gcUntrack } from "../../../src/objects/gcstate.js"
import { checkGenerations, collect, installCollector } from "../../../src/gc/collector.js"
import {
  handleWeakrefs,
  initWeakrefTypes,
  newWeakref,
  weakrefReferent,
} from "../../../src/gc/weakref.js"

type Op =
  | { kind: "new" }
  | { kind: "link"; from: number; to: number }
  | { kind: "unlink"; from: number }
  | { kind: "drop"; node: number }
  | { kind: "weakref"; node: number }
  | { kind: "collect"; generation: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Op>({ kind: "new" }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("link" as const), from: fc.nat(), to: fc.nat() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("unlink" as const), from: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("drop" as const), node: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("weakref" as const), node: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("collect" as const),
      generation: fc.integer({ min: 0, max: 2 }),
    }),
  },
)

interface Node {
  id: number
  obj: PyObject
  /** Owned references to other nodes, in order. */
  children: PyObject[]
}

function makeNodeType(rt: Runtime, finalized: Set<number>): PyType {
  const t = newStaticType(rt, "node", null, 32, 0, TypeFlags.HAVE_GC)
  t.weaklistoffset = 24
  // A finalizer that only records: the collector must call it only for
  // objects that are really unreachable (PEP 442).
  t.finalize = (_rt, o) => void finalized.add((o.v as Node).id)
  t.traverse = (o, visit) => {
    for (const c of (o.v as Node).children) visit(c)
  }
  t.clear = (rt2, o) => {
    const kids = (o.v as Node).children.splice(0)
    for (const c of kids) decref(rt2, c)
  }
  t.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    // (From dealloc CPython would call the finalizer first; the collector's
    // calls are what this test checks, so refcount deaths skip it.)
    rt2.hooks.clearWeakrefs?.(rt2, o)
    const kids = (o.v as Node).children.splice(0)
    for (let i = kids.length - 1; i >= 0; i--) decref(rt2, kids[i]!)
    freeObject(rt2, o)
  }
  readyType(rt, t)
  return t
}

function runScenario(ops: Op[]): void {
  const heap = new PymallocHeap(createAllocator())
  const rt = createRuntime(heap)
  const gc = installCollector(rt)
  gc.hooks.handleWeakrefs = handleWeakrefs
  initWeakrefTypes(rt)
  const finalizedIds = new Set<number>()
  const nodeType = makeNodeType(rt, finalizedIds)
  gc.generations[0]!.threshold = 7 // automatic collections happen too

  const nodes: Node[] = []
  /** Nodes the test holds a reference to (the roots of the model). */
  const roots = new Set<number>()
  /** Model edges: node id -> ids of its children, in order. */
  const edges = new Map<number, number[]>()
  const weakrefs: { wr: PyObject; target: number }[] = []
  const freed = new Set<number>()
  const byObj = new Map<PyObject, Node>()

  const reachable = (): Set<number> => {
    const seen = new Set<number>()
    const stack = [...roots]
    while (stack.length > 0) {
      const id = stack.pop()!
      if (seen.has(id)) continue
      seen.add(id)
      stack.push(...edges.get(id)!)
    }
    return seen
  }
  const check = (full: boolean): void => {
    const live = reachable()
    for (const n of nodes) {
      const alive = n.obj.addr !== 0
      if (live.has(n.id)) {
        expect(alive, `reachable node ${n.id} was freed`).toBe(true)
        expect(finalizedIds.has(n.id), `reachable node ${n.id} was finalized`).toBe(false)
      } else if (full)
        expect(alive, `unreachable node ${n.id} survived a full collection`).toBe(false)
      if (!alive) freed.add(n.id)
    }
    for (const { wr, target } of weakrefs) {
      if (freed.has(target)) expect(weakrefReferent(wr), "weakref to a freed object").toBe(null)
      else expect(weakrefReferent(wr)).toBe(nodes[target]!.obj)
    }
    checkGenerations(gc)
    heap.allocator.check()
  }

  for (const op of ops) {
    const pick = (i: number): Node | null => {
      const live = nodes.filter((n) => roots.has(n.id))
      return live.length === 0 ? null : live[i % live.length]!
    }
    switch (op.kind) {
      case "new": {
        const node: Node = { id: nodes.length, obj: null as unknown as PyObject, children: [] }
        node.obj = allocObject(rt, nodeType, 32, node, null)
        gcTrack(rt, node.obj)
        nodes.push(node)
        byObj.set(node.obj, node)
        roots.add(node.id)
        edges.set(node.id, [])
        break
      }
      case "link": {
        const a = pick(op.from)
        const b = pick(op.to)
        if (a === null || b === null) break
        b.obj.rc++
        a.children.push(b.obj)
        edges.get(a.id)!.push(b.id)
        break
      }
      case "unlink": {
        const a = pick(op.from)
        if (a === null || a.children.length === 0) break
        const c = a.children.shift()!
        edges.get(a.id)!.shift()
        decref(rt, c)
        break
      }
      case "drop": {
        const a = pick(op.node)
        if (a === null) break
        roots.delete(a.id)
        decref(rt, a.obj)
        break
      }
      case "weakref": {
        const a = pick(op.node)
        if (a === null) break
        const wr = newWeakref(rt, rt.t.weakref_ref!, a.obj, null)
        weakrefs.push({ wr, target: a.id })
        break
      }
      case "collect":
        collect(rt, gc, op.generation)
        check(op.generation === 2)
        break
    }
    // Refcount deaths happen at once: anything no longer reachable and not in
    // a cycle may already be gone, but nothing reachable ever is.
    const live = reachable()
    for (const n of nodes) if (live.has(n.id)) expect(n.obj.addr).not.toBe(0)
  }
  // Release everything: after a full collection the heap holds no node.
  for (const id of [...roots]) {
    roots.delete(id)
    decref(rt, nodes[id]!.obj)
  }
  collect(rt, gc, 2)
  check(true)
  for (const { wr } of weakrefs) decref(rt, wr)
  heap.allocator.check()
}

describe("collector stress (issue 5)", () => {
  it("never frees a reachable object and frees every unreachable one after a full collection", () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 20, maxLength: 300 }), (ops) => runScenario(ops)),
      { numRuns: 150 },
    )
  })
})
