// Small helpers shared by the container types (tuple, list, dict, set, range):
// the repr recursion guard and the hash "lanes" used by tuple and frozenset.
//
// @cpython Objects/object.c Py_ReprEnter / Py_ReprLeave

import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"

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
