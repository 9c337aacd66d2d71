// Classes: creation through type(name, bases, ns), C3 MRO, layout and sizes,
// the class dict, slots from dunders, the attribute cache and its invalidation.

import { describe, expect, it } from "vitest"
import { readFileSync } from "node:fs"
import { makeRuntime, makeClass, pyError, pyfn } from "./core-helpers.js"
import {
  binaryOp,
  call,
  getAttrStr,
  hash,
  ident,
  isInstance,
  isSubclass,
  reprString,
  setAttrStr,
  length,
} from "../../../src/objects/abstract.js"
import { newInt } from "../../../src/objects/int.js"
import { newStr } from "../../../src/objects/str.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { decref, incref } from "../../../src/objects/refcount.js"
import { dictNext, dictKeyAt } from "../../../src/objects/dict.js"
import { checkTypeCache, typeLookup } from "../../../src/objects/typeobject.js"
import type { PyObject } from "../../../src/objects/object.js"
import type { PyType } from "../../../src/objects/type.js"

const expected = JSON.parse(
  readFileSync(new URL("./fixtures/core-expected.json", import.meta.url), "utf8"),
) as {
  sizes: Record<string, number>
  errors: Record<string, string>
  mro: Record<string, string[]>
  class_dict_order: string[]
  slots_dict_order: string[]
  reprs: Record<string, string>
}

function dictKeys(d: PyObject): string[] {
  const out: string[] = []
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) out.push(dictKeyAt(d, i).v as string)
  return out
}

function intOf(o: PyObject): number {
  return o.v as number
}

describe("class creation", () => {
  it("computes the C3 MRO of a diamond", () => {
    const { rt } = makeRuntime()
    const O = makeClass(rt, "O")
    const P = makeClass(rt, "P", [O])
    const Q = makeClass(rt, "Q", [O])
    const R = makeClass(rt, "R", [P, Q])
    expect(R.mro.map((t) => t.name)).toEqual(expected.mro.diamond)
    for (const t of [R, Q, P, O]) decref(rt, t)
  })

  it("reports an inconsistent MRO, a layout conflict and a final base like CPython", () => {
    const { rt } = makeRuntime()
    const A = makeClass(rt, "A")
    const B = makeClass(rt, "B", [A])
    expect(pyError(rt, () => makeClass(rt, "X", [A, B]))).toBe(
      expected.errors.mro!.replace("B2", "B"),
    )
    expect(pyError(rt, () => makeClass(rt, "X", [rt.t.int, rt.t.str]))).toBe(expected.errors.layout)
    expect(pyError(rt, () => makeClass(rt, "X", [rt.t.bool]))).toBe(expected.errors.bool_base)
    decref(rt, B)
    decref(rt, A)
  })

  it("builds the class dict in CPython's order and exposes it as a mappingproxy", () => {
    const { rt } = makeRuntime()
    const E = makeClass(rt, "E")
    expect(dictKeys(E.dict!)).toEqual(expected.class_dict_order)
    const slots = newTuple(rt, [newStr(rt, "b"), newStr(rt, "a")])
    const S = makeClass(rt, "S", [], { __slots__: slots })
    expect(dictKeys(S.dict!)).toEqual(expected.slots_dict_order)
    const proxy = getAttrStr(rt, E, "__dict__")
    expect(proxy.type.name).toBe("mappingproxy")
    decref(rt, proxy)
    decref(rt, slots)
    decref(rt, S)
    decref(rt, E)
  })

  it("has CPython's sizes for classes and instances", () => {
    const { rt, heap } = makeRuntime()
    const E = makeClass(rt, "E")
    // getsizeof(E) = type.__sizeof__(E) + GC header
    const typeSizeof = typeLookup(rt, rt.t.type, ident(rt, "__sizeof__"))!
    const r = call(rt, typeSizeof, [E])
    expect(intOf(r) + 16).toBe(expected.sizes.class)
    decref(rt, r)
    const r2 = call(rt, typeSizeof, [rt.t.int])
    expect(intOf(r2)).toBe(expected.sizes.type_sizeof_int)
    decref(rt, r2)
    expect(E.basicsize).toBe(expected.sizes.basicsize_E)
    const e = call(rt, E, [])
    // The instance block holds the managed-dict pre-header, the GC head and the object.
    expect(heap.live.get(e.addr - 32)).toBe(expected.sizes.instance)
    decref(rt, e)
    const slots = newTuple(rt, [newStr(rt, "b"), newStr(rt, "a")])
    const S = makeClass(rt, "S", [], { __slots__: slots })
    expect(S.basicsize).toBe(expected.sizes.basicsize_S)
    const s = call(rt, S, [])
    expect(heap.live.get(s.addr - 16)).toBe(expected.sizes.slots_instance)
    decref(rt, s)
    const G = makeClass(rt, "G", [E])
    const rg = call(rt, typeSizeof, [G])
    expect(intOf(rg) + 16).toBe(expected.sizes.subclass_class)
    decref(rt, rg)
    decref(rt, G)
    const bad = newTuple(rt, [newStr(rt, "1a")])
    expect(pyError(rt, () => makeClass(rt, "X", [], { __slots__: bad }))).toBe(
      expected.errors.slot_not_identifier,
    )
    const conflict = newTuple(rt, [newStr(rt, "a")])
    const one = newInt(rt, 1)
    expect(pyError(rt, () => makeClass(rt, "X", [], { __slots__: conflict, a: one }))).toBe(
      expected.errors.slot_conflict,
    )
    // The rejected __slots__ tuples were released: only our references remain.
    expect(bad.rc).toBe(1)
    expect(conflict.rc).toBe(1)
    decref(rt, bad)
    decref(rt, conflict)
    const r3 = call(rt, typeSizeof, [S])
    expect(intOf(r3) + 16).toBe(expected.sizes.slots_class)
    decref(rt, r3)
    const X = makeClass(rt, "X", [rt.t.Exception!])
    expect(X.basicsize).toBe(expected.sizes.exc_subclass_basicsize)
    const r4 = call(rt, typeSizeof, [X])
    expect(intOf(r4) + 16).toBe(expected.sizes.exc_subclass_class)
    decref(rt, r4)
    for (const t of [X, S, E]) decref(rt, t)
    decref(rt, slots)
  })

  it("repr of classes and instances", () => {
    const { rt } = makeRuntime()
    const E = makeClass(rt, "E")
    expect(reprString(rt, E)).toBe(expected.reprs.class)
    expect(reprString(rt, rt.t.int)).toBe(expected.reprs.builtin_type)
    const e = call(rt, E, [])
    expect(reprString(rt, e)).toBe(`<__main__.E object at 0x${e.addr.toString(16)}>`)
    decref(rt, e)
    decref(rt, E)
  })

  it("rejects arguments to a class without __init__", () => {
    const { rt } = makeRuntime()
    const E = makeClass(rt, "E")
    const one = newInt(rt, 1)
    expect(pyError(rt, () => call(rt, E, [one]))).toBe(expected.errors.no_args)
    expect(pyError(rt, () => call(rt, rt.t.object, [one]))).toBe(expected.errors.object_new)
    expect(pyError(rt, () => call(rt, rt.t.type, [one, one]))).toBe(expected.errors.type_args)
    decref(rt, E)
  })
})

describe("slots from dunders", () => {
  it("__add__/__radd__ defined on a class drive binaryOp, reflected first for subclasses", () => {
    const { rt } = makeRuntime()
    const calls: string[] = []
    const add = pyfn(rt, "A.__add__", (rt) => {
      calls.push("A.__add__")
      return newStr(rt, "A.add")
    })
    const radd = pyfn(rt, "B.__radd__", (rt) => {
      calls.push("B.__radd__")
      return newStr(rt, "B.radd")
    })
    const A = makeClass(rt, "A", [], { __add__: add })
    const B = makeClass(rt, "B", [A], { __radd__: radd })
    const a = call(rt, A, [])
    const b = call(rt, B, [])
    const r = binaryOp(rt, a, b, "add", "+")
    expect(r.v).toBe("B.radd")
    expect(calls).toEqual(["B.__radd__"])
    decref(rt, r)
    const one = newInt(rt, 1)
    const r2 = binaryOp(rt, one, b, "add", "+")
    expect(r2.v).toBe("B.radd")
    decref(rt, r2)
    for (const o of [a, b, B, A, add, radd]) decref(rt, o)
  })

  it("__eq__ without __hash__ makes instances unhashable; __len__ feeds len()", () => {
    const { rt } = makeRuntime()
    const eq = pyfn(rt, "C.__eq__", (rt) => incref(rt.True))
    const len = pyfn(rt, "C.__len__", (rt) => newInt(rt, 3))
    const C = makeClass(rt, "C", [], { __eq__: eq, __len__: len })
    const c = call(rt, C, [])
    expect(pyError(rt, () => hash(rt, c))).toBe("TypeError: unhashable type: 'C'")
    expect(length(rt, c)).toBe(3)
    for (const o of [c, C, eq, len]) decref(rt, o)
  })

  it("an int subclass keeps int's own slot functions", () => {
    const { rt } = makeRuntime()
    const I = makeClass(rt, "I", [rt.t.int])
    expect(I.add).toBe(rt.t.int.add)
    expect(I.hash).toBe(rt.t.int.hash)
    decref(rt, I)
  })

  it("assigning a dunder on a class updates the slots of the class and its subclasses", () => {
    const { rt } = makeRuntime()
    const A = makeClass(rt, "A")
    const B = makeClass(rt, "B", [A])
    const b = call(rt, B, [])
    expect(pyError(rt, () => length(rt, b))).toBe("TypeError: object of type 'B' has no len()")
    const len = pyfn(rt, "A.__len__", (rt) => newInt(rt, 7))
    setAttrStr(rt, A, "__len__", len)
    expect(length(rt, b)).toBe(7)
    checkTypeCache(rt, B)
    for (const o of [b, B, A, len]) decref(rt, o)
  })
})

describe("attribute cache", () => {
  it("is invalidated when a base class attribute changes", () => {
    const { rt } = makeRuntime()
    const one = newInt(rt, 1)
    const two = newInt(rt, 2)
    const A = makeClass(rt, "A", [], { x: one })
    const B = makeClass(rt, "B", [A])
    const b = call(rt, B, [])
    const x1 = getAttrStr(rt, b, "x")
    expect(x1).toBe(one)
    decref(rt, x1)
    expect(B.cache.get("x")).toBe(one)
    setAttrStr(rt, A, "x", two)
    expect(B.cache.has("x")).toBe(false)
    const x2 = getAttrStr(rt, b, "x")
    expect(x2).toBe(two)
    decref(rt, x2)
    expect(typeLookup(rt, B, ident(rt, "x"))).toBe(two)
    checkTypeCache(rt, B)
    for (const o of [b, B, A, one, two]) decref(rt, o)
  })
})

describe("object.__setattr__ on a class", () => {
  it("is refused so the cache cannot go stale (hackcheck)", () => {
    const { rt } = makeRuntime()
    const A = makeClass(rt, "A")
    const objSetattr = typeLookup(rt, rt.t.object, ident(rt, "__setattr__"))!
    const one = newInt(rt, 1)
    const x = newStr(rt, "x")
    expect(pyError(rt, () => call(rt, objSetattr, [A, x, one]))).toBe(
      "TypeError: can't apply this __setattr__ to type object",
    )
    decref(rt, x)
    decref(rt, A)
  })
})

describe("isinstance / issubclass / __class__", () => {
  it("follows the MRO and CPython's errors", () => {
    const { rt } = makeRuntime()
    const A = makeClass(rt, "A")
    const B = makeClass(rt, "B", [A])
    const b = call(rt, B, [])
    expect(isInstance(rt, b, A)).toBe(true)
    expect(isSubclass(rt, B, A)).toBe(true)
    expect(isSubclass(rt, A, B)).toBe(false)
    const t = newTuple(rt, [incref(rt.t.int), incref(A)])
    expect(isInstance(rt, b, t)).toBe(true)
    const one = newInt(rt, 1)
    expect(pyError(rt, () => isInstance(rt, one, one))).toBe(expected.errors.isinstance_arg2)
    expect(pyError(rt, () => isSubclass(rt, one, rt.t.int))).toBe(expected.errors.issubclass_arg1)
    for (const o of [t, b, B, A]) decref(rt, o)
  })

  it("allows __class__ assignment between compatible classes only", () => {
    const { rt } = makeRuntime()
    const E = makeClass(rt, "E")
    const F = makeClass(rt, "F")
    const slots = newTuple(rt, [newStr(rt, "b"), newStr(rt, "a")])
    const S = makeClass(rt, "S", [], { __slots__: slots })
    const e = call(rt, E, [])
    const eRc = E.rc
    const fRc = F.rc
    setAttrStr(rt, e, "__class__", F)
    expect(e.type).toBe(F)
    expect(E.rc).toBe(eRc - 1)
    expect(F.rc).toBe(fRc + 1)
    const one = newInt(rt, 1)
    expect(pyError(rt, () => setAttrStr(rt, e, "__class__", one))).toBe(
      expected.errors.class_assign_int,
    )
    expect(pyError(rt, () => setAttrStr(rt, e, "__class__", S))).toBe(
      expected.errors.class_assign_layout.replace("'E'", "'F'"),
    )
    for (const o of [e, S, F, E, slots]) decref(rt, o)
  })
})

describe("type() messages", () => {
  it("metaclass conflict", () => {
    const { rt } = makeRuntime()
    const one = newInt(rt, 1)
    expect(pyError(rt, () => makeClass(rt, "X", [one as unknown as PyType]))).toBe(
      expected.errors.metaclass_conflict,
    )
  })
})
