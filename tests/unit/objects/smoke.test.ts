import { describe, expect, it } from "vitest"
import { makeRuntime, makeClass, pyError } from "./core-helpers.js"
import { call, reprString, getAttrStr, binaryOp } from "../../../src/objects/abstract.js"
import { newInt } from "../../../src/objects/int.js"
import { newStr } from "../../../src/objects/str.js"
import { decref } from "../../../src/objects/refcount.js"

describe("smoke", () => {
  it("boots and makes a class", () => {
    const { rt } = makeRuntime()
    const C = makeClass(rt, "C")
    expect(reprString(rt, C)).toBe("<class '__main__.C'>")
    const c = call(rt, C, [])
    expect(reprString(rt, c)).toMatch(/^<__main__\.C object at 0x[0-9a-f]+>$/)
    const one = newInt(rt, 1)
    const s = newStr(rt, "a")
    expect(pyError(rt, () => binaryOp(rt, one, s, "add", "+"))).toBe(
      "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    )
    expect(pyError(rt, () => getAttrStr(rt, c, "x"))).toBe(
      "AttributeError: 'C' object has no attribute 'x'",
    )
    decref(rt, c)
    decref(rt, C)
  })
})
