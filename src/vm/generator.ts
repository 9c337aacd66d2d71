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
import { toPython, frameObject } from "./traceback.js"
import { bodyFor } from "./trace.js"

/** What a generator object keeps in `v`. */
export interface GenData {
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
}

/** getsizeof(generator) is 176 in 3.11 (GC header included). */
const GEN_BASICSIZE = 160

/** Creates the generator type. */
export function initGeneratorType(rt: Runtime): PyType {
  const g = newStaticType(rt, "generator", null, GEN_BASICSIZE, 0, TypeFlags.HAVE_GC)
  g.weaklistoffset = 24 // gi_weakreflist
  // tp_finalize (_PyGen_Finalize): close a suspended generator so its finally
  // blocks run and its locals are released. Runs at most once (PEP 442), from
  // dealloc or from the cycle collector.
  g.finalize = (rt2, o) => {
    const vm = rt2.vmState as VM
    if ((o.v as GenData).state !== "suspended") return
    try {
      genClose(vm, o)
    } catch (e) {
      const exc = toPython(vm, e)
      if (rt2.hooks.unraisable !== null) rt2.hooks.unraisable(rt2, exc, o, null)
      decref(rt2, exc)
    }
  }
  // gen_traverse: the function and the frame's own references (locals, cells).
  g.traverse = (o, visit) => {
    const F = (o.v as GenData).frame
    if (F.func !== null) visit(F.func)
    if (F.fobj !== null) visit(F.fobj)
    if (F.owned !== null && (o.v as GenData).state === "suspended") {
      for (const x of F.owned()) if (x !== null) visit(x)
    }
  }
  g.dealloc = (rt2, o) => {
    const d = o.v as GenData
    if (d.state === "suspended" && (o.gcFlags & GCFlag.FINALIZED) === 0) {
      o.gcFlags |= GCFlag.FINALIZED
      o.rc = 1
      g.finalize!(rt2, o)
      if (--o.rc > 0) return
    }
    if (d.state === "created") {
      d.state = "finished"
      d.it.return(rt2.None)
    }
    gcUntrack(rt2, o)
    if (d.frame.fobj !== null) {
      decref(rt2, d.frame.fobj)
      d.frame.fobj = null
    }
    const f = d.frame.func
    d.frame.func = null
    if (f !== null) decref(rt2, f)
    freeObject(rt2, o)
  }
  g.iter = (_rt, o) => {
    o.rc++
    return o
  }
  g.iternext = (rt2, o) => genSend(rt2.vmState as VM, o, null, false)
  g.repr = (rt2, o) =>
    newStr(rt2, `<generator object ${(o.v as GenData).qualname} at ${hexAddr(o.addr)}>`)
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
  defineGetSets(rt, g, {
    __name__: { get: (rt2, o) => newStr(rt2, (o.v as GenData).name) },
    __qualname__: { get: (rt2, o) => newStr(rt2, (o.v as GenData).qualname) },
    gi_running: {
      get: (rt2, o) => ab.pyBool(rt2, (o.v as GenData).state === "running"),
    },
    gi_frame: {
      get: (rt2, o) => {
        const d = o.v as GenData
        if (d.state === "finished") {
          rt2.None.rc++
          return rt2.None
        }
        const fo = frameObject(rt2.vmState as VM, d.frame)
        fo.rc++
        return fo
      },
    },
  })
  readyType(rt, g)
  return g
}

/** A new generator for a call of generator function `f` (STEALS `f` and the locals in A). */
export function makeGenerator(vm: VM, f: PyObject, A: (PyObject | null)[]): PyObject {
  const d = f.v as FuncData
  const code = d.code
  const F = new Frame(code, f, d.globals, d.builtins, null, d.closure, null, true)
  const body = bodyFor(vm, code) as unknown as (
    F: Frame,
    A: (PyObject | null)[],
  ) => Generator<PyObject, PyObject, PyObject | null>
  const data: GenData = {
    it: body(F, A),
    frame: F,
    state: "created",
    exc: null,
    name: code.name,
    qualname: code.qualname,
  }
  const g = allocObject(vm.rt, vm.types.generator, GEN_BASICSIZE, data, null)
  gcTrack(vm.rt, g)
  return g
}

/** Runs `step` with the generator's frame on top of the frame stack. */
function resume(
  vm: VM,
  g: PyObject,
  step: (it: GenData["it"]) => IteratorResult<PyObject, PyObject>,
): IteratorResult<PyObject, PyObject> {
  const d = g.v as GenData
  const F = d.frame
  if (vm.depth >= vm.recursionLimit)
    raise(vm.rt, vm.rt.t.RecursionError, "maximum recursion depth exceeded")
  F.back = vm.frame
  vm.frame = F
  vm.depth++
  d.state = "running"
  const savedExc = vm.exc
  if (d.exc !== null) vm.exc = d.exc
  let r: IteratorResult<PyObject, PyObject>
  try {
    r = step(d.it)
    // Suspended inside an except block: keep that exception for the next resume.
    d.exc = vm.exc !== savedExc ? vm.exc : null
  } catch (e) {
    d.exc = null
    d.state = "finished"
    const exc = toPython(vm, e)
    if (ab.typeCheck(exc, vm.rt.t.StopIteration)) {
      // PEP 479: a StopIteration leaving a generator becomes RuntimeError.
      const make = vm.rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
      const rte = make(vm.rt, vm.rt.t.RuntimeError, "generator raised StopIteration")
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
    vm.depth--
  }
  d.state = r.done === true ? "finished" : "suspended"
  return r
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
  if (d.state === "running") raise(rt, rt.t.ValueError, "generator already executing")
  if (d.state === "finished") {
    if (raiseStop) raise(rt, rt.t.StopIteration, null)
    return null
  }
  if (d.state === "created" && v !== null && v !== rt.None)
    typeError(rt, "can't send non-None value to a just-started generator")
  const sent = v ?? rt.None
  // The first next() starts the body; JS drops its argument, so no reference moves.
  const starting = d.state === "created"
  if (!starting) sent.rc++
  const r = resume(vm, g, (it) => (starting ? it.next(null) : it.next(sent)))
  if (r.done === true) {
    const value = r.value
    if (!raiseStop) {
      // tp_iternext: exhaustion is not an error for the consumer (for, list()...).
      decref(rt, value)
      return null
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
  return r.value
}

/** gen.throw(type[, value[, tb]]) or gen.throw(exc). */
function genThrow(vm: VM, g: PyObject, args: PyObject[]): PyObject {
  const rt = vm.rt
  if (args.length < 1 || args.length > 3)
    typeError(rt, `throw expected at least 1 argument, got ${args.length}`)
  const typ = args[0] as PyObject
  let exc: PyObject
  const base = rt.t.BaseException as PyType
  if ((typ as PyType).mro !== undefined && (typ as PyType).mro.includes(base)) {
    const val = args[1]
    exc =
      val !== undefined && val !== rt.None && ab.typeCheck(val, base)
        ? (val.rc++, val)
        : ab.call(rt, typ, val === undefined || val === rt.None ? [] : [val], null)
  } else if (ab.typeCheck(typ, base)) {
    typ.rc++
    exc = typ
  } else {
    typeError(
      rt,
      "exceptions must be classes or instances deriving from BaseException, not " +
        ab.typeName(typ),
    )
  }
  return throwInto(vm, g, exc)
}

/** Throws `exc` (STOLEN) into the generator at its yield; returns the next yielded value. */
export function throwInto(vm: VM, g: PyObject, exc: PyObject): PyObject {
  const rt = vm.rt
  const d = g.v as GenData
  if (d.state === "running") {
    decref(rt, exc)
    raise(rt, rt.t.ValueError, "generator already executing")
  }
  if (d.state !== "suspended") {
    d.state = "finished"
    d.it.return(rt.None)
    throw exc
  }
  const r = resume(vm, g, (it) => it.throw(exc))
  if (r.done === true) {
    const value = r.value
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
  return r.value
}

/** gen.close(): GeneratorExit at the yield; yielding again is a RuntimeError. */
export function genClose(vm: VM, g: PyObject): void {
  const rt = vm.rt
  const d = g.v as GenData
  if (d.state === "created") {
    d.state = "finished"
    d.it.return(rt.None)
    return
  }
  if (d.state !== "suspended") return
  const make = rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
  const exc = make(rt, rt.t.GeneratorExit, null)
  let r: PyObject
  try {
    r = throwInto(vm, g, exc)
  } catch (e) {
    const x = toPython(vm, e)
    if (ab.typeCheck(x, rt.t.GeneratorExit) || ab.typeCheck(x, rt.t.StopIteration)) {
      decref(rt, x)
      return
    }
    throw x
  }
  decref(rt, r)
  raise(rt, rt.t.RuntimeError, "generator ignored GeneratorExit")
}

// ---------------------------------------------------------------------------
// yield from

/** GET_YIELD_FROM_ITER: STEALS `o`; a generator is used as is, others through iter(). */
export function yfIter(vm: VM, o: PyObject): PyObject {
  if (o.type === vm.types.generator) return o
  try {
    return ab.getIter(vm.rt, o)
  } finally {
    decref(vm.rt, o)
  }
}

/**
 * One step of `yield from it`: sends `sent` (STOLEN, null for the first
 * step) and returns the next value to yield; when the subiterator finished,
 * sets vm.yfDone and returns its return value.
 */
export function yfStep(vm: VM, _F: Frame, it: PyObject, sent: PyObject | null): PyObject {
  const rt = vm.rt
  try {
    if (it.type === vm.types.generator) {
      const r = genSendOrReturn(vm, it, sent ?? rt.None)
      return r
    }
    if (sent === null || sent === rt.None) {
      const f = it.type.iternext
      if (f === null) typeError(rt, `'${ab.typeName(it)}' object is not an iterator`)
      const x = f(rt, it)
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

/** Sends into a generator; its return value (on exhaustion) ends the delegation. */
function genSendOrReturn(vm: VM, g: PyObject, v: PyObject): PyObject {
  const rt = vm.rt
  const d = g.v as GenData
  if (d.state === "running") raise(rt, rt.t.ValueError, "generator already executing")
  if (d.state === "finished") {
    vm.yfDone = true
    rt.None.rc++
    return rt.None
  }
  if (d.state === "created" && v !== rt.None)
    typeError(rt, "can't send non-None value to a just-started generator")
  const starting = d.state === "created"
  if (!starting) v.rc++
  const r = resume(vm, g, (it) => (starting ? it.next(null) : it.next(v)))
  if (r.done === true) {
    vm.yfDone = true
    return r.value
  }
  return r.value
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
    if (it.type === vm.types.generator) genClose(vm, it)
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
  if (it.type === vm.types.generator) {
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
