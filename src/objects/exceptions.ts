// The built-in exception hierarchy of 3.11 (Objects/exceptions.c).
//
// An exception instance is a GC object; its payload:
//   v  the instance `__dict__` (dict object) or null
//   w  ExcState: args, __traceback__, __context__, __cause__,
//      __suppress_context__, __notes__ and the subtype's own fields
//      (StopIteration.value, OSError.errno, SyntaxError.lineno, ...)
//
// Raising from runtime code: `raise(rt, rt.t.KeyError, "msg")` (errors.ts)
// calls the newException hook installed here.

import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"

/** What an exception instance keeps in `w`. All fields are owned references or null. */
export interface ExcState {
  /** The args tuple (never null once initialized). */
  args: PyObject | null
  traceback: PyObject | null
  context: PyObject | null
  cause: PyObject | null
  suppressContext: boolean
  /** Subtype fields by attribute name (value, code, name, errno, msg, lineno, ...), owned. */
  fields: Map<string, PyObject> | null
}

/**
 * Builds an exception of `type` whose args are `(message,)`, or `()` when
 * `message` is null (PyErr_SetString / PyErr_SetNone). New reference; for a
 * class derived from an exception type it goes through the class's
 * __new__/__init__.
 */
export declare function newException(rt: Runtime, type: PyType, message: string | null): PyObject

/** `type(*args)` for an exception type: args borrowed, new reference. */
export declare function newExceptionArgs(rt: Runtime, type: PyType, args: PyObject[]): PyObject

/** The ExcState of an exception instance. */
export declare function excState(exc: PyObject): ExcState

/** PyException_SetTraceback: borrows `tb` (None or null clear it). */
export declare function setTraceback(rt: Runtime, exc: PyObject, tb: PyObject | null): void
/** PyException_SetContext: STEALS `ctx` (may be null). */
export declare function setContext(rt: Runtime, exc: PyObject, ctx: PyObject | null): void
/** PyException_SetCause: STEALS `cause` (may be null) and sets __suppress_context__. */
export declare function setCause(rt: Runtime, exc: PyObject, cause: PyObject | null): void

/** PyErr_GivenExceptionMatches: `exc` (instance or class) against a class or tuple of classes. */
export declare function exceptionMatches(rt: Runtime, exc: PyObject, cls: PyObject): boolean

/** Creates every built-in exception type in rt.t under its Python name and installs the hook. */
export declare function initExceptions(rt: Runtime): void
