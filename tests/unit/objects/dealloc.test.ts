// Deallocation of class instances (subtype_dealloc): the order references are
// released in, __del__ through the finalize slot, resurrection, and the
// refcount discipline of the generic operations (no leaks, no double frees).

import { describe, expect, it } from "vitest"
import { makeRuntime, makeClass, pyError, pyfn } from "./core-helpers.js"
import {
  call,
  getAttrStr,
  setAttrStr,
  delAttr,
  ident,
  reprString,
} from "../../../src/objects/abstract.js"
import { newStr } from "../../../src/objects/str.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newList, listAppend, listClearItems, listItems } from "../../../src/objects/list.js"
import { decref, incref } from "../../../src/objects/refcount.js"
import type { PyObject } from "../../../src/objects/object.js"
import type { Runtime } from "../../../src/objects/runtime.js"
import type { PyType } from "../../../src/objects/type.js"

/** class D: __init__ stores n; __del__ records n in `log`. */
function makeD(rt: Runtime, log: string[]): { D: PyType; release: () => void } {
  const init = pyfn(rt, "D.__init__", (rt, args) => {
    setAttrStr(rt, args[0]!, "n", args[1]!)
    return incref(rt.None)
  })
  const del = pyfn(rt, "D.__del__", (rt, args) => {
    const n = getAttrStr(rt, args[0]!, "n")
    log.push(n.v as string)
    decref(rt, n)
    return incref(rt.None)
  })
  const D = makeClass(rt, "D", [], { __init__: init, __del__: del })
  return {
    D,
    release: () => {
      decref(rt, D)
      decref(rt, init)
      decref(rt, del)
    },
  }
}

function d(rt: Runtime, D: PyType, n: string): PyObject {
  const s = newStr(rt, n)
  try {
    return call(rt, D, [s])
  } finally {
    decref(rt, s)
  }
}

describe("subtype_dealloc", () => {
  it("releases slots (most derived class first, sorted) then the dict in insertion order", () => {
    const { rt } = makeRuntime()
    const log: string[] = []
    const { D, release } = makeD(rt, log)
    const s1 = newTuple(rt, [newStr(rt, "b"), newStr(rt, "a"), newStr(rt, "__dict__")])
    const S = makeClass(rt, "S", [], { __slots__: s1 })
    const s2 = newTuple(rt, [newStr(rt, "d"), newStr(rt, "c")])
    const T = makeClass(rt, "T", [S], { __slots__: s2 })
    const t = call(rt, T, [])
    for (const n of ["x", "b", "a", "d", "c", "y"]) {
      const v = d(rt, D, n)
      setAttrStr(rt, t, n, v)
      decref(rt, v)
    }
    expect(log).toEqual([])
    decref(rt, t)
    // python3: del c, del d, del a, del b, del x, del y
    expect(log).toEqual(["c", "d", "a", "b", "x", "y"])
    for (const o of [T, S, s1, s2]) decref(rt, o)
    release()
  })

  it("runs __del__ once; a resurrected object is not finalized again", () => {
    const { rt } = makeRuntime()
    const keep = newList(rt, [])
    let calls = 0
    const del = pyfn(rt, "R.__del__", (rt, args) => {
      calls++
      listAppend(rt, keep, args[0]!)
      return incref(rt.None)
    })
    const R = makeClass(rt, "R", [], { __del__: del })
    const r = call(rt, R, [])
    const addr = r.addr
    decref(rt, r)
    expect(calls).toBe(1)
    expect(listItems(keep)[0]).toBe(r)
    expect(r.addr).toBe(addr) // still alive
    expect(r.rc).toBe(1)
    const rRc = R.rc
    // Second death: no second __del__, the block is freed and the class loses the instance's reference.
    listClearItems(rt, keep)
    expect(calls).toBe(1)
    expect(r.addr).toBe(0)
    expect(R.rc).toBe(rRc - 1)
    for (const o of [keep, R, del]) decref(rt, o)
  })

  it("reports an exception in __del__ through the unraisable hook", () => {
    const { rt } = makeRuntime()
    const seen: string[] = []
    rt.hooks.unraisable = (rt, exc, ctx) => {
      seen.push(`${exc.type.name} in ${ctx === null ? "?" : reprString(rt, ctx).split(" at ")[0]}`)
    }
    const del = pyfn(rt, "Q.__del__", (rt) => throwValueError(rt))
    const Q = makeClass(rt, "Q", [], { __del__: del })
    const q = call(rt, Q, [])
    decref(rt, q)
    expect(seen).toEqual(["ValueError in <function Q.__del__"])
    decref(rt, Q)
    decref(rt, del)
  })

  it("instances hold a reference to their class", () => {
    const { rt } = makeRuntime()
    const E = makeClass(rt, "E")
    const before = E.rc
    const e1 = call(rt, E, [])
    const e2 = call(rt, E, [])
    expect(E.rc).toBe(before + 2)
    decref(rt, e1)
    decref(rt, e2)
    expect(E.rc).toBe(before)
    decref(rt, E)
  })

  it("a class has CPython's refcount: mro tuple, __dict__ and __weakref__ descriptors", () => {
    const { rt } = makeRuntime()
    const E = makeClass(rt, "E")
    // python3: sys.getrefcount(E) == 5 with one global name (+1 for the argument)
    expect(E.rc).toBe(5 - 1)
    const F = makeClass(rt, "F", [E])
    expect(E.rc).toBe(8 - 1)
    expect(F.rc).toBe(3 - 1)
    decref(rt, F)
    decref(rt, E)
  })
})

describe("refcount discipline of the generic operations", () => {
  it("set/get/del of attributes leaves no reference and no block behind", () => {
    const { rt, heap } = makeRuntime()
    const E = makeClass(rt, "E")
    const v = newStr(rt, "value")
    const base = v.rc
    const e = call(rt, E, [])
    setAttrStr(rt, e, "x", v)
    const dict = getAttrStr(rt, e, "__dict__")
    const dictRc = dict.rc
    decref(rt, dict)
    expect(v.rc).toBe(base + 1)
    const got = getAttrStr(rt, e, "x")
    expect(got).toBe(v)
    expect(v.rc).toBe(base + 2)
    decref(rt, got)
    delAttr(rt, e, ident(rt, "x"))
    expect(v.rc).toBe(base)
    expect(pyError(rt, () => delAttr(rt, e, ident(rt, "x")))).toBe(
      "AttributeError: 'E' object has no attribute 'x'",
    )
    expect(dictRc).toBe(2)
    const block = e.addr - 32
    expect(heap.sizeOf(block)).toBeDefined()
    decref(rt, e)
    // The instance is gone and its block back in the heap.
    expect(e.addr).toBe(0)
    expect(heap.sizeOf(block)).toBeUndefined()
    decref(rt, v)
    decref(rt, E)
  })

  it("a failed attribute lookup releases everything it made", () => {
    const { rt, heap } = makeRuntime()
    const E = makeClass(rt, "E")
    const e = call(rt, E, [])
    pyError(rt, () => getAttrStr(rt, e, "missing"))
    const live = heap.live.size
    for (let i = 0; i < 20; i++) pyError(rt, () => getAttrStr(rt, e, "missing"))
    expect(heap.live.size).toBe(live)
    decref(rt, e)
    decref(rt, E)
  })
})

function throwValueError(rt: Runtime): never {
  throw rt.hooks.newException!(rt, rt.t.ValueError!, "boom")
}

describe("tp_traverse of class instances", () => {
  it("visits the class, the slot values and the dict exactly once", () => {
    const { rt } = makeRuntime()
    const slots = newTuple(rt, [newStr(rt, "a"), newStr(rt, "__dict__")])
    const S = makeClass(rt, "S", [], { __slots__: slots })
    const s = call(rt, S, [])
    const va = newStr(rt, "va")
    const vb = newStr(rt, "vb")
    setAttrStr(rt, s, "a", va)
    setAttrStr(rt, s, "b", vb)
    // As gc.get_referents in 3.11: the slot, the inline values, the class;
    // once __dict__ was asked for, the dict object instead of its values.
    const seen: PyObject[] = []
    S.traverse!(s, (c) => seen.push(c))
    expect(seen).toEqual([va, vb, S])
    decref(rt, getAttrStr(rt, s, "__dict__"))
    const seen2: PyObject[] = []
    S.traverse!(s, (c) => seen2.push(c))
    expect(seen2.length).toBe(3)
    expect(seen2[0]).toBe(va)
    expect(seen2[1]!.type).toBe(rt.t.dict)
    expect(seen2[2]).toBe(S)
    // An exception subclass: BaseException's traverse visits the dict, the class does not again.
    const X = makeClass(rt, "X", [rt.t.Exception!])
    const x = call(rt, X, [])
    setAttrStr(rt, x, "b", vb)
    const seenX: PyObject[] = []
    X.traverse!(x, (c) => seenX.push(c))
    expect(seenX.filter((c) => c.type === rt.t.dict).length).toBe(1)
    for (const o of [x, X, s, S, slots, va, vb]) decref(rt, o)
  })
})

describe("weakref clearing in subtype_dealloc", () => {
  it("runs after __del__ and before the attributes are released", () => {
    const { rt } = makeRuntime()
    const log: string[] = []
    const { D, release } = makeD(rt, log)
    rt.hooks.clearWeakrefs = (_rt, o) => log.push(`weakrefs of ${o.type.name}`)
    const del = pyfn(rt, "W.__del__", (rt) => {
      log.push("W.__del__")
      return incref(rt.None)
    })
    const W = makeClass(rt, "W", [], { __del__: del })
    const w = call(rt, W, [])
    const a = d(rt, D, "attr")
    setAttrStr(rt, w, "a", a)
    decref(rt, a)
    decref(rt, w)
    expect(log).toEqual(["W.__del__", "weakrefs of W", "attr", "weakrefs of D"])
    decref(rt, W)
    decref(rt, del)
    release()
  })
})

describe("tp_clear of a class", () => {
  it("empties its dict and invalidates the caches of its subclasses", () => {
    const { rt } = makeRuntime()
    const v = newStr(rt, "value")
    const A = makeClass(rt, "A", [], { x: v })
    const B = makeClass(rt, "B", [A])
    const b = call(rt, B, [])
    const got = getAttrStr(rt, b, "x")
    decref(rt, got)
    expect(B.cache.get("x")).toBe(v)
    const rc = v.rc
    A.type.clear!(rt, A)
    expect(B.cache.has("x")).toBe(false)
    expect(v.rc).toBe(rc - 1)
    decref(rt, b)
    decref(rt, v)
  })
})
