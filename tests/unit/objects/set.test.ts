import { describe, expect, it, vi } from "vitest"
import fc from "fast-check"

vi.mock("../../../src/objects/abstract.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/typeobject.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/descr.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/exceptions.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/int.js", async () => await import("./containers-numtext.js"))
vi.mock("../../../src/objects/str.js", async () => await import("./containers-numtext.js"))

import { makeHarness, type Harness } from "./containers-harness.js"
import {
  checkSet,
  frozensetHash,
  newFrozenSet,
  newSet,
  setAdd,
  setDiscardKey,
  setKeyAt,
  setNext,
  setSizeof,
} from "../../../src/objects/set.js"
import { decref } from "../../../src/objects/refcount.js"
import type { PyObject } from "../../../src/objects/object.js"
import { isTracked } from "../../../src/objects/gcstate.js"
import { newTuple, tupleHash } from "../../../src/objects/tuple.js"
import { newList } from "../../../src/objects/list.js"
import { readFileSync } from "node:fs"

const fx = JSON.parse(
  readFileSync(new URL("./fixtures/containers.json", import.meta.url), "utf8"),
) as Record<string, any>

const size = (s: PyObject) => setSizeof(s) + 16

function order(s: PyObject): string[] {
  const out: string[] = []
  for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) out.push(String(setKeyAt(s, i).v))
  return out
}

function add(h: Harness, s: PyObject, k: PyObject): void {
  setAdd(h.rt, s, k)
  decref(h.rt, k)
}

function bigOrNum(x: string): number | bigint {
  const b = BigInt(x)
  return Number.isSafeInteger(Number(b)) ? Number(b) : b
}

describe("set layout (python3, PYTHONHASHSEED=0)", () => {
  it("sizes: 216 with the smalltable, then 728, 2264, ...", () => {
    const h = makeHarness()
    const { rt } = h
    const s = newSet(rt)
    const sizes = [size(s)]
    for (let i = 0; i < 300; i++) {
      add(h, s, h.int(i))
      sizes.push(size(s))
    }
    checkSet(s)
    expect(sizes).toEqual(fx.set_add_int)
    const fromList: number[] = []
    const fromSet: number[] = []
    for (let n = 0; n < 60; n++) {
      const l = newList(
        rt,
        Array.from({ length: n }, (_, i) => h.int(i)),
      )
      const a = newSet(rt, l)
      const b = newSet(rt, a)
      fromList.push(size(a))
      fromSet.push(size(b))
      for (const o of [l, a, b]) decref(rt, o)
    }
    expect(fromList).toEqual(fx.set_sizes_from_list)
    expect(fromSet).toEqual(fx.set_sizes_from_set)
    decref(rt, s)
  })

  it("iteration order over ints (with big ints, removals and re-adds)", () => {
    const h = makeHarness()
    const { rt } = h
    for (const c of fx.set_int_orders as any[]) {
      const s = newSet(rt)
      for (const x of c.adds) add(h, s, h.int(bigOrNum(x)))
      for (const x of c.removes) {
        const k = h.int(bigOrNum(x))
        setDiscardKey(rt, s, k)
        decref(rt, k)
      }
      checkSet(s)
      expect(order(s)).toEqual(c.order)
      const s2 = newSet(rt, s)
      for (let x = 0; x < c.more; x++) add(h, s2, h.int(x * 37))
      expect(order(s2)).toEqual(c.order2)
      decref(rt, s)
      decref(rt, s2)
    }
  })

  it("iteration order over strs", () => {
    const h = makeHarness()
    const { rt } = h
    for (const c of fx.set_str_orders as any[]) {
      const l = newList(
        rt,
        (c.adds as string[]).map((w) => h.str(w)),
      )
      const s = newSet(rt, l)
      expect(order(s)).toEqual(c.order)
      for (const w of [c.adds[1], c.adds[3]]) {
        const k = h.str(w)
        setDiscardKey(rt, s, k)
        decref(rt, k)
      }
      add(h, s, h.str("new1"))
      add(h, s, h.str("new2"))
      expect(order(s)).toEqual(c.order_after)
      checkSet(s)
      decref(rt, l)
      decref(rt, s)
    }
  })

  it("frozenset and tuple hashes", () => {
    const h = makeHarness()
    const { rt } = h
    const got: string[] = []
    for (let n = 0; n < 12; n++) {
      const l = newList(
        rt,
        Array.from({ length: n }, (_, i) => h.int(i)),
      )
      const f = newFrozenSet(rt, l)
      got.push(String(frozensetHash(rt, f)))
      decref(rt, l)
      decref(rt, f)
    }
    const abc = newFrozenSet(rt, newList(rt, [h.str("a"), h.str("b"), h.str("c")]))
    got.push(String(frozensetHash(rt, abc)))
    const mixed = newFrozenSet(rt, newList(rt, [newTuple(rt, [h.int(1), h.int(2)]), h.str("x")]))
    got.push(String(frozensetHash(rt, mixed)))
    expect(got).toEqual(fx.frozenset_hash)
    const th = (items: PyObject[]) => String(tupleHash(rt, newTuple(rt, items)))
    const ints = Array.from({ length: 8 }, (_, n) =>
      th(Array.from({ length: n }, (_, i) => h.int(i))),
    )
    expect(ints).toEqual(fx.tuple_hash.ints)
    expect(th([h.int(2n ** 64n), h.int(-1), h.int(-2), h.int(10n ** 30n)])).toBe(fx.tuple_hash.big)
    expect(th([h.str("a"), h.str("bc"), h.str("😀")])).toBe(fx.tuple_hash.strs)
    expect(
      th([
        newTuple(rt, [h.int(1), h.int(2)]),
        newTuple(rt, []),
        newTuple(rt, [newTuple(rt, [h.int(3)])]),
      ]),
    ).toBe(fx.tuple_hash.nested)
  })
})

describe("set behaviour", () => {
  it("tracked at creation; errors; repr; comparisons are subset tests", () => {
    const h = makeHarness()
    const { rt } = h
    const s = newSet(rt)
    expect(isTracked(s)).toBe(true)
    expect(h.raises(() => h.call(s, "pop"))).toBe("KeyError: pop from an empty set")
    expect(h.raises(() => h.call(s, "remove", h.int(2)))).toBe("KeyError: 2")
    expect(h.raises(() => setAdd(rt, s, newList(rt, [])))).toBe(
      "TypeError: unhashable type: 'list'",
    )
    expect(rt.t.set.repr!(rt, s).v).toBe("set()")
    add(h, s, h.int(1))
    add(h, s, h.int(2))
    expect(rt.t.set.repr!(rt, s).v).toBe("{1, 2}")
    const f = newFrozenSet(rt, s)
    expect(rt.t.frozenset.repr!(rt, f).v).toBe("frozenset({1, 2})")
    const t = newSet(rt)
    add(h, t, h.int(1))
    expect(rt.t.set.richcompare!(rt, t, s, 0)).toBe(rt.True) // <
    expect(rt.t.set.richcompare!(rt, s, t, 0)).toBe(rt.False)
    expect(rt.t.set.richcompare!(rt, s, f, 2)).toBe(rt.True) // ==
    // `s in other_set` looks up an unhashable set as a frozenset.
    const outer = newSet(rt)
    add(h, outer, f)
    expect(rt.t.set.contains!(rt, outer, s)).toBe(true)
  })

  it("'Set changed size during iteration'", () => {
    const h = makeHarness()
    const { rt } = h
    const s = newSet(rt)
    add(h, s, h.int(1))
    const it = rt.t.set.iter!(rt, s)
    add(h, s, h.int(2))
    expect(h.raises(() => it.type.iternext!(rt, it))).toBe(
      "RuntimeError: Set changed size during iteration",
    )
    decref(rt, it)
    decref(rt, s)
  })

  it("matches a JS Set model (contents and invariants) under random operations", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            op: fc.constantFrom("add", "add", "discard", "pop", "clear", "copy"),
            k: fc.oneof(fc.integer({ min: -50, max: 200 }), fc.constantFrom("a", "b", "cc", "ddd")),
          }),
          { maxLength: 120 },
        ),
        (ops) => {
          const h = makeHarness()
          const { rt } = h
          const before = h.liveBlocks()
          let s = newSet(rt)
          const model = new Set<number | string>()
          const key = (k: number | string) => (typeof k === "number" ? h.int(k) : h.str(k))
          for (const o of ops) {
            if (o.op === "add") {
              add(h, s, key(o.k))
              model.add(o.k)
            } else if (o.op === "discard") {
              const k = key(o.k)
              expect(setDiscardKey(rt, s, k)).toBe(model.delete(o.k))
              decref(rt, k)
            } else if (o.op === "pop") {
              if (model.size === 0) continue
              const x = h.call(s, "pop")
              expect(model.delete(x.v as number | string)).toBe(true)
              decref(rt, x)
            } else if (o.op === "clear") {
              decref(rt, h.call(s, "clear"))
              model.clear()
            } else {
              const c = h.call(s, "copy")
              decref(rt, s)
              s = c
            }
            checkSet(s)
            expect(new Set(order(s))).toEqual(new Set([...model].map(String)))
          }
          decref(rt, s)
          expect(h.liveBlocks()).toBe(before)
        },
      ),
      { numRuns: 60 },
    )
  })
})
