import { describe, expect, it } from "vitest"
import { binaryOp, callMethod } from "../../../src/objects/abstract.js"
import { decref } from "../../../src/objects/refcount.js"
import { newStr } from "../../../src/objects/str.js"
import { decode, fixtures, makeRuntime, methodOutcome, outcome } from "./numbers-harness.js"

const { rt } = makeRuntime()

function report(bad: string[], what: string, got: unknown, want: unknown): void {
  if (JSON.stringify(got) !== JSON.stringify(want))
    bad.push(`${what}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`)
}

describe("str and bytes against python3 (tests/fixtures/numbers-text.json)", () => {
  it("str methods and operators", () => {
    const bad: string[] = []
    for (const [recv, name, args, kw, want] of fixtures.strCalls)
      report(
        bad,
        `${JSON.stringify(recv)}.${name}${JSON.stringify(args)}${JSON.stringify(kw)}`,
        methodOutcome(rt, recv, name, args, kw),
        want,
      )
    expect(bad.slice(0, 40)).toEqual([])
  })

  it("bytes and bytearray methods and operators", () => {
    const bad: string[] = []
    for (const [recv, name, args, kw, want] of fixtures.bytesCalls)
      report(
        bad,
        `${JSON.stringify(recv)}.${name}${JSON.stringify(args)}`,
        methodOutcome(rt, recv, name, args, kw),
        want,
      )
    expect(bad.slice(0, 40)).toEqual([])
  })

  it("% formatting of str and bytes", () => {
    const bad: string[] = []
    for (const [fmt, args, want] of fixtures.percent) {
      const f = typeof fmt === "string" ? newStr(rt, fmt) : decode(rt, fmt)
      const a = decode(rt, args)
      report(
        bad,
        `${JSON.stringify(fmt)} % ${JSON.stringify(args)}`,
        outcome(rt, () => binaryOp(rt, f, a, "remainder", "%")),
        want,
      )
      decref(rt, f)
      decref(rt, a)
    }
    expect(bad).toEqual([])
  })

  it("str.format and str.format_map", () => {
    const bad: string[] = []
    for (const [fmt, args, kw, want] of fixtures.strFormat) {
      report(
        bad,
        `${JSON.stringify(fmt)}.format`,
        methodOutcome(rt, { s: fmt }, "format", [...args], kw),
        want,
      )
    }
    for (const [fmt, m, want] of fixtures.formatMap)
      report(
        bad,
        `${JSON.stringify(fmt)}.format_map`,
        methodOutcome(rt, { s: fmt }, "format_map", [m], []),
        want,
      )
    expect(bad).toEqual([])
  })

  it("__sizeof__ follows CPython 3.11's layouts", () => {
    for (const [v, getsizeof, sizeof] of fixtures.sizes) {
      const o = decode(rt, v)
      const got = outcome(rt, () => callMethod(rt, o, "__sizeof__", []))
      decref(rt, o)
      expect(got, JSON.stringify(v)).toEqual(["ok", String(sizeof)])
      // None of these types is GC, so sys.getsizeof adds nothing.
      expect(getsizeof).toBe(sizeof)
    }
  })

  it("bytearray growth (bytearray_resize) matches getsizeof after each append", () => {
    const ba = decode(rt, { ba: [] })
    const sizes: number[] = []
    for (let i = 0; i < fixtures.bytearrayGrowth.length; i++) {
      sizes.push(56 + (ba.w.alloc as number))
      const b = decode(rt, { i: String(i) })
      decref(rt, callMethod(rt, ba, "append", [b]))
      decref(rt, b)
    }
    decref(rt, ba)
    expect(sizes).toEqual(fixtures.bytearrayGrowth)
  })
})
