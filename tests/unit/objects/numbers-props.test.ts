// Property tests: int arithmetic against a bigint model, with the
// representation invariants (checkInt, checkStr) checked on every result.

import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { binaryOp, richCompare } from "../../../src/objects/abstract.js"
import { checkInt, newInt, normBig, toBig } from "../../../src/objects/int.js"
import type { PyObject } from "../../../src/objects/object.js"
import { decref } from "../../../src/objects/refcount.js"
import { checkStr, newStr } from "../../../src/objects/str.js"
import { CompareOp } from "../../../src/objects/type.js"
import { makeRuntime } from "./numbers-harness.js"

const { rt } = makeRuntime()

const bigs = fc.oneof(
  fc.integer({ min: -300, max: 300 }).map(BigInt),
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
  fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
  fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n), -(2n ** 53n) + 1n, 0n, -1n),
)

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q
}

const MODEL: [
  string,
  "add" | "subtract" | "multiply" | "floorDivide" | "remainder" | "and" | "or" | "xor",
  (a: bigint, b: bigint) => bigint,
][] = [
  ["+", "add", (a, b) => a + b],
  ["-", "subtract", (a, b) => a - b],
  ["*", "multiply", (a, b) => a * b],
  ["//", "floorDivide", floorDiv],
  ["%", "remainder", (a, b) => a - floorDiv(a, b) * b],
  ["&", "and", (a, b) => a & b],
  ["|", "or", (a, b) => a | b],
  ["^", "xor", (a, b) => a ^ b],
]

describe("int arithmetic against a bigint model", () => {
  it("results are exact, normalized and cached", () => {
    fc.assert(
      fc.property(bigs, bigs, fc.integer({ min: 0, max: MODEL.length - 1 }), (a, b, k) => {
        const [sym, slot, f] = MODEL[k]!
        if ((sym === "//" || sym === "%") && b === 0n) return
        const x = newInt(rt, normBig(a))
        const y = newInt(rt, normBig(b))
        const r = binaryOp(rt, x, y, slot, sym)
        checkInt(rt, r)
        expect(toBig(r.v)).toBe(f(a, b))
        const lt = richCompare(rt, x, y, CompareOp.LT)
        expect(lt === rt.True).toBe(a < b)
        for (const o of [x, y, r, lt] as PyObject[]) decref(rt, o)
      }),
      { numRuns: 2000 },
    )
  })

  it("str metadata matches the text for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (s) => {
        const o = newStr(rt, s)
        checkStr(rt, o)
        expect(o.w.length).toBe([...s].length)
        decref(rt, o)
      }),
      { numRuns: 300 },
    )
  })
})
