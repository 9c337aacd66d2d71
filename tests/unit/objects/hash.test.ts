import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import fc from "fast-check"
import {
  hashBytes,
  hashComplex,
  hashFloat,
  hashFromHalves,
  hashInt,
  hashStr,
  normHash,
  siphash13,
} from "../../../src/objects/hash.js"
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

/** SipHash-1-3 with a zero key, written plainly with 64-bit BigInts (the reference). */
function sipReference(data: Uint8Array): bigint {
  const M = (1n << 64n) - 1n
  const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & M
  let v0 = 0x736f6d6570736575n
  let v1 = 0x646f72616e646f6dn
  let v2 = 0x6c7967656e657261n
  let v3 = 0x7465646279746573n
  const round = () => {
    v0 = (v0 + v1) & M
    v1 = rotl(v1, 13n) ^ v0
    v0 = rotl(v0, 32n)
    v2 = (v2 + v3) & M
    v3 = rotl(v3, 16n) ^ v2
    v0 = (v0 + v3) & M
    v3 = rotl(v3, 21n) ^ v0
    v2 = (v2 + v1) & M
    v1 = rotl(v1, 17n) ^ v2
    v2 = rotl(v2, 32n)
  }
  const n = data.length
  const blocks: bigint[] = []
  for (let i = 0; i + 8 <= n; i += 8) {
    let m = 0n
    for (let j = 7; j >= 0; j--) m = (m << 8n) | BigInt(data[i + j]!)
    blocks.push(m)
  }
  let last = BigInt(n & 0xff) << 56n
  for (let j = 0; j < n % 8; j++) last |= BigInt(data[n - (n % 8) + j]!) << BigInt(8 * j)
  blocks.push(last)
  for (const m of blocks) {
    v3 ^= m
    round()
    v0 ^= m
  }
  v2 ^= 0xffn
  round()
  round()
  round()
  return v0 ^ v1 ^ v2 ^ v3
}

describe("SipHash-1-3 and hash halves", () => {
  it("siphash13 agrees with a 64-bit BigInt reference for every length", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (data) => {
        const [hi, lo] = siphash13(data)
        expect((BigInt(hi) << 32n) | BigInt(lo)).toBe(sipReference(data))
      }),
      { numRuns: 300 },
    )
  })
  it("hashFromHalves is normHash of the 64-bit value: a number exactly when safe", () => {
    const edges = [0, 1, 0x1fffff, 0x200000, 0xffe00000, 0xffdfffff, 0xffffffff, 0x80000000]
    const halves = fc.oneof(fc.constantFrom(...edges), fc.nat({ max: 0xffffffff }))
    fc.assert(
      fc.property(halves, halves, (hi, lo) => {
        const want = normHash((BigInt(hi) << 32n) | BigInt(lo))
        expect(hashFromHalves(hi, lo)).toStrictEqual(want)
      }),
      { numRuns: 2000 },
    )
    expect(hashFromHalves(0xffffffff, 0xffffffff)).toBe(-2)
    expect(hashFromHalves(0xffe00000, 0)).toBe(-(2n ** 53n))
    expect(hashFromHalves(0xffe00000, 1)).toBe(-(2 ** 53) + 1)
  })
})
