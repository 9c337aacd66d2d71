import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { hashBytes, hashComplex, hashFloat, hashInt, hashStr } from "../../../src/objects/hash.js"
import { strInfoOf } from "../../../src/objects/str.js"
import { normBig } from "../../../src/objects/int.js"

const fx = JSON.parse(
  readFileSync(new URL("../../fixtures/numbers-text.json", import.meta.url), "utf8"),
)

/** A PyHash as a decimal string, for comparison with the fixtures. */
const dec = (h: number | bigint) => String(h)
/** A Python float repr as a JS number. */
const pyFloat = (r: string) =>
  r === "inf" ? Infinity : r === "-inf" ? -Infinity : r === "nan" ? NaN : Number(r)

describe("hash (PYTHONHASHSEED=0, values from python3)", () => {
  it("str: SipHash-1-3 over the canonical representation", () => {
    for (const [s, h] of fx.strHash as [string, string][]) {
      const info = strInfoOf(s)
      expect(dec(hashStr(s, info.kind, info.length)), JSON.stringify(s)).toBe(h)
    }
  })
  it("bytes", () => {
    for (const [b, h] of fx.bytesHash as [number[], string][])
      expect(dec(hashBytes(Uint8Array.from(b)))).toBe(h)
  })
  it("int", () => {
    for (const [n, h] of fx.intHash as [string, string][])
      expect(dec(hashInt(normBig(BigInt(n))))).toBe(h)
  })
  it("float", () => {
    for (const [x, h] of fx.floatHash as [string, string][])
      expect(dec(hashFloat(pyFloat(x), 0)), x).toBe(h)
  })
  it("complex", () => {
    for (const [a, b, h] of fx.complexHash as [string, string, string][])
      expect(dec(hashComplex(pyFloat(a), pyFloat(b), 0))).toBe(h)
  })
  it("hash values are normalized: numbers when safe", () => {
    expect(typeof hashInt(2n ** 61n)).toBe("number")
    expect(hashInt(-1)).toBe(-2)
  })
})
