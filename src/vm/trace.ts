// The trace hook: line, call and return events for sys.settrace, the lab's
// stepping and the profiler, and call and return events for sys.setprofile
// (not the c_call events of built-in functions), at no cost when tracing is off.
//
// Every statement's position store is marked in the generated source
// (`F.i = 7 /*@L*/`). The normal body ignores the marker; the traced variant
// of a code object is the same source with the marker turned into a hook
// call, compiled the first time a traced run needs it:
//
//   F.i = 7 /*@L*/          ──►   F.i = 7; if (vm.tracing) traceLine(vm, F)
//
// Calls pick the variant with one flag test (vm.tracing), so untraced code
// never pays for the hook.

import type { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import * as ab from "../objects/abstract.js"
import { newStr } from "../objects/str.js"
import type { CodeBody, CodeObject } from "./code.js"
import { bodySource, ensureCompiled } from "./compile-code.js"
import type { Frame } from "./frame.js"
import type { VM } from "./vm.js"
import { frameObject, toPython } from "./traceback.js"

/** What an embedder's trace callback receives. */
export interface TraceEvent {
  event: "call" | "line" | "return"
  filename: string
  /** co_name of the running code. */
  name: string
  lineno: number
  /** Python frames running (1 for module code). */
  depth: number
}

/** The marker codegen puts after each statement's position store. */
export const LINE_MARK = "/*@L*/"

/** The body to run for `code`: the traced variant while tracing is on. */
export function bodyFor(vm: VM, code: CodeObject): CodeBody {
  if (!vm.tracing) return code.body as CodeBody
  if (code.tracedBody === null) {
    ensureCompiled(vm, code)
    const src = bodySource(code, true).split(LINE_MARK).join("; if (vm.tracing) vm.traceLine(F)")
    const C = code.consts.map((c) =>
      typeof c === "object" && c !== null && "source" in c ? c : null,
    )
    const factory = new Function("R", "K", "N", "C", "vm", "rt", src) as (
      ...a: unknown[]
    ) => CodeBody
    code.tracedBody = factory(vm.R, code.K, code.N, C, vm, vm.rt)
  }
  return code.tracedBody
}

/** Whether any tracer is installed: the value of vm.tracing outside the hooks. */
export function anyTracer(vm: VM): boolean {
  return vm.traceHook !== null || vm.pyTrace !== null || vm.pyProfile !== null
}

/** Reports an event to the embedder's callback and to sys.settrace's and sys.setprofile's functions. */
export function traceEvent(
  vm: VM,
  F: Frame,
  event: TraceEvent["event"],
  arg: PyObject | null,
): void {
  if (!vm.tracing) return
  vm.tracing = false
  try {
    if (vm.traceHook !== null)
      vm.traceHook({
        event,
        filename: F.code.filename,
        name: F.code.name,
        lineno: F.lineno,
        depth: vm.depth,
      })
    // CPython calls the trace function first, then the profile function.
    if (vm.pyTrace !== null) pyTraceEvent(vm, F, event, arg)
    if (vm.pyProfile !== null && event !== "line") pyProfileEvent(vm, F, event, arg)
  } finally {
    vm.tracing = anyTracer(vm)
  }
}

/** sys.setprofile semantics: profile(frame, event, arg) for calls and returns; its result is ignored. */
function pyProfileEvent(vm: VM, F: Frame, event: string, arg: PyObject | null): void {
  const rt = vm.rt
  // Held while it runs: it may replace itself (sys.setprofile) as it runs.
  const fn = vm.pyProfile as PyObject
  fn.rc++
  const fo = frameObject(vm, F)
  const ev = newStr(rt, event)
  try {
    decref(rt, ab.call(rt, fn, [fo, ev, arg ?? rt.None], null))
  } catch (e) {
    // An exception in the profile function turns profiling off, as CPython does.
    if (vm.pyProfile === fn) {
      vm.pyProfile = null
      decref(rt, fn)
    }
    throw toPython(vm, e)
  } finally {
    decref(rt, ev)
    decref(rt, fn)
  }
}

/** sys.settrace semantics: the global function gets 'call'; what it returns traces the frame. */
function pyTraceEvent(vm: VM, F: Frame, event: string, arg: PyObject | null): void {
  const rt = vm.rt
  const fn = event === "call" ? vm.pyTrace : F.localTrace
  if (fn === null || fn === undefined) return
  const fo = frameObject(vm, F)
  const ev = newStr(rt, event)
  let r: PyObject
  // Held while it runs: it may replace itself (sys.settrace) as it runs.
  fn.rc++
  try {
    r = ab.call(rt, fn, [fo, ev, arg ?? rt.None], null)
  } catch (e) {
    // An exception in the trace function turns tracing off, as CPython does:
    // the global function and the frame's own are both dropped.
    const global = vm.pyTrace
    vm.pyTrace = null
    if (global !== null) decref(rt, global)
    const local = F.localTrace
    F.localTrace = null
    if (local !== null && local !== undefined) decref(rt, local)
    throw toPython(vm, e)
  } finally {
    decref(rt, ev)
    decref(rt, fn)
  }
  const old = F.localTrace
  F.localTrace = r === rt.None ? null : r
  if (r === rt.None) decref(rt, r)
  if (old !== null && old !== undefined) decref(rt, old)
}

/** Drops a frame's local trace function when the frame ends. */
export function traceFrameDone(vm: VM, F: Frame): void {
  const t = F.localTrace
  if (t !== null && t !== undefined) {
    F.localTrace = null
    decref(vm.rt, t)
  }
}
