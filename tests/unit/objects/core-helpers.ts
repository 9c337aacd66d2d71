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
import { allocObject, decref, freeObject, incref } from "../../../src/objects/refcount.js"
import { gcTrack, gcUntrack } from "../../../src/objects/gcstate.js"
import { newMethod } from "../../../src/objects/method.js"
import { newStaticType, readyType } from "../../../src/objects/typeobject.js"
import { TypeFlags } from "../../../src/objects/type.js"
import { defineGetSets, newBuiltinFunction } from "../../../src/objects/descr.js"
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

/** Payload of the test stand-in for Python functions. */
interface TestFn {
  name: string
  impl: (rt: Runtime, args: PyObject[], kwnames: PyObject | null) => PyObject
}

/**
 * Installs a minimal `function` type (the vm owns the real one): callable,
 * and a non-data descriptor that binds to instances like a Python function.
 */
export function installTestFunctionType(rt: Runtime): PyType {
  if (rt.t.function !== undefined) return rt.t.function
  const t = newStaticType(rt, "function", null, 136, 0, TypeFlags.HAVE_GC)
  t.call = (rt, f, args, kwnames) => (f.v as TestFn).impl(rt, args, kwnames)
  t.descrGet = (rt, f, obj) => (obj === null || obj === rt.None ? incref(f) : newMethod(rt, f, obj))
  t.repr = (rt, f) => newStr(rt, `<function ${(f.v as TestFn).name} at 0x${f.addr.toString(16)}>`)
  t.dealloc = (rt, f) => {
    gcUntrack(rt, f)
    freeObject(rt, f)
  }
  defineGetSets(rt, t, {
    __name__: { get: (rt, f) => newStr(rt, (f.v as TestFn).name.split(".").pop()!) },
    __qualname__: { get: (rt, f) => newStr(rt, (f.v as TestFn).name) },
  })
  readyType(rt, t)
  rt.t.function = t
  return t
}

/** A stand-in Python function `name` whose body is `impl` (receives self as args[0] when bound). New reference. */
export function pyfn(
  rt: Runtime,
  name: string,
  impl: (rt: Runtime, args: PyObject[], kwnames: PyObject | null) => PyObject,
): PyObject {
  const t = installTestFunctionType(rt)
  const f = allocObject(rt, t, 136, { name, impl } satisfies TestFn, null)
  gcTrack(rt, f)
  return f
}
