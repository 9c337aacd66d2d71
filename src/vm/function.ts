// Function objects, cells and calls of Python functions.
//
// A function object (type `function`, 152 bytes with its GC header in 3.11)
// keeps its data in `v`:
//
//   function ──v──► FuncData { code, globals, builtins, defaults, kwdefaults,
//                              closure (cells), name, qualname, doc, module,
//                              dict, annotations }
//
// Calling one (callPython) binds the arguments into the array the compiled
// body starts from, in co_varnames order, creates the Frame record and runs
// the body. The argument references MOVE into the callee, as in CPython
// 3.11's Python-to-Python calls: `f(x)` then `sys.getrefcount(a)` inside f
// reads 3 (x's binding, the parameter, getrefcount's own argument).
//
// @cpython Objects/funcobject.c, Python/ceval.c initialize_locals

import type { PyObject } from "../objects/object.js"
import { allocObject, freeObject, decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { raise, typeError } from "../objects/errors.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { newTuple } from "../objects/tuple.js"
import { newDict, dictGetItem, dictSetItem, isDict } from "../objects/dict.js"
import { newStr, strValue, intern as internStr } from "../objects/str.js"
import { newMethod } from "../objects/method.js"
import { gcTrack, gcUntrack } from "../objects/gcstate.js"
import { defineGetSets, type GetSetDef } from "../objects/descr.js"
import { hexAddr } from "../objects/objectobject.js"
import { codeObject } from "./compile-code.js"
import { CO, type CodeObject } from "./code.js"
import { Frame } from "./frame.js"
import type { VM } from "./vm.js"
import { codeNames, ensureCompiled } from "./compile-code.js"
import { makeGenerator } from "./generator.js"
import { bodyFor, traceEvent, traceFrameDone } from "./trace.js"

/** What a function object keeps in `v`. Every PyObject field is an owned reference or null. */
export interface FuncData {
  code: CodeObject
  globals: PyObject
  builtins: PyObject
  /** The positional defaults as a JS array (the items of __defaults__), owned via `defaultsTuple`. */
  defaultsTuple: PyObject | null
  kwdefaults: PyObject | null
  /** The cells of the free variables: the items of `closureTuple`, borrowed from it. */
  closure: PyObject[] | null
  /** __closure__: the tuple of cells the function owns, as MAKE_FUNCTION's BUILD_TUPLE made it. */
  closureTuple: PyObject | null
  name: PyObject
  qualname: PyObject
  doc: PyObject
  module: PyObject
  dict: PyObject | null
  annotations: PyObject | null
}

/** Size of a function object without its GC header (getsizeof 152). */
export const FUNCTION_BASICSIZE = 136
/** Size of a cell object without its GC header (getsizeof 40). */
export const CELL_BASICSIZE = 24

/** Creates the function and cell types. */
export function initFunctionTypes(rt: Runtime): { function: PyType; cell: PyType } {
  const fn = newStaticType(rt, "function", null, FUNCTION_BASICSIZE, 0, TypeFlags.HAVE_GC)
  fn.weaklistoffset = 96 // func_weakreflist
  fn.dealloc = funcDealloc
  fn.traverse = (o, visit) => {
    const d = o.v as FuncData
    visit(d.globals)
    if (d.defaultsTuple !== null) visit(d.defaultsTuple)
    if (d.kwdefaults !== null) visit(d.kwdefaults)
    if (d.closureTuple !== null) visit(d.closureTuple)
    if (d.dict !== null) visit(d.dict)
  }
  // func_clear: drops what can take part in a cycle (the collector's tp_clear).
  fn.clear = (rt2, o) => {
    const d = o.v as FuncData
    const drop = [d.defaultsTuple, d.kwdefaults, d.dict, d.closureTuple, d.annotations]
    d.defaultsTuple = d.kwdefaults = d.dict = d.closureTuple = d.annotations = null
    d.closure = null
    const doc = d.doc
    const module = d.module
    d.doc = rt2.None
    d.module = rt2.None
    rt2.None.rc += 2
    for (const x of [module, ...drop, doc]) if (x !== null) decref(rt2, x)
  }
  fn.call = (rt2, f, args, kwnames) => {
    const vm = rt2.vmState as VM
    // tp_call borrows; the Python call path takes references.
    for (const a of args) a.rc++
    f.rc++
    return callPython(vm, f, args.slice(), kwnames)
  }
  fn.descrGet = (_rt, f, obj) => {
    if (obj === null || obj === rt.None) {
      f.rc++
      return f
    }
    return newMethod(rt, f, obj)
  }
  const cell = newStaticType(rt, "cell", null, CELL_BASICSIZE, 0, TypeFlags.HAVE_GC)
  cell.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const v = o.v as PyObject | null
    o.v = null
    if (v !== null) decref(rt2, v)
    freeObject(rt2, o)
  }
  cell.traverse = (o, visit) => {
    if (o.v !== null) visit(o.v as PyObject)
  }
  fn.hasDict = true
  fn.dictOf = (rt2, o, create) => {
    const d = o.v as FuncData
    if (d.dict === null && create) d.dict = newDict(rt2)
    return d.dict
  }
  fn.repr = (rt2, o) =>
    newStr(rt2, `<function ${strValue((o.v as FuncData).qualname)} at ${hexAddr(o.addr)}>`)
  const field = (k: "name" | "qualname" | "doc" | "module", mustBeStr: boolean): GetSetDef => ({
    get: (_rt2, o) => {
      const v = (o.v as FuncData)[k]
      v.rc++
      return v
    },
    set: (rt2, o, value) => {
      const d = o.v as FuncData
      if (value === null || (mustBeStr && value.type !== rt2.t.str))
        typeError(rt2, `__${k}__ must be set to a string object`)
      value.rc++
      const old = d[k]
      d[k] = value
      decref(rt2, old)
    },
  })
  const orNone = (rt2: Runtime, v: PyObject | null): PyObject => {
    const r = v ?? rt2.None
    r.rc++
    return r
  }
  defineGetSets(rt, fn, {
    __name__: field("name", true),
    __qualname__: field("qualname", true),
    __doc__: field("doc", false),
    __module__: field("module", false),
    __code__: {
      get: (rt2, o) => codeObject(rt2.vmState as VM, (o.v as FuncData).code),
    },
    __globals__: { get: (_rt2, o) => orNone(rt, (o.v as FuncData).globals) },
    __builtins__: { get: (_rt2, o) => orNone(rt, (o.v as FuncData).builtins) },
    __defaults__: {
      get: (rt2, o) => orNone(rt2, (o.v as FuncData).defaultsTuple),
      set: (rt2, o, value) => {
        const d = o.v as FuncData
        const old = d.defaultsTuple
        d.defaultsTuple = value === null || value === rt2.None ? null : (value.rc++, value)
        if (old !== null) decref(rt2, old)
      },
    },
    __kwdefaults__: {
      get: (rt2, o) => orNone(rt2, (o.v as FuncData).kwdefaults),
      set: (rt2, o, value) => {
        const d = o.v as FuncData
        const old = d.kwdefaults
        d.kwdefaults = value === null || value === rt2.None ? null : (value.rc++, value)
        if (old !== null) decref(rt2, old)
      },
    },
    __closure__: {
      get: (rt2, o) => {
        const c = (o.v as FuncData).closureTuple
        if (c === null) return orNone(rt2, null)
        c.rc++
        return c
      },
    },
    __dict__: {
      get: (rt2, o) => {
        const d = o.v as FuncData
        if (d.dict === null) d.dict = newDict(rt2)
        d.dict.rc++
        return d.dict
      },
      set: (rt2, o, value) => {
        if (value === null || !isDict(value)) typeError(rt2, "__dict__ must be set to a dictionary")
        const d = o.v as FuncData
        value.rc++
        const old = d.dict
        d.dict = value
        if (old !== null) decref(rt2, old)
      },
    },
    __annotations__: {
      get: (rt2, o) => {
        const d = o.v as FuncData
        if (d.annotations === null) d.annotations = newDict(rt2)
        d.annotations.rc++
        return d.annotations
      },
      set: (rt2, o, value) => {
        const d = o.v as FuncData
        // None and deletion both reset it (a new empty dict on the next read).
        if (value !== null && value !== rt2.None && value.type !== rt2.t.dict)
          typeError(rt2, "__annotations__ must be set to a dict object")
        const old = d.annotations
        d.annotations = value === null || value === rt2.None ? null : (value.rc++, value)
        if (old !== null) decref(rt2, old)
      },
    },
  })
  cell.repr = (rt2, o) => {
    const v = o.v as PyObject | null
    if (v === null) return newStr(rt2, `<cell at ${hexAddr(o.addr)}: empty>`)
    return newStr(rt2, `<cell at ${hexAddr(o.addr)}: ${v.type.name} object at ${hexAddr(v.addr)}>`)
  }
  defineGetSets(rt, cell, {
    cell_contents: {
      get: (rt2, o) => {
        const v = o.v as PyObject | null
        if (v === null) raise(rt2, rt2.t.ValueError, "Cell is empty")
        v.rc++
        return v
      },
      set: (rt2, o, value) => {
        const old = o.v as PyObject | null
        if (value !== null) value.rc++
        o.v = value
        if (old !== null) decref(rt2, old)
      },
    },
  })
  readyType(rt, fn)
  readyType(rt, cell)
  return { function: fn, cell }
}

function funcDealloc(rt: Runtime, o: PyObject): void {
  gcUntrack(rt, o)
  const d = o.v as FuncData
  const owned = [
    d.name,
    d.qualname,
    d.doc,
    d.module,
    d.defaultsTuple,
    d.kwdefaults,
    d.dict,
    d.annotations,
    d.globals,
    d.closureTuple,
  ]
  d.closure = null
  d.closureTuple = null
  for (const x of owned) if (x !== null) decref(rt, x)
  freeObject(rt, o)
}

/** A new cell holding `v` (the cell STEALS `v`, which may be null). */
export function newCell(vm: VM, v: PyObject | null): PyObject {
  const c = allocObject(vm.rt, vm.types.cell, CELL_BASICSIZE, v, null)
  gcTrack(vm.rt, c)
  return c
}

/**
 * MAKE_FUNCTION: a new function for `code` in the frame's globals. STEALS
 * `defaults` (a tuple or null) and `kwdefaults` (a dict or null); the
 * closure cells are borrowed (the function takes its own references).
 */
export function makeFunction(
  vm: VM,
  globals: PyObject,
  builtins: PyObject,
  code: CodeObject,
  defaults: PyObject | null,
  kwdefaults: PyObject | null,
  closure: PyObject[] | null,
): PyObject {
  const rt = vm.rt
  ensureCompiled(vm, code)
  // BUILD_TUPLE of the cells comes before MAKE_FUNCTION, as in CPython: a GC
  // allocation of its own, visible in gc counts and collect() results.
  let closureTuple: PyObject | null = null
  if (closure !== null) {
    for (const c of closure) c.rc++
    closureTuple = newTuple(rt, closure.slice())
    closure = closureTuple.v as PyObject[]
  }
  globals.rc++
  const K = code.K as PyObject[]
  const first = K[0]
  let doc: PyObject = rt.None
  // co_consts[0] is the docstring (or None) of a def; lambdas have none.
  if (code.kind === "function" && first !== undefined && first.type === rt.t.str) doc = first
  if (code.name === "<lambda>") doc = rt.None
  doc.rc++
  let module: PyObject | null = dictGetItem(rt, globals, internStr(rt, "__name__"))
  if (module === null) module = rt.None
  module.rc++
  codeNames(rt, code)
  code.nameObj!.rc++
  code.qualnameObj!.rc++
  const data: FuncData = {
    code,
    globals,
    builtins,
    defaultsTuple: defaults,
    kwdefaults,
    closure,
    closureTuple,
    name: code.nameObj!,
    qualname: code.qualnameObj!,
    doc,
    module,
    dict: null,
    annotations: null,
  }
  const f = allocObject(rt, vm.types.function, FUNCTION_BASICSIZE, data, null)
  gcTrack(rt, f)
  return f
}

/** The positional defaults of a function as a JS array (borrowed items). */
function defaultsOf(d: FuncData): PyObject[] {
  return d.defaultsTuple === null ? [] : (d.defaultsTuple.v as PyObject[])
}

/**
 * Calls the Python function `f`, STEALING the reference to `f` and the
 * references in `args` (positional arguments, then the values of the
 * keywords named in `kwnames`, a borrowed tuple of str or null). Returns a
 * new reference. For a generator function, returns the generator.
 */
export function callPython(
  vm: VM,
  f: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const d = f.v as FuncData
  const code = d.code
  let A: (PyObject | null)[]
  if (
    kwnames === null &&
    args.length === code.argcount &&
    (code.flags & (CO.VARARGS | CO.VARKEYWORDS)) === 0 &&
    code.kwonlyargcount === 0
  ) {
    A = args
  } else {
    try {
      A = bindArgs(vm, d, args, kwnames)
    } catch (e) {
      decref(vm.rt, f)
      throw e
    }
  }
  if (code.isGenerator) return makeGenerator(vm, f, A)
  if (vm.depth >= vm.recursionLimit) {
    for (const a of A) if (a !== null) decref(vm.rt, a)
    decref(vm.rt, f)
    raise(vm.rt, vm.rt.t.RecursionError, "maximum recursion depth exceeded")
  }
  // Calls count against the budget as loop back-edges do (limits.ts), so that a
  // program that only recurses still sees Ctrl-C, --timeout and --max-steps.
  if (--vm.budget < 0) {
    try {
      vm.R.tick(vm.frame)
    } catch (e) {
      for (const a of A) if (a !== null) decref(vm.rt, a)
      decref(vm.rt, f)
      throw e
    }
  }
  const F = new Frame(code, f, d.globals, d.builtins, null, d.closure, vm.frame, false)
  if (vm.tracing) {
    vm.frame = F
    vm.depth++
    return callTraced(vm, F, f, A)
  }
  // No try/finally here: the body pushes F itself as its try begins and its
  // finally pops F and drops f (codegen, functions.ts), which saves a JS
  // rethrow for every exception leaving a call. A JS stack overflow on the
  // very entry of the body leaves the frame state as it was (nothing was
  // pushed), and vm.pendingCall lets toPython release f and the arguments.
  F.popOnExit = true
  vm.pendingCall = F
  vm.pendingArgs = A
  return (code.body as (F: Frame, A: (PyObject | null)[]) => PyObject)(F, A)
}

/** callPython's path while tracing: call and return events around the traced body. */
function callTraced(vm: VM, F: Frame, f: PyObject, A: (PyObject | null)[]): PyObject {
  // The "call" event comes before the body runs: its locals are the arguments
  // until the body's prologue installs its own snapshot.
  F.snap = () => A
  try {
    traceEvent(vm, F, "call", null)
    const r = bodyFor(vm, F.code)(F, A) as PyObject
    traceEvent(vm, F, "return", r)
    return r
  } finally {
    traceFrameDone(vm, F)
    vm.frame = F.back
    vm.depth--
    decref(vm.rt, f)
  }
}

/** Names for the "missing arguments" messages: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
function formatNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`)
  if (q.length === 1) return q[0] as string
  if (q.length === 2) return `${q[0]} and ${q[1]}`
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`
}

/**
 * Binds call arguments to parameters (initialize_locals), STEALING `args`.
 * Returns the locals array in co_varnames order (parameters filled).
 * Raises TypeError with CPython 3.11's messages; on error every stolen
 * reference is released.
 */
export function bindArgs(
  vm: VM,
  d: FuncData,
  args: PyObject[],
  kwnames: PyObject | null,
): (PyObject | null)[] {
  const rt = vm.rt
  const code = d.code
  const fname = strValue(d.qualname)
  const nparams = code.nparams
  const A: (PyObject | null)[] = new Array(nparams).fill(null)
  const kwn = kwnames === null ? [] : (kwnames.v as PyObject[])
  const nkw = kwn.length
  const npos = args.length - nkw
  const argcount = code.argcount
  const total = argcount + code.kwonlyargcount
  const hasVarargs = (code.flags & CO.VARARGS) !== 0
  const hasVarkw = (code.flags & CO.VARKEYWORDS) !== 0
  const release = (): void => {
    for (const a of A) if (a !== null) decref(rt, a)
    for (let i = 0; i < args.length; i++) {
      const a = args[i]
      if (a !== undefined && a !== null) decref(rt, a)
    }
  }
  let kwdict: PyObject | null = null
  if (hasVarkw) {
    kwdict = newDict(rt)
    A[total + (hasVarargs ? 1 : 0)] = kwdict
  }
  const m = Math.min(npos, argcount)
  for (let i = 0; i < m; i++) {
    A[i] = args[i] as PyObject
    ;(args as (PyObject | null)[])[i] = null
  }
  if (hasVarargs) {
    const extra: PyObject[] = []
    for (let i = m; i < npos; i++) {
      extra.push(args[i] as PyObject)
      ;(args as (PyObject | null)[])[i] = null
    }
    A[total] = newTuple(rt, extra)
  }
  for (let k = 0; k < nkw; k++) {
    const keyObj = kwn[k] as PyObject
    const key = strValue(keyObj)
    const value = args[npos + k] as PyObject
    let j = -1
    for (let p = code.posonlyargcount; p < total; p++) {
      if (code.varnames[p] === key) {
        j = p
        break
      }
    }
    if (j < 0) {
      if (kwdict !== null) {
        dictSetItem(rt, kwdict, keyObj, value)
        decref(rt, value)
        ;(args as (PyObject | null)[])[npos + k] = null
        continue
      }
      release()
      const posonly = code.varnames.slice(0, code.posonlyargcount)
      if (posonly.includes(key))
        typeError(
          rt,
          `${fname}() got some positional-only arguments passed as keyword arguments: '${key}'`,
        )
      typeError(rt, `${fname}() got an unexpected keyword argument '${key}'`)
    }
    if (A[j] !== null) {
      release()
      typeError(rt, `${fname}() got multiple values for argument '${key}'`)
    }
    A[j] = value
    ;(args as (PyObject | null)[])[npos + k] = null
  }
  if (npos > argcount && !hasVarargs) {
    const defaults = defaultsOf(d)
    let kwonlyGiven = 0
    for (let p = argcount; p < total; p++) if (A[p] !== null) kwonlyGiven++
    release()
    const atLeast = argcount - defaults.length
    const plural = (n: number): string => (n === 1 ? "" : "s")
    let sig: string
    if (defaults.length > 0) sig = `from ${atLeast} to ${argcount} positional arguments`
    else sig = `${argcount} positional argument${plural(argcount)}`
    let given = `${npos} positional argument${plural(npos)}`
    if (kwonlyGiven > 0)
      given += ` (and ${kwonlyGiven} keyword-only argument${plural(kwonlyGiven)})`
    const verb = npos === 1 && kwonlyGiven === 0 ? "was" : "were"
    if (kwonlyGiven === 0) given = `${npos}`
    typeError(rt, `${fname}() takes ${sig} but ${given} ${verb} given`)
  }
  if (npos < argcount) {
    const defaults = defaultsOf(d)
    const firstDefault = argcount - defaults.length
    const missing: string[] = []
    for (let i = npos; i < firstDefault; i++)
      if (A[i] === null) missing.push(code.varnames[i] as string)
    if (missing.length > 0) {
      release()
      typeError(
        rt,
        `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${formatNames(missing)}`,
      )
    }
    for (let i = Math.max(npos, firstDefault); i < argcount; i++) {
      if (A[i] === null) {
        const v = defaults[i - firstDefault] as PyObject
        v.rc++
        A[i] = v
      }
    }
  }
  if (code.kwonlyargcount > 0) {
    const missing: string[] = []
    for (let p = argcount; p < total; p++) {
      if (A[p] !== null) continue
      const name = code.varnames[p] as string
      const v = d.kwdefaults === null ? null : dictGetItem(rt, d.kwdefaults, internStr(rt, name))
      if (v !== null) {
        v.rc++
        A[p] = v
      } else missing.push(name)
    }
    if (missing.length > 0) {
      release()
      typeError(
        rt,
        `${fname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? "" : "s"}: ${formatNames(missing)}`,
      )
    }
  }
  return A
}
