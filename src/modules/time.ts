// The time module (the clocks and sleep): time, time_ns, perf_counter(_ns),
// monotonic(_ns), process_time(_ns) and sleep, read through the host so the
// runtime never touches the system itself. Calendar functions (localtime,
// strftime, ...) are not written yet.
//
// @cpython Modules/timemodule.c

import type { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import { raise, typeError, valueError } from "../objects/errors.js"
import type { PyType } from "../objects/type.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction, type MethodImpl } from "../objects/descr.js"
import { newInt } from "../objects/int.js"
import { newFloat, floatValue } from "../objects/float.js"
import { intern } from "../objects/str.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"
import { checkInterrupt } from "../vm/limits.js"

/** Creates the time module (new reference). */
export function makeTimeModule(vm: VM): PyObject {
  const rt = vm.rt
  const host = vm.host
  const mod = newModule(vm, "time")
  const d = moduleDict(mod)
  const def = (name: string, fn: MethodImpl, kind: "noargs" | "o"): void => {
    const f = newBuiltinFunction(rt, name, { fn, kind }, mod, "time")
    ab.setItem(rt, d, intern(rt, name), f)
    decref(rt, f)
  }
  const ns = (seconds: number): PyObject => newInt(rt, BigInt(Math.round(seconds * 1e9)))
  def("time", (rt2) => newFloat(rt2, host.now()), "noargs")
  def("time_ns", () => ns(host.now()), "noargs")
  for (const name of ["monotonic", "perf_counter", "process_time"]) {
    def(name, (rt2) => newFloat(rt2, host.monotonic()), "noargs")
    def(`${name}_ns`, () => ns(host.monotonic()), "noargs")
  }
  def(
    "sleep",
    (rt2, _self, args) => {
      const a = args[0]!
      let secs: number
      if (ab.isInstance(rt2, a, rt2.t.float)) secs = floatValue(a)
      else if (ab.isInstance(rt2, a, rt2.t.int))
        secs = Number(ab.asSsize(rt2, a, rt2.t.OverflowError))
      else return typeError(rt2, `'${a.type.name}' object cannot be interpreted as an integer`)
      if (secs !== secs) valueError(rt2, "Invalid value NaN (not a number)")
      if (secs < 0) valueError(rt2, "sleep length must be non-negative")
      if (host.sleep !== undefined) host.sleep(secs)
      else if (blockFor(host, secs)) raise(rt2, rt2.t.KeyboardInterrupt as PyType, null)
      // Ctrl-C during the sleep ends it with KeyboardInterrupt, as in CPython.
      checkInterrupt(vm)
      rt2.None.rc++
      return rt2.None
    },
    "o",
  )
  return mod
}

/**
 * Blocks the thread for `secs` seconds: Atomics.wait where allowed, else a clock
 * loop. With an interrupt source the wait goes in slices of 50 ms, polling it;
 * returns true when an interrupt (consumed here) cut the wait short.
 */
function blockFor(host: VM["host"], secs: number): boolean {
  const end = host.monotonic() + secs
  for (;;) {
    const left = end - host.monotonic()
    if (left <= 0) return false
    const slice = host.interrupted === undefined ? left : Math.min(left, 0.05)
    try {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, slice * 1000)
    } catch {
      const stop = host.monotonic() + slice
      while (host.monotonic() < stop) {
        // spin: the main thread of a page may not block
      }
    }
    if (host.interrupted !== undefined && host.interrupted()) return true
  }
}
