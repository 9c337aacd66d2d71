// set and frozenset: open-addressing hash tables of keys.
//
// The table is an array of (key, hash) entries of 2^k slots. Small sets use
// the 8-entry table inside the object itself; a larger table is a separate
// block in the mem domain (16 bytes per entry):
//
//   set object (200 + 16 GC)              separate table (mask+1 entries)
//   ┌───────────────────────┐             ┌───────────┬───────────┐
//   │ PyGC_Head             │             │ key       │ hash      │ slot 0
//   │ ob_refcnt, ob_type    │             ├───────────┼───────────┤
//   │ fill   used   mask    │             │ NULL      │ 0         │ unused
//   │ table ────────────────┼──(big)────► ├───────────┼───────────┤
//   │ hash (frozenset)      │             │ <dummy>   │ -1        │ deleted
//   │ finger (pop)          │             ├───────────┼───────────┤
//   │ smalltable[8] ◄───────┼──(small)    │ …         │           │
//   │ weakreflist           │             └───────────┴───────────┘
//   └───────────────────────┘
//
// Probing (set_add_entry / set_lookkey): start at hash & mask and look at
// up to LINEAR_PROBES (9) following slots when they fit before the end,
// then jump: perturb >>= 5; i = (i*5 + 1 + perturb) & mask. Iteration walks
// the slots in index order, so the order of a set is the layout of its
// table: for ints and (with PYTHONHASHSEED=0) strs heapscope reproduces it.
// After an insertion into an unused slot, if fill*5 >= mask*3 the table is
// rebuilt with the smallest power of two > used*4 (used*2 above 50 000).
//
// heapscope keeps the slots in two JS arrays (keys, hashes); a dummy is
// key null with hash -1, an unused slot key null with hash 0.
//
// Invariant (set). fill == active + dummy slots; used == active slots;
// fill < mask + 1 (at least one unused slot ends every failing probe);
// tableAddr is 0 iff mask == 7. checkSet() asserts it.
//
// @cpython Objects/setobject.c

import { getIter, iterNext, richCompareBool, hash as objectHash } from "./abstract.js"
import { dictHashAt, dictKeyAt, dictNext, dictSize } from "./dict.js"
import { newExceptionArgs } from "./exceptions.js"
import { gcUntrack, gcTrack } from "./gcstate.js"
import type { PyObject } from "./object.js"
import type { Hash } from "./probe.js"
import { PERTURB_SHIFT, hashFromBig, hashToBig, probeHi, probeLo } from "./probe.js"
import { allocObject, decref, freeObject, noMemory, trashcanDealloc } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { strHashCached } from "./str.js"
import type { PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** tp_basicsize of set and frozenset (16 header + 6 fields + smalltable + weakreflist). */
export const SET_BASICSIZE = 200
/** PySet_MINSIZE and LINEAR_PROBES. */
export const SET_MINSIZE = 8
export const LINEAR_PROBES = 9

/** The payload of a set or frozenset (`o.v`). */
export class SetObj {
  fill: number
  used: number
  mask: number
  keys: (PyObject | null)[]
  hashes: Hash[]
  /** Address of the out-of-object table, 0 while the smalltable is in use. */
  tableAddr: number
  /** frozenset's cached hash, -1 while not computed. */
  hash: Hash
  /** Where set.pop() resumes. */
  finger: number
  constructor() {
    this.fill = 0
    this.used = 0
    this.mask = SET_MINSIZE - 1
    this.keys = new Array<PyObject | null>(SET_MINSIZE).fill(null)
    this.hashes = new Array<Hash>(SET_MINSIZE).fill(0)
    this.tableAddr = 0
    this.hash = -1
    this.finger = 0
  }
}

/** PyAnySet_Check: set, frozenset or a subclass of either. */
export function isAnySet(rt: Runtime, o: PyObject): boolean {
  const t = o.type
  if (t === rt.t.set || t === rt.t.frozenset) return true
  for (const b of t.mro) if (b === rt.t.set || b === rt.t.frozenset) return true
  return false
}

/** PyFrozenSet_Check. */
export function isFrozenSet(rt: Runtime, o: PyObject): boolean {
  const t = o.type
  if (t === rt.t.frozenset) return true
  for (const b of t.mro) if (b === rt.t.frozenset) return true
  return false
}

/** len(s). */
export function setSize(s: PyObject): number {
  return (s.v as SetObj).used
}

/** The payload of a set. */
export function setObj(s: PyObject): SetObj {
  return s.v as SetObj
}

/** The hash of a key with the exact-str fast path (raises "unhashable type: 'list'"). */
export function setKeyHash(rt: Runtime, key: PyObject): Hash {
  if (key.type === rt.t.str) {
    return strHashCached(key)
  }
  return objectHash(rt, key)
}

// ---------------------------------------------------------------------------
// Probing

/**
 * set_lookkey: the slot holding `key`, or the unused slot that ends its
 * probe sequence (then keys[slot] is null). Restarts if `==` mutated the set.
 */
function lookKey(rt: Runtime, so: SetObj, key: PyObject, hash: Hash): number {
  const keyIsStr = key.type === rt.t.str
  restart: for (;;) {
    let mask = so.mask
    let plo = probeLo(hash, key.w, keyIsStr)
    let phi = probeHi(hash, key.w, keyIsStr)
    let i = plo & mask
    for (;;) {
      let j = i
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0
      do {
        const ek = so.keys[j]!
        const eh = so.hashes[j]!
        if (ek === null && eh === 0) return j
        if (eh === hash && ek !== null) {
          if (ek === key) return j
          if (keyIsStr && ek.type === rt.t.str) {
            if (ek.v === key.v) return j
          } else {
            const table = so.keys
            ek.rc++
            let eq: boolean
            try {
              eq = richCompareBool(rt, ek, key, CompareOp.EQ)
            } finally {
              decref(rt, ek)
            }
            if (table !== so.keys || so.keys[j] !== ek) continue restart
            if (eq) return j
            mask = so.mask
          }
        }
        j++
      } while (probes-- > 0)
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0
      phi >>>= PERTURB_SHIFT
      i = (i * 5 + 1 + plo) & mask
    }
  }
}

/** set_insert_clean: puts a key known to be absent in the first null slot of its probe path. */
function insertClean(
  keys: (PyObject | null)[],
  hashes: Hash[],
  mask: number,
  key: PyObject,
  hash: Hash,
  strType: PyType,
): void {
  const isStr = key.type === strType
  let plo = probeLo(hash, key.w, isStr)
  let phi = probeHi(hash, key.w, isStr)
  let i = plo & mask
  for (;;) {
    if (keys[i] === null) break
    if (i + LINEAR_PROBES <= mask) {
      let j = 0
      for (; j < LINEAR_PROBES; j++) if (keys[i + j + 1] === null) break
      if (j < LINEAR_PROBES) {
        i = i + j + 1
        break
      }
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0
    phi >>>= PERTURB_SHIFT
    i = (i * 5 + 1 + plo) & mask
  }
  keys[i] = key
  hashes[i] = hash
}

/**
 * set_table_resize: rebuilds the table with the smallest power of two
 * greater than `minused`, dropping dummies; the smalltable is reused for 8.
 */
export function setTableResize(rt: Runtime, s: PyObject, minused: number): void {
  const so = s.v as SetObj
  let newsize = SET_MINSIZE
  while (newsize <= minused) newsize *= 2
  const oldKeys = so.keys
  const oldHashes = so.hashes
  const oldAddr = so.tableAddr
  let newAddr = 0
  if (newsize === SET_MINSIZE) {
    if (oldAddr === 0 && so.fill === so.used) return
  } else {
    newAddr = rt.heap.memMalloc(16 * newsize)
    if (newAddr === 0) noMemory(rt)
  }
  const keys = new Array<PyObject | null>(newsize).fill(null)
  const hashes = new Array<Hash>(newsize).fill(0)
  const mask = newsize - 1
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i]!
    if (k !== null) insertClean(keys, hashes, mask, k, oldHashes[i]!, rt.t.str)
  }
  so.keys = keys
  so.hashes = hashes
  so.mask = mask
  so.fill = so.used
  so.tableAddr = newAddr
  if (oldAddr !== 0) rt.heap.memFree(oldAddr)
}

/**
 * set_add_entry: adds `key` (borrowed) with `hash`. A dummy seen on the way
 * (the last one before the first unused slot) is reused.
 */
export function setAddEntry(rt: Runtime, s: PyObject, key: PyObject, hash: Hash): void {
  const so = s.v as SetObj
  const keyIsStr = key.type === rt.t.str
  key.rc++
  try {
    restart: for (;;) {
      let mask = so.mask
      let plo = probeLo(hash, key.w, keyIsStr)
      let phi = probeHi(hash, key.w, keyIsStr)
      let i = plo & mask
      let freeslot = -1
      for (;;) {
        let j = i
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0
        do {
          const ek = so.keys[j]!
          const eh = so.hashes[j]!
          if (ek === null && eh === 0) {
            if (freeslot >= 0) {
              so.used++
              so.keys[freeslot] = key
              so.hashes[freeslot] = hash
              return
            }
            so.fill++
            so.used++
            so.keys[j] = key
            so.hashes[j] = hash
            if (so.fill * 5 < mask * 3) return
            break restart
          }
          if (eh === hash && ek !== null) {
            if (ek === key || (keyIsStr && ek.type === rt.t.str && ek.v === key.v)) {
              decref(rt, key)
              return
            }
            const table = so.keys
            ek.rc++
            let eq: boolean
            try {
              eq = richCompareBool(rt, ek, key, CompareOp.EQ)
            } finally {
              decref(rt, ek)
            }
            if (eq) {
              decref(rt, key)
              return
            }
            if (table !== so.keys || so.keys[j] !== ek) continue restart
            mask = so.mask
          } else if (ek === null && eh === -1) {
            freeslot = j
          }
          j++
        } while (probes-- > 0)
        plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0
        phi >>>= PERTURB_SHIFT
        i = (i * 5 + 1 + plo) & mask
      }
    }
  } catch (e) {
    decref(rt, key)
    throw e
  }
  // The key went into an unused slot and the table is too full now.
  setTableResize(rt, s, so.used > 50000 ? so.used * 2 : so.used * 4)
}

/** PySet_Add / set.add: adds `key` (borrowed). Raises for unhashable keys. */
export function setAdd(rt: Runtime, s: PyObject, key: PyObject): void {
  setAddEntry(rt, s, key, setKeyHash(rt, key))
}

/** set_contains_entry. */
export function setContainsEntry(rt: Runtime, s: PyObject, key: PyObject, hash: Hash): boolean {
  const so = s.v as SetObj
  return so.keys[lookKey(rt, so, key, hash)] !== null
}

/** `key in s` without the set-to-frozenset retry (raises for unhashable keys). */
export function setContainsKey(rt: Runtime, s: PyObject, key: PyObject): boolean {
  return setContainsEntry(rt, s, key, setKeyHash(rt, key))
}

/** set_discard_entry: removes `key`; returns whether it was present. Releases the stored key. */
export function setDiscardEntry(rt: Runtime, s: PyObject, key: PyObject, hash: Hash): boolean {
  const so = s.v as SetObj
  const j = lookKey(rt, so, key, hash)
  const old = so.keys[j]!
  if (old === null) return false
  so.keys[j] = null
  so.hashes[j] = -1
  so.used--
  decref(rt, old)
  return true
}

/** set_discard_key. */
export function setDiscardKey(rt: Runtime, s: PyObject, key: PyObject): boolean {
  return setDiscardEntry(rt, s, key, setKeyHash(rt, key))
}

/**
 * set_clear_internal: empties the set (back to the smalltable) before
 * releasing the keys in table order; frees a separate table.
 */
export function setClear(rt: Runtime, s: PyObject): void {
  const so = s.v as SetObj
  const keys = so.keys
  const addr = so.tableAddr
  let used = so.used
  if (so.fill === 0 && addr === 0) return
  so.keys = new Array<PyObject | null>(SET_MINSIZE).fill(null)
  so.hashes = new Array<Hash>(SET_MINSIZE).fill(0)
  so.fill = 0
  so.used = 0
  so.mask = SET_MINSIZE - 1
  so.tableAddr = 0
  so.hash = -1
  for (let i = 0; used > 0; i++) {
    const k = keys[i]!
    if (k !== null) {
      used--
      decref(rt, k)
    }
  }
  if (addr !== 0) rt.heap.memFree(addr)
}

/**
 * set_next: the first slot >= `pos` holding a key, or -1. Iterate with
 * `for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1))`, reading
 * setKeyAt / setHashAt (borrowed).
 */
export function setNext(s: PyObject, pos: number): number {
  const so = s.v as SetObj
  const keys = so.keys
  const mask = so.mask
  while (pos <= mask && keys[pos] === null) pos++
  return pos <= mask ? pos : -1
}

/** The key in slot `i` (borrowed). */
export function setKeyAt(s: PyObject, i: number): PyObject {
  return (s.v as SetObj).keys[i]!
}

/** The hash stored in slot `i`. */
export function setHashAt(s: PyObject, i: number): Hash {
  return (s.v as SetObj).hashes[i]!
}

/** set.pop(): an arbitrary key (new reference: the set's reference moves out); KeyError when empty. */
export function setPop(rt: Runtime, s: PyObject): PyObject {
  const so = s.v as SetObj
  if (so.used === 0) throw newKeyErrorMessage(rt, "pop from an empty set")
  let i = so.finger & so.mask
  while (so.keys[i] === null) {
    i++
    if (i > so.mask) i = 0
  }
  const key = so.keys[i]!
  so.keys[i] = null
  so.hashes[i] = -1
  so.used--
  so.finger = i + 1
  return key
}

function newKeyErrorMessage(rt: Runtime, msg: string): PyObject {
  const make = rt.hooks.newException
  if (make === null) throw new Error(`heapscope: KeyError: ${msg}`)
  return make(rt, rt.t.KeyError, msg)
}

/** A KeyError(key) exception (set.remove). */
export function setKeyError(rt: Runtime, key: PyObject): PyObject {
  return newExceptionArgs(rt, rt.t.KeyError, [key])
}

// ---------------------------------------------------------------------------
// Bulk updates

/**
 * set_merge: adds every key of another set. An empty target of the same
 * size with no dummies in the source copies the layout slot by slot.
 */
function setMerge(rt: Runtime, s: PyObject, other: PyObject): void {
  const so = s.v as SetObj
  const oo = other.v as SetObj
  if (s === other || oo.used === 0) return
  if ((so.fill + oo.used) * 5 >= so.mask * 3) setTableResize(rt, s, (so.used + oo.used) * 2)
  if (so.fill === 0 && so.mask === oo.mask && oo.fill === oo.used) {
    for (let i = 0; i <= oo.mask; i++) {
      const k = oo.keys[i]!
      if (k !== null) {
        k.rc++
        so.keys[i] = k
        so.hashes[i] = oo.hashes[i]!
      }
    }
    so.fill = oo.fill
    so.used = oo.used
    return
  }
  if (so.fill === 0) {
    so.fill = oo.used
    so.used = oo.used
    for (let i = 0; i <= oo.mask; i++) {
      const k = oo.keys[i]!
      if (k !== null) {
        k.rc++
        insertClean(so.keys, so.hashes, so.mask, k, oo.hashes[i]!, rt.t.str)
      }
    }
    return
  }
  for (let i = 0; i <= oo.mask; i++) {
    const k = oo.keys[i]!
    if (k !== null) setAddEntry(rt, s, k, oo.hashes[i]!)
  }
}

/** set_update_internal: adds the elements of any iterable (fast paths for sets and exact dicts). */
export function setUpdate(rt: Runtime, s: PyObject, other: PyObject): void {
  if (isAnySet(rt, other)) {
    setMerge(rt, s, other)
    return
  }
  if (other.type === rt.t.dict) {
    const so = s.v as SetObj
    const n = dictSize(other)
    if ((so.fill + n) * 5 >= so.mask * 3) setTableResize(rt, s, (so.used + n) * 2)
    for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1))
      setAddEntry(rt, s, dictKeyAt(other, i), dictHashAt(other, i))
    return
  }
  const it = getIter(rt, other)
  try {
    let key: PyObject | null
    while ((key = iterNext(rt, it)) !== null) {
      try {
        setAdd(rt, s, key)
      } finally {
        decref(rt, key)
      }
    }
  } finally {
    decref(rt, it)
  }
}

// ---------------------------------------------------------------------------
// Creation

/**
 * make_new_set: a new set or frozenset of `type` (tracked at creation, as
 * PyType_GenericAlloc does), filled from `iterable` (borrowed) if not null.
 */
export function makeNewSet(rt: Runtime, type: PyType, iterable: PyObject | null): PyObject {
  const s = allocObject(rt, type, type.basicsize, new SetObj(), null)
  gcTrack(rt, s)
  if (iterable !== null) {
    try {
      setUpdate(rt, s, iterable)
    } catch (e) {
      decref(rt, s)
      throw e
    }
  }
  return s
}

/** PySet_New: a new set from `iterable` (borrowed; null for empty). */
export function newSet(rt: Runtime, iterable: PyObject | null = null): PyObject {
  return makeNewSet(rt, rt.t.set, iterable)
}

/** PyFrozenSet_New: a new frozenset (frozenset(f) of an exact frozenset returns f itself). */
export function newFrozenSet(rt: Runtime, iterable: PyObject | null = null): PyObject {
  if (iterable !== null && iterable.type === rt.t.frozenset) {
    iterable.rc++
    return iterable
  }
  return makeNewSet(rt, rt.t.frozenset, iterable)
}

/** make_new_set_basetype: a set or frozenset (never a subclass) like `s`. */
export function makeNewSetBasetype(rt: Runtime, like: PyType, iterable: PyObject | null): PyObject {
  let t = like
  if (t !== rt.t.set && t !== rt.t.frozenset) {
    t = rt.t.set
    for (const b of like.mro) if (b === rt.t.frozenset) t = rt.t.frozenset
    for (const b of like.mro) if (b === rt.t.set) t = rt.t.set
  }
  return makeNewSet(rt, t, iterable)
}

// ---------------------------------------------------------------------------
// Hash, size, lifecycle

const M64 = (1n << 64n) - 1n

function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & M64
}

/** frozenset_hash: order-independent xor of shuffled entry hashes (cached). */
export function frozensetHash(_rt: Runtime, s: PyObject): Hash {
  const so = s.v as SetObj
  if (so.hash !== -1) return so.hash
  let h = 0n
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i]
    if (k !== null) h ^= shuffleBits(BigInt.asUintN(64, hashToBig(so.hashes[i]!)))
  }
  h ^= ((BigInt(so.used) + 1n) * 1927868237n) & M64
  h ^= (h >> 11n) ^ (h >> 25n)
  h = (h * 69069n + 907133923n) & M64
  if (h === M64) h = 590923713n
  const r = hashFromBig(h)
  so.hash = r
  return r
}

/** set.__sizeof__ (no GC header): 200, plus 16 per slot of a separate table. */
export function setSizeof(s: PyObject): number {
  const so = s.v as SetObj
  return s.type.basicsize + (so.tableAddr !== 0 ? (so.mask + 1) * 16 : 0)
}

function setDealloc(rt: Runtime, o: PyObject): void {
  gcUntrack(rt, o)
  trashcanDealloc(rt, o, setDeallocBody)
}

function setDeallocBody(rt: Runtime, o: PyObject): void {
  const so = o.v as SetObj
  let used = so.used
  for (let i = 0; used > 0; i++) {
    const k = so.keys[i]!
    if (k !== null) {
      used--
      decref(rt, k)
    }
  }
  if (so.tableAddr !== 0) rt.heap.memFree(so.tableAddr)
  o.v = null
  freeObject(rt, o)
}

/** tp_traverse: keys in table order. */
function setTraverse(o: PyObject, visit: (child: PyObject) => void): void {
  const so = o.v as SetObj
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i]
    if (k !== null && k !== undefined) visit(k)
  }
}

function setTpClear(rt: Runtime, o: PyObject): void {
  setClear(rt, o)
}

/** Asserts the set invariant (tests, debug mode). */
export function checkSet(s: PyObject): void {
  const so = s.v as SetObj
  let active = 0
  let dummy = 0
  for (let i = 0; i <= so.mask; i++) {
    if (so.keys[i] !== null) active++
    else if (so.hashes[i] === -1) dummy++
  }
  if (active !== so.used) throw new Error(`set used ${so.used}, active ${active}`)
  if (active + dummy !== so.fill)
    throw new Error(`set fill ${so.fill}, active+dummy ${active + dummy}`)
  if (so.fill > so.mask) throw new Error("set has no unused slot")
  if ((so.tableAddr === 0) !== (so.mask === SET_MINSIZE - 1)) throw new Error("set table block")
}

/** Creates set and frozenset (bootstrap). Methods live in setmethods.ts. */
export function initSetTypes(rt: Runtime): void {
  const flags = TypeFlags.BASETYPE | TypeFlags.HAVE_GC | TypeFlags.MATCH_SELF
  const set = newStaticType(rt, "set", null, SET_BASICSIZE, 0, flags)
  set.weaklistoffset = 192
  set.dealloc = setDealloc
  set.traverse = setTraverse
  set.clear = setTpClear
  rt.t.set = set
  const fs = newStaticType(rt, "frozenset", null, SET_BASICSIZE, 0, flags)
  fs.weaklistoffset = 192
  fs.dealloc = setDealloc
  fs.traverse = setTraverse
  fs.clear = setTpClear
  fs.hash = frozensetHash
  rt.t.frozenset = fs
}
