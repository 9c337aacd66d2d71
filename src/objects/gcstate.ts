// The hook point between containers and the cycle collector: track, untrack,
// is-tracked (CPython's _PyObject_GC_TRACK / _PyObject_GC_UNTRACK /
// _PyObject_GC_IS_TRACKED).
//
// Until the gc layer installs its generations, tracked objects are linked into
// one circular doubly-linked list through `gcNext`/`gcPrev`, anchored at a
// sentinel that belongs to the Runtime:
//
//   rt.gcHead ─► sentinel ⇄ obj1 ⇄ obj2 ⇄ … ⇄ objN ⇄ (back to sentinel)
//
// Invariant (tracking). An object is tracked iff its `gcNext` is not null;
// then `gcNext.gcPrev === o` and `gcPrev.gcNext === o`. checkGcList() asserts it.
// The gc layer may replace these functions' list with its young generation;
// containers only ever call the three functions below.

import { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"

/** The list head tracked objects are appended to (gen 0 once the gc layer exists). */
export function gcListHead(rt: Runtime): PyObject {
  let head = rt.gcHead
  if (head === null) {
    head = new PyObject(null as unknown as PyType, 0, null, null)
    head.gcNext = head
    head.gcPrev = head
    rt.gcHead = head
  }
  return head
}

/** _PyObject_GC_TRACK: appends `o` to the young list. Tracking twice is a heapscope bug. */
export function gcTrack(rt: Runtime, o: PyObject): void {
  if (o.gcNext !== null) throw new Error(`heapscope: object already tracked by the GC`)
  const head = gcListHead(rt)
  const last = head.gcPrev as PyObject
  last.gcNext = o
  o.gcPrev = last
  o.gcNext = head
  head.gcPrev = o
}

/** _PyObject_GC_UNTRACK (PyObject_GC_UnTrack: untracking an untracked object is allowed). */
export function gcUntrack(_rt: Runtime, o: PyObject): void {
  const next = o.gcNext
  if (next === null) return
  const prev = o.gcPrev as PyObject
  prev.gcNext = next
  next.gcPrev = prev
  o.gcNext = null
  o.gcPrev = null
}

/** _PyObject_GC_IS_TRACKED (gc.is_tracked). */
export function isTracked(o: PyObject): boolean {
  return o.gcNext !== null
}

/**
 * _PyObject_GC_MAY_BE_TRACKED: whether storing `o` in a dict must track the dict.
 * True for GC objects, except tuples that are not (yet) tracked.
 */
export function mayBeTracked(rt: Runtime, o: PyObject): boolean {
  if (!o.type.isGC) return false
  if (o.type === rt.t.tuple) return o.gcNext !== null
  return true
}

/** Checks the tracking invariant over the whole list; returns the number of tracked objects. */
export function checkGcList(rt: Runtime): number {
  const head = gcListHead(rt)
  let n = 0
  for (let o = head.gcNext as PyObject; o !== head; o = o.gcNext as PyObject) {
    if ((o.gcNext as PyObject).gcPrev !== o || (o.gcPrev as PyObject).gcNext !== o)
      throw new Error("heapscope: broken GC list links")
    n++
  }
  return n
}
