// The `type` type itself (Objects/typeobject.c type_*): what happens when a
// class is called (type_call), when one of its attributes is read
// (type_getattro: metatype data descriptors, then the class's own MRO,
// then the metatype's other attributes) or assigned (type_setattro: the
// attribute cache is invalidated and dunder slots are updated), plus the
// attributes every class has (__name__, __qualname__, __module__, __dict__,
// __bases__, __mro__, mro(), __subclasses__(), ...).

import { decref, incref, xdecref } from "./refcount.js"
import { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import { PyType, TypeFlags, isSubtype } from "./type.js"
import { raise, typeError } from "./errors.js"
import { newStaticObject } from "./static.js"
import { internInPlace, isStr, newStr } from "./str.js"
import { newList } from "./list.js"
import { newInt } from "./int.js"
import { dictDelItem, dictGetItem, dictSetItem, newDict, SHARED_KEYS_SIZE } from "./dict.js"
import { attributeError } from "./exceptions.js"
import { ident, isInstance, isSubclass, pyBool } from "./abstract.js"
import {
  HEAPTYPE_BASICSIZE,
  HEAPTYPE_ITEMSIZE,
  STATIC_TYPE_SIZE,
  computeMro,
  heapTypeClear,
  heapTypeDealloc,
  heapTypeTraverse,
  typeExtra,
  typeLookup,
  typeModified,
  typeModuleName,
  typeNew,
  typeReprString,
} from "./typeobject.js"
import { defineGetSets, defineMethods, newMappingProxy } from "./descr.js"
import type { GetSetDef } from "./descr.js"
import { isSlotDunder, updateSlots } from "./slots.js"

// ---------------------------------------------------------------------------
// Calling a type

function typeCall(rt: Runtime, f: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const type = f as PyType
  const nkw = kwnames === null ? 0 : (kwnames.v as PyObject[]).length
  // type(x) is special: it returns the type of x.
  if (type === rt.t.type && args.length === 1 && nkw === 0) return incref(args[0]!.type)
  if (type.newObj === null) typeError(rt, `cannot create '${type.name}' instances`)
  const obj = type.newObj(rt, type, args, kwnames)
  if (!isSubtype(obj.type, type)) return obj
  const init = obj.type.init
  if (init !== null) {
    try {
      init(rt, obj, args, kwnames)
    } catch (e) {
      decref(rt, obj)
      throw e
    }
  }
  return obj
}

function typeNewSlot(
  rt: Runtime,
  metatype: PyType,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const kws = kwnames === null ? [] : (kwnames.v as PyObject[])
  const npos = args.length - kws.length
  if (metatype === rt.t.type && npos === 1 && kws.length === 0) return incref(args[0]!.type)
  if (npos !== 3 && npos !== 1) typeError(rt, "type() takes 1 or 3 arguments")
  if (npos === 1) typeError(rt, "type.__new__() takes exactly 3 arguments (1 given)")
  const kwds = new Map<string, PyObject>()
  for (let i = 0; i < kws.length; i++) kwds.set(kws[i]!.v as string, args[npos + i]!)
  return typeNew(rt, metatype, args[0]!, args[1]!, args[2]!, kwds.size === 0 ? null : kwds)
}

function typeInit(rt: Runtime, _o: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const nkw = kwnames === null ? 0 : (kwnames.v as PyObject[]).length
  const npos = args.length - nkw
  if (npos === 1 && nkw !== 0) typeError(rt, "type.__init__() takes no keyword arguments")
  if (npos !== 1 && npos !== 3) typeError(rt, "type.__init__() takes 1 or 3 arguments")
}

// ---------------------------------------------------------------------------
// Attribute access on classes

/**
 * type_getattro: a data descriptor on the metatype wins, then the class's own
 * MRO (bound with __get__(None, cls)), then the metatype's other attributes.
 * Returns a new reference or null.
 */
export function typeGetattro(rt: Runtime, o: PyObject, name: PyObject): PyObject | null {
  const type = o as PyType
  const meta = type.type
  const metaAttr = typeLookup(rt, meta, name)
  let metaGet: PyType["descrGet"] = null
  if (metaAttr !== null) {
    metaGet = metaAttr.type.descrGet
    if (metaGet !== null && metaAttr.type.descrSet !== null) {
      incref(metaAttr)
      try {
        return metaGet(rt, metaAttr, type, meta)
      } finally {
        decref(rt, metaAttr)
      }
    }
  }
  const attr = typeLookup(rt, type, name)
  if (attr !== null) {
    const get = attr.type.descrGet
    if (get === null) return incref(attr)
    incref(attr)
    try {
      return get(rt, attr, null, type)
    } finally {
      decref(rt, attr)
    }
  }
  if (metaGet !== null) {
    incref(metaAttr!)
    try {
      return metaGet(rt, metaAttr!, type, meta)
    } finally {
      decref(rt, metaAttr!)
    }
  }
  return metaAttr === null ? null : incref(metaAttr)
}

/** type_setattro: only classes are mutable; invalidates caches and updates slots for dunders. */
export function typeSetattro(
  rt: Runtime,
  o: PyObject,
  name: PyObject,
  value: PyObject | null,
): void {
  const type = o as PyType
  if (!type.isHeapType)
    typeError(rt, `cannot set '${name.v as string}' attribute of immutable type '${type.name}'`)
  const meta = type.type
  const metaAttr = typeLookup(rt, meta, name)
  if (metaAttr !== null && metaAttr.type.descrSet !== null) {
    incref(metaAttr)
    try {
      metaAttr.type.descrSet(rt, metaAttr, type, value)
    } finally {
      decref(rt, metaAttr)
    }
    typeModified(rt, type)
    return
  }
  const dict = type.dict!
  // Names set on a class are interned in place, as CPython does (the table owns nothing).
  const key = name.type === rt.t.str ? internInPlace(rt, incref(name)) : incref(name)
  // Invalidate before the store too: releasing the old value may run a __del__ that looks it up.
  typeModified(rt, type)
  try {
    if (value === null) {
      if (!dictDelItem(rt, dict, key)) {
        typeModified(rt, type)
        throw attributeError(rt, type, name)
      }
    } else dictSetItem(rt, dict, key, value)
  } finally {
    decref(rt, key)
  }
  typeModified(rt, type)
  if (isStr(name) && isSlotDunder(name.v as string)) updateSlots(rt, type)
}

function typeRepr(rt: Runtime, o: PyObject): PyObject {
  return newStr(rt, typeReprString(rt, o as PyType))
}

// ---------------------------------------------------------------------------
// Attributes of every class

function heapOnlySet(rt: Runtime, type: PyType, what: string): void {
  if (!type.isHeapType)
    typeError(rt, `cannot set '${what}' attribute of immutable type '${type.name}'`)
}

const typeGetSets: Record<string, GetSetDef> = {
  __name__: {
    get: (rt, o) => {
      const t = o as PyType
      const x = typeExtra(t)
      if (t.isHeapType && x.nameObj !== null) return incref(x.nameObj)
      return newStr(rt, t.name.slice(t.name.lastIndexOf(".") + 1))
    },
    set: (rt, o, v) => {
      const t = o as PyType
      heapOnlySet(rt, t, "__name__")
      if (v === null)
        typeError(rt, `cannot delete '__name__' attribute of immutable type '${t.name}'`)
      if (!isStr(v))
        typeError(rt, `can only assign string to ${t.name}.__name__, not '${v.type.name}'`)
      const x = typeExtra(t)
      const old = x.nameObj
      x.nameObj = incref(v)
      t.name = v.v as string
      xdecref(rt, old)
    },
  },
  __qualname__: {
    get: (rt, o) => {
      const t = o as PyType
      const x = typeExtra(t)
      if (t.isHeapType && x.qualnameObj !== null) return incref(x.qualnameObj)
      return newStr(rt, t.qualname)
    },
    set: (rt, o, v) => {
      const t = o as PyType
      heapOnlySet(rt, t, "__qualname__")
      if (v === null || !isStr(v))
        typeError(
          rt,
          `can only assign string to ${t.name}.__qualname__, not '${v === null ? "NoneType" : v.type.name}'`,
        )
      const x = typeExtra(t)
      const old = x.qualnameObj
      x.qualnameObj = incref(v)
      t.qualname = v.v as string
      xdecref(rt, old)
    },
  },
  __module__: {
    get: (rt, o) => {
      const t = o as PyType
      if (t.isHeapType) {
        const m = dictGetItem(rt, t.dict!, ident(rt, "__module__"))
        if (m === null) raise(rt, rt.t.AttributeError, "__module__")
        return incref(m)
      }
      return newStr(rt, typeModuleName(rt, t) ?? "builtins")
    },
    set: (rt, o, v) => {
      const t = o as PyType
      heapOnlySet(rt, t, "__module__")
      if (v === null)
        typeError(rt, `cannot delete '__module__' attribute of immutable type '${t.name}'`)
      dictSetItem(rt, t.dict!, ident(rt, "__module__"), v)
      typeModified(rt, t)
    },
  },
  __doc__: {
    get: (rt, o) => {
      const t = o as PyType
      // A built-in type's doc is its tp_doc, even when its dict has a __doc__ descriptor for instances.
      const tpDoc = typeExtra(t).doc
      if (!t.isHeapType && tpDoc !== null) return newStr(rt, tpDoc)
      const d = t.dict === null ? null : dictGetItem(rt, t.dict, ident(rt, "__doc__"))
      if (d === null) return incref(rt.None)
      const get = d.type.descrGet
      return get === null ? incref(d) : get(rt, d, null, t)
    },
    set: (rt, o, v) => {
      const t = o as PyType
      heapOnlySet(rt, t, "__doc__")
      dictSetItem(rt, t.dict!, ident(rt, "__doc__"), v ?? rt.None)
      typeModified(rt, t)
    },
  },
  __dict__: { get: (rt, o) => newMappingProxy(rt, (o as PyType).dict!) },
  __bases__: { get: (rt, o) => incref(typeExtra(o as PyType).basesTuple ?? rt.emptyTuple) },
  __mro__: { get: (rt, o) => incref(typeExtra(o as PyType).mroTuple ?? rt.None) },
  __base__: { get: (rt, o) => incref((o as PyType).base ?? rt.None) },
  __basicsize__: { get: (rt, o) => newInt(rt, (o as PyType).basicsize) },
  __itemsize__: { get: (rt, o) => newInt(rt, (o as PyType).itemsize) },
  __flags__: { get: (rt, o) => newInt(rt, (o as PyType).flags) },
  __weakrefoffset__: { get: (rt, o) => newInt(rt, (o as PyType).weaklistoffset) },
  __dictoffset__: {
    get: (rt, o) => {
      const t = o as PyType
      if (!t.hasDict) return newInt(rt, 0)
      if (isSubtype(t, rt.t.type)) return newInt(rt, 264) // offsetof(PyTypeObject, tp_dict)
      return newInt(rt, (t.flags & TypeFlags.MANAGED_DICT) !== 0 ? -1 : t.itemsize !== 0 ? -8 : 16)
    },
  },
  __text_signature__: { get: (rt) => incref(rt.None) },
  __abstractmethods__: {
    get: (rt, o) => {
      const t = o as PyType
      const v =
        t === rt.t.type || t.dict === null
          ? null
          : dictGetItem(rt, t.dict, ident(rt, "__abstractmethods__"))
      if (v === null) raise(rt, rt.t.AttributeError, "__abstractmethods__")
      return incref(v)
    },
    set: (rt, o, v) => {
      const t = o as PyType
      heapOnlySet(rt, t, "__abstractmethods__")
      const key = ident(rt, "__abstractmethods__")
      let abstract = false
      if (v === null) {
        if (!dictDelItem(rt, t.dict!, key)) raise(rt, rt.t.AttributeError, "__abstractmethods__")
      } else {
        dictSetItem(rt, t.dict!, key, v)
        const f = v.type.length
        abstract = f === null ? true : f(rt, v) !== 0
      }
      if (abstract) t.flags |= TypeFlags.IS_ABSTRACT
      else t.flags &= ~TypeFlags.IS_ABSTRACT
      typeModified(rt, t)
    },
  },
  __annotations__: {
    get: (rt, o) => {
      const t = o as PyType
      const key = ident(rt, "__annotations__")
      const a = t.dict === null ? null : dictGetItem(rt, t.dict, key)
      if (a !== null) {
        const get = a.type.descrGet
        return get === null ? incref(a) : get(rt, a, null, t)
      }
      if (!t.isHeapType)
        raise(rt, rt.t.AttributeError, `type object '${t.name}' has no attribute '__annotations__'`)
      const d = newDict(rt)
      dictSetItem(rt, t.dict!, key, d)
      typeModified(rt, t)
      return d
    },
    set: (rt, o, v) => {
      const t = o as PyType
      heapOnlySet(rt, t, "__annotations__")
      const key = ident(rt, "__annotations__")
      if (v === null) {
        if (!dictDelItem(rt, t.dict!, key)) raise(rt, rt.t.AttributeError, "__annotations__")
      } else dictSetItem(rt, t.dict!, key, v)
      typeModified(rt, t)
    },
  },
}

function typeSizeof(rt: Runtime, self: PyObject): PyObject {
  const t = self as PyType
  if (!t.isHeapType) return newInt(rt, STATIC_TYPE_SIZE)
  const x = typeExtra(t)
  return newInt(rt, HEAPTYPE_BASICSIZE + (x.cachedKeys !== null ? SHARED_KEYS_SIZE : 0))
}

function typeDir(rt: Runtime, self: PyObject): PyObject {
  const t = self as PyType
  const seen = new Set<string>()
  const out: PyObject[] = []
  const visit = (u: PyType) => {
    const d = u.dict
    if (d === null) return
    const keys = (
      d.v as {
        keys: { ekeys: (PyObject | null)[]; evalues: (PyObject | null)[]; nentries: number }
      }
    ).keys
    for (let i = 0; i < keys.nentries; i++) {
      const k = keys.ekeys[i]
      if (keys.evalues[i] === null || k === null || k === undefined || !isStr(k)) continue
      if (seen.has(k.v as string)) continue
      seen.add(k.v as string)
      out.push(incref(k))
    }
  }
  for (const u of t.mro) visit(u)
  return newList(rt, out)
}

/** Creates the `type` and `object` type objects (first step of bootstrap; no other allocation). */
export function initTypeObjects(rt: Runtime): void {
  const object = new PyType(null, "object", null, 16, 0, TypeFlags.BASETYPE)
  const type = new PyType(
    null,
    "type",
    object,
    HEAPTYPE_BASICSIZE,
    HEAPTYPE_ITEMSIZE,
    TypeFlags.BASETYPE | TypeFlags.HAVE_GC | TypeFlags.TYPE_SUBCLASS,
  )
  object.type = type
  type.type = type
  rt.t.object = object
  rt.t.type = type
  for (const t of [object, type]) {
    // Static type objects: an address in the static segment, never freed.
    const placeholder = newStaticObject(rt, type, STATIC_TYPE_SIZE, null, null, 1)
    t.addr = placeholder.addr
    t.rc = 1
    rt.staticTypes.push(t)
  }
  object.mro = [object]
  type.mro = [type, object]
  type.call = typeCall
  type.newObj = typeNewSlot
  type.init = typeInit
  type.getattro = typeGetattro
  type.setattro = typeSetattro
  type.repr = typeRepr
  type.dealloc = heapTypeDealloc
  type.traverse = heapTypeTraverse
  type.clear = heapTypeClear
  // A class's __dict__ slot is its tp_dict (tp_dictoffset 264) and classes are
  // weakly referenceable (368), so metaclasses add neither.
  type.hasDict = true
  type.dictOf = (_rt, o) => (o as PyType).dict
  type.weaklistoffset = 368
  typeExtra(type).doc =
    "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"
  defineGetSets(rt, type, typeGetSets)
  defineMethods(rt, type, {
    mro: {
      kind: "noargs",
      fn: (rt, self) => {
        const t = self as PyType
        const m = computeMro(rt, t, t.bases)
        return newList(
          rt,
          m.map((x) => incref(x)),
        )
      },
    },
    __subclasses__: {
      kind: "noargs",
      fn: (rt, self) =>
        newList(
          rt,
          (self as PyType).subclasses.map((x) => incref(x)),
        ),
    },
    __instancecheck__: {
      kind: "o",
      fn: (rt, self, args) => pyBool(rt, isInstanceViaType(rt, args[0]!, self)),
    },
    __subclasscheck__: {
      kind: "o",
      fn: (rt, self, args) => pyBool(rt, isSubclassViaType(rt, args[0]!, self)),
    },
    __prepare__: {
      binding: "class",
      fn: (rt) => newDict(rt),
    },
    __sizeof__: { kind: "noargs", fn: typeSizeof },
    __dir__: { kind: "noargs", fn: typeDir },
  })
}

function isInstanceViaType(rt: Runtime, o: PyObject, cls: PyObject): boolean {
  // type.__instancecheck__ is the plain check (no further __instancecheck__ lookup).
  if (!(cls instanceof PyType)) return isInstance(rt, o, cls)
  return isSubtype(o.type, cls)
}

function isSubclassViaType(rt: Runtime, derived: PyObject, cls: PyObject): boolean {
  if (derived instanceof PyType && cls instanceof PyType) return isSubtype(derived, cls)
  return isSubclass(rt, derived, cls)
}
