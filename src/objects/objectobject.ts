// `object` (Objects/typeobject.c object_*, Objects/object.c generic
// attribute access): the root type, the generic attribute lookup every class
// inherits, and where an instance keeps its `__dict__` and `__slots__` values.
//
// Where an instance keeps its attributes (see docs/internals/objects.md):
//
//   class C: pass           v = dict object (or null until first needed)
//   (base payload free)     w = __slots__ values (PyObject|null)[] or null
//
//   class E(Exception)      v = dict, w = the exception's fields; slot values
//   class L(list)           in rt.extSlots / the dict in rt.extDicts, keyed by
//                           the instance, because the base type owns v/w.

import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"

/**
 * PyObject_GenericGetAttr as _PyObject_LookupAttr uses it: data descriptor on
 * the type, then the instance dict, then a non-data descriptor or plain class
 * attribute. Returns a new reference, or null when absent (no exception).
 */
export declare function genericGetAttr(rt: Runtime, o: PyObject, name: PyObject): PyObject | null

/**
 * PyObject_GenericSetAttr (value null = delete): data descriptor's __set__ /
 * __delete__, else the instance dict; "'C' object has no attribute 'x'" when
 * there is nowhere to store it (exactly CPython's messages).
 */
export declare function genericSetAttr(
  rt: Runtime,
  o: PyObject,
  name: PyObject,
  value: PyObject | null,
): void

/**
 * The instance's `__dict__` (BORROWED), created on demand when `create`,
 * or null if the type has no instance dict / it does not exist yet.
 */
export declare function instanceDict(rt: Runtime, o: PyObject, create: boolean): PyObject | null

/** `<__main__.C object at 0x7f...>` as a JS string (object.__repr__). */
export declare function objectReprString(rt: Runtime, o: PyObject): string

/** "0x" + lowercase hex of an address, as %p prints it. */
export function hexAddr(addr: number): string {
  return "0x" + addr.toString(16)
}

/** Fills the `object` type's slots and methods (bootstrap, after initTypeObjects). */
export declare function initObject(rt: Runtime): void
