import { describe, expect, it, vi } from "vitest"
import fc from "fast-check"

vi.mock("../../../src/objects/abstract.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/typeobject.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/descr.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/exceptions.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/int.js", async () => await import("./containers-numtext.js"))
vi.mock("../../../src/objects/str.js", async () => await import("./containers-numtext.js"))

import { makeHarness, type Harness } from "./containers-harness.js"
import { listAppend, listSizeof, newList } from "../../../src/objects/list.js"
import { decref } from "../../../src/objects/refcount.js"
import type { PyObject } from "../../../src/objects/object.js"
import { isTracked } from "../../../src/objects/gcstate.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newSlice } from "../../../src/objects/slice.js"
import { readFileSync } from "node:fs"

const fx = JSON.parse(
  readFileSync(new URL("./fixtures/containers.json", import.meta.url), "utf8"),
) as Record<string, any>

const size = (o: PyObject) => listSizeof(o) + 16

function intList(h: Harness, n: number): PyObject {
  const items: PyObject[] = []
  for (let i = 0; i < n; i++) items.push(h.int(i))
  return newList(h.rt, items)
}

function vals(l: PyObject): (number | bigint)[] {
  return (l.v as PyObject[]).map((x) => x.v as number)
}

describe("list sizes (python3 getsizeof, tests/unit/objects/fixtures)", () => {
  it("append grows 56, 88, 88, 88, 88, 120, ...", () => {
    const h = makeHarness()
    const l = newList(h.rt, [])
    const sizes = [size(l)]
    for (let i = 0; i < 200; i++) {
      const x = h.int(i)
      listAppend(h.rt, l, x)
      decref(h.rt, x)
      sizes.push(size(l))
    }
    expect(sizes).toEqual(fx.list_append)
    decref(h.rt, l)
  })

  it("list(range(n)), list(list), list(tuple), [0]*n, comprehension", () => {
    const h = makeHarness()
    const { rt } = h
    const got = {
      range: [] as number[],
      list: [] as number[],
      tuple: [] as number[],
      rep: [] as number[],
      comp: [] as number[],
    }
    for (let n = 0; n < 60; n++) {
      const N = h.int(n)
      const r = h.make(rt.t.range, N)
      const l = h.make(rt.t.list, r)
      got.range.push(size(l))
      const src = intList(h, n)
      const l2 = h.make(rt.t.list, src)
      got.list.push(size(l2))
      const t = newTuple(
        rt,
        (src.v as PyObject[]).map((x) => (x.rc++, x)),
      )
      const l3 = h.make(rt.t.list, t)
      got.tuple.push(size(l3))
      const zero = newList(rt, [h.int(0)])
      const rep = rt.t.list.sqRepeat!(rt, zero, n)
      got.rep.push(size(rep))
      const comp = newList(rt, [])
      for (let i = 0; i < n; i++) {
        const x = h.int(i)
        listAppend(rt, comp, x)
        decref(rt, x)
      }
      got.comp.push(size(comp))
      for (const o of [N, r, l, src, l2, t, l3, zero, rep, comp]) decref(rt, o)
    }
    expect(got.range).toEqual(fx.list_from_range)
    expect(got.list).toEqual(fx.list_from_list)
    expect(got.tuple).toEqual(fx.list_from_tuple)
    expect(got.rep).toEqual(fx.list_repeat)
    expect(got.comp).toEqual(fx.list_comprehension)
  })

  it("pop, insert, extend, concat, *=, slices", () => {
    const h = makeHarness()
    const { rt } = h
    const l = intList(h, 100)
    const pops: number[] = []
    while ((l.v as PyObject[]).length > 0) {
      decref(rt, h.call(l, "pop"))
      pops.push(size(l))
    }
    expect(pops).toEqual(fx.list_pop)
    const ins: number[] = []
    const zero = h.int(0)
    for (let i = 0; i < 60; i++) {
      const x = h.int(i)
      decref(rt, h.call(l, "insert", zero, x))
      decref(rt, x)
      ins.push(size(l))
    }
    expect(ins).toEqual(fx.list_insert)
    const e = newList(rt, [])
    const ext: number[] = []
    for (let i = 0; i < 40; i++) {
      const n = h.int(i % 7)
      const r = h.make(rt.t.range, n)
      decref(rt, h.call(e, "extend", r))
      decref(rt, r)
      decref(rt, n)
      ext.push(size(e))
    }
    expect(ext).toEqual(fx.list_extend)
    const cat: number[] = []
    for (let a = 0; a < 6; a++)
      for (let b = 0; b < 6; b++) {
        const x = intList(h, a)
        const y = intList(h, b)
        const z = rt.t.list.sqConcat!(rt, x, y)
        cat.push(size(z))
        for (const o of [x, y, z]) decref(rt, o)
      }
    expect(cat).toEqual(fx.list_concat)
    const irep: number[] = []
    for (let n = 0; n < 8; n++)
      for (let k = 0; k < 5; k++) {
        const N = h.int(n)
        const r = h.make(rt.t.range, N)
        const x = h.make(rt.t.list, r)
        decref(rt, r)
        decref(rt, N)
        decref(rt, rt.t.list.sqInplaceRepeat!(rt, x, k))
        irep.push(size(x))
        decref(rt, x)
      }
    expect(irep).toEqual(fx.list_inplace_repeat)
    const big = intList(h, 30)
    const sl: number[] = []
    for (let a = 0; a < 30; a += 7)
      for (let b = 0; b < 30; b += 5) {
        const A = h.int(a)
        const B = h.int(b)
        const s = newSlice(rt, A, B, null)
        const r = rt.t.list.getitem!(rt, big, s)
        sl.push(size(r))
        for (const o of [A, B, s, r]) decref(rt, o)
      }
    expect(sl).toEqual(fx.list_slice)
    for (const o of [l, zero, e, big]) decref(rt, o)
  })
})

describe("list behaviour", () => {
  it("CPython's error messages", () => {
    const h = makeHarness()
    const { rt } = h
    const empty = newList(rt, [])
    const one = intList(h, 1)
    const two = h.int(2)
    const s = h.str("a")
    expect(h.raises(() => rt.t.list.getitem!(rt, empty, h.int(0)))).toBe(
      "IndexError: list index out of range",
    )
    expect(h.raises(() => rt.t.list.getitem!(rt, empty, s))).toBe(
      "TypeError: list indices must be integers or slices, not str",
    )
    expect(h.raises(() => h.call(empty, "pop"))).toBe("IndexError: pop from empty list")
    expect(h.raises(() => h.call(one, "pop", two))).toBe("IndexError: pop index out of range")
    expect(h.raises(() => h.call(one, "remove", two))).toBe(
      "ValueError: list.remove(x): x not in list",
    )
    expect(h.raises(() => h.call(one, "index", two))).toBe("ValueError: 2 is not in list")
    expect(h.raises(() => rt.t.list.setitem!(rt, empty, two, two))).toBe(
      "IndexError: list assignment index out of range",
    )
    expect(h.raises(() => rt.t.list.sqConcat!(rt, one, newTuple(rt, [])))).toBe(
      'TypeError: can only concatenate list (not "tuple") to list',
    )
    expect(h.raises(() => rt.t.list.hash!(rt, one))).toBe("TypeError: unhashable type: 'list'")
    expect(h.raises(() => h.callKw(one, "sort", [two], {}))).toBe(
      "TypeError: sort() takes no positional arguments",
    )
  })

  it("repr with the recursion guard", () => {
    const h = makeHarness()
    const { rt } = h
    const l = intList(h, 3)
    listAppend(rt, l, l)
    const r = rt.t.list.repr!(rt, l)
    expect(r.v).toBe("[0, 1, 2, [...]]")
    decref(rt, r)
    ;(l.v as PyObject[]).pop()
    l.rc--
    decref(rt, l)
  })

  it("releases items last first, and a freed list's id comes back for []", () => {
    const h = makeHarness()
    const { rt } = h
    const l = newList(rt, [h.tracer("a"), h.tracer("b"), h.tracer("c")])
    const id = l.addr
    decref(rt, l)
    expect(h.order).toEqual(["c", "b", "a"])
    const l2 = newList(rt, [])
    expect(l2.addr).toBe(id)
    expect(isTracked(l2)).toBe(true)
    const l3 = h.make(rt.t.list)
    expect(l3.addr).not.toBe(id + 0) // list() does not take from the free list
    decref(rt, l2)
    decref(rt, l3)
  })

  it("deletes a 1,000,000-deep nested list without overflowing the JS stack", () => {
    const h = makeHarness()
    const { rt } = h
    const before = h.liveBlocks()
    let l = newList(rt, [])
    for (let i = 0; i < 1_000_000; i++) l = newList(rt, [l])
    decref(rt, l)
    expect(rt.trashLater.length).toBe(0)
    expect(h.liveBlocks()).toBe(before)
  })

  it("slice assignment and deletion (extended slices included)", () => {
    const h = makeHarness()
    const { rt } = h
    const l = intList(h, 10)
    const sl = (a: number | null, b: number | null, c: number | null) =>
      newSlice(
        rt,
        a === null ? null : h.int(a),
        b === null ? null : h.int(b),
        c === null ? null : h.int(c),
      )
    rt.t.list.setitem!(rt, l, sl(2, 5, null), intList(h, 2))
    expect(vals(l)).toEqual([0, 1, 0, 1, 5, 6, 7, 8, 9])
    rt.t.list.setitem!(rt, l, sl(null, null, 2), null)
    expect(vals(l)).toEqual([1, 1, 6, 8])
    rt.t.list.setitem!(rt, l, sl(null, null, -1), intList(h, 4))
    expect(vals(l)).toEqual([3, 2, 1, 0])
    expect(h.raises(() => rt.t.list.setitem!(rt, l, sl(null, null, 2), intList(h, 3)))).toBe(
      "ValueError: attempt to assign sequence of size 3 to extended slice of size 2",
    )
    rt.t.list.setitem!(rt, l, sl(null, null, null), l)
    expect(vals(l)).toEqual([3, 2, 1, 0])
  })

  it("sort: stable, key, reverse, 'list modified during sort'", () => {
    const h = makeHarness()
    const { rt } = h
    const pairs = [
      [3, "a"],
      [1, "b"],
      [3, "c"],
      [2, "d"],
      [1, "e"],
    ] as const
    const l = newList(
      rt,
      pairs.map(([n, s]) => newTuple(rt, [h.int(n), h.str(s)])),
    )
    decref(rt, h.callKw(l, "sort", [], { reverse: rt.True }))
    expect((l.v as PyObject[]).map((t) => (t.v as PyObject[])[1]!.v)).toEqual([
      "c",
      "a",
      "d",
      "e",
      "b",
    ])
    const mixed = newList(rt, [h.int(3), h.str("a")])
    expect(h.raises(() => h.call(mixed, "sort"))).toBe(
      "TypeError: '<' not supported between instances of 'str' and 'int'",
    )
    decref(rt, l)
  })

  it("matches a JS array model under random operations", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant("append"), v: fc.integer({ min: -3, max: 300 }) }),
            fc.record({ op: fc.constant("pop"), i: fc.integer({ min: -5, max: 5 }) }),
            fc.record({
              op: fc.constant("insert"),
              i: fc.integer({ min: -6, max: 6 }),
              v: fc.integer(),
            }),
            fc.record({
              op: fc.constant("del"),
              a: fc.integer({ min: -4, max: 8 }),
              b: fc.integer({ min: -4, max: 8 }),
            }),
            fc.record({ op: fc.constant("sort") }),
            fc.record({ op: fc.constant("reverse") }),
            fc.record({ op: fc.constant("clear") }),
          ),
          { maxLength: 60 },
        ),
        (ops) => {
          const h = makeHarness()
          const { rt } = h
          const before = h.liveBlocks()
          const l = newList(rt, [])
          const model: number[] = []
          for (const o of ops as any[]) {
            if (o.op === "append") {
              const x = h.int(o.v)
              listAppend(rt, l, x)
              decref(rt, x)
              model.push(o.v)
            } else if (o.op === "pop") {
              if (model.length === 0) continue
              let i = o.i < 0 ? o.i + model.length : o.i
              if (i < 0 || i >= model.length) continue
              const I = h.int(o.i)
              decref(rt, h.call(l, "pop", I))
              decref(rt, I)
              model.splice(i, 1)
              void i
              i = 0
            } else if (o.op === "insert") {
              const I = h.int(o.i)
              const x = h.int(o.v)
              decref(rt, h.call(l, "insert", I, x))
              decref(rt, I)
              decref(rt, x)
              let w = o.i < 0 ? Math.max(0, o.i + model.length) : Math.min(o.i, model.length)
              model.splice(w, 0, o.v)
              w = 0
            } else if (o.op === "del") {
              const s = newSlice(rt, h.int(o.a), h.int(o.b), null)
              rt.t.list.setitem!(rt, l, s, null)
              decref(rt, s)
              const n = model.length
              const norm = (x: number) => (x < 0 ? Math.max(0, x + n) : Math.min(x, n))
              const a = norm(o.a)
              const b = norm(o.b)
              if (b > a) model.splice(a, b - a)
            } else if (o.op === "sort") {
              decref(rt, h.call(l, "sort"))
              model.sort((x, y) => x - y)
            } else if (o.op === "reverse") {
              decref(rt, h.call(l, "reverse"))
              model.reverse()
            } else {
              decref(rt, h.call(l, "clear"))
              model.length = 0
            }
            expect(vals(l)).toEqual(model)
            const cap = (l.w as { allocated: number }).allocated
            expect(cap).toBeGreaterThanOrEqual(model.length)
          }
          decref(rt, l)
          expect(h.liveBlocks()).toBe(before)
        },
      ),
      { numRuns: 60 },
    )
  })
})
