// Resource limits of one interpreter, with clear errors instead of host crashes,
// and the interrupt check (Ctrl-C) that runs at the same points as the limits.

import { raise } from "../objects/errors.js"
import type { PyType } from "../objects/type.js"
import type { VM } from "./vm.js"

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

/**
 * Raises KeyboardInterrupt when the host reports an interrupt (Host.interrupted),
 * as CPython's eval breaker does for a pending SIGINT. Called from tick() (loop
 * back-edges) and after the blocking calls input() and time.sleep().
 */
export function checkInterrupt(vm: VM): void {
  const host = vm.host
  if (host.interrupted !== undefined && host.interrupted())
    raise(vm.rt, vm.rt.t.KeyboardInterrupt as PyType, null)
}
