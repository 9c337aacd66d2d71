// The gc module: the Python face of the cycle collector (src/gc/collector.ts).
//
// @cpython Modules/gcmodule.c (the gc_*_impl functions)

import { PyObject, GCFlag } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import { typeError, valueError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction, parseArgs, type MethodImpl } from "../objects/descr.js"
import { newInt, intValue } from "../objects/int.js"
import { newStr, intern } from "../objects/str.js"
import { newTuple } from "../objects/tuple.js"
import { newList, listAppend } from "../objects/list.js"
import { newDict, dictSetItem } from "../objects/dict.js"
import { clearContainerFreeLists } from "../objects/containers.js"
import { clearFloatFreeList } from "../objects/float.js"
import { isTracked } from "../objects/gcstate.js"
import {
  collect,
  freeze,
  unfreeze,
  trackedObjects,
  GCDebug,
  NUM_GENERATIONS,
  installCollector,
  type GCState,
  type CollectionInfo,
} from "../gc/collector.js"
import { listSize } from "../gc/lists.js"
import { handleWeakrefs } from "../gc/weakref.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"

type O = PyObject

function inc(o: O): O {
  o.rc++
  return o
}

/** The Python objects the gc module keeps for the interpreter: gc.garbage and gc.callbacks (owned). */
export interface GCModuleState {
  gc: GCState
  garbage: O
  callbacks: O
}

/**
 * Installs the cycle collector in `vm`'s runtime with its hooks to the
 * interpreter (stderr, gc.callbacks, gc.garbage, free lists, unraisable
 * exceptions, the clock). Called once when the interpreter starts.
 */
export function installGc(vm: VM): GCModuleState {
  const rt = vm.rt
  const gc = installCollector(rt)
  const state: GCModuleState = { gc, garbage: newList(rt, []), callbacks: newList(rt, []) }
  gc.hooks.handleWeakrefs = handleWeakrefs
  gc.hooks.writeStderr = (_rt, text) => vm.host.stderr(text)
  gc.hooks.clock = () => vm.host.monotonic()
  gc.hooks.clearFreelists = (rt2) => {
    clearContainerFreeLists(rt2)
    clearFloatFreeList(rt2)
  }
  gc.hooks.saveGarbage = (rt2, o) => listAppend(rt2, state.garbage, o)
  gc.hooks.unraisable = (rt2, exc, where) => {
    rt2.hooks.unraisable?.(rt2, exc, null, `Exception ignored ${where}`)
    decref(rt2, exc)
  }
  gc.hooks.onCollect = (rt2, phase, info) => invokeCallbacks(vm, state, phase, info)
  return state
}

/** invoke_gc_callback: calls every callable in gc.callbacks with (phase, info). */
function invokeCallbacks(vm: VM, state: GCModuleState, phase: string, info: CollectionInfo): void {
  const rt = vm.rt
  const cbs = state.callbacks.v as O[]
  if (cbs.length === 0) return
  const d = newDict(rt)
  const put = (k: string, v: number): void => {
    const x = newInt(rt, v)
    dictSetItem(rt, d, intern(rt, k), x)
    decref(rt, x)
  }
  put("generation", info.generation)
  put("collected", info.collected)
  put("uncollectable", info.uncollectable)
  const p = newStr(rt, phase)
  try {
    for (let i = 0; i < cbs.length; i++) {
      const cb = cbs[i]!
      cb.rc++
      try {
        decref(rt, ab.call(rt, cb, [p, d], null))
      } catch (e) {
        if (!(e instanceof PyObject)) throw e
        rt.hooks.unraisable?.(rt, e, cb, null)
        decref(rt, e)
      } finally {
        decref(rt, cb)
      }
    }
  } finally {
    decref(rt, p)
    decref(rt, d)
  }
}

function generationArg(vm: VM, o: O | null, dflt: number): number {
  if (o === null) return dflt
  return Number(intValue(ab.index(vm.rt, o)))
}

/** Creates the gc module (new reference). */
export function makeGcModule(vm: VM, state: GCModuleState): O {
  const rt = vm.rt
  const gc = state.gc
  const mod = newModule(vm, "gc")
  const d = moduleDict(mod)
  const set = (name: string, v: O): void => {
    dictSetItem(rt, d, intern(rt, name), v)
    decref(rt, v)
  }
  const def = (
    name: string,
    fn: MethodImpl,
    kind: "noargs" | "o" | "fast" | "fastkw" = "fastkw",
  ): void => set(name, newBuiltinFunction(rt, name, { fn, kind }, mod, "gc"))
  const bool = (b: boolean): O => inc(b ? rt.True : rt.False)

  def("enable", () => ((gc.enabled = true), inc(rt.None)), "noargs")
  def("disable", () => ((gc.enabled = false), inc(rt.None)), "noargs")
  def("isenabled", () => bool(gc.enabled), "noargs")
  def("collect", (rt2, _self, args, kw) => {
    const [g] = parseArgs(rt2, { fname: "collect", names: ["generation"], required: 0 }, args, kw)
    const gen = generationArg(vm, g ?? null, NUM_GENERATIONS - 1)
    if (gen < 0 || gen >= NUM_GENERATIONS) valueError(rt2, "invalid generation")
    return newInt(rt2, collect(rt2, gc, gen))
  })
  def(
    "get_count",
    (rt2) =>
      newTuple(
        rt2,
        gc.generations.map((g) => newInt(rt2, g.count)),
      ),
    "noargs",
  )
  def(
    "get_threshold",
    (rt2) =>
      newTuple(
        rt2,
        gc.generations.map((g) => newInt(rt2, g.threshold)),
      ),
    "noargs",
  )
  def(
    "set_threshold",
    (rt2, _self, args, kw) => {
      if (kw !== null && (kw.v as O[]).length > 0)
        typeError(rt2, "set_threshold() takes no keyword arguments")
      if (args.length < 1 || args.length > 3) {
        typeError(
          rt2,
          args.length < 1
            ? "set_threshold() takes at least 1 argument (0 given)"
            : `set_threshold() takes at most 3 arguments (${args.length} given)`,
        )
      }
      args.forEach((a, i) => {
        gc.generations[i]!.threshold = Number(intValue(ab.index(rt2, a)))
      })
      return inc(rt2.None)
    },
    "fast",
  )
  def(
    "get_stats",
    (rt2) =>
      newList(
        rt2,
        gc.stats.map((s) => {
          const x = newDict(rt2)
          for (const [k, v] of [
            ["collections", s.collections],
            ["collected", s.collected],
            ["uncollectable", s.uncollectable],
          ] as const) {
            const n = newInt(rt2, v)
            dictSetItem(rt2, x, intern(rt2, k), n)
            decref(rt2, n)
          }
          return x
        }),
      ),
    "noargs",
  )
  def("get_objects", (rt2, _self, args, kw) => {
    const [g] = parseArgs(
      rt2,
      { fname: "get_objects", names: ["generation"], required: 0 },
      args,
      kw,
    )
    // None and -1 both mean "all generations" (the argument clinic maps None to -1).
    let gen: number | null = g === null || g === rt2.None ? -1 : generationArg(vm, g, 0)
    if (gen === -1) gen = null
    else {
      if (gen >= NUM_GENERATIONS)
        valueError(
          rt2,
          `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`,
        )
      if (gen < 0) valueError(rt2, "generation parameter cannot be negative")
    }
    return newList(rt2, trackedObjects(gc, gen).map(inc))
  })
  def(
    "get_referents",
    (rt2, _self, args) => {
      const out: O[] = []
      for (const o of args) {
        if (!o.type.isGC) continue
        o.type.traverse?.(o, (c) => void out.push(inc(c)))
      }
      return newList(rt2, out)
    },
    "fast",
  )
  def(
    "get_referrers",
    (rt2, _self, args) => {
      const targets = new Set(args)
      const out: O[] = []
      for (const o of trackedObjects(gc, null)) {
        let hit = false
        o.type.traverse?.(o, (c) => {
          if (targets.has(c)) hit = true
        })
        if (hit) out.push(inc(o))
      }
      return newList(rt2, out)
    },
    "fast",
  )
  def("is_tracked", (_rt2, _self, args) => bool(isTracked(args[0]!)), "o")
  def("is_finalized", (_rt2, _self, args) => bool((args[0]!.gcFlags & GCFlag.FINALIZED) !== 0), "o")
  def("freeze", () => (freeze(gc), inc(rt.None)), "noargs")
  def("unfreeze", () => (unfreeze(gc), inc(rt.None)), "noargs")
  def("get_freeze_count", (rt2) => newInt(rt2, listSize(gc.permanent.head)), "noargs")
  def(
    "set_debug",
    (rt2, _self, args) => ((gc.debug = Number(intValue(ab.index(rt2, args[0]!)))), inc(rt2.None)),
    "o",
  )
  def("get_debug", (rt2) => newInt(rt2, gc.debug), "noargs")
  set("garbage", inc(state.garbage))
  set("callbacks", inc(state.callbacks))
  for (const [k, v] of Object.entries(GCDebug)) set(`DEBUG_${k}`, newInt(rt, v))
  return mod
}
