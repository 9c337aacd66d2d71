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

/** How often, in seconds, tick() should run at least when loop iterations are slow. */
const INTERRUPT_PERIOD = 0.01

/** The most back-edges between two ticks (the budget without an interrupt source). */
const MAX_QUANTUM = 10000

/**
 * tick()'s interrupt check, for a host with an interrupt source. A tick comes
 * every `vm.quantum` loop iterations: 10000 iterations of a fast loop take well
 * under a millisecond, but of a loop whose body calls something slow they can
 * take minutes, and Ctrl-C must be felt at once. So the quantum follows the
 * time between ticks: cut in proportion when that exceeds INTERRUPT_PERIOD,
 * doubled back towards MAX_QUANTUM when it does not.
 */
export function pollInterrupt(vm: VM): void {
  const now = vm.host.monotonic()
  const elapsed = now - vm.lastTick
  vm.lastTick = now
  vm.quantum =
    elapsed > INTERRUPT_PERIOD
      ? Math.max(1, Math.floor((vm.quantum * INTERRUPT_PERIOD) / elapsed))
      : Math.min(MAX_QUANTUM, vm.quantum * 2)
  vm.budget = vm.quantum
  checkInterrupt(vm)
}

/**
 * Called when a run starts: with an interrupt source the first tick comes after
 * one back-edge, and the quantum grows from there (a loop that is slow from its
 * first iteration is interruptible at once).
 */
export function resetInterruptQuantum(vm: VM): void {
  if (vm.host.interrupted === undefined) return
  vm.quantum = 1
  vm.budget = 1
  vm.lastTick = vm.host.monotonic()
}
