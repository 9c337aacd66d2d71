// The str constructors that decide between a new object and a cached
// singleton (str.ts): newStr hands out '' and the one-character Latin-1
// strings, newStrFresh and newStrDecimal make new objects (but '' stays the
// singleton), strUnchanged returns an exact str itself and copies a subclass
// instance.

import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { call } from "../../../src/objects/abstract.js"
import { newDict } from "../../../src/objects/dict.js"
import { decref } from "../../../src/objects/refcount.js"
import {
  newStr,
  newStrDecimal,
  newStrFresh,
  strInfoOf,
  strUnchanged,
} from "../../../src/objects/str.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { makeRuntime } from "./numbers-harness.js"

const { rt } = makeRuntime()

describe("str constructors: new objects and singletons", () => {
  it("newStr gives the singletons, newStrFresh new objects except for ''", () => {
    for (let c = 0; c < 256; c++) {
      const ch = String.fromCharCode(c)
      const cached = newStr(rt, ch)
      const fresh = newStrFresh(rt, ch)
      expect(cached).toBe(rt.latin1[c])
      expect(fresh).not.toBe(rt.latin1[c])
      expect(fresh.v).toBe(ch)
      expect(fresh.rc).toBe(1)
      decref(rt, cached)
      decref(rt, fresh)
    }
    const e1 = newStrFresh(rt, "")
    expect(e1).toBe(rt.emptyStr)
    decref(rt, e1)
  })

  it("newStrFresh and newStrDecimal carry the metadata strInfoOf computes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 8 }), (s) => {
        const o = newStrFresh(rt, s)
        expect(o.w).toEqual(strInfoOf(s))
        decref(rt, o)
      }),
    )
    fc.assert(
      fc.property(fc.bigInt(), (n) => {
        const s = n.toString()
        const o = newStrDecimal(rt, s)
        expect(o.w).toEqual(strInfoOf(s))
        expect(o).not.toBe(rt.latin1[s.charCodeAt(0)])
        decref(rt, o)
      }),
    )
  })

  it("strUnchanged returns an exact str itself and a new copy of a subclass instance", () => {
    const a = newStrFresh(rt, "a")
    const same = strUnchanged(rt, a)
    expect(same).toBe(a)
    expect(a.rc).toBe(2)
    decref(rt, same)
    // class S(str): pass; S('a')
    const name = newStr(rt, "S")
    rt.t.str.rc++
    const bases = newTuple(rt, [rt.t.str])
    const ns = newDict(rt)
    const Sub = call(rt, rt.t.type, [name, bases, ns], null)
    const sub = call(rt, Sub, [a], null)
    const copy = strUnchanged(rt, sub)
    expect(copy.type).toBe(rt.t.str)
    expect(copy).not.toBe(rt.latin1[97])
    expect(copy.v).toBe("a")
    for (const o of [copy, sub, Sub, ns, bases, name, a]) decref(rt, o)
  })
})
