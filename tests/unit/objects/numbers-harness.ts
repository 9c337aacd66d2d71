// Shared helpers of the number and text tests: a real Runtime (createRuntime
// on a TestHeap), decoding of the values stored by
// scripts/gen-numbers-fixtures.py, and outcomes in the fixtures' form:
// ["ok", repr(result)] or ["err", "ExceptionType", "message"].

import { readFileSync } from "node:fs"
import { reprString, strString } from "../../../src/objects/abstract.js"
import { createRuntime } from "../../../src/objects/bootstrap.js"
import { newBytearray } from "../../../src/objects/bytearray.js"
import { newBytes } from "../../../src/objects/bytes.js"
import { newComplex } from "../../../src/objects/complex.js"
import { newFloat } from "../../../src/objects/float.js"
import { newBool, newInt, normBig } from "../../../src/objects/int.js"
import { PyObject } from "../../../src/objects/object.js"
import { decref } from "../../../src/objects/refcount.js"
import type { Runtime } from "../../../src/objects/runtime.js"
import { newStr } from "../../../src/objects/str.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newList } from "../../../src/objects/list.js"
import { TestHeap } from "./test-heap.js"
import { newSlice } from "../../../src/objects/slice.js"
import { call, callMethod } from "../../../src/objects/abstract.js"
import { setItem } from "../../../src/objects/abstract.js"

export const fixtures = JSON.parse(
  readFileSync(new URL("../../fixtures/numbers-text.json", import.meta.url), "utf8"),
)

export type Outcome = ["ok", string] | ["err", string, string]

export function makeRuntime(): { rt: Runtime; heap: TestHeap } {
  const heap = new TestHeap()
  return { rt: createRuntime(heap), heap }
}

/** A Python float repr as a JS number. */
export function pyFloat(r: string): number {
  if (r === "inf") return Infinity
  if (r === "-inf") return -Infinity
  if (r === "nan") return NaN
  return Number(r)
}

/** Rebuilds a fixture value as a new reference. */
export function decode(rt: Runtime, e: any): PyObject {
  if ("bool" in e) return newBool(rt, e.bool)
  if ("i" in e) return newInt(rt, normBig(BigInt(e.i)))
  if ("f" in e) return newFloat(rt, pyFloat(e.f))
  if ("c" in e) return newComplex(rt, pyFloat(e.c[0]), pyFloat(e.c[1]))
  if ("s" in e) return newStr(rt, e.s)
  if ("b" in e) return newBytes(rt, Uint8Array.from(e.b))
  if ("ba" in e) return newBytearray(rt, Uint8Array.from(e.ba))
  if ("n" in e) {
    rt.None.rc++
    return rt.None
  }
  if ("t" in e)
    return newTuple(
      rt,
      e.t.map((x: any) => decode(rt, x)),
    )
  if ("l" in e)
    return newList(
      rt,
      e.l.map((x: any) => decode(rt, x)),
    )
  if ("d" in e) {
    const d = call(rt, rt.t.dict, [], null)
    for (const [k, v] of e.d) {
      const ko = decode(rt, k)
      const vo = decode(rt, v)
      setItem(rt, d, ko, vo)
      decref(rt, ko)
      decref(rt, vo)
    }
    return d
  }
  if ("slice" in e) {
    const parts = e.slice.map((x: any) => decode(rt, x)) as PyObject[]
    const sl = newSlice(rt, parts[0]!, parts[1]!, parts[2]!)
    for (const p of parts) decref(rt, p)
    return sl
  }
  if ("type" in e) {
    const t = rt.t[e.type]!
    t.rc++
    return t
  }
  throw new Error(`cannot decode ${JSON.stringify(e)}`)
}

/** Runs `f` (which returns a new reference) and reports the outcome as the fixtures do. */
export function outcome(rt: Runtime, f: () => PyObject): Outcome {
  try {
    const r = f()
    try {
      return ["ok", reprString(rt, r)]
    } finally {
      decref(rt, r)
    }
  } catch (e) {
    if (e instanceof PyObject) {
      const msg = strString(rt, e)
      const name = e.type.name
      decref(rt, e)
      return ["err", name, msg]
    }
    throw e
  }
}

/** Calls `recv.name(*args, **kwargs)` from fixture values and reports the outcome. */
export function methodOutcome(
  rt: Runtime,
  recv: any,
  name: string,
  args: any[],
  kw: [string, any][],
): Outcome {
  const self = decode(rt, recv)
  const objs = [...args, ...kw.map(([, v]) => v)].map((a) => decode(rt, a))
  const kwnames =
    kw.length === 0
      ? null
      : newTuple(
          rt,
          kw.map(([k]) => newStr(rt, k)),
        )
  const before = [self, ...objs].map((o) => o.rc)
  try {
    const r = outcome(rt, () => callMethod(rt, self, name, objs, kwnames))
    // Refcount discipline: the call borrows its arguments, so once the result
    // is released every argument has its old count again.
    const after = [self, ...objs].map((o) => o.rc)
    if (after.some((n, k) => n !== before[k]))
      throw new Error(`refcounts changed by ${name}: ${before.join(",")} -> ${after.join(",")}`)
    return r
  } finally {
    if (kwnames !== null) decref(rt, kwnames)
    for (const o of objs) decref(rt, o)
    decref(rt, self)
  }
}
