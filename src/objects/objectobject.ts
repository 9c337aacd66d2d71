// `object` (Objects/typeobject.c object_*, Objects/object.c generic
// attribute access): the root type, the generic attribute lookup every class
// inherits, where an instance keeps its `__dict__` and `__slots__` values,
// and the dealloc of class instances (subtype_dealloc).
//
// An instance of `class C: pass` in CPython 3.11 and here:
//
//   addr-32 ┌──────────────────────┐
//           │ values* │ dict*      │  managed-dict pre-header   ── o.v (the dict object,
//   addr-16 ├──────────────────────┤                               created on first need)
//           │ PyGC_Head            │
//   addr    ├──────────────────────┤
//           │ ob_refcnt  ob_type   │  ── o.rc, o.type (a counted reference: heap type)
//           │ __weakref__ list*    │  basicsize 24; getsizeof 56
//           └──────────────────────┘
//
// With __slots__ = ('a', 'b') the members follow the header (16 + 2×8 = 32
// bytes, getsizeof 48) and their values live in `o.w`, an array indexed by
// the member descriptor's index. When the built-in base owns `v`/`w` (class
// L(list)), the dict and slot values live in rt.extDicts / rt.extSlots.
//
// Attribute lookup order (PyObject_GenericGetAttr), for `o.name`:
//   1. a data descriptor (has __set__/__delete__) found on type(o)'s MRO
//   2. the instance __dict__
//   3. a non-data descriptor (bound with __get__) or plain class attribute
//   4. absent: null (the caller raises AttributeError or tries __getattr__)

import { decref, freeObject, incref, xdecref, allocObject, trashcanDealloc } from "./refcount.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { GCFlag, type PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import { CompareOp, PyType, TypeFlags } from "./type.js"
import type { PyHash } from "./type.js"
import { raise, typeError } from "./errors.js"
import {
  clearSplitValues,
  dictCopy,
  dictDelItem,
  dictItems,
  dictSize,
  dictGetItem,
  dictVisitValues,
  dictSetItem,
  isDict,
  isInlineValues,
  materializeInlineValues,
  newDict,
  newInlineValues,
  newSplitDict,
  sharedKeysInsert,
} from "./dict.js"
import type { DictObj } from "./dict.js"
import { dictMerge } from "./dictmethods.js"
import { isTuple, tupleItems } from "./tuple.js"
import { hashPointer } from "./hash.js"
import { newStr, isStr } from "./str.js"
import { attributeError } from "./exceptions.js"
import { ident, lookupAttr, pyBool, repr, reprString, str } from "./abstract.js"
import { typeExtra, typeLookup, typeModuleName } from "./typeobject.js"
import type { TypeExtra } from "./typeobject.js"
import { checkPositional, defineGetSets, defineMethods, noKeywords } from "./descr.js"
import type { GetSetDef } from "./descr.js"
import { newList } from "./list.js"
import { newInt } from "./int.js"

// ---------------------------------------------------------------------------
// Instance storage

/**
 * The instance's `__dict__` (BORROWED), created on demand when `create`,
 * or null if the type has no instance dict / it does not exist yet.
 */
export function instanceDict(rt: Runtime, o: PyObject, create: boolean): PyObject | null {
  const t = o.type
  if (t.dictOf !== null) return t.dictOf(rt, o, create)
  if (!t.hasDict) return null
  let d = t.dictInV ? (o.v as PyObject | null) : (rt.extDicts.get(o) ?? null)
  if (d === null && create) {
    d = newInstanceDict(rt, t)
    storeDictSlot(rt, o, d)
  }
  return d
}

/**
 * Puts `d` (values holder, dict or null) in the instance's dict slot (`o.v`
 * or rt.extDicts), without releasing what was there.
 */
function storeDictSlot(rt: Runtime, o: PyObject, d: PyObject | null): void {
  if (o.type.dictInV) o.v = d
  else if (d === null) rt.extDicts.delete(o)
  else rt.extDicts.set(o, d)
}

/**
 * A new instance dict for a first attribute when the instance has neither
 * values nor a dict (_PyObjectDict_SetItem): a split dict on the class's
 * shared keys when it has them (new_dict_with_shared_keys), else an empty dict.
 */
function newInstanceDict(rt: Runtime, t: PyType): PyObject {
  const shared = (t.ext as TypeExtra | null)?.cachedKeys ?? null
  return shared !== null ? newSplitDict(rt, shared) : newDict(rt)
}

/**
 * _PyObject_InitializeDict for a class with a managed dict (object.__new__):
 * the instance gets its values array right after its own block.
 */
export function initInstanceValues(rt: Runtime, o: PyObject): void {
  const shared = (o.type.ext as TypeExtra).cachedKeys
  if (shared === null || o.type.dictOf !== null) return
  storeDictSlot(rt, o, newInlineValues(rt, shared))
}

/**
 * The instance's dict as a dict object (BORROWED), materialized from its
 * values if it has only those (_PyObject_GetDictPtr), or null if it has none.
 */
function materializedDict(rt: Runtime, o: PyObject): PyObject | null {
  const d = instanceDict(rt, o, false)
  if (d === null || !isInlineValues(d)) return d
  const m = materializeInlineValues(rt, d)
  storeDictSlot(rt, o, m)
  return m
}

/** Replaces the instance dict (steals `d`, which may be null); releases the old one last. */
function replaceInstanceDict(rt: Runtime, o: PyObject, d: PyObject | null): void {
  const old = o.type.dictInV ? (o.v as PyObject | null) : (rt.extDicts.get(o) ?? null)
  storeDictSlot(rt, o, d)
  xdecref(rt, old)
}

/** The array of `__slots__` values of an instance (owned references or null), created on demand. */
export function slotValues(rt: Runtime, o: PyObject): (PyObject | null)[] {
  if (o.type.slotsInW) {
    let w = o.w as (PyObject | null)[] | null
    if (w === null) {
      w = new Array<PyObject | null>(o.type.nslots).fill(null)
      o.w = w
    }
    return w
  }
  let a = rt.extSlots.get(o)
  if (a === undefined) {
    a = new Array<PyObject | null>(o.type.nslots).fill(null)
    rt.extSlots.set(o, a)
  }
  return a
}

/**
 * PyType_GenericAlloc: a new instance of `type` (refcount 1, tracked by the
 * collector for GC types) with `nitems` items of the type's itemsize.
 */
export function allocInstance(rt: Runtime, type: PyType, nitems = 0): PyObject {
  const w =
    type.slotsInW && type.nslots > 0 ? new Array<PyObject | null>(type.nslots).fill(null) : null
  const o = allocObject(rt, type, type.basicsize + type.itemsize * nitems, null, w)
  if (type.isGC) gcTrack(rt, o)
  return o
}

// ---------------------------------------------------------------------------
// Generic attribute access

/**
 * PyObject_GenericGetAttr as _PyObject_LookupAttr uses it: data descriptor on
 * the type, then the instance dict, then a non-data descriptor or plain class
 * attribute. Returns a new reference, or null when absent (no exception).
 */
export function genericGetAttr(rt: Runtime, o: PyObject, name: PyObject): PyObject | null {
  const tp = o.type
  const descr = typeLookup(rt, tp, name)
  let get: PyType["descrGet"] = null
  if (descr !== null) {
    incref(descr)
    get = descr.type.descrGet
    if (get !== null && descr.type.descrSet !== null) {
      try {
        return get(rt, descr, o, tp)
      } finally {
        decref(rt, descr)
      }
    }
  }
  const dict = instanceDict(rt, o, false)
  if (dict !== null) {
    const v = dictGetItem(rt, dict, name)
    if (v !== null) {
      incref(v)
      if (descr !== null) decref(rt, descr)
      return v
    }
  }
  if (get !== null) {
    try {
      return get(rt, descr!, o, tp)
    } finally {
      decref(rt, descr!)
    }
  }
  return descr
}

/**
 * PyObject_GenericSetAttr (value null = delete): data descriptor's __set__ /
 * __delete__, else the instance dict; "'C' object has no attribute 'x'" when
 * there is nowhere to store it (exactly CPython's messages).
 */
export function genericSetAttr(
  rt: Runtime,
  o: PyObject,
  name: PyObject,
  value: PyObject | null,
): void {
  const tp = o.type
  const descr = typeLookup(rt, tp, name)
  if (descr !== null) {
    const set = descr.type.descrSet
    if (set !== null) {
      incref(descr)
      try {
        set(rt, descr, o, value)
      } finally {
        decref(rt, descr)
      }
      return
    }
  }
  const dict = instanceDict(rt, o, value !== null)
  if (dict === null) {
    if (descr === null) throw attributeError(rt, o, name)
    raise(
      rt,
      rt.t.AttributeError,
      `'${tp.name}' object attribute '${name.v as string}' is read-only`,
    )
  }
  // Values: the name is in the shared keys now, and the holder's split payload takes the
  // store like any split dict (no room left: the store went to a materialized dict).
  if (isInlineValues(dict) && !storeInstanceAttribute(rt, o, dict, name, value)) return
  if (value !== null) dictSetItem(rt, dict, name, value)
  else if (!dictDelItem(rt, dict, name)) throw attributeError(rt, o, name)
}

/**
 * _PyObject_StoreInstanceAttribute: an exact-str name goes into the class's
 * shared keys (added if new and there is room, even to delete it), and the
 * caller then stores into the values (returns true). Otherwise the values
 * become a dict object first, and the store goes there (returns false).
 */
function storeInstanceAttribute(
  rt: Runtime,
  o: PyObject,
  holder: PyObject,
  name: PyObject,
  value: PyObject | null,
): boolean {
  const shared = (holder.v as DictObj).shared!
  if (name.type === rt.t.str && sharedKeysInsert(shared, name) >= 0) return true
  const d = materializedDict(rt, o)!
  if (value !== null) dictSetItem(rt, d, name, value)
  else if (!dictDelItem(rt, d, name)) throw attributeError(rt, o, name)
  return false
}

function objectGetattro(rt: Runtime, o: PyObject, name: PyObject): PyObject | null {
  return genericGetAttr(rt, o, name)
}

function objectSetattro(rt: Runtime, o: PyObject, name: PyObject, value: PyObject | null): void {
  genericSetAttr(rt, o, name, value)
}

// ---------------------------------------------------------------------------
// repr, hash, compare

/** "0x" + lowercase hex of an address, as %p prints it. */
export function hexAddr(addr: number): string {
  return "0x" + addr.toString(16)
}

/** `<__main__.C object at 0x7f...>` as a JS string (object.__repr__). */
export function objectReprString(rt: Runtime, o: PyObject): string {
  const t = o.type
  const mod = typeModuleName(rt, t)
  const qn = t.isHeapType ? t.qualname : t.name.slice(t.name.lastIndexOf(".") + 1)
  const name = mod !== null && mod !== "builtins" ? `${mod}.${qn}` : qn
  return `<${name} object at ${hexAddr(o.addr)}>`
}

function objectRepr(rt: Runtime, o: PyObject): PyObject {
  return newStr(rt, objectReprString(rt, o))
}

function objectStr(rt: Runtime, o: PyObject): PyObject {
  const f = o.type.repr
  return f === null ? objectRepr(rt, o) : repr(rt, o)
}

function objectHash(_rt: Runtime, o: PyObject): PyHash {
  return hashPointer(o.addr)
}

function objectRichcompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (op === CompareOp.EQ) return incref(a === b ? rt.True : rt.NotImplemented)
  if (op === CompareOp.NE) {
    // __ne__ inverts __eq__ unless that declines.
    const f = a.type.richcompare
    if (f === null) return incref(rt.NotImplemented)
    const r = f(rt, a, b, CompareOp.EQ)
    if (r === rt.NotImplemented) return r
    try {
      return pyBool(rt, !isTrueLocal(rt, r))
    } finally {
      decref(rt, r)
    }
  }
  return incref(rt.NotImplemented)
}

function isTrueLocal(rt: Runtime, o: PyObject): boolean {
  if (o === rt.True) return true
  if (o === rt.False || o === rt.None) return false
  const t = o.type
  if (t.bool !== null) return t.bool(rt, o)
  if (t.length !== null) return t.length(rt, o) !== 0
  return true
}

// ---------------------------------------------------------------------------
// Construction

function excessArgs(args: PyObject[]): boolean {
  return args.length > 0
}

function objectNew(
  rt: Runtime,
  type: PyType,
  args: PyObject[],
  _kwnames: PyObject | null,
): PyObject {
  if (excessArgs(args)) {
    if (type.newObj !== objectNew)
      typeError(rt, "object.__new__() takes exactly one argument (the type to instantiate)")
    if (type.init === objectInit) typeError(rt, `${type.qualname}() takes no arguments`)
  }
  if ((type.flags & TypeFlags.IS_ABSTRACT) !== 0) abstractError(rt, type)
  const o = allocInstance(rt, type)
  if ((type.flags & TypeFlags.MANAGED_DICT) !== 0) {
    try {
      initInstanceValues(rt, o)
    } catch (e) {
      decref(rt, o)
      throw e
    }
  }
  return o
}

function abstractError(rt: Runtime, type: PyType): never {
  const am =
    type.dict === null ? null : dictGetItem(rt, type.dict, ident(rt, "__abstractmethods__"))
  let names: string[] = []
  if (am !== null) names = iterateStrings(rt, am).sort()
  return typeError(
    rt,
    `Can't instantiate abstract class ${type.qualname} with abstract method${names.length === 1 ? "" : "s"} ${names.join(", ")}`,
  )
}

function iterateStrings(rt: Runtime, o: PyObject): string[] {
  const out: string[] = []
  const f = o.type.iter
  if (f === null) return out
  const it = f(rt, o)
  try {
    for (;;) {
      const x = it.type.iternext!(rt, it)
      if (x === null) break
      out.push(isStr(x) ? (x.v as string) : reprString(rt, x))
      decref(rt, x)
    }
  } finally {
    decref(rt, it)
  }
  return out
}

function objectInit(rt: Runtime, o: PyObject, args: PyObject[], _kwnames: PyObject | null): void {
  if (!excessArgs(args)) return
  const type = o.type
  if (type.init !== objectInit)
    typeError(rt, "object.__init__() takes exactly one argument (the instance to initialize)")
  if (type.newObj === objectNew)
    typeError(
      rt,
      `${type.qualname}.__init__() takes exactly one argument (the instance to initialize)`,
    )
}

function objectDealloc(rt: Runtime, o: PyObject): void {
  freeObject(rt, o)
}

// ---------------------------------------------------------------------------
// Dealloc of class instances

/** Runs `o`'s finalizer once (PyObject_CallFinalizerFromDealloc); returns true if `o` was resurrected. */
export function callFinalizerFromDealloc(rt: Runtime, o: PyObject): boolean {
  const fin = o.type.finalize
  if (fin === null) return false
  if ((o.gcFlags & GCFlag.FINALIZED) !== 0) return false
  o.rc = 1 // temporarily alive while __del__ runs
  o.gcFlags |= GCFlag.FINALIZED
  if (rt.listener !== null) {
    rt.listener({ kind: "finalize", object: o, type: o.type.name, address: o.addr, by: "refcount" })
  }
  fin(rt, o)
  return --o.rc !== 0
}

/**
 * subtype_dealloc: the tp_dealloc of every class. Untrack, run __del__
 * (finalize-from-dealloc; a resurrected object stops here), clear the
 * weakrefs, clear the __slots__ values (class by class, most derived first,
 * declaration order within a class), drop the dict, then the base type's
 * dealloc frees the block (and the instance's reference to the class).
 * @cpython Objects/typeobject.c subtype_dealloc
 */
export function subtypeDealloc(rt: Runtime, o: PyObject): void {
  gcUntrack(rt, o)
  trashcanDealloc(rt, o, subtypeDeallocBody)
}

function subtypeDeallocBody(rt: Runtime, o: PyObject): void {
  const type = o.type
  if (type.finalize !== null) {
    gcTrack(rt, o)
    if (callFinalizerFromDealloc(rt, o)) return // resurrected
    gcUntrack(rt, o)
  }
  // Find the first base that is not a class: its dealloc frees the object.
  let base: PyType = type
  while (base.isHeapType) base = base.base!
  // Weakrefs first (their callbacks may run), unless the built-in base clears its own.
  if (type.weaklistoffset !== 0 && base.weaklistoffset === 0 && rt.hooks.clearWeakrefs !== null)
    rt.hooks.clearWeakrefs(rt, o)
  for (let t: PyType = type; t.isHeapType; t = t.base!) clearOwnSlots(rt, o, t)
  // The dict, unless the built-in base keeps its own (exceptions release theirs).
  if (type.hasDict && type.dictOf === null && !base.hasDict) replaceInstanceDict(rt, o, null)
  if (!type.slotsInW) rt.extSlots.delete(o)
  const d = base.dealloc
  if (d === null || d === subtypeDealloc) freeObject(rt, o)
  else d(rt, o)
}

function clearOwnSlots(rt: Runtime, o: PyObject, t: PyType): void {
  const x = t.ext as TypeExtra | null
  if (x === null || x.members.length === 0) return
  const vals = o.type.slotsInW ? (o.w as (PyObject | null)[] | null) : (rt.extSlots.get(o) ?? null)
  if (vals === null) return
  for (let i = 0; i < x.members.length; i++) {
    const v = vals[x.memberStart + i] ?? null
    if (v !== null) {
      vals[x.memberStart + i] = null
      decref(rt, v)
    }
  }
}

/** subtype_traverse: the type, the slot values and the dict, then the base's traverse. */
export function subtypeTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  // CPython's order: the __slots__ values, the inline values or the dict,
  // the class itself, then the built-in base's own references.
  const type = o.type
  let base: PyType | null = type
  while (base !== null && base.isHeapType) base = base.base
  const rt = (type.ext as TypeExtra).rt!
  const vals = type.slotsInW ? (o.w as (PyObject | null)[] | null) : (rt.extSlots.get(o) ?? null)
  if (vals !== null) for (const v of vals) if (v !== null) visit(v)
  // A dict the built-in base does not know about (it visits its own, e.g. exceptions).
  if (type.hasDict && type.dictOf === null && base !== null && !base.hasDict) {
    const d = type.dictInV ? (o.v as PyObject | null) : (rt.extDicts.get(o) ?? null)
    if (d !== null) {
      if (isInlineValues(d)) dictVisitValues(d, visit)
      else visit(d)
    }
  }
  visit(type)
  if (base !== null && base.traverse !== null && base.traverse !== subtypeTraverse)
    base.traverse(o, visit)
}

/** subtype_clear: drops the slot values and the dict (breaking cycles), then the base's clear. */
export function subtypeClear(rt: Runtime, o: PyObject): void {
  const type = o.type
  let base: PyType = type
  while (base.isHeapType) {
    clearOwnSlots(rt, o, base)
    base = base.base!
  }
  if (type.hasDict && type.dictOf === null && !base.hasDict) {
    // Values are cleared in place (their block goes with the instance); a dict is dropped.
    const d = instanceDict(rt, o, false)
    if (d !== null && isInlineValues(d)) clearSplitValues(rt, d.v as DictObj)
    else replaceInstanceDict(rt, o, null)
  }
  if (base.clear !== null && base.clear !== subtypeClear) base.clear(rt, o)
}

// ---------------------------------------------------------------------------
// __class__, __dict__, __weakref__

function getClass(_rt: Runtime, o: PyObject): PyObject {
  return incref(o.type)
}

function sameSlotNames(a: PyType, b: PyType): boolean {
  const xa = a.ext as TypeExtra | null
  const xb = b.ext as TypeExtra | null
  const ma = xa === null ? [] : xa.members
  const mb = xb === null ? [] : xb.members
  return ma.length === mb.length && ma.every((m, i) => m === mb[i])
}

function compatibleForAssignment(oldto: PyType, newto: PyType): boolean {
  let a: PyType = oldto
  let b: PyType = newto
  // Walk both to their solid bases, requiring identical layouts on the way.
  while (
    a.isHeapType &&
    a.base !== null &&
    a.basicsize === a.base.basicsize &&
    sameSlotNames(a, a.base)
  )
    a = a.base
  while (
    b.isHeapType &&
    b.base !== null &&
    b.basicsize === b.base.basicsize &&
    sameSlotNames(b, b.base)
  )
    b = b.base
  if (a !== b && (a.base !== b.base || !sameSlotNames(a, b))) return false
  return (
    oldto.basicsize === newto.basicsize &&
    oldto.itemsize === newto.itemsize &&
    oldto.hasDict === newto.hasDict &&
    oldto.weaklistoffset === newto.weaklistoffset &&
    (oldto.flags & TypeFlags.HAVE_GC) === (newto.flags & TypeFlags.HAVE_GC) &&
    sameSlotNames(oldto, newto)
  )
}

function setClass(rt: Runtime, o: PyObject, value: PyObject | null): void {
  if (value === null) typeError(rt, "can't delete __class__ attribute")
  if (!(value instanceof PyType))
    typeError(rt, `__class__ must be set to a class, not '${value.type.name}' object`)
  const oldto = o.type
  const mutable = (t: PyType) => t.isHeapType || t.name === "module"
  if (!mutable(value) || !mutable(oldto))
    typeError(rt, "__class__ assignment only supported for mutable types or ModuleType subclasses")
  if (!compatibleForAssignment(oldto, value))
    typeError(
      rt,
      `__class__ assignment: '${value.qualname}' object layout differs from '${oldto.qualname}'`,
    )
  // The values are read through the class's shared keys: a new class needs a real dict first.
  if ((oldto.flags & TypeFlags.MANAGED_DICT) !== 0 && oldto.dictOf === null) materializedDict(rt, o)
  if (value.isHeapType) incref(value)
  o.type = value
  if (oldto.isHeapType) decref(rt, oldto)
}

/** The `__dict__` getset of classes whose instances have a dict. */
export const objectDictGetSet: GetSetDef = {
  get(rt, o) {
    // PyObject_GenericGetDict: values become a split dict; no dict at all, an empty one.
    if (!o.type.hasDict) raise(rt, rt.t.AttributeError, "This object has no __dict__")
    let d = materializedDict(rt, o)
    if (d === null) {
      d = o.type.dictOf !== null ? instanceDict(rt, o, true) : newDict(rt)
      if (d === null) raise(rt, rt.t.AttributeError, "This object has no __dict__")
      if (o.type.dictOf === null) replaceInstanceDict(rt, o, d)
    }
    return incref(d)
  },
  set(rt, o, value) {
    if (value !== null && !isDict(value))
      typeError(rt, `__dict__ must be set to a dictionary, not a '${value.type.name}'`)
    // subtype_setdict goes through _PyObject_GetDictPtr, which materializes values first.
    if (o.type.dictOf === null) materializedDict(rt, o)
    if (value !== null) incref(value)
    replaceInstanceDict(rt, o, value)
  },
  doc: "dictionary for instance variables (if defined)",
}

/** The `__weakref__` getset: the first weak reference to the object, or None (the gc layer owns the lists). */
export const objectWeakrefGetSet: GetSetDef = {
  get(rt, o) {
    const hook = rt.hooks.weakrefHead
    const r = hook === null ? null : hook(rt, o)
    return incref(r ?? rt.None)
  },
  doc: "list of weak references to the object (if defined)",
}

// ---------------------------------------------------------------------------
// object's methods

function objectFormat(rt: Runtime, self: PyObject, args: PyObject[], kwnames: PyObject | null) {
  noKeywords(rt, "object.__format__", kwnames)
  checkPositional(rt, "__format__", args.length, 1, 1)
  const spec = args[0]!
  if (!isStr(spec)) typeError(rt, `__format__() argument must be str, not ${spec.type.name}`)
  if ((spec.v as string).length > 0)
    typeError(rt, `unsupported format string passed to ${self.type.qualname}.__format__`)
  // str(self) itself: format(x) returns the very object x.__str__ made.
  return str(rt, self)
}

function objectSizeof(rt: Runtime, self: PyObject): PyObject {
  const t = self.type
  let size = t.basicsize
  if (t.itemsize !== 0 && Array.isArray(self.v)) size += t.itemsize * (self.v as unknown[]).length
  // bytes keeps its items in a Uint8Array (ob_size is its length).
  else if (t.itemsize !== 0 && self.v instanceof Uint8Array) size += t.itemsize * self.v.length
  return newInt(rt, size)
}

/**
 * object.__dir__: a copy of the instance's __dict__ (so `dir(obj)` first
 * materializes it: for values, a split copy) with every class's __dict__ on
 * the way to `object` merged in (which, like any store into a split dict,
 * adds those names to the class's shared keys while they have room), then
 * its keys as a list (builtins.dir sorts them).
 */
function objectDir(rt: Runtime, self: PyObject): PyObject {
  let dict = lookupAttr(rt, self, ident(rt, "__dict__"))
  if (dict === null || !isDict(dict)) {
    xdecref(rt, dict)
    dict = newDict(rt)
  } else {
    const copy = dictCopy(rt, dict)
    decref(rt, dict)
    dict = copy
  }
  try {
    const cls = lookupAttr(rt, self, ident(rt, "__class__"))
    if (cls !== null) {
      try {
        mergeClassDict(rt, dict, cls, 0)
      } finally {
        decref(rt, cls)
      }
    }
    const keys: PyObject[] = []
    for (const [k] of dictItems(dict)) keys.push(incref(k))
    return newList(rt, keys)
  } finally {
    decref(rt, dict)
  }
}

/** merge_class_dict: the class's __dict__, then its __bases__' recursively. */
function mergeClassDict(rt: Runtime, dict: PyObject, cls: PyObject, depth: number): void {
  if (depth > 1000) raise(rt, rt.t.RecursionError, "maximum recursion depth exceeded")
  const cd = lookupAttr(rt, cls, ident(rt, "__dict__"))
  if (cd !== null) {
    try {
      dictMerge(rt, dict, cd, 1)
    } finally {
      decref(rt, cd)
    }
  }
  const bases = lookupAttr(rt, cls, ident(rt, "__bases__"))
  if (bases === null) return
  try {
    if (!isTuple(bases)) return
    for (const b of tupleItems(bases)) mergeClassDict(rt, dict, b, depth + 1)
  } finally {
    decref(rt, bases)
  }
}

/** Fills the `object` type's slots and methods (bootstrap, after initTypeObjects). */
export function initObject(rt: Runtime): void {
  const t = rt.t.object
  t.dealloc = objectDealloc
  t.repr = objectRepr
  t.str = objectStr
  t.hash = objectHash
  t.richcompare = objectRichcompare
  t.getattro = objectGetattro
  t.setattro = objectSetattro
  t.newObj = objectNew
  t.init = objectInit
  typeExtra(t).doc =
    "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"
  defineGetSets(rt, t, {
    __class__: { get: getClass, set: setClass, doc: "the object's class" },
  })
  defineMethods(rt, t, {
    __format__: objectFormat,
    __sizeof__: { kind: "noargs", fn: (rt, self) => objectSizeof(rt, self) },
    __dir__: { kind: "noargs", fn: (rt, self) => objectDir(rt, self) },
    __init_subclass__: {
      kind: "noargs",
      binding: "class",
      fn: (rt) => incref(rt.None),
    },
    __subclasshook__: {
      binding: "class",
      fn: (rt) => incref(rt.NotImplemented),
    },
    __reduce__: { kind: "noargs", fn: (rt, self) => reduceNotSupported(rt, self) },
    __reduce_ex__: { kind: "o", fn: (rt, self) => reduceNotSupported(rt, self) },
    __getstate__: {
      kind: "noargs",
      fn: (rt, self) => {
        // object_getstate_default: None for an empty instance dict, else the
        // dict itself (materialized from the values if need be).
        const d = instanceDict(rt, self, false)
        if (d === null || dictSize(d) === 0) return incref(rt.None)
        return incref(materializedDict(rt, self)!)
      },
    },
  })
}

function reduceNotSupported(rt: Runtime, self: PyObject): PyObject {
  return typeError(rt, `cannot pickle '${self.type.name}' object`)
}

/** Exported slot functions other files compare against (slot inheritance, object_new checks). */
export const objectSlots = {
  newObj: objectNew,
  init: objectInit,
  getattro: objectGetattro,
  setattro: objectSetattro,
  repr: objectRepr,
  hash: objectHash,
  richcompare: objectRichcompare,
}
