// Iterators over the built-in sequences, plus the generic ones:
//
//   list_iterator, list_reverseiterator, tuple_iterator   (listobject.c, tupleobject.c)
//   iterator           the __getitem__ protocol: seq[0], seq[1], ... until IndexError
//   callable_iterator  iter(f, sentinel)
//   reversed           reversed(seq) for sequences without __reversed__
//
// Each is a small GC object (getsizeof 48) that owns a reference to what it
// walks. `o.v` is that object (null once exhausted, when the reference is
// dropped, as CPython sets it_seq to NULL); `o.w` is the position (or the
// sentinel for callable_iterator):
//
//            ┌──────────────┐
//   addr-16  │ PyGC_Head    │
//   addr+0   │ ob_refcnt    │
//   addr+8   │ ob_type      │
//   addr+16  │ it_index     │  o.w
//   addr+24  │ it_seq ──────┼──► the list / tuple / sequence (o.v)
//            └──────────────┘
//
// @cpython Objects/iterobject.c, Objects/listobject.c, Objects/tupleobject.c, Objects/enumobject.c

import {
  call,
  getItem,
  isPyError,
  length,
  lookupSpecial,
  richCompareBool,
  typeName,
} from "./abstract.js"
import { defineMethods } from "./descr.js"
import { typeError } from "./errors.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { newInt } from "./int.js"
import type { PyObject } from "./object.js"
import { allocObject, decref, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** tp_basicsize of the two-field iterators (index + sequence). */
export const SEQITER_BASICSIZE = 32

function newIter(rt: Runtime, type: PyType, seq: PyObject, w: any): PyObject {
  const it = allocObject(rt, type, SEQITER_BASICSIZE, seq, w)
  seq.rc++
  gcTrack(rt, it)
  return it
}

/** list.__iter__: a new list_iterator over `l` (borrowed). */
export function listIter(rt: Runtime, l: PyObject): PyObject {
  return newIter(rt, rt.t.list_iterator!, l, 0)
}

/** list.__reversed__: a new list_reverseiterator. */
export function listReversed(rt: Runtime, l: PyObject): PyObject {
  return newIter(rt, rt.t.list_reverseiterator!, l, (l.v as PyObject[]).length - 1)
}

/** tuple.__iter__: a new tuple_iterator. */
export function tupleIter(rt: Runtime, t: PyObject): PyObject {
  return newIter(rt, rt.t.tuple_iterator!, t, 0)
}

/** PySeqIter_New: the `iterator` type for objects with only __getitem__. */
export function seqIterNew(rt: Runtime, seq: PyObject): PyObject {
  return newIter(rt, rt.t.iterator!, seq, 0)
}

/** PyCallIter_New: iter(callable, sentinel); both borrowed. */
export function callIterNew(rt: Runtime, callable: PyObject, sentinel: PyObject): PyObject {
  sentinel.rc++
  return newIter(rt, rt.t.callable_iterator!, callable, sentinel)
}

/** Exhausts an iterator: drops its reference to the sequence. */
function exhaust(rt: Runtime, it: PyObject): null {
  const seq = it.v as PyObject | null
  if (seq !== null) {
    it.v = null
    decref(rt, seq)
  }
  return null
}

/** list_iterator / tuple_iterator: items by index while the index is below the current length. */
function arrayIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const seq = it.v as PyObject | null
  if (seq === null) return null
  const items = seq.v as PyObject[]
  const i = it.w as number
  if (i < items.length) {
    it.w = i + 1
    const item = items[i]!
    item.rc++
    return item
  }
  return exhaust(rt, it)
}

function listRevIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const seq = it.v as PyObject | null
  if (seq === null) return null
  const items = seq.v as PyObject[]
  const i = it.w as number
  if (i >= 0 && i < items.length) {
    it.w = i - 1
    const item = items[i]!
    item.rc++
    return item
  }
  it.w = -1
  return exhaust(rt, it)
}

/** iterator (the sequence protocol): seq[i] until IndexError or StopIteration. */
function seqIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const seq = it.v as PyObject | null
  if (seq === null) return null
  const i = it.w as number
  const idx = newInt(rt, i)
  try {
    const r = getItem(rt, seq, idx)
    it.w = i + 1
    return r
  } catch (e) {
    if (isPyError(e, rt.t.IndexError) || isPyError(e, rt.t.StopIteration)) {
      decref(rt, e as PyObject)
      return exhaust(rt, it)
    }
    throw e
  } finally {
    decref(rt, idx)
  }
}

function callIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const f = it.v as PyObject | null
  if (f === null) return null
  let r: PyObject
  try {
    r = call(rt, f, [])
  } catch (e) {
    if (isPyError(e, rt.t.StopIteration)) {
      decref(rt, e as PyObject)
      return exhaustCallIter(rt, it)
    }
    throw e
  }
  let eq: boolean
  try {
    eq = richCompareBool(rt, r, it.w as PyObject, CompareOp.EQ)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  if (eq) {
    decref(rt, r)
    return exhaustCallIter(rt, it)
  }
  return r
}

function exhaustCallIter(rt: Runtime, it: PyObject): null {
  const f = it.v as PyObject | null
  const s = it.w as PyObject | null
  it.v = null
  it.w = null
  if (f !== null) decref(rt, f)
  if (s !== null) decref(rt, s)
  return null
}

function iterDealloc(rt: Runtime, it: PyObject): void {
  gcUntrack(rt, it)
  const seq = it.v as PyObject | null
  it.v = null
  if (seq !== null) decref(rt, seq)
  freeObject(rt, it)
}

function callIterDealloc(rt: Runtime, it: PyObject): void {
  gcUntrack(rt, it)
  exhaustCallIter(rt, it)
  freeObject(rt, it)
}

function iterTraverse(it: PyObject, visit: (c: PyObject) => void): void {
  const seq = it.v as PyObject | null
  if (seq !== null) visit(seq)
}

function callIterTraverse(it: PyObject, visit: (c: PyObject) => void): void {
  if (it.v !== null) visit(it.v as PyObject)
  if (it.w !== null) visit(it.w as PyObject)
}

/** PyObject_SelfIter. */
export function selfIter(_rt: Runtime, o: PyObject): PyObject {
  o.rc++
  return o
}

/** __length_hint__ of the index-based iterators. */
function arrayIterLen(rt: Runtime, it: PyObject): PyObject {
  const seq = it.v as PyObject | null
  let n = 0
  if (seq !== null) n = Math.max(0, (seq.v as PyObject[]).length - (it.w as number))
  return newInt(rt, n)
}

function revIterLen(rt: Runtime, it: PyObject): PyObject {
  const seq = it.v as PyObject | null
  let n = 0
  if (seq !== null && (it.w as number) < (seq.v as PyObject[]).length) n = (it.w as number) + 1
  return newInt(rt, n)
}

/**
 * PyObject_LengthHint: len(o) if defined, else o.__length_hint__(), else
 * `dflt`. Raises TypeError/ValueError for a bad hint, like CPython.
 */
export function lengthHint(rt: Runtime, o: PyObject, dflt: number): number {
  if (o.type.length !== null) {
    try {
      return length(rt, o)
    } catch (e) {
      if (!isPyError(e, rt.t.TypeError)) throw e
      decref(rt, e as PyObject)
    }
  }
  const hint = lookupSpecial(rt, o, "__length_hint__")
  if (hint === null) return dflt
  let r: PyObject
  try {
    r = call(rt, hint, [])
  } catch (e) {
    if (isPyError(e, rt.t.TypeError)) {
      decref(rt, e as PyObject)
      return dflt
    }
    throw e
  } finally {
    decref(rt, hint)
  }
  if (r === rt.NotImplemented) {
    decref(rt, r)
    return dflt
  }
  if ((r.type.flags & TypeFlags.LONG_SUBCLASS) === 0) {
    const name = typeName(r)
    decref(rt, r)
    typeError(rt, `__length_hint__ must be an integer, not ${name}`)
  }
  const n = r.v as number | bigint
  decref(rt, r)
  if (typeof n === "bigint" || n < 0) {
    if (n < 0) {
      const make = rt.hooks.newException!
      throw make(rt, rt.t.ValueError, "__length_hint__() should return >= 0")
    }
    const make = rt.hooks.newException!
    throw make(rt, rt.t.OverflowError, "cannot fit 'int' into an index-sized integer")
  }
  return n
}

function makeIterType(
  rt: Runtime,
  name: string,
  next: (rt: Runtime, it: PyObject) => PyObject | null,
): PyType {
  const t = newStaticType(rt, name, null, SEQITER_BASICSIZE, 0, TypeFlags.HAVE_GC)
  t.dealloc = iterDealloc
  t.traverse = iterTraverse
  t.iter = selfIter
  t.iternext = next
  rt.t[name] = t
  return t
}

/** Creates the iterator types (bootstrap). */
export function initIterTypes(rt: Runtime): void {
  const li = makeIterType(rt, "list_iterator", arrayIterNext)
  const lr = makeIterType(rt, "list_reverseiterator", listRevIterNext)
  const ti = makeIterType(rt, "tuple_iterator", arrayIterNext)
  makeIterType(rt, "iterator", seqIterNext)
  const ci = makeIterType(rt, "callable_iterator", callIterNext)
  ci.dealloc = callIterDealloc
  ci.traverse = callIterTraverse
  const hint = { kind: "noargs" as const, fn: arrayIterLen }
  defineMethods(rt, li, { __length_hint__: hint })
  defineMethods(rt, ti, { __length_hint__: hint })
  defineMethods(rt, lr, { __length_hint__: { kind: "noargs", fn: revIterLen } })
  defineMethods(rt, rt.t.iterator!, { __length_hint__: { kind: "noargs", fn: seqIterLen } })
}

function seqIterLen(rt: Runtime, it: PyObject): PyObject {
  const seq = it.v as PyObject | null
  if (seq === null) return newInt(rt, 0)
  if (seq.type.length === null) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  const n = length(rt, seq) - (it.w as number)
  return newInt(rt, Math.max(0, n))
}
