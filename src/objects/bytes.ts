// bytes: immutable byte strings.
//
// Representation. `o.v` is a Uint8Array the object owns and never mutates;
// `o.w` is the cached hash (a number; -1 while not computed).
//
//   addr+0    ┌──────────────────┐
//             │ ob_refcnt        │
//   addr+8    │ ob_type          │
//   addr+16   │ ob_size          │
//   addr+24   │ ob_shash         │
//   addr+32   │ ob_sval … '\0'   │  len + 1 bytes
//             └──────────────────┘   size = 33 + len   (b'' 33, b'abc' 36)
//
// Singletons: b'' and the 256 one-byte bytes objects are cached (3.11
// allocates them on first use in the heap; heapscope makes them static).
//
// @cpython Objects/bytesobject.c

import { installBytesType } from "./bytes-methods.js"
import type { PyObject } from "./object.js"
import { allocObject, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStaticObject } from "./static.js"
import type { PyType } from "./type.js"
import { TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** offsetof(PyBytesObject, ob_sval) + 1: a bytes object's size is this plus its length. */
export const BYTES_BASE_SIZE = 33

/**
 * Returns a new reference to a bytes object holding `data`, which it takes
 * over (the caller must not mutate it afterwards). b'' and one-byte values
 * give the cached singletons.
 */
export function newBytes(rt: Runtime, data: Uint8Array): PyObject {
  const n = data.length
  if (n <= 1) {
    const o = n === 0 ? rt.emptyBytes : rt.singleBytes[data[0]!]!
    o.rc++
    return o
  }
  return allocObject(rt, rt.t.bytes, BYTES_BASE_SIZE + n, data, -1)
}

/** The bytes of a bytes object (or subclass instance). Borrowed: never mutate it. */
export function bytesValue(o: PyObject): Uint8Array {
  return o.v as Uint8Array
}

/** PyBytes_Check. */
export function isBytes(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.BYTES_SUBCLASS) !== 0
}

function bytesDealloc(rt: Runtime, o: PyObject): void {
  freeObject(rt, o)
}

/** Creates the bytes type and its singletons. */
export function initBytesType(rt: Runtime): PyType {
  const flags = TypeFlags.BASETYPE | TypeFlags.BYTES_SUBCLASS | TypeFlags.MATCH_SELF
  const t = newStaticType(rt, "bytes", rt.t.object, BYTES_BASE_SIZE, 1, flags)
  t.dealloc = bytesDealloc
  t.isSequence = true
  rt.t.bytes = t
  installBytesType(rt, t)
  rt.emptyBytes = newStaticObject(rt, t, BYTES_BASE_SIZE, new Uint8Array(0), -1)
  rt.singleBytes = []
  for (let b = 0; b < 256; b++)
    rt.singleBytes.push(newStaticObject(rt, t, BYTES_BASE_SIZE + 1, Uint8Array.of(b), -1))
  return t
}

/**
 * repr() of bytes data: b'...' (double quotes when the data has a single
 * quote and no double quote), escaping \\, the quote, \t \n \r and every
 * byte outside 0x20..0x7e as \xNN.
 * @cpython Objects/bytesobject.c PyBytes_Repr
 */
export function bytesRepr(data: Uint8Array, bytearrayQuotes = false): string {
  let hasSingle = false
  let hasDouble = false
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x27) hasSingle = true
    else if (data[i] === 0x22) hasDouble = true
  }
  const q = hasSingle && !hasDouble ? 0x22 : 0x27
  // bytearray_repr escapes every single quote, even inside double quotes.
  const esc = bytearrayQuotes ? 0x27 : q
  let out = "b" + String.fromCharCode(q)
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!
    if (c === esc || c === 0x5c) out += "\\" + String.fromCharCode(c)
    else if (c === 9) out += "\\t"
    else if (c === 10) out += "\\n"
    else if (c === 13) out += "\\r"
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + (c < 16 ? "0" : "") + c.toString(16)
    else out += String.fromCharCode(c)
  }
  return out + String.fromCharCode(q)
}
