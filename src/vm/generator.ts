// Generators: a generator function's body compiles to a JS generator
// function, so a suspended Python generator is a suspended JS generator.
//
//   gen = f()          GenData { it: body(F, A) (not started), frame F, state }
//   next(gen)          F.back = vm.frame; vm.frame = F; it.next(None) ... yield v
//   gen.send(x)        it.next(x): `yield` evaluates to x (a new reference)
//   gen.throw(e)       it.throw(e): raised at the yield, so try/except in the body sees it
//   gen.close()        throw GeneratorExit; the body must not yield again
//   return v           JS {done: true, value: v} -> StopIteration(v)
//
// States:  created ──next──► running ──yield──► suspended ──next──► running ...
//          any ──return/raise/close──► finished (the JS generator is done;
//          its finally blocks released the locals)
//
// The same machinery runs coroutines (`async def`) and async generators
// (`async def` with `yield`): GenData.kind says which, and only the messages,
// the type and the finalization differ (coroutine.ts, asyncgen.ts).

import { GCFlag, type PyObject } from "../objects/object.js"
import { allocObject, freeObject, decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { raise, typeError } from "../objects/errors.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { defineMethods, defineGetSets } from "../objects/descr.js"
import { excState, exceptionMatches } from "../objects/exceptions.js"
import { gcTrack, gcUntrack } from "../objects/gcstate.js"
import { newStr } from "../objects/str.js"
import * as ab from "../objects/abstract.js"
import { hexAddr } from "../objects/objectobject.js"
import { Frame } from "./frame.js"
import type { FuncData } from "./function.js"
import type { VM } from "./vm.js"
import { toPython, frameObject, frameDrop } from "./traceback.js"
import { bodyFor, traceEvent, traceFrameDone } from "./trace.js"
import { CO } from "./code.js"
import { codeObject } from "./compile-code.js"

/** Which object a generator-like body belongs to (selects messages and rules). */
export const GenKind = { GENERATOR: 0, COROUTINE: 1, ASYNC_GENERATOR: 2 } as const
export type GenKind = (typeof GenKind)[keyof typeof GenKind]

/** The word CPython's messages use for each kind. */
const KIND_NAMES = ["generator", "coroutine", "async generator"] as const

/** What a generator object keeps in `v`. */
export interface GenData {
  kind: GenKind
  it: Generator<PyObject, PyObject, PyObject | null>
  frame: Frame
  state: "created" | "running" | "suspended" | "finished"
  /**
   * The exception the body was handling when it last yielded (gi_exc_state),
   * borrowed from the suspended handler; restored as sys.exc_info() on resume.
   */
  exc: PyObject | null
  name: string
  qualname: string
  /** The arguments (owned) until the body starts and takes them over, then null. */
  args: (PyObject | null)[] | null
  /** Async generators: aclose() started or the generator finished (ag_closed). */
  closed: boolean
  /** Async generators: an asend/athrow awaitable is driving it (ag_running_async). */
  runningAsync: boolean
  /** Async generators: the firstiter/finalizer hooks were looked at (ag_hooks_inited). */
  hooksInited: boolean
  /** Async generators: sys.set_asyncgen_hooks' finalizer captured at first iteration (owned). */
  finalizer: PyObject | null
}

/** The kind word of a generator-like object, for messages ("coroutine already executing"). */
export function kindName(d: GenData): string {
  return KIND_NAMES[d.kind]
}

/** getsizeof(generator) is 176 in 3.11 (GC header included). */
const GEN_BASICSIZE = 160

/**
 * tp_finalize of generators, coroutines and async generators
 * (_PyGen_Finalize): a suspended one is closed so its finally blocks run and
 * its locals are released; a coroutine that never started warns "coroutine
 * ... was never awaited"; an async generator whose event loop installed a
 * finalizer hook is handed to it instead. Runs at most once (PEP 442), from
 * dealloc or from the cycle collector.
 */
export function genFinalize(rt: Runtime, o: PyObject): void {
  const vm = rt.vmState as VM
  const d = o.v as GenData
  if (d.state === "finished" || d.state === "running") return
  const savedExc = vm.exc
  try {
    if (d.kind === GenKind.ASYNC_GENERATOR && d.finalizer !== null && !d.closed) {
      decref(rt, ab.call(rt, d.finalizer, [o], null))
    } else if (d.kind === GenKind.COROUTINE && d.state === "created") {
      vm.hooks.warnUnawaited?.(vm, o)
    } else {
      genClose(vm, o)
    }
  } catch (e) {
    const exc = toPython(vm, e)
    if (rt.hooks.unraisable !== null) rt.hooks.unraisable(rt, exc, o, null)
    decref(rt, exc)
  } finally {
    vm.exc = savedExc
  }
}

/** gen_traverse: the function, the frame object and what the suspended frame owns. */
function genTraverse(o: PyObject, visit: (x: PyObject) => void): void {
  const d = o.v as GenData
  const F = d.frame
  if (F.func !== null) visit(F.func)
  if (F.fobj !== null) visit(F.fobj)
  if (d.finalizer !== null) visit(d.finalizer)
  if (d.args !== null) for (const x of d.args) if (x !== null) visit(x)
  if (F.owned !== null && d.state === "suspended") {
    for (const x of F.owned()) if (x !== null) visit(x)
  }
}

/**
 * gen_dealloc: weakrefs are cleared first, then the finalizer runs (it may
 * resurrect), then the frame is cleared. A generator that never started
 * still "runs" to release its arguments (the JS generator's finally).
 */
function genDealloc(rt: Runtime, o: PyObject): void {
  const d = o.v as GenData
  if (rt.weaklists.size !== 0 && rt.weaklists.has(o)) rt.hooks.clearWeakrefs?.(rt, o)
  if (d.state !== "finished" && (o.gcFlags & GCFlag.FINALIZED) === 0) {
    o.gcFlags |= GCFlag.FINALIZED
    o.rc = 1
    genFinalize(rt, o)
    if (--o.rc > 0) return
  }
  if (d.state === "created") finishUnstarted(rt, d)
  gcUntrack(rt, o)
  if (d.finalizer !== null) {
    const f = d.finalizer
    d.finalizer = null
    decref(rt, f)
  }
  frameDrop(rt, d.frame)
  const f = d.frame.func
  d.frame.func = null
  if (f !== null) decref(rt, f)
  freeObject(rt, o)
}

/**
 * Ends a body that never started: the JS generator is completed without
 * running, and the arguments it would have taken over are released, in
 * co_varnames order (as _PyFrame_Clear releases the frame's locals), unless
 * its frame object outlives it.
 */
function finishUnstarted(rt: Runtime, d: GenData): void {
  d.state = "finished"
  d.it.return(rt.None)
  const A = d.args
  d.args = null
  // A frame object someone else holds keeps them as its locals (take_ownership).
  if (A !== null) frameDrop(rt, d.frame, A)
}

/** The object the body is suspended on in `yield from`/`await` (gi_yieldfrom, cr_await), or None. */
function yfOf(rt: Runtime, o: PyObject): PyObject {
  const d = o.v as GenData
  const y = d.state === "suspended" ? d.frame.yf : null
  const r = y ?? rt.None
  r.rc++
  return r
}

/** gi_frame / cr_frame / ag_frame: the frame object while not finished, else None. */
function frameOf(rt: Runtime, o: PyObject): PyObject {
  const d = o.v as GenData
  if (d.state === "finished") {
    rt.None.rc++
    return rt.None
  }
  const fo = frameObject(rt.vmState as VM, d.frame)
  fo.rc++
  return fo
}

/**
 * Creates one of the generator-like types with the shared slots and the
 * getsets every one has under its prefix (gi_, cr_, ag_).
 */
export function newGenLikeType(rt: Runtime, name: string, prefix: string): PyType {
  const g = newStaticType(rt, name, null, GEN_BASICSIZE, 0, TypeFlags.HAVE_GC)
  g.weaklistoffset = 24 // gi_weakreflist
  g.finalize = genFinalize
  g.traverse = genTraverse
  g.dealloc = genDealloc
  g.repr = (rt2, o) =>
    newStr(rt2, `<${name} object ${(o.v as GenData).qualname} at ${hexAddr(o.addr)}>`)
  defineGetSets(rt, g, {
    __name__: { get: (rt2, o) => newStr(rt2, (o.v as GenData).name) },
    __qualname__: { get: (rt2, o) => newStr(rt2, (o.v as GenData).qualname) },
    [`${prefix}_running`]: {
      get: (rt2, o) => {
        const d = o.v as GenData
        // ag_running is true while an asend/athrow drives the generator,
        // also while it waits in an await (ag_running_async).
        return ab.pyBool(rt2, prefix === "ag" ? d.runningAsync : d.state === "running")
      },
    },
    [`${prefix}_frame`]: { get: frameOf },
    [`${prefix}_code`]: {
      get: (rt2, o) => codeObject(rt2.vmState as VM, (o.v as GenData).frame.code),
    },
    [prefix === "gi" ? "gi_yieldfrom" : `${prefix}_await`]: { get: yfOf },
  })
  if (prefix !== "ag")
    defineGetSets(rt, g, {
      [`${prefix}_suspended`]: {
        get: (rt2, o) => ab.pyBool(rt2, (o.v as GenData).state === "suspended"),
      },
    })
  return g
}

/** Creates the generator type. */
export function initGeneratorType(rt: Runtime): PyType {
  const g = newGenLikeType(rt, "generator", "gi")
  g.iter = (_rt, o) => {
    o.rc++
    return o
  }
  g.iternext = (rt2, o) => genSend(rt2.vmState as VM, o, null, false)
  defineMethods(rt, g, {
    send: {
      kind: "o",
      fn: (rt2, self, args) => {
        const r = genSend(rt2.vmState as VM, self, args[0] as PyObject, true)
        return r as PyObject
      },
    },
    throw: {
      kind: "fast",
      fn: (rt2, self, args) => genThrow(rt2.vmState as VM, self, args),
    },
    close: {
      kind: "noargs",
      fn: (rt2, self) => {
        genClose(rt2.vmState as VM, self)
        rt2.None.rc++
        return rt2.None
      },
    },
  })
  readyType(rt, g)
  return g
}

/**
 * A new generator, coroutine or async generator for a call of `f`, whose
 * code is compiled to a JS generator function (STEALS `f` and the locals in A).
 */
export function makeGenerator(vm: VM, f: PyObject, A: (PyObject | null)[]): PyObject {
  const d = f.v as FuncData
  const code = d.code
  const F = new Frame(code, f, d.globals, d.builtins, null, d.closure, null, true)
  // Until the body first runs, its locals are the arguments (f_locals shows
  // them); the body's own F.owned replaces this when it starts.
  F.owned = () => A
  const body = bodyFor(vm, code) as unknown as (
    F: Frame,
    A: (PyObject | null)[],
  ) => Generator<PyObject, PyObject, PyObject | null>
  const kind: GenKind =
    (code.flags & CO.COROUTINE) !== 0
      ? GenKind.COROUTINE
      : (code.flags & CO.ASYNC_GENERATOR) !== 0
        ? GenKind.ASYNC_GENERATOR
        : GenKind.GENERATOR
  const data: GenData = {
    kind,
    it: body(F, A),
    args: A,
    frame: F,
    state: "created",
    exc: null,
    name: code.name,
    qualname: code.qualname,
    closed: false,
    runningAsync: false,
    hooksInited: false,
    finalizer: null,
  }
  const type =
    kind === GenKind.COROUTINE
      ? vm.types.coroutine
      : kind === GenKind.ASYNC_GENERATOR
        ? vm.types.async_generator
        : vm.types.generator
  const g = allocObject(vm.rt, type, GEN_BASICSIZE, data, null)
  gcTrack(vm.rt, g)
  return g
}

/** Whether `o` is a generator, coroutine or async generator (made by makeGenerator). */
export function isGenLike(vm: VM, o: PyObject): boolean {
  const t = o.type
  return t === vm.types.generator || t === vm.types.coroutine || t === vm.types.async_generator
}

/** A new exception of type `t` (through the runtime hook, so its context is set). */
function newExc(rt: Runtime, t: PyType, msg: string | null): PyObject {
  const make = rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
  return make(rt, t, msg)
}

/**
 * The recursion depth a resumed body counts for. A chain of `yield from` or
 * `await` takes about twice the JS stack per level of a chain of calls
 * (resume, the JS generator, the send loop's helpers), so it counts twice:
 * such chains raise RecursionError at about half of CPython's depth, but
 * always before the JS stack overflows.
 */
const RESUME_DEPTH = 2

/** Runs `step` with the generator's frame on top of the frame stack. */
function resume(
  vm: VM,
  g: PyObject,
  step: (it: GenData["it"]) => IteratorResult<PyObject, PyObject>,
): IteratorResult<PyObject, PyObject> {
  const d = g.v as GenData
  const F = d.frame
  if (vm.depth + RESUME_DEPTH >= vm.recursionLimit) {
    // The frame is entered and fails at once, as CPython's check at frame
    // entry: a body that never ran is over (it was not "never awaited").
    if (d.state === "created") finishUnstarted(vm.rt, d)
    raise(vm.rt, vm.rt.t.RecursionError, "maximum recursion depth exceeded")
  }
  F.back = vm.frame
  vm.frame = F
  vm.depth += RESUME_DEPTH
  d.state = "running"
  const savedExc = vm.exc
  if (d.exc !== null) vm.exc = d.exc
  let r: IteratorResult<PyObject, PyObject>
  try {
    // Tracing: each resume is a 'call' event, each yield or return a 'return'.
    if (vm.tracing) traceEvent(vm, F, "call", null)
    r = step(d.it)
    if (vm.tracing) traceEvent(vm, F, "return", r.value)
    // Suspended inside an except block: keep that exception for the next resume.
    d.exc = vm.exc !== savedExc ? vm.exc : null
  } catch (e) {
    d.exc = null
    d.state = "finished"
    traceFrameDone(vm, F)
    const rt = vm.rt
    const exc = toPython(vm, e)
    // PEP 479: a StopIteration leaving the body becomes RuntimeError (and
    // StopAsyncIteration leaving an async generator, PEP 525).
    const stopAsync =
      d.kind === GenKind.ASYNC_GENERATOR && ab.typeCheck(exc, rt.t.StopAsyncIteration)
    if (ab.typeCheck(exc, rt.t.StopIteration) || stopAsync) {
      const what = stopAsync ? "StopAsyncIteration" : "StopIteration"
      const rte = newExc(rt, rt.t.RuntimeError, `${kindName(d)} raised ${what}`)
      excState(rte).context = exc
      excState(rte).cause = exc
      exc.rc++
      excState(rte).suppressContext = true
      throw rte
    }
    throw exc
  } finally {
    vm.exc = savedExc
    vm.frame = F.back
    F.back = null
    vm.depth -= RESUME_DEPTH
  }
  d.state = r.done === true ? "finished" : "suspended"
  if (r.done === true) traceFrameDone(vm, F)
  return r
}

/**
 * gen_send_ex2: sends `v` (BORROWED; null for None) or throws `exc` (STOLEN)
 * into the body. Returns the yielded value ({done: false}) or the return
 * value ({done: true}), both new references. `closing` is close()'s silent
 * mode (an exhausted coroutine is no error).
 */
export function genSendEx(
  vm: VM,
  g: PyObject,
  v: PyObject | null,
  exc: PyObject | null,
  closing: boolean,
): IteratorResult<PyObject, PyObject> {
  const rt = vm.rt
  const d = g.v as GenData
  if (d.state === "running") {
    if (exc !== null) decref(rt, exc)
    raise(rt, rt.t.ValueError, `${kindName(d)} already executing`)
  }
  if (d.state === "finished") {
    if (d.kind === GenKind.COROUTINE && !closing) {
      if (exc !== null) decref(rt, exc)
      raise(rt, rt.t.RuntimeError, "cannot reuse already awaited coroutine")
    }
    if (exc !== null) throw exc
    rt.None.rc++
    return { done: true, value: rt.None }
  }
  if (d.state === "created") {
    if (exc !== null) {
      // Thrown into a frame that never ran: it ends at once with the exception.
      finishUnstarted(rt, d)
      throw exc
    }
    if (v !== null && v !== rt.None)
      typeError(rt, `can't send non-None value to a just-started ${kindName(d)}`)
    // The first send starts the body, which takes over the arguments; JS
    // drops the argument of the first next(), so no reference moves.
    d.args = null
    return resume(vm, g, (it) => it.next(null))
  }
  if (exc !== null) return resume(vm, g, (it) => it.throw(exc))
  const sent = v ?? rt.None
  sent.rc++
  return resume(vm, g, (it) => it.next(sent))
}

/**
 * Raises what a finished body's return value means to the caller of send()
 * or throw(): StopIteration(value) (no argument for None), or
 * StopAsyncIteration for an async generator. Consumes `value`.
 */
function raiseReturn(vm: VM, g: PyObject, value: PyObject): never {
  const rt = vm.rt
  if ((g.v as GenData).kind === GenKind.ASYNC_GENERATOR) {
    decref(rt, value)
    raise(rt, rt.t.StopAsyncIteration, null)
  }
  if (value === rt.None) {
    decref(rt, value)
    raise(rt, rt.t.StopIteration, null)
  }
  try {
    throw ab.call(rt, rt.t.StopIteration, [value], null)
  } finally {
    decref(rt, value)
  }
}

/**
 * gen.send(v) / next(gen): the next yielded value (new reference). At the
 * end: raises StopIteration(value) when `raiseStop`, else returns null (the
 * tp_iternext protocol). `v` is borrowed (null means None).
 */
export function genSend(
  vm: VM,
  g: PyObject,
  v: PyObject | null,
  raiseStop: boolean,
): PyObject | null {
  const rt = vm.rt
  const d = g.v as GenData
  if (d.state === "finished" && d.kind === GenKind.GENERATOR) {
    if (raiseStop) raise(rt, rt.t.StopIteration, null)
    return null
  }
  const r = genSendEx(vm, g, v, null, false)
  if (r.done === true) {
    if (!raiseStop) {
      // tp_iternext: exhaustion is not an error for the consumer (for, list()...).
      decref(rt, r.value)
      return null
    }
    raiseReturn(vm, g, r.value)
  }
  return r.value
}

/** The exception gen.throw(type[, value[, tb]]) or gen.throw(exc) throws (new reference). */
export function throwArgs(vm: VM, args: PyObject[]): PyObject {
  const rt = vm.rt
  if (args.length < 1 || args.length > 3)
    typeError(rt, `throw expected at least 1 argument, got ${args.length}`)
  const typ = args[0] as PyObject
  const base = rt.t.BaseException as PyType
  if ((typ as PyType).mro !== undefined && (typ as PyType).mro.includes(base)) {
    const val = args[1]
    return val !== undefined && val !== rt.None && ab.typeCheck(val, base)
      ? (val.rc++, val)
      : ab.call(rt, typ, val === undefined || val === rt.None ? [] : [val], null)
  }
  if (ab.typeCheck(typ, base)) {
    typ.rc++
    return typ
  }
  return typeError(
    rt,
    "exceptions must be classes or instances deriving from BaseException, not " + ab.typeName(typ),
  )
}

/** gen.throw(...). */
export function genThrow(vm: VM, g: PyObject, args: PyObject[]): PyObject {
  return throwInto(vm, g, throwArgs(vm, args))
}

/** Throws `exc` (STOLEN) into the generator at its yield; returns the next yielded value. */
export function throwInto(vm: VM, g: PyObject, exc: PyObject): PyObject {
  const r = genSendEx(vm, g, null, exc, false)
  if (r.done === true) raiseReturn(vm, g, r.value)
  return r.value
}

/** gen.close(): GeneratorExit at the yield; yielding again is a RuntimeError. */
export function genClose(vm: VM, g: PyObject): void {
  const rt = vm.rt
  const d = g.v as GenData
  if (d.state === "created") {
    finishUnstarted(rt, d)
    return
  }
  if (d.state !== "suspended") {
    if (d.state === "running") raise(rt, rt.t.ValueError, `${kindName(d)} already executing`)
    return
  }
  let r: IteratorResult<PyObject, PyObject>
  try {
    r = genSendEx(vm, g, null, newExc(rt, rt.t.GeneratorExit, null), true)
  } catch (e) {
    const x = toPython(vm, e)
    if (ab.typeCheck(x, rt.t.GeneratorExit) || ab.typeCheck(x, rt.t.StopIteration)) {
      decref(rt, x)
      return
    }
    throw x
  }
  if (r.done === true) {
    // Returned after GeneratorExit: fine, except that an async generator's
    // return is StopAsyncIteration, which close() does not swallow.
    if (d.kind === GenKind.ASYNC_GENERATOR) raiseReturn(vm, g, r.value)
    decref(rt, r.value)
    return
  }
  decref(rt, r.value)
  raise(rt, rt.t.RuntimeError, `${kindName(d)} ignored GeneratorExit`)
}

// ---------------------------------------------------------------------------
// yield from

/**
 * GET_YIELD_FROM_ITER: STEALS `o`; a generator is used as is, others through
 * iter(). A coroutine can be delegated to only from a coroutine or a
 * `types.coroutine` generator.
 */
export function yfIter(vm: VM, F: Frame, o: PyObject): PyObject {
  if (o.type === vm.types.coroutine) {
    if ((F.code.flags & (CO.COROUTINE | CO.ITERABLE_COROUTINE)) === 0) {
      decref(vm.rt, o)
      typeError(vm.rt, "cannot 'yield from' a coroutine object in a non-coroutine generator")
    }
    return o
  }
  if (o.type === vm.types.generator) return o
  try {
    return ab.getIter(vm.rt, o)
  } finally {
    decref(vm.rt, o)
  }
}

/** Whether `it` is a generator or a coroutine (delegated to without method calls). */
function isGenOrCoro(vm: VM, it: PyObject): boolean {
  return it.type === vm.types.generator || it.type === vm.types.coroutine
}

/**
 * One step of `yield from it` / `await it`: sends `sent` (STOLEN, null for
 * the first step) and returns the next value to yield; when the subiterator
 * finished, sets vm.yfDone and returns its return value.
 */
export function yfStep(vm: VM, _F: Frame, it: PyObject, sent: PyObject | null): PyObject {
  const rt = vm.rt
  try {
    if (isGenOrCoro(vm, it)) {
      const r = genSendEx(vm, it, sent, null, false)
      if (r.done === true) vm.yfDone = true
      return r.value
    }
    if (sent === null || sent === rt.None) {
      const f = it.type.iternext
      if (f === null) typeError(rt, `'${ab.typeName(it)}' object is not an iterator`)
      if ((it.type.flags & TypeFlags.HEAPTYPE) !== 0) {
        // A class's __next__ may end with StopIteration(value): the value is
        // the result (the tp_iternext slot would drop it).
        const nx = ab.lookupSpecial(rt, it, "__next__") as PyObject
        try {
          return ab.call(rt, nx, [], null)
        } catch (e) {
          return stopValue(vm, e)
        } finally {
          decref(rt, nx)
        }
      }
      let x: PyObject | null
      try {
        x = f(rt, it)
      } catch (e) {
        return stopValue(vm, e)
      }
      if (x === null) {
        vm.yfDone = true
        rt.None.rc++
        return rt.None
      }
      return x
    }
    try {
      return ab.callMethod(rt, it, "send", [sent])
    } catch (e) {
      return stopValue(vm, e)
    }
  } finally {
    if (sent !== null) decref(rt, sent)
  }
}

/** StopIteration caught from a subiterator: its value ends the delegation. */
function stopValue(vm: VM, e: unknown): PyObject {
  const rt = vm.rt
  const exc = toPython(vm, e)
  if (!exceptionMatches(rt, exc, rt.t.StopIteration)) throw exc
  vm.yfDone = true
  const v = ab.lookupAttrStr(rt, exc, "value") ?? (rt.None.rc++, rt.None)
  decref(rt, exc)
  return v
}

/**
 * An exception thrown into the delegating generator while it waits in
 * `yield from`: GeneratorExit closes the subiterator and propagates; others
 * are thrown into it. Returns the next value to yield or (vm.yfDone) the result.
 */
export function yfThrow(vm: VM, _F: Frame, it: PyObject, e: unknown): PyObject {
  const rt = vm.rt
  const exc = toPython(vm, e)
  if (ab.typeCheck(exc, rt.t.GeneratorExit)) {
    if (isGenOrCoro(vm, it)) genClose(vm, it)
    else {
      const close = ab.lookupAttrStr(rt, it, "close")
      if (close !== null) {
        try {
          decref(rt, ab.call(rt, close, [], null))
        } finally {
          decref(rt, close)
        }
      }
    }
    throw exc
  }
  if (isGenOrCoro(vm, it)) {
    try {
      const r = throwInto(vm, it, exc)
      return r
    } catch (x) {
      return stopValue(vm, x)
    }
  }
  const thr = ab.lookupAttrStr(rt, it, "throw")
  if (thr === null) throw exc
  try {
    return ab.call(rt, thr, [exc], null)
  } catch (x) {
    return stopValue(vm, x)
  } finally {
    decref(rt, thr)
    decref(rt, exc)
  }
}
