// Coroutines (PEP 492): what `async def` returns, and the protocol `await`,
// `async with` and `async for` follow. A coroutine is a generator-like object
// (generator.ts runs its body as a JS generator); `await x` compiles to a
// `yield from` over the awaitable's iterator, so whatever the innermost
// awaitable yields travels up to whoever calls send() on the outermost
// coroutine (an event loop, or a test's `coro.send(None)` loop):
//
//   loop ──send(None)──► coro a ──await──► coro b ──await──► Future.__await__()
//        ◄──yielded value (the future)────────────────────── yield self
//
//   coro.send(v)          resumes the innermost suspended await with v
//   coro.throw(e)         raises e at the innermost await (each level may catch it)
//   coro.close()          GeneratorExit at the innermost await, outward
//   coro.__await__()      a coroutine_wrapper: the iterator a Future-like
//                         __await__ can return when it delegates to a coroutine
//
// A coroutine that dies before it ever ran prints CPython's RuntimeWarning
// "coroutine '...' was never awaited" (warnUnawaited below); one that dies
// while suspended is closed, like a generator (generator.ts genFinalize).

import type { PyObject } from "../objects/object.js"
import { allocObject, freeObject, decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { raise, typeError } from "../objects/errors.js"
import { newStaticType, readyType, typeLookup } from "../objects/typeobject.js"
import { defineMethods, defineGetSets } from "../objects/descr.js"
import { excState, exceptionMatches } from "../objects/exceptions.js"
import { gcTrack, gcUntrack } from "../objects/gcstate.js"
import { newStr, intern } from "../objects/str.js"
import { newInt } from "../objects/int.js"
import { newTuple } from "../objects/tuple.js"
import { newDict, dictGetItem, dictSetItem, isDict } from "../objects/dict.js"
import * as ab from "../objects/abstract.js"
import { CO } from "./code.js"
import type { Frame } from "./frame.js"
import type { FuncData } from "./function.js"
import type { VM } from "./vm.js"
import { toPython } from "./traceback.js"
import { moduleDict } from "./import.js"
import {
  GenKind,
  genClose,
  genSend,
  newGenLikeType,
  throwArgs,
  throwInto,
  type GenData,
} from "./generator.js"

/** getsizeof(coroutine_wrapper) is 40: the GC header, the object header and cw_coroutine. */
const CW_BASICSIZE = 24

/** Creates the coroutine and coroutine_wrapper types and installs the never-awaited warning. */
export function initCoroutineTypes(vm: VM): { coroutine: PyType; coroutine_wrapper: PyType } {
  const rt = vm.rt
  const c = newGenLikeType(rt, "coroutine", "cr")
  const w = newStaticType(rt, "coroutine_wrapper", null, CW_BASICSIZE, 0, TypeFlags.HAVE_GC)
  defineMethods(rt, c, {
    send: {
      kind: "o",
      fn: (rt2, self, args) => genSend(rt2.vmState as VM, self, args[0] as PyObject, true)!,
    },
    throw: {
      kind: "fast",
      fn: (rt2, self, args) =>
        throwInto(rt2.vmState as VM, self, throwArgs(rt2.vmState as VM, args)),
    },
    close: {
      kind: "noargs",
      fn: (rt2, self) => {
        genClose(rt2.vmState as VM, self)
        rt2.None.rc++
        return rt2.None
      },
    },
    __await__: {
      kind: "noargs",
      fn: (rt2, self) => {
        self.rc++
        const o = allocObject(rt2, w, CW_BASICSIZE, self, null)
        gcTrack(rt2, o)
        return o
      },
    },
  })
  defineGetSets(rt, c, {
    cr_origin: {
      get: (rt2) => {
        rt2.None.rc++
        return rt2.None
      },
    },
  })
  readyType(rt, c)

  // coroutine_wrapper: `v` is the coroutine (owned).
  w.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const coro = o.v as PyObject
    decref(rt2, coro)
    freeObject(rt2, o)
  }
  w.traverse = (o, visit) => visit(o.v as PyObject)
  w.iter = (_rt, o) => {
    o.rc++
    return o
  }
  w.iternext = (rt2, o) => genSend(rt2.vmState as VM, o.v as PyObject, null, true)
  defineMethods(rt, w, {
    send: {
      kind: "o",
      fn: (rt2, self, args) =>
        genSend(rt2.vmState as VM, self.v as PyObject, args[0] as PyObject, true)!,
    },
    throw: {
      kind: "fast",
      fn: (rt2, self, args) =>
        throwInto(rt2.vmState as VM, self.v as PyObject, throwArgs(rt2.vmState as VM, args)),
    },
    close: {
      kind: "noargs",
      fn: (rt2, self) => {
        genClose(rt2.vmState as VM, self.v as PyObject)
        rt2.None.rc++
        return rt2.None
      },
    },
  })
  readyType(rt, w)
  vm.hooks.warnUnawaited = warnUnawaited
  return { coroutine: c, coroutine_wrapper: w }
}

/** What an anext_awaitable keeps in `v` (both owned). */
interface AnextData {
  wrapped: PyObject
  dflt: PyObject
}

/** getsizeof(anext_awaitable): GC header, object header, wrapped and default. */
const ANEXT_BASICSIZE = 32

/** Creates the type of `anext(it, default)`'s result. */
export function initAnextAwaitableType(vm: VM): PyType {
  const rt = vm.rt
  const t = newStaticType(rt, "anext_awaitable", null, ANEXT_BASICSIZE, 0, TypeFlags.HAVE_GC)
  t.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const d = o.v as AnextData
    decref(rt2, d.wrapped)
    decref(rt2, d.dflt)
    freeObject(rt2, o)
  }
  t.traverse = (o, visit) => {
    const d = o.v as AnextData
    visit(d.wrapped)
    visit(d.dflt)
  }
  const self = (_rt: Runtime, o: PyObject): PyObject => {
    o.rc++
    return o
  }
  t.iter = self
  t.iternext = (rt2, o) => anextProxy(rt2.vmState as VM, o, null, null)
  defineMethods(rt, t, {
    __await__: { kind: "noargs", fn: self },
    send: {
      kind: "o",
      fn: (rt2, o, args) => anextProxy(rt2.vmState as VM, o, "send", [args[0] as PyObject]),
    },
    throw: { kind: "fast", fn: (rt2, o, args) => anextProxy(rt2.vmState as VM, o, "throw", args) },
    close: { kind: "fast", fn: (rt2, o, args) => anextProxy(rt2.vmState as VM, o, "close", args) },
  })
  readyType(rt, t)
  return t
}

/** anext(it, default): the awaitable of it.__anext__() (STOLEN) with StopAsyncIteration -> default. */
export function newAnextAwaitable(vm: VM, wrapped: PyObject, dflt: PyObject): PyObject {
  dflt.rc++
  const o = allocObject(vm.rt, vm.types.anext_awaitable, ANEXT_BASICSIZE, { wrapped, dflt }, null)
  gcTrack(vm.rt, o)
  return o
}

/**
 * anextawaitable_proxy: forwards a step to the iterator of the wrapped
 * awaitable (a coroutine's through its __await__); StopAsyncIteration
 * becomes StopIteration(default), as if __anext__() had returned it.
 */
function anextProxy(vm: VM, o: PyObject, meth: string | null, args: PyObject[] | null): PyObject {
  const rt = vm.rt
  const d = o.v as AnextData
  let it = awaitableIter(vm, d.wrapped, -1)
  if (it.type.iternext === null) {
    const w = ab.callMethod(rt, it, "__await__", [])
    decref(rt, it)
    it = w
    if (it.type.iternext === null) {
      decref(rt, it)
      typeError(rt, "__await__ returned a non-iterable")
    }
  }
  try {
    if (meth === null) {
      const r = (it.type.iternext as NonNullable<PyType["iternext"]>)(rt, it)
      if (r === null) raise(rt, rt.t.StopIteration, null)
      return r
    }
    return ab.callMethod(rt, it, meth, args as PyObject[])
  } catch (e) {
    const exc = toPython(vm, e)
    if (!exceptionMatches(rt, exc, rt.t.StopAsyncIteration)) throw exc
    decref(rt, exc)
    if (d.dflt === rt.None) raise(rt, rt.t.StopIteration, null)
    throw ab.call(rt, rt.t.StopIteration, [d.dflt], null)
  } finally {
    decref(rt, it)
  }
}

/** aiter(o): `type(o).__aiter__(o)`, checked to be an async iterator. */
export function builtinAiter(vm: VM, o: PyObject): PyObject {
  return callAiter(
    vm,
    o,
    (tn) => `'${tn}' object is not an async iterable`,
    (tn) => `aiter() returned not an async iterator of type '${tn}'`,
  )
}

/**
 * `type(o).__aiter__(o)` (o borrowed), checked to have __anext__: aiter() and
 * GET_AITER, which differ only in their two messages (given the type name).
 */
function callAiter(
  vm: VM,
  o: PyObject,
  noAiter: (typeName: string) => string,
  noAnext: (typeName: string) => string,
): PyObject {
  const rt = vm.rt
  const f = ab.lookupSpecial(rt, o, "__aiter__")
  if (f === null) typeError(rt, noAiter(ab.typeName(o)))
  let it: PyObject
  try {
    it = ab.call(rt, f, [], null)
  } finally {
    decref(rt, f)
  }
  if (typeLookup(rt, it.type, intern(rt, "__anext__")) === null) {
    const tn = ab.typeName(it)
    decref(rt, it)
    typeError(rt, noAnext(tn))
  }
  return it
}

/** anext(it[, default]). */
export function builtinAnext(vm: VM, it: PyObject, dflt: PyObject | null): PyObject {
  const rt = vm.rt
  const f = ab.lookupSpecial(rt, it, "__anext__")
  if (f === null) typeError(rt, `'${ab.typeName(it)}' object is not an async iterator`)
  let aw: PyObject
  try {
    aw = ab.call(rt, f, [], null)
  } finally {
    decref(rt, f)
  }
  return dflt === null ? aw : newAnextAwaitable(vm, aw, dflt)
}

/** Whether `o` can be awaited as is: a coroutine, or a generator of a `types.coroutine` function. */
function isCoroutineLike(vm: VM, o: PyObject): boolean {
  if (o.type === vm.types.coroutine) return true
  return (
    o.type === vm.types.generator &&
    ((o.v as GenData).frame.code.flags & CO.ITERABLE_COROUTINE) !== 0
  )
}

/**
 * _PyCoro_GetAwaitableIter: the iterator `await o` delegates to (new
 * reference; `o` is borrowed). `where` says what asked, for the message when
 * `o` has no __await__: 0 an await expression, 1 `async with`'s __aenter__,
 * 2 its __aexit__, -1 (no message rewrite: `async for`).
 */
export function awaitableIter(vm: VM, o: PyObject, where: number): PyObject {
  const rt = vm.rt
  if (isCoroutineLike(vm, o)) {
    o.rc++
    return o
  }
  const getter = typeLookup(rt, o.type, intern(rt, "__await__"))
  if (getter === null) {
    const tn = ab.typeName(o)
    if (where === 1 || where === 2)
      typeError(
        rt,
        `'async with' received an object from __a${where === 1 ? "enter" : "exit"}__ that does not implement __await__: ${tn}`,
      )
    typeError(rt, `object ${tn} can't be used in 'await' expression`)
  }
  const fn = ab.lookupSpecial(rt, o, "__await__") as PyObject
  let res: PyObject
  try {
    res = ab.call(rt, fn, [], null)
  } finally {
    decref(rt, fn)
  }
  if (isCoroutineLike(vm, res)) {
    decref(rt, res)
    typeError(rt, "__await__() returned a coroutine")
  }
  if (res.type.iternext === null) {
    const tn = ab.typeName(res)
    decref(rt, res)
    typeError(rt, `__await__() returned non-iterator of type '${tn}'`)
  }
  return res
}

/** GET_AWAITABLE: awaitableIter plus the check that a coroutine is not awaited twice at once. */
export function getAwaitable(vm: VM, o: PyObject, where: number): PyObject {
  const it = awaitableIter(vm, o, where)
  if (it.type === vm.types.coroutine) {
    const d = it.v as GenData
    if (d.state === "suspended" && d.frame.yf !== null) {
      decref(vm.rt, it)
      raise(vm.rt, vm.rt.t.RuntimeError, "coroutine is being awaited already")
    }
  }
  return it
}

/**
 * BEFORE_ASYNC_WITH: looks up __aenter__ and __aexit__ on the manager
 * (STOLEN), calls __aenter__; returns the bound __aexit__ and leaves
 * __aenter__'s result (to be awaited) in vm.wval.
 */
export function beforeAsyncWith(vm: VM, mgr: PyObject): PyObject {
  const rt = vm.rt
  let enter: PyObject | null
  let exit: PyObject | null
  try {
    enter = ab.lookupSpecial(rt, mgr, "__aenter__")
    if (enter === null)
      typeError(
        rt,
        `'${ab.typeName(mgr)}' object does not support the asynchronous context manager protocol`,
      )
    exit = ab.lookupSpecial(rt, mgr, "__aexit__")
    if (exit === null) {
      decref(rt, enter)
      typeError(
        rt,
        `'${ab.typeName(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`,
      )
    }
  } finally {
    decref(rt, mgr)
  }
  try {
    vm.wval = ab.call(rt, enter, [], null)
  } catch (e) {
    decref(rt, exit)
    throw e
  } finally {
    decref(rt, enter)
  }
  return exit
}

/**
 * The exit of `async with`: calls __aexit__ (STOLEN) with (None, None, None)
 * or with the exception `e` (borrowed), and returns the awaitable iterator
 * of its result (GET_AWAITABLE 2).
 */
export function asyncExitCall(vm: VM, exit: PyObject, e: PyObject | null): PyObject {
  const rt = vm.rt
  let r: PyObject
  try {
    const args =
      e === null
        ? [rt.None, rt.None, rt.None]
        : [e.type as PyObject, e, excState(e).traceback ?? rt.None]
    r = ab.call(rt, exit, args, null)
  } finally {
    decref(rt, exit)
  }
  try {
    return getAwaitable(vm, r, 2)
  } finally {
    decref(rt, r)
  }
}

/** GET_AITER: `type(o).__aiter__(o)` (o borrowed), checked to have __anext__. */
export function getAIter(vm: VM, o: PyObject): PyObject {
  return callAiter(
    vm,
    o,
    (tn) => `'async for' requires an object with __aiter__ method, got ${tn}`,
    (tn) =>
      `'async for' received an object from __aiter__ that does not implement __anext__: ${tn}`,
  )
}

/** GET_ANEXT: the awaitable iterator of `type(it).__anext__(it)` (it borrowed). */
export function getANext(vm: VM, it: PyObject): PyObject {
  const rt = vm.rt
  const f = ab.lookupSpecial(rt, it, "__anext__")
  if (f === null)
    typeError(rt, `'async for' requires an iterator with __anext__ method, got ${ab.typeName(it)}`)
  let n: PyObject
  try {
    n = ab.call(rt, f, [], null)
  } finally {
    decref(rt, f)
  }
  if (it.type === vm.types.async_generator) return n
  try {
    return awaitableIter(vm, n, -1)
  } catch (e) {
    const cause = toPython(vm, e)
    const make = rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
    const err = make(
      rt,
      rt.t.TypeError,
      `'async for' received an invalid object from __anext__: ${ab.typeName(n)}`,
    )
    // _PyErr_FormatFromCause: the original error is the cause (and the context).
    const st = excState(err)
    if (st.context !== null) decref(rt, st.context)
    st.context = cause
    cause.rc++
    st.cause = cause
    st.suppressContext = true
    throw err
  } finally {
    decref(rt, n)
  }
}

/**
 * END_ASYNC_FOR: an exception `e` raised while awaiting __anext__(): true
 * (and the exception released) when it is StopAsyncIteration, which ends the
 * loop; anything else is rethrown.
 */
export function asyncForEnd(vm: VM, e: unknown): boolean {
  const exc = toPython(vm, e)
  if (exceptionMatches(vm.rt, exc, vm.rt.t.StopAsyncIteration)) {
    decref(vm.rt, exc)
    return true
  }
  throw exc
}

/**
 * types.coroutine on a generator function: marks its code
 * CO_ITERABLE_COROUTINE, so its generators can be awaited and can
 * `yield from` coroutines. (CPython replaces the function's code with a copy
 * carrying the flag; heapscope sets the flag on the code object itself.)
 */
export function markIterableCoroutine(vm: VM, f: PyObject): void {
  if (f.type !== vm.types.function) typeError(vm.rt, "expected a function")
  const code = (f.v as FuncData).code
  if ((code.flags & CO.GENERATOR) !== 0) code.flags |= CO.ITERABLE_COROUTINE
}

// ---------------------------------------------------------------------------
// "coroutine '...' was never awaited"

/**
 * What `warnings.warn(msg, RuntimeWarning, stacklevel=2, source=coro)` does
 * from `warnings._warn_unawaited_coroutine` under the default filters: the
 * warning is attributed to the frame running when the coroutine died (or to
 * "sys", line 1, when no Python frame runs, at exit), printed once per
 * (message, line) in that module's `__warningregistry__`, to sys.stderr:
 *
 *   FILE:LINE: RuntimeWarning: coroutine 'f' was never awaited
 *     <source line, stripped>
 *   RuntimeWarning: Enable tracemalloc to get the object allocation traceback
 *
 * The last line (tracemalloc is not tracing) is missing once the modules
 * were torn down at exit (CPython then falls back to the C warning, which
 * has no such line, since `import tracemalloc` fails).
 */
export function warnUnawaited(vm: VM, coro: PyObject): void {
  const rt = vm.rt
  const d = coro.v as GenData
  if (d.kind !== GenKind.COROUTINE) return
  const mainKey = intern(rt, "__main__")
  const torndown = dictGetItem(rt, vm.modules, mainKey) === null
  // Once the program imported warnings (src/modules/lib/warnings.py), its
  // filters decide: the warning goes through warnings._warn_unawaited_coroutine
  // as in CPython. Before that, the default filters' behaviour is built in here.
  const warnings = torndown ? null : dictGetItem(rt, vm.modules, intern(rt, "warnings"))
  if (warnings !== null) {
    const fn = ab.lookupAttrStr(rt, warnings, "_warn_unawaited_coroutine")
    if (fn !== null) {
      try {
        decref(rt, ab.call(rt, fn, [coro], null))
      } finally {
        decref(rt, fn)
      }
      return
    }
  }
  const text = `coroutine '${d.qualname}' was never awaited`
  const F: Frame | null = vm.frame
  let globals: PyObject
  let filename: string
  let lineno: number
  if (F !== null) {
    globals = F.globals
    filename = F.code.filename
    lineno = F.lineno
  } else {
    globals = moduleDict(vm.sys)
    filename = "sys"
    lineno = 1
  }
  if (!registerWarning(vm, globals, text, lineno)) return
  let msg = `${filename}:${lineno}: RuntimeWarning: ${text}\n`
  if (!(filename.startsWith("<") && filename.endsWith(">"))) {
    const line = vm.sources.get(filename)?.[lineno - 1]
    if (line !== undefined && line.trim() !== "") msg += `  ${line.trim()}\n`
  }
  if (!torndown)
    msg += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
  writeStderr(vm, msg)
}

/**
 * The registry of the "default" warning action: `globals['__warningregistry__']`
 * (created as {'version': 0}) records (text, RuntimeWarning, lineno) -> True.
 * Returns false when that key was already there (the warning is not shown again).
 */
function registerWarning(vm: VM, globals: PyObject, text: string, lineno: number): boolean {
  const rt = vm.rt
  const name = intern(rt, "__warningregistry__")
  let reg = dictGetItem(rt, globals, name)
  if (reg === null || !isDict(reg)) {
    reg = newDict(rt)
    const zero = newInt(rt, 0)
    dictSetItem(rt, reg, intern(rt, "version"), zero)
    decref(rt, zero)
    dictSetItem(rt, globals, name, reg)
    decref(rt, reg)
  }
  const t = newStr(rt, text)
  const ln = newInt(rt, lineno)
  rt.t.RuntimeWarning.rc++
  const key = newTuple(rt, [t, rt.t.RuntimeWarning, ln])
  try {
    if (dictGetItem(rt, reg, key) !== null) return false
    dictSetItem(rt, reg, key, rt.True)
    return true
  } finally {
    decref(rt, key)
  }
}

/** Writes to sys.stderr (its write method), or to the host's stderr when sys.stderr is unset. */
function writeStderr(vm: VM, text: string): void {
  const rt = vm.rt
  const err = ab.lookupAttrStr(rt, vm.sys, "stderr")
  if (err === null) {
    vm.host.stderr(text)
    return
  }
  try {
    if (err === rt.None) return
    const s = newStr(rt, text)
    try {
      decref(rt, ab.callMethod(rt, err, "write", [s]))
    } finally {
      decref(rt, s)
    }
  } finally {
    decref(rt, err)
  }
}
