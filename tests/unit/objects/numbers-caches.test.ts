// Caches, singletons, free lists, interning and refcounts of the number and
// text objects (cpython-memory.md §4.2, §7), plus complex() parsing.

import { describe, expect, it } from "vitest"
import { binaryOp, call, hash, reprString, unaryOp } from "../../../src/objects/abstract.js"
import { newBytearray } from "../../../src/objects/bytearray.js"
import { newBytes } from "../../../src/objects/bytes.js"
import { FLOAT_MAXFREELIST, newFloat } from "../../../src/objects/float.js"
import { intSize, newInt, smallInt } from "../../../src/objects/int.js"
import type { PyObject } from "../../../src/objects/object.js"
import { decref } from "../../../src/objects/refcount.js"
import { STATIC_REFCNT } from "../../../src/objects/static.js"
import { intern, isInterned, newStr } from "../../../src/objects/str.js"
import { makeRuntime, outcome } from "./numbers-harness.js"

describe("number and text caches", () => {
  it("small ints -5..256 are static singletons returned by every operation", () => {
    const { rt } = makeRuntime()
    const a = newInt(rt, 255)
    const one = newInt(rt, 1)
    const s = binaryOp(rt, a, one, "add", "+")
    expect(s).toBe(rt.smallInts[256 + 5])
    expect(newInt(rt, -5)).toBe(smallInt(rt, -5))
    const big = binaryOp(rt, s, one, "add", "+")
    expect(big).not.toBe(newInt(rt, 257))
    // int('256') is the cached object; the bigint path normalizes too.
    const t = newStr(rt, "256")
    expect(call(rt, rt.t.int, [t], null)).toBe(s)
    expect(newInt(rt, 256n)).toBe(s)
    expect(rt.smallInts[5]!.rc).toBeGreaterThanOrEqual(STATIC_REFCNT)
    // Static objects live outside the heap.
    expect(makeRuntime().heap.live.get(rt.smallInts[5]!.addr)).toBeUndefined()
  })

  it("float free list: a freed float's block is reused by the next float (id reuse)", () => {
    const { rt, heap } = makeRuntime()
    const x = newFloat(rt, 1.5)
    const id = x.addr
    decref(rt, x)
    expect(heap.live.get(id)).toBeDefined() // kept on the free list, not freed
    const y = newFloat(rt, 2.5)
    expect(y.addr).toBe(id)
    expect(y.v).toBe(2.5)
    // At most 100 dead floats are kept; the 101st is freed.
    const many = Array.from({ length: FLOAT_MAXFREELIST + 1 }, (_, i) => newFloat(rt, i + 0.5))
    const lastAddr = many[FLOAT_MAXFREELIST]!.addr
    for (const f of many) decref(rt, f)
    expect(rt.freelists.float!.length).toBe(FLOAT_MAXFREELIST)
    expect(heap.live.get(lastAddr)).toBeUndefined()
  })

  it("'' and one-character Latin-1 strings are singletons; interning gives canonical, mortal strs", () => {
    const { rt } = makeRuntime()
    expect(newStr(rt, "a")).toBe(rt.latin1[97])
    expect(newStr(rt, "")).toBe(rt.emptyStr)
    expect(newStr(rt, "\u012c")).not.toBe(newStr(rt, "\u012c"))
    const abc = newStr(rt, "abc")
    const sliced = call(rt, rt.t.str, [abc], null)
    expect(sliced).toBe(abc) // str(s) of an exact str is s
    const i1 = intern(rt, "hello world")
    const i2 = intern(rt, "hello world")
    expect(i1).toBe(i2)
    expect(isInterned(i1)).toBe(true)
    decref(rt, i1)
    decref(rt, i2)
    expect(rt.interned.has("hello world")).toBe(false) // 3.11: interned strings are mortal
  })

  it("b'' and one-byte bytes are singletons; a bytearray's buffer is a mem-domain block", () => {
    const { rt, heap } = makeRuntime()
    expect(newBytes(rt, new Uint8Array(0))).toBe(rt.emptyBytes)
    expect(newBytes(rt, Uint8Array.of(65))).toBe(rt.singleBytes[65])
    const ba = newBytearray(rt, Uint8Array.of(1, 2, 3))
    expect(ba.w.alloc).toBe(4)
    const buf = ba.w.addr
    decref(rt, ba)
    expect(heap.live.get(buf)).toBeUndefined()
  })

  it("bool is an int subclass: True + True == 2, ~True == -2, repr 'True'", () => {
    const { rt } = makeRuntime()
    const two = binaryOp(rt, rt.True, rt.True, "add", "+")
    expect(two.type).toBe(rt.t.int)
    expect(two.v).toBe(2)
    expect(unaryOp(rt, rt.True, "invert").v).toBe(-2)
    expect(reprString(rt, rt.True)).toBe("True")
    expect(binaryOp(rt, rt.True, rt.False, "or", "|")).toBe(rt.True)
  })

  it("hashes: hash(-1) == -2, hash(1.0) == hash(1) == hash(1+0j), str hash cached", () => {
    const { rt } = makeRuntime()
    expect(hash(rt, newInt(rt, -1))).toBe(-2)
    expect(hash(rt, newFloat(rt, 1.0))).toBe(1)
    const c = call(rt, rt.t.complex, [newInt(rt, 1)], null)
    expect(hash(rt, c)).toBe(1)
    const s = newStr(rt, "abc")
    expect(String(hash(rt, s))).toBe("-4594863902769663758")
    expect(s.w.hash).toBe(hash(rt, s))
  })

  it("int sizes: 24 + 4 per 30-bit digit, at least one digit", () => {
    expect([0, 1, 2 ** 30 - 1, 2 ** 30, 2n ** 60n, 2n ** 100n].map((v) => intSize(v))).toEqual([
      28, 28, 28, 32, 36, 40,
    ])
  })

  it("complex(str) parsing", () => {
    const { rt } = makeRuntime()
    const cases: [string, string][] = [
      ["1+2j", "(1+2j)"],
      [" ( 1-2.5e3J ) ", "(1-2500j)"],
      ["j", "1j"],
      ["-j", "-1j"],
      ["inf-nanj", "(inf+nanj)"],
      ["1_0+2_0j", "(10+20j)"],
      ["1e3", "(1000+0j)"],
      [".5j", "0.5j"],
      ["+1.5", "(1.5+0j)"],
    ]
    for (const [text, want] of cases) {
      const s = newStr(rt, text)
      expect(
        outcome(rt, () => call(rt, rt.t.complex, [s], null)),
        text,
      ).toEqual(["ok", want])
    }
    for (const bad of ["1+", "(1+2j", "1 + 2j"]) {
      const s = newStr(rt, bad)
      expect(outcome(rt, () => call(rt, rt.t.complex, [s], null))).toEqual([
        "err",
        "ValueError",
        "complex() arg is a malformed string",
      ])
    }
  })

  it("operations leak no blocks", () => {
    const { rt, heap } = makeRuntime()
    const run = () => {
      const objs: PyObject[] = []
      const a = newInt(rt, 10n ** 30n)
      const b = newFloat(rt, 2.5)
      const s = newStr(rt, "héllo wörld 😀")
      objs.push(binaryOp(rt, a, b, "multiply", "*"), binaryOp(rt, a, newInt(rt, 3), "power", "**"))
      objs.push(binaryOp(rt, s, s, "add", "+"), call(rt, rt.t.str, [a], null))
      for (const o of [...objs, a, b, s]) decref(rt, o)
    }
    run()
    const before = heap.live.size
    for (let i = 0; i < 5; i++) run()
    expect(heap.live.size).toBe(before)
  })
})
