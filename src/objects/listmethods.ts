// The operators and methods of list: indexing and slice assignment, +, *,
// +=, *=, comparisons, repr, append/extend/insert/pop/remove/index/count/
// clear/copy/reverse/sort, and list(iterable) with CPython's preallocation.
//
// Every place that can run Python code (==, <, __del__, __index__, an
// iterator) re-reads `o.v` afterwards: a list may be mutated, or emptied and
// refilled, by the code it calls.
//
// @cpython Objects/listobject.c

import { call, getIter, isTrue, reprString, richCompareBool, typeName } from "./abstract.js"
import type { MethodImpl } from "./descr.js"
import {
  checkPositional,
  defineMethods,
  noKeywords,
  parseArgs,
  positionalCount,
  type ArgSpec,
} from "./descr.js"
import { raise, typeError, valueError } from "./errors.js"
import { intAsSsize, newInt } from "./int.js"
import { lengthHint, listIter, listReversed } from "./iterobject.js"
import {
  ListAlloc,
  isList,
  listAppend,
  listAppendSteal,
  listClearItems,
  listGenericAlloc,
  listPreallocateExact,
  listResize,
  listSizeof,
  newList,
} from "./list.js"
import { listSortItems } from "./listsort.js"
import type { PyObject } from "./object.js"
import { decref, noMemory } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { indexArg, indexRange, isIndexable, reprEnter, reprLeave } from "./sequtil.js"
import { sliceAdjust } from "./slice.js"
import { newStr } from "./str.js"
import { seqRichCompare, unhashable } from "./tuple.js"
import type { CompareOp as CompareOpT, PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"

function items(o: PyObject): PyObject[] {
  return o.v as PyObject[]
}

/** list_new_prealloc: an empty list (free list) with exactly `size` slots of capacity. */
export function listNewPrealloc(rt: Runtime, size: number): PyObject {
  const l = newList(rt, [])
  if (size > 0) {
    const addr = rt.heap.memMalloc(size * 8)
    if (addr === 0) {
      decref(rt, l)
      noMemory(rt)
    }
    const a = l.w as ListAlloc
    a.itemsAddr = addr
    a.allocated = size
  }
  return l
}

/** list_slice: a new list of items [lo, hi) with exact capacity. */
export function listSlice(rt: Runtime, o: PyObject, lo: number, hi: number): PyObject {
  const len = hi - lo
  if (len <= 0) return newList(rt, [])
  const l = listNewPrealloc(rt, len)
  const src = items(o)
  const dst = items(l)
  for (let i = lo; i < hi; i++) {
    const x = src[i]!
    x.rc++
    dst.push(x)
  }
  return l
}

/**
 * PySequence_Fast: `v` itself (new reference) for an exact list or tuple,
 * else a new list of its items; a non-iterable raises TypeError(`message`).
 */
export function sequenceFast(rt: Runtime, v: PyObject, message: string): PyObject {
  if (v.type === rt.t.list || v.type === rt.t.tuple) {
    v.rc++
    return v
  }
  let it: PyObject
  try {
    it = getIter(rt, v)
  } catch (e) {
    if (e instanceof Object && (e as PyObject).type === rt.t.TypeError) {
      decref(rt, e as PyObject)
      typeError(rt, message)
    }
    throw e
  }
  const l = newList(rt, [])
  try {
    extendFromIterator(rt, l, it, v)
  } catch (e) {
    decref(rt, l)
    throw e
  } finally {
    decref(rt, it)
  }
  return l
}

/** PySequence_List: a new list of the items of any iterable. */
export function sequenceList(rt: Runtime, v: PyObject): PyObject {
  const l = newList(rt, [])
  try {
    listExtend(rt, l, v)
  } catch (e) {
    decref(rt, l)
    throw e
  }
  return l
}

/**
 * list_extend: appends the items of `iterable` (borrowed). Lists and tuples
 * are copied in one resize; other iterables preallocate from their length
 * hint and give back the unused part at the end.
 */
export function listExtend(rt: Runtime, self: PyObject, iterable: PyObject): void {
  if (iterable.type === rt.t.list || iterable.type === rt.t.tuple || iterable === self) {
    const src = items(iterable).slice()
    const n = src.length
    if (n === 0) return
    const m = items(self).length
    const a = self.w as ListAlloc
    if (a.itemsAddr === 0 && m === 0) listPreallocateExact(rt, self, n)
    else listResize(rt, self, m + n)
    const dst = items(self)
    for (let i = 0; i < n; i++) {
      const x = src[i]!
      x.rc++
      dst.push(x)
    }
    return
  }
  const it = getIter(rt, iterable)
  try {
    extendFromIterator(rt, self, it, iterable)
  } finally {
    decref(rt, it)
  }
}

function extendFromIterator(rt: Runtime, self: PyObject, it: PyObject, iterable: PyObject): void {
  const n = lengthHint(rt, iterable, 8)
  const m = items(self).length
  const a = self.w as ListAlloc
  if (a.itemsAddr === 0 && m === 0) {
    if (n > 0) listPreallocateExact(rt, self, n)
  } else {
    listResize(rt, self, m + n)
  }
  const next = it.type.iternext
  if (next === null) typeError(rt, `'${typeName(it)}' object is not an iterator`)
  let x: PyObject | null
  while ((x = next(rt, it)) !== null) {
    const dst = items(self)
    if (dst.length < (self.w as ListAlloc).allocated) dst.push(x)
    else listAppendSteal(rt, self, x)
  }
  const len = items(self).length
  if (len < (self.w as ListAlloc).allocated) listResize(rt, self, len)
}

/**
 * list_ass_slice: replaces items [lo, hi) by the items of `v` (null to
 * delete). The replaced items are released last, last first.
 */
export function listAssSlice(
  rt: Runtime,
  a: PyObject,
  lo: number,
  hi: number,
  v: PyObject | null,
): void {
  let seq: PyObject | null = null
  let vitems: PyObject[] = []
  if (v !== null) {
    seq =
      v === a
        ? listSlice(rt, v, 0, items(v).length)
        : sequenceFast(rt, v, "can only assign an iterable")
    // seq is never `a` (a self-assignment copies first), and nothing below runs
    // Python code before the items are stored, so its array is read in place.
    vitems = items(seq)
  }
  try {
    const size = items(a).length
    if (lo < 0) lo = 0
    else if (lo > size) lo = size
    if (hi < lo) hi = lo
    else if (hi > size) hi = size
    const n = vitems.length
    const norig = hi - lo
    const d = n - norig
    if (size + d === 0) {
      listClearItems(rt, a)
      return
    }
    const arr = items(a)
    const recycle = arr.slice(lo, hi)
    if (d === 0) {
      // Same length: store in place, then release the old items last to first.
      for (let k = 0; k < n; k++) {
        const x = vitems[k]!
        x.rc++
        arr[lo + k] = x
      }
      for (let k = norig - 1; k >= 0; k--) decref(rt, recycle[k]!)
      return
    }
    if (d < 0) {
      arr.splice(lo, norig)
      // list_resize may shrink the item array; the items already moved down.
      listResize(rt, a, size + d)
    } else if (d > 0) {
      listResize(rt, a, size + d)
    }
    for (let k = 0; k < n; k++) vitems[k]!.rc++
    if (d < 0) arr.splice(lo, 0, ...vitems)
    else arr.splice(lo, norig, ...vitems)
    for (let k = norig - 1; k >= 0; k--) decref(rt, recycle[k]!)
  } finally {
    if (seq !== null) decref(rt, seq)
  }
}

// ---------------------------------------------------------------------------
// Slots

function listLength(_rt: Runtime, o: PyObject): number {
  return items(o).length
}

function listSubscript(rt: Runtime, o: PyObject, key: PyObject): PyObject {
  if (isIndexable(key)) {
    let i = indexArg(rt, key)
    const arr = items(o)
    if (i < 0) i += arr.length
    if (i < 0 || i >= arr.length) raise(rt, rt.t.IndexError, "list index out of range")
    const x = arr[i]!
    x.rc++
    return x
  }
  if (key.type === rt.t.slice) {
    const s = sliceAdjust(rt, key, items(o).length)
    if (s.length <= 0) return newList(rt, [])
    if (s.step === 1) return listSlice(rt, o, s.start, s.stop)
    const l = listNewPrealloc(rt, s.length)
    const src = items(o)
    const dst = items(l)
    for (let k = 0, j = s.start; k < s.length; k++, j += s.step) {
      const x = src[j]!
      x.rc++
      dst.push(x)
    }
    return l
  }
  return typeError(rt, `list indices must be integers or slices, not ${typeName(key)}`)
}

function listAssSubscript(rt: Runtime, o: PyObject, key: PyObject, value: PyObject | null): void {
  if (isIndexable(key)) {
    let i = indexArg(rt, key)
    const arr = items(o)
    if (i < 0) i += arr.length
    if (i < 0 || i >= arr.length) raise(rt, rt.t.IndexError, "list assignment index out of range")
    if (value === null) {
      listAssSlice(rt, o, i, i + 1, null)
      return
    }
    const old = arr[i]!
    value.rc++
    arr[i] = value
    decref(rt, old)
    return
  }
  if (key.type !== rt.t.slice)
    typeError(rt, `list indices must be integers or slices, not ${typeName(key)}`)
  const s = sliceAdjust(rt, key, items(o).length)
  let { start, stop, step } = s
  const slicelength = s.length
  if (step === 1) {
    listAssSlice(rt, o, start, stop, value)
    return
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start
  if (value === null) {
    if (slicelength <= 0) return
    if (step < 0) {
      stop = start + 1
      start = stop + step * (slicelength - 1) - 1
      step = -step
    }
    const arr = items(o)
    const garbage: PyObject[] = []
    const keep: PyObject[] = []
    for (let i = 0; i < arr.length; i++) {
      if (i >= start && i < stop && (i - start) % step === 0) garbage.push(arr[i]!)
      else keep.push(arr[i]!)
    }
    arr.length = 0
    for (const x of keep) arr.push(x)
    listResize(rt, o, arr.length)
    for (let i = 0; i < garbage.length; i++) decref(rt, garbage[i]!)
    return
  }
  const seq =
    value === o
      ? listSlice(rt, value, 0, items(value).length)
      : sequenceFast(rt, value, "must assign iterable to extended slice")
  try {
    const src = items(seq)
    if (src.length !== slicelength)
      valueError(
        rt,
        `attempt to assign sequence of size ${src.length} to extended slice of size ${slicelength}`,
      )
    if (slicelength === 0) return
    const arr = items(o)
    const garbage: PyObject[] = []
    for (let i = 0, cur = start; i < slicelength; i++, cur += step) {
      garbage.push(arr[cur]!)
      const x = src[i]!
      x.rc++
      arr[cur] = x
    }
    for (let i = 0; i < garbage.length; i++) decref(rt, garbage[i]!)
  } finally {
    decref(rt, seq)
  }
}

function listContains(rt: Runtime, o: PyObject, x: PyObject): boolean {
  for (let i = 0; i < items(o).length; i++) {
    const item = items(o)[i]!
    item.rc++
    let eq: boolean
    try {
      eq = richCompareBool(rt, item, x, CompareOp.EQ)
    } finally {
      decref(rt, item)
    }
    if (eq) return true
  }
  return false
}

function listConcat(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isList(b)) typeError(rt, `can only concatenate list (not "${typeName(b)}") to list`)
  const x = items(a)
  const y = items(b)
  const size = x.length + y.length
  if (size === 0) return newList(rt, [])
  const l = listNewPrealloc(rt, size)
  const dst = items(l)
  for (const it of x) {
    it.rc++
    dst.push(it)
  }
  for (const it of y) {
    it.rc++
    dst.push(it)
  }
  return l
}

function listRepeat(rt: Runtime, a: PyObject, n: number): PyObject {
  const src = items(a)
  if (n < 0) n = 0
  if (n > 0 && src.length > (2 ** 63 - 1) / n) noMemory(rt)
  const size = src.length * n
  if (size === 0) return newList(rt, [])
  if (size > 2 ** 32) noMemory(rt)
  const l = listNewPrealloc(rt, size)
  const dst = items(l)
  for (let r = 0; r < n; r++)
    for (let i = 0; i < src.length; i++) {
      const x = src[i]!
      x.rc++
      dst.push(x)
    }
  return l
}

function listInplaceConcat(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  listExtend(rt, a, b)
  a.rc++
  return a
}

function listInplaceRepeat(rt: Runtime, a: PyObject, n: number): PyObject {
  const src = items(a)
  const size = src.length
  if (n < 1 || size === 0) {
    listClearItems(rt, a)
    a.rc++
    return a
  }
  if (size > (2 ** 63 - 1) / n || size * n > 2 ** 32) noMemory(rt)
  listResize(rt, a, size * n)
  const copy = src.slice()
  for (let r = 1; r < n; r++)
    for (let i = 0; i < size; i++) {
      const x = copy[i]!
      x.rc++
      src.push(x)
    }
  a.rc++
  return a
}

function listRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOpT): PyObject {
  if (!isList(a) || !isList(b)) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  if (items(a).length !== items(b).length && (op === CompareOp.EQ || op === CompareOp.NE)) {
    const r = op === CompareOp.EQ ? rt.False : rt.True
    r.rc++
    return r
  }
  // Compare on snapshots holding references, so == running Python code cannot free items under us.
  const x = items(a).slice()
  const y = items(b).slice()
  for (const o of x) o.rc++
  for (const o of y) o.rc++
  try {
    return seqRichCompare(rt, x, y, op)
  } finally {
    for (const o of x) decref(rt, o)
    for (const o of y) decref(rt, o)
  }
}

function listRepr(rt: Runtime, o: PyObject): PyObject {
  if (items(o).length === 0) return newStr(rt, "[]")
  if (reprEnter(rt, o)) return newStr(rt, "[...]")
  try {
    const parts: string[] = []
    for (let i = 0; i < items(o).length; i++) {
      const x = items(o)[i]!
      x.rc++
      try {
        parts.push(reprString(rt, x))
      } finally {
        decref(rt, x)
      }
    }
    return newStr(rt, `[${parts.join(", ")}]`)
  } finally {
    reprLeave(rt, o)
  }
}

/** list.__new__: an empty list of `type` (PyType_GenericAlloc); __init__ fills it. */
function listNew(rt: Runtime, type: PyType): PyObject {
  return listGenericAlloc(rt, type)
}

/** list.__init__(iterable=()): clears, preallocates from len() when there is one, extends. */
function listInit(rt: Runtime, self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0 && self.type === rt.t.list)
    typeError(rt, "list() takes no keyword arguments")
  const n = positionalCount(args, kwnames)
  checkPositional(rt, "list", n, 0, 1)
  if ((self.w as ListAlloc).itemsAddr !== 0 || items(self).length > 0) listClearItems(rt, self)
  if (n === 0) return
  const iterable = args[0]!
  if (iterable.type.length !== null) {
    let len = -1
    try {
      len = iterable.type.length(rt, iterable)
    } catch (e) {
      if (!(e instanceof Object) || (e as PyObject).type !== rt.t.TypeError) throw e
      decref(rt, e as PyObject)
    }
    if (len > 0 && (self.w as ListAlloc).itemsAddr === 0) listPreallocateExact(rt, self, len)
  }
  listExtend(rt, self, iterable)
}

// ---------------------------------------------------------------------------
// Methods

const none = (rt: Runtime): PyObject => {
  rt.None.rc++
  return rt.None
}

function listAppendMethod(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  listAppend(rt, self, args[0]!)
  return none(rt)
}

function listExtendMethod(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  listExtend(rt, self, args[0]!)
  return none(rt)
}

/** ins1: insert `v` (borrowed) before index `where` (clamped). */
export function listInsert(rt: Runtime, self: PyObject, where: number, v: PyObject): void {
  const n = items(self).length
  listResize(rt, self, n + 1)
  if (where < 0) {
    where += n
    if (where < 0) where = 0
  }
  if (where > n) where = n
  v.rc++
  items(self).splice(where, 0, v)
}

const listInsertMethod: MethodImpl = (rt, self, args, kwnames) => {
  noKeywords(rt, "insert", kwnames)
  checkPositional(rt, "insert", args.length, 2, 2)
  const where = indexArgNoIndexError(rt, args[0]!)
  listInsert(rt, self, where, args[1]!)
  return none(rt)
}

function indexArgNoIndexError(rt: Runtime, o: PyObject): number {
  if (!isIndexable(o)) typeError(rt, `'${typeName(o)}' object cannot be interpreted as an integer`)
  return intAsSsize(rt, o)
}

const listPop: MethodImpl = (rt, self, args, kwnames) => {
  noKeywords(rt, "pop", kwnames)
  checkPositional(rt, "pop", args.length, 0, 1)
  let i = args.length === 0 ? -1 : indexArgNoIndexError(rt, args[0]!)
  const arr = items(self)
  const n = arr.length
  if (n === 0) raise(rt, rt.t.IndexError, "pop from empty list")
  if (i < 0) i += n
  if (i < 0 || i >= n) raise(rt, rt.t.IndexError, "pop index out of range")
  const v = arr[i]!
  if (i === n - 1) {
    arr.pop()
    listResize(rt, self, n - 1)
    return v
  }
  v.rc++
  listAssSlice(rt, self, i, i + 1, null)
  return v
}

function listRemove(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  const x = args[0]!
  for (let i = 0; i < items(self).length; i++) {
    const item = items(self)[i]!
    item.rc++
    let eq: boolean
    try {
      eq = richCompareBool(rt, item, x, CompareOp.EQ)
    } finally {
      decref(rt, item)
    }
    if (eq) {
      if (i < items(self).length) listAssSlice(rt, self, i, i + 1, null)
      return none(rt)
    }
  }
  return raise(rt, rt.t.ValueError, "list.remove(x): x not in list")
}

const listIndex: MethodImpl = (rt, self, args, kwnames) => {
  noKeywords(rt, "index", kwnames)
  checkPositional(rt, "index", args.length, 1, 3)
  const [start, stop] = indexRange(rt, args[1], args[2], items(self).length)
  for (let i = start; i < stop && i < items(self).length; i++) {
    const item = items(self)[i]!
    item.rc++
    let eq: boolean
    try {
      eq = richCompareBool(rt, item, args[0]!, CompareOp.EQ)
    } finally {
      decref(rt, item)
    }
    if (eq) return newInt(rt, i)
  }
  return raise(rt, rt.t.ValueError, `${reprString(rt, args[0]!)} is not in list`)
}

function listCount(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  let c = 0
  for (let i = 0; i < items(self).length; i++) {
    const item = items(self)[i]!
    item.rc++
    try {
      if (richCompareBool(rt, item, args[0]!, CompareOp.EQ)) c++
    } finally {
      decref(rt, item)
    }
  }
  return newInt(rt, c)
}

function listClearMethod(rt: Runtime, self: PyObject): PyObject {
  listClearItems(rt, self)
  return none(rt)
}

function listCopy(rt: Runtime, self: PyObject): PyObject {
  return listSlice(rt, self, 0, items(self).length)
}

function listReverse(rt: Runtime, self: PyObject): PyObject {
  items(self).reverse()
  return none(rt)
}

function listSizeofMethod(rt: Runtime, self: PyObject): PyObject {
  return newInt(rt, listSizeof(self))
}

function listReversedMethod(rt: Runtime, self: PyObject): PyObject {
  return listReversed(rt, self)
}

const SORT_SPEC: ArgSpec = { fname: "sort", names: ["key", "reverse"], required: 0, maxPos: 0 }

/**
 * list.sort(*, key=None, reverse=False). While sorting, the list looks
 * empty; if it was changed meanwhile, the changes are discarded and
 * ValueError "list modified during sort" is raised.
 */
const listSort: MethodImpl = (rt, self, args, kwnames) => {
  const [keyArg, revArg] = parseArgs(rt, SORT_SPEC, args, kwnames)
  const keyfunc = keyArg === null || keyArg === rt.None ? null : keyArg
  let reverse = false
  if (revArg !== null) {
    if (!isIndexable(revArg))
      typeError(rt, `'${typeName(revArg)}' object cannot be interpreted as an integer`)
    reverse = isTrue(rt, revArg)
  }
  listSortInPlace(rt, self, keyfunc, reverse)
  return none(rt)
}

/** The body of list.sort; also used by sorted(). `keyfunc` borrowed or null. */
export function listSortInPlace(
  rt: Runtime,
  self: PyObject,
  keyfunc: PyObject | null,
  reverse: boolean,
): void {
  const a = self.w as ListAlloc
  const saved = items(self)
  const savedAllocated = a.allocated
  const savedAddr = a.itemsAddr
  self.v = []
  a.allocated = -1
  a.itemsAddr = 0
  let keys: PyObject[] | null = null
  let error: unknown = null
  try {
    if (keyfunc !== null) {
      keys = []
      for (let i = 0; i < saved.length; i++) keys.push(call(rt, keyfunc, [saved[i]!]))
    }
    if (reverse) {
      saved.reverse()
      keys?.reverse()
    }
    listSortItems(rt, saved, keys)
    if (reverse) {
      saved.reverse()
      keys?.reverse()
    }
  } catch (e) {
    error = e
  }
  if (keys !== null) for (let i = keys.length - 1; i >= 0; i--) decref(rt, keys[i]!)
  const modified = a.allocated !== -1
  // Drop whatever was put in the list while it was being sorted.
  const during = items(self)
  const duringAddr = a.itemsAddr
  self.v = saved
  a.allocated = savedAllocated
  a.itemsAddr = savedAddr
  for (let i = during.length - 1; i >= 0; i--) decref(rt, during[i]!)
  if (duringAddr !== 0) rt.heap.memFree(duringAddr)
  if (error !== null) throw error
  if (modified) valueError(rt, "list modified during sort")
}

/** Installs the slots and methods of list (called from initContainerTypes). */
export function installListMethods(rt: Runtime): void {
  const t = rt.t.list
  t.length = listLength
  t.getitem = listSubscript
  t.setitem = listAssSubscript
  t.contains = listContains
  t.sqConcat = listConcat
  t.sqRepeat = listRepeat
  t.sqInplaceConcat = listInplaceConcat
  t.sqInplaceRepeat = listInplaceRepeat
  t.richcompare = listRichCompare
  t.repr = listRepr
  t.iter = listIter
  t.hash = unhashable
  t.newObj = (rt, type) => listNew(rt, type)
  t.init = listInit
  defineMethods(rt, t, {
    append: { kind: "o", fn: listAppendMethod },
    extend: { kind: "o", fn: listExtendMethod },
    insert: { kind: "fast", fn: listInsertMethod },
    pop: { kind: "fast", fn: listPop },
    remove: { kind: "o", fn: listRemove },
    index: { kind: "fast", fn: listIndex },
    count: { kind: "o", fn: listCount },
    clear: { kind: "noargs", fn: listClearMethod },
    copy: { kind: "noargs", fn: listCopy },
    reverse: { kind: "noargs", fn: listReverse },
    sort: listSort,
    __reversed__: { kind: "noargs", fn: listReversedMethod },
    __sizeof__: { kind: "noargs", fn: listSizeofMethod },
  })
  void TypeFlags
}

/** For tests: the slot functions. */
export const __test = {
  listSubscript,
  listAssSubscript,
  listRepr,
  listConcat,
  listRepeat,
  listInit,
}
