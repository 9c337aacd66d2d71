// Descriptors: lookup precedence, property/classmethod/staticmethod, built-in
// methods and their reprs, argument-checking messages, bound methods, super().

import { describe, expect, it } from "vitest"
import { readFileSync } from "node:fs"
import { makeRuntime, makeClass, pyError, pyfn } from "./core-helpers.js"
import {
  call,
  callMethod,
  delAttr,
  getAttrStr,
  ident,
  reprString,
  setAttrStr,
} from "../../../src/objects/abstract.js"
import { checkPositional, newProperty, parseArgs } from "../../../src/objects/descr.js"
import { newSuper } from "../../../src/objects/super.js"
import { newInt } from "../../../src/objects/int.js"
import { newStr } from "../../../src/objects/str.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newList } from "../../../src/objects/list.js"
import { decref, incref } from "../../../src/objects/refcount.js"
import { typeLookup } from "../../../src/objects/typeobject.js"
import { dictSetItem } from "../../../src/objects/dict.js"

const expected = JSON.parse(
  readFileSync(new URL("./fixtures/core-expected.json", import.meta.url), "utf8"),
) as { errors: Record<string, string>; reprs: Record<string, string> }

describe("attribute lookup precedence", () => {
  it("data descriptor > instance dict > non-data descriptor > class attribute", () => {
    const { rt } = makeRuntime()
    const getter = pyfn(rt, "C.p", (rt) => newStr(rt, "from property"))
    const prop = newProperty(rt, getter, null, null, null)
    const method = pyfn(rt, "C.m", (rt) => newStr(rt, "from method"))
    const C = makeClass(rt, "C", [], { p: prop, m: method })
    const c = call(rt, C, [])
    const shadow = newStr(rt, "from dict")
    // Instance dict entries named like the descriptors.
    const d = getAttrStr(rt, c, "__dict__")
    dictSetItem(rt, d, ident(rt, "p"), shadow)
    dictSetItem(rt, d, ident(rt, "m"), shadow)
    decref(rt, d)
    const p = getAttrStr(rt, c, "p")
    expect(p.v).toBe("from property")
    const m = getAttrStr(rt, c, "m")
    expect(m.v).toBe("from dict")
    for (const o of [p, m, c, C, prop, getter, method, shadow]) decref(rt, o)
  })

  it("property errors name the property and the class", () => {
    const { rt } = makeRuntime()
    const getter = pyfn(rt, "C.q", (rt) => newInt(rt, 1))
    const q = newProperty(rt, getter, null, null, null)
    const empty = newProperty(rt, null, null, null, null)
    const C = makeClass(rt, "C", [], { q, p: empty })
    const c = call(rt, C, [])
    const one = newInt(rt, 1)
    expect(pyError(rt, () => getAttrStr(rt, c, "p"))).toBe(
      "AttributeError: property 'p' of 'C' object has no getter",
    )
    expect(pyError(rt, () => setAttrStr(rt, c, "q", one))).toBe(
      "AttributeError: property 'q' of 'C' object has no setter",
    )
    expect(pyError(rt, () => delAttr(rt, c, ident(rt, "q")))).toBe(
      "AttributeError: property 'q' of 'C' object has no deleter",
    )
    // On the class, a property is itself.
    const viaClass = getAttrStr(rt, C, "q")
    expect(viaClass).toBe(q)
    decref(rt, viaClass)
    for (const o of [c, C, q, empty, getter]) decref(rt, o)
  })

  it("classmethod binds the class, staticmethod gives the function", () => {
    const { rt } = makeRuntime()
    const f = pyfn(rt, "C.f", (rt, args) => incref(args[0]!))
    const cm = call(rt, rt.t.classmethod, [f])
    const sm = call(rt, rt.t.staticmethod, [f])
    const C = makeClass(rt, "C", [], { c: cm, s: sm })
    const c = call(rt, C, [])
    const r = callMethod(rt, c, "c", [])
    expect(r).toBe(C)
    decref(rt, r)
    const s = getAttrStr(rt, c, "s")
    expect(s).toBe(f)
    decref(rt, s)
    const bound = getAttrStr(rt, C, "c")
    expect(reprString(rt, bound)).toBe("<bound method C.f of <class '__main__.C'>>")
    decref(rt, bound)
    for (const o of [c, C, cm, sm, f]) decref(rt, o)
  })
})

describe("built-in callables", () => {
  it("have CPython's reprs", () => {
    const { rt } = makeRuntime()
    const add = typeLookup(rt, rt.t.int, ident(rt, "__add__"))!
    expect(reprString(rt, add)).toBe(expected.reprs.slot_wrapper)
    const append = typeLookup(rt, rt.t.list, ident(rt, "append"))!
    expect(reprString(rt, append)).toBe(expected.reprs.method_descr)
    const real = typeLookup(rt, rt.t.int, ident(rt, "real"))
    if (real !== null) expect(reprString(rt, real)).toBe(expected.reprs.getset)
    const l = newList(rt, [])
    const bm = getAttrStr(rt, l, "append")
    expect(reprString(rt, bm)).toBe(
      `<built-in method append of list object at 0x${l.addr.toString(16)}>`,
    )
    decref(rt, bm)
    decref(rt, l)
  })

  it("check their arguments with CPython's messages", () => {
    const { rt } = makeRuntime()
    const l = newList(rt, [])
    const one = newInt(rt, 1)
    const append = getAttrStr(rt, l, "append")
    expect(pyError(rt, () => call(rt, append, [one, one]))).toBe(expected.errors.append_2)
    const clear = getAttrStr(rt, l, "clear")
    expect(pyError(rt, () => call(rt, clear, [one]))).toBe(expected.errors.clear_1)
    const pop = getAttrStr(rt, l, "pop")
    const kw = newTuple(rt, [newStr(rt, "x")])
    expect(pyError(rt, () => call(rt, pop, [one], kw))).toBe(expected.errors.pop_kw)
    const unbound = typeLookup(rt, rt.t.list, ident(rt, "append"))!
    expect(pyError(rt, () => call(rt, unbound, [one, one]))).toBe(expected.errors.descr_apply)
    expect(pyError(rt, () => call(rt, unbound, []))).toBe(expected.errors.descr_noarg)
    const iadd = typeLookup(rt, rt.t.int, ident(rt, "__add__"))!
    const a = newStr(rt, "a")
    expect(pyError(rt, () => call(rt, iadd, [a, one]))).toBe(expected.errors.wrapper_type)
    for (const o of [append, clear, pop, kw, l, a]) decref(rt, o)
  })

  it("parseArgs and checkPositional produce Argument Clinic's messages", () => {
    const { rt } = makeRuntime()
    const one = newInt(rt, 1)
    const sortSpec = { fname: "sort", names: ["key", "reverse"], required: 0, maxPos: 0 }
    expect(pyError(rt, () => parseArgs(rt, sortSpec, [one], null))).toBe(expected.errors.sort_pos)
    const kw = newTuple(rt, [newStr(rt, "x")])
    expect(pyError(rt, () => parseArgs(rt, sortSpec, [one], kw))).toBe(expected.errors.sort_kw)
    expect(pyError(rt, () => checkPositional(rt, "pop", 2, 0, 1))).toBe(expected.errors.pop_many)
    const enc = { fname: "encode", names: ["encoding", "errors"], required: 0 }
    expect(pyError(rt, () => parseArgs(rt, enc, [one, one, one], null))).toBe(
      "TypeError: encode() takes at most 2 arguments (3 given)",
    )
    const kwEnc = newTuple(rt, [newStr(rt, "encoding")])
    expect(pyError(rt, () => parseArgs(rt, enc, [one, one], kwEnc))).toBe(
      "TypeError: argument for encode() given by name ('encoding') and position (1)",
    )
    const got = parseArgs(rt, enc, [one], null)
    expect(got).toEqual([one, null])
    decref(rt, kw)
    decref(rt, kwEnc)
  })
})

describe("bound methods", () => {
  it("hold a reference to self and the function while they live", () => {
    const { rt } = makeRuntime()
    const f = pyfn(rt, "C.f", (rt, args) => newInt(rt, args.length))
    const C = makeClass(rt, "C", [], { f })
    const c = call(rt, C, [])
    const before = c.rc
    const m = getAttrStr(rt, c, "f")
    expect(c.rc).toBe(before + 1)
    expect(reprString(rt, m)).toBe(
      `<bound method C.f of <__main__.C object at 0x${c.addr.toString(16)}>>`,
    )
    const r = call(rt, m, [c])
    expect(r.v).toBe(2)
    decref(rt, r)
    decref(rt, m)
    expect(c.rc).toBe(before)
    for (const o of [c, C, f]) decref(rt, o)
  })
})

describe("super", () => {
  it("finds the next class in the MRO of the instance's type", () => {
    const { rt } = makeRuntime()
    const fa = pyfn(rt, "A.f", (rt) => newStr(rt, "A.f"))
    const fb = pyfn(rt, "B.f", (rt) => newStr(rt, "B.f"))
    const A = makeClass(rt, "A", [], { f: fa })
    const B = makeClass(rt, "B", [A], { f: fb })
    const b = call(rt, B, [])
    const s = newSuper(rt, B, b)
    const r = callMethod(rt, s, "f", [])
    expect(r.v).toBe("A.f")
    expect(reprString(rt, s)).toBe("<super: <class 'B'>, <B object>>")
    const one = newInt(rt, 1)
    expect(pyError(rt, () => newSuper(rt, B, one))).toBe(
      "TypeError: super(type, obj): obj must be an instance or subtype of type",
    )
    for (const o of [r, s, b, B, A, fa, fb]) decref(rt, o)
  })
})
