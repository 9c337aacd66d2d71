// float: IEEE-754 doubles.
//
// Representation. `o.v` is the JS number; `o.w` is unused.
//
//   addr+0    ┌──────────────────┐
//             │ ob_refcnt        │
//   addr+8    │ ob_type          │
//   addr+16   │ ob_fval (double) │
//             └──────────────────┘   size 24
//
// Free list (3.11): up to 100 dead floats are kept, block and all, and reused
// LIFO by the next float, so `x = 1.5; i = id(x); del x; id(2.5) == i`. The
// list lives in rt.freelists.float; a full collection empties it
// (clearFloatFreeList). Subclass instances never go there.
//
// @cpython Objects/floatobject.c

import type { PyObject } from "./object.js"
import { allocObject, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"
import { TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** sizeof(PyFloatObject). */
export const FLOAT_SIZE = 24
/** PyFloat_MAXFREELIST. */
export const FLOAT_MAXFREELIST = 100

/** Returns a new reference to a float with value `x`, reusing a free-list block when one is left. */
export function newFloat(rt: Runtime, x: number): PyObject {
  const fl = rt.freelists.float!
  const o = fl.pop()
  if (o !== undefined) {
    o.rc = 1
    o.v = x
    return o
  }
  return allocObject(rt, rt.t.float, FLOAT_SIZE, x, null)
}

/** The value of a float (or float subclass instance). Borrowed; no checks. */
export function floatValue(o: PyObject): number {
  return o.v as number
}

/** PyFloat_Check. */
export function isFloat(rt: Runtime, o: PyObject): boolean {
  const t = o.type
  return t === rt.t.float || t.mro.includes(rt.t.float)
}

function floatDealloc(rt: Runtime, o: PyObject): void {
  const fl = rt.freelists.float!
  if (o.type === rt.t.float && fl.length < FLOAT_MAXFREELIST) {
    // The block stays allocated and the JS object waits to be reused (see the header).
    fl.push(o)
    return
  }
  freeObject(rt, o)
}

/** Frees every float waiting on the free list (a full collection does it, as 3.11's gc). */
export function clearFloatFreeList(rt: Runtime): number {
  const fl = rt.freelists.float!
  const n = fl.length
  let o: PyObject | undefined
  while ((o = fl.pop()) !== undefined) freeObject(rt, o)
  return n
}

/** Creates the float type and its free list. Slots and methods: see installFloatSlots. */
export function initFloatType(rt: Runtime): PyType {
  const flags = TypeFlags.BASETYPE | TypeFlags.MATCH_SELF
  const t = newStaticType(rt, "float", rt.t.object, FLOAT_SIZE, 0, flags)
  t.dealloc = floatDealloc
  rt.t.float = t
  rt.freelists.float = []
  return t
}
