// slice: the object `a[i:j:k]` builds, and the index arithmetic every
// sequence uses to apply one.
//
//            ┌──────────────┐
//   addr-16  │ PyGC_Head    │  slice is a GC type (getsizeof 56)
//   addr+0   │ ob_refcnt    │
//   addr+8   │ ob_type      │
//   addr+16  │ start        │  `o.v` = [start, stop, step], owned references
//   addr+24  │ stop         │  (None for an omitted part)
//   addr+32  │ step         │
//            └──────────────┘
//
// 3.11 keeps one freed slice aside (interp->slice_cache) and hands it to the
// next slice made, so `id(slice(1, 2))` repeats. Slices are unhashable in 3.11.
//
// @cpython Objects/sliceobject.c

import { asSsize, reprString, richCompare } from "./abstract.js"
import { defineMethods, defineGetSets } from "./descr.js"
import { valueError, typeError } from "./errors.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { newInt } from "./int.js"
import { PyObject } from "./object.js"
import { allocObject, reviveObject, decref, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { PY_SSIZE_T_MAX } from "./sequtil.js"
import { newStr } from "./str.js"
import { newTuple } from "./tuple.js"
import type { CompareOp } from "./type.js"
import { TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** tp_basicsize of slice. */
export const SLICE_BASICSIZE = 40

/** A slice unpacked to machine integers (PySlice_Unpack + PySlice_AdjustIndices). */
export interface SliceIndices {
  start: number
  stop: number
  step: number
  /** Number of items the slice selects. */
  length: number
}

/** PySlice_New: a new slice; the parts are borrowed (null means None). */
export function newSlice(
  rt: Runtime,
  start: PyObject | null,
  stop: PyObject | null,
  step: PyObject | null,
): PyObject {
  const s = start ?? rt.None
  const e = stop ?? rt.None
  const st = step ?? rt.None
  s.rc++
  e.rc++
  st.rc++
  const parts = [s, e, st]
  const cached = rt.freelists.slice?.pop()
  let o: PyObject
  if (cached !== undefined) {
    o = reviveObject(rt, cached, parts, null)
  } else {
    try {
      o = allocObject(rt, rt.t.slice, SLICE_BASICSIZE, parts, null)
    } catch (err) {
      decref(rt, s)
      decref(rt, e)
      decref(rt, st)
      throw err
    }
  }
  gcTrack(rt, o)
  return o
}

/** PySlice_Check. */
export function isSlice(rt: Runtime, o: PyObject): boolean {
  return o.type === rt.t.slice
}

/** _PyEval_SliceIndex: None gives `dflt`; otherwise __index__, clamped to Py_ssize_t. */
export function sliceIndex(rt: Runtime, o: PyObject, dflt: number): number {
  if (o === rt.None) return dflt
  if (o.type.index === null && (o.type.flags & TypeFlags.LONG_SUBCLASS) === 0)
    typeError(rt, "slice indices must be integers or None or have an __index__ method")
  return asSsize(rt, o, null)
}

/**
 * PySlice_Unpack followed by PySlice_AdjustIndices for a sequence of
 * `length` items. Raises ValueError "slice step cannot be zero".
 */
export function sliceAdjust(rt: Runtime, slice: PyObject, length: number): SliceIndices {
  const [s, e, st] = slice.v as PyObject[]
  let step = 1
  if (st! !== rt.None) {
    step = sliceIndex(rt, st!, 1)
    if (step === 0) valueError(rt, "slice step cannot be zero")
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX
  }
  let start = sliceIndex(rt, s!, step < 0 ? PY_SSIZE_T_MAX : 0)
  let stop = sliceIndex(rt, e!, step < 0 ? -PY_SSIZE_T_MAX - 1 : PY_SSIZE_T_MAX)
  if (start < 0) {
    start += length
    if (start < 0) start = step < 0 ? -1 : 0
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length
  }
  if (stop < 0) {
    stop += length
    if (stop < 0) stop = step < 0 ? -1 : 0
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length
  }
  let n = 0
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1
  }
  return { start, stop, step, length: n }
}

function sliceRepr(rt: Runtime, o: PyObject): PyObject {
  const [s, e, st] = o.v as PyObject[]
  return newStr(rt, `slice(${reprString(rt, s!)}, ${reprString(rt, e!)}, ${reprString(rt, st!)})`)
}

/** slice.indices(length): (start, stop, step) clipped as for a sequence of that length. */
function sliceIndicesMethod(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  const len = asSsize(rt, args[0]!, rt.t.OverflowError)
  if (len < 0) valueError(rt, "length should not be negative")
  const r = sliceAdjust(rt, self, len)
  return newTuple(rt, [newInt(rt, r.start), newInt(rt, r.stop), newInt(rt, r.step)])
}

/** Slices compare like the tuples (start, stop, step). */
function sliceRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (b.type !== rt.t.slice) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  const ta = newTuple(
    rt,
    (a.v as PyObject[]).map((x) => (x.rc++, x)),
  )
  const tb = newTuple(
    rt,
    (b.v as PyObject[]).map((x) => (x.rc++, x)),
  )
  try {
    return richCompare(rt, ta, tb, op)
  } finally {
    decref(rt, ta)
    decref(rt, tb)
  }
}

function sliceDealloc(rt: Runtime, o: PyObject): void {
  gcUntrack(rt, o)
  const [s, e, st] = o.v as PyObject[]
  decref(rt, st!)
  decref(rt, s!)
  decref(rt, e!)
  o.v = null
  let fl = rt.freelists.slice
  if (fl === undefined) fl = rt.freelists.slice = []
  if (fl.length === 0) {
    fl.push(o)
    return
  }
  freeObject(rt, o)
}

/** slice(stop) / slice(start, stop[, step]). */
function sliceNew(
  rt: Runtime,
  _type: unknown,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    typeError(rt, "slice() takes no keyword arguments")
  if (args.length === 0) typeError(rt, "slice expected at least 1 argument, got 0")
  if (args.length > 3) typeError(rt, `slice expected at most 3 arguments, got ${args.length}`)
  if (args.length === 1) return newSlice(rt, null, args[0]!, null)
  return newSlice(rt, args[0]!, args[1]!, args[2] ?? null)
}

function sliceTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  const [s, e, st] = o.v as PyObject[]
  visit(s!)
  visit(e!)
  visit(st!)
}

/** Creates the slice type (bootstrap). */
export function initSliceType(rt: Runtime): void {
  const t = newStaticType(rt, "slice", null, SLICE_BASICSIZE, 0, TypeFlags.HAVE_GC)
  t.dealloc = sliceDealloc
  t.traverse = sliceTraverse
  t.repr = sliceRepr
  t.richcompare = sliceRichCompare
  t.newObj = sliceNew
  rt.t.slice = t
  defineMethods(rt, t, { indices: { kind: "o", fn: sliceIndicesMethod } })
  const part = (i: number) => ({
    get: (_rt: Runtime, o: PyObject) => {
      const p = (o.v as PyObject[])[i]!
      p.rc++
      return p
    },
  })
  defineGetSets(rt, t, { start: part(0), stop: part(1), step: part(2) })
}
