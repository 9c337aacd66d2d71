// Reference counting, allocation and deallocation of objects.
//
// Ownership words follow the C API: a function "returns a new reference",
// "borrows" an argument (the caller keeps its reference) or "steals" it (the
// callee takes over the caller's reference).

import { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"
import { TypeFlags } from "./type.js"

/** Size of PyGC_Head, in front of every object of a GC type. */
export const GC_HEAD_SIZE = 16
/** Size of the managed-dict pre-header (values and dict pointers) in front of the GC head (3.11). */
export const MANAGED_DICT_PREHEADER = 16

/** Bytes in front of `addr` in an object's block: GC head and managed-dict pre-header. */
export function preheaderSize(type: PyType): number {
  const f = type.flags
  return (
    ((f & TypeFlags.HAVE_GC) !== 0 ? GC_HEAD_SIZE : 0) +
    ((f & TypeFlags.MANAGED_DICT) !== 0 ? MANAGED_DICT_PREHEADER : 0)
  )
}

/** Py_INCREF. Generated code inlines `o.rc++` instead of calling this. */
export function incref(o: PyObject): PyObject {
  o.rc++
  return o
}

/** Py_DECREF: drops one reference and deallocates at zero, at once. */
export function decref(rt: Runtime, o: PyObject): void {
  if (--o.rc === 0) o.type.dealloc!(rt, o)
}

/** Py_XDECREF. */
export function xdecref(rt: Runtime, o: PyObject | null): void {
  if (o !== null && --o.rc === 0) o.type.dealloc!(rt, o)
}

/**
 * Allocates the block for a new object of `type` with `size` bytes (the
 * object's own size, without the GC header; the header is added here for GC
 * types, and the 16-byte managed-dict pre-header for classes whose instances
 * have a managed __dict__, as in 3.11) and returns the object with refcount 1.
 * Raises MemoryError when the heap is full. For GC types the collector's hook
 * runs after the block is taken, so a young collection may happen here, as in
 * CPython 3.11's _PyObject_GC_Link; the new object is not tracked yet and so
 * not examined.
 * A heap type gains a reference from each of its instances.
 */
export function allocObject(
  rt: Runtime,
  type: PyType,
  size: number,
  v: any,
  w: any,
  link = true,
): PyObject {
  const gc = (type.flags & TypeFlags.HAVE_GC) !== 0
  const pre = preheaderSize(type)
  const block = rt.heap.objMalloc(size + pre)
  if (block === 0) noMemory(rt)
  const o = new PyObject(type, block + pre, v, w)
  if ((type.flags & TypeFlags.HEAPTYPE) !== 0) type.rc++
  if (rt.listener !== null) {
    rt.listener({ kind: "alloc", object: o, type: type.name, address: o.addr, size: size + pre })
  }
  // As 3.11's gc_alloc: the block is taken first, then _PyObject_GC_Link counts
  // it and may collect, so the collection cannot hand this block out again.
  if (gc && link && rt.hooks.gcLink !== null) rt.hooks.gcLink(rt)
  return o
}

/**
 * Hands out again an object kept on a free list (its block, and so its id, and
 * its JS object, as CPython reuses the memory): count 1, new payload, no GC
 * flags. Free-listed objects have count 0 and are untracked; nothing may touch
 * them until they come back through here.
 */
export function reviveObject(rt: Runtime, o: PyObject, v: any, w: any): PyObject {
  o.rc = 1
  o.v = v
  o.w = w
  o.gcFlags = 0
  // _Py_NewReference: tracemalloc gives the block's trace the traceback of this reuse.
  if (rt.hooks.newReference !== null) rt.hooks.newReference(rt, o)
  return o
}

/**
 * Returns an object's block to the allocator (PyObject_Free / PyObject_GC_Del)
 * and drops the instance's reference to a heap type. The JS object must not be
 * used afterwards; its address becomes 0 so stale uses show.
 */
export function freeObject(rt: Runtime, o: PyObject): void {
  const type = o.type
  const gc = (type.flags & TypeFlags.HAVE_GC) !== 0
  // Weakrefs are cleared by the type's dealloc, as CPython's do; this catches a
  // dealloc that did not, so no weakref can ever point to a freed object.
  if (type.weaklistoffset !== 0 && rt.weaklists.size !== 0 && rt.weaklists.has(o)) {
    rt.hooks.clearWeakrefs?.(rt, o)
  }
  if (rt.listener !== null)
    rt.listener({ kind: "dealloc", object: o, type: type.name, address: o.addr })
  rt.heap.objFree(o.addr - preheaderSize(type))
  o.addr = 0
  if (gc && rt.hooks.gcUnlink !== null) {
    rt.hooks.gcUnlink(rt)
  }
  if ((type.flags & TypeFlags.HEAPTYPE) !== 0) decref(rt, type)
}

/** Raises MemoryError (no message), as CPython does when an allocation fails. */
export function noMemory(rt: Runtime): never {
  const make = rt.hooks.newException
  if (make === null) throw new Error("heapscope: out of memory before exceptions were set up")
  throw make(rt, rt.t.MemoryError, null)
}

/** Depth at which protected deallocs are deferred (_PyTrash_UNWIND_LEVEL). */
export const TRASH_UNWIND_LEVEL = 50

/**
 * Runs `body(o)` as a trashcan-protected dealloc (Py_TRASHCAN_BEGIN/END): when
 * deallocs nest 50 deep, `o` is deferred and freed later by the outermost
 * one, LIFO, so tearing down a deeply nested structure never overflows the
 * stack and the order of `__del__` calls matches CPython's.
 */
export function trashcanDealloc(
  rt: Runtime,
  o: PyObject,
  body: (rt: Runtime, o: PyObject) => void,
): void {
  if (rt.trashNesting >= TRASH_UNWIND_LEVEL) {
    rt.trashLater.push(o)
    return
  }
  rt.trashNesting++
  body(rt, o)
  rt.trashNesting--
  if (rt.trashNesting === 0 && rt.trashLater.length > 0) {
    rt.trashNesting = 1
    let next: PyObject | undefined
    while ((next = rt.trashLater.pop()) !== undefined) next.type.dealloc!(rt, next)
    rt.trashNesting = 0
  }
}
