// Every protocol operation borrows its arguments: after the result (or the
// raised exception) is released, every object involved has the refcount it
// had before. One sweep over the protocol, success and error paths.

import { describe, expect, it } from "vitest"
import { makeRuntime, makeClass, pyfn } from "./core-helpers.js"
import * as ab from "../../../src/objects/abstract.js"
import { newInt } from "../../../src/objects/int.js"
import { newStr } from "../../../src/objects/str.js"
import { newList } from "../../../src/objects/list.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newProperty } from "../../../src/objects/descr.js"
import { decref, incref } from "../../../src/objects/refcount.js"
import { CompareOp } from "../../../src/objects/type.js"
import type { PyObject } from "../../../src/objects/object.js"

describe("refcount discipline", () => {
  it("leaves every refcount as it was, on success and on error", () => {
    const { rt } = makeRuntime()
    const getter = pyfn(rt, "C.p", (rt) => newStr(rt, "p"))
    const prop = newProperty(rt, getter, null, null, null)
    const method = pyfn(rt, "C.m", (rt, args) => incref(args[0]!))
    const add = pyfn(rt, "C.__add__", (rt, args) => incref(args[1]!))
    const C = makeClass(rt, "C", [], { p: prop, m: method, __add__: add })
    const c = ab.call(rt, C, [])
    const one = newInt(rt, 1)
    const s = newStr(rt, "s")
    const x = ab.ident(rt, "x")
    const l = newList(rt, [incref(one), incref(s)])
    const t = newTuple(rt, [incref(one)])
    ab.setAttr(rt, c, x, one)
    const objs = [
      getter,
      prop,
      method,
      add,
      C,
      c,
      one,
      s,
      x,
      l,
      t,
      rt.None,
      rt.True,
      rt.False,
      rt.NotImplemented,
    ]
    const snapshot = () => objs.map((o) => o.rc)
    const ops: [string, () => unknown][] = [
      ["getAttr", () => ab.getAttr(rt, c, x)],
      ["getAttr property", () => ab.getAttrStr(rt, c, "p")],
      ["getAttr method", () => ab.getAttrStr(rt, c, "m")],
      ["getAttr missing", () => ab.getAttrStr(rt, c, "nope")],
      ["lookupAttr missing", () => ab.lookupAttr(rt, c, ab.ident(rt, "nope"))],
      ["callMethod", () => ab.callMethod(rt, c, "m", [])],
      ["repr", () => ab.repr(rt, c)],
      ["str", () => ab.str(rt, l)],
      ["hash", () => ab.hash(rt, c)],
      ["hash error", () => ab.hash(rt, l)],
      ["richCompare", () => ab.richCompare(rt, c, one, CompareOp.EQ)],
      ["richCompare error", () => ab.richCompare(rt, c, one, CompareOp.LT)],
      ["richCompareBool", () => ab.richCompareBool(rt, l, l, CompareOp.EQ)],
      ["isTrue", () => ab.isTrue(rt, c)],
      ["length", () => ab.length(rt, l)],
      ["getItem", () => ab.getItem(rt, l, one)],
      ["getItem error", () => ab.getItem(rt, one, one)],
      ["contains", () => ab.contains(rt, t, one)],
      ["contains error", () => ab.contains(rt, one, one)],
      [
        "iterate",
        () => {
          const it = ab.getIter(rt, l)
          for (let v = ab.iterNext(rt, it); v !== null; v = ab.iterNext(rt, it)) decref(rt, v)
          return it
        },
      ],
      ["call error", () => ab.call(rt, one, [])],
      ["binaryOp slot", () => ab.binaryOp(rt, c, s, "add", "+")],
      ["binaryOp error", () => ab.binaryOp(rt, one, s, "add", "+")],
      ["inplaceOp error", () => ab.inplaceOp(rt, one, s, "add", "+")],
      ["unaryOp error", () => ab.unaryOp(rt, s, "negative")],
      ["isInstance", () => ab.isInstance(rt, c, t)],
      ["isSubclass", () => ab.isSubclass(rt, C, rt.t.object)],
      ["index", () => ab.index(rt, one)],
      [
        "setAttr/delAttr",
        () => {
          const y = ab.ident(rt, "y")
          ab.setAttr(rt, c, y, s)
          ab.delAttr(rt, c, y)
          return null
        },
      ],
    ]
    for (const [name, op] of ops) {
      const before = snapshot()
      try {
        const r = op()
        if (r !== null && typeof r === "object") decref(rt, r as PyObject)
      } catch (e) {
        if (!(e !== null && typeof e === "object" && "rc" in e)) throw e
        decref(rt, e as PyObject)
      }
      expect([name, snapshot()]).toEqual([name, before])
    }
    for (const o of [c, C, getter, prop, method, add, one, s, l, t]) decref(rt, o)
  })
})
