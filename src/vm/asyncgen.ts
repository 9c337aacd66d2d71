// Async generators (PEP 525): `async def` with `yield`. The body is a JS
// generator like every generator-like body (generator.ts), and it yields two
// kinds of values to whoever drives it:
//
//   await x   the awaitable's values pass through unchanged (they go to the
//             event loop);
//   yield v   the body yields a wrapped value (async_generator_wrapped_value),
//             so the awaitable driving the generator can tell them apart.
//
// The generator is driven through awaitables:
//
//   ag.__anext__() / ag.asend(v)   async_generator_asend: sends into the body; a
//                                  wrapped value ends the await with
//                                  StopIteration(v); return ends it with
//                                  StopAsyncIteration
//   ag.athrow(e) / ag.aclose()     async_generator_athrow: throws e (GeneratorExit
//                                  for aclose) at the yield; for aclose a
//                                  yielded value is "async generator ignored
//                                  GeneratorExit"
//
// Each awaitable moves INIT ──first send──► ITER ──done──► CLOSED; a closed
// one refuses to run again ("cannot reuse already awaited ...").

import type { PyObject } from "../objects/object.js"
import { allocObject, freeObject, decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { raise } from "../objects/errors.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { defineMethods } from "../objects/descr.js"
import { exceptionMatches } from "../objects/exceptions.js"
import { gcTrack, gcUntrack } from "../objects/gcstate.js"
import * as ab from "../objects/abstract.js"
import type { VM } from "./vm.js"
import { toPython } from "./traceback.js"
import { genSend, newGenLikeType, throwArgs, throwInto, type GenData } from "./generator.js"

/** getsizeof of the asend and athrow awaitables: GC header, object header, 3 fields. */
const AWAITABLE_BASICSIZE = 40
/** The wrapped value: object header and the value (not tracked by the collector). */
const WRAPPED_BASICSIZE = 24

const INIT = 0
const ITER = 1
const CLOSED = 2

/** What an asend awaitable keeps in `v`. */
interface ASendData {
  /** The async generator (owned). */
  gen: PyObject
  /** The value of asend(v) (owned), or null for __anext__(). */
  sendval: PyObject | null
  state: number
}

/** What an athrow awaitable keeps in `v`. */
interface AThrowData {
  gen: PyObject
  /** athrow's arguments (owned), or null for aclose(). */
  args: PyObject[] | null
  state: number
}

/** Creates async_generator and the types of its awaitables and wrapped values. */
export function initAsyncGenTypes(vm: VM): {
  async_generator: PyType
  async_generator_asend: PyType
  async_generator_athrow: PyType
  async_generator_wrapped_value: PyType
} {
  const rt = vm.rt
  const ag = newGenLikeType(rt, "async_generator", "ag")
  const asend = newStaticType(
    rt,
    "async_generator_asend",
    null,
    AWAITABLE_BASICSIZE,
    0,
    TypeFlags.HAVE_GC,
  )
  const athrow = newStaticType(
    rt,
    "async_generator_athrow",
    null,
    AWAITABLE_BASICSIZE,
    0,
    TypeFlags.HAVE_GC,
  )
  const wrapped = newStaticType(rt, "async_generator_wrapped_value", null, WRAPPED_BASICSIZE, 0, 0)
  const vmOf = (rt2: Runtime): VM => rt2.vmState as VM
  const self = (_rt: Runtime, o: PyObject): PyObject => {
    o.rc++
    return o
  }

  defineMethods(rt, ag, {
    __aiter__: { kind: "noargs", fn: self },
    __anext__: { kind: "noargs", fn: (rt2, o) => newASend(vmOf(rt2), o, null) },
    asend: { kind: "o", fn: (rt2, o, args) => newASend(vmOf(rt2), o, args[0] as PyObject) },
    athrow: {
      kind: "fast",
      fn: (rt2, o, args) => {
        if (args.length < 1 || args.length > 3)
          raise(rt2, rt2.t.TypeError, `athrow expected at least 1 argument, got ${args.length}`)
        return newAThrow(vmOf(rt2), o, args)
      },
    },
    aclose: { kind: "noargs", fn: (rt2, o) => newAThrow(vmOf(rt2), o, null) },
  })
  readyType(rt, ag)

  // --- async_generator_asend
  asend.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const d = o.v as ASendData
    decref(rt2, d.gen)
    if (d.sendval !== null) decref(rt2, d.sendval)
    freeObject(rt2, o)
  }
  asend.traverse = (o, visit) => {
    const d = o.v as ASendData
    visit(d.gen)
    if (d.sendval !== null) visit(d.sendval)
  }
  asend.iter = self
  asend.iternext = (rt2, o) => asendSend(vmOf(rt2), o, null)
  defineMethods(rt, asend, {
    __await__: { kind: "noargs", fn: self },
    send: { kind: "o", fn: (rt2, o, args) => asendSend(vmOf(rt2), o, args[0] as PyObject) },
    throw: { kind: "fast", fn: (rt2, o, args) => asendThrow(vmOf(rt2), o, args) },
    close: {
      kind: "noargs",
      fn: (rt2, o) => {
        ;(o.v as ASendData).state = CLOSED
        rt2.None.rc++
        return rt2.None
      },
    },
  })
  readyType(rt, asend)

  // --- async_generator_athrow
  athrow.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const d = o.v as AThrowData
    decref(rt2, d.gen)
    if (d.args !== null) for (const a of d.args) decref(rt2, a)
    freeObject(rt2, o)
  }
  athrow.traverse = (o, visit) => {
    const d = o.v as AThrowData
    visit(d.gen)
    if (d.args !== null) for (const a of d.args) visit(a)
  }
  athrow.iter = self
  athrow.iternext = (rt2, o) => athrowSend(vmOf(rt2), o, rt2.None)
  defineMethods(rt, athrow, {
    __await__: { kind: "noargs", fn: self },
    send: { kind: "o", fn: (rt2, o, args) => athrowSend(vmOf(rt2), o, args[0] as PyObject) },
    throw: { kind: "fast", fn: (rt2, o, args) => athrowThrow(vmOf(rt2), o, args) },
    close: {
      kind: "noargs",
      fn: (rt2, o) => {
        ;(o.v as AThrowData).state = CLOSED
        rt2.None.rc++
        return rt2.None
      },
    },
  })
  readyType(rt, athrow)

  // --- wrapped values: `v` is the yielded value (owned)
  wrapped.dealloc = (rt2, o) => {
    const v = o.v as PyObject
    freeObject(rt2, o)
    decref(rt2, v)
  }
  readyType(rt, wrapped)
  return {
    async_generator: ag,
    async_generator_asend: asend,
    async_generator_athrow: athrow,
    async_generator_wrapped_value: wrapped,
  }
}

/** `yield v` in an async generator body: wraps `v` (STOLEN). */
export function asyncGenWrap(vm: VM, v: PyObject): PyObject {
  return allocObject(vm.rt, vm.types.async_generator_wrapped_value, WRAPPED_BASICSIZE, v, null)
}

/**
 * async_gen_init_hooks: at the first __anext__/asend/athrow/aclose, the
 * generator keeps the finalizer of sys.set_asyncgen_hooks and calls firstiter.
 */
function initHooks(vm: VM, g: PyObject): void {
  const d = g.v as GenData
  if (d.hooksInited) return
  d.hooksInited = true
  const fin = vm.asyncgenFinalizer
  if (fin !== null) {
    fin.rc++
    d.finalizer = fin
  }
  const first = vm.asyncgenFirstiter
  if (first !== null) {
    first.rc++
    try {
      decref(vm.rt, ab.call(vm.rt, first, [g], null))
    } finally {
      decref(vm.rt, first)
    }
  }
}

function newASend(vm: VM, g: PyObject, v: PyObject | null): PyObject {
  initHooks(vm, g)
  g.rc++
  if (v !== null) v.rc++
  const data: ASendData = { gen: g, sendval: v, state: INIT }
  const o = allocObject(vm.rt, vm.types.async_generator_asend, AWAITABLE_BASICSIZE, data, null)
  gcTrack(vm.rt, o)
  return o
}

function newAThrow(vm: VM, g: PyObject, args: PyObject[] | null): PyObject {
  initHooks(vm, g)
  g.rc++
  if (args !== null) for (const a of args) a.rc++
  const data: AThrowData = { gen: g, args: args === null ? null : args.slice(), state: INIT }
  const o = allocObject(vm.rt, vm.types.async_generator_athrow, AWAITABLE_BASICSIZE, data, null)
  gcTrack(vm.rt, o)
  return o
}

/**
 * Extra recursion depth charged while an asend/athrow awaitable drives its
 * generator: a level of `async for` over a nested async generator takes
 * about three times the JS stack of a plain call, so without this a deep
 * chain would overflow the JS stack (in the middle of some operation)
 * before reaching the recursion limit. Such chains hit RecursionError at
 * about a third of CPython's depth.
 */
const ASYNC_STEP_DEPTH = 2

/** Runs `fn` with the extra depth of an async generator step (see ASYNC_STEP_DEPTH). */
function deeper<T>(vm: VM, fn: () => T): T {
  if (vm.depth + ASYNC_STEP_DEPTH >= vm.recursionLimit)
    raise(vm.rt, vm.rt.t.RecursionError, "maximum recursion depth exceeded")
  vm.depth += ASYNC_STEP_DEPTH
  try {
    return fn()
  } finally {
    vm.depth -= ASYNC_STEP_DEPTH
  }
}

/**
 * async_gen_unwrap_value: runs `step` (a send or throw into the body). A
 * wrapped value means the body yielded: the awaitable completes with
 * StopIteration(value). Other values are an inner await's and pass through.
 * StopAsyncIteration or GeneratorExit from the body mark the generator closed.
 */
function unwrap(vm: VM, g: PyObject, step: () => PyObject): PyObject {
  const rt = vm.rt
  const d = g.v as GenData
  let r: PyObject
  try {
    r = deeper(vm, step)
  } catch (e) {
    const exc = toPython(vm, e)
    if (
      exceptionMatches(rt, exc, rt.t.StopAsyncIteration) ||
      exceptionMatches(rt, exc, rt.t.GeneratorExit)
    )
      d.closed = true
    d.runningAsync = false
    throw exc
  }
  if (r.type === vm.types.async_generator_wrapped_value) {
    d.runningAsync = false
    const v = r.v as PyObject
    v.rc++
    decref(rt, r)
    stopWith(vm, v)
  }
  return r
}

/** Raises StopIteration carrying `v` (STOLEN), as _PyGen_SetStopIterationValue. */
function stopWith(vm: VM, v: PyObject): never {
  const rt = vm.rt
  if (v === rt.None) {
    decref(rt, v)
    raise(rt, rt.t.StopIteration, null)
  }
  let e: PyObject
  try {
    e = ab.call(rt, rt.t.StopIteration, [v], null)
  } finally {
    decref(rt, v)
  }
  throw e
}

function asendSend(vm: VM, o: PyObject, arg: PyObject | null): PyObject {
  const rt = vm.rt
  const a = o.v as ASendData
  const d = a.gen.v as GenData
  if (a.state === CLOSED)
    raise(rt, rt.t.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
  if (a.state === INIT) {
    if (d.runningAsync)
      raise(rt, rt.t.RuntimeError, "anext(): asynchronous generator is already running")
    if (arg === null || arg === rt.None) arg = a.sendval
    a.state = ITER
  }
  d.runningAsync = true
  try {
    return unwrap(vm, a.gen, () => genSend(vm, a.gen, arg, true) as PyObject)
  } catch (e) {
    a.state = CLOSED
    throw e
  }
}

function asendThrow(vm: VM, o: PyObject, args: PyObject[]): PyObject {
  const rt = vm.rt
  const a = o.v as ASendData
  if (a.state === CLOSED)
    raise(rt, rt.t.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
  try {
    return unwrap(vm, a.gen, () => throwInto(vm, a.gen, throwArgs(vm, args)))
  } catch (e) {
    a.state = CLOSED
    throw e
  }
}

/** For aclose(): the body yielded a value while closing. */
function ignoredExit(vm: VM, t: AThrowData): never {
  const d = t.gen.v as GenData
  d.runningAsync = false
  t.state = CLOSED
  raise(vm.rt, vm.rt.t.RuntimeError, "async generator ignored GeneratorExit")
}

/**
 * The athrow/aclose awaitable ends with an exception `e`: for aclose(),
 * StopAsyncIteration and GeneratorExit mean "closed" and become StopIteration.
 */
function athrowError(vm: VM, t: AThrowData, e: unknown): never {
  const rt = vm.rt
  const d = t.gen.v as GenData
  d.runningAsync = false
  t.state = CLOSED
  const exc = toPython(vm, e)
  if (
    t.args === null &&
    (exceptionMatches(rt, exc, rt.t.StopAsyncIteration) ||
      exceptionMatches(rt, exc, rt.t.GeneratorExit))
  ) {
    decref(rt, exc)
    raise(rt, rt.t.StopIteration, null)
  }
  throw exc
}

function athrowSend(vm: VM, o: PyObject, arg: PyObject): PyObject {
  const rt = vm.rt
  const t = o.v as AThrowData
  const g = t.gen
  const d = g.v as GenData
  if (t.state === CLOSED)
    raise(rt, rt.t.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
  if (d.state === "finished") {
    t.state = CLOSED
    raise(rt, rt.t.StopIteration, null)
  }
  if (t.state === INIT) {
    if (d.runningAsync) {
      t.state = CLOSED
      raise(
        rt,
        rt.t.RuntimeError,
        `${t.args === null ? "aclose" : "athrow"}(): asynchronous generator is already running`,
      )
    }
    if (d.closed) {
      t.state = CLOSED
      raise(rt, rt.t.StopAsyncIteration, null)
    }
    if (arg !== rt.None)
      raise(rt, rt.t.RuntimeError, "can't send non-None value to a just-started coroutine")
    t.state = ITER
    d.runningAsync = true
    if (t.args === null) {
      d.closed = true
      let r: PyObject
      try {
        const make = rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
        r = deeper(vm, () => throwInto(vm, g, make(rt, rt.t.GeneratorExit, null)))
      } catch (e) {
        athrowError(vm, t, e)
      }
      if (r.type === vm.types.async_generator_wrapped_value) {
        decref(rt, r)
        ignoredExit(vm, t)
      }
      return r
    }
    try {
      return unwrap(vm, g, () => throwInto(vm, g, throwArgs(vm, t.args as PyObject[])))
    } catch (e) {
      athrowError(vm, t, e)
    }
  }
  // ITER: an await inside the body is being driven.
  if (t.args !== null) {
    try {
      return unwrap(vm, g, () => genSend(vm, g, arg, true) as PyObject)
    } catch (e) {
      athrowError(vm, t, e)
    }
  }
  let r: PyObject
  try {
    r = deeper(vm, () => genSend(vm, g, arg, true) as PyObject)
  } catch (e) {
    athrowError(vm, t, e)
  }
  if (r.type === vm.types.async_generator_wrapped_value) {
    decref(rt, r)
    ignoredExit(vm, t)
  }
  return r
}

function athrowThrow(vm: VM, o: PyObject, args: PyObject[]): PyObject {
  const rt = vm.rt
  const t = o.v as AThrowData
  const g = t.gen
  if (t.state === CLOSED)
    raise(rt, rt.t.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
  if (t.args !== null) return unwrap(vm, g, () => throwInto(vm, g, throwArgs(vm, args)))
  let r: PyObject
  try {
    r = deeper(vm, () => throwInto(vm, g, throwArgs(vm, args)))
  } catch (e) {
    const exc = toPython(vm, e)
    if (
      exceptionMatches(rt, exc, rt.t.StopAsyncIteration) ||
      exceptionMatches(rt, exc, rt.t.GeneratorExit)
    ) {
      decref(rt, exc)
      raise(rt, rt.t.StopIteration, null)
    }
    throw exc
  }
  if (r.type === vm.types.async_generator_wrapped_value) {
    decref(rt, r)
    ignoredExit(vm, t)
  }
  return r
}
