// Raising Python exceptions from the object layer. The exception types live in
// `rt.t` (BaseException, TypeError, ...); the vm installs the constructor hook.

import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"

/**
 * Raises an exception of `type` with a message, as PyErr_SetString does.
 * The JS value thrown is the exception object itself (a PyObject); the thrower's
 * reference passes to whoever catches it.
 */
export function raise(rt: Runtime, type: PyType, message: string | null): never {
  const make = rt.hooks.newException
  if (make === null)
    throw new Error(`heapscope: ${type.name}: ${message} (before exceptions were set up)`)
  throw make(rt, type, message)
}

/** Raises TypeError. */
export function typeError(rt: Runtime, message: string): never {
  return raise(rt, rt.t.TypeError, message)
}

/** Raises ValueError. */
export function valueError(rt: Runtime, message: string): never {
  return raise(rt, rt.t.ValueError, message)
}
