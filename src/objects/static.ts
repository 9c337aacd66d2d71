// Statically allocated objects.
//
// CPython 3.11 keeps some objects in the interpreter's data segment rather
// than in the private heap: the small ints -5..256, the one-character Latin-1
// strings, the one-byte bytes, `()`, `''`, `b''`, None, True, False. They have
// an id() but no pymalloc block, and they are never freed. heapscope gives them
// addresses from a bump pointer in a simulated static segment (rt.staticTop),
// so they never show in the heap's statistics:
//
//   STATIC_SEGMENT_BASE ─► ┌────────┬────────┬────────┬─ ─ ─
//                          │ int -5 │ int -4 │ int -3 │ …     each rounded up to 16 bytes
//                          └────────┴────────┴────────┴─ ─ ─
//
// Their refcounts are real (3.11 has no immortal objects): the statically
// initialized ones start at 999 999 999 (STATIC_REFCNT) plus their references.

import { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"

/** Initial refcount of 3.11's statically allocated objects (see cpython-memory.md §4.2). */
export const STATIC_REFCNT = 999_999_999

/**
 * Makes a statically allocated object of `size` bytes with refcount `rc`.
 * Its dealloc must never run (the count never reaches 0 in practice).
 */
export function newStaticObject(
  rt: Runtime,
  type: PyType,
  size: number,
  v: any,
  w: any,
  rc: number = STATIC_REFCNT,
): PyObject {
  const addr = rt.staticTop
  rt.staticTop += (size + 15) & ~15
  const o = new PyObject(type, addr, v, w)
  o.rc = rc
  return o
}

/**
 * A type's own copy of object's generic getattro. Built-in types that set
 * tp_getattro = PyObject_GenericGetAttr explicitly (int, float, str, ...)
 * get `__getattribute__` in their dict; readyType only adds that wrapper for
 * a slot function that differs from the base's, hence a distinct function.
 */
export function genericGetattroOf(
  rt: Runtime,
): (rt: Runtime, o: PyObject, name: PyObject) => PyObject | null {
  const generic = rt.t.object.getattro!
  const copy = (rt: Runtime, o: PyObject, name: PyObject): PyObject | null => generic(rt, o, name)
  Object.defineProperty(copy, GENERIC_MARK, { value: true })
  return copy
}

/** The property that marks genericGetattroOf's functions. */
const GENERIC_MARK = "heapscopeGenericGetattro"

/** Whether `f` is object's generic getattro or a built-in type's copy of it (PyObject_GenericGetAttr). */
export function isGenericGetattro(rt: Runtime, f: unknown): boolean {
  if (f === rt.t.object.getattro) return true
  return typeof f === "function" && (f as { [GENERIC_MARK]?: boolean })[GENERIC_MARK] === true
}
