// None, NotImplemented and Ellipsis: the types NoneType, NotImplementedType
// and ellipsis, and the one instance of each (Objects/object.c,
// Objects/sliceobject.c). In 3.11 they are static objects (16 bytes, not in
// the heap) with real, small refcounts: `sys.getrefcount(None)` counts every
// reference the program holds.

import type { PyObject } from "./object.js"
import { incref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStaticObject } from "./static.js"
import { TypeFlags } from "./type.js"
import type { PyType } from "./type.js"
import { typeError } from "./errors.js"
import { newStr } from "./str.js"
import { newStaticType, typeExtra } from "./typeobject.js"

function neverDealloc(_rt: Runtime, o: PyObject): void {
  // CPython aborts here ("deallocating None"); it means a refcount bug in heapscope.
  throw new Error(`heapscope: refcount of ${o.type.name} singleton dropped to 0`)
}

function singletonType(
  rt: Runtime,
  name: string,
  text: string,
  get: () => PyObject,
  truth: boolean | null,
): PyType {
  const t = newStaticType(rt, name, null, 16, 0, 0)
  t.flags &= ~TypeFlags.BASETYPE
  t.dealloc = neverDealloc
  t.repr = (rt) => newStr(rt, text)
  if (truth !== null) t.bool = () => truth
  t.newObj = (rt, _type, args) => {
    if (args.length > 0) typeError(rt, `${name} takes no arguments`)
    return incref(get())
  }
  return t
}

/** Creates the three types and `rt.None`, `rt.NotImplemented`, `rt.Ellipsis` (bootstrap). */
export function initSingletons(rt: Runtime): void {
  const none = singletonType(rt, "NoneType", "None", () => rt.None, false)
  const ni = singletonType(
    rt,
    "NotImplementedType",
    "NotImplemented",
    () => rt.NotImplemented,
    null,
  )
  const ell = singletonType(rt, "ellipsis", "Ellipsis", () => rt.Ellipsis, null)
  rt.t.NoneType = none
  rt.t.NotImplementedType = ni
  rt.t.ellipsis = ell
  typeExtra(ell).doc = null
  rt.None = newStaticObject(rt, none, 16, null, null, 1)
  rt.NotImplemented = newStaticObject(rt, ni, 16, null, null, 1)
  rt.Ellipsis = newStaticObject(rt, ell, 16, null, null, 1)
}
