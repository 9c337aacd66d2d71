// Bound methods (Objects/classobject.c): `obj.f` for a Python function `f`
// found on the class. A method holds a reference to the function and to
// `self`; calling it calls the function with `self` prepended.
//
//   repr: <bound method C.f of <__main__.C object at 0x7f...>>
//   size: 64 bytes (48 + 16 GC header), 3.11

import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"

/** A bound method (PyMethod_New): borrows `func` and `self`, returns a new reference. */
export declare function newMethod(rt: Runtime, func: PyObject, self: PyObject): PyObject

/** Creates the `method` type (bootstrap). */
export declare function initMethod(rt: Runtime): void
