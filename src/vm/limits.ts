// Resource limits of one interpreter, with clear errors instead of host crashes.

/** Limits an embedder may set; every one is optional. */
export interface Limits {
  /** Bytes the private heap may grow to before allocations raise MemoryError. */
  maxMemory?: number
  /** Wall-clock seconds a run may take; checked at loop back-edges and calls. */
  timeout?: number
  /** Back-edges and calls a run may execute before it is stopped. */
  maxSteps?: number
  /** The initial Python recursion limit (sys.getrecursionlimit()); 1000 as in CPython. */
  recursionLimit?: number
}

/** The default recursion limit of CPython. */
export const DEFAULT_RECURSION_LIMIT = 1000

/**
 * Thrown (as a JS error, not a Python exception: Python code cannot catch it)
 * when a run exceeds its time or step budget. The Interpreter reports it.
 */
export class LimitExceeded extends Error {
  constructor(message: string) {
    super(message)
    this.name = "LimitExceeded"
  }
}

/**
 * Thrown by sys.exit()/SystemExit handling to end the run with a status; a JS
 * error so no Python handler sees it after SystemExit was already reported.
 */
export class ExitRequest extends Error {
  readonly status: number
  constructor(status: number) {
    super(`exit ${status}`)
    this.name = "ExitRequest"
    this.status = status
  }
}
