// A minimal object world for testing the collector on its own: one GC type
// "node" whose instances hold an array of owned references, an optional
// finalizer, and a bump-pointer heap that records every free.

import type { ObjectHeap } from "../../../src/objects/heap.js"
import { PyObject } from "../../../src/objects/object.js"
import { allocObject, decref, freeObject } from "../../../src/objects/refcount.js"
import { Runtime } from "../../../src/objects/runtime.js"
import { PyType, TypeFlags } from "../../../src/objects/type.js"
import { installCollector, type GCState } from "../../../src/gc/collector.js"
import { gcTrack, gcUntrack } from "../../../src/objects/gcstate.js"

export class TestHeap implements ObjectHeap {
  next = 0x7f0000001000
  live = new Set<number>()
  objMalloc(size: number): number {
    const a = this.next
    this.next += Math.ceil(size / 16) * 16
    this.live.add(a)
    return a
  }
  objFree(addr: number): void {
    if (!this.live.delete(addr)) throw new Error(`double free of 0x${addr.toString(16)}`)
  }
  memMalloc(size: number): number {
    return this.objMalloc(size)
  }
  memRealloc(addr: number, size: number): number {
    this.objFree(addr)
    return this.objMalloc(size)
  }
  memFree(addr: number): void {
    this.objFree(addr)
  }
}

export interface World {
  rt: Runtime
  gc: GCState
  heap: TestHeap
  node: PyType
  /** Names of objects in the order they were freed. */
  freed: string[]
  /** Names of objects in the order their finalizer ran. */
  finalized: string[]
  /** Creates a tracked node (refcount 1, owned by the caller). */
  make(name: string, opts?: { finalizer?: (o: PyObject) => void }): PyObject
  /** Makes `from` hold a new reference to `to`. */
  link(from: PyObject, to: PyObject): void
  /** Drops the reference `from` holds to `to` (the first one). */
  unlink(from: PyObject, to: PyObject): void
}

interface NodeData {
  name: string
  children: PyObject[]
  finalizer: ((o: PyObject) => void) | null
}

export function makeWorld(): World {
  const heap = new TestHeap()
  const rt = new Runtime(heap)
  const gc = installCollector(rt)
  const meta = new PyType(null, "type", null, 0, 0, 0)
  const node = new PyType(meta, "node", null, 32, 0, TypeFlags.HAVE_GC)
  // The collector asks for the exact tuple and dict types; give it distinct dummies.
  rt.t.tuple = new PyType(meta, "tuple", null, 24, 8, TypeFlags.HAVE_GC)
  rt.t.dict = new PyType(meta, "dict", null, 48, 0, TypeFlags.HAVE_GC)
  const freed: string[] = []
  const finalized: string[] = []
  node.traverse = (o, visit) => {
    for (const c of (o.v as NodeData).children) visit(c)
  }
  node.clear = (rt, o) => {
    const data = o.v as NodeData
    const kids = data.children
    data.children = []
    for (const c of kids) decref(rt, c)
  }
  node.finalize = (_rt, o) => {
    const data = o.v as NodeData
    if (data.finalizer !== null) {
      finalized.push(data.name)
      data.finalizer(o)
    }
  }
  node.dealloc = (rt, o) => {
    const data = o.v as NodeData
    gcUntrack(rt, o)
    if (data.finalizer !== null && (o.gcFlags & 1) === 0) {
      // PEP 442 from dealloc: finalize once, with a temporary reference.
      o.gcFlags |= 1
      o.rc = 1
      node.finalize!(rt, o)
      if (--o.rc > 0) {
        gcTrack(rt, o) // resurrected
        return
      }
    }
    const kids = data.children
    data.children = []
    for (let i = kids.length - 1; i >= 0; i--) decref(rt, kids[i]!)
    freed.push(data.name)
    freeObject(rt, o)
  }
  return {
    rt,
    gc,
    heap,
    node,
    freed,
    finalized,
    make(name, opts) {
      const data: NodeData = { name, children: [], finalizer: opts?.finalizer ?? null }
      const o = allocObject(rt, node, 32, data, null)
      gcTrack(rt, o)
      return o
    },
    link(from, to) {
      to.rc++
      ;(from.v as NodeData).children.push(to)
    },
    unlink(from, to) {
      const kids = (from.v as NodeData).children
      const i = kids.indexOf(to)
      if (i < 0) throw new Error("no such link")
      kids.splice(i, 1)
      decref(rt, to)
    },
  }
}

export function nameOf(o: PyObject): string {
  return (o.v as NodeData).name
}
