// list: a resizable array of owned references.
//
// Representation. `o.v` is the JS array of items (owned references; its
// length is len(list)); `o.w` is a ListAlloc with the capacity CPython would
// have (`allocated`) and the address of the separate item array in the mem
// domain. The JS array never holds holes: CPython's spare capacity is only
// accounted for, not materialized.
//
//            ┌──────────────────────┐
//   addr-16  │ PyGC_Head            │
//   addr+0   │ ob_refcnt            │         item array (mem domain,
//   addr+8   │ ob_type              │         8 × allocated bytes)
//   addr+16  │ ob_size   (len)      │        ┌────┬────┬────┬────┐
//   addr+24  │ ob_item ─────────────┼──────► │ i0 │ i1 │ i2 │ ·· │  spare slots
//   addr+32  │ allocated            │        └────┴────┴────┴────┘
//            └──────────────────────┘   getsizeof = 16 + 40 + 8 × allocated
//
// Growth (list_resize): when the new length fits in [allocated/2, allocated]
// nothing moves; otherwise capacity becomes
//   (n + n/8 + 6) & ~3, or (n + 3) & ~3 if the jump is larger than that,
// which gives the getsizeof sequence 56, 88 ×4, 120 ×4, 184 ×8, 248 ... for
// repeated appends. `list(iterable)` preallocates from the length hint.
//
// Free list (3.11): up to 80 dead exact-list objects keep their blocks;
// `[]` takes the most recently freed one (same id()), `list()` does not
// (it goes through PyType_GenericAlloc).
//
// Invariant (list). allocated >= v.length; itemsAddr is 0 iff CPython's
// ob_item would be NULL; every item is live and owned by the list.
//
// @cpython Objects/listobject.c

import { PyObject } from "./object.js"
import {
  allocObject,
  reviveObject,
  decref,
  freeObject,
  noMemory,
  trashcanDealloc,
} from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import type { PyType } from "./type.js"
import { TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** tp_basicsize of list (16 header + ob_size + ob_item + allocated). */
export const LIST_BASICSIZE = 40
/** PyList_MAXFREELIST. */
export const LIST_MAXFREELIST = 80

/** The capacity part of a list (`o.w`). */
export class ListAlloc {
  /** Slots CPython has allocated for items. */
  allocated: number
  /** Address of the item array in the mem domain, 0 when ob_item is NULL. */
  itemsAddr: number
  constructor(allocated: number, itemsAddr: number) {
    this.allocated = allocated
    this.itemsAddr = itemsAddr
  }
}

/** The items of a list (borrowed; the array is live: do not keep it across calls that can mutate the list). */
export function listItems(l: PyObject): PyObject[] {
  return l.v as PyObject[]
}

/** The capacity record of a list. */
export function listAlloc(l: PyObject): ListAlloc {
  return l.w as ListAlloc
}

/** PyList_Check: list or a subclass. */
export function isList(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.LIST_SUBCLASS) !== 0
}

/** Allocates the item array (PyMem_Malloc); `n` slots, 0 means no array. Raises MemoryError. */
function mallocItems(rt: Runtime, n: number): number {
  if (n === 0) return 0
  const a = rt.heap.memMalloc(n * 8)
  if (a === 0) noMemory(rt)
  return a
}

/**
 * A new exact list object with empty item storage for `n` slots, taken from
 * the free list when possible (PyList_New's allocation part). Not tracked.
 */
function allocList(rt: Runtime, items: PyObject[], allocated: number): PyObject {
  const fl = rt.freelists.list
  const dead = fl !== undefined ? fl.pop() : undefined
  let o: PyObject
  const itemsAddr = mallocItems(rt, allocated)
  if (dead !== undefined) {
    o = reviveObject(rt, dead, items, new ListAlloc(allocated, itemsAddr))
  } else {
    try {
      o = allocObject(rt, rt.t.list, LIST_BASICSIZE, items, new ListAlloc(allocated, itemsAddr))
    } catch (e) {
      if (itemsAddr !== 0) rt.heap.memFree(itemsAddr)
      throw e
    }
  }
  return o
}

/**
 * PyList_New(0) / BUILD_LIST: a new, tracked list holding `items`; STEALS
 * the references and takes over the array. Capacity is exactly the length
 * (list displays are exact: `[1, 2, 3]` is 88 bytes).
 */
export function newList(rt: Runtime, items: PyObject[] = []): PyObject {
  const o = allocList(rt, items, items.length)
  gcTrack(rt, o)
  return o
}

/**
 * PyList_New(prealloc) filled with the first items, then PyList_Append of the rest, and the
 * size set to the count without shrinking: how str.split and bytes.split build their result
 * (12 slots preallocated, so `'a b'.split()` is 152 bytes). Steals `items`. Tracked.
 */
export function newListPreallocated(rt: Runtime, items: PyObject[], prealloc: number): PyObject {
  const o = allocList(rt, items, prealloc)
  const a = o.w as ListAlloc
  for (let size = prealloc; size < items.length; size++) {
    // list_resize for one append (newsize = size + 1).
    if (a.allocated > size) continue
    try {
      reallocItems(rt, a, listGrowCapacity(size, size + 1))
    } catch (e) {
      decref(rt, o)
      throw e
    }
  }
  gcTrack(rt, o)
  return o
}

/** The preallocation of str.split/bytes.split for `maxsplit` (-1: no limit). @cpython PREALLOC_SIZE */
export function splitPrealloc(maxsplit: number): number {
  return maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1
}

/** Same as newList: a list that steals `items` (the name the vm uses for BUILD_LIST). */
export const listFromArray = newList

/**
 * PyType_GenericAlloc for list and its subclasses: what `list()` and
 * `list(x)` start from (no free list, no item array). Tracked.
 */
export function listGenericAlloc(rt: Runtime, type: PyType): PyObject {
  const o = allocObject(rt, type, type.basicsize, [], new ListAlloc(0, 0))
  gcTrack(rt, o)
  return o
}

/**
 * list_resize: makes room for `newsize` items following CPython's
 * over-allocation rule and returns nothing; the caller then pushes or
 * truncates `o.v` itself. Raises MemoryError.
 */
export function listResize(rt: Runtime, o: PyObject, newsize: number): void {
  const a = o.w as ListAlloc
  const allocated = a.allocated
  if (allocated >= newsize && newsize >= allocated >> 1) return
  reallocItems(rt, a, listGrowCapacity((o.v as PyObject[]).length, newsize))
}

/**
 * list_resize's over-allocation: the slots for `newsize` items when the list
 * holds `oldsize`. About 12.5% extra, rounded to a multiple of 4; a jump past
 * that margin gets just `newsize` rounded up to 4; 0 for an empty list.
 */
function listGrowCapacity(oldsize: number, newsize: number): number {
  if (newsize === 0) return 0
  const cap = (newsize + Math.floor(newsize / 8) + 6) & ~3
  return newsize - oldsize > cap - newsize ? (newsize + 3) & ~3 : cap
}

/** PyMem_Realloc of the item array to `cap` slots (realloc(NULL, n) is malloc). */
function reallocItems(rt: Runtime, a: ListAlloc, cap: number): void {
  let addr: number
  if (a.itemsAddr === 0) addr = rt.heap.memMalloc(cap * 8)
  else addr = rt.heap.memRealloc(a.itemsAddr, cap * 8)
  if (addr === 0) noMemory(rt)
  a.itemsAddr = addr
  a.allocated = cap
}

/**
 * list_preallocate_exact: for `list(iterable)` with a known length: room for
 * `n` rounded up to even. The list must have no item array yet.
 */
export function listPreallocateExact(rt: Runtime, o: PyObject, n: number): void {
  const a = o.w as ListAlloc
  const cap = (n + 1) & ~1
  const addr = rt.heap.memMalloc(cap * 8)
  if (addr === 0) noMemory(rt)
  a.itemsAddr = addr
  a.allocated = cap
}

/** PyList_Append: appends `item` (borrowed: the list takes its own reference). */
export function listAppend(rt: Runtime, o: PyObject, item: PyObject): void {
  const items = o.v as PyObject[]
  const n = items.length
  if ((o.w as ListAlloc).allocated > n) {
    item.rc++
    items.push(item)
    return
  }
  listResize(rt, o, n + 1)
  item.rc++
  items.push(item)
}

/** _PyList_AppendTakeRef: appends `item`, STEALING the reference (also on MemoryError). */
export function listAppendSteal(rt: Runtime, o: PyObject, item: PyObject): void {
  const items = o.v as PyObject[]
  const n = items.length
  if ((o.w as ListAlloc).allocated <= n) {
    try {
      listResize(rt, o, n + 1)
    } catch (e) {
      decref(rt, item)
      throw e
    }
  }
  items.push(item)
}

/**
 * _list_clear: empties the list, dropping the item array; items are
 * released last first, after the list already looks empty (a `__del__` may
 * look at it, or append to it).
 *
 * The JS array is emptied in place rather than replaced by a new one: the
 * list is often old and about to die (the collector's tp_clear), and a new
 * array stored into an old object survives V8's next young-generation
 * collection, which the removed items in a short-lived array do not.
 */
export function listClearItems(rt: Runtime, o: PyObject): void {
  const a = o.w as ListAlloc
  const items = o.v as PyObject[]
  const addr = a.itemsAddr
  const n = items.length
  if (addr === 0 && n === 0) return
  a.itemsAddr = 0
  a.allocated = 0
  if (n === 1) {
    decref(rt, items.pop()!)
  } else if (n > 1) {
    const removed = items.splice(0, n)
    for (let i = n - 1; i >= 0; i--) decref(rt, removed[i]!)
  }
  if (addr !== 0) rt.heap.memFree(addr)
}

/** list.__sizeof__ (without the GC header): 40 + 8 × allocated. */
export function listSizeof(o: PyObject): number {
  return o.type.basicsize + 8 * (o.w as ListAlloc).allocated
}

function listDealloc(rt: Runtime, o: PyObject): void {
  gcUntrack(rt, o)
  trashcanDealloc(rt, o, listDeallocBody)
}

function listDeallocBody(rt: Runtime, o: PyObject): void {
  const items = o.v as PyObject[]
  for (let i = items.length - 1; i >= 0; i--) decref(rt, items[i]!)
  const a = o.w as ListAlloc
  if (a.itemsAddr !== 0) rt.heap.memFree(a.itemsAddr)
  o.v = null
  o.w = null
  if (o.type === rt.t.list) {
    let fl = rt.freelists.list
    if (fl === undefined) fl = rt.freelists.list = []
    if (fl.length < LIST_MAXFREELIST) {
      fl.push(o)
      return
    }
  }
  freeObject(rt, o)
}

/** Empties the list free list (full collections do it); returns the number of blocks freed. */
export function clearListFreeList(rt: Runtime): number {
  const fl = rt.freelists.list
  if (fl === undefined) return 0
  const n = fl.length
  let dead: PyObject | undefined
  while ((dead = fl.pop()) !== undefined) freeObject(rt, dead)
  return n
}

/** tp_traverse: items from the last to the first (what gc.get_referents shows). */
function listTraverse(o: PyObject, visit: (child: PyObject) => void): void {
  const items = o.v as PyObject[]
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]!)
}

function listTpClear(rt: Runtime, o: PyObject): void {
  listClearItems(rt, o)
}

/**
 * Creates the list type (bootstrap, once `type` and `object` exist). Methods
 * and operators are installed by installListMethods (listops.ts).
 */
export function initListType(rt: Runtime): void {
  const flags =
    TypeFlags.BASETYPE | TypeFlags.HAVE_GC | TypeFlags.LIST_SUBCLASS | TypeFlags.MATCH_SELF
  const t = newStaticType(rt, "list", null, LIST_BASICSIZE, 0, flags)
  t.dealloc = listDealloc
  t.traverse = listTraverse
  t.clear = listTpClear
  t.isSequence = true
  rt.t.list = t
}
