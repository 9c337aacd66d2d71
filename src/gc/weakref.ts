// Weak references: weakref.ref, weakref.proxy and the per-object lists of
// weakrefs, as CPython 3.11's Objects/weakrefobject.c.
//
// A weakref does not own its referent. Every object that has weakrefs keeps
// them in a doubly linked list (CPython keeps its head at tp_weaklistoffset;
// heapscope keeps the head in `rt.weaklists`, keyed by the referent):
//
//   referent ──weaklists──► [ref, no cb] ⇄ [proxy, no cb] ⇄ [newest cb ref] ⇄ … ⇄ [oldest cb ref]
//                            (at most one)   (at most one)
//
// The callback-less ref and proxy are shared (`ref(o) is ref(o)`) and stay at
// the front; every weakref with a callback (or of a subclass) is inserted
// right after them, so the list runs from the newest to the oldest. When the
// referent dies, the list is cleared front to back and the callbacks are
// called in that order: most recent first (cpython-memory.md §6.2).
//
// Payload of a weakref object (`v`): WeakrefData below. `object` null means
// the weakref is dead (CPython stores Py_None in wr_object).
//
// @cpython Objects/weakrefobject.c

import { PyObject } from "../objects/object.js"
import { decref, xdecref, allocObject, freeObject } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { PyType, TypeFlags, CompareOp } from "../objects/type.js"
import { call, richCompare, hash, lookupAttrStr, typeCheck } from "../objects/abstract.js"
import { typeError, raise } from "../objects/errors.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { checkPositional, noKeywords, positionalCount, defineGetSets } from "../objects/descr.js"
import { newStr, strValue } from "../objects/str.js"
import { newTuple } from "../objects/tuple.js"
import { gcTrack, gcUntrack } from "../objects/gcstate.js"
import { isSubtype } from "../objects/type.js"
import type { GCState } from "./collector.js"
import { GCFlag } from "./collector.js"
import { listMove, listIsEmpty, newListHead } from "./lists.js"
import { fillProxySlots } from "./weakproxy.js"

/** The payload of a weakref or proxy object. */
export interface WeakrefData {
  /** The referent (borrowed: a weakref never owns it), or null once dead. */
  object: PyObject | null
  /** The callback (owned), or null. */
  callback: PyObject | null
  /** The referent's hash, computed on first use (-1: not yet). */
  hash: number | bigint
  prev: PyObject | null
  next: PyObject | null
}

/** Size of a weakref object without the GC header (PyWeakReference: 64 bytes). */
export const WEAKREF_SIZE = 64

function data(wr: PyObject): WeakrefData {
  return wr.v as WeakrefData
}

/** Whether instances of `t` can be weakly referenced (_PyType_SUPPORTS_WEAKREFS). */
export function supportsWeakrefs(t: PyType): boolean {
  return t.weaklistoffset !== 0
}

/** Whether `o` is a weakref.ref (or subclass) object. */
export function isWeakref(rt: Runtime, o: PyObject): boolean {
  return isSubtype(o.type, rt.t.weakref_ref!)
}

/** Whether `o` is a proxy (callable or not). */
export function isProxy(rt: Runtime, o: PyObject): boolean {
  return o.type === rt.t.weakref_proxy || o.type === rt.t.weakref_callableproxy
}

function head(rt: Runtime, o: PyObject): PyObject | null {
  return rt.weaklists.get(o) ?? null
}

function setHead(rt: Runtime, o: PyObject, wr: PyObject | null): void {
  if (wr === null) rt.weaklists.delete(o)
  else rt.weaklists.set(o, wr)
}

/** get_basic_refs: the shared callback-less ref and proxy at the front of the list, if any. */
function basicRefs(rt: Runtime, first: PyObject | null): [PyObject | null, PyObject | null] {
  let ref: PyObject | null = null
  let proxy: PyObject | null = null
  if (first !== null && data(first).callback === null) {
    if (first.type === rt.t.weakref_ref) {
      ref = first
      first = data(first).next
    }
    if (first !== null && data(first).callback === null && isProxy(rt, first)) proxy = first
  }
  return [ref, proxy]
}

function insertHead(rt: Runtime, wr: PyObject, referent: PyObject): void {
  const first = head(rt, referent)
  const d = data(wr)
  d.prev = null
  d.next = first
  if (first !== null) data(first).prev = wr
  setHead(rt, referent, wr)
}

function insertAfter(wr: PyObject, prev: PyObject): void {
  const d = data(wr)
  const p = data(prev)
  d.prev = prev
  d.next = p.next
  if (p.next !== null) data(p.next).prev = wr
  p.next = wr
}

/**
 * clear_weakref: unlinks `wr` from its referent's list, marks it dead and
 * drops its callback.
 */
function clearWeakref(rt: Runtime, wr: PyObject): void {
  const d = data(wr)
  const callback = d.callback
  const referent = d.object
  if (referent !== null) {
    if (head(rt, referent) === wr) setHead(rt, referent, d.next)
    d.object = null
    if (d.prev !== null) data(d.prev).next = d.next
    if (d.next !== null) data(d.next).prev = d.prev
    d.prev = null
    d.next = null
  }
  if (callback !== null) {
    d.callback = null
    decref(rt, callback)
  }
}

/** _PyWeakref_ClearRef: clears `wr` but keeps its callback (the collector decides whether to call it). */
export function clearRefKeepCallback(rt: Runtime, wr: PyObject): void {
  const d = data(wr)
  const cb = d.callback
  d.callback = null
  clearWeakref(rt, wr)
  d.callback = cb
}

/**
 * Creates a weakref of `type` (ref, a subclass of ref, proxy or callable
 * proxy) to `ob` with an optional callback (borrowed; None means none), or
 * returns the shared callback-less one. Returns a new reference.
 */
export function newWeakref(
  rt: Runtime,
  type: PyType,
  ob: PyObject,
  callback: PyObject | null,
): PyObject {
  if (!supportsWeakrefs(ob.type))
    typeError(rt, `cannot create weak reference to '${ob.type.name}' object`)
  if (callback === rt.None) callback = null
  const isRefExact = type === rt.t.weakref_ref
  const isProxyType = type === rt.t.weakref_proxy || type === rt.t.weakref_callableproxy
  if (callback === null) {
    const [ref, proxy] = basicRefs(rt, head(rt, ob))
    const shared = isRefExact ? ref : isProxyType ? proxy : null
    if (shared !== null && (!isProxyType || shared.type === type)) {
      shared.rc++
      return shared
    }
  }
  // The allocation may run a collection that changes the list: look again afterwards.
  const d: WeakrefData = { object: ob, callback: null, hash: -1, prev: null, next: null }
  const wr = allocObject(rt, type, type.basicsize, d, null)
  if (callback !== null) {
    callback.rc++
    d.callback = callback
  }
  const [ref, proxy] = basicRefs(rt, head(rt, ob))
  if (callback === null && isRefExact) {
    insertHead(rt, wr, ob)
  } else if (callback === null && isProxyType) {
    // A shared proxy goes right after the shared ref (or at the head).
    if (ref === null) insertHead(rt, wr, ob)
    else insertAfter(wr, ref)
  } else {
    const prev = proxy ?? ref
    if (prev === null) insertHead(rt, wr, ob)
    else insertAfter(wr, prev)
  }
  gcTrack(rt, wr)
  return wr
}

/** The referent of a live weakref (borrowed), or null when it is dead. */
export function weakrefReferent(wr: PyObject): PyObject | null {
  return data(wr).object
}

/** _PyWeakref_GetWeakrefCount: the number of weakrefs and proxies to `o`. */
export function getWeakrefCount(rt: Runtime, o: PyObject): number {
  let n = 0
  for (let wr = head(rt, o); wr !== null; wr = data(wr).next) n++
  return n
}

/** The weakrefs and proxies to `o`, in list order (borrowed). */
export function getWeakrefs(rt: Runtime, o: PyObject): PyObject[] {
  const out: PyObject[] = []
  for (let wr = head(rt, o); wr !== null; wr = data(wr).next) out.push(wr)
  return out
}

function handleCallback(rt: Runtime, wr: PyObject, callback: PyObject): void {
  if (rt.listener !== null) rt.listener({ kind: "weakref-callback", weakref: wr, callback })
  try {
    const r = call(rt, callback, [wr], null)
    decref(rt, r)
  } catch (e) {
    if (!(e instanceof PyObject)) throw e
    const report = rt.hooks.unraisable
    if (report !== null) report(rt, e, callback, null)
    decref(rt, e)
  }
}

/**
 * PyObject_ClearWeakRefs: `o` is being deallocated (refcount 0). Clears the
 * shared ref and proxy, then every other weakref, and calls the callbacks
 * of the weakrefs still alive, front of the list (newest) first.
 */
export function clearWeakrefs(rt: Runtime, o: PyObject): void {
  if (rt.weaklists.size === 0) return // no object has weakrefs (the common case)
  let first = head(rt, o)
  if (first === null) return
  if (data(first).callback === null) {
    clearWeakref(rt, first)
    first = head(rt, o)
    if (first !== null && data(first).callback === null) {
      clearWeakref(rt, first)
      first = head(rt, o)
    }
  }
  if (first === null) return
  const count = getWeakrefCount(rt, o)
  if (count === 1) {
    const d = data(first)
    const callback = d.callback
    d.callback = null
    clearWeakref(rt, first)
    if (callback !== null) {
      if (first.rc > 0) handleCallback(rt, first, callback)
      decref(rt, callback)
    }
    return
  }
  // As CPython, the pairs are kept in a tuple while the callbacks run.
  const pairs: PyObject[] = []
  let current: PyObject | null = first
  for (let i = 0; i < count && current !== null; i++) {
    const d = data(current)
    const next: PyObject | null = d.next
    if (current.rc > 0) {
      current.rc++
      pairs.push(current, d.callback ?? rt.None)
      if (d.callback === null) rt.None.rc++
    } else if (d.callback !== null) {
      decref(rt, d.callback)
    }
    d.callback = null
    clearWeakref(rt, current)
    current = next
  }
  const tuple = newTuple(rt, pairs)
  try {
    const items = tuple.v as PyObject[]
    for (let i = 0; i < items.length; i += 2) {
      const cb = items[i + 1]!
      if (cb !== rt.None) handleCallback(rt, items[i]!, cb)
    }
  } finally {
    decref(rt, tuple)
  }
}

/**
 * handle_weakrefs (gcmodule.c): for every object of `unreachable`, clear the
 * weakrefs to it; a weakref that is itself garbage never calls its callback,
 * the others are called once all are cleared. Returns the number of weakref
 * objects freed by dropping the collector's reference after their callback.
 */
export function handleWeakrefs(
  rt: Runtime,
  gc: GCState,
  unreachable: PyObject,
  old: PyObject,
): number {
  // Every live weakref has its referent in rt.weaklists: with none, every
  // weakref is dead already and there is nothing to clear or call.
  if (rt.weaklists.size === 0) return 0
  const toCall = newListHead()
  for (let o = unreachable.gcNext as PyObject; o !== unreachable;) {
    const next = o.gcNext as PyObject
    if (isWeakref(rt, o) || isProxy(rt, o)) clearRefKeepCallback(rt, o)
    if (supportsWeakrefs(o.type)) {
      for (let wr = head(rt, o); wr !== null; wr = head(rt, o)) {
        clearRefKeepCallback(rt, wr)
        if (data(wr).callback === null) continue
        if ((wr.gcFlags & GCFlag.COLLECTING) !== 0) continue // garbage itself: no callback
        wr.rc++
        listMove(wr, toCall)
      }
    }
    o = next
  }
  let freed = 0
  while (!listIsEmpty(toCall)) {
    const wr = toCall.gcNext as PyObject
    const d = data(wr)
    const callback = d.callback!
    gc.pythonCalls++
    handleCallback(rt, wr, callback)
    decref(rt, wr)
    if (toCall.gcNext === wr) listMove(wr, old)
    else freed++
  }
  return freed
}

// ---------------------------------------------------------------------------
// The ref type

function weakrefDealloc(rt: Runtime, wr: PyObject): void {
  gcUntrack(rt, wr)
  clearWeakref(rt, wr)
  if (supportsWeakrefs(wr.type) && head(rt, wr) !== null) clearWeakrefs(rt, wr)
  freeObject(rt, wr)
}

function weakrefTraverse(wr: PyObject, visit: (o: PyObject) => void): void {
  const cb = data(wr).callback
  if (cb !== null) visit(cb)
}

function weakrefRepr(rt: Runtime, wr: PyObject): PyObject {
  const obj = data(wr).object
  const at = `0x${wr.addr.toString(16)}`
  if (obj === null) return newStr(rt, `<weakref at ${at}; dead>`)
  obj.rc++
  try {
    const name = lookupAttrStr(rt, obj, "__name__")
    const target = `to '${obj.type.name}' at 0x${obj.addr.toString(16)}`
    if (name === null || !typeCheck(name, rt.t.str)) {
      xdecref(rt, name)
      return newStr(rt, `<weakref at ${at}; ${target}>`)
    }
    const s = strValue(name)
    decref(rt, name)
    return newStr(rt, `<weakref at ${at}; ${target} (${s})>`)
  } finally {
    decref(rt, obj)
  }
}

function weakrefHash(rt: Runtime, wr: PyObject): number {
  const d = data(wr)
  if (d.hash !== -1) return d.hash as number
  const obj = d.object
  if (obj === null) typeError(rt, "weak object has gone away")
  obj.rc++
  try {
    d.hash = hash(rt, obj)
  } finally {
    decref(rt, obj)
  }
  return d.hash as number
}

function weakrefRichcompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !isWeakref(rt, a) || !isWeakref(rt, b)) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  const x = data(a).object
  const y = data(b).object
  if (x === null || y === null) {
    let res = a === b
    if (op === CompareOp.NE) res = !res
    const r = res ? rt.True : rt.False
    r.rc++
    return r
  }
  x.rc++
  y.rc++
  try {
    return richCompare(rt, x, y, op)
  } finally {
    decref(rt, x)
    decref(rt, y)
  }
}

function weakrefCall(
  rt: Runtime,
  wr: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  noKeywords(rt, "weakref", kwnames)
  checkPositional(rt, "weakref", positionalCount(args, kwnames), 0, 0)
  const obj = data(wr).object ?? rt.None
  obj.rc++
  return obj
}

function weakrefNew(
  rt: Runtime,
  type: PyType,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  noKeywords(rt, "ref", kwnames)
  checkPositional(rt, "__new__", args.length, 1, 2)
  return newWeakref(rt, type, args[0]!, args[1] ?? null)
}

// ---------------------------------------------------------------------------
// Proxies

/** The referent of a proxy, or ReferenceError when it is dead (borrowed). */
function proxyReferent(rt: Runtime, p: PyObject): PyObject {
  const obj = data(p).object
  if (obj === null) raise(rt, rt.t.ReferenceError, "weakly-referenced object no longer exists")
  return obj
}

/** UNWRAP: a proxy argument stands for its referent. Returns a new reference. */
function unwrap(rt: Runtime, o: PyObject): PyObject {
  const r = isProxy(rt, o) ? proxyReferent(rt, o) : o
  r.rc++
  return r
}

/** Runs `fn` on the referents of `objs` (proxies unwrapped, ReferenceError if dead). */
export function withReferents<T>(rt: Runtime, objs: PyObject[], fn: (xs: PyObject[]) => T): T {
  const xs: PyObject[] = []
  try {
    for (const o of objs) xs.push(unwrap(rt, o))
    return fn(xs)
  } finally {
    for (const x of xs) decref(rt, x)
  }
}

function proxyRepr(rt: Runtime, p: PyObject): PyObject {
  const obj = data(p).object
  const at = `0x${p.addr.toString(16)}`
  if (obj === null) return newStr(rt, `<weakproxy at ${at}; dead>`)
  return newStr(rt, `<weakproxy at ${at}; to '${obj.type.name}' at 0x${obj.addr.toString(16)}>`)
}

function proxyHash(rt: Runtime, p: PyObject): number {
  return typeError(rt, `unhashable type: '${p.type.name}'`)
}

/** Creates the three weakref types (ref, proxy, callable proxy) and puts them in rt.t. */
export function initWeakrefTypes(rt: Runtime): void {
  const ref = newStaticType(
    rt,
    "weakref.ReferenceType",
    null,
    WEAKREF_SIZE,
    0,
    TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  )
  ref.dealloc = weakrefDealloc
  ref.traverse = weakrefTraverse
  ref.clear = (rt, wr) => clearWeakref(rt, wr)
  ref.repr = weakrefRepr
  ref.hash = weakrefHash
  ref.richcompare = weakrefRichcompare
  ref.call = weakrefCall
  ref.newObj = weakrefNew
  // weakref___init__ only checks the arguments (a subclass's __init__ may call it).
  ref.init = (rt, _wr, args, kwnames) => {
    noKeywords(rt, "ref", kwnames)
    checkPositional(rt, "__init__", args.length, 1, 2)
  }
  defineGetSets(rt, ref, {
    __callback__: {
      get: (rt, wr) => {
        const cb = data(wr).callback ?? rt.None
        cb.rc++
        return cb
      },
    },
  })
  rt.t.weakref_ref = ref

  const makeProxy = (name: string, callable: boolean): PyType => {
    const t = newStaticType(rt, name, null, WEAKREF_SIZE, 0, TypeFlags.HAVE_GC)
    t.dealloc = weakrefDealloc
    t.traverse = weakrefTraverse
    t.clear = (rt, wr) => clearWeakref(rt, wr)
    t.repr = proxyRepr
    t.hash = proxyHash
    fillProxySlots(t, withReferents)
    if (callable) {
      t.call = (rt, p, args, kwnames) =>
        withReferents(rt, [p], ([f]) => call(rt, f!, args, kwnames))
    }
    return t
  }
  rt.t.weakref_proxy = makeProxy("weakref.ProxyType", false)
  rt.t.weakref_callableproxy = makeProxy("weakref.CallableProxyType", true)
  rt.hooks.clearWeakrefs = clearWeakrefs
  rt.hooks.weakrefHead = (rt, o) => head(rt, o)
  for (const t of [ref, rt.t.weakref_proxy, rt.t.weakref_callableproxy]) readyType(rt, t)
}
