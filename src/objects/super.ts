// super (Objects/typeobject.c super_*): `super(C, obj).f` finds `f` in the
// MRO of type(obj) after C. The zero-argument form asks the vm for the
// current function's `__class__` cell and first argument through
// `rt.hooks.superArgs`.

import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"

/** super(type, obj): borrows both, returns a new reference. */
export declare function newSuper(rt: Runtime, type: PyType, obj: PyObject | null): PyObject

/** Creates the `super` type (bootstrap). */
export declare function initSuper(rt: Runtime): void
