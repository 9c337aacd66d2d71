// repr() of floats and complexes against CPython 3.11 (scripts/gen-float-repr-fixtures.py).

import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { complexRepr, floatRepr } from "../../../src/util/float-repr.js"

const fixtures = JSON.parse(
  readFileSync(new URL("../../fixtures/util/float-repr.json", import.meta.url), "utf8"),
) as { floats: [string, string][]; complex: [string, string, string][] }

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8))
  for (let i = 0; i < 8; i++) view.setUint8(i, parseInt(hex.slice(2 * i, 2 * i + 2), 16))
  return view.getFloat64(0)
}

describe("floatRepr", () => {
  it("matches repr(float) on special and random doubles", () => {
    const bad: string[] = []
    for (const [bits, want] of fixtures.floats) {
      const got = floatRepr(fromBits(bits))
      if (got !== want) bad.push(`${bits}: ${got} != ${want}`)
    }
    expect(bad).toEqual([])
    expect(fixtures.floats.length).toBeGreaterThan(2500)
  })

  it("lays out the classic cases", () => {
    expect([1e16, 1e-5, 0.0001, Infinity, NaN, -0, 1, 1e15].map(floatRepr)).toEqual([
      "1e+16",
      "1e-05",
      "0.0001",
      "inf",
      "nan",
      "-0.0",
      "1.0",
      "1000000000000000.0",
    ])
  })
})

describe("complexRepr", () => {
  it("matches repr(complex)", () => {
    const bad: string[] = []
    for (const [re, im, want] of fixtures.complex) {
      const got = complexRepr(fromBits(re), fromBits(im))
      if (got !== want) bad.push(`${got} != ${want}`)
    }
    expect(bad).toEqual([])
  })
})
