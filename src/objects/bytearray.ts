// bytearray: mutable byte strings with a separately allocated buffer.
//
// Representation. `o.v` is the buffer (a Uint8Array of capacity `alloc`, of
// which the first `size` bytes are the value); `o.w` is a ByteArrayState.
//
//   object (56 bytes)                       buffer (mem domain, `alloc` bytes)
//   addr+0    ┌──────────────────┐
//             │ ob_refcnt        │
//   addr+8    │ ob_type          │
//   addr+16   │ ob_size          │
//   addr+24   │ ob_alloc         │
//   addr+32   │ ob_bytes ────────┼──────► ┌──────────────────────┐
//   addr+40   │ ob_start         │        │ size bytes … '\0' …   │
//   addr+48   │ ob_exports       │        └──────────────────────┘
//             └──────────────────┘
//   sys.getsizeof = 56 + alloc
//
// Growth (bytearray_resize, cpython-memory.md §3.5): see bytearrayResize.
//
// @cpython Objects/bytearrayobject.c

import { installBytearrayType } from "./bytes-methods.js"
import type { PyObject } from "./object.js"
import { allocObject, freeObject, noMemory } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"
import { TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** sizeof(PyByteArrayObject). */
export const BYTEARRAY_SIZE = 56

/** The mutable state of a bytearray (`o.w`). */
export class ByteArrayState {
  /** len(). */
  size: number
  /** ob_alloc: bytes allocated for the buffer (0 when there is none). */
  alloc: number
  /** Address of the buffer's block in the mem domain, or 0. */
  addr: number
  /** Buffer exports (memoryviews) that forbid resizing. */
  exports: number

  constructor(size: number, alloc: number, addr: number) {
    this.size = size
    this.alloc = alloc
    this.addr = addr
    this.exports = 0
  }
}

/** Returns a new reference to a bytearray holding a copy of `data`. */
export function newBytearray(rt: Runtime, data: Uint8Array): PyObject {
  const o = allocObject(rt, rt.t.bytearray, BYTEARRAY_SIZE, new Uint8Array(0), null)
  o.w = new ByteArrayState(0, 0, 0)
  if (data.length > 0) {
    bytearrayResize(rt, o, data.length)
    ;(o.v as Uint8Array).set(data)
  }
  return o
}

/** The current value (a view of the first `size` bytes; valid until the next resize). */
export function bytearrayView(o: PyObject): Uint8Array {
  return (o.v as Uint8Array).subarray(0, (o.w as ByteArrayState).size)
}

/**
 * PyByteArray_Resize: sets the length to `size`, growing or shrinking the
 * buffer with CPython's policy: if it fits (size + 1 <= alloc) keep it unless
 * size < alloc / 2 (then shrink to exactly size + 1); when growing, if size <=
 * 1.125 × alloc over-allocate to size + size/8 + (3 if size < 9 else 6), else
 * take exactly size + 1.
 */
export function bytearrayResize(rt: Runtime, o: PyObject, size: number): void {
  const st = o.w as ByteArrayState
  if (size === st.size) return // PyByteArray_Resize returns at once: bytearray() keeps alloc 0
  const alloc = st.alloc
  let newAlloc: number
  if (size + 1 <= alloc) {
    if (size >= alloc / 2) {
      st.size = size
      return
    }
    newAlloc = size + 1
  } else if (size <= alloc * 1.125) {
    newAlloc = size + (size >> 3) + (size < 9 ? 3 : 6)
  } else {
    newAlloc = size + 1
  }
  const addr = st.addr === 0 ? rt.heap.memMalloc(newAlloc) : rt.heap.memRealloc(st.addr, newAlloc)
  if (addr === 0) noMemory(rt)
  const buf = new Uint8Array(newAlloc)
  buf.set((o.v as Uint8Array).subarray(0, Math.min(st.size, size)))
  o.v = buf
  st.addr = addr
  st.alloc = newAlloc
  st.size = size
}

function bytearrayDealloc(rt: Runtime, o: PyObject): void {
  const st = o.w as ByteArrayState
  if (st.addr !== 0) rt.heap.memFree(st.addr)
  st.addr = 0
  freeObject(rt, o)
}

/** Creates the bytearray type. */
export function initBytearrayType(rt: Runtime): PyType {
  const flags = TypeFlags.BASETYPE
  const t = newStaticType(rt, "bytearray", rt.t.object, BYTEARRAY_SIZE, 0, flags)
  t.dealloc = bytearrayDealloc
  t.isSequence = true
  rt.t.bytearray = t
  installBytearrayType(rt, t)
  return t
}
