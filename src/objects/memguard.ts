// Turning the host's "too big" failures into Python's MemoryError.
//
// V8 refuses strings longer than about 2^29 units, typed arrays beyond a few
// GiB and BigInts beyond 2^30 bits by throwing a RangeError. Python code
// asking for that much (' ' * 10**9, format(1, '1000000000'), 3 ** 10**9)
// must see MemoryError, never a host error: the methods and slots of the
// number and text types run under this guard.

import type { Runtime } from "./runtime.js"
import { noMemory } from "./refcount.js"

const HOST_LIMITS =
  /Invalid string length|Invalid array length|Invalid typed array length|Array buffer allocation failed|Maximum BigInt size|BigInt too big/

/** Whether `e` is the host refusing an allocation (not a stack overflow, not a bug). */
export function isHostLimit(e: unknown): boolean {
  return e instanceof RangeError && HOST_LIMITS.test(e.message)
}

/** Wraps a function whose first argument is the Runtime so host size limits raise MemoryError. */
export function guarded<A extends unknown[], R>(
  fn: (rt: Runtime, ...args: A) => R,
): (rt: Runtime, ...args: A) => R {
  return (rt, ...args) => {
    try {
      return fn(rt, ...args)
    } catch (e) {
      if (isHostLimit(e)) return noMemory(rt)
      throw e
    }
  }
}

/** Applies `guarded` to every method of a definition table (functions or { fn } records). */
export function guardTable<T extends Record<string, any>>(defs: T): T {
  const out: Record<string, any> = {}
  for (const [k, d] of Object.entries(defs))
    out[k] = typeof d === "function" ? guarded(d) : { ...d, fn: guarded(d.fn) }
  return out as T
}
