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

import {
  getIter,
  hashNotImplemented,
  hash as objectHash,
  iterNext,
  reprString,
  richCompare,
  richCompareBool,
  typeName,
} from "./abstract.js"
import type { MethodImpl } from "./descr.js"
import { defineMethods, positionalCount, checkPositional } from "./descr.js"
import { raise, typeError } from "./errors.js"
import { newInt } from "./int.js"
import { tupleIter } from "./iterobject.js"
import { PyObject } from "./object.js"
import { hashFromBig, probeHi, probeLo } from "./probe.js"
import { indexArg, indexRange, isIndexable, reprEnter, reprLeave } from "./sequtil.js"
import { sliceAdjust } from "./slice.js"
import { newStr } from "./str.js"
import type { CompareOp as CompareOpT, PyType } from "./type.js"
import { CompareOp } from "./type.js"
import { allocObject, reviveObject, decref, freeObject, trashcanDealloc } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStaticObject } from "./static.js"
import { gcTrack, gcUntrack, mayBeTracked } from "./gcstate.js"
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
      // Reuse a dead tuple of the same size (its block, and so its id).
      o = reviveObject(rt, dead, items, null)
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
  t.length = tupleLength
  t.getitem = tupleSubscript
  t.contains = tupleContains
  t.sqConcat = tupleConcat
  t.sqRepeat = tupleRepeat
  t.richcompare = tupleRichCompare
  t.hash = tupleHash
  t.repr = tupleRepr
  t.iter = tupleIter
  t.newObj = tupleNew
  rt.t.tuple = t
  defineMethods(rt, t, {
    count: { kind: "o", fn: tupleCount },
    index: { kind: "fast", fn: tupleIndex },
    __getnewargs__: { kind: "noargs", fn: tupleGetnewargs },
  })
  // `()` lives in the static segment with its GC header (the header is part of the static object).
  const e = newStaticObject(rt, t, 16 + TUPLE_BASICSIZE, [], null)
  e.addr += 16
  rt.emptyTuple = e
}

// ---------------------------------------------------------------------------
// Operators and methods

function tupleLength(_rt: Runtime, o: PyObject): number {
  return (o.v as PyObject[]).length
}

/** tuple[i] / tuple[i:j:k]. */
function tupleSubscript(rt: Runtime, o: PyObject, key: PyObject): PyObject {
  const items = o.v as PyObject[]
  if (isIndexable(key)) {
    let i = indexArg(rt, key)
    if (i < 0) i += items.length
    if (i < 0 || i >= items.length) raise(rt, rt.t.IndexError, "tuple index out of range")
    const item = items[i]!
    item.rc++
    return item
  }
  if (key.type === rt.t.slice) {
    const s = sliceAdjust(rt, key, items.length)
    if (s.length <= 0) return newTuple(rt, [])
    if (s.start === 0 && s.step === 1 && s.length === items.length && o.type === rt.t.tuple) {
      o.rc++
      return o
    }
    const out: PyObject[] = new Array<PyObject>(s.length)
    for (let k = 0, j = s.start; k < s.length; k++, j += s.step) {
      const item = items[j]!
      item.rc++
      out[k] = item
    }
    return newTuple(rt, out)
  }
  return typeError(rt, `tuple indices must be integers or slices, not ${typeName(key)}`)
}

/** `x in t`: identity first, then ==. */
function tupleContains(rt: Runtime, o: PyObject, x: PyObject): boolean {
  const items = o.v as PyObject[]
  for (let i = 0; i < items.length; i++)
    if (richCompareBool(rt, items[i]!, x, CompareOp.EQ)) return true
  return false
}

function tupleConcat(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isTuple(b)) typeError(rt, `can only concatenate tuple (not "${typeName(b)}") to tuple`)
  const x = a.v as PyObject[]
  const y = b.v as PyObject[]
  if (x.length === 0 && b.type === rt.t.tuple) {
    b.rc++
    return b
  }
  if (y.length === 0 && a.type === rt.t.tuple) {
    a.rc++
    return a
  }
  const out = x.concat(y)
  for (let i = 0; i < out.length; i++) out[i]!.rc++
  return newTuple(rt, out)
}

function tupleRepeat(rt: Runtime, o: PyObject, n: number): PyObject {
  const items = o.v as PyObject[]
  if (items.length === 0 || n <= 0) return newTuple(rt, [])
  if (n === 1 && o.type === rt.t.tuple) {
    o.rc++
    return o
  }
  if (items.length * n > 2 ** 60 / 8) raise(rt, rt.t.MemoryError, null)
  const out: PyObject[] = new Array<PyObject>(items.length * n)
  let k = 0
  for (let r = 0; r < n; r++)
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      item.rc++
      out[k++] = item
    }
  return newTuple(rt, out)
}

/**
 * Element-wise comparison shared by tuple and list: the first index where
 * the items differ (by ==) decides, else the lengths do.
 */
export function seqRichCompare(
  rt: Runtime,
  x: PyObject[],
  y: PyObject[],
  op: CompareOpT,
): PyObject {
  let i = 0
  for (; i < x.length && i < y.length; i++) {
    if (!richCompareBool(rt, x[i]!, y[i]!, CompareOp.EQ)) break
    // A comparison may have shrunk either sequence (a list); the loop re-reads the lengths.
  }
  if (i >= x.length || i >= y.length) {
    const a = x.length
    const b = y.length
    let r: boolean
    switch (op) {
      case CompareOp.LT:
        r = a < b
        break
      case CompareOp.LE:
        r = a <= b
        break
      case CompareOp.EQ:
        r = a === b
        break
      case CompareOp.NE:
        r = a !== b
        break
      case CompareOp.GT:
        r = a > b
        break
      default:
        r = a >= b
    }
    const res = r ? rt.True : rt.False
    res.rc++
    return res
  }
  if (op === CompareOp.EQ) {
    rt.False.rc++
    return rt.False
  }
  if (op === CompareOp.NE) {
    rt.True.rc++
    return rt.True
  }
  return richCompare(rt, x[i]!, y[i]!, op)
}

function tupleRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOpT): PyObject {
  if (!isTuple(a) || !isTuple(b)) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  return seqRichCompare(rt, a.v as PyObject[], b.v as PyObject[], op)
}

// xxHash primes as (high, low) unsigned 32-bit halves.
const P1_HI = 0x9e3779b1
const P1_LO = 0x85ebca87
const P2_HI = 0xc2b2ae3d
const P2_LO = 0x27d4eb4f
const P5_HI = 0x27d4eb2f
const P5_LO = 0x165667c5
/** Low half of XXPRIME_5 ^ 3527539 (the high half is P5_HI). */
const P5X_LO = (P5_LO ^ 3527539) >>> 0
const TWO32 = 4294967296

/**
 * tuplehash: 3.11's xxHash-based combination of the item hashes,
 *   acc = P5; for each item: acc = rotl31(acc + hash(item) * P2) * P1
 *   acc += len ^ (P5 ^ 3527539); -1 becomes 1546275796
 * computed modulo 2^64 on pairs of unsigned 32-bit halves (no BigInt on the
 * common path: str item hashes come from the halves cached for probing).
 */
export function tupleHash(rt: Runtime, o: PyObject): number | bigint {
  const items = o.v as PyObject[]
  let hi = P5_HI
  let lo = P5_LO
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const h = objectHash(rt, item)
    const isStr = item.type === rt.t.str
    const lh = probeHi(h, item.w, isStr)
    const ll = probeLo(h, item.w, isStr)
    // acc += lane * P2
    const m = mul64Hi(lh, ll, P2_HI, P2_LO)
    const sumLo = lo + mul64Lo(ll, P2_LO)
    lo = sumLo >>> 0
    hi = (hi + m + (sumLo >= TWO32 ? 1 : 0)) >>> 0
    // acc = rotl31(acc)
    const rh = ((hi << 31) | (lo >>> 1)) >>> 0
    const rl = ((lo << 31) | (hi >>> 1)) >>> 0
    // acc *= P1
    hi = mul64Hi(rh, rl, P1_HI, P1_LO)
    lo = mul64Lo(rl, P1_LO)
  }
  const addLo = (items.length ^ P5X_LO) >>> 0
  const sumLo = lo + addLo
  lo = sumLo >>> 0
  hi = (hi + P5_HI + (sumLo >= TWO32 ? 1 : 0)) >>> 0
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796
  if (hi < 0x1fffff) return hi * TWO32 + lo
  if (hi > 0xffe00000) return (hi - TWO32) * TWO32 + lo
  return hashFromBig((BigInt(hi) << 32n) | BigInt(lo))
}

/** The low 32 bits of al × bl (unsigned halves). */
function mul64Lo(al: number, bl: number): number {
  const a0 = al & 0xffff
  const a1 = al >>> 16
  const b0 = bl & 0xffff
  const b1 = bl >>> 16
  return (a0 * b0 + ((a0 * b1 + a1 * b0) % 65536) * 65536) % TWO32
}

/** The high 32 bits of (ah:al) × (bh:bl) mod 2^64 (unsigned halves). */
function mul64Hi(ah: number, al: number, bh: number, bl: number): number {
  const a0 = al & 0xffff
  const a1 = al >>> 16
  const b0 = bl & 0xffff
  const b1 = bl >>> 16
  const mid = a0 * b1 + a1 * b0
  const t = a0 * b0 + (mid % 65536) * 65536
  const carry = Math.floor(t / TWO32)
  return (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0
}

/** repr: "()", "(1,)", "(1, 2)"; "(...)" for a tuple already being printed. */
function tupleRepr(rt: Runtime, o: PyObject): PyObject {
  const items = o.v as PyObject[]
  if (items.length === 0) return newStr(rt, "()")
  if (reprEnter(rt, o)) return newStr(rt, "(...)")
  try {
    const parts: string[] = []
    for (let i = 0; i < items.length; i++) parts.push(reprString(rt, items[i]!))
    return newStr(rt, items.length === 1 ? `(${parts[0]!},)` : `(${parts.join(", ")})`)
  } finally {
    reprLeave(rt, o)
  }
}

/**
 * PySequence_Tuple: a tuple of the items of any iterable (the argument
 * itself for an exact tuple). heapscope collects the items before
 * allocating, where CPython grows a tuple in place with _PyTuple_Resize.
 */
export function sequenceTuple(rt: Runtime, v: PyObject): PyObject {
  if (v.type === rt.t.tuple) {
    v.rc++
    return v
  }
  if ((v.type.flags & TypeFlags.LIST_SUBCLASS) !== 0)
    return tupleFromBorrowed(rt, v.v as PyObject[])
  const it = getIter(rt, v)
  const items: PyObject[] = []
  try {
    let x: PyObject | null
    while ((x = iterNext(rt, it)) !== null) items.push(x)
  } catch (e) {
    for (let i = items.length - 1; i >= 0; i--) decref(rt, items[i]!)
    throw e
  } finally {
    decref(rt, it)
  }
  return newTuple(rt, items)
}

/** tuple(iterable=()) and subclasses. */
function tupleNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0 && type === rt.t.tuple)
    typeError(rt, "tuple() takes no keyword arguments")
  const n = positionalCount(args, kwnames)
  checkPositional(rt, "tuple", n, 0, 1)
  const base = n === 0 ? newTuple(rt, []) : sequenceTuple(rt, args[0]!)
  if (type === rt.t.tuple) return base
  // tuple_subtype_new: a subclass instance with copies of the items.
  const items = (base.v as PyObject[]).slice()
  for (let i = 0; i < items.length; i++) items[i]!.rc++
  decref(rt, base)
  const o = allocObject(rt, type, type.basicsize + TUPLE_ITEMSIZE * items.length, items, null)
  gcTrack(rt, o)
  return o
}

function tupleCount(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  const items = self.v as PyObject[]
  let c = 0
  for (let i = 0; i < items.length; i++)
    if (richCompareBool(rt, items[i]!, args[0]!, CompareOp.EQ)) c++
  return newInt(rt, c)
}

const tupleIndex: MethodImpl = (rt, self, args) => {
  checkPositional(rt, "index", args.length, 1, 3)
  const items = self.v as PyObject[]
  const [start, stop] = indexRange(rt, args[1], args[2], items.length)
  for (let i = start; i < stop && i < items.length; i++)
    if (richCompareBool(rt, items[i]!, args[0]!, CompareOp.EQ)) return newInt(rt, i)
  return raise(rt, rt.t.ValueError, "tuple.index(x): x not in tuple")
}

function tupleGetnewargs(rt: Runtime, self: PyObject): PyObject {
  return newTuple(rt, [tupleFromBorrowed(rt, self.v as PyObject[])])
}

/** tp_hash for the unhashable containers (list, dict, set): "unhashable type: 'list'". */
export const unhashable = hashNotImplemented

/**
 * _PyTuple_MaybeUntrack: the collector calls this for tracked tuples; a
 * tuple holding only objects that can never be part of a cycle is untracked
 * (why `gc.is_tracked((1, 2))` turns False after a collection).
 */
export function tupleMaybeUntrack(rt: Runtime, t: PyObject): void {
  if (t.gcNext === null) return
  const items = t.v as PyObject[]
  for (let i = 0; i < items.length; i++) if (mayBeTracked(rt, items[i]!)) return
  gcUntrack(rt, t)
}
