// complex: a pair of doubles.
//
// Representation. `o.v` is the real part, `o.w` the imaginary part (numbers).
//
//   addr+0    ┌──────────────────┐
//             │ ob_refcnt        │
//   addr+8    │ ob_type          │
//   addr+16   │ cval.real        │
//   addr+24   │ cval.imag        │
//             └──────────────────┘   size 32
//
// @cpython Objects/complexobject.c

import type { PyObject } from "./object.js"
import { allocObject, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"
import { TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** sizeof(PyComplexObject). */
export const COMPLEX_SIZE = 32

/** Returns a new reference to the complex `re + im*j`. */
export function newComplex(rt: Runtime, re: number, im: number): PyObject {
  return allocObject(rt, rt.t.complex, COMPLEX_SIZE, re, im)
}

function complexDealloc(rt: Runtime, o: PyObject): void {
  freeObject(rt, o)
}

/** Creates the complex type. */
export function initComplexType(rt: Runtime): PyType {
  const flags = TypeFlags.BASETYPE
  const t = newStaticType(rt, "complex", rt.t.object, COMPLEX_SIZE, 0, flags)
  t.dealloc = complexDealloc
  rt.t.complex = t
  return t
}
