import { describe, expect, it, vi } from "vitest"
import fc from "fast-check"

vi.mock("../../../src/objects/abstract.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/typeobject.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/descr.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/exceptions.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/int.js", async () => await import("./containers-numtext.js"))
vi.mock("../../../src/objects/str.js", async () => await import("./containers-numtext.js"))

import { makeHarness } from "./containers-harness.js"
import {
  newTuple,
  tupleHash,
  tupleMaybeUntrack,
  TUPLE_MAXFREELIST,
} from "../../../src/objects/tuple.js"
import { hashInt } from "../../../src/objects/hash.js"
import { dictMaybeUntrack, dictSetItem, newDict } from "../../../src/objects/dict.js"
import { newList } from "../../../src/objects/list.js"
import { newSlice } from "../../../src/objects/slice.js"
import { decref } from "../../../src/objects/refcount.js"
import { isTracked } from "../../../src/objects/gcstate.js"
import { clearContainerFreeLists } from "../../../src/objects/containers.js"
import type { PyObject } from "../../../src/objects/object.js"
import { readFileSync } from "node:fs"

const fx = JSON.parse(
  readFileSync(new URL("./fixtures/containers.json", import.meta.url), "utf8"),
) as Record<string, any>

describe("tuple", () => {
  it("() is a static, untracked singleton", () => {
    const h = makeHarness()
    const { rt } = h
    const e = newTuple(rt, [])
    expect(e).toBe(rt.emptyTuple)
    expect(isTracked(e)).toBe(false)
    expect(h.heap.sizeOf(e.addr - 16)).toBeUndefined()
    expect(rt.t.tuple.sqRepeat!(rt, newTuple(rt, [h.int(1)]), 0)).toBe(e)
  })

  it("sizes 40 + 8n; per-size free lists give back the same id; items released last first", () => {
    const h = makeHarness()
    const { rt } = h
    const t = newTuple(rt, [h.tracer("a"), h.tracer("b"), h.tracer("c")])
    expect(h.heap.sizeOf(t.addr - 16)).toBe(24 + 3 * 8 + 16)
    const id = t.addr
    decref(rt, t)
    expect(h.order).toEqual(["c", "b", "a"])
    const two = newTuple(rt, [h.int(1), h.int(2)])
    expect(two.addr).not.toBe(id)
    const three = newTuple(rt, [h.int(1), h.int(2), h.int(3)])
    expect(three.addr).toBe(id)
    expect(TUPLE_MAXFREELIST).toBe(2000)
    decref(rt, two)
    decref(rt, three)
    expect(clearContainerFreeLists(rt)).toBe(2)
  })

  it("tracked at creation; the collector's untrack rule for atomic contents", () => {
    const h = makeHarness()
    const { rt } = h
    const atomic = newTuple(rt, [h.int(1), h.str("x")])
    expect(isTracked(atomic)).toBe(true)
    tupleMaybeUntrack(rt, atomic)
    expect(isTracked(atomic)).toBe(false)
    const holder = newTuple(rt, [newList(rt, [])])
    tupleMaybeUntrack(rt, holder)
    expect(isTracked(holder)).toBe(true)
    const nested = newTuple(rt, [atomic])
    tupleMaybeUntrack(rt, nested)
    expect(isTracked(nested)).toBe(false)
    const d = newDict(rt)
    const l = newList(rt, [])
    dictSetItem(rt, d, h.str("k"), l)
    expect(isTracked(d)).toBe(true)
    decref(rt, h.call(l, "clear"))
    dictMaybeUntrack(rt, d)
    expect(isTracked(d)).toBe(true)
    const k = h.str("k")
    dictSetItem(rt, d, k, h.int(3))
    decref(rt, l)
    dictMaybeUntrack(rt, d)
    expect(isTracked(d)).toBe(false)
  })

  it("errors, repr and slicing", () => {
    const h = makeHarness()
    const { rt } = h
    const t = newTuple(rt, [h.int(1), h.int(2), h.int(3)])
    expect(h.raises(() => rt.t.tuple.getitem!(rt, t, h.int(5)))).toBe(
      "IndexError: tuple index out of range",
    )
    expect(h.raises(() => h.call(t, "index", h.int(9)))).toBe(
      "ValueError: tuple.index(x): x not in tuple",
    )
    expect(rt.t.tuple.repr!(rt, newTuple(rt, [h.int(1)])).v).toBe("(1,)")
    const all = newSlice(rt, null, null, null)
    expect(rt.t.tuple.getitem!(rt, t, all)).toBe(t)
    const rev = newSlice(rt, null, null, h.int(-1))
    const r = rt.t.tuple.getitem!(rt, t, rev)
    expect((r.v as PyObject[]).map((x) => x.v)).toEqual([3, 2, 1])
  })

  it("one freed slice is cached and reused", () => {
    const h = makeHarness()
    const { rt } = h
    const s = newSlice(rt, h.int(1), h.int(2), null)
    const id = s.addr
    decref(rt, s)
    const s2 = newSlice(rt, null, null, null)
    expect(s2.addr).toBe(id)
    expect(rt.t.slice.repr!(rt, s2).v).toBe("slice(None, None, None)")
  })

  it("hash: the 32-bit-halves arithmetic equals a BigInt xxHash reference", () => {
    const h = makeHarness()
    const { rt } = h
    const M = (1n << 64n) - 1n
    const ref = (vals: bigint[]): bigint => {
      let acc = 2870177450012600261n
      for (const v of vals) {
        const lane = BigInt.asUintN(64, BigInt(hashInt(v)))
        acc = (acc + lane * 14029467366897019727n) & M
        acc = ((acc << 31n) | (acc >> 33n)) & M
        acc = (acc * 11400714785074694791n) & M
      }
      acc = (acc + (BigInt(vals.length) ^ (2870177450012600261n ^ 3527539n))) & M
      if (acc === M) return 1546275796n
      const s = BigInt.asIntN(64, acc)
      return s === -1n ? -2n : s
    }
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), { maxLength: 6 }),
        (vals) => {
          const t = newTuple(
            rt,
            vals.map((v) => h.int(v)),
          )
          expect(BigInt(tupleHash(rt, t))).toBe(ref(vals))
          decref(rt, t)
        },
      ),
      { numRuns: 300 },
    )
  })

  it("range: hash, length, membership, slicing, errors", () => {
    const h = makeHarness()
    const { rt } = h
    const R = (...a: number[]) => h.make(rt.t.range, ...a.map((x) => h.int(x)))
    const hashes = [R(5), R(1, 10, 3), R(-5, 5, 2), R(10, 0, -1)].map((r) =>
      String(rt.t.range.hash!(rt, r)),
    )
    expect(hashes).toEqual(fx.range_hash)
    const r = R(2, 20, 3)
    expect(rt.t.range.length!(rt, r)).toBe(6)
    expect(rt.t.range.contains!(rt, r, h.int(8))).toBe(true)
    expect(rt.t.range.contains!(rt, r, h.int(9))).toBe(false)
    expect(rt.t.range.repr!(rt, r).v).toBe("range(2, 20, 3)")
    const rev = rt.t.range.getitem!(rt, r, newSlice(rt, null, null, h.int(-1)))
    expect(rt.t.range.repr!(rt, rev).v).toBe("range(17, -1, -3)")
    expect(h.raises(() => rt.t.range.getitem!(rt, r, h.int(6)))).toBe(
      "IndexError: range object index out of range",
    )
    expect(h.raises(() => R(1, 2, 0))).toBe("ValueError: range() arg 3 must not be zero")
    expect(h.raises(() => h.call(r, "index", h.int(3)))).toBe("ValueError: 3 is not in range")
    const it = rt.t.range.iter!(rt, R(3))
    const got: unknown[] = []
    let x: PyObject | null
    while ((x = it.type.iternext!(rt, it)) !== null) got.push(x.v)
    expect(got).toEqual([0, 1, 2])
    expect(it.type.name).toBe("range_iterator")
    expect(rt.t.range.iter!(rt, R(0, 2 ** 53 + 10)).type.name).toBe("range_iterator")
  })
})
