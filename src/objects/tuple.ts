// tuple: an immutable array of owned references.
//
// Representation. `o.v` is the JS array of items (owned references, length
// fixed at creation); `o.w` is unused. The block holds the items inline in
// CPython, so the object's size grows with its length:
//
//            ┌──────────────────────┐
//   addr-16  │ PyGC_Head            │  tuple is a GC type
//   addr+0   │ ob_refcnt            │
//   addr+8   │ ob_type              │
//   addr+16  │ ob_size (n)          │
//   addr+24  │ ob_item[0] … [n-1]   │  8 bytes each
//            └──────────────────────┘   getsizeof = 16 + 24 + 8n
//
// `()` is a static singleton (never tracked, never freed). Other tuples are
// tracked at creation; the collector untracks those holding only atomic
// objects (cpython-memory.md §5.4), which is why `gc.is_tracked((1, 2))`
// turns False after a collection.
//
// Free lists (3.11): one per size 1..20, up to 2000 dead tuples each, exact
// tuples only. A freed tuple keeps its block, so the next tuple of the same
// size gets the same id(); reuse bypasses the GC allocation counts.
//
// Invariant (tuple). For every live tuple t: t.v.length is its len, every
// item is a live object with rc >= 1, and t.rc counts t's owners only.
//
// @cpython Objects/tupleobject.c

import { PyObject } from "./object.js"
import { allocObject, decref, freeObject, trashcanDealloc } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStaticObject } from "./static.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** tp_basicsize / tp_itemsize of tuple. */
export const TUPLE_BASICSIZE = 24
export const TUPLE_ITEMSIZE = 8
/** PyTuple_NFREELISTS and PyTuple_MAXFREELIST. */
export const TUPLE_NFREELISTS = 20
export const TUPLE_MAXFREELIST = 2000

/** The rt.freelists key of the free list for tuples of size n (1..20). */
const FREELIST_KEYS: readonly string[] = Array.from({ length: TUPLE_NFREELISTS + 1 }, (_, n) =>
  n === 0 ? "" : `tuple${n}`,
)

/**
 * Returns a new tuple holding `items`; STEALS the references in `items` and
 * takes over the array itself (the caller must not touch it afterwards).
 * An empty array gives `()`.
 */
export function newTuple(rt: Runtime, items: PyObject[]): PyObject {
  const n = items.length
  if (n === 0) {
    const e = rt.emptyTuple
    e.rc++
    return e
  }
  let o: PyObject
  if (n <= TUPLE_NFREELISTS) {
    const fl = rt.freelists[FREELIST_KEYS[n]!]
    const dead = fl !== undefined ? fl.pop() : undefined
    if (dead !== undefined) {
      // Reuse the block (and so the id) of a dead tuple of the same size.
      o = new PyObject(rt.t.tuple, dead.addr, items, null)
      dead.addr = 0
    } else {
      o = allocObject(rt, rt.t.tuple, TUPLE_BASICSIZE + TUPLE_ITEMSIZE * n, items, null)
    }
  } else {
    o = allocObject(rt, rt.t.tuple, TUPLE_BASICSIZE + TUPLE_ITEMSIZE * n, items, null)
  }
  gcTrack(rt, o)
  return o
}

/** _PyTuple_FromArraySteal: same as newTuple (steals the items and the array). */
export const tupleFromArray = newTuple

/** _PyTuple_FromArray: a new tuple of `items` (borrowed: each item is increfed, the array copied). */
export function tupleFromBorrowed(rt: Runtime, items: readonly PyObject[]): PyObject {
  const copy = items.slice()
  for (let i = 0; i < copy.length; i++) copy[i]!.rc++
  return newTuple(rt, copy)
}

/** PyTuple_Pack: a new tuple of the given objects (borrowed). */
export function tuplePack(rt: Runtime, ...items: PyObject[]): PyObject {
  for (let i = 0; i < items.length; i++) items[i]!.rc++
  return newTuple(rt, items)
}

/** The items of a tuple (borrowed; do not mutate). */
export function tupleItems(t: PyObject): PyObject[] {
  return t.v as PyObject[]
}

/** PyTuple_Check: tuple or a subclass. */
export function isTuple(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.TUPLE_SUBCLASS) !== 0
}

/** tp_dealloc: items are released last first, then the block goes to the free list or the heap. */
function tupleDealloc(rt: Runtime, o: PyObject): void {
  if (o === rt.emptyTuple)
    throw new Error("heapscope internal error: deallocating the () singleton")
  gcUntrack(rt, o)
  trashcanDealloc(rt, o, tupleDeallocBody)
}

function tupleDeallocBody(rt: Runtime, o: PyObject): void {
  const items = o.v as PyObject[]
  const n = items.length
  for (let i = n - 1; i >= 0; i--) decref(rt, items[i]!)
  o.v = null
  if (n <= TUPLE_NFREELISTS && o.type === rt.t.tuple) {
    const key = FREELIST_KEYS[n]!
    let fl = rt.freelists[key]
    if (fl === undefined) fl = rt.freelists[key] = []
    if (fl.length < TUPLE_MAXFREELIST) {
      fl.push(o)
      return
    }
  }
  freeObject(rt, o)
}

/** Empties the tuple free lists (a full collection does it); returns the number of blocks freed. */
export function clearTupleFreeLists(rt: Runtime): number {
  let n = 0
  for (let size = 1; size <= TUPLE_NFREELISTS; size++) {
    const fl = rt.freelists[FREELIST_KEYS[size]!]
    if (fl === undefined) continue
    let dead: PyObject | undefined
    while ((dead = fl.pop()) !== undefined) {
      freeObject(rt, dead)
      n++
    }
  }
  return n
}

/** tp_traverse: items from the last to the first (gc.get_referents((a, b)) is [b, a]). */
function tupleTraverse(o: PyObject, visit: (child: PyObject) => void): void {
  const items = o.v as PyObject[]
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]!)
}

/**
 * Creates the tuple type and the `()` singleton. Called by bootstrap once
 * `type` and `object` exist; the methods and operators are added by
 * installTupleMethods (tupleops.ts) once str, int and the descriptors exist.
 */
export function initTupleType(rt: Runtime): void {
  const flags =
    TypeFlags.BASETYPE | TypeFlags.HAVE_GC | TypeFlags.TUPLE_SUBCLASS | TypeFlags.MATCH_SELF
  const t = newStaticType(rt, "tuple", null, TUPLE_BASICSIZE, TUPLE_ITEMSIZE, flags)
  t.dealloc = tupleDealloc
  t.traverse = tupleTraverse
  t.isSequence = true
  rt.t.tuple = t
  // `()` lives in the static segment with its GC header (the header is part of the static object).
  const e = newStaticObject(rt, t, 16 + TUPLE_BASICSIZE, [], null)
  e.addr += 16
  rt.emptyTuple = e
}
