// super (Objects/typeobject.c super_*): `super(C, obj).f` finds `f` in the
// MRO of type(obj) *after* C and binds it to obj. The zero-argument form
// asks the vm for the current function's `__class__` cell and its first
// argument through `rt.hooks.superArgs`.
//
//   class A:            def f(self): ...
//   class B(A):         def f(self): return super().f()
//   B().f()  →  super(B, b): MRO of type(b) = [B, A, object]; start after B → A.f bound to b

import type { PyObject } from "./object.js"
import { allocObject, decref, freeObject, incref, xdecref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { PyType, TypeFlags, isSubtype } from "./type.js"
import { raise, typeError } from "./errors.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { isStr, newStr } from "./str.js"
import { dictGetItem } from "./dict.js"
import { ident, lookupAttr } from "./abstract.js"
import { defineGetSets } from "./descr.js"
import { genericGetAttr } from "./objectobject.js"
import { newStaticType } from "./typeobject.js"

/** sizeof(superobject): type, obj, obj_type. */
export const SUPER_SIZE = 40

/** A super object's payload (all owned or null while uninitialized). */
interface SuperData {
  type: PyType | null
  obj: PyObject | null
  objType: PyType | null
}

/** supercheck: the type whose MRO super() walks, for `obj` (an instance or a subclass of `type`). */
function superCheck(rt: Runtime, type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && isSubtype(obj, type)) return obj
  if (isSubtype(obj.type, type)) return obj.type
  const cls = lookupAttr(rt, obj, ident(rt, "__class__"))
  if (cls !== null) {
    const ok = cls instanceof PyType && cls !== obj.type && isSubtype(cls, type)
    decref(rt, cls)
    if (ok) return cls as PyType
  }
  return typeError(rt, "super(type, obj): obj must be an instance or subtype of type")
}

function fill(rt: Runtime, s: PyObject, type: PyType, obj: PyObject | null): void {
  const objType = obj === null ? null : superCheck(rt, type, obj)
  const d = s.v as SuperData
  const old = [d.type, d.obj, d.objType]
  d.type = incref(type) as PyType
  d.obj = obj === null ? null : incref(obj)
  d.objType = objType === null ? null : (incref(objType) as PyType)
  for (const o of old) xdecref(rt, o)
}

/** super(type, obj): borrows both, returns a new reference. */
export function newSuper(rt: Runtime, type: PyType, obj: PyObject | null): PyObject {
  const s = allocObject(rt, rt.t.super, SUPER_SIZE, { type: null, obj: null, objType: null }, null)
  gcTrack(rt, s)
  try {
    fill(rt, s, type, obj)
  } catch (e) {
    decref(rt, s)
    throw e
  }
  return s
}

function superInit(rt: Runtime, s: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    typeError(rt, "super() takes no keyword arguments")
  if (args.length > 2) typeError(rt, `super() takes at most 2 arguments (${args.length} given)`)
  let type: PyObject
  let obj: PyObject | null
  if (args.length === 0) {
    const hook = rt.hooks.superArgs
    if (hook === null) raise(rt, rt.t.RuntimeError, "super(): no arguments")
    ;[type, obj] = hook(rt)
  } else {
    type = args[0]!
    obj = args.length === 2 && args[1] !== rt.None ? args[1]! : null
  }
  if (!(type instanceof PyType))
    typeError(rt, `super() argument 1 must be a type, not ${type.type.name}`)
  fill(rt, s, type, obj)
}

/** super_getattro: the name in the MRO of obj's type after `type`, bound to obj. */
function superGetattro(rt: Runtime, s: PyObject, name: PyObject): PyObject | null {
  const d = s.v as SuperData
  const start = d.objType
  // super().__class__ is the super type itself, as in CPython.
  if (start !== null && !(isStr(name) && name.v === "__class__")) {
    const mro = start.mro
    let i = mro.indexOf(d.type!) + 1
    if (i > 0) {
      for (; i < mro.length; i++) {
        const dict = mro[i]!.dict
        if (dict === null) continue
        const res = dictGetItem(rt, dict, name)
        if (res === null) continue
        const get = res.type.descrGet
        if (get === null) return incref(res)
        incref(res)
        try {
          return get(rt, res, d.obj === start ? null : d.obj, start)
        } finally {
          decref(rt, res)
        }
      }
    }
  }
  return genericGetAttr(rt, s, name)
}

function superRepr(rt: Runtime, s: PyObject): PyObject {
  const d = s.v as SuperData
  // CPython prints tp_name here, so a class shows without its module.
  const tn = d.type === null ? "NULL" : `<class '${d.type.name}'>`
  if (d.objType === null) return newStr(rt, `<super: ${tn}, NULL>`)
  return newStr(rt, `<super: ${tn}, <${d.objType.name} object>>`)
}

function superDescrGet(rt: Runtime, s: PyObject, obj: PyObject | null, _t: PyObject): PyObject {
  const d = s.v as SuperData
  if (obj === null || obj === rt.None || d.obj !== null) return incref(s)
  return newSuper(rt, d.type!, obj)
}

/** Creates the `super` type (bootstrap). */
export function initSuper(rt: Runtime): void {
  const t = newStaticType(rt, "super", null, SUPER_SIZE, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE)
  t.newObj = (rt, type) => {
    const s = allocObject(rt, type, type.basicsize, { type: null, obj: null, objType: null }, null)
    gcTrack(rt, s)
    return s
  }
  t.init = superInit
  t.getattro = superGetattro
  t.repr = superRepr
  t.descrGet = superDescrGet
  t.dealloc = (rt, s) => {
    gcUntrack(rt, s)
    const d = s.v as SuperData
    s.v = null
    xdecref(rt, d.obj)
    xdecref(rt, d.type)
    xdecref(rt, d.objType)
    freeObject(rt, s)
  }
  t.traverse = (s, visit) => {
    const d = s.v as SuperData | null
    if (d === null) return
    if (d.obj !== null) visit(d.obj)
    if (d.type !== null) visit(d.type)
    if (d.objType !== null) visit(d.objType)
  }
  rt.t.super = t
  defineGetSets(rt, t, {
    __thisclass__: { get: (rt, s) => incref((s.v as SuperData).type ?? rt.None), readonly: true },
    __self__: { get: (rt, s) => incref((s.v as SuperData).obj ?? rt.None), readonly: true },
    __self_class__: {
      get: (rt, s) => incref((s.v as SuperData).objType ?? rt.None),
      readonly: true,
    },
  })
}
