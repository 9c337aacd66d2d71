// The atexit module: functions to call when the interpreter finishes, last
// registered first. The Interpreter runs them after __main__ finishes (or
// raises), before it tears the main module down, as CPython's Py_FinalizeEx.
//
// @cpython Modules/atexitmodule.c

import { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import { typeError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction, type MethodImpl } from "../objects/descr.js"
import { newInt } from "../objects/int.js"
import { intern } from "../objects/str.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"

/** One registered call: the function, its positional arguments and keyword values/names (all owned). */
interface ExitCall {
  func: PyObject
  args: PyObject[]
  kwnames: PyObject | null
}

/** The interpreter's list of registered exit functions, in registration order. */
export interface AtexitState {
  calls: ExitCall[]
}

export function newAtexitState(): AtexitState {
  return { calls: [] }
}

function release(vm: VM, c: ExitCall): void {
  decref(vm.rt, c.func)
  for (const a of c.args) decref(vm.rt, a)
  if (c.kwnames !== null) decref(vm.rt, c.kwnames)
}

/**
 * atexit._run_exitfuncs: calls the registered functions, last first, and
 * forgets them. An exception is reported as "Exception ignored in atexit
 * callback: <repr>" with its traceback, and the next function still runs.
 */
export function runExitFuncs(vm: VM, state: AtexitState): void {
  const rt = vm.rt
  while (state.calls.length > 0) {
    const c = state.calls.pop()!
    try {
      decref(rt, ab.call(rt, c.func, c.args, c.kwnames))
    } catch (e) {
      if (!(e instanceof PyObject)) throw e
      if (e.type === rt.t.SystemExit) {
        decref(rt, e)
      } else {
        let r: string
        try {
          r = ab.reprString(rt, c.func)
        } catch (x) {
          if (x instanceof PyObject) decref(rt, x)
          r = "<object repr() failed>"
        }
        rt.hooks.unraisable?.(rt, e, null, `Exception ignored in atexit callback: ${r}`)
        decref(rt, e)
      }
    } finally {
      release(vm, c)
    }
  }
}

/** Creates the atexit module (new reference). */
export function makeAtexitModule(vm: VM, state: AtexitState): PyObject {
  const rt = vm.rt
  const mod = newModule(vm, "atexit")
  const d = moduleDict(mod)
  const def = (name: string, fn: MethodImpl, kind: "noargs" | "o" | "fastkw"): void => {
    const f = newBuiltinFunction(rt, name, { fn, kind }, mod, "atexit")
    ab.setItem(rt, d, intern(rt, name), f)
    decref(rt, f)
  }
  def(
    "register",
    (rt2, _self, args, kwnames) => {
      const nkw = kwnames === null ? 0 : (kwnames.v as PyObject[]).length
      if (args.length - nkw < 1) typeError(rt2, "register() takes at least 1 argument (0 given)")
      const func = args[0]!
      if (func.type.call === null) typeError(rt2, "the first argument must be callable")
      const rest = args.slice(1)
      for (const a of rest) a.rc++
      func.rc++
      if (kwnames !== null) kwnames.rc++
      state.calls.push({ func, args: rest, kwnames: nkw === 0 ? null : kwnames })
      if (nkw === 0 && kwnames !== null) decref(rt2, kwnames)
      func.rc++
      return func
    },
    "fastkw",
  )
  def(
    "unregister",
    (rt2, _self, args) => {
      const func = args[0]!
      for (let i = state.calls.length - 1; i >= 0; i--) {
        const c = state.calls[i]!
        if (ab.richCompareBool(rt2, c.func, func, 2)) {
          state.calls.splice(i, 1)
          release(vm, c)
        }
      }
      rt2.None.rc++
      return rt2.None
    },
    "o",
  )
  def("_run_exitfuncs", (rt2) => (runExitFuncs(vm, state), rt2.None.rc++, rt2.None), "noargs")
  def(
    "_clear",
    (rt2) => {
      for (const c of state.calls.splice(0)) release(vm, c)
      rt2.None.rc++
      return rt2.None
    },
    "noargs",
  )
  def("_ncallbacks", (rt2) => newInt(rt2, state.calls.length), "noargs")
  return mod
}
