// range and its iterators.
//
//            ┌──────────────┐
//   addr+0   │ ob_refcnt    │  range is not a GC type (getsizeof 48)
//   addr+8   │ ob_type      │
//   addr+16  │ start        │  four int objects, owned: `o.v` = [start, stop, step, length]
//   addr+24  │ stop         │
//   addr+32  │ step         │
//   addr+40  │ length       │
//            └──────────────┘
//
// The iterators are not GC objects either (48 bytes): range_iterator when
// every value fits a C long, longrange_iterator otherwise. They keep plain
// JS numbers or bigints (`o.v` = RangeIterState), not int objects, and make
// a new int per step (small ints come from the cache).
//
// @cpython Objects/rangeobject.c

import { index as numberIndex, reprString, richCompareBool } from "./abstract.js"
import type { MethodImpl } from "./descr.js"
import {
  checkPositional,
  defineGetSets,
  defineMethods,
  noKeywords,
  positionalCount,
} from "./descr.js"
import { raise, typeError } from "./errors.js"
import { hashFromBig } from "./probe.js"
import { type IntValue, newInt } from "./int.js"
import type { PyObject } from "./object.js"
import { allocObject, decref, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { isIndexable } from "./sequtil.js"
import { sliceAdjust } from "./slice.js"
import { newStr } from "./str.js"
import { tupleHash, tuplePack } from "./tuple.js"
import type { CompareOp as CompareOpT, PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** tp_basicsize of range and of its iterators. */
export const RANGE_BASICSIZE = 48
export const RANGEITER_BASICSIZE = 48

const LONG_MAX = (1n << 63n) - 1n
const LONG_MIN = -(1n << 63n)

function big(o: PyObject): bigint {
  const v = o.v as IntValue
  return typeof v === "bigint" ? v : BigInt(v)
}

function norm(b: bigint): IntValue {
  const n = Number(b)
  return Number.isSafeInteger(n) ? n : b
}

/** compute_range_length: the number of values of range(start, stop, step). */
export function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n
}

/** rangeLength for safe-integer bounds. */
function rangeLengthNumber(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0
}

/** A new range object; start/stop/step borrowed (ints). */
export function newRange(rt: Runtime, start: PyObject, stop: PyObject, step: PyObject): PyObject {
  const a = start.v as IntValue
  const b = stop.v as IntValue
  const c = step.v as IntValue
  // Doubles give the exact length while |stop - start| stays far below 2^53; else bigints.
  const length =
    typeof a === "number" &&
    typeof b === "number" &&
    typeof c === "number" &&
    Math.abs(b - a) <= 2 ** 50
      ? newInt(rt, rangeLengthNumber(a, b, c))
      : newInt(rt, norm(rangeLength(big(start), big(stop), big(step))))
  start.rc++
  stop.rc++
  step.rc++
  return allocObject(rt, rt.t.range, RANGE_BASICSIZE, [start, stop, step, length], null)
}

function parts(r: PyObject): [bigint, bigint, bigint, bigint] {
  const [a, b, c, d] = r.v as PyObject[]
  return [big(a!), big(b!), big(c!), big(d!)]
}

/** range(stop) / range(start, stop[, step]). */
function rangeNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords(rt, "range", kwnames)
  const n = positionalCount(args, kwnames)
  if (n === 0) typeError(rt, "range expected at least 1 argument, got 0")
  if (n > 3) typeError(rt, `range expected at most 3 arguments, got ${n}`)
  void type
  const conv: PyObject[] = []
  try {
    for (let i = 0; i < n; i++) {
      const a = args[i]!
      if (a.type === rt.t.int) {
        a.rc++
        conv.push(a)
      } else conv.push(numberIndex(rt, a))
    }
    if (n === 1) {
      const zero = newInt(rt, 0)
      const one = newInt(rt, 1)
      try {
        return newRange(rt, zero, conv[0]!, one)
      } finally {
        decref(rt, zero)
        decref(rt, one)
      }
    }
    const step = n === 3 ? conv[2]! : null
    if (step !== null && (step.v === 0 || step.v === 0n))
      raise(rt, rt.t.ValueError, "range() arg 3 must not be zero")
    const one = newInt(rt, 1)
    try {
      return newRange(rt, conv[0]!, conv[1]!, step ?? one)
    } finally {
      decref(rt, one)
    }
  } finally {
    for (const c of conv) decref(rt, c)
  }
}

function rangeDealloc(rt: Runtime, r: PyObject): void {
  const [a, b, c, d] = r.v as PyObject[]
  r.v = null
  decref(rt, a!)
  decref(rt, b!)
  decref(rt, c!)
  decref(rt, d!)
  freeObject(rt, r)
}

function rangeLen(rt: Runtime, r: PyObject): number {
  const len = (r.v as PyObject[])[3]!.v as IntValue
  if (typeof len === "bigint" && len > LONG_MAX)
    raise(rt, rt.t.OverflowError, "Python int too large to convert to C ssize_t")
  return Number(len)
}

function rangeItemBig(r: PyObject, i: bigint): bigint {
  const [start, , step] = parts(r)
  return start + i * step
}

function rangeSubscript(rt: Runtime, r: PyObject, key: PyObject): PyObject {
  const [start, , step, len] = parts(r)
  if (isIndexable(key)) {
    const ix = numberIndex(rt, key)
    let i = big(ix)
    decref(rt, ix)
    if (i < 0n) i += len
    if (i < 0n || i >= len) raise(rt, rt.t.IndexError, "range object index out of range")
    return newInt(rt, norm(rangeItemBig(r, i)))
  }
  if (key.type === rt.t.slice) {
    // compute_slice: the indices of the slice applied to range(len), mapped through start/step.
    const s = sliceAdjust(rt, key, Number(len > LONG_MAX ? LONG_MAX : len))
    const nstart = start + BigInt(s.start) * step
    const nstep = step * BigInt(s.step)
    const nstop = start + BigInt(s.stop) * step
    const a = newInt(rt, norm(nstart))
    const b = newInt(rt, norm(nstop))
    const c = newInt(rt, norm(nstep))
    try {
      return newRange(rt, a, b, c)
    } finally {
      decref(rt, a)
      decref(rt, b)
      decref(rt, c)
    }
  }
  return typeError(rt, `range indices must be integers or slices, not ${key.type.name}`)
}

/** Whether `x` (an exact int or bool) is one of the range's values, by arithmetic. */
function containsLong(r: PyObject, x: bigint): boolean {
  const [start, stop, step] = parts(r)
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false
  return (x - start) % step === 0n
}

function isExactIntOrBool(rt: Runtime, o: PyObject): boolean {
  return o.type === rt.t.int || o.type === rt.t.bool
}

function rangeContains(rt: Runtime, r: PyObject, x: PyObject): boolean {
  if (isExactIntOrBool(rt, x)) return containsLong(r, big(x))
  const it = rangeIter(rt, r)
  try {
    let v: PyObject | null
    while ((v = rangeIterNext(rt, it)) !== null) {
      try {
        if (richCompareBool(rt, v, x, CompareOp.EQ)) return true
      } finally {
        decref(rt, v)
      }
    }
    return false
  } finally {
    decref(rt, it)
  }
}

/** range_equals: equal as sequences (same length, first item and step when they matter). */
function rangeEquals(a: PyObject, b: PyObject): boolean {
  if (a === b) return true
  const [s1, , st1, l1] = parts(a)
  const [s2, , st2, l2] = parts(b)
  if (l1 !== l2) return false
  if (l1 === 0n) return true
  if (s1 !== s2) return false
  if (l1 === 1n) return true
  return st1 === st2
}

function rangeRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOpT): PyObject {
  if (b.type !== rt.t.range || (op !== CompareOp.EQ && op !== CompareOp.NE)) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  const eq = rangeEquals(a, b) === (op === CompareOp.EQ)
  const r = eq ? rt.True : rt.False
  r.rc++
  return r
}

/** range_hash: the hash of (len, start, step), with None for the parts equality ignores. */
function rangeHash(rt: Runtime, r: PyObject): number | bigint {
  const [start, , step, len] = r.v as PyObject[]
  const t =
    big(len!) === 0n
      ? tuplePack(rt, len!, rt.None, rt.None)
      : big(len!) === 1n
        ? tuplePack(rt, len!, start!, rt.None)
        : tuplePack(rt, len!, start!, step!)
  try {
    return tupleHash(rt, t)
  } finally {
    decref(rt, t)
  }
}

function rangeRepr(rt: Runtime, r: PyObject): PyObject {
  const [start, stop, step] = r.v as PyObject[]
  const s = `range(${reprString(rt, start!)}, ${reprString(rt, stop!)}`
  return newStr(rt, big(step!) === 1n ? `${s})` : `${s}, ${reprString(rt, step!)})`)
}

function rangeBool(_rt: Runtime, r: PyObject): boolean {
  return big((r.v as PyObject[])[3]!) !== 0n
}

const rangeCount: MethodImpl = (rt, self, args) => {
  const x = args[0]!
  if (isExactIntOrBool(rt, x)) return newInt(rt, containsLong(self, big(x)) ? 1 : 0)
  let c = 0
  const it = rangeIter(rt, self)
  try {
    let v: PyObject | null
    while ((v = rangeIterNext(rt, it)) !== null) {
      try {
        if (richCompareBool(rt, v, x, CompareOp.EQ)) c++
      } finally {
        decref(rt, v)
      }
    }
  } finally {
    decref(rt, it)
  }
  return newInt(rt, c)
}

const rangeIndex: MethodImpl = (rt, self, args) => {
  const x = args[0]!
  if (isExactIntOrBool(rt, x)) {
    if (containsLong(self, big(x))) {
      const [start, , step] = parts(self)
      return newInt(rt, norm((big(x) - start) / step))
    }
  } else {
    let i = 0
    const it = rangeIter(rt, self)
    try {
      let v: PyObject | null
      while ((v = rangeIterNext(rt, it)) !== null) {
        try {
          if (richCompareBool(rt, v, x, CompareOp.EQ)) return newInt(rt, i)
        } finally {
          decref(rt, v)
        }
        i++
      }
    } finally {
      decref(rt, it)
    }
  }
  return raise(rt, rt.t.ValueError, `${reprString(rt, x)} is not in range`)
}

// ---------------------------------------------------------------------------
// Iterators

/** The state of a range iterator: next value, step, values left (JS numbers when safe). */
export interface RangeIterState {
  start: IntValue
  step: IntValue
  len: IntValue
}

function fitsLong(x: bigint): boolean {
  return x >= LONG_MIN && x <= LONG_MAX
}

function makeRangeIter(rt: Runtime, start: bigint, step: bigint, len: bigint): PyObject {
  const stop = start + len * step
  const long = fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(len)
  const type = long ? rt.t.range_iterator : rt.t.longrange_iterator
  const st: RangeIterState = { start: norm(start), step: norm(step), len: norm(len) }
  return allocObject(rt, type, RANGEITER_BASICSIZE, st, null)
}

/** iter(range): a new range iterator. */
export function rangeIter(rt: Runtime, r: PyObject): PyObject {
  const [a, b, c, d] = r.v as PyObject[]
  const start = a!.v as IntValue
  const step = c!.v as IntValue
  const len = d!.v as IntValue
  // Bounds that fit a C long in the common case, without bigints.
  if (
    typeof start === "number" &&
    typeof b!.v === "number" &&
    typeof step === "number" &&
    typeof len === "number" &&
    Math.abs(start) < 2 ** 51 &&
    Math.abs(b!.v) < 2 ** 51 &&
    Math.abs(step) < 2 ** 51
  ) {
    const st: RangeIterState = { start, step, len }
    return allocObject(rt, rt.t.range_iterator, RANGEITER_BASICSIZE, st, null)
  }
  return rangeIterBig(rt, r)
}

function rangeIterBig(rt: Runtime, r: PyObject): PyObject {
  const [start, , step, len] = parts(r)
  return makeRangeIter(rt, start, step, len)
}

/** reversed(range). */
function rangeReversed(rt: Runtime, r: PyObject): PyObject {
  const [start, , step, len] = parts(r)
  return makeRangeIter(rt, start + (len - 1n) * step, -step, len)
}

function rangeIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const st = it.v as RangeIterState
  const len = st.len
  if (typeof len === "number" && typeof st.start === "number" && typeof st.step === "number") {
    if (len <= 0) return null
    const r = st.start
    const next = r + st.step
    st.start = Number.isSafeInteger(next) ? next : BigInt(r) + BigInt(st.step)
    st.len = len - 1
    return newInt(rt, r)
  }
  const l = BigInt(len)
  if (l <= 0n) return null
  const r = BigInt(st.start)
  st.start = norm(r + BigInt(st.step))
  st.len = norm(l - 1n)
  return newInt(rt, norm(r))
}

function rangeIterLen(rt: Runtime, it: PyObject): PyObject {
  return newInt(rt, (it.v as RangeIterState).len)
}

/** Creates range, range_iterator and longrange_iterator (bootstrap). */
export function initRangeTypes(rt: Runtime): void {
  const t = newStaticType(rt, "range", null, RANGE_BASICSIZE, 0, 0)
  t.dealloc = rangeDealloc
  t.newObj = rangeNew
  t.length = rangeLen
  t.getitem = rangeSubscript
  t.contains = rangeContains
  t.richcompare = rangeRichCompare
  t.hash = rangeHash
  t.repr = rangeRepr
  t.bool = rangeBool
  t.iter = rangeIter
  t.isSequence = true
  rt.t.range = t
  defineMethods(rt, t, {
    count: { kind: "o", fn: rangeCount },
    index: { kind: "o", fn: rangeIndex },
    __reversed__: { kind: "noargs", fn: (rt, r) => rangeReversed(rt, r) },
  })
  const part = (i: number) => ({
    get: (_rt: Runtime, o: PyObject) => {
      const p = (o.v as PyObject[])[i]!
      p.rc++
      return p
    },
  })
  defineGetSets(rt, t, { start: part(0), stop: part(1), step: part(2) })
  for (const name of ["range_iterator", "longrange_iterator"]) {
    const it = newStaticType(rt, name, null, RANGEITER_BASICSIZE, 0, 0)
    it.dealloc = (rt, o) => freeObject(rt, o)
    it.iter = (_rt, o) => {
      o.rc++
      return o
    }
    it.iternext = rangeIterNext
    rt.t[name] = it
    defineMethods(rt, it, { __length_hint__: { kind: "noargs", fn: rangeIterLen } })
  }
  void checkPositional
  void hashFromBig
  void TypeFlags
}
