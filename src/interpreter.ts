// The Interpreter: wires the layers together and runs Python source.
//
//   const it = new Interpreter({ stdout: (s) => out += s })
//   const status = it.run("print(1 + 1)", "<string>")   // out === "2\n", status 0
//
// One Interpreter owns one Runtime (heap, types, singletons, interned
// strings), one VM (frames, modules, builtins, sys) and its host. Two
// interpreters never share state.

import type * as A from "./compiler/ast-nodes.js"
import { PyObject } from "./objects/object.js"
import { decref } from "./objects/refcount.js"
import type { Runtime } from "./objects/runtime.js"
import type { PyType } from "./objects/type.js"
import { createRuntime } from "./objects/bootstrap.js"
import { raise } from "./objects/errors.js"
import { typeError } from "./objects/errors.js"
import * as ab from "./objects/abstract.js"
import { newStr, strValue, intern } from "./objects/str.js"
import { newInt, intValue } from "./objects/int.js"
import { newTuple } from "./objects/tuple.js"
import { dictSetItem, dictItems, dictGetItem, dictDelItem, newDict } from "./objects/dict.js"
import { excState } from "./objects/exceptions.js"
import type { ObjectHeap } from "./objects/heap.js"
import { MemoryHost, type Host } from "./vm/host.js"
import { LimitExceeded, ExitRequest, resetInterruptQuantum, type Limits } from "./vm/limits.js"
import { VM } from "./vm/vm.js"
import { makeOps, setExcContext } from "./vm/ops.js"
import { initFunctionTypes } from "./vm/function.js"
import { initCodeType } from "./vm/compile-code.js"
import { initTracebackTypes, formatException, toPython } from "./vm/traceback.js"
import { initGeneratorType } from "./vm/generator.js"
import { initCoroutineTypes, initAnextAwaitableType } from "./vm/coroutine.js"
import { initAsyncGenTypes } from "./vm/asyncgen.js"
import { initModuleType, newModule, moduleDict } from "./vm/import.js"
import { compileSource, runCodeObject } from "./vm/run-code.js"
import type { CodeObject } from "./vm/code.js"
import type { ScopeTable } from "./vm/codegen/state.js"
import { compileModule } from "./vm/codegen/functions.js"
import { PymallocHeap } from "./objects/heap.js"
import type { RuntimeListener } from "./objects/events.js"
import { createAllocator } from "./memory/index.js"
import type { TraceEvent } from "./vm/trace.js"
import { parse } from "./compiler/parser.js"
import { compileChecks } from "./compiler/checks.js"
import type { CompileWarning } from "./compiler/errors.js"
import { makeSys } from "./modules/sys.js"
import { installGc, makeGcModule } from "./modules/gc.js"
import { makeTracemallocModule, TracemallocState } from "./modules/tracemalloc.js"
import { makeWeakrefModule } from "./modules/weakref.js"
import { makeRandomModule } from "./modules/random.js"
import { makeTimeModule } from "./modules/time.js"
import { makeMathModule } from "./modules/math.js"
import { makeCoroutinesModule } from "./modules/coroutines.js"
import { makeLinecacheModule } from "./modules/linecache.js"
import { makeTracebackNativeModule } from "./modules/traceback-native.js"
import { makeSreModule } from "./modules/sre/module.js"
import {
  makeAtexitModule,
  newAtexitState,
  runExitFuncs,
  type AtexitState,
} from "./modules/atexit.js"
import { LIB_PACKAGES, LIB_SOURCES } from "./modules/lib/sources.js"
import { initWeakrefTypes } from "./gc/weakref.js"
import { collect, collectMain, type GCState } from "./gc/collector.js"
import { makeBuiltins } from "./modules/builtins.js"

/** The compiler front end: parser and symbol table (src/compiler). */
export interface FrontEnd {
  parse(source: string, filename: string, mode: "exec" | "eval" | "single"): A.ModNode
  /** `warn` receives compile-time warnings (SyntaxWarning) in CPython's order. */
  buildSymtable(mod: A.ModNode, filename: string, warn?: (w: CompileWarning) => void): ScopeTable
}

/** Options of `new Interpreter(options)`; every member is optional. */
export interface InterpreterOptions {
  /** Receives everything Python writes to sys.stdout (overrides host.stdout). */
  stdout?: (text: string) => void
  /** Receives everything Python writes to sys.stderr, tracebacks included (overrides host.stderr). */
  stderr?: (text: string) => void
  /** File access, stdin and clocks; defaults to a MemoryHost with no files. */
  host?: Host
  /** sys.argv (the first item is the script name). */
  argv?: string[]
  /** sys.path; defaults to the directory of argv[0] ("" for none). */
  path?: string[]
  /** Memory, time, step and recursion limits. */
  limits?: Limits
  /** The parser and symbol table builder (default: src/compiler). */
  frontEnd?: FrontEnd
  /** The private heap; defaults to a simple heap honouring limits.maxMemory. */
  heap?: ObjectHeap
  /** Called for every call, line and return event (stepping, profiling); slows execution. */
  trace?: (event: TraceEvent) => void
  /**
   * Start tracemalloc before the program runs, storing this many frames per traceback
   * (`python3 -X tracemalloc=N`, PYTHONTRACEMALLOC=N); 1..65535.
   */
  tracemalloc?: number
}

/** A Python interpreter (see the file comment). */
export class Interpreter {
  readonly rt: Runtime
  readonly vm: VM
  readonly host: Host
  private readonly limits: Limits
  /** Functions registered with atexit.register, run when __main__ finishes. */
  private readonly atexit: AtexitState
  private readonly listeners: RuntimeListener[] = []
  /** The cycle collector's state. */
  private readonly gc: GCState
  /** tracemalloc's traces (the _tracemalloc module's state). */
  readonly tracemalloc: TracemallocState
  /**
   * Whether the last run ended with an uncaught KeyboardInterrupt (its
   * traceback printed). python3 then ends by SIGINT rather than with status 1
   * (CPython's _Py_UnhandledKeyboardInterrupt): the command line does the same.
   */
  unhandledKeyboardInterrupt = false

  constructor(options: InterpreterOptions = {}) {
    const base: Host = options.host ?? new MemoryHost()
    const host: Host = {
      stdout: options.stdout ?? ((s) => base.stdout(s)),
      stderr: options.stderr ?? ((s) => base.stderr(s)),
      readFile: (p) => base.readFile(p),
      isDir: (p) => base.isDir(p),
      ...(base.openFile !== undefined
        ? { openFile: (p: string) => (base.openFile as (p: string) => string | null).call(base, p) }
        : {}),
      readLine: () => base.readLine(),
      readStdin: base.readStdin === undefined ? undefined : () => base.readStdin!(),
      isatty: base.isatty === undefined ? undefined : (fd) => base.isatty!(fd),
      sleep: base.sleep === undefined ? undefined : (secs) => base.sleep!(secs),
      interrupted: base.interrupted === undefined ? undefined : () => base.interrupted!(),
      now: () => base.now(),
      monotonic: () => base.monotonic(),
      libCode: base.libCode === undefined ? undefined : (name) => base.libCode!(name),
    }
    this.host = host
    this.limits = options.limits ?? {}
    const heap =
      options.heap ?? new PymallocHeap(createAllocator({ maxMemory: this.limits.maxMemory }))
    const rt = createRuntime(heap)
    this.rt = rt
    const vm = new VM(rt, host)
    this.vm = vm
    rt.vmState = vm
    const fn = initFunctionTypes(rt)
    const tb = initTracebackTypes(rt)
    vm.types = {
      function: fn.function,
      cell: fn.cell,
      code: initCodeType(rt),
      frame: tb.frame,
      traceback: tb.traceback,
      generator: initGeneratorType(rt),
      module: initModuleType(rt),
    } as VM["types"]
    Object.assign(vm.types, initCoroutineTypes(vm), initAsyncGenTypes(vm), {
      anext_awaitable: initAnextAwaitableType(vm),
    })
    vm.R = makeOps(vm)
    if (options.trace !== undefined) {
      vm.traceHook = options.trace
      vm.tracing = true
    }
    if (this.limits.recursionLimit !== undefined) vm.recursionLimit = this.limits.recursionLimit
    if (this.limits.maxSteps !== undefined) vm.maxSteps = this.limits.maxSteps
    this.installHooks()
    const gcState = installGc(vm)
    this.gc = gcState.gc
    vm.builtinModules.set("gc", (vm2) => makeGcModule(vm2, gcState))
    const tm = new TracemallocState(vm)
    this.tracemalloc = tm
    vm.builtinModules.set("_tracemalloc", (vm2) => makeTracemallocModule(vm2, tm))
    initWeakrefTypes(rt)
    vm.builtinModules.set("_weakref", makeWeakrefModule)
    vm.builtinModules.set("_random", makeRandomModule)
    vm.builtinModules.set("time", makeTimeModule)
    vm.builtinModules.set("math", makeMathModule)
    vm.builtinModules.set("_coroutines", makeCoroutinesModule)
    vm.builtinModules.set("linecache", makeLinecacheModule)
    vm.builtinModules.set("_traceback", makeTracebackNativeModule)
    vm.builtinModules.set("_sre", makeSreModule)
    this.atexit = newAtexitState()
    const atexit = this.atexit
    vm.builtinModules.set("atexit", (vm2) => makeAtexitModule(vm2, atexit))
    for (const [name, source] of Object.entries(LIB_SOURCES)) vm.sourceModules.set(name, source)
    for (const name of LIB_PACKAGES) vm.sourcePackages.add(name)
    const fe = options.frontEnd ?? defaultFrontEnd
    vm.compile = (vm2, source, filename, mode) => compileWith(vm2, fe, source, filename, mode)
    const argv = options.argv ?? [""]
    const scriptDir = dirname(argv[0] ?? "")
    const sys = makeSys(vm, argv, options.path ?? [scriptDir])
    const builtins = makeBuiltins(vm)
    // `from __future__ import x` imports a real module in CPython; its names are placeholders here.
    vm.builtinModules.set("__future__", (vm2) => {
      const m = newModule(vm2, "__future__")
      const fd = moduleDict(m)
      for (const f of [
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
      ])
        dictSetItem(rt, fd, intern(rt, f), rt.True)
      return m
    })
    for (const [name, m] of [
      ["sys", sys],
      ["builtins", builtins],
    ] as const) {
      const k = newStr(rt, name)
      dictSetItem(rt, vm.modules, k, m)
      decref(rt, k)
    }
    decref(rt, sys)
    decref(rt, builtins)
    const tmFrames = options.tracemalloc
    if (tmFrames !== undefined) {
      if (!(Number.isInteger(tmFrames) && tmFrames >= 1 && tmFrames <= 65535))
        throw new RangeError("tracemalloc: the number of frames must be in range [1; 65535]")
      this.tracemalloc.start(tmFrames)
    }
  }

  private installHooks(): void {
    const rt = this.rt
    const vm = this.vm
    const make = rt.hooks.newException
    if (make !== null) {
      rt.hooks.newException = (rt2, type, msg) => {
        const e = make(rt2, type, msg)
        setExcContext(vm, e)
        return e
      }
    }
    rt.hooks.excContext = (_rt2, e) => setExcContext(vm, e)
    // C-level recursion (repr of nested containers) shares the Python frames' limit.
    rt.hooks.enterRecursive = (rt2, where) => {
      if (vm.depth >= vm.recursionLimit)
        raise(rt2, rt2.t.RecursionError, `maximum recursion depth exceeded${where}`)
      vm.depth++
    }
    rt.hooks.leaveRecursive = () => {
      vm.depth--
    }
    rt.hooks.superArgs = () => {
      const c = vm.superCtx
      if (c === null) return typeError(rt, "super(): no arguments")
      return c
    }
    rt.hooks.callerModuleName = () => {
      const F = vm.frame
      if (F === null) return null
      const v = dictGetItem(rt, F.globals, intern(rt, "__name__"))
      return v !== null && v.type === rt.t.str ? strValue(v) : null
    }
    rt.hooks.unraisable = (rt2, exc, obj, message) => {
      let head: string
      if (message !== null) head = message
      else if (obj !== null) {
        let r: string
        try {
          r = ab.reprString(rt2, obj)
        } catch (e) {
          if (e instanceof PyObject) decref(rt2, e)
          r = "<object repr() failed>"
        }
        head = `Exception ignored in: ${r}`
      } else head = "Exception ignored in: None"
      vm.host.stderr(`${head}\n${formatException(vm, exc)}`)
    }
  }

  /**
   * Runs `source` as the __main__ module. Returns the exit status python3
   * would give (0, 1 after printing an uncaught exception's traceback, or
   * SystemExit's code).
   */
  /**
   * Subscribes to the runtime's event stream (allocations, deallocations,
   * collections, finalizers, weakref callbacks); returns the function that
   * unsubscribes. Listeners must not raise or touch the heap; with none, the
   * stream costs one check per event point.
   */
  subscribe(listener: RuntimeListener): () => void {
    this.listeners.push(listener)
    this.updateListener()
    return () => {
      const i = this.listeners.indexOf(listener)
      if (i >= 0) this.listeners.splice(i, 1)
      this.updateListener()
    }
  }

  private updateListener(): void {
    const ls = this.listeners.slice()
    this.rt.listener =
      ls.length === 0 ? null : ls.length === 1 ? ls[0]! : (e) => ls.forEach((l) => l(e))
  }

  run(source: string, filename = "<string>"): number {
    const vm = this.vm
    const rt = this.rt
    this.unhandledKeyboardInterrupt = false
    if (this.limits.timeout !== undefined) vm.deadline = this.host.monotonic() + this.limits.timeout
    resetInterruptQuantum(vm)
    const main = newModule(vm, "__main__")
    const d = moduleDict(main)
    const k = newStr(rt, "__main__")
    dictSetItem(rt, vm.modules, k, main)
    decref(rt, k)
    // As python3's __main__: an empty __annotations__ and __builtins__, then for a file
    // __file__ and __cached__ (None: the main script is never cached).
    const ann = newDict(rt)
    dictSetItem(rt, d, intern(rt, "__annotations__"), ann)
    decref(rt, ann)
    dictSetItem(rt, d, intern(rt, "__builtins__"), vm.builtinsModule)
    if (filename !== "<string>" && filename !== "<stdin>") {
      const f = newStr(rt, filename)
      dictSetItem(rt, d, intern(rt, "__file__"), f)
      decref(rt, f)
      dictSetItem(rt, d, intern(rt, "__cached__"), rt.None)
    }
    decref(rt, main)
    let status: number
    try {
      const code: CodeObject = compileSource(vm, source, filename, "exec")
      decref(rt, runCodeObject(vm, code, d, d))
      status = 0
    } catch (e) {
      status = this.handleTopLevel(e)
    }
    runExitFuncs(vm, this.atexit)
    this.finalizeModules()
    return status
  }

  /**
   * What CPython's finalization does to __main__ at exit (_PyModule_ClearDict):
   * names starting with one underscore are set to None first, then every
   * other name but __builtins__, in dict order, so __del__ methods of
   * module-level objects run at exit in CPython's order.
   */
  /** The __main__ dict of the interactive session, while one is open. */
  private interactiveMain: PyObject | null = null

  /**
   * Runs one complete input of an interactive session (the REPL) in "single"
   * mode: expression values are shown by sys.displayhook, errors are printed
   * with their traceback, and names persist in one __main__ module across
   * calls. Returns the status and whether the input asked to exit
   * (SystemExit, exit(), quit()).
   */
  runInteractive(source: string): { status: number; exit: boolean } {
    const vm = this.vm
    const rt = this.rt
    if (this.interactiveMain === null) {
      const main = newModule(vm, "__main__")
      const d = moduleDict(main)
      const k = newStr(rt, "__main__")
      dictSetItem(rt, vm.modules, k, main)
      decref(rt, k)
      dictSetItem(rt, d, intern(rt, "__builtins__"), vm.builtinsModule)
      decref(rt, main)
      this.interactiveMain = d
    }
    const d = this.interactiveMain
    resetInterruptQuantum(vm)
    try {
      const code: CodeObject = compileSource(vm, source, "<stdin>", "single")
      decref(rt, runCodeObject(vm, code, d, d))
      return { status: 0, exit: false }
    } catch (e) {
      const exits =
        e instanceof ExitRequest ||
        (e instanceof PyObject && ab.typeCheck(e, rt.t.SystemExit as PyType))
      return { status: this.handleTopLevel(e), exit: exits }
    }
  }

  /** Ends the interactive session as the end of a program: atexit functions, then finalization. */
  finishInteractive(): void {
    runExitFuncs(this.vm, this.atexit)
    this.finalizeModules()
    this.interactiveMain = null
  }

  /**
   * What Py_FinalizeEx does once the program and the atexit functions are
   * done: a collection (with gc.callbacks), then every module but sys and
   * builtins leaves sys.modules, so modules nobody else holds are freed; a
   * collection that runs even with gc disabled frees the cycles left (module
   * dicts held by their own functions, usually), running their __del__
   * methods in collection order; the dicts of modules still alive after that
   * are cleared as _PyModule_ClearDict does, last imported first.
   */
  private finalizeModules(): void {
    const rt = this.rt
    const vm = this.vm
    const gc = this.gc
    vm.finalizing = true
    const swallow = (fn: () => void): void => {
      try {
        fn()
      } catch (e) {
        if (!(e instanceof PyObject)) throw e
        decref(rt, e)
      }
    }
    if (gc.enabled) swallow(() => void collect(rt, gc, 2))
    // finalize_remove_modules: borrowed JS references, to see which survive.
    const mods: PyObject[] = []
    const keys: PyObject[] = []
    for (const [k, m] of dictItems(vm.modules)) {
      if (k.type !== rt.t.str || m === vm.sys || m === vm.builtinsModule) continue
      if (m !== rt.None) mods.push(m)
      k.rc++
      keys.push(k)
    }
    for (const k of keys) swallow(() => dictSetItem(rt, vm.modules, k, rt.None))
    for (const k of keys) {
      swallow(() => void dictDelItem(rt, vm.modules, k))
      decref(rt, k)
    }
    if (!gc.collecting) {
      gc.collecting = true
      try {
        swallow(() => void collectMain(rt, gc, 2))
      } finally {
        gc.collecting = false
      }
    }
    for (let i = mods.length - 1; i >= 0; i--) {
      const m = mods[i]!
      if (m.addr === 0) continue // freed
      m.rc++
      this.finalizeMain(moduleDict(m))
      decref(rt, m)
    }
  }

  private finalizeMain(d: PyObject): void {
    const rt = this.rt
    const vm = this.vm
    const pass = (test: (k: string) => boolean): void => {
      for (const [k] of dictItems(d)) {
        if (k.type !== rt.t.str) continue
        const name = strValue(k)
        if (!test(name) || name === "__builtins__") continue
        try {
          dictSetItem(rt, d, k, rt.None)
        } catch (e) {
          const exc = toPython(vm, e)
          if (rt.hooks.unraisable !== null) rt.hooks.unraisable(rt, exc, null, null)
          decref(rt, exc)
        }
      }
    }
    try {
      pass((n) => n.startsWith("_") && !n.startsWith("__"))
      pass(() => true)
    } catch (e) {
      if (!(e instanceof PyObject)) throw e
      decref(rt, e)
    }
  }

  /** Runs the file at `path` (read through the host) as __main__; 2 if it cannot be read. */
  runFile(path: string): number {
    const src = this.host.readFile(path)
    if (src === null) {
      this.host.stderr(
        `heapscope: can't open file '${path}': [Errno 2] No such file or directory\n`,
      )
      return 2
    }
    return this.run(src, path)
  }

  /** Reports what ended a run and returns the exit status. */
  private handleTopLevel(e: unknown): number {
    const vm = this.vm
    const rt = this.rt
    if (e instanceof LimitExceeded) {
      this.host.stderr(`heapscope: ${e.message}\n`)
      return 1
    }
    if (e instanceof ExitRequest) return e.status
    let exc: PyObject
    try {
      exc = toPython(vm, e)
    } catch (bug) {
      // A heapscope bug (a JS error inside the runtime): a clear report, never a crash.
      vm.frame = null
      vm.depth = 0
      const err = bug instanceof Error ? bug : new Error(String(bug))
      const where = (err.stack ?? "").split("\n").slice(1, 4).join("\n")
      this.host.stderr(
        `heapscope: internal error: ${err.name}: ${err.message}\n${where}\n` +
          "This is a bug in heapscope, not in your program; please report it.\n",
      )
      return 1
    }
    vm.frame = null
    vm.depth = 0
    vm.exc = null
    vm.rr = null
    if (ab.typeCheck(exc, rt.t.SystemExit as PyType)) return this.systemExit(exc)
    this.unhandledKeyboardInterrupt = ab.typeCheck(exc, rt.t.KeyboardInterrupt as PyType)
    this.reportUncaught(exc)
    if (vm.lastExc !== null) decref(rt, vm.lastExc)
    vm.lastExc = exc
    return 1
  }

  /** sys.excepthook(type, value, traceback), or the default report when it is the original one. */
  private reportUncaught(exc: PyObject): void {
    const vm = this.vm
    const rt = this.rt
    const hook = ab.lookupAttrStr(rt, vm.sys, "excepthook")
    const orig = ab.lookupAttrStr(rt, vm.sys, "__excepthook__")
    try {
      if (hook === null || hook === orig || hook === rt.None) {
        this.host.stderr(formatException(vm, exc))
        return
      }
      const tb = excState(exc).traceback ?? rt.None
      try {
        decref(rt, ab.call(rt, hook, [exc.type, exc, tb], null))
      } catch (e) {
        const err = toPython(vm, e)
        this.host.stderr(
          `Error in sys.excepthook:\n${formatException(vm, err)}\nOriginal exception was:\n`,
        )
        this.host.stderr(formatException(vm, exc))
        decref(rt, err)
      }
    } finally {
      if (hook !== null) decref(rt, hook)
      if (orig !== null) decref(rt, orig)
    }
  }

  private systemExit(exc: PyObject): number {
    const rt = this.rt
    const args = excState(exc).args
    const items = args === null ? [] : (args.v as PyObject[])
    let status = 0
    if (items.length === 1) {
      const code = items[0] as PyObject
      if (code === rt.None) status = 0
      else if (code.type === rt.t.int || code.type === rt.t.bool)
        status = Number(intValue(code)) & 0xff
      else {
        this.host.stderr(ab.strString(rt, code) + "\n")
        status = 1
      }
    } else if (items.length > 1) {
      this.host.stderr(ab.reprString(rt, args as PyObject) + "\n")
      status = 1
    }
    decref(rt, exc)
    return status
  }
}

/** The front end of src/compiler: the parser, then CPython's post-parse checks and symbol table. */
const defaultFrontEnd: FrontEnd = {
  parse: (source, filename, mode) =>
    parse(source, filename, mode, { fileMode: !filename.startsWith("<") }),
  buildSymtable: (mod, filename, warn) =>
    compileChecks(mod, filename, { warn }) as unknown as ScopeTable,
}

function dirname(p: string): string {
  const i = p.lastIndexOf("/")
  return i < 0 ? "" : i === 0 ? "/" : p.slice(0, i)
}

/**
 * Prints a compile-time warning as CPython's default warning filter does for
 * compile.c's warnings (each one, no registry): "file:line: Category: message"
 * and the stripped source line when the file can be read.
 */
function printCompileWarning(vm: VM, w: CompileWarning): void {
  let out = `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`
  const text = w.filename.startsWith("<") ? null : vm.host.readFile(w.filename)
  const line = text?.split("\n")[w.lineno - 1]?.trim()
  if (line) out += `  ${line}\n`
  vm.host.stderr(out)
}

/** parse -> symtable -> codegen, turning front-end errors into Python SyntaxErrors. */
function compileWith(
  vm: VM,
  fe: FrontEnd | null,
  source: string,
  filename: string,
  mode: "exec" | "eval" | "single",
): CodeObject {
  const rt = vm.rt
  if (fe === null) throw new Error("heapscope: no compiler front end installed")
  let mod: A.ModNode
  let table: ScopeTable
  try {
    mod = fe.parse(source, filename, mode)
    table = fe.buildSymtable(mod, filename, (w) => printCompileWarning(vm, w))
  } catch (e) {
    throw syntaxErrorFrom(vm, e, source)
  }
  const code = compileModule(mod as A.Module, table, filename)
  void rt
  return code
}

/** Converts a front-end error (PySyntaxError-like) into a Python exception object. */
function syntaxErrorFrom(vm: VM, e: unknown, source: string): unknown {
  const rt = vm.rt
  if (!(e instanceof Error)) return e
  const se = e as Error & {
    kind?: string
    msg?: string
    filename?: string
    lineno?: number
    offset?: number
    endLineno?: number
    endOffset?: number
    text?: string | null
  }
  if (se.name === "RecursionError") {
    const make = rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
    return make(rt, rt.t.RecursionError, e.message)
  }
  if (se.msg === undefined || se.kind === undefined) return e
  const type = (rt.t[se.kind] ?? rt.t.SyntaxError) as PyType
  // Errors found after parsing (compile checks) carry no text: take the source line.
  let text = se.text
  if ((text === null || text === undefined) && se.lineno !== undefined && se.lineno > 0) {
    const line = source.split(/\r?\n/)[se.lineno - 1]
    text = line === undefined ? null : line + "\n"
  }
  const details = newTuple(rt, [
    newStr(rt, se.filename ?? "<unknown>"),
    newInt(rt, se.lineno ?? 0),
    newInt(rt, se.offset ?? 0),
    text === null || text === undefined ? (rt.None.rc++, rt.None) : newStr(rt, text),
    newInt(rt, se.endLineno ?? 0),
    newInt(rt, se.endOffset ?? 0),
  ])
  const msg = newStr(rt, se.msg)
  try {
    return ab.call(rt, type, [msg, details], null)
  } finally {
    decref(rt, msg)
    decref(rt, details)
  }
}
