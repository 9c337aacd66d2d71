// Helpers for objects-core tests: a runtime on the test heap and small
// builders, so tests read like the Python they check.

import { createRuntime } from "../../../src/objects/bootstrap.js"
import type { PyObject } from "../../../src/objects/object.js"
import type { Runtime } from "../../../src/objects/runtime.js"
import type { PyType } from "../../../src/objects/type.js"
import { newStr } from "../../../src/objects/str.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newDict, dictSetItem } from "../../../src/objects/dict.js"
import { call, ident } from "../../../src/objects/abstract.js"
import { decref, incref } from "../../../src/objects/refcount.js"
import { newBuiltinFunction } from "../../../src/objects/descr.js"
import type { MethodImpl } from "../../../src/objects/descr.js"
import { TestHeap } from "./test-heap.js"

export function makeRuntime(): { rt: Runtime; heap: TestHeap } {
  const heap = new TestHeap()
  const rt = createRuntime(heap)
  return { rt, heap }
}

/** type(name, bases, ns) with ns given as JS entries (values borrowed). New reference. */
export function makeClass(
  rt: Runtime,
  name: string,
  bases: PyType[] = [],
  ns: Record<string, PyObject> = {},
  meta?: PyType,
): PyType {
  const d = newDict(rt)
  const mod = newStr(rt, "__main__")
  dictSetItem(rt, d, ident(rt, "__module__"), mod)
  decref(rt, mod)
  for (const [k, v] of Object.entries(ns)) dictSetItem(rt, d, ident(rt, k), v)
  const n = newStr(rt, name)
  const b = newTuple(
    rt,
    bases.map((x) => incref(x)),
  )
  try {
    return call(rt, meta ?? rt.t.type, [n, b, d]) as PyType
  } finally {
    decref(rt, n)
    decref(rt, b)
    decref(rt, d)
  }
}

/** A builtin function standing in for a Python function in class bodies. New reference. */
export function fn(rt: Runtime, name: string, impl: MethodImpl): PyObject {
  return newBuiltinFunction(rt, name, impl, null, null)
}

/** Runs `f` expecting a Python exception; returns "TypeName: message" and releases it. */
export function pyError(rt: Runtime, f: () => unknown): string {
  try {
    f()
  } catch (e) {
    if (e === null || typeof e !== "object" || !("rc" in e)) throw e
    const exc = e as PyObject
    const args = (exc.w as { args: PyObject | null }).args
    const items = args === null ? [] : (args.v as PyObject[])
    const msg = items.length > 0 && typeof items[0]!.v === "string" ? (items[0]!.v as string) : ""
    const s = `${exc.type.name}: ${msg}`
    decref(rt, exc)
    return s
  }
  throw new Error("expected a Python exception")
}
