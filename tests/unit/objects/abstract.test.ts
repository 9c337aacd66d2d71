// The generic protocol's error messages and reference discipline, checked
// against python3's messages (fixtures/core-expected.json).

import { describe, expect, it } from "vitest"
import { readFileSync } from "node:fs"
import { makeRuntime, makeClass, pyError } from "./core-helpers.js"
import {
  asSsize,
  binaryOp,
  call,
  delItem,
  getAttr,
  getItem,
  getIter,
  hash,
  inplaceOp,
  iterNext,
  length,
  power,
  richCompare,
  richCompareBool,
  setItem,
  unaryOp,
} from "../../../src/objects/abstract.js"
import { newInt } from "../../../src/objects/int.js"
import { newStr } from "../../../src/objects/str.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newList } from "../../../src/objects/list.js"
import { decref } from "../../../src/objects/refcount.js"
import { CompareOp } from "../../../src/objects/type.js"

const expected = JSON.parse(
  readFileSync(new URL("./fixtures/core-expected.json", import.meta.url), "utf8"),
) as { errors: Record<string, string> }
const E = expected.errors

describe("operator errors", () => {
  it("match CPython's messages", () => {
    const { rt } = makeRuntime()
    const one = newInt(rt, 1)
    const two = newInt(rt, 2)
    const a = newStr(rt, "a")
    expect(pyError(rt, () => binaryOp(rt, one, a, "add", "+"))).toBe(E.add)
    expect(pyError(rt, () => inplaceOp(rt, one, a, "add", "+"))).toBe(E.iadd)
    expect(pyError(rt, () => power(rt, one, two, a))).toBe(E.pow3)
    expect(pyError(rt, () => unaryOp(rt, a, "negative"))).toBe(E.neg)
    expect(pyError(rt, () => unaryOp(rt, a, "absolute"))).toBe(E.abs)
    expect(pyError(rt, () => richCompare(rt, one, a, CompareOp.LT))).toBe(E.lt)
    expect(pyError(rt, () => length(rt, one))).toBe(E.len)
    expect(pyError(rt, () => getItem(rt, one, one))).toBe(E.subscript)
    expect(pyError(rt, () => getIter(rt, one))).toBe(E.not_iterable)
    expect(pyError(rt, () => call(rt, one, []))).toBe(E.not_callable)
    expect(pyError(rt, () => getAttr(rt, one, two))).toBe(E.attr_name)
    const l = newList(rt, [])
    expect(pyError(rt, () => hash(rt, l))).toBe(E.unhashable)
    expect(pyError(rt, () => iterNext(rt, one))).toBe("TypeError: 'int' object is not an iterator")
    const t = newTuple(rt, [newInt(rt, 5)])
    expect(pyError(rt, () => setItem(rt, t, one, one))).toBe(
      "TypeError: 'tuple' object does not support item assignment",
    )
    expect(pyError(rt, () => delItem(rt, t, one))).toBe(
      "TypeError: 'tuple' object doesn't support item deletion",
    )
    expect(pyError(rt, () => delItem(rt, one, one))).toBe(
      "TypeError: 'int' object does not support item deletion",
    )
    for (const o of [one, two, a, l, t]) decref(rt, o)
  })

  it("equality falls back to identity; refcounts are unchanged by a comparison", () => {
    const { rt } = makeRuntime()
    const C = makeClass(rt, "C")
    const c = call(rt, C, [])
    const d = call(rt, C, [])
    const before = [c.rc, d.rc, rt.True.rc, rt.False.rc]
    expect(richCompareBool(rt, c, c, CompareOp.EQ)).toBe(true)
    expect(richCompareBool(rt, c, d, CompareOp.EQ)).toBe(false)
    expect(richCompareBool(rt, c, d, CompareOp.NE)).toBe(true)
    expect([c.rc, d.rc, rt.True.rc, rt.False.rc]).toEqual(before)
    for (const o of [c, d, C]) decref(rt, o)
  })

  it("asSsize raises OverflowError past Py_ssize_t, clamps without an error type", () => {
    const { rt } = makeRuntime()
    const big = newInt(rt, 2n ** 70n)
    expect(pyError(rt, () => asSsize(rt, big, rt.t.OverflowError!))).toBe(
      "OverflowError: cannot fit 'int' into an index-sized integer",
    )
    expect(asSsize(rt, big, null)).toBe(2 ** 63 - 1)
    const f = newStr(rt, "x")
    expect(pyError(rt, () => asSsize(rt, f, null))).toBe(
      "TypeError: 'str' object cannot be interpreted as an integer",
    )
    decref(rt, big)
    decref(rt, f)
  })
})
