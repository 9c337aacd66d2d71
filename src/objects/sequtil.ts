// Small helpers shared by the container types (tuple, list, dict, set, range):
// the repr recursion guard and the hash "lanes" used by tuple and frozenset.
//
// @cpython Objects/object.c Py_ReprEnter / Py_ReprLeave

import { asSsize } from "./abstract.js"
import { typeError } from "./errors.js"
import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import { TypeFlags } from "./type.js"

/**
 * Py_ReprEnter: returns true if `o`'s repr is already in progress (the caller
 * then prints '[...]', '{...}' or '(...)'), else records it and returns false;
 * the caller must call reprLeave in a `finally`.
 */
export function reprEnter(rt: Runtime, o: PyObject): boolean {
  const stack = rt.reprStack
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i] === o) return true
  stack.push(o)
  return false
}

/** Py_ReprLeave: forgets the innermost record of `o`. */
export function reprLeave(rt: Runtime, o: PyObject): void {
  const stack = rt.reprStack
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i] === o) {
      stack.splice(i, 1)
      return
    }
  }
}

/** Largest Py_ssize_t, as the nearest JS number (sizes never get close to it). */
export const PY_SSIZE_T_MAX = 2 ** 63 - 1

/** Converts a Py_hash_t held as a bigint (any width) to a signed 64-bit bigint. */
export function asHash64(x: bigint): bigint {
  return BigInt.asIntN(64, x)
}

/** _PyIndex_Check: whether `o` has __index__ (ints, bools and classes defining it). */
export function isIndexable(o: PyObject): boolean {
  return o.type.index !== null || (o.type.flags & TypeFlags.LONG_SUBCLASS) !== 0
}

/**
 * Converts an index argument for `seq[i]` with CPython's errors: an int too
 * large for Py_ssize_t raises IndexError "cannot fit 'int' into an
 * index-sized integer".
 */
export function indexArg(rt: Runtime, key: PyObject): number {
  return asSsize(rt, key, rt.t.IndexError)
}

/**
 * The (start, stop) arguments of `index()` methods (list/tuple/range
 * .index(x, start, stop)): __index__ values clamped to Py_ssize_t,
 * negative ones counted from the end and floored at 0.
 */
export function indexRange(
  rt: Runtime,
  startArg: PyObject | undefined,
  stopArg: PyObject | undefined,
  n: number,
): [number, number] {
  let start = 0
  let stop = PY_SSIZE_T_MAX
  if (startArg !== undefined) start = sliceIndexArg(rt, startArg)
  if (stopArg !== undefined) stop = sliceIndexArg(rt, stopArg)
  if (start < 0) {
    start += n
    if (start < 0) start = 0
  }
  if (stop < 0) {
    stop += n
    if (stop < 0) stop = 0
  }
  return [start, stop]
}

function sliceIndexArg(rt: Runtime, o: PyObject): number {
  if (!isIndexable(o)) typeError(rt, "slice indices must be integers or have an __index__ method")
  return asSsize(rt, o, null)
}

/** The repetition count of `seq * n` (PyNumber_AsSsize_t with OverflowError). */
export function repeatCount(rt: Runtime, n: PyObject): number {
  return asSsize(rt, n, rt.t.OverflowError)
}
