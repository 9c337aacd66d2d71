/**
 * An internal invariant of heapscope was broken. Never a Python-visible error:
 * Python sees exceptions; embedders see `Error`s that say what to do instead.
 */
export class InternalError extends Error {
  constructor(message: string) {
    super(`heapscope internal error: ${message}`)
    this.name = "InternalError"
  }
}

/** Cheap assertion that stays on everywhere; `why` names the invariant. */
export function assert(cond: unknown, why: string): asserts cond {
  if (!cond) throw new InternalError(why)
}

/** Marks a branch the type checker proves unreachable. */
export function unreachable(x: never, what = "value"): never {
  throw new InternalError(`unexpected ${what}: ${String(x)}`)
}
