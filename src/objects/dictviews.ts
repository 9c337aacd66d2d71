// dict views (d.keys(), d.values(), d.items()) and the dict iterators.
//
// A view is a 40-byte GC object holding a reference to its dict; it has no
// state of its own, so it always shows the dict's current contents:
//
//   view  ┌──────────────┐          iterator  ┌──────────────┐
//         │ PyGC_Head    │                    │ PyGC_Head    │
//         │ ob_refcnt    │                    │ ob_refcnt    │
//         │ ob_type      │                    │ ob_type      │
//         │ dv_dict ─────┼──► dict            │ di_dict ─────┼──► dict (NULL when exhausted)
//         └──────────────┘                    │ di_used      │  size when the iterator was made
//                                             │ di_pos       │  next entry index
//                                             │ di_result    │  (k, v) tuple reused by items()
//                                             │ len          │  items left (length hint)
//                                             └──────────────┘  getsizeof 72
//
// The iterators walk the entries array. A change of the dict's size raises
// RuntimeError "dictionary changed size during iteration"; finding more
// entries than the dict had (a key replaced by another) raises "dictionary
// keys changed during iteration". The items iterator reuses its result
// tuple when the caller dropped it (refcount 1), so `for k, v in d.items()`
// allocates one tuple in total.
//
// keys and items views are set-like: ==, <, <=, &, |, -, ^, isdisjoint.
//
// @cpython Objects/dictobject.c (dictiter_*, dictview_*)

import {
  getIter,
  hashNotImplemented,
  iterNext,
  reprString,
  richCompareBool,
  contains,
  typeName,
} from "./abstract.js"
import { defineMethods } from "./descr.js"
import { raise } from "./errors.js"
import type { DictObj } from "./dict.js"
import { dictGetItem } from "./dict.js"
import { gcTrack, gcUntrack, isTracked } from "./gcstate.js"
import { newInt } from "./int.js"
import type { PyObject } from "./object.js"
import { allocObject, decref, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { reprEnter, reprLeave } from "./sequtil.js"
import { isAnySet, newSet, setAdd, setUpdate } from "./set.js"
import { setDifferenceUpdate, setSymmetricDifferenceUpdate } from "./setmethods.js"
import { newStr } from "./str.js"
import { newTuple, tuplePack } from "./tuple.js"
import type { CompareOp as CompareOpT, PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** tp_basicsize of the views and of the dict iterators. */
export const DICTVIEW_BASICSIZE = 24
export const DICTITER_BASICSIZE = 56

const KEYS = 0
const VALUES = 1
const ITEMS = 2

/** The state of a dict iterator (`o.w`); `o.v` is the dict or null once exhausted. */
export class DictIterState {
  used: number
  pos: number
  result: PyObject | null
  len: number
  kind: number
  reverse: boolean
  constructor(used: number, pos: number, result: PyObject | null, kind: number, reverse: boolean) {
    this.used = used
    this.pos = pos
    this.result = result
    this.len = used
    this.kind = kind
    this.reverse = reverse
  }
}

// ---------------------------------------------------------------------------
// Iterators

function newDictIter(
  rt: Runtime,
  d: PyObject,
  type: PyType,
  kind: number,
  reverse: boolean,
): PyObject {
  const mp = d.v as DictObj
  const st = new DictIterState(mp.used, reverse ? mp.keys.nentries - 1 : 0, null, kind, reverse)
  const it = allocObject(rt, type, DICTITER_BASICSIZE, d, st)
  d.rc++
  if (kind === ITEMS) st.result = tuplePack(rt, rt.None, rt.None)
  gcTrack(rt, it)
  return it
}

/** dict.__iter__: a dict_keyiterator. */
export function dictIter(rt: Runtime, d: PyObject): PyObject {
  return newDictIter(rt, d, rt.t.dict_keyiterator, KEYS, false)
}

/** reversed(d): a dict_reversekeyiterator. */
export function dictReversed(rt: Runtime, d: PyObject): PyObject {
  return newDictIter(rt, d, rt.t.dict_reversekeyiterator, KEYS, true)
}

function exhaust(rt: Runtime, it: PyObject): null {
  const d = it.v as PyObject | null
  if (d !== null) {
    it.v = null
    decref(rt, d)
  }
  return null
}

function dictIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const d = it.v as PyObject | null
  if (d === null) return null
  const st = it.w as DictIterState
  const mp = d.v as DictObj
  if (st.used !== mp.used) {
    st.used = -1
    raise(rt, rt.t.RuntimeError, "dictionary changed size during iteration")
  }
  const dk = mp.keys
  let i = st.pos
  if (!st.reverse) {
    const n = dk.nentries
    while (i < n && (dk.evalues[i] === null || dk.evalues[i] === undefined)) i++
    if (i >= n) return exhaust(rt, it)
    if (st.len === 0) {
      exhaust(rt, it)
      raise(rt, rt.t.RuntimeError, "dictionary keys changed during iteration")
    }
    st.pos = i + 1
  } else {
    if (i < 0) return exhaust(rt, it)
    while (dk.evalues[i] === null || dk.evalues[i] === undefined) {
      if (--i < 0) return exhaust(rt, it)
    }
    st.pos = i - 1
  }
  st.len--
  const key = dk.ekeys[i]!
  const value = dk.evalues[i]!
  if (st.kind === KEYS) {
    key.rc++
    return key
  }
  if (st.kind === VALUES) {
    value.rc++
    return value
  }
  key.rc++
  value.rc++
  const result = st.result!
  if (result.rc === 1) {
    const pair = result.v as PyObject[]
    const oldKey = pair[0]!
    const oldValue = pair[1]!
    pair[0] = key
    pair[1] = value
    result.rc++
    decref(rt, oldKey)
    decref(rt, oldValue)
    if (!isTracked(result)) gcTrack(rt, result)
    return result
  }
  return newTuple(rt, [key, value])
}

function dictIterDealloc(rt: Runtime, it: PyObject): void {
  gcUntrack(rt, it)
  const st = it.w as DictIterState
  const d = it.v as PyObject | null
  it.v = null
  if (d !== null) decref(rt, d)
  if (st.result !== null) decref(rt, st.result)
  freeObject(rt, it)
}

function dictIterTraverse(it: PyObject, visit: (c: PyObject) => void): void {
  if (it.v !== null) visit(it.v as PyObject)
  const r = (it.w as DictIterState).result
  if (r !== null) visit(r)
}

function dictIterLen(rt: Runtime, it: PyObject): PyObject {
  const d = it.v as PyObject | null
  const st = it.w as DictIterState
  const n = d !== null && st.used === (d.v as DictObj).used ? st.len : 0
  return newInt(rt, n)
}

// ---------------------------------------------------------------------------
// Views

function newView(rt: Runtime, d: PyObject, type: PyType): PyObject {
  const v = allocObject(rt, type, DICTVIEW_BASICSIZE, d, null)
  d.rc++
  gcTrack(rt, v)
  return v
}

/** d.keys(). */
export function dictKeysView(rt: Runtime, d: PyObject): PyObject {
  return newView(rt, d, rt.t.dict_keys)
}
/** d.values(). */
export function dictValuesView(rt: Runtime, d: PyObject): PyObject {
  return newView(rt, d, rt.t.dict_values)
}
/** d.items(). */
export function dictItemsView(rt: Runtime, d: PyObject): PyObject {
  return newView(rt, d, rt.t.dict_items)
}

function viewDict(v: PyObject): PyObject {
  return v.v as PyObject
}

function viewDealloc(rt: Runtime, v: PyObject): void {
  gcUntrack(rt, v)
  const d = v.v as PyObject
  v.v = null
  decref(rt, d)
  freeObject(rt, v)
}

function viewTraverse(v: PyObject, visit: (c: PyObject) => void): void {
  visit(v.v as PyObject)
}

function viewLength(_rt: Runtime, v: PyObject): number {
  return (viewDict(v).v as DictObj).used
}

/** dictview_repr: "dict_keys(['a', 'b'])". */
function viewRepr(rt: Runtime, v: PyObject): PyObject {
  if (reprEnter(rt, v)) return newStr(rt, "...")
  try {
    const parts: string[] = []
    const it = getIter(rt, v)
    try {
      let x: PyObject | null
      while ((x = iterNext(rt, it)) !== null) {
        try {
          parts.push(reprString(rt, x))
        } finally {
          decref(rt, x)
        }
      }
    } finally {
      decref(rt, it)
    }
    return newStr(rt, `${v.type.name}([${parts.join(", ")}])`)
  } finally {
    reprLeave(rt, v)
  }
}

function keysContains(rt: Runtime, v: PyObject, key: PyObject): boolean {
  return dictGetItem(rt, viewDict(v), key) !== null
}

function itemsContains(rt: Runtime, v: PyObject, obj: PyObject): boolean {
  if (obj.type !== rt.t.tuple && (obj.type.flags & TypeFlags.TUPLE_SUBCLASS) === 0) return false
  const pair = obj.v as PyObject[]
  if (pair.length !== 2) return false
  const found = dictGetItem(rt, viewDict(v), pair[0]!)
  if (found === null) return false
  found.rc++
  try {
    return richCompareBool(rt, found, pair[1]!, CompareOp.EQ)
  } finally {
    decref(rt, found)
  }
}

function isSetLikeView(rt: Runtime, o: PyObject): boolean {
  return o.type === rt.t.dict_keys || o.type === rt.t.dict_items
}

/** all_contained_in: every element of `a` is in `b`. */
function allContainedIn(rt: Runtime, a: PyObject, b: PyObject): boolean {
  const it = getIter(rt, a)
  try {
    let x: PyObject | null
    while ((x = iterNext(rt, it)) !== null) {
      try {
        if (!contains(rt, b, x)) return false
      } finally {
        decref(rt, x)
      }
    }
    return true
  } finally {
    decref(rt, it)
  }
}

function viewRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOpT): PyObject {
  if (!isAnySet(rt, b) && !isSetLikeView(rt, b)) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  const la = a.type.length!(rt, a)
  const lb = b.type.length!(rt, b)
  let ok = false
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE:
      ok = la === lb && allContainedIn(rt, a, b)
      if (op === CompareOp.NE) ok = !ok
      break
    case CompareOp.LT:
      ok = la < lb && allContainedIn(rt, a, b)
      break
    case CompareOp.LE:
      ok = la <= lb && allContainedIn(rt, a, b)
      break
    case CompareOp.GT:
      ok = la > lb && allContainedIn(rt, b, a)
      break
    default:
      ok = la >= lb && allContainedIn(rt, b, a)
  }
  const r = ok ? rt.True : rt.False
  r.rc++
  return r
}

/** A new set of the view's elements (either operand of a view set operation). */
function setOfOperand(rt: Runtime, o: PyObject): PyObject {
  return newSet(rt, o)
}

function viewOr(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  const [self, other] = isSetLikeView(rt, a) ? [a, b] : [b, a]
  const r = setOfOperand(rt, self)
  try {
    setUpdate(rt, r, other)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

function viewSub(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  const r = setOfOperand(rt, a)
  try {
    setDifferenceUpdate(rt, r, b)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

function viewXor(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  const [self, other] = isSetLikeView(rt, a) ? [a, b] : [b, a]
  const r = setOfOperand(rt, self)
  try {
    setSymmetricDifferenceUpdate(rt, r, other)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

/** _PyDictView_Intersect: a new set of the elements of one operand found in the other. */
function viewAnd(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  let self = a
  let other = b
  if (!isSetLikeView(rt, self)) [self, other] = [other, self]
  const r = newSet(rt, null)
  try {
    // Iterate over the shorter operand when the other is a set or a view (cheap membership).
    const it = getIter(rt, other)
    try {
      let x: PyObject | null
      while ((x = iterNext(rt, it)) !== null) {
        try {
          if (contains(rt, self, x)) setAdd(rt, r, x)
        } finally {
          decref(rt, x)
        }
      }
    } finally {
      decref(rt, it)
    }
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

function viewIsDisjoint(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  const other = args[0]!
  const it = getIter(rt, other)
  try {
    let x: PyObject | null
    while ((x = iterNext(rt, it)) !== null) {
      try {
        if (contains(rt, self, x)) {
          rt.False.rc++
          return rt.False
        }
      } finally {
        decref(rt, x)
      }
    }
  } finally {
    decref(rt, it)
  }
  rt.True.rc++
  return rt.True
}

/** Creates the view and dict-iterator types (bootstrap). */
export function initDictViewTypes(rt: Runtime): void {
  const iterKinds: [string, number, boolean][] = [
    ["dict_keyiterator", KEYS, false],
    ["dict_valueiterator", VALUES, false],
    ["dict_itemiterator", ITEMS, false],
    ["dict_reversekeyiterator", KEYS, true],
    ["dict_reversevalueiterator", VALUES, true],
    ["dict_reverseitemiterator", ITEMS, true],
  ]
  for (const [name] of iterKinds) {
    const t = newStaticType(rt, name, null, DICTITER_BASICSIZE, 0, TypeFlags.HAVE_GC)
    t.dealloc = dictIterDealloc
    t.traverse = dictIterTraverse
    t.iter = (_rt, o) => {
      o.rc++
      return o
    }
    t.iternext = dictIterNext
    rt.t[name] = t
    defineMethods(rt, t, { __length_hint__: { kind: "noargs", fn: dictIterLen } })
  }
  const views: [string, number][] = [
    ["dict_keys", KEYS],
    ["dict_values", VALUES],
    ["dict_items", ITEMS],
  ]
  for (const [name, kind] of views) {
    const t = newStaticType(rt, name, null, DICTVIEW_BASICSIZE, 0, TypeFlags.HAVE_GC)
    t.dealloc = viewDealloc
    t.traverse = viewTraverse
    t.length = viewLength
    t.repr = viewRepr
    const fwd = iterKinds[kind]![0]
    const rev = iterKinds[kind + 3]![0]
    t.iter = (rt, v) => newDictIter(rt, viewDict(v), rt.t[fwd]!, kind, false)
    rt.t[name] = t
    const methods: Parameters<typeof defineMethods>[2] = {
      __reversed__: {
        kind: "noargs",
        fn: (rt, v) => newDictIter(rt, viewDict(v), rt.t[rev]!, kind, true),
      },
    }
    if (kind !== VALUES) {
      t.contains = kind === KEYS ? keysContains : itemsContains
      t.richcompare = viewRichCompare
      // Set-like views compare by content, so they are unhashable (__hash__ is None).
      t.hash = hashNotImplemented
      t.or = viewOr
      t.and = viewAnd
      t.subtract = viewSub
      t.xor = viewXor
      methods.isdisjoint = { kind: "o", fn: viewIsDisjoint }
    }
    defineMethods(rt, t, methods)
  }
  void typeName
}
