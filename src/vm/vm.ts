// The virtual machine's state for one interpreter: the frame stack, the
// exception being handled, the recursion counter, the modules, and the
// types the vm owns (function, cell, code, frame, traceback, generator,
// module). Generated code reaches it as `vm`.
//
//   vm.frame ──► Frame (innermost) ──back──► Frame ──back──► Frame (<module>) ──► null
//   vm.depth     number of Python frames running (the recursion limit counts these)
//   vm.exc       the exception being handled (sys.exc_info()[1]), borrowed from its handler
//   vm.rr        the exception being re-raised in the current frame (no new traceback entry)

import type { PyObject } from "../objects/object.js"
import type { Runtime } from "../objects/runtime.js"
import type { PyType } from "../objects/type.js"
import type { CodeObject } from "./code.js"
import type { Frame } from "./frame.js"
import type { Host } from "./host.js"
import { DEFAULT_RECURSION_LIMIT } from "./limits.js"
import { traceEvent, type TraceEvent } from "./trace.js"

/** Compiles source to a code object (the compiler front end plus codegen); raises SyntaxError. */
export type CompileFn = (
  vm: VM,
  source: string,
  filename: string,
  mode: "exec" | "eval" | "single",
) => CodeObject

/** The vm's own types, created by initVmTypes. */
export interface VmTypes {
  function: PyType
  cell: PyType
  code: PyType
  frame: PyType
  traceback: PyType
  generator: PyType
  module: PyType
  /** Coroutines and async generators (coroutine.ts, asyncgen.ts). */
  coroutine: PyType
  coroutine_wrapper: PyType
  async_generator: PyType
  async_generator_asend: PyType
  async_generator_athrow: PyType
  async_generator_wrapped_value: PyType
  anext_awaitable: PyType
}

/** Hooks the vm calls into higher layers (set by the interpreter or the modules). */
export interface VmHooks {
  /** Reports a coroutine that dies without ever running (RuntimeWarning "never awaited"). */
  warnUnawaited: ((vm: VM, coro: PyObject) => void) | null
}

/** Per-interpreter execution state. */
export class VM {
  readonly rt: Runtime
  readonly host: Host
  types!: VmTypes
  /** The builtins module and its dict. */
  builtinsModule!: PyObject
  builtins!: PyObject
  /** The sys module and sys.modules (a dict, owned by sys). */
  sys!: PyObject
  modules!: PyObject
  /** The innermost running frame. */
  frame: Frame | null = null
  /** Python frames running. */
  depth = 0
  recursionLimit = DEFAULT_RECURSION_LIMIT
  /** The exception being handled (borrowed from the running handler). */
  exc: PyObject | null = null
  /** The exception being re-raised within the current frame (skip its traceback entry once). */
  rr: PyObject | null = null
  /** LOAD_METHOD result: true when the method is unbound and self stays as first argument. */
  mself = false
  /** Second result of beforeWith: the value of `__enter__()`. */
  wval: PyObject | null = null
  /** Set by yfStep when the delegated iterator finished (its result is the return value). */
  yfDone = false
  /** Back-edge and call budget before the next limits check. */
  budget = 10000
  /** Steps done so far (maxSteps) and the deadline (timeout), checked in tick(). */
  steps = 0
  maxSteps = Infinity
  deadline = Infinity
  /** The budget tick() gives (10000, less while slow iterations need it for Ctrl-C: limits.ts). */
  quantum = 10000
  /** host.monotonic() at the last tick, when the host has an interrupt source. */
  lastTick = 0
  /** Attribute values looked up by class patterns, owned until the case test ends. */
  readonly matchTemps: PyObject[] = []
  /** Class cell and first argument for a zero-argument super() call. */
  superCtx: [PyType, PyObject] | null = null
  /**
   * The frame callPython is entering and its arguments, until the body pushes
   * the frame (codegen clears this then). Still set when a JS stack overflow
   * struck the body's entry: toPython then releases the function and the
   * arguments nobody took.
   */
  pendingCall: Frame | null = null
  pendingArgs: (PyObject | null)[] | null = null
  /** Whether any tracer is installed (traced code variants run while true). */
  tracing = false
  /**
   * Set once code that reads `f_locals` has been compiled: function bodies
   * compiled from then on record their locals snapshot (F.snap), so a frame
   * object of a running function can show them (see SNAP_MARK).
   */
  snapAll = false
  /** The embedder's trace callback (Interpreter option `trace`). */
  traceHook: ((e: TraceEvent) => void) | null = null
  /** sys.settrace's function (owned), or null. */
  pyTrace: PyObject | null = null
  /** sys.setprofile's function (owned), or null: gets the call and return events. */
  pyProfile: PyObject | null = null
  /** The compiler, installed by the Interpreter. */
  compile: CompileFn | null = null
  /** The source of every file compiled, for traceback lines. */
  readonly sources = new Map<string, string[]>()
  /** The helper table generated code uses (ops.ts makeOps), set at start-up. */
  R: any = null
  /** Factories of the built-in modules (sys, builtins, gc, ...), by name. */
  readonly builtinModules = new Map<string, (vm: VM) => PyObject>()
  /** Modules of heapscope's library written in Python: name -> source (see src/modules/lib). */
  readonly sourceModules = new Map<string, string>()
  /** The names in sourceModules that are packages (their source is the package's __init__.py). */
  readonly sourcePackages = new Set<string>()
  /** Hooks into higher layers. */
  readonly hooks: VmHooks = { warnUnawaited: null }
  /** True once the interpreter has started finalizing (sys.is_finalizing()). */
  finalizing = false
  /** sys.set_asyncgen_hooks' firstiter and finalizer (owned), or null. */
  asyncgenFirstiter: PyObject | null = null
  asyncgenFinalizer: PyObject | null = null
  /** The last exception that ended a run (sys.last_value's role), owned. */
  lastExc: PyObject | null = null

  constructor(rt: Runtime, host: Host) {
    this.rt = rt
    this.host = host
  }

  /** A statement starts in traced code. */
  traceLine(F: Frame): void {
    // A line event when execution reaches a different line (CPython's rule, near enough).
    const line = F.lineno
    if (line === F.lastLine) return
    F.lastLine = line
    traceEvent(this, F, "line", null)
  }
}
