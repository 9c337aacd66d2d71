import { describe, expect, it, vi } from "vitest"
import fc from "fast-check"

vi.mock("../../../src/objects/abstract.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/typeobject.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/descr.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/exceptions.js", async () => await import("./containers-mocks.js"))
vi.mock("../../../src/objects/int.js", async () => await import("./containers-numtext.js"))
vi.mock("../../../src/objects/str.js", async () => await import("./containers-numtext.js"))

import { makeHarness, type Harness } from "./containers-harness.js"
import { methodTables } from "./containers-mocks.js"
import {
  checkDict,
  dictDelItem,
  dictGetItem,
  dictSetItem,
  dictSizeof,
  newDict,
} from "../../../src/objects/dict.js"
import { decref } from "../../../src/objects/refcount.js"
import type { PyObject } from "../../../src/objects/object.js"
import { isTracked } from "../../../src/objects/gcstate.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newList } from "../../../src/objects/list.js"
import { newSet } from "../../../src/objects/set.js"
import { readFileSync } from "node:fs"

const fx = JSON.parse(
  readFileSync(new URL("./fixtures/containers.json", import.meta.url), "utf8"),
) as Record<string, any>

const size = (d: PyObject) => dictSizeof(d) + 16

function set(h: Harness, d: PyObject, k: PyObject, v: PyObject): void {
  dictSetItem(h.rt, d, k, v)
  decref(h.rt, k)
  decref(h.rt, v)
}

function keysOf(d: PyObject): unknown[] {
  const out: unknown[] = []
  const dk = (
    d.v as { keys: { nentries: number; evalues: (PyObject | null)[]; ekeys: PyObject[] } }
  ).keys
  for (let i = 0; i < dk.nentries; i++) if (dk.evalues[i]) out.push(dk.ekeys[i]!.v)
  return out
}

function classMethod(h: Harness, name: string, ...args: PyObject[]): PyObject {
  const def = methodTables.get(h.rt.t.dict)!.get(name)!
  return def.fn(h.rt, h.rt.t.dict, args, null)
}

describe("dict sizes (python3 getsizeof)", () => {
  it("str keys 64, 184 ×5, 272 ×5, 464 ...; int keys 64, 224 ...; mixed", () => {
    const h = makeHarness()
    const { rt } = h
    for (const [name, keyOf] of [
      ["dict_str", (i: number) => h.str(`k${i}`)],
      ["dict_int", (i: number) => h.int(i)],
    ] as const) {
      const d = newDict(rt)
      const sizes = [size(d)]
      for (let i = 0; i < 200; i++) {
        set(h, d, keyOf(i), rt.None)
        sizes.push(size(d))
      }
      checkDict(rt, d)
      expect(sizes).toEqual(fx[name])
      decref(rt, d)
    }
    const d = newDict(rt)
    const mixed = [
      h.str("a"),
      h.str("b"),
      h.int(1),
      h.str("c"),
      newTuple(rt, [h.int(2), h.int(5)]),
      h.str("d"),
      ...Array.from({ length: 20 }, (_, i) => h.str(`x${i}`)),
    ]
    const sizes = [size(d)]
    for (const k of mixed) {
      set(h, d, k, rt.None)
      sizes.push(size(d))
    }
    expect(sizes).toEqual(fx.dict_mixed)
    decref(rt, d)
  })

  it("deletions leave dummies; compaction on resize keeps insertion order", () => {
    const h = makeHarness()
    const { rt } = h
    const d = newDict(rt)
    const sizes: number[] = []
    for (let i = 0; i < 100; i++) {
      set(h, d, h.str(`k${i}`), h.int(i))
      if (i % 3 === 0) {
        const k = h.str(`k${Math.floor(i / 2)}`)
        dictDelItem(rt, d, k)
        decref(rt, k)
      }
      sizes.push(size(d))
      checkDict(rt, d)
    }
    expect(sizes).toEqual(fx.dict_churn)
    expect(keysOf(d)).toEqual(fx.dict_churn_keys)
    decref(rt, d)
  })

  it("copy, dict(d), fromkeys, pairs, update, popitem", () => {
    const h = makeHarness()
    const { rt } = h
    const strList = (n: number) =>
      newList(
        rt,
        Array.from({ length: n }, (_, i) => h.str(`k${i}`)),
      )
    const intRange = (n: number) => {
      const N = h.int(n)
      const r = h.make(rt.t.range, N)
      decref(rt, N)
      return r
    }
    const got: Record<string, number[]> = {
      dict_copy_str: [],
      dict_copy_int: [],
      dict_fromkeys_list_str: [],
      dict_fromkeys_dict_str: [],
      dict_fromkeys_set_int: [],
      dict_pairs_int: [],
    }
    for (let n = 0; n < 40; n++) {
      const ls = strList(n)
      const a = classMethod(h, "fromkeys", ls)
      got.dict_fromkeys_list_str!.push(size(a))
      const c = h.call(a, "copy")
      got.dict_copy_str!.push(size(c))
      const b = classMethod(h, "fromkeys", a)
      got.dict_fromkeys_dict_str!.push(size(b))
      const r = intRange(n)
      const di = classMethod(h, "fromkeys", r)
      const dd = h.make(rt.t.dict, di)
      got.dict_copy_int!.push(size(dd))
      const s = newSet(rt, r)
      const fs = classMethod(h, "fromkeys", s)
      got.dict_fromkeys_set_int!.push(size(fs))
      const pairs = newList(
        rt,
        Array.from({ length: n }, (_, i) => newTuple(rt, [h.int(i), h.int(i)])),
      )
      const dp = h.make(rt.t.dict, pairs)
      got.dict_pairs_int!.push(size(dp))
      for (const o of [ls, a, c, b, r, di, dd, s, fs, pairs, dp]) decref(rt, o)
    }
    for (const k of Object.keys(got)) expect(got[k], k).toEqual(fx[k])
    const upd: number[] = []
    for (let n = 0; n < 30; n++) {
      const a = newDict(rt)
      set(h, a, h.str("z"), h.int(1))
      const b = newDict(rt)
      for (let i = 0; i < n; i++) set(h, b, h.str(`k${i}`), h.int(i))
      decref(rt, h.call(a, "update", b))
      upd.push(size(a))
      decref(rt, a)
      decref(rt, b)
    }
    expect(upd).toEqual(fx.dict_update_str)
    const d = newDict(rt)
    for (let i = 0; i < 10; i++) set(h, d, h.int(i), h.int(i))
    const pi: number[] = []
    for (let i = 0; i < 20; i++) {
      if (i % 2) decref(rt, h.call(d, "popitem"))
      else set(h, d, h.int(100 + i), h.int(i))
      pi.push(size(d))
      checkDict(rt, d)
    }
    expect(pi).toEqual(fx.dict_popitem_insert)
    expect(keysOf(d)).toEqual(fx.dict_popitem_keys)
    decref(rt, d)
  })
})

describe("dict behaviour", () => {
  it("releases entries in order, key then value; dicts come from the free list", () => {
    const h = makeHarness()
    const { rt } = h
    const d = newDict(rt)
    for (const n of ["1", "2", "3"]) {
      const k = h.tracer(`k${n}`)
      const v = h.tracer(`v${n}`)
      dictSetItem(rt, d, k, v)
      decref(rt, k)
      decref(rt, v)
    }
    const id = d.addr
    decref(rt, d)
    expect(h.order).toEqual(["k1", "v1", "k2", "v2", "k3", "v3"])
    const d2 = newDict(rt)
    expect(d2.addr).toBe(id)
    decref(rt, d2)
  })

  it("tracking: untracked until a container goes in", () => {
    const h = makeHarness()
    const { rt } = h
    const d = newDict(rt)
    expect(isTracked(d)).toBe(false)
    set(h, d, h.str("a"), h.int(1))
    expect(isTracked(d)).toBe(false)
    const l = newList(rt, [])
    dictSetItem(rt, d, h.str("b"), l)
    expect(isTracked(d)).toBe(true)
    decref(rt, l)
    decref(rt, d)
  })

  it("traverse: values only for str keys, value then key otherwise", () => {
    const h = makeHarness()
    const { rt } = h
    const a = newList(rt, [])
    const b = newList(rt, [])
    const ds = newDict(rt)
    dictSetItem(rt, ds, h.str("x"), a)
    dictSetItem(rt, ds, h.str("y"), b)
    const seen: PyObject[] = []
    rt.t.dict.traverse!(ds, (o) => seen.push(o))
    expect(seen).toEqual([a, b])
    const one = h.int(1)
    const di = newDict(rt)
    dictSetItem(rt, di, one, a)
    seen.length = 0
    rt.t.dict.traverse!(di, (o) => seen.push(o))
    expect(seen).toEqual([a, one])
    for (const o of [a, b, ds, di]) decref(rt, o)
  })

  it("errors: KeyError with the key's repr, unhashable keys, popitem on empty", () => {
    const h = makeHarness()
    const { rt } = h
    const d = newDict(rt)
    const three = h.int(3)
    expect(h.raises(() => rt.t.dict.getitem!(rt, d, three))).toBe("KeyError: 3")
    expect(h.raises(() => rt.t.dict.getitem!(rt, d, h.str("ab")))).toBe("KeyError: 'ab'")
    expect(h.raises(() => dictGetItem(rt, d, newList(rt, [])))).toBe(
      "TypeError: unhashable type: 'list'",
    )
    expect(h.raises(() => h.call(d, "popitem"))).toBe("KeyError: popitem(): dictionary is empty")
    expect(h.raises(() => h.call(d, "pop", three))).toBe("KeyError: 3")
    const dflt = h.call(d, "pop", three, three)
    expect(dflt).toBe(three)
  })

  it("iteration: changed size / keys changed, items() reuses its tuple", () => {
    const h = makeHarness()
    const { rt } = h
    const d = newDict(rt)
    for (let i = 0; i < 3; i++) set(h, d, h.int(i), h.int(i * 10))
    const it = rt.t.dict.iter!(rt, d)
    decref(rt, rt.t.dict_keyiterator.iternext!(rt, it)!)
    set(h, d, h.int(7), h.int(7))
    expect(h.raises(() => it.type.iternext!(rt, it))).toBe(
      "RuntimeError: dictionary changed size during iteration",
    )
    decref(rt, it)
    const it2 = rt.t.dict.iter!(rt, d)
    decref(rt, it2.type.iternext!(rt, it2)!)
    // Delete the key already seen and add another: same size, one entry more ahead.
    const zero = h.int(0)
    dictDelItem(rt, d, zero)
    set(h, d, h.int(8), h.int(8))
    const drain = () => {
      let x: PyObject | null
      while ((x = it2.type.iternext!(rt, it2)) !== null) decref(rt, x)
    }
    expect(h.raises(drain)).toBe("RuntimeError: dictionary keys changed during iteration")
    decref(rt, it2)
    const view = h.call(d, "items")
    const ii = view.type.iter!(rt, view)
    const t1 = ii.type.iternext!(rt, ii)!
    decref(rt, t1)
    const t2 = ii.type.iternext!(rt, ii)!
    expect(t2).toBe(t1)
    decref(rt, t2)
    decref(rt, ii)
    decref(rt, view)
    decref(rt, d)
  })

  it("repr with the recursion guard, == and |", () => {
    const h = makeHarness()
    const { rt } = h
    const d = newDict(rt)
    set(h, d, h.str("a"), h.int(1))
    dictSetItem(rt, d, h.str("self"), d)
    const r = rt.t.dict.repr!(rt, d)
    expect(r.v).toBe("{'a': 1, 'self': {...}}")
    decref(rt, r)
    const e = newDict(rt)
    set(h, e, h.str("b"), h.int(2))
    const u = rt.t.dict.or!(rt, e, e)
    const eq = rt.t.dict.richcompare!(rt, u, e, 2)
    expect(eq).toBe(rt.True)
  })

  it("matches a JS Map model under random operations", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            op: fc.constantFrom("set", "del", "pop", "popitem", "clear", "copy"),
            k: fc.oneof(
              fc.integer({ min: -20, max: 40 }),
              fc.constantFrom("a", "b", "c", "dd", "e"),
            ),
            v: fc.integer({ min: 0, max: 1000 }),
          }),
          { maxLength: 80 },
        ),
        (ops) => {
          const h = makeHarness()
          const { rt } = h
          const before = h.liveBlocks()
          let d = newDict(rt)
          const model = new Map<number | string, number>()
          const key = (k: number | string) => (typeof k === "number" ? h.int(k) : h.str(k))
          for (const o of ops) {
            if (o.op === "set") {
              set(h, d, key(o.k), h.int(o.v))
              // Updating a key keeps its place, in Python as in a JS Map.
              model.set(o.k, o.v)
            } else if (o.op === "del" || o.op === "pop") {
              const k = key(o.k)
              const ok = dictDelItem(rt, d, k)
              decref(rt, k)
              expect(ok).toBe(model.delete(o.k))
            } else if (o.op === "popitem") {
              if (model.size === 0) continue
              const t = h.call(d, "popitem")
              const last = [...model.keys()].pop()!
              expect((t.v as PyObject[])[0]!.v).toBe(last)
              model.delete(last)
              decref(rt, t)
            } else if (o.op === "clear") {
              decref(rt, h.call(d, "clear"))
              model.clear()
            } else {
              const c = h.call(d, "copy")
              decref(rt, d)
              d = c
            }
            checkDict(rt, d)
            expect(keysOf(d)).toEqual([...model.keys()])
          }
          decref(rt, d)
          expect(h.liveBlocks()).toBe(before)
        },
      ),
      { numRuns: 60 },
    )
  })
})
