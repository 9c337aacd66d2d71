// Type objects (Objects/typeobject.c): creating built-in ("static") types and
// classes (heap types), the C3 method resolution order, attribute lookup
// along the MRO with the per-type cache, and `type`'s own slots.
//
// Life of a built-in type:   newStaticType() -> set slots / defineMethods()
//                             -> readyType() (bootstrap does this for every
//                                static type created before createRuntime returns)
// Life of a class:            vm's __build_class__ -> calculateMetaclass()
//                             -> meta.__prepare__ -> body -> meta(name, bases, ns)
//                             -> typeNew() (layout, slots, __set_name__, __init_subclass__)
//
// A heap type object, as CPython 3.11 allocates it (PyHeapTypeObject):
//
//   addr-16  ┌──────────────────────────────┐
//            │ PyGC_Head                    │  types are GC objects
//   addr     ├──────────────────────────────┤
//            │ PyTypeObject (408 bytes)     │  slots: the PyType JS fields
//            │ as_number, as_mapping, ...   │
//            │ ht_name, ht_slots, ht_qualname│  TypeExtra
//            ├──────────────────────────────┤  basicsize 904 = type.__basicsize__
//            │ PyMemberDef × (nslots + 1)   │  40 bytes each (type.__itemsize__)
//            └──────────────────────────────┘
//   + ht_cached_keys: a 768-byte shared-keys table when instances have a
//     managed __dict__ (so getsizeof(class E: pass) == 904 + 768 + 16 = 1688).
//
// Invariant (attribute cache). `type.cache` maps a name to what
// typeLookup would find along `type.mro` right now. Every write to the dict
// of a type goes through typeSetattro (or calls typeModified), which clears
// the cache of the type and of all its subclasses. checkTypeCache() asserts it.

import { allocObject, decref, freeObject, incref, xdecref } from "./refcount.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import { newStaticObject } from "./static.js"
import { PyType, TypeFlags, isSubtype } from "./type.js"
import { raise, typeError } from "./errors.js"
import { intern, isStr, newStr } from "./str.js"
import { isTuple, newTuple, tupleItems } from "./tuple.js"
import {
  dictDelItem,
  dictGetItem,
  dictItems,
  dictSetItem,
  isDict,
  newDict,
  newSharedKeys,
  sharedKeysDecref,
} from "./dict.js"
import type { SharedKeys } from "./dict.js"
import { call, callMethod, ident, lookupAttr, reprString } from "./abstract.js"
import { fixupSlots, addSlotWrappers, inheritSlots, isSlotDunder } from "./slots.js"
import { newMemberDescr, newGetSetDescr, flushPendingDefs } from "./descr.js"
import { objectDictGetSet, objectWeakrefGetSet } from "./objectobject.js"

/** sizeof(PyTypeObject): the static size of a built-in type object (type.__sizeof__(int) == 408). */
export const STATIC_TYPE_SIZE = 408
/** sizeof(PyHeapTypeObject) in 3.11 (type.__basicsize__). */
export const HEAPTYPE_BASICSIZE = 904
/** sizeof(PyMemberDef) (type.__itemsize__). */
export const HEAPTYPE_ITEMSIZE = 40
/** Size of a pointer field in an instance (a __slots__ member, the weakref list). */
const PTR = 8

/** What a type keeps beyond PyTypeObject's slots (the PyHeapTypeObject part and owned tuples). */
export class TypeExtra {
  /** `__bases__` and `__mro__` tuples (owned), made when the type is readied. */
  basesTuple: PyObject | null = null
  mroTuple: PyObject | null = null
  /** ht_name, ht_qualname (owned str objects; heap types only). */
  nameObj: PyObject | null = null
  qualnameObj: PyObject | null = null
  /** ht_slots: the __slots__ names as given (owned tuple), or null. */
  slotsObj: PyObject | null = null
  /** This class's own member names (sorted, mangled) and where their values start in an instance. */
  members: string[] = []
  memberStart = 0
  /** The shared keys of the instances' values (ht_cached_keys, see dict.ts), null if none. */
  cachedKeys: SharedKeys | null = null
  /** tp_doc of a built-in type. */
  doc: string | null = null
  /** The module name of a built-in type ("builtins" unless its tp_name is dotted). */
  module: string | null = null
  /** The runtime a class belongs to, for slot functions that get no `rt` (tp_traverse). */
  rt: Runtime | null = null
}

/** The TypeExtra of `t`, created on first use. */
export function typeExtra(t: PyType): TypeExtra {
  let x = t.ext as TypeExtra | null
  if (x === null) {
    x = new TypeExtra()
    t.ext = x
  }
  return x
}

// ---------------------------------------------------------------------------
// Creation of built-in types

/**
 * Creates a built-in type (a static type in CPython: not a heap type, never
 * freed). `base` null means `object` (only `object` itself has no base).
 * `basicsize`/`itemsize` exclude the GC header. The caller then sets the
 * slots it implements and defines methods; slots it leaves null are
 * inherited from the base by readyType. During bootstrap, createRuntime
 * readies it; after bootstrap the caller must call readyType itself.
 */
export function newStaticType(
  rt: Runtime,
  name: string,
  base: PyType | null,
  basicsize: number,
  itemsize: number,
  flags: number,
): PyType {
  const t = new PyType(rt.t.type, name, base ?? rt.t.object ?? null, basicsize, itemsize, flags)
  // Static types live in the data segment: an address, a count, never freed.
  const placeholder = newStaticObject(rt, rt.t.type, STATIC_TYPE_SIZE, null, null, 1)
  t.addr = placeholder.addr
  t.rc = 1
  t.flags &= ~(TypeFlags.HEAPTYPE | TypeFlags.READY)
  rt.staticTypes.push(t)
  return t
}

/**
 * PyType_Ready: computes the MRO, inherits the slots left null from the
 * bases, creates the type's dict with the slot wrappers of the slots the
 * type defines itself (`<slot wrapper '__add__' of 'int' objects>`), the
 * queued definitions and `__doc__`. Idempotent.
 */
export function readyType(rt: Runtime, type: PyType): void {
  if (type.dict !== null) return
  if (type.type === null || type.type === undefined) type.type = rt.t.type
  const base = type.base
  if (base !== null && base.dict === null) readyType(rt, base)
  if (type !== rt.t.object && base === null) type.base = rt.t.object
  if (type.bases.length === 0 && type.base !== null) type.bases = [type.base]
  for (const b of type.bases) {
    if (b === undefined)
      throw new Error(`heapscope: base of ${type.name} did not exist when it was created`)
    if (b.dict === null) readyType(rt, b)
  }
  type.mro = computeMro(rt, type, type.bases)
  // Slot wrappers describe only the slots the type implements itself.
  const own = ownSlotSnapshot(type)
  inheritSlots(rt, type)
  const x = typeExtra(type)
  if (x.module === null) {
    const dot = type.name.lastIndexOf(".")
    x.module = dot < 0 ? "builtins" : type.name.slice(0, dot)
  }
  type.dict = newDict(rt)
  addSlotWrappers(rt, type, own)
  flushPendingDefs(rt, type)
  setIfAbsent(rt, type, "__doc__", () => (x.doc === null ? incref(rt.None) : newStr(rt, x.doc)))
  makeTuples(rt, type)
  for (const b of type.bases) if (!b.subclasses.includes(type)) b.subclasses.push(type)
  type.flags |= TypeFlags.READY
}

function setIfAbsent(rt: Runtime, type: PyType, name: string, make: () => PyObject): void {
  const key = ident(rt, name)
  if (dictGetItem(rt, type.dict!, key) !== null) return
  const v = make()
  dictSetItem(rt, type.dict!, key, v)
  decref(rt, v)
}

function ownSlotSnapshot(type: PyType): Set<string> {
  const own = new Set<string>()
  const rec = type as unknown as Record<string, unknown>
  const base = type.base as unknown as Record<string, unknown> | null
  for (const k of Object.keys(rec)) {
    const v = rec[k]
    if (typeof v === "function" && (base === null || base[k] !== v)) own.add(k)
  }
  for (const k of Object.keys(type.inplace)) own.add("inplace." + k)
  return own
}

function makeTuples(rt: Runtime, type: PyType): void {
  const x = typeExtra(type)
  xdecref(rt, x.basesTuple)
  xdecref(rt, x.mroTuple)
  x.basesTuple = newTuple(
    rt,
    type.bases.map((b) => incref(b)),
  )
  x.mroTuple = newTuple(
    rt,
    type.mro.map((b) => incref(b)),
  )
}

// ---------------------------------------------------------------------------
// MRO

/**
 * The C3 linearization of a type with `bases`; raises TypeError "Cannot
 * create a consistent method resolution\norder (MRO) for bases A, B".
 */
export function computeMro(rt: Runtime, type: PyType, bases: PyType[]): PyType[] {
  if (bases.length === 0) return [type]
  if (bases.length === 1) return [type, ...bases[0]!.mro]
  for (let i = 0; i < bases.length; i++)
    for (let j = i + 1; j < bases.length; j++)
      if (bases[i] === bases[j]) typeError(rt, `duplicate base class ${bases[i]!.qualname}`)
  const seqs: PyType[][] = bases.map((b) => b.mro.slice())
  seqs.push(bases.slice())
  const result: PyType[] = [type]
  const heads = seqs.map(() => 0)
  for (;;) {
    let empty = true
    let found: PyType | null = null
    for (let i = 0; i < seqs.length && found === null; i++) {
      if (heads[i]! >= seqs[i]!.length) continue
      empty = false
      const cand = seqs[i]![heads[i]!]!
      // A good head appears in no other list's tail.
      let inTail = false
      for (let j = 0; j < seqs.length && !inTail; j++) {
        const s = seqs[j]!
        for (let k = heads[j]! + 1; k < s.length; k++)
          if (s[k] === cand) {
            inTail = true
            break
          }
      }
      if (!inTail) found = cand
    }
    if (empty) return result
    if (found === null) {
      // CPython names the bases still pending, in order, once each.
      const pending: string[] = []
      for (let i = 0; i < seqs.length - 1; i++)
        if (heads[i]! < seqs[i]!.length) {
          const n = seqs[seqs.length - 1]![i]!.qualname
          if (!pending.includes(n)) pending.push(n)
        }
      typeError(
        rt,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${pending.join(", ")}`,
      )
    }
    result.push(found)
    for (let i = 0; i < seqs.length; i++)
      if (heads[i]! < seqs[i]!.length && seqs[i]![heads[i]!] === found) heads[i]!++
  }
}

/**
 * Whether `o` is a Python function (PyFunction_Check). The vm creates the
 * `function` type; it may register it as rt.t.function, else it is known by name.
 */
export function isPyFunction(rt: Runtime, o: PyObject): boolean {
  const t = o.type
  return t === rt.t.function || (t.name === "function" && !t.isHeapType)
}

// ---------------------------------------------------------------------------
// Lookup and cache

/**
 * _PyType_Lookup: finds `name` (a str) in the dicts along the MRO, using the
 * per-type cache. Returns a BORROWED reference or null.
 */
export function typeLookup(rt: Runtime, type: PyType, name: PyObject): PyObject | null {
  const key = name.v as string
  const cached = type.cache.get(key)
  if (cached !== undefined) return cached
  const found = findNameInMro(rt, type, name)
  // Only exact str names are cached: a str subclass may hash or compare differently.
  if (name.type === rt.t.str) type.cache.set(key, found)
  return found
}

/** find_name_in_mro: `name` in the first dict along the MRO that has it (BORROWED), no cache. */
export function findNameInMro(rt: Runtime, type: PyType, name: PyObject): PyObject | null {
  const mro = type.mro
  for (let i = 0; i < mro.length; i++) {
    const d = mro[i]!.dict
    if (d === null) continue
    const v = dictGetItem(rt, d, name)
    if (v !== null) return v
  }
  return null
}

/** typeLookup with a JS string name. */
export function typeLookupStr(rt: Runtime, type: PyType, name: string): PyObject | null {
  return typeLookup(rt, type, ident(rt, name))
}

/** PyType_Modified: drops the attribute caches of `type` and every subclass (after a class attribute changes). */
export function typeModified(_rt: Runtime, type: PyType): void {
  const todo: PyType[] = [type]
  let t: PyType | undefined
  while ((t = todo.pop()) !== undefined) {
    t.cache.clear()
    t.plainGetattr = 0
    t.version++
    for (const s of t.subclasses) todo.push(s)
  }
}

/** Asserts the cache invariant (tests, debug): every cached entry equals a fresh lookup. */
export function checkTypeCache(rt: Runtime, type: PyType): void {
  for (const [k, v] of type.cache) {
    if (findNameInMro(rt, type, ident(rt, k)) !== v)
      throw new Error(`heapscope: stale type cache entry ${type.name}.${k}`)
  }
}

// ---------------------------------------------------------------------------
// Classes

/**
 * The metaclass of a class statement (_PyType_CalculateMetaclass): the most
 * derived of `metatype` and the types of `bases` (borrowed); raises
 * "metaclass conflict: ...".
 */
export function calculateMetaclass(rt: Runtime, metatype: PyType, bases: PyObject[]): PyType {
  let winner = metatype
  for (const b of bases) {
    const t = b.type
    if (isSubtype(winner, t)) continue
    if (isSubtype(t, winner)) {
      winner = t
      continue
    }
    typeError(
      rt,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    )
  }
  return winner
}

/** Whether instances of `t` add fields to its base's layout (extra_ivars). */
function extraIvars(t: PyType, base: PyType): boolean {
  let size = t.basicsize
  if (t.itemsize !== 0 || base.itemsize !== 0)
    return t.itemsize !== base.itemsize || t.basicsize !== base.basicsize
  if (t.weaklistoffset !== 0 && base.weaklistoffset === 0) size -= PTR
  if (t.hasDict && !base.hasDict && (t.flags & TypeFlags.MANAGED_DICT) === 0) size -= PTR
  return size !== base.basicsize
}

/** solid_base: the most derived base that fixes the instance layout. */
function solidBase(t: PyType): PyType {
  const b = t.base === null ? t : solidBase(t.base)
  return t.base !== null && extraIvars(t, t.base) ? t : b
}

function bestBase(rt: Runtime, bases: PyType[]): PyType {
  let base: PyType | null = null
  let winner: PyType | null = null
  for (const b of bases) {
    if ((b.flags & TypeFlags.BASETYPE) === 0)
      typeError(rt, `type '${b.name}' is not an acceptable base type`)
    const cand = solidBase(b)
    if (winner === null) {
      winner = cand
      base = b
    } else if (isSubtype(winner, cand)) {
      // keep
    } else if (isSubtype(cand, winner)) {
      winner = cand
      base = b
    } else typeError(rt, "multiple bases have instance lay-out conflict")
  }
  return base!
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s)
}

/** _Py_Mangle: `__x` inside class `C` becomes `_C__x`. */
export function mangle(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name
  const stripped = className.replace(/^_+/, "")
  return stripped === "" ? name : `_${stripped}${name}`
}

/**
 * type.__new__(metatype, name, bases, ns, **kwds): creates a class. `name`
 * is a str, `bases` a tuple, `ns` a dict (all borrowed; ns is copied);
 * `kwds` (borrowed values, or null) go to __init_subclass__. Handles
 * __slots__, __qualname__, __classcell__ (removed: the vm fills the cell),
 * __set_name__ and __init_subclass__. Returns a new reference.
 */
export function typeNew(
  rt: Runtime,
  metatype: PyType,
  name: PyObject,
  bases: PyObject,
  ns: PyObject,
  kwds: Map<string, PyObject> | null,
): PyObject {
  if (!isStr(name)) typeError(rt, `type.__new__() argument 1 must be str, not ${name.type.name}`)
  if (!isTuple(bases))
    typeError(rt, `type.__new__() argument 2 must be tuple, not ${bases.type.name}`)
  if (!isDict(ns)) typeError(rt, `type.__new__() argument 3 must be dict, not ${ns.type.name}`)
  let baseList = tupleItems(bases).slice()
  for (const b of baseList)
    if (!(b instanceof PyType)) {
      // A non-type base with __mro_entries__ must have been resolved by __build_class__.
      const me = lookupAttr(rt, b, ident(rt, "__mro_entries__"))
      if (me !== null) {
        decref(rt, me)
        typeError(rt, "type() doesn't support MRO entry resolution; use types.new_class()")
      }
    }
  const winner = calculateMetaclass(rt, metatype, baseList)
  if (winner !== metatype && winner.newObj !== metatype.newObj) {
    // A more derived metaclass with its own __new__ takes over (type_new_get_bases).
    const args = [name, bases, ns]
    const names: PyObject[] = []
    if (kwds !== null)
      for (const [k, v] of kwds) {
        names.push(intern(rt, k))
        args.push(v)
      }
    const kwnames = names.length === 0 ? null : newTuple(rt, names)
    try {
      return call(rt, winner, args, kwnames)
    } finally {
      xdecref(rt, kwnames)
    }
  }
  metatype = winner
  if (baseList.length === 0) baseList = [rt.t.object]
  for (const b of baseList) if (!(b instanceof PyType)) typeError(rt, "bases must be types")
  const typeBases = baseList as PyType[]
  const base = bestBase(rt, typeBases)

  // A fresh copy of the namespace becomes the class dict.
  const dict = newDict(rt)
  for (const [k, v] of dictItems(ns)) dictSetItem(rt, dict, k, v)
  try {
    return buildHeapType(rt, metatype, name, typeBases, base, dict, kwds)
  } finally {
    decref(rt, dict)
  }
}

function buildHeapType(
  rt: Runtime,
  metatype: PyType,
  name: PyObject,
  bases: PyType[],
  base: PyType,
  dict: PyObject,
  kwds: Map<string, PyObject> | null,
): PyObject {
  const nameStr = name.v as string
  if (nameStr.includes("\0"))
    raise(rt, rt.t.ValueError, "type name must not contain null characters")

  // __slots__
  const slotsObj = dictGetItem(rt, dict, ident(rt, "__slots__"))
  let addDict = !base.hasDict
  let addWeak = base.weaklistoffset === 0 && base.itemsize === 0
  let members: string[] = []
  let slotsTuple: PyObject | null = null
  if (slotsObj !== null) {
    let names: PyObject[]
    if (isStr(slotsObj)) names = [incref(slotsObj)]
    else {
      names = []
      const it = call(rt, rt.t.tuple, [slotsObj], null)
      for (const o of tupleItems(it)) names.push(incref(o))
      decref(rt, it)
    }
    slotsTuple = newTuple(rt, names)
    let wantDict = false
    let wantWeak = false
    try {
      for (const n of tupleItems(slotsTuple)) {
        if (!isStr(n)) typeError(rt, `__slots__ items must be strings, not '${n.type.name}'`)
        const s = n.v as string
        if (!isIdentifier(s)) typeError(rt, "__slots__ must be identifiers")
        if (s === "__dict__") {
          if (!addDict || wantDict) {
            typeError(rt, "__dict__ slot disallowed: we already got one")
          }
          wantDict = true
          continue
        }
        if (s === "__weakref__") {
          if (!addWeak || wantWeak) {
            typeError(
              rt,
              "__weakref__ slot disallowed: either we already got one, or the itemsize is nonzero",
            )
          }
          wantWeak = true
          continue
        }
        const m = mangle(nameStr, s)
        if (members.includes(m)) {
          typeError(rt, `duplicate slot name: ${m}`) // not CPython's exact path, but a clear error
        }
        const probe = newStr(rt, m)
        const clash = dictGetItem(rt, dict, probe) !== null
        decref(rt, probe)
        if (clash) {
          raise(rt, rt.t.ValueError, `'${m}' in __slots__ conflicts with class variable`)
        }
        members.push(m)
      }
      members.sort()
      if (members.length > 0 && base.itemsize !== 0)
        typeError(rt, `nonempty __slots__ not supported for subtype of '${base.name}'`)
    } catch (e) {
      decref(rt, slotsTuple)
      throw e
    }
    addDict = addDict && wantDict
    addWeak = addWeak && wantWeak
  } else {
    members = []
  }

  // The type object.
  let flags =
    TypeFlags.HEAPTYPE | TypeFlags.BASETYPE | TypeFlags.HAVE_GC | (base.flags & SUBCLASS_FLAGS)
  if (addDict && base.itemsize === 0) flags |= TypeFlags.MANAGED_DICT
  flags |= base.flags & TypeFlags.MANAGED_DICT
  const t = new PyType(metatype, nameStr, base, base.basicsize, base.itemsize, flags)
  const size = HEAPTYPE_BASICSIZE + (members.length + 1) * HEAPTYPE_ITEMSIZE
  const shell = allocObject(rt, metatype, size, null, null)
  t.addr = shell.addr
  t.rc = 1
  // tp_base owns a reference; the bases array is borrowed (the __bases__ tuple owns them).
  t.bases = bases.slice()
  incref(base)
  t.qualname = nameStr
  t.hasDict = base.hasDict || addDict
  t.weaklistoffset = base.weaklistoffset
  t.nslots = base.nslots + members.length
  t.dictInV = base.dictInV || (base === rt.t.object && addDict) || isObjectLayout(rt, base)
  t.slotsInW = base.slotsInW || isObjectLayout(rt, base)
  t.dictOf = base.dictOf
  const x = typeExtra(t)
  x.rt = rt
  x.memberStart = base.nslots
  x.members = members
  x.slotsObj = slotsTuple
  t.basicsize = base.basicsize + PTR * members.length
  if (addWeak) {
    t.weaklistoffset = t.basicsize
    t.basicsize += PTR
  }
  if (addDict && base.itemsize !== 0) t.basicsize += PTR // dict pointer after the items
  // Every class whose instances have a managed dict has its own shared-keys table.
  if ((t.flags & TypeFlags.MANAGED_DICT) !== 0) x.cachedKeys = newSharedKeys(rt)
  x.nameObj = incref(name)
  t.dict = dict
  incref(dict)

  // __module__ from the caller's globals when the namespace has none.
  const modKey = ident(rt, "__module__")
  if (dictGetItem(rt, dict, modKey) === null) {
    const hook = rt.hooks.callerModuleName
    const m = hook === null ? null : hook(rt)
    if (m !== null) {
      const s = newStr(rt, m)
      dictSetItem(rt, dict, modKey, s)
      decref(rt, s)
    }
  }
  // __qualname__ moves from the dict to ht_qualname.
  const qnKey = ident(rt, "__qualname__")
  const qn = dictGetItem(rt, dict, qnKey)
  if (qn !== null) {
    if (!isStr(qn)) {
      releaseHalfBuilt(rt, t)
      typeError(rt, `type __qualname__ must be a str, not ${qn.type.name}`)
    }
    t.qualname = qn.v as string
    x.qualnameObj = incref(qn)
    dictDelItem(rt, dict, qnKey)
  } else x.qualnameObj = incref(name)
  const cellKey = ident(rt, "__classcell__")
  if (dictGetItem(rt, dict, cellKey) !== null) dictDelItem(rt, dict, cellKey)

  // __new__ is a static method, __init_subclass__ and __class_getitem__ class methods.
  wrapSpecial(rt, dict, "__new__", "static")
  wrapSpecial(rt, dict, "__init_subclass__", "class")
  wrapSpecial(rt, dict, "__class_getitem__", "class")
  // __eq__ without __hash__ makes instances unhashable.
  if (
    dictGetItem(rt, dict, ident(rt, "__eq__")) !== null &&
    dictGetItem(rt, dict, ident(rt, "__hash__")) === null
  )
    dictSetItem(rt, dict, ident(rt, "__hash__"), rt.None)

  // Descriptors for the members, __dict__ and __weakref__ (PyType_Ready's add_members/getsets).
  for (let i = 0; i < members.length; i++) {
    const d = newMemberDescr(rt, t, members[i]!, x.memberStart + i)
    const key = intern(rt, members[i]!)
    dictSetItem(rt, dict, key, d)
    decref(rt, key)
    decref(rt, d)
  }
  if (addDict) addGetSet(rt, t, "__dict__", objectDictGetSet)
  if (addWeak) addGetSet(rt, t, "__weakref__", objectWeakrefGetSet)
  if (dictGetItem(rt, dict, ident(rt, "__doc__")) === null)
    dictSetItem(rt, dict, ident(rt, "__doc__"), rt.None)

  t.mro = [t]
  try {
    t.mro = computeMro(rt, t, t.bases)
    if (metatype !== rt.t.type) t.mro = customMro(rt, t, metatype)
  } catch (e) {
    releaseHalfBuilt(rt, t)
    throw e
  }
  inheritSlots(rt, t)
  for (const b of t.bases) b.subclasses.push(t)
  makeTuples(rt, t)
  fixupSlots(rt, t)
  gcTrack(rt, t)

  // __set_name__ on a snapshot of the namespace, then __init_subclass__.
  try {
    setNames(rt, t)
    initSubclass(rt, t, kwds)
  } catch (e) {
    decref(rt, t)
    throw e
  }
  return t
}

/**
 * mro_invoke: a metaclass that overrides mro() decides the MRO. The result
 * must hold only classes ("mro() returned a non-class ('int')").
 */
function customMro(rt: Runtime, t: PyType, metatype: PyType): PyType[] {
  const key = ident(rt, "mro")
  const own = typeLookup(rt, metatype, key)
  if (own === null || own === typeLookup(rt, rt.t.type, key)) return t.mro
  const r = callMethod(rt, t, "mro", [])
  const tuple = call(rt, rt.t.tuple, [r], null)
  decref(rt, r)
  try {
    const items = tupleItems(tuple)
    for (const c of items)
      if (!(c instanceof PyType)) typeError(rt, `mro() returned a non-class ('${c.type.name}')`)
    return items.slice() as PyType[]
  } finally {
    decref(rt, tuple)
  }
}

const SUBCLASS_FLAGS =
  TypeFlags.LONG_SUBCLASS |
  TypeFlags.LIST_SUBCLASS |
  TypeFlags.TUPLE_SUBCLASS |
  TypeFlags.BYTES_SUBCLASS |
  TypeFlags.UNICODE_SUBCLASS |
  TypeFlags.DICT_SUBCLASS |
  TypeFlags.BASE_EXC_SUBCLASS |
  TypeFlags.TYPE_SUBCLASS

function isObjectLayout(rt: Runtime, base: PyType): boolean {
  let b: PyType | null = base
  while (b !== null && b.isHeapType) b = b.base
  return b === rt.t.object
}

/** Drops a class whose creation failed after its object existed (its dealloc releases what it holds). */
function releaseHalfBuilt(rt: Runtime, t: PyType): void {
  gcTrack(rt, t)
  decref(rt, t)
}

function addGetSet(rt: Runtime, t: PyType, name: string, def: import("./descr.js").GetSetDef) {
  const d = newGetSetDescr(rt, t, name, def)
  dictSetItem(rt, t.dict!, ident(rt, name), d)
  decref(rt, d)
}

function wrapSpecial(rt: Runtime, dict: PyObject, name: string, how: "static" | "class") {
  const key = ident(rt, name)
  const f = dictGetItem(rt, dict, key)
  if (f === null || !isPyFunction(rt, f)) return
  const wrapped = call(rt, how === "static" ? rt.t.staticmethod : rt.t.classmethod, [f], null)
  dictSetItem(rt, dict, key, wrapped)
  decref(rt, wrapped)
}

function setNames(rt: Runtime, t: PyType): void {
  const snapshot = dictItems(t.dict!).map(([k, v]) => [incref(k), incref(v)] as const)
  try {
    for (const [k, v] of snapshot) {
      const sn = typeLookupStr(rt, v.type, "__set_name__")
      if (sn === null) continue
      try {
        decref(rt, callMethod(rt, v, "__set_name__", [t, k]))
      } catch (e) {
        if (!(e instanceof PyObject)) throw e
        const err = rt.hooks.newException!(
          rt,
          rt.t.RuntimeError,
          `Error calling __set_name__ on '${v.type.name}' instance ${reprString(rt, k)} in '${t.name}'`,
        )
        setCauseHook(rt, err, e)
        throw err
      }
    }
  } finally {
    for (const [k, v] of snapshot) {
      decref(rt, k)
      decref(rt, v)
    }
  }
}

function setCauseHook(rt: Runtime, err: PyObject, cause: PyObject): void {
  // PyException_SetCause steals `cause` and also sets __context__ (the error being handled).
  const st = err.w as { cause: PyObject | null; context: PyObject | null; suppressContext: boolean }
  st.context = incref(cause)
  st.cause = cause
  st.suppressContext = true
}

function initSubclass(rt: Runtime, t: PyType, kwds: Map<string, PyObject> | null): void {
  // super(t, t).__init_subclass__(**kwds)
  const key = ident(rt, "__init_subclass__")
  let found: PyObject | null = null
  for (let i = 1; i < t.mro.length && found === null; i++) {
    const d = t.mro[i]!.dict
    if (d !== null) found = dictGetItem(rt, d, key)
  }
  if (found === null) return
  const getter = found.type.descrGet
  const bound = getter === null ? incref(found) : getter(rt, found, t, t)
  try {
    const names: PyObject[] = []
    const values: PyObject[] = []
    if (kwds !== null)
      for (const [k, v] of kwds) {
        names.push(intern(rt, k))
        values.push(v)
      }
    const kwnames = names.length === 0 ? null : newTuple(rt, names)
    try {
      decref(rt, call(rt, bound, values, kwnames))
    } finally {
      xdecref(rt, kwnames)
    }
  } finally {
    decref(rt, bound)
  }
}

// ---------------------------------------------------------------------------
// Heap type dealloc

/** type_dealloc for heap types: releases bases, MRO, dict, names, slots and the type's block. */
export function heapTypeDealloc(rt: Runtime, o: PyObject): void {
  const t = o as PyType
  gcUntrack(rt, t)
  if (rt.hooks.clearWeakrefs !== null) rt.hooks.clearWeakrefs(rt, t)
  for (const b of t.bases) {
    const i = b.subclasses.indexOf(t)
    if (i >= 0) b.subclasses.splice(i, 1)
  }
  const x = typeExtra(t)
  const base = t.base
  t.base = null
  xdecref(rt, base)
  const dict = t.dict
  t.dict = null
  xdecref(rt, dict)
  t.bases = []
  const bt = x.basesTuple
  x.basesTuple = null
  xdecref(rt, bt)
  const mt = x.mroTuple
  x.mroTuple = null
  t.mro = []
  t.cache.clear()
  xdecref(rt, mt)
  xdecref(rt, x.nameObj)
  xdecref(rt, x.qualnameObj)
  xdecref(rt, x.slotsObj)
  x.nameObj = x.qualnameObj = x.slotsObj = null
  if (x.cachedKeys !== null) sharedKeysDecref(rt, x.cachedKeys)
  x.cachedKeys = null
  freeObject(rt, t)
}

/** tp_traverse of heap types: dict, the MRO and bases tuples, the base. */
export function heapTypeTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  const t = o as PyType
  const x = t.ext as TypeExtra | null
  if (t.dict !== null) visit(t.dict)
  if (x !== null) {
    if (x.mroTuple !== null) visit(x.mroTuple)
    if (x.basesTuple !== null) visit(x.basesTuple)
  }
  if (t.base !== null) visit(t.base)
}

/** tp_clear of heap types: empties the dict and drops the MRO (breaks class <-> instance cycles). */
export function heapTypeClear(rt: Runtime, o: PyObject): void {
  const t = o as PyType
  // Subclasses' caches may hold borrowed references into this dict: drop them first.
  typeModified(rt, t)
  if (t.dict !== null) {
    const d = t.dict
    for (const [k] of dictItems(d).map(([k, v]) => [incref(k), v] as const)) {
      dictDelItem(rt, d, k)
      decref(rt, k)
    }
  }
  const x = typeExtra(t)
  const mt = x.mroTuple
  x.mroTuple = null
  // Lookups on a cleared class see only its (now empty) own dict.
  t.mro = [t]
  xdecref(rt, mt)
}

// ---------------------------------------------------------------------------
// Repr

/** `<class 'int'>` / `<class '__main__.C'>` as a JS string. */
export function typeReprString(rt: Runtime, type: PyType): string {
  const mod = typeModuleName(rt, type)
  const qn = type.isHeapType ? type.qualname : type.name.slice(type.name.lastIndexOf(".") + 1)
  if (mod !== null && mod !== "builtins") return `<class '${mod}.${qn}'>`
  return `<class '${qn}'>`
}

/** The `__module__` of a type as a JS string, or null if it is not a str. */
export function typeModuleName(rt: Runtime, type: PyType): string | null {
  if (type.isHeapType) {
    const m = type.dict === null ? null : dictGetItem(rt, type.dict, ident(rt, "__module__"))
    return m !== null && isStr(m) ? (m.v as string) : null
  }
  const dot = type.name.lastIndexOf(".")
  return dot < 0 ? "builtins" : type.name.slice(0, dot)
}

/** Whether a dunder name assigned on a class changes one of its slots. */
export function isSlotName(name: string): boolean {
  return isSlotDunder(name)
}
