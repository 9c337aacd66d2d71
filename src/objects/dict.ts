// dict: CPython 3.11's compact dict (combined tables).
//
// A dict object points to a keys object that holds two arrays: a sparse
// hash index (`indices`, 2^k slots of 1/2/4/8 bytes) and a dense, insertion-
// ordered array of entries. Lookups probe `indices`; iteration walks `entries`.
//
//   dict object (48 + 16 GC)           keys object (separate block)
//   ┌──────────────┐                   ┌──────────────────────────────┐
//   │ PyGC_Head    │                   │ dk_refcnt, log2 size, kind,  │ 32 bytes
//   │ ob_refcnt    │                   │ version, usable, nentries    │
//   │ ob_type      │                   ├──────────────────────────────┤
//   │ ma_used      │                   │ indices[2^k]   -1 empty      │ 1 byte each for
//   │ ma_version   │                   │ e.g. [-1, 1, -1, 0, -2, …]   │ k <= 7, 2 for k <= 15…
//   │ ma_keys ─────┼─────────────────► ├──────────────────────────────┤  (-2 = deleted: dummy)
//   │ ma_values    │ (split: below)    │ entries[usable]              │ unicode kind: (key, value)
//   └──────────────┘                   │  0: ('b', 2)  1: ('a', 1) …  │ 16 bytes; general kind:
//                                      └──────────────────────────────┘ (hash, key, value) 24 bytes
//
// usable = 2·2^k // 3 entries; a table whose keys are all exact str is of the
// "unicode" kind (no stored hash in CPython: 16-byte entries), any other key
// turns it "general" (24-byte entries). getsizeof = 64 + keys size, where
//   keys size = 32 + 2^k × index bytes + usable × entry size.
// `{}` points to one shared, static empty keys object that getsizeof does
// not count (64). Entries of deleted items stay as holes (value null) until
// the next resize; a resize goes to the smallest table that holds 3 × used
// (calculateLog2Keysize) and compacts the entries.
//
// heapscope keeps the entries as three parallel JS arrays (keys, values,
// hashes; the hash is kept for unicode tables too, where CPython reads it
// from the str) and the indices as a JS array of small ints; widths only count for size.
//
// Invariant (dict). used == number of entries with a value; every live entry
// is reached from exactly one index slot by the probe sequence of its hash;
// nentries + usable == usableFraction(2^k) − (dummy-free slots lost to popitem).
// checkDict() asserts it.
//
// Free lists (3.11): 80 dict objects, and 80 keys objects of the minimum size
// (8 slots, unicode kind) — why `{'a': 1}` reuses the same keys block.
//
// @cpython Objects/dictobject.c

import { isTracked, gcTrack, gcUntrack, mayBeTracked } from "./gcstate.js"
import { newExceptionArgs } from "./exceptions.js"
import { GCFlag, PyObject } from "./object.js"
import {
  allocObject,
  reviveObject,
  decref,
  freeObject,
  noMemory,
  trashcanDealloc,
} from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { hash as objectHash, richCompareBool } from "./abstract.js"
import { strHashCached } from "./str.js"
import type { PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"
import type { Hash } from "./probe.js"
import { PERTURB_SHIFT, probeHi, probeLo } from "./probe.js"

/** Index slot values: never used, and deleted (dummy). */
export const DKIX_EMPTY = -1
export const DKIX_DUMMY = -2
/** PyDict_LOG_MINSIZE: the smallest table has 8 index slots. */
export const PYDICT_LOG_MINSIZE = 3
/** tp_basicsize of dict; sizeof the keys object header. */
export const DICT_BASICSIZE = 48
export const DICT_KEYS_HEADER = 32
/** PyDict_MAXFREELIST (objects and keys). */
export const DICT_MAXFREELIST = 80

/** A keys object (PyDictKeysObject, combined table). */
export class DictKeys {
  log2Size: number
  /** DICT_KEYS_UNICODE (all keys exact str) or DICT_KEYS_GENERAL. */
  unicode: boolean
  /** dk_usable: entries that can still be appended before a resize. */
  usable: number
  /** dk_nentries: entries used so far (live or deleted). */
  nentries: number
  /** The hash index: entry numbers, DKIX_EMPTY or DKIX_DUMMY. */
  indices: number[]
  ekeys: (PyObject | null)[]
  evalues: (PyObject | null)[]
  ehashes: Hash[]
  /** Address of the keys block; 0 for the shared empty keys. */
  addr: number

  constructor(log2Size: number, unicode: boolean, addr: number) {
    this.log2Size = log2Size
    this.unicode = unicode
    this.usable = usableFraction(1 << log2Size)
    this.nentries = 0
    // Plain arrays made at their final size: an 8-slot Int32Array costs V8 about
    // 240 bytes and an empty array that grows by one item about 190, where these
    // cost about 50 each, and a table never grows in place (a resize makes a new one).
    this.indices = new Array<number>(1 << log2Size).fill(DKIX_EMPTY)
    this.ekeys = new Array<PyObject | null>(this.usable)
    this.evalues = new Array<PyObject | null>(this.usable)
    this.ehashes = new Array<Hash>(this.usable)
    this.addr = addr
  }
}

/** The payload of a dict object (`o.v`). */
export class DictObj {
  /** ma_used: number of items. */
  used: number
  /** ma_version_tag: changes on every mutation (globals caches key on it). */
  version: number
  /**
   * ma_keys. For a split dict (`shared` set) this is heapscope's private
   * table of the instance's items: no block of its own, no references to the
   * keys (the shared keys own them); see "Split dicts" below.
   */
  keys: DictKeys
  /** The class's shared keys when the dict is split (ma_values != NULL), else null. */
  shared: SharedKeys | null
  /** Address of the values block (ma_values, PyMem domain) when split, else 0. */
  values: number
  constructor(keys: DictKeys, used: number) {
    this.used = used
    this.version = 0
    this.keys = keys
    this.shared = null
    this.values = 0
  }
}

/** Py_EMPTY_KEYS: the static, never-written keys object of every empty dict (no block). */
const EMPTY_KEYS: DictKeys = (() => {
  const k = new DictKeys(PYDICT_LOG_MINSIZE, true, 0)
  k.usable = 0
  return k
})()

/** USABLE_FRACTION(n) = 2n // 3. */
export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3)
}

/** Bytes per index slot for a table of 2^log2 slots. */
export function indexBytes(log2: number): number {
  return log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8
}

/** _PyDict_KeysSize: the bytes of a keys object of this shape. */
export function keysSize(log2: number, unicode: boolean): number {
  const size = 2 ** log2
  return DICT_KEYS_HEADER + size * indexBytes(log2) + usableFraction(size) * (unicode ? 16 : 24)
}

/**
 * calculate_log2_keysize: log2 of the table for `minsize` entries' worth of
 * slots: bit_length(((minsize | 8) - 1) | 7), so 3 → 16 slots, 15 → 16, 18 → 32.
 */
export function calculateLog2Keysize(minsize: number): number {
  let x = minsize < 2 ** 30 ? ((minsize | 8) - 1) | 7 : minsize
  let bits = 0
  while (x > 0) {
    x = Math.floor(x / 2)
    bits++
  }
  return bits
}

/** estimate_log2_keysize: a table where `n` entries fit (for presizing). */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2))
}

/** The payload of a dict. */
export function dictObj(d: PyObject): DictObj {
  return d.v as DictObj
}

/** PyDict_Check: dict or a subclass. */
export function isDict(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.DICT_SUBCLASS) !== 0
}

/** len(d). */
export function dictSize(d: PyObject): number {
  return (d.v as DictObj).used
}

// ---------------------------------------------------------------------------
// Keys objects

/** new_keys_object: a fresh keys object from the keys free list or the object allocator. */
function newKeysObject(rt: Runtime, log2: number, unicode: boolean): DictKeys {
  let addr = 0
  if (log2 === PYDICT_LOG_MINSIZE && unicode) {
    const fl = rt.dictKeysFreeList
    if (fl.length > 0) addr = fl.pop()!
  }
  if (addr === 0) {
    if (log2 >= 53) noMemory(rt)
    addr = rt.heap.objMalloc(keysSize(log2, unicode))
    if (addr === 0) noMemory(rt)
  }
  return new DictKeys(log2, unicode, addr)
}

/** Releases a keys object's block (its references were moved or released already). */
function freeKeysMemory(rt: Runtime, k: DictKeys): void {
  if (k === EMPTY_KEYS || k.addr === 0) return
  if (
    k.log2Size === PYDICT_LOG_MINSIZE &&
    k.unicode &&
    rt.dictKeysFreeList.length < DICT_MAXFREELIST
  ) {
    rt.dictKeysFreeList.push(k.addr)
  } else {
    rt.heap.objFree(k.addr)
  }
  k.addr = 0
}

/** free_keys_object: releases every entry (key then value, in entry order), then the block. */
function freeKeysObject(rt: Runtime, k: DictKeys): void {
  if (k === EMPTY_KEYS) return
  const n = k.nentries
  const ks = k.ekeys
  const vs = k.evalues
  for (let i = 0; i < n; i++) {
    const key = ks[i]
    if (key !== null && key !== undefined) decref(rt, key)
    const v = vs[i]
    if (v !== null && v !== undefined) decref(rt, v)
  }
  freeKeysMemory(rt, k)
}

// ---------------------------------------------------------------------------
// Creation

/** new_dict: a dict object (free list first) on `keys` with `used` items. Not tracked. */
function newDictWithKeys(rt: Runtime, keys: DictKeys, used: number): PyObject {
  try {
    return newDictObject(rt, new DictObj(keys, used))
  } catch (e) {
    freeKeysObject(rt, keys)
    throw e
  }
}

/** The dict object itself for payload `mp`: a free-listed one first, else a new GC block. */
function newDictObject(rt: Runtime, mp: DictObj): PyObject {
  const fl = rt.freelists.dict
  const dead = fl !== undefined ? fl.pop() : undefined
  if (dead !== undefined) return reviveObject(rt, dead, mp, null)
  return allocObject(rt, rt.t.dict, DICT_BASICSIZE, mp, null)
}

// ---------------------------------------------------------------------------
// Split dicts: an instance's values and its class's shared keys (3.11)
//
// Every class whose instances have a managed __dict__ owns one shared keys
// object (ht_cached_keys), made with the class: 64 index slots, room for 30
// names, 768 bytes in the object domain. An instance does not get a dict: it
// gets a values array (PyMem domain) with one slot per name the shared keys
// can hold, and a prefix that records the instance's insertion order:
//
//   class C                              c = C(); c.x = 1; c.y = 2
//   ┌──────────────────────┐             ┌──────────────────┐
//   │ ht_cached_keys ──────┼──┐          │ values* ─────────┼──┐  pre-header
//   └──────────────────────┘  │          │ dict*  = NULL    │  │
//          shared keys ◄──────┘          ├──────────────────┤  │
//   ┌─────────────────────────────┐      │ GC head, refcnt, │  │
//   │ nentries 2, usable 27       │      │ type, weakrefs   │  │
//   │ 0: 'x'   1: 'y'   2..: free │      └──────────────────┘  │
//   └─────────────────────────────┘                            ▼
//            values block: [ order 0,1 · count 2 · prefix ][ 1 ][ 2 ][ NULL ]…
//                          └─ roundup(size+2, 8) bytes ───┘└─ size × 8 bytes ┘
//
// * Creating an instance (object.__new__) takes one from the shared keys'
//   usable count (never below 1) and allocates size = nentries + usable
//   slots: 29 for the first instance, one less for each next one, down to
//   nentries + 1: early instances have room for names later ones add.
// * Storing an exact-str attribute adds the name to the shared keys if it is
//   new and they have room (nentries+1, usable-1: no allocation); otherwise
//   (no room left, or a str subclass / non-str name) the instance's dict is
//   materialized and goes on as a dict.
// * `obj.__dict__` materializes a dict object (free list or 48+16 bytes) that
//   points to the shared keys and the same values: a split dict. Its getsizeof
//   is 64 + 8 × (nentries + usable) of the shared keys NOW (+768 only if it
//   holds the last reference to them). Setting a new str key stores it in the
//   shared keys too; a non-str key, a full shared keys, popitem() or any other
//   resize turns it into an ordinary combined dict: a new keys block, and the
//   values block is freed.
// * The values are freed with the instance (or with the dict that took them),
//   releasing values in shared-key order.
//
// heapscope keeps a split dict's items, for lookups as fast as any dict's, in
// a private DictKeys of the dict payload (addr 0: no block, no references to
// the keys, never on the keys free list, grown silently); the blocks and
// sizes are those of the picture. An instance that still has only values has
// a dict payload too, on a holder object flagged INLINE_VALUES (addr 0, never
// visible to Python, never tracked); materializing moves the payload to a real
// dict object.
//
// Invariant (split). A payload with `shared` set has `values` != 0, a unicode
// private table whose live keys are all in `shared`, and used <= 30;
// shared.refcnt = 1 (the class) + the number of split dict objects on it.
//
// @cpython Objects/dictobject.c (init_inline_values, new_values,
// _PyObject_StoreInstanceAttribute, make_dict_from_instance_attributes)

/** SHARED_KEYS_MAX_SIZE: names a class's shared keys can hold. */
export const SHARED_KEYS_MAX_SIZE = 30
/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE: the shared keys have 2^6 index slots. */
export const LOG2_SHARED_KEYS = 6
/** Size of a shared keys block: keysSize(6, unicode) = 32 + 64 + 42 × 16. */
export const SHARED_KEYS_SIZE = 768

/** A class's shared keys (ht_cached_keys, dk_kind SPLIT). */
export class SharedKeys {
  /** The keys block (object domain). */
  addr: number
  /** dk_refcnt: the class, plus each split dict object on these keys. */
  refcnt: number
  /** dk_usable: starts at 30 and shrinks with each name and each new instance (not below 1). */
  usable: number
  /** The names in entry order (owned references). */
  names: PyObject[]
  /** Entry index by the name's text. */
  index: Map<string, number>
  constructor(addr: number) {
    this.addr = addr
    this.refcnt = 1
    this.usable = SHARED_KEYS_MAX_SIZE
    this.names = []
    this.index = new Map()
  }
}

/** _PyDict_NewKeysForClass: a class's shared keys. */
export function newSharedKeys(rt: Runtime): SharedKeys {
  const addr = rt.heap.objMalloc(SHARED_KEYS_SIZE)
  if (addr === 0) noMemory(rt)
  return new SharedKeys(addr)
}

/** dictkeys_decref for shared keys: the last reference releases the names, then the block. */
export function sharedKeysDecref(rt: Runtime, k: SharedKeys): void {
  if (--k.refcnt > 0) return
  const names = k.names
  k.names = []
  k.index.clear()
  for (const n of names) decref(rt, n)
  rt.heap.objFree(k.addr)
  k.addr = 0
}

/** shared_keys_usable_size: nentries + usable. */
export function sharedUsableSize(k: SharedKeys): number {
  return k.names.length + k.usable
}

/** new_values: a values block for `size` slots, with its order prefix. */
function newValues(rt: Runtime, size: number): number {
  const prefix = (size + 2 + 7) & ~7
  const addr = rt.heap.memMalloc(prefix + size * 8)
  if (addr === 0) noMemory(rt)
  return addr
}

/** A private table (no block) for a split dict. */
function newPrivateKeys(log2: number): DictKeys {
  return new DictKeys(log2, true, 0)
}

/**
 * insert_into_dictkeys: the entry index of `name` (an exact str) in `k`,
 * adding it (a new reference) if absent and there is room; -1 if full.
 */
export function sharedKeysInsert(k: SharedKeys, name: PyObject): number {
  const s = name.v as string
  const ix = k.index.get(s)
  if (ix !== undefined) return ix
  if (k.usable <= 0) return -1
  name.rc++
  const n = k.names.length
  k.names.push(name)
  k.index.set(s, n)
  k.usable--
  return n
}

/**
 * init_inline_values: the values of a new instance of a class with shared
 * keys `k`, as a holder flagged INLINE_VALUES (see the picture above).
 */
export function newInlineValues(rt: Runtime, k: SharedKeys): PyObject {
  if (k.usable > 1) k.usable--
  const mp = new DictObj(newPrivateKeys(PYDICT_LOG_MINSIZE), 0)
  mp.values = newValues(rt, sharedUsableSize(k))
  mp.shared = k
  const o = new PyObject(rt.t.dict, 0, mp, null)
  o.gcFlags = GCFlag.INLINE_VALUES
  return o
}

/** new_dict_with_shared_keys: an empty split dict on `k` (a first attribute without values). */
export function newSplitDict(rt: Runtime, k: SharedKeys): PyObject {
  const mp = new DictObj(newPrivateKeys(PYDICT_LOG_MINSIZE), 0)
  mp.values = newValues(rt, sharedUsableSize(k))
  mp.shared = k
  k.refcnt++
  try {
    return newDictObject(rt, mp)
  } catch (e) {
    releaseSplit(rt, mp)
    throw e
  }
}

/**
 * make_dict_from_instance_attributes: the holder's payload moves to a new
 * dict object (free list or a new GC block, so a young collection may run
 * first), split on the same shared keys and values, tracked if a value may
 * be. Returns the dict (a new reference); the holder is spent.
 */
export function materializeInlineValues(rt: Runtime, holder: PyObject): PyObject {
  const mp = holder.v as DictObj
  mp.shared!.refcnt++
  let d: PyObject
  try {
    d = newDictObject(rt, mp)
  } catch (e) {
    mp.shared!.refcnt--
    throw e
  }
  holder.v = null
  holder.gcFlags = 0
  const dk = mp.keys
  for (let i = 0; i < dk.nentries; i++) {
    const v = dk.evalues[i]
    if (v !== null && v !== undefined && mayBeTracked(rt, v)) {
      gcTrack(rt, d)
      break
    }
  }
  return d
}

/** True for the holder of an instance's values (not a dict object Python can see). */
export function isInlineValues(d: PyObject): boolean {
  return (d.gcFlags & GCFlag.INLINE_VALUES) !== 0
}

/** True when the private table's entries are the shared keys' first entries, in order, all live. */
function privateInSharedOrder(dk: DictKeys, names: PyObject[]): boolean {
  const ks = dk.ekeys
  const vs = dk.evalues
  for (let i = 0; i < dk.nentries; i++) {
    if (ks[i] !== names[i] || vs[i] === null || vs[i] === undefined) return false
  }
  return true
}

/**
 * Calls `f` on each value (borrowed) of the split table `dk` on `shared`, in
 * shared-key order: the order CPython visits and releases them in. Usually
 * that is the private table's order, walked as is; otherwise the values are
 * sorted into a snapshot first. Callers that may run code through `f` detach
 * `dk` from its payload first.
 */
function forEachSplitValue(dk: DictKeys, shared: SharedKeys, f: (v: PyObject) => void): void {
  const vs = dk.evalues
  if (privateInSharedOrder(dk, shared.names)) {
    for (let i = 0; i < dk.nentries; i++) f(vs[i]!)
    return
  }
  const pairs: [number, PyObject][] = []
  for (let i = 0; i < dk.nentries; i++) {
    const v = vs[i]
    if (v !== null && v !== undefined)
      pairs.push([shared.index.get(dk.ekeys[i]!.v as string) ?? SHARED_KEYS_MAX_SIZE + i, v])
  }
  pairs.sort((a, b) => a[0] - b[0])
  for (const p of pairs) f(p[1])
}

/**
 * Empties a split payload: the private table is reset, then the values are
 * released in shared-key order (_PyObject_ClearInstanceAttributes). The
 * values block and the shared keys stay.
 */
export function clearSplitValues(rt: Runtime, mp: DictObj): void {
  const dk = mp.keys
  mp.keys = newPrivateKeys(PYDICT_LOG_MINSIZE)
  mp.used = 0
  forEachSplitValue(dk, mp.shared!, (v) => decref(rt, v))
}

/**
 * Releases a split payload's values (in shared-key order), then its values
 * block; the caller decrefs the shared keys if it held a reference.
 */
function releaseSplit(rt: Runtime, mp: DictObj): void {
  const dk = mp.keys
  const shared = mp.shared!
  const values = mp.values
  mp.keys = EMPTY_KEYS
  mp.used = 0
  mp.values = 0
  mp.shared = null
  forEachSplitValue(dk, shared, (v) => decref(rt, v))
  rt.heap.memFree(values)
}

/** _PyObject_FreeInstanceAttributes: releases an instance's values and frees their block. */
function freeInlineValues(rt: Runtime, holder: PyObject): void {
  const mp = holder.v as DictObj | null
  holder.v = null
  if (mp !== null) releaseSplit(rt, mp)
}

/**
 * Grows a split dict's private table in place of a CPython resize that the
 * shared keys make unnecessary: no memory effect, live entries compacted.
 */
function growPrivate(mp: DictObj): void {
  const old = mp.keys
  const nk = newPrivateKeys(Math.max(PYDICT_LOG_MINSIZE, calculateLog2Keysize(mp.used * 3 + 1)))
  let j = 0
  for (let i = 0; i < old.nentries; i++) {
    const v = old.evalues[i]
    if (v === null || v === undefined) continue
    nk.ekeys[j] = old.ekeys[i]!
    nk.evalues[j] = v
    nk.ehashes[j] = old.ehashes[i]!
    j++
  }
  buildIndices(nk, j)
  nk.usable -= j
  nk.nentries = j
  mp.keys = nk
}

/**
 * insertdict's split-table part, for an exact-str key not in the private
 * table (a non-str key turned the dict combined before the lookup): the key
 * goes into the shared keys (if new and there is room) and the dict stays
 * split; otherwise it becomes combined (insertion_resize: 3 × used), which
 * frees the values.
 */
function splitMakeRoom(rt: Runtime, d: PyObject, key: PyObject): void {
  const mp = d.v as DictObj
  if (sharedKeysInsert(mp.shared!, key) >= 0) {
    if (mp.keys.usable <= 0) growPrivate(mp)
    return
  }
  insertionResize(rt, d, true)
}

/** PyDict_New: a new empty dict (shared empty keys, untracked). New reference. */
export function newDict(rt: Runtime): PyObject {
  return newDictWithKeys(rt, EMPTY_KEYS, 0)
}

/**
 * _PyDict_NewPresized / dict_new_presized: room for `minused` items without
 * resizing (BUILD_MAP, dict literals); `unicode` when all keys are exact str.
 */
export function dictNewPresized(rt: Runtime, minused: number, unicode: boolean): PyObject {
  if (minused <= usableFraction(8)) return newDict(rt)
  const keys = newKeysObject(rt, estimateLog2Keysize(minused), unicode)
  return newDictWithKeys(rt, keys, 0)
}

/** PyType_GenericAlloc for dict subclasses (and `dict()` with a subclass type). Untracked, empty. */
export function dictGenericAlloc(rt: Runtime, type: PyType): PyObject {
  return allocObject(rt, type, type.basicsize, new DictObj(EMPTY_KEYS, 0), null)
}

// ---------------------------------------------------------------------------
// Hashing keys

function isStrExact(rt: Runtime, o: PyObject): boolean {
  return o.type === rt.t.str
}

/** hash(key) with the exact-str fast path (PyObject_Hash otherwise; raises for unhashable keys). */
export function keyHash(rt: Runtime, key: PyObject): Hash {
  if (key.type === rt.t.str) return strHashCached(key)
  return objectHash(rt, key)
}

// ---------------------------------------------------------------------------
// Lookup

/**
 * _Py_dict_lookup: the entry index of `key` (with hash `hash`) in `d`, or
 * DKIX_EMPTY. Equality is `is` first, then str equality for exact strs, then
 * `==` (which may run Python code; if that mutates the dict the lookup restarts).
 */
export function dictLookup(rt: Runtime, d: PyObject, key: PyObject, hash: Hash): number {
  const mp = d.v as DictObj
  const keyIsStr = key.type === rt.t.str
  restart: for (;;) {
    const dk = mp.keys
    const mask = (1 << dk.log2Size) - 1
    const indices = dk.indices
    let lo = probeLo(hash, key.w, keyIsStr)
    let hi = probeHi(hash, key.w, keyIsStr)
    let i = lo & mask
    for (;;) {
      const ix = indices[i]!
      if (ix >= 0) {
        const ek = dk.ekeys[ix]!
        if (ek === key) return ix
        if (dk.ehashes[ix] === hash) {
          if (keyIsStr && ek.type === rt.t.str) {
            if (ek.v === key.v) return ix
          } else {
            ek.rc++
            let eq: boolean
            try {
              eq = richCompareBool(rt, ek, key, CompareOp.EQ)
            } finally {
              decref(rt, ek)
            }
            if (mp.keys !== dk || dk.ekeys[ix] !== ek) continue restart
            if (eq) return ix
          }
        }
      } else if (ix === DKIX_EMPTY) {
        return DKIX_EMPTY
      }
      lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0
      hi >>>= PERTURB_SHIFT
      i = (i * 5 + lo + 1) & mask
    }
  }
}

/** find_empty_slot: the first index slot on `hash`'s probe path that is empty or a dummy. */
function findEmptySlot(dk: DictKeys, hash: Hash, key: PyObject, keyIsStr: boolean): number {
  const mask = (1 << dk.log2Size) - 1
  let lo = probeLo(hash, key.w, keyIsStr)
  let hi = probeHi(hash, key.w, keyIsStr)
  let i = lo & mask
  while (dk.indices[i]! >= 0) {
    lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0
    hi >>>= PERTURB_SHIFT
    i = (i * 5 + lo + 1) & mask
  }
  return i
}

/** lookdict_index: the index slot that holds entry `ix` (whose hash is `hash`). */
export function lookdictIndex(dk: DictKeys, hash: Hash, ix: number): number {
  const mask = (1 << dk.log2Size) - 1
  const key = dk.ekeys[ix]
  const isStr = dk.unicode && key !== null && key !== undefined
  let lo = probeLo(hash, isStr ? key.w : null, isStr)
  let hi = probeHi(hash, isStr ? key.w : null, isStr)
  let i = lo & mask
  for (;;) {
    const v = dk.indices[i]!
    if (v === ix) return i
    if (v === DKIX_EMPTY) throw new Error("heapscope internal error: dict entry not in its index")
    lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0
    hi >>>= PERTURB_SHIFT
    i = (i * 5 + lo + 1) & mask
  }
}

// ---------------------------------------------------------------------------
// Resizing and insertion

/**
 * dictresize: moves the live entries, compacted, into a new keys object of
 * 2^log2 slots. `unicode` asks for a unicode table (only kept if the old
 * one was unicode). The references move; the old block is freed.
 */
export function dictResize(rt: Runtime, d: PyObject, log2: number, unicode: boolean): void {
  const mp = d.v as DictObj
  const old = mp.keys
  if (!old.unicode) unicode = false
  const nk = newKeysObject(rt, log2, unicode)
  const n = mp.used
  const oldn = old.nentries
  const split = mp.shared !== null
  let j = 0
  for (let i = 0; i < oldn; i++) {
    const v = old.evalues[i]
    if (v === null || v === undefined) continue
    const k = old.ekeys[i]!
    // A split table's keys belong to the shared keys: the new table takes its own references.
    if (split) k.rc++
    nk.ekeys[j] = k
    nk.evalues[j] = v
    nk.ehashes[j] = old.ehashes[i]!
    j++
  }
  if (j !== n) throw new Error("heapscope internal error: dict used count is wrong")
  buildIndices(nk, n)
  nk.usable -= n
  nk.nentries = n
  mp.keys = nk
  if (split) dropSplitStorage(rt, mp)
  else freeKeysMemory(rt, old)
}

/**
 * Split -> combined, once `mp.keys` is a combined table of its own (holding
 * the values): the shared keys lose this dict, then the values block goes.
 */
function dropSplitStorage(rt: Runtime, mp: DictObj): void {
  const shared = mp.shared!
  mp.shared = null
  sharedKeysDecref(rt, shared)
  rt.heap.memFree(mp.values)
  mp.values = 0
}

/** build_indices: points the index at entries 0..n-1 (no dummies, no equal keys). */
function buildIndices(dk: DictKeys, n: number): void {
  const isStr = dk.unicode
  for (let ix = 0; ix < n; ix++)
    dk.indices[findEmptySlot(dk, dk.ehashes[ix]!, dk.ekeys[ix]!, isStr)] = ix
}

/** insertion_resize: grow (or convert to a general table) to hold 3 × used. */
function insertionResize(rt: Runtime, d: PyObject, unicode: boolean): void {
  const mp = d.v as DictObj
  dictResize(rt, d, calculateLog2Keysize(mp.used * 3), unicode)
}

/** MAINTAIN_TRACKING: a dict becomes tracked when it receives a key or value that may be. */
function maintainTracking(rt: Runtime, d: PyObject, key: PyObject, value: PyObject): void {
  if (d.gcNext !== null || (d.gcFlags & GCFlag.INLINE_VALUES) !== 0) return
  if (mayBeTracked(rt, key) || mayBeTracked(rt, value)) gcTrack(rt, d)
}

/**
 * Replaces the value of live entry `ix` (whose key the caller knows) with
 * `value` (borrowed): insertdict's existing-key branch, for the vm's
 * attribute caches. The old value is released after the store.
 */
export function dictReplaceAt(rt: Runtime, d: PyObject, ix: number, value: PyObject): void {
  const mp = d.v as DictObj
  const dk = mp.keys
  maintainTracking(rt, d, dk.ekeys[ix]!, value)
  const old = dk.evalues[ix]!
  value.rc++
  if (old !== value) {
    dk.evalues[ix] = value
    mp.version = ++rt.dictVersion
  }
  decref(rt, old)
}

/**
 * insertdict: sets `key` (hash `hash`) to `value`. STEALS both references:
 * when the key is already present, the stored key stays and the new key
 * reference is dropped; the old value is released after the store.
 */
export function insertDict(
  rt: Runtime,
  d: PyObject,
  key: PyObject,
  hash: Hash,
  value: PyObject,
): void {
  const mp = d.v as DictObj
  if (mp.keys === EMPTY_KEYS) {
    insertToEmptyDict(rt, d, key, hash, value)
    return
  }
  let ix: number
  try {
    if (mp.keys.unicode && !isStrExact(rt, key)) insertionResize(rt, d, false)
    ix = dictLookup(rt, d, key, hash)
  } catch (e) {
    decref(rt, value)
    decref(rt, key)
    throw e
  }
  maintainTracking(rt, d, key, value)
  if (ix === DKIX_EMPTY) {
    if (mp.shared !== null || mp.keys.usable <= 0) {
      try {
        if (mp.shared !== null) splitMakeRoom(rt, d, key)
        else insertionResize(rt, d, true)
      } catch (e) {
        decref(rt, value)
        decref(rt, key)
        throw e
      }
    }
    const dk = mp.keys
    if (dk.unicode && !isStrExact(rt, key)) dk.unicode = false
    const pos = findEmptySlot(dk, hash, key, key.type === rt.t.str)
    const n = dk.nentries
    dk.indices[pos] = n
    dk.ekeys[n] = key
    dk.evalues[n] = value
    dk.ehashes[n] = hash
    mp.used++
    mp.version = ++rt.dictVersion
    dk.usable--
    dk.nentries = n + 1
    // Split: the shared keys hold the name; the private table does not.
    if (mp.shared !== null) decref(rt, key)
    return
  }
  const dk = mp.keys
  const old = dk.evalues[ix]!
  if (old !== value) {
    dk.evalues[ix] = value
    mp.version = ++rt.dictVersion
  }
  decref(rt, old)
  decref(rt, key)
}

/** insert_to_emptydict: the first item allocates an 8-slot table of the key's kind. */
function insertToEmptyDict(
  rt: Runtime,
  d: PyObject,
  key: PyObject,
  hash: Hash,
  value: PyObject,
): void {
  const mp = d.v as DictObj
  let dk: DictKeys
  try {
    dk = newKeysObject(rt, PYDICT_LOG_MINSIZE, isStrExact(rt, key))
  } catch (e) {
    decref(rt, key)
    decref(rt, value)
    throw e
  }
  mp.keys = dk
  maintainTracking(rt, d, key, value)
  dk.indices[probeLo(hash, key.w, key.type === rt.t.str) & 7] = 0
  dk.ekeys[0] = key
  dk.evalues[0] = value
  dk.ehashes[0] = hash
  mp.used++
  mp.version = ++rt.dictVersion
  dk.usable--
  dk.nentries = 1
}

// ---------------------------------------------------------------------------
// The C API the other layers use

/** PyDict_GetItem-like: the value for `key` (BORROWED) or null. Raises for unhashable keys and errors in `==`. */
export function dictGetItem(rt: Runtime, d: PyObject, key: PyObject): PyObject | null {
  const hash = keyHash(rt, key)
  const ix = dictLookup(rt, d, key, hash)
  return ix < 0 ? null : (d.v as DictObj).keys.evalues[ix]!
}

/** dictGetItem with a known hash (_PyDict_GetItem_KnownHash). Borrowed or null. */
export function dictGetItemKnownHash(
  rt: Runtime,
  d: PyObject,
  key: PyObject,
  hash: Hash,
): PyObject | null {
  const ix = dictLookup(rt, d, key, hash)
  return ix < 0 ? null : (d.v as DictObj).keys.evalues[ix]!
}

/** PyDict_SetItem: `d[key] = value`; borrows both (the dict takes its own references). */
export function dictSetItem(rt: Runtime, d: PyObject, key: PyObject, value: PyObject): void {
  const hash = keyHash(rt, key)
  key.rc++
  value.rc++
  insertDict(rt, d, key, hash, value)
}

/** PyDict_SetItem with a known hash; borrows key and value. */
export function dictSetItemKnownHash(
  rt: Runtime,
  d: PyObject,
  key: PyObject,
  hash: Hash,
  value: PyObject,
): void {
  key.rc++
  value.rc++
  insertDict(rt, d, key, hash, value)
}

/**
 * delitem_common: removes entry `ix`: its index slot becomes a dummy, then
 * the key and then the value are released (either may run `__del__`).
 */
function delItemAt(rt: Runtime, d: PyObject, hash: Hash, ix: number): void {
  const mp = d.v as DictObj
  const dk = mp.keys
  const pos = lookdictIndex(dk, hash, ix)
  mp.used--
  mp.version = ++rt.dictVersion
  dk.indices[pos] = DKIX_DUMMY
  const oldKey = dk.ekeys[ix]!
  const oldValue = dk.evalues[ix]!
  dk.ekeys[ix] = null
  dk.evalues[ix] = null
  // A split dict only clears the value slot; the name stays in the shared keys.
  if (mp.shared === null) decref(rt, oldKey)
  decref(rt, oldValue)
}

/** Deletes `key`; returns false if it was absent (no exception). Raises for unhashable keys. */
export function dictDelItem(rt: Runtime, d: PyObject, key: PyObject): boolean {
  const hash = keyHash(rt, key)
  const ix = dictLookup(rt, d, key, hash)
  if (ix < 0) return false
  delItemAt(rt, d, hash, ix)
  return true
}

/**
 * Removes `key` and returns its value (a NEW reference: the dict's reference
 * moves to the caller), or null if absent. The key is released first (_PyDict_Pop).
 */
export function dictPopItem(rt: Runtime, d: PyObject, key: PyObject): PyObject | null {
  const mp = d.v as DictObj
  if (mp.used === 0) return null
  const hash = keyHash(rt, key)
  const ix = dictLookup(rt, d, key, hash)
  if (ix < 0) return null
  const dk = mp.keys
  const value = dk.evalues[ix]!
  value.rc++
  delItemAt(rt, d, hash, ix)
  return value
}

/** PyDict_Contains. */
export function dictContains(rt: Runtime, d: PyObject, key: PyObject): boolean {
  const hash = keyHash(rt, key)
  return dictLookup(rt, d, key, hash) >= 0
}

/**
 * PyDict_Clear: the dict goes back to the shared empty keys first, then the
 * old entries are released in order (key, value).
 */
export function dictClear(rt: Runtime, d: PyObject): void {
  const mp = d.v as DictObj
  const old = mp.keys
  if (old === EMPTY_KEYS) return
  mp.version = ++rt.dictVersion
  if (mp.shared !== null) {
    // Split: the values are released, their block freed, then the shared keys lose this dict.
    const shared = mp.shared
    releaseSplit(rt, mp)
    sharedKeysDecref(rt, shared)
    return
  }
  mp.keys = EMPTY_KEYS
  mp.used = 0
  freeKeysObject(rt, old)
}

/**
 * _PyDict_Next: the first entry index >= `pos` that holds an item, or -1.
 * Iterate with `for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1))`
 * and read dictKeyAt/dictValueAt (borrowed).
 */
export function dictNext(d: PyObject, pos: number): number {
  const dk = (d.v as DictObj).keys
  const n = dk.nentries
  const vs = dk.evalues
  while (pos < n && vs[pos] === null) pos++
  return pos < n ? pos : -1
}

/** The key of entry `ix` (borrowed). */
export function dictKeyAt(d: PyObject, ix: number): PyObject {
  return (d.v as DictObj).keys.ekeys[ix]!
}

/** The value of entry `ix` (borrowed). */
export function dictValueAt(d: PyObject, ix: number): PyObject {
  return (d.v as DictObj).keys.evalues[ix]!
}

/** The stored hash of entry `ix`. */
export function dictHashAt(d: PyObject, ix: number): Hash {
  return (d.v as DictObj).keys.ehashes[ix]!
}

/** Sets entry `ix`'s value, stealing `value` and releasing the old one (for in-place updates). */
export function dictSetValueAt(rt: Runtime, d: PyObject, ix: number, value: PyObject): void {
  const dk = (d.v as DictObj).keys
  const old = dk.evalues[ix]!
  dk.evalues[ix] = value
  ;(d.v as DictObj).version = ++rt.dictVersion
  decref(rt, old)
}

/**
 * clone_combined_dict_keys: a copy of `d`'s keys object (same size, same
 * layout, dummies included) with new references to every key and value.
 */
function cloneCombinedKeys(rt: Runtime, d: PyObject): DictKeys {
  const src = (d.v as DictObj).keys
  const addr = rt.heap.objMalloc(keysSize(src.log2Size, src.unicode))
  if (addr === 0) noMemory(rt)
  const k = new DictKeys(src.log2Size, src.unicode, addr)
  k.indices = src.indices.slice()
  k.usable = src.usable
  k.nentries = src.nentries
  k.ekeys = src.ekeys.slice(0, src.nentries)
  k.evalues = src.evalues.slice(0, src.nentries)
  k.ehashes = src.ehashes.slice(0, src.nentries)
  for (let i = 0; i < k.nentries; i++) {
    const v = k.evalues[i]
    if (v !== null && v !== undefined) {
      v.rc++
      k.ekeys[i]!.rc++
    }
  }
  return k
}

/** PyDict_Copy: `d.copy()` — a clone of the table when it is dense enough, else a merge. */
export function dictCopy(rt: Runtime, d: PyObject): PyObject {
  const mp = d.v as DictObj
  if (mp.used === 0) return newDict(rt)
  if (mp.shared !== null && d.type.iter === rt.t.dict.iter) return splitCopy(rt, d)
  if (d.type.iter === rt.t.dict.iter && mp.used >= Math.floor((mp.keys.nentries * 2) / 3)) {
    const keys = cloneCombinedKeys(rt, d)
    const c = newDictWithKeys(rt, keys, mp.used)
    if (isTracked(d)) gcTrack(rt, c)
    return c
  }
  const c = newDict(rt)
  try {
    dictMergeDict(rt, c, d, 1)
  } catch (e) {
    decref(rt, c)
    throw e
  }
  return c
}

/**
 * PyDict_Copy of a split dict: another split dict on the same shared keys,
 * with its own values block (sized by the shared keys now, allocated first)
 * and a new GC dict object (never a free-listed one).
 */
function splitCopy(rt: Runtime, d: PyObject): PyObject {
  const mp = d.v as DictObj
  const shared = mp.shared!
  const values = newValues(rt, sharedUsableSize(shared))
  const cp = new DictObj(newPrivateKeys(mp.keys.log2Size), mp.used)
  const src = mp.keys
  const dk = cp.keys
  dk.indices = src.indices.slice()
  dk.usable = src.usable
  dk.nentries = src.nentries
  for (let i = 0; i < src.nentries; i++) {
    const v = src.evalues[i] ?? null
    dk.ekeys[i] = src.ekeys[i] ?? null
    dk.evalues[i] = v
    dk.ehashes[i] = src.ehashes[i]!
    if (v !== null) v.rc++
  }
  cp.shared = shared
  cp.values = values
  shared.refcnt++
  let c: PyObject
  try {
    c = allocObject(rt, rt.t.dict, DICT_BASICSIZE, cp, null)
  } catch (e) {
    releaseSplit(rt, cp)
    sharedKeysDecref(rt, shared)
    throw e
  }
  if (isTracked(d)) gcTrack(rt, c)
  return c
}

/**
 * dict_merge for a dict source `b` (with dict's own __iter__): `override`
 * 1 replaces, 0 keeps existing keys, 2 raises KeyError on a duplicate.
 * Raises RuntimeError "dict mutated during update".
 */
export function dictMergeDict(rt: Runtime, a: PyObject, b: PyObject, override: number): void {
  const mp = a.v as DictObj
  const other = b.v as DictObj
  if (a === b || other.used === 0) return
  if (mp.used === 0) {
    override = 1
    const okeys = other.keys
    if (
      other.shared === null &&
      other.used === okeys.nentries &&
      (okeys.log2Size === PYDICT_LOG_MINSIZE ||
        usableFraction((1 << okeys.log2Size) / 2) < other.used)
    ) {
      const keys = cloneCombinedKeys(rt, b)
      const oldKeys = mp.keys
      mp.keys = keys
      mp.used = other.used
      mp.version = ++rt.dictVersion
      // An empty split target drops the shared keys, then its values block.
      if (mp.shared !== null) dropSplitStorage(rt, mp)
      else freeKeysObject(rt, oldKeys)
      if (isTracked(b) && !isTracked(a)) gcTrack(rt, a)
      return
    }
  }
  // Py_EMPTY_KEYS has one index slot (room for 0), so an empty target always presizes.
  const log2 = mp.shared !== null ? LOG2_SHARED_KEYS : mp.keys === EMPTY_KEYS ? 0 : mp.keys.log2Size
  if (usableFraction(1 << log2) < other.used) {
    dictResize(rt, a, estimateLog2Keysize(mp.used + other.used), other.keys.unicode)
  }
  // (A split source is read in its insertion order, as _PyDict_Next reads it.)
  const origSize = other.keys.nentries
  for (let i = dictNext(b, 0); i >= 0; i = dictNext(b, i + 1)) {
    const key = dictKeyAt(b, i)
    const value = dictValueAt(b, i)
    const hash = dictHashAt(b, i)
    key.rc++
    value.rc++
    if (override === 1) {
      insertDict(rt, a, key, hash, value)
    } else {
      let found: boolean
      try {
        found = dictLookup(rt, a, key, hash) >= 0
      } catch (e) {
        decref(rt, value)
        decref(rt, key)
        throw e
      }
      if (!found) {
        insertDict(rt, a, key, hash, value)
      } else {
        decref(rt, value)
        decref(rt, key)
        if (override !== 0) throw keyError(rt, key)
      }
    }
    if (origSize !== other.keys.nentries)
      throw makeException(rt, rt.t.RuntimeError, "dict mutated during update")
  }
}

// ---------------------------------------------------------------------------
// Errors

/** A new KeyError(key) exception object (str(e) is repr(key)). */
export function keyError(rt: Runtime, key: PyObject): PyObject {
  return newExceptionArgs(rt, rt.t.KeyError, [key])
}

function makeException(rt: Runtime, type: PyType, msg: string | null): PyObject {
  const make = rt.hooks.newException
  if (make === null) throw new Error(`heapscope: ${type.name}: ${msg}`)
  return make(rt, type, msg)
}

// ---------------------------------------------------------------------------
// Lifecycle

function dictDealloc(rt: Runtime, o: PyObject): void {
  // An instance's values holder: _PyObject_FreeInstanceAttributes, no dict object.
  if ((o.gcFlags & GCFlag.INLINE_VALUES) !== 0) return freeInlineValues(rt, o)
  gcUntrack(rt, o)
  trashcanDealloc(rt, o, dictDeallocBody)
}

function dictDeallocBody(rt: Runtime, o: PyObject): void {
  const mp = o.v as DictObj
  const shared = mp.shared
  if (shared !== null) {
    // Split: the values (shared-key order), their block, then the shared keys.
    releaseSplit(rt, mp)
    sharedKeysDecref(rt, shared)
  } else {
    const keys = mp.keys
    mp.keys = EMPTY_KEYS
    freeKeysObject(rt, keys)
  }
  o.v = null
  if (o.type === rt.t.dict) {
    let fl = rt.freelists.dict
    if (fl === undefined) fl = rt.freelists.dict = []
    if (fl.length < DICT_MAXFREELIST) {
      fl.push(o)
      return
    }
  }
  freeObject(rt, o)
}

/** Empties the dict and dict-keys free lists (full collections do it); returns blocks freed. */
export function clearDictFreeLists(rt: Runtime): number {
  let n = 0
  const fl = rt.freelists.dict
  if (fl !== undefined) {
    let dead: PyObject | undefined
    while ((dead = fl.pop()) !== undefined) {
      freeObject(rt, dead)
      n++
    }
  }
  const kl = rt.dictKeysFreeList
  while (kl.length > 0) {
    rt.heap.objFree(kl.pop()!)
    n++
  }
  return n
}

/** tp_traverse: values only for unicode tables; value then key for general ones. */
function dictTraverse(o: PyObject, visit: (child: PyObject) => void): void {
  const mp = o.v as DictObj
  if (mp.shared !== null) {
    forEachSplitValue(mp.keys, mp.shared, visit)
    return
  }
  const dk = mp.keys
  const n = dk.nentries
  if (dk.unicode) {
    for (let i = 0; i < n; i++) {
      const v = dk.evalues[i]
      if (v !== null && v !== undefined) visit(v)
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = dk.evalues[i]
      if (v !== null && v !== undefined) {
        visit(v)
        visit(dk.ekeys[i]!)
      }
    }
  }
}

function dictTpClear(rt: Runtime, o: PyObject): void {
  dictClear(rt, o)
}

/**
 * dict.__sizeof__ (without the GC header): 48 + the keys object unless it is
 * the shared empty one; a split dict counts 8 bytes per slot the shared keys
 * have room for now, and the shared keys only when it holds their last reference.
 */
export function dictSizeof(o: PyObject): number {
  const mp = o.v as DictObj
  const shared = mp.shared
  if (shared !== null) {
    return (
      o.type.basicsize + sharedUsableSize(shared) * 8 + (shared.refcnt === 1 ? SHARED_KEYS_SIZE : 0)
    )
  }
  const dk = mp.keys
  return o.type.basicsize + (dk === EMPTY_KEYS ? 0 : keysSize(dk.log2Size, dk.unicode))
}

/** Asserts the dict invariant (tests and debug mode). */
export function checkDict(rt: Runtime, d: PyObject): void {
  const mp = d.v as DictObj
  const dk = mp.keys
  let live = 0
  for (let i = 0; i < dk.nentries; i++) {
    const v = dk.evalues[i]
    if (v !== null && v !== undefined) {
      live++
      if (lookdictIndex(dk, dk.ehashes[i]!, i) < 0) throw new Error("entry not indexed")
      if (dk.unicode && dk.ekeys[i]!.type !== rt.t.str)
        throw new Error("non-str key in a unicode table")
    }
  }
  if (live !== mp.used) throw new Error(`dict used ${mp.used} but ${live} live entries`)
  if (dk !== EMPTY_KEYS && dk.nentries + dk.usable > usableFraction(1 << dk.log2Size))
    throw new Error("dict usable count too large")
  if (mp.shared !== null) {
    if (mp.values === 0 || !dk.unicode || dk.addr !== 0 || mp.used > SHARED_KEYS_MAX_SIZE)
      throw new Error("split dict without values or with a table of its own")
    for (let i = 0; i < dk.nentries; i++)
      if (dk.evalues[i] != null && !mp.shared.index.has(dk.ekeys[i]!.v as string))
        throw new Error("split dict key missing from the shared keys")
  }
}

/**
 * Creates the dict type (bootstrap). Methods, views and iterators are added
 * by dictmethods.ts and dictviews.ts.
 */
export function initDictType(rt: Runtime): void {
  const flags =
    TypeFlags.BASETYPE | TypeFlags.HAVE_GC | TypeFlags.DICT_SUBCLASS | TypeFlags.MATCH_SELF
  const t = newStaticType(rt, "dict", null, DICT_BASICSIZE, 0, flags)
  t.dealloc = dictDealloc
  t.traverse = dictTraverse
  t.clear = dictTpClear
  t.isMapping = true
  rt.t.dict = t
}

/** For tests: internals. */
export const __test = { EMPTY_KEYS }

/**
 * Visits the values of `d` in entry order, allocating nothing: what the
 * collector sees of an instance's inline values (subtype_traverse).
 */
export function dictVisitValues(d: PyObject, visit: (o: PyObject) => void): void {
  const mp = d.v as DictObj
  if (mp.shared !== null) {
    forEachSplitValue(mp.keys, mp.shared, visit)
    return
  }
  const dk = mp.keys
  const n = dk.nentries
  const vs = dk.evalues
  for (let i = 0; i < n; i++) {
    const v = vs[i]
    if (v !== null && v !== undefined) visit(v)
  }
}

/** A snapshot of the items as [key, value] pairs (BORROWED references), in order. */
export function dictItems(d: PyObject): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = []
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1))
    out.push([dictKeyAt(d, i), dictValueAt(d, i)])
  return out
}

/**
 * _PyDict_MaybeUntrack: the collector's full collections call this for
 * tracked dicts; a dict whose keys and values can never be part of a cycle
 * is untracked again.
 */
export function dictMaybeUntrack(rt: Runtime, d: PyObject): void {
  if (d.gcNext === null) return
  const dk = (d.v as DictObj).keys
  for (let i = 0; i < dk.nentries; i++) {
    const v = dk.evalues[i]
    if (v === null || v === undefined) continue
    if (mayBeTracked(rt, v)) return
    if (!dk.unicode && mayBeTracked(rt, dk.ekeys[i]!)) return
  }
  gcUntrack(rt, d)
}
