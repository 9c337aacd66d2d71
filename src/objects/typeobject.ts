// Type objects (Objects/typeobject.c): creating built-in ("static") types and
// classes (heap types), the C3 method resolution order, attribute lookup
// along the MRO with the per-type cache, and the slot wrappers that make a
// class's `__add__`, `__len__`, `__eq__`... fill the matching C-level slots.
//
// Life of a built-in type:   newStaticType() -> set slots / defineMethods()
//                             -> readyType() (bootstrap does this for every
//                                static type created before createRuntime returns)
// Life of a class:            vm's __build_class__ -> calculateMetaclass()
//                             -> meta.__prepare__ -> body -> meta(name, bases, ns)
//                             -> typeNew() (slots, __set_name__, __init_subclass__)

import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import { newStaticObject } from "./static.js"
import { PyType, TypeFlags } from "./type.js"

/** sizeof(PyTypeObject): the static size of a built-in type object (type.__sizeof__(int) == 408). */
export const STATIC_TYPE_SIZE = 408

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
  t.flags &= ~TypeFlags.HEAPTYPE
  rt.staticTypes.push(t)
  return t
}

/**
 * PyType_Ready: computes the MRO, inherits the slots left null from the
 * bases, creates the type's dict with `__doc__`, the queued definitions and
 * a slot wrapper (`<slot wrapper '__add__' of 'int' objects>`) for every
 * slot the type defines itself. Idempotent.
 */
export declare function readyType(rt: Runtime, type: PyType): void

/**
 * _PyType_Lookup: finds `name` (an interned str) in the dicts along the
 * MRO, using the per-type cache. Returns a BORROWED reference or null.
 */
export declare function typeLookup(rt: Runtime, type: PyType, name: PyObject): PyObject | null

/** PyType_Modified: drops the attribute caches of `type` and every subclass (after a class attribute changes). */
export declare function typeModified(rt: Runtime, type: PyType): void

/**
 * The metaclass of a class statement (_PyType_CalculateMetaclass): the most
 * derived of `metatype` and the types of `bases` (borrowed); raises
 * "metaclass conflict: the metaclass of a derived class must be a (non-strict)
 * subclass of the metaclasses of all its bases".
 */
export declare function calculateMetaclass(rt: Runtime, metatype: PyType, bases: PyObject[]): PyType

/**
 * type.__new__(metatype, name, bases, ns, **kwds): creates a class. `name`
 * is a str, `bases` a tuple, `ns` a dict (all borrowed; ns is copied);
 * `kwds` (borrowed values, or null) go to __init_subclass__. Handles
 * __slots__, __qualname__, __classcell__, __set_name__ and __init_subclass__.
 * Returns a new reference.
 */
export declare function typeNew(
  rt: Runtime,
  metatype: PyType,
  name: PyObject,
  bases: PyObject,
  ns: PyObject,
  kwds: Map<string, PyObject> | null,
): PyObject

/**
 * The C3 linearization of a type with `bases`; raises TypeError "Cannot
 * create a consistent method resolution order (MRO) for bases A, B".
 */
export declare function computeMro(rt: Runtime, type: PyType, bases: PyType[]): PyType[]

/** `<class 'int'>` / `<class '__main__.C'>` as a JS string. */
export declare function typeReprString(rt: Runtime, type: PyType): string

/** Creates the `type` and `object` type objects (first step of bootstrap; no allocation of other objects). */
export declare function initTypeObjects(rt: Runtime): void
