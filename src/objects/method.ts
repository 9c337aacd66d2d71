// Bound methods (Objects/classobject.c): `obj.f` for a Python function `f`
// found on the class. A method holds a reference to the function and to
// `self`; calling it calls the function with `self` prepended.
//
//   repr: <bound method C.f of <__main__.C object at 0x7f...>>
//   size: 64 bytes (48 + 16 GC header), 3.11
//
// Ownership: `bm = c.f` adds one reference to `c` (sys.getrefcount(c) goes
// up by one while `bm` lives) and one to the function.

import type { PyObject } from "./object.js"
import { allocObject, decref, freeObject, incref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { TypeFlags } from "./type.js"
import type { PyHash } from "./type.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { newStr, isStr } from "./str.js"
import { call, hash, ident, lookupAttr, reprString } from "./abstract.js"
import { defineGetSets } from "./descr.js"
import { newStaticType, typeLookup } from "./typeobject.js"
import { typeError } from "./errors.js"

/** sizeof(PyMethodObject): im_func, im_self, im_weakreflist, vectorcall. */
export const METHOD_SIZE = 48

/** A bound method's payload (both owned). */
export interface MethodData {
  func: PyObject
  self: PyObject
}

/** A bound method (PyMethod_New): borrows `func` and `self`, returns a new reference. */
export function newMethod(rt: Runtime, func: PyObject, self: PyObject): PyObject {
  incref(func)
  incref(self)
  const m = allocObject(rt, rt.t.method, METHOD_SIZE, { func, self } satisfies MethodData, null)
  gcTrack(rt, m)
  return m
}

function methodCall(rt: Runtime, m: PyObject, args: PyObject[], kwnames: PyObject | null) {
  const d = m.v as MethodData
  return call(rt, d.func, [d.self, ...args], kwnames)
}

function methodDealloc(rt: Runtime, m: PyObject): void {
  gcUntrack(rt, m)
  if (rt.hooks.clearWeakrefs !== null) rt.hooks.clearWeakrefs(rt, m)
  const d = m.v as MethodData
  m.v = null
  decref(rt, d.func)
  decref(rt, d.self)
  freeObject(rt, m)
}

function methodRepr(rt: Runtime, m: PyObject): PyObject {
  const d = m.v as MethodData
  let name = "?"
  for (const attr of ["__qualname__", "__name__"]) {
    const n = lookupAttr(rt, d.func, ident(rt, attr))
    if (n === null) continue
    const ok = isStr(n)
    if (ok) name = n.v as string
    decref(rt, n)
    if (ok) break
  }
  return newStr(rt, `<bound method ${name} of ${reprString(rt, d.self)}>`)
}

function methodGetattro(rt: Runtime, m: PyObject, name: PyObject): PyObject | null {
  // Attributes of the method type first (__func__, __self__...), then the function's.
  const descr = typeLookup(rt, m.type, name)
  if (descr !== null) {
    const get = descr.type.descrGet
    return get === null ? incref(descr) : get(rt, descr, m, m.type)
  }
  const f = (m.v as MethodData).func
  return f.type.getattro === null ? null : f.type.getattro(rt, f, name)
}

function methodHash(rt: Runtime, m: PyObject): PyHash {
  const d = m.v as MethodData
  const a = BigInt(hash(rt, d.self))
  const b = BigInt(hash(rt, d.func))
  const x = BigInt.asIntN(64, a ^ b)
  const r = x === -1n ? -2n : x
  return r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(r)
    : r
}

/** Creates the `method` type (bootstrap). */
export function initMethod(rt: Runtime): void {
  const t = newStaticType(rt, "method", null, METHOD_SIZE, 0, TypeFlags.HAVE_GC)
  t.weaklistoffset = 32 // im_weakreflist
  t.weaklistoffset = 16
  t.dealloc = methodDealloc
  t.traverse = (m, visit) => {
    const d = m.v as MethodData | null
    if (d !== null) {
      visit(d.func)
      visit(d.self)
    }
  }
  t.call = methodCall
  // method(function, instance): types.MethodType's constructor (method_new).
  t.newObj = (rt, _type, args, kwnames) => {
    if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
      typeError(rt, "method() takes no keyword arguments")
    if (args.length !== 2) typeError(rt, `method expected 2 arguments, got ${args.length}`)
    const [func, self] = args as [PyObject, PyObject]
    if (func.type.call === null) typeError(rt, "first argument must be callable")
    if (self === rt.None) typeError(rt, "instance must not be None")
    return newMethod(rt, func, self)
  }
  t.repr = methodRepr
  t.getattro = methodGetattro
  t.hash = methodHash
  t.richcompare = (rt, a, b, op) => {
    if ((op !== 2 && op !== 3) || a.type !== b.type) return incref(rt.NotImplemented)
    const x = a.v as MethodData
    const y = b.v as MethodData
    const eq = x.func === y.func && x.self === y.self
    return incref(eq === (op === 2) ? rt.True : rt.False)
  }
  t.descrGet = (_rt, m) => incref(m)
  rt.t.method = t
  defineGetSets(rt, t, {
    __func__: { get: (_rt, m) => incref((m.v as MethodData).func), readonly: true },
    __self__: { get: (_rt, m) => incref((m.v as MethodData).self), readonly: true },
    __doc__: {
      get: (rt, m) => {
        const f = (m.v as MethodData).func
        return lookupAttr(rt, f, ident(rt, "__doc__")) ?? incref(rt.None)
      },
    },
  })
}
