// The operators and methods of set and frozenset, and the set iterator.
//
// Comparisons are subset tests (a < b: proper subset), `|` `&` `-` `^` take
// only sets (NotImplemented otherwise) while the named methods take any
// iterables. `x in s`, s.remove(x) and s.discard(x) retry an unhashable set
// argument as a frozenset, as CPython does.
//
// @cpython Objects/setobject.c

import { getIter, iterNext, isPyError, reprString } from "./abstract.js"
import type { MethodImpl } from "./descr.js"
import { checkPositional, defineMethods, noKeywords, positionalCount } from "./descr.js"
import { raise, typeError } from "./errors.js"
import { dictContains, dictHashAt, dictKeyAt, dictNext } from "./dict.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { newInt } from "./int.js"
import type { PyObject } from "./object.js"
import { allocObject, decref, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { reprEnter, reprLeave } from "./sequtil.js"
import {
  SetObj,
  isAnySet,
  makeNewSet,
  makeNewSetBasetype,
  newFrozenSet,
  setAdd,
  setAddEntry,
  setClear,
  setContainsEntry,
  setContainsKey,
  setDiscardEntry,
  setDiscardKey,
  setHashAt,
  setKeyAt,
  setKeyError,
  setKeyHash,
  setNext,
  setPop,
  setSizeof,
  setTableResize,
  setUpdate,
} from "./set.js"
import { newStr } from "./str.js"
import { unhashable } from "./tuple.js"
import type { CompareOp as CompareOpT, PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

const none = (rt: Runtime): PyObject => {
  rt.None.rc++
  return rt.None
}

function so(s: PyObject): SetObj {
  return s.v as SetObj
}

function pyBool(rt: Runtime, b: boolean): PyObject {
  const r = b ? rt.True : rt.False
  r.rc++
  return r
}

function notImplemented(rt: Runtime): PyObject {
  rt.NotImplemented.rc++
  return rt.NotImplemented
}

// ---------------------------------------------------------------------------
// The set operations

/** set_copy: a new set or frozenset (base type of `s`) with the same elements. */
export function setCopy(rt: Runtime, s: PyObject): PyObject {
  return makeNewSetBasetype(rt, s.type, s)
}

/** set_intersection. */
export function setIntersection(rt: Runtime, s: PyObject, other: PyObject): PyObject {
  if (s === other) return setCopy(rt, s)
  const result = makeNewSetBasetype(rt, s.type, null)
  try {
    if (isAnySet(rt, other)) {
      let a = s
      let b = other
      if (so(b).used > so(a).used) [a, b] = [b, a]
      for (let i = setNext(b, 0); i >= 0; i = setNext(b, i + 1)) {
        const key = setKeyAt(b, i)
        const hash = setHashAt(b, i)
        key.rc++
        try {
          if (setContainsEntry(rt, a, key, hash)) setAddEntry(rt, result, key, hash)
        } finally {
          decref(rt, key)
        }
      }
      return result
    }
    const it = getIter(rt, other)
    try {
      let key: PyObject | null
      while ((key = iterNext(rt, it)) !== null) {
        try {
          const hash = setKeyHash(rt, key)
          if (setContainsEntry(rt, s, key, hash)) {
            setAddEntry(rt, result, key, hash)
            if (so(result).used >= so(s).used) break
          }
        } finally {
          decref(rt, key)
        }
      }
    } finally {
      decref(rt, it)
    }
    return result
  } catch (e) {
    decref(rt, result)
    throw e
  }
}

/** set_swap_bodies: exchanges the tables of two sets (for the *_update methods). */
function setSwapBodies(rt: Runtime, a: PyObject, b: PyObject): void {
  const t = a.v
  a.v = b.v
  b.v = t
  const bothFrozen = isFrozenSetType(rt, a.type) && isFrozenSetType(rt, b.type)
  if (!bothFrozen) {
    so(a).hash = -1
    so(b).hash = -1
  }
}

function isFrozenSetType(rt: Runtime, t: PyType): boolean {
  return t.mro.includes(rt.t.frozenset)
}

/** set_difference_update_internal: removes the elements of `other` (any iterable). */
export function setDifferenceUpdate(rt: Runtime, s: PyObject, other: PyObject): void {
  if (s === other) {
    setClear(rt, s)
    return
  }
  if (isAnySet(rt, other)) {
    let src = other
    if (so(other).used >> 3 > so(s).used) src = setIntersection(rt, s, other)
    else other.rc++
    try {
      for (let i = setNext(src, 0); i >= 0; i = setNext(src, i + 1)) {
        const key = setKeyAt(src, i)
        key.rc++
        try {
          setDiscardEntry(rt, s, key, setHashAt(src, i))
        } finally {
          decref(rt, key)
        }
      }
    } finally {
      decref(rt, src)
    }
  } else {
    const it = getIter(rt, other)
    try {
      let key: PyObject | null
      while ((key = iterNext(rt, it)) !== null) {
        try {
          setDiscardKey(rt, s, key)
        } finally {
          decref(rt, key)
        }
      }
    } finally {
      decref(rt, it)
    }
  }
  const o = so(s)
  if (o.fill - o.used <= o.mask / 4) return
  setTableResize(rt, s, o.used > 50000 ? o.used * 2 : o.used * 4)
}

/** set_difference: a new set of the elements of `s` not in `other`. */
export function setDifference(rt: Runtime, s: PyObject, other: PyObject): PyObject {
  let otherSize: number
  if (isAnySet(rt, other)) otherSize = so(other).used
  else if (other.type === rt.t.dict) otherSize = (other.v as { used: number }).used
  else return copyAndDifference(rt, s, other)
  if (so(s).used >> 2 > otherSize) return copyAndDifference(rt, s, other)
  const result = makeNewSetBasetype(rt, s.type, null)
  try {
    for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) {
      const key = setKeyAt(s, i)
      const hash = setHashAt(s, i)
      key.rc++
      try {
        const found =
          other.type === rt.t.dict
            ? dictContains(rt, other, key)
            : setContainsEntry(rt, other, key, hash)
        if (!found) setAddEntry(rt, result, key, hash)
      } finally {
        decref(rt, key)
      }
    }
  } catch (e) {
    decref(rt, result)
    throw e
  }
  return result
}

function copyAndDifference(rt: Runtime, s: PyObject, other: PyObject): PyObject {
  const r = setCopy(rt, s)
  try {
    setDifferenceUpdate(rt, r, other)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

/** set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(rt: Runtime, s: PyObject, other: PyObject): void {
  if (s === other) {
    setClear(rt, s)
    return
  }
  if (other.type === rt.t.dict) {
    for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) {
      const key = dictKeyAt(other, i)
      const hash = dictHashAt(other, i)
      key.rc++
      try {
        if (!setDiscardEntry(rt, s, key, hash)) setAddEntry(rt, s, key, hash)
      } finally {
        decref(rt, key)
      }
    }
    return
  }
  let otherset: PyObject
  if (isAnySet(rt, other)) {
    other.rc++
    otherset = other
  } else {
    otherset = makeNewSetBasetype(rt, s.type, other)
  }
  try {
    for (let i = setNext(otherset, 0); i >= 0; i = setNext(otherset, i + 1)) {
      const key = setKeyAt(otherset, i)
      const hash = setHashAt(otherset, i)
      key.rc++
      try {
        if (!setDiscardEntry(rt, s, key, hash)) setAddEntry(rt, s, key, hash)
      } finally {
        decref(rt, key)
      }
    }
  } finally {
    decref(rt, otherset)
  }
}

/** set_issubset. */
export function setIsSubset(rt: Runtime, s: PyObject, other: PyObject): boolean {
  if (!isAnySet(rt, other)) {
    const tmp = setIntersection(rt, s, other)
    const r = so(tmp).used === so(s).used
    decref(rt, tmp)
    return r
  }
  if (so(s).used > so(other).used) return false
  for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) {
    const key = setKeyAt(s, i)
    key.rc++
    try {
      if (!setContainsEntry(rt, other, key, setHashAt(s, i))) return false
    } finally {
      decref(rt, key)
    }
  }
  return true
}

/** set_issuperset. */
export function setIsSuperset(rt: Runtime, s: PyObject, other: PyObject): boolean {
  if (isAnySet(rt, other)) return setIsSubset(rt, other, s)
  const it = getIter(rt, other)
  try {
    let key: PyObject | null
    while ((key = iterNext(rt, it)) !== null) {
      try {
        if (!setContainsKey(rt, s, key)) return false
      } finally {
        decref(rt, key)
      }
    }
  } finally {
    decref(rt, it)
  }
  return true
}

/** set_isdisjoint. */
function setIsDisjoint(rt: Runtime, s: PyObject, other: PyObject): boolean {
  if (s === other) return so(s).used === 0
  if (other.type === rt.t.set || other.type === rt.t.frozenset) {
    let a = s
    let b = other
    if (so(b).used > so(a).used) [a, b] = [b, a]
    for (let i = setNext(b, 0); i >= 0; i = setNext(b, i + 1)) {
      const key = setKeyAt(b, i)
      key.rc++
      try {
        if (setContainsEntry(rt, a, key, setHashAt(b, i))) return false
      } finally {
        decref(rt, key)
      }
    }
    return true
  }
  const it = getIter(rt, other)
  try {
    let key: PyObject | null
    while ((key = iterNext(rt, it)) !== null) {
      try {
        if (setContainsKey(rt, s, key)) return false
      } finally {
        decref(rt, key)
      }
    }
  } finally {
    decref(rt, it)
  }
  return true
}

/** `x in s`: an unhashable set `x` is looked up as a frozenset. */
export function setContains(rt: Runtime, s: PyObject, key: PyObject): boolean {
  try {
    return setContainsKey(rt, s, key)
  } catch (e) {
    if (!retryAsFrozen(rt, key, e)) throw e
    const tmp = makeNewSet(rt, rt.t.frozenset, key)
    try {
      return setContainsKey(rt, s, tmp)
    } finally {
      decref(rt, tmp)
    }
  }
}

function retryAsFrozen(rt: Runtime, key: PyObject, e: unknown): boolean {
  if (!(key.type === rt.t.set || key.type.mro.includes(rt.t.set))) return false
  if (!isPyError(e, rt.t.TypeError)) return false
  decref(rt, e)
  return true
}

function discardWithRetry(rt: Runtime, s: PyObject, key: PyObject): boolean {
  try {
    return setDiscardKey(rt, s, key)
  } catch (e) {
    if (!retryAsFrozen(rt, key, e)) throw e
    const tmp = makeNewSet(rt, rt.t.frozenset, key)
    try {
      return setDiscardKey(rt, s, tmp)
    } finally {
      decref(rt, tmp)
    }
  }
}

// ---------------------------------------------------------------------------
// Slots

function setLength(_rt: Runtime, s: PyObject): number {
  return so(s).used
}

function setRichCompare(rt: Runtime, v: PyObject, w: PyObject, op: CompareOpT): PyObject {
  if (!isAnySet(rt, w)) return notImplemented(rt)
  const a = so(v)
  const b = so(w)
  switch (op) {
    case CompareOp.EQ:
      if (a.used !== b.used) return pyBool(rt, false)
      if (a.hash !== -1 && b.hash !== -1 && a.hash !== b.hash) return pyBool(rt, false)
      return pyBool(rt, setIsSubset(rt, v, w))
    case CompareOp.NE: {
      if (a.used !== b.used) return pyBool(rt, true)
      if (a.hash !== -1 && b.hash !== -1 && a.hash !== b.hash) return pyBool(rt, true)
      return pyBool(rt, !setIsSubset(rt, v, w))
    }
    case CompareOp.LE:
      return pyBool(rt, setIsSubset(rt, v, w))
    case CompareOp.GE:
      return pyBool(rt, setIsSuperset(rt, v, w))
    case CompareOp.LT:
      return pyBool(rt, a.used < b.used && setIsSubset(rt, v, w))
    default:
      return pyBool(rt, a.used > b.used && setIsSuperset(rt, v, w))
  }
}

/** repr: "{1, 2}", "set()", "frozenset({1})", "MySet({1})", "set(...)" when recursive. */
function setRepr(rt: Runtime, s: PyObject): PyObject {
  const name = s.type.name
  if (reprEnter(rt, s)) return newStr(rt, `${name}(...)`)
  try {
    if (so(s).used === 0) return newStr(rt, `${name}()`)
    const parts: string[] = []
    const keys: PyObject[] = []
    for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) {
      const k = setKeyAt(s, i)
      k.rc++
      keys.push(k)
    }
    try {
      for (const k of keys) parts.push(reprString(rt, k))
    } finally {
      for (const k of keys) decref(rt, k)
    }
    const body = `{${parts.join(", ")}}`
    return newStr(rt, s.type === rt.t.set ? body : `${name}(${body})`)
  } finally {
    reprLeave(rt, s)
  }
}

function setOr(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt)
  const r = setCopy(rt, a)
  if (a === b) return r
  try {
    setUpdate(rt, r, b)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

function setAnd(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt)
  return setIntersection(rt, a, b)
}

function setSub(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt)
  return setDifference(rt, a, b)
}

function setXor(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt)
  return symmetricDifference(rt, a, b)
}

function symmetricDifference(rt: Runtime, s: PyObject, other: PyObject): PyObject {
  const r = makeNewSetBasetype(rt, s.type, other)
  try {
    setSymmetricDifferenceUpdate(rt, r, s)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

function setIor(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(rt, b)) return notImplemented(rt)
  setUpdate(rt, a, b)
  a.rc++
  return a
}

function setIand(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(rt, b)) return notImplemented(rt)
  intersectionUpdate(rt, a, b)
  a.rc++
  return a
}

function setIsub(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(rt, b)) return notImplemented(rt)
  setDifferenceUpdate(rt, a, b)
  a.rc++
  return a
}

function setIxor(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(rt, b)) return notImplemented(rt)
  setSymmetricDifferenceUpdate(rt, a, b)
  a.rc++
  return a
}

function intersectionUpdate(rt: Runtime, s: PyObject, other: PyObject): void {
  const tmp = setIntersection(rt, s, other)
  setSwapBodies(rt, s, tmp)
  decref(rt, tmp)
}

/** set(iterable=()) / frozenset(iterable=()): vectorcall-style construction. */
function setNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  const frozen = isFrozenSetType(rt, type)
  if (frozen) {
    if (type === rt.t.frozenset) noKeywords(rt, "frozenset", kwnames)
    const n = positionalCount(args, kwnames)
    checkPositional(rt, type.name, n, 0, 1)
    const iterable = n > 0 ? args[0]! : null
    if (type === rt.t.frozenset) return newFrozenSet(rt, iterable)
    return makeNewSet(rt, type, iterable)
  }
  return makeNewSet(rt, type, null)
}

/** set.__init__(iterable=()): clears, then adds the elements. */
function setInit(rt: Runtime, s: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (s.type === rt.t.set) noKeywords(rt, "set", kwnames)
  const n = positionalCount(args, kwnames)
  checkPositional(rt, s.type.name, n, 0, 1)
  if (so(s).fill > 0) setClear(rt, s)
  so(s).hash = -1
  if (n > 0) setUpdate(rt, s, args[0]!)
}

// ---------------------------------------------------------------------------
// Methods

const multi =
  (fn: (rt: Runtime, s: PyObject, others: PyObject[]) => PyObject, name: string): MethodImpl =>
  (rt, self, args, kwnames) => {
    noKeywords(rt, name, kwnames)
    return fn(rt, self, args)
  }

function unionMulti(rt: Runtime, s: PyObject, others: PyObject[]): PyObject {
  const r = setCopy(rt, s)
  try {
    for (const o of others) if (o !== s) setUpdate(rt, r, o)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

function intersectionMulti(rt: Runtime, s: PyObject, others: PyObject[]): PyObject {
  if (others.length === 0) return setCopy(rt, s)
  s.rc++
  let result = s
  try {
    for (const o of others) {
      const n = setIntersection(rt, result, o)
      decref(rt, result)
      result = n
    }
  } catch (e) {
    decref(rt, result)
    throw e
  }
  return result
}

function differenceMulti(rt: Runtime, s: PyObject, others: PyObject[]): PyObject {
  if (others.length === 0) return setCopy(rt, s)
  const r = setDifference(rt, s, others[0]!)
  try {
    for (let i = 1; i < others.length; i++) setDifferenceUpdate(rt, r, others[i]!)
  } catch (e) {
    decref(rt, r)
    throw e
  }
  return r
}

function setPopMethod(rt: Runtime, s: PyObject): PyObject {
  return setPop(rt, s)
}

function setRemove(rt: Runtime, s: PyObject, args: PyObject[]): PyObject {
  if (!discardWithRetry(rt, s, args[0]!)) throw setKeyError(rt, args[0]!)
  return none(rt)
}

/** Installs the slots and methods of set and frozenset and creates set_iterator. */
export function installSetMethods(rt: Runtime): void {
  const it = newStaticType(rt, "set_iterator", null, 48, 0, TypeFlags.HAVE_GC)
  it.dealloc = setIterDealloc
  it.traverse = (o, visit) => {
    if (o.v !== null) visit(o.v as PyObject)
  }
  it.iter = (_rt, o) => {
    o.rc++
    return o
  }
  it.iternext = setIterNext
  rt.t.set_iterator = it
  defineMethods(rt, it, { __length_hint__: { kind: "noargs", fn: setIterLen } })

  const common: Parameters<typeof defineMethods>[2] = {
    copy: { kind: "noargs", fn: (rt, s) => setCopy(rt, s) },
    difference: multi(differenceMulti, "difference"),
    intersection: multi(intersectionMulti, "intersection"),
    isdisjoint: { kind: "o", fn: (rt, s, a) => pyBool(rt, setIsDisjoint(rt, s, a[0]!)) },
    issubset: { kind: "o", fn: (rt, s, a) => pyBool(rt, setIsSubset(rt, s, a[0]!)) },
    issuperset: { kind: "o", fn: (rt, s, a) => pyBool(rt, setIsSuperset(rt, s, a[0]!)) },
    symmetric_difference: { kind: "o", fn: (rt, s, a) => symmetricDifference(rt, s, a[0]!) },
    union: multi(unionMulti, "union"),
    __contains__: { kind: "o", fn: (rt, s, a) => pyBool(rt, setContains(rt, s, a[0]!)) },
    __sizeof__: { kind: "noargs", fn: (rt, s) => newInt(rt, setSizeof(s)) },
  }
  for (const t of [rt.t.set, rt.t.frozenset]) {
    t.length = setLength
    t.contains = setContains
    t.iter = setIter
    t.richcompare = setRichCompare
    t.repr = setRepr
    t.or = setOr
    t.and = setAnd
    t.subtract = setSub
    t.xor = setXor
    t.newObj = setNew
  }
  const s = rt.t.set
  s.hash = unhashable
  s.init = setInit
  s.inplace.or = setIor
  s.inplace.and = setIand
  s.inplace.subtract = setIsub
  s.inplace.xor = setIxor
  defineMethods(rt, s, {
    ...common,
    add: {
      kind: "o",
      fn: (rt, s, a) => {
        setAdd(rt, s, a[0]!)
        return none(rt)
      },
    },
    clear: {
      kind: "noargs",
      fn: (rt, s) => {
        setClear(rt, s)
        return none(rt)
      },
    },
    discard: {
      kind: "o",
      fn: (rt, s, a) => {
        discardWithRetry(rt, s, a[0]!)
        return none(rt)
      },
    },
    difference_update: multi((rt, s, others) => {
      for (const o of others) setDifferenceUpdate(rt, s, o)
      return none(rt)
    }, "difference_update"),
    intersection_update: multi((rt, s, others) => {
      const tmp = intersectionMulti(rt, s, others)
      setSwapBodies(rt, s, tmp)
      decref(rt, tmp)
      return none(rt)
    }, "intersection_update"),
    pop: { kind: "noargs", fn: setPopMethod },
    remove: { kind: "o", fn: setRemove },
    symmetric_difference_update: {
      kind: "o",
      fn: (rt, s, a) => {
        setSymmetricDifferenceUpdate(rt, s, a[0]!)
        return none(rt)
      },
    },
    update: multi((rt, s, others) => {
      for (const o of others) setUpdate(rt, s, o)
      return none(rt)
    }, "update"),
  })
  defineMethods(rt, rt.t.frozenset, {
    ...common,
    copy: {
      kind: "noargs",
      fn: (rt, s) => {
        if (s.type === rt.t.frozenset) {
          s.rc++
          return s
        }
        return setCopy(rt, s)
      },
    },
  })
  void typeError
  void raise
}

// ---------------------------------------------------------------------------
// set_iterator: `o.v` the set (null when exhausted), `o.w` { used, pos, len }

interface SetIterState {
  used: number
  pos: number
  len: number
}

/** iter(s): a set_iterator (getsizeof 64). */
export function setIter(rt: Runtime, s: PyObject): PyObject {
  const st: SetIterState = { used: so(s).used, pos: 0, len: so(s).used }
  const it = allocObject(rt, rt.t.set_iterator, 48, s, st)
  s.rc++
  gcTrack(rt, it)
  return it
}

function setIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const s = it.v as PyObject | null
  if (s === null) return null
  const st = it.w as SetIterState
  if (st.used !== so(s).used) {
    st.used = -1
    raise(rt, rt.t.RuntimeError, "Set changed size during iteration")
  }
  const i = setNext(s, st.pos)
  if (i < 0) {
    st.pos = so(s).mask + 2
    it.v = null
    decref(rt, s)
    return null
  }
  st.pos = i + 1
  st.len--
  const key = setKeyAt(s, i)
  key.rc++
  return key
}

function setIterDealloc(rt: Runtime, it: PyObject): void {
  gcUntrack(rt, it)
  const s = it.v as PyObject | null
  it.v = null
  if (s !== null) decref(rt, s)
  freeObject(rt, it)
}

function setIterLen(rt: Runtime, it: PyObject): PyObject {
  const s = it.v as PyObject | null
  const st = it.w as SetIterState
  return newInt(rt, s !== null && st.used === so(s).used ? st.len : 0)
}

/** For tests. */
export const __test = { setRepr, setRichCompare, setOr, setAnd, setSub, setXor, setNew, setInit }
