// Frames: the record of one running Python code object.
//
// CPython 3.11 splits a frame in two: the _PyInterpreterFrame living on the
// thread's data stack while the code runs, and the frame *object* (f_back,
// f_locals, f_lineno...) created only when someone asks for it (a traceback,
// sys._getframe, a trace hook). heapscope does the same:
//
//   Frame (JS record, one per call)          frame object (PyObject, on demand)
//   ┌─────────────────────────┐              ┌────────────────────────┐
//   │ code, func, globals     │◄──── v ──────│ FrameObjectData        │
//   │ back ─► caller's Frame  │              │  frame: Frame | null   │
//   │ i  (position index)     │─── fobj ───►│  fast:  locals (owned)  │
//   │ fobj                    │              │         once the Frame │
//   └─────────────────────────┘              │         has exited     │
//                                            └────────────────────────┘
//
// The fast locals themselves are JS variables of the compiled function (see
// codegen). When the function exits and a frame object still exists (a
// traceback holds it), the locals' references move into the frame object, so
// they stay alive exactly as long as in CPython, where the frame object
// takes ownership of the interpreter frame's locals (take_ownership).
//
// Invariant (frame records). `vm.frame` is the innermost running Frame; each
// Frame's `back` is the frame that was current when it started. Whoever
// pushed a Frame pops it when the code ends, except that a function body run
// with `popOnExit` pushes and pops its own (see callPython). `F.fobj`,
// when not null, holds one reference owned by the Frame record, dropped when
// the Frame exits.

import type { PyObject } from "../objects/object.js"
import type { CodeObject } from "./code.js"

/** The running state of one call of a code object. */
export class Frame {
  readonly code: CodeObject
  /** The function being run (a reference owned by the frame, as f_func), or null for module/class/exec code. */
  func: PyObject | null
  /** The globals dict (borrowed from the function or the module). */
  readonly globals: PyObject
  /** The builtins dict (borrowed). */
  readonly builtins: PyObject
  /** The locals dict of module-level and class-body code (borrowed), null for functions. */
  readonly locals: PyObject | null
  /** Cells of the enclosing function's variables this code reads (co_freevars order), borrowed from func. */
  readonly closure: PyObject[] | null
  /** The caller's frame. */
  back: Frame | null
  /** Index into code.positions of the statement or operation running now (f_lasti's role). */
  i: number
  /** The frame object, once materialized (owned by this record). */
  fobj: PyObject | null
  /**
   * Returns the current values of the fast locals and cells (borrowed), in
   * co_varnames + co_cellvars + co_freevars order; set by code that needs
   * locals() or a trace hook, null otherwise.
   */
  snap: (() => (PyObject | null)[]) | null
  /**
   * Generators only: the references the frame owns (fast locals and its own
   * cells), read from the suspended JS generator for the collector's traverse.
   */
  owned: (() => (PyObject | null)[]) | null
  /**
   * Generator-like bodies only: the iterator a suspended `yield from` or
   * `await` delegates to (gi_yieldfrom, cr_await), borrowed from the
   * body's temporary; null when not suspended in one.
   */
  yf: PyObject | null
  /** The frame's local trace function (sys.settrace), owned, or null. */
  localTrace: PyObject | null
  /** The line of the last line event (tracing only). */
  lastLine: number
  /** Whether this frame is running a generator body (for f_back of suspended generators). */
  readonly isGen: boolean
  /**
   * Set by callPython for an untraced call of a plain function: the body
   * then pushes the frame itself (vm.frame, vm.depth) as its try begins, and
   * its `finally` pops it and drops the function, so an exception leaving
   * the call is thrown once less.
   */
  popOnExit: boolean

  constructor(
    code: CodeObject,
    func: PyObject | null,
    globals: PyObject,
    builtins: PyObject,
    locals: PyObject | null,
    closure: PyObject[] | null,
    back: Frame | null,
    isGen: boolean,
  ) {
    this.code = code
    this.func = func
    this.globals = globals
    this.builtins = builtins
    this.locals = locals
    this.closure = closure
    this.back = back
    this.i = 0
    this.fobj = null
    this.snap = null
    this.owned = null
    this.yf = null
    this.localTrace = null
    this.lastLine = -1
    this.isGen = isGen
    this.popOnExit = false
  }

  /** The line number of the statement running now (f_lineno). */
  get lineno(): number {
    return this.code.positions[this.i * 7] ?? this.code.firstlineno
  }
}
