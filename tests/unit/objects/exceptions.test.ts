// The exception types: hierarchy, sizes, str/repr rules, subtype fields.

import { describe, expect, it } from "vitest"
import { readFileSync } from "node:fs"
import { makeRuntime, pyError, makeClass } from "./core-helpers.js"
import {
  call,
  callMethod,
  getAttrStr,
  reprString,
  setAttrStr,
  strString,
} from "../../../src/objects/abstract.js"
import { newInt } from "../../../src/objects/int.js"
import { newStr } from "../../../src/objects/str.js"
import { newBytes } from "../../../src/objects/bytes.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newList } from "../../../src/objects/list.js"
import { decref, incref } from "../../../src/objects/refcount.js"
import { excState, newException } from "../../../src/objects/exceptions.js"
import type { PyObject } from "../../../src/objects/object.js"
import type { Runtime } from "../../../src/objects/runtime.js"

const expected = JSON.parse(
  readFileSync(new URL("./fixtures/core-expected.json", import.meta.url), "utf8"),
) as { exc_str: Record<string, string | number>; sizes: Record<string, number> }

/** `name(*args)` with JS values turned into str/int/bytes/None objects. */
function exc(
  rt: Runtime,
  name: string,
  ...args: (string | number | Uint8Array | null | PyObject)[]
) {
  const objs = args.map((a) =>
    a === null
      ? incref(rt.None)
      : typeof a === "string"
        ? newStr(rt, a)
        : typeof a === "number"
          ? newInt(rt, a)
          : a instanceof Uint8Array
            ? newBytes(rt, a)
            : incref(a),
  )
  try {
    return call(rt, rt.t[name]!, objs)
  } finally {
    for (const o of objs) decref(rt, o)
  }
}

describe("exception hierarchy", () => {
  it("has the 3.11 types with their bases and sizes", () => {
    const { rt, heap } = makeRuntime()
    expect(rt.t.KeyError!.mro.map((t) => t.name)).toEqual([
      "KeyError",
      "LookupError",
      "Exception",
      "BaseException",
      "object",
    ])
    expect(rt.t.ExceptionGroup!.mro.map((t) => t.name)).toEqual([
      "ExceptionGroup",
      "BaseExceptionGroup",
      "Exception",
      "BaseException",
      "object",
    ])
    const e = exc(rt, "ValueError")
    expect(heap.sizeOf(e.addr - 16)).toBe(expected.sizes.exception)
    const o = exc(rt, "OSError")
    expect(heap.sizeOf(o.addr - 16)).toBe(expected.sizes.oserror)
    const s = exc(rt, "SyntaxError")
    expect(heap.sizeOf(s.addr - 16)).toBe(expected.sizes.syntaxerror)
    for (const x of [e, o, s]) decref(rt, x)
  })
})

describe("str and repr", () => {
  it("follow BaseException's rules for 0, 1 and n args", () => {
    const { rt } = makeRuntime()
    const x = expected.exc_str
    const e0 = exc(rt, "ValueError")
    const e1 = exc(rt, "ValueError", "a")
    const e2 = exc(rt, "ValueError", "a", 1)
    expect([strString(rt, e0), strString(rt, e1), strString(rt, e2)]).toEqual([
      x.none,
      x.one,
      x.two,
    ])
    expect([reprString(rt, e0), reprString(rt, e1), reprString(rt, e2)]).toEqual([
      x.repr_none,
      x.repr_one,
      x.repr_two,
    ])
    const k = exc(rt, "KeyError", "a")
    expect(strString(rt, k)).toBe(x.keyerror)
    for (const o of [e0, e1, e2, k]) decref(rt, o)
  })

  it("OSError picks its subclass from errno and prints filenames", () => {
    const { rt } = makeRuntime()
    const x = expected.exc_str
    const e = exc(rt, "OSError", 2, "No such file", "x")
    expect(e.type.name).toBe(x.oserror_type)
    expect(strString(rt, e)).toBe(x.oserror)
    const args = getAttrStr(rt, e, "args")
    expect(reprString(rt, args)).toBe("(2, 'No such file')")
    const e2 = exc(rt, "OSError", 1, "msg", "a", null, "b")
    expect(strString(rt, e2)).toBe(x.oserror2)
    for (const o of [e, e2, args]) decref(rt, o)
  })

  it("SyntaxError, UnicodeDecodeError, UnicodeEncodeError, ImportError", () => {
    const { rt } = makeRuntime()
    const x = expected.exc_str
    const info = newTuple(rt, [
      newStr(rt, "/d/x.py"),
      newInt(rt, 3),
      newInt(rt, 1),
      newStr(rt, "a b"),
    ])
    const s = exc(rt, "SyntaxError", "invalid syntax", info)
    expect(strString(rt, s)).toBe(x.syntax)
    const lineno = getAttrStr(rt, s, "lineno")
    expect(lineno.v).toBe(3)
    const info2 = newTuple(rt, [incref(rt.None), newInt(rt, 3), newInt(rt, 1), newStr(rt, "a b")])
    const s2 = exc(rt, "SyntaxError", "m", info2)
    expect(strString(rt, s2)).toBe(x.syntax_line)
    const dcd = exc(
      rt,
      "UnicodeDecodeError",
      "utf-8",
      new Uint8Array([0xff, 0xfe]),
      0,
      1,
      "invalid start byte",
    )
    expect(strString(rt, dcd)).toBe(x.decode)
    const enc = exc(rt, "UnicodeEncodeError", "ascii", "\xe9a", 0, 1, "ordinal not in range(128)")
    expect(strString(rt, enc)).toBe(x.encode)
    const m = newStr(rt, "m")
    const name = newStr(rt, "x")
    const kw = newTuple(rt, [newStr(rt, "name")])
    const imp = call(rt, rt.t.ImportError!, [m, name], kw)
    expect(strString(rt, imp)).toBe(x.importerror)
    const nm = getAttrStr(rt, imp, "name")
    expect(nm.v).toBe("x")
    for (const o of [info, s, lineno, info2, s2, dcd, enc, m, name, kw, imp, nm]) decref(rt, o)
  })

  it("subtype fields: SystemExit.code, StopIteration.value; keyword and note errors", () => {
    const { rt } = makeRuntime()
    const x = expected.exc_str
    const se = exc(rt, "SystemExit", 1, 2)
    const code = getAttrStr(rt, se, "code")
    expect(reprString(rt, code)).toBe(`(${(x.systemexit_code as unknown as number[]).join(", ")})`)
    const si = exc(rt, "StopIteration", 5)
    const value = getAttrStr(rt, si, "value")
    expect(value.v).toBe(x.stopiteration_value)
    const one = newInt(rt, 1)
    const kw = newTuple(rt, [newStr(rt, "x")])
    expect(pyError(rt, () => call(rt, rt.t.ValueError!, [one], kw))).toBe(x.kw)
    const v = exc(rt, "ValueError")
    expect(pyError(rt, () => callMethod(rt, v, "add_note", [one]))).toBe(x.note)
    const note = newStr(rt, "n")
    decref(rt, callMethod(rt, v, "add_note", [note]))
    const notes = getAttrStr(rt, v, "__notes__")
    expect(reprString(rt, notes)).toBe("['n']")
    for (const o of [se, code, si, value, kw, v, note, notes]) decref(rt, o)
  })
})

describe("exception groups", () => {
  it("validate their arguments, pick ExceptionGroup for Exceptions, print the count", () => {
    const { rt } = makeRuntime()
    const x = expected.exc_str
    const v = exc(rt, "ValueError", 1)
    const k = exc(rt, "KeyError", 2)
    const ki = exc(rt, "KeyboardInterrupt")
    const l2 = newList(rt, [incref(v), incref(k)])
    const g = exc(rt, "ExceptionGroup", "m", l2)
    expect(strString(rt, g)).toBe(x.group_str)
    const g2 = exc(rt, "BaseExceptionGroup", "m", l2)
    expect(g2.type.name).toBe(x.group_type)
    const lk = newList(rt, [incref(ki)])
    expect(pyError(rt, () => exc(rt, "ExceptionGroup", "m", lk))).toBe(x.group_nest)
    const empty = newList(rt, [])
    expect(pyError(rt, () => exc(rt, "ExceptionGroup", "m", empty))).toBe(x.group_empty)
    for (const o of [v, k, ki, l2, g, g2, lk, empty]) decref(rt, o)
  })
})

describe("chaining attributes", () => {
  it("__context__/__cause__ accept exceptions or None; __cause__ sets __suppress_context__", () => {
    const { rt } = makeRuntime()
    const a = newException(rt, rt.t.ValueError!, "a")
    const b = newException(rt, rt.t.TypeError!, "b")
    const one = newInt(rt, 1)
    expect(pyError(rt, () => setAttrStr(rt, a, "__context__", one))).toBe(
      "TypeError: exception context must be None or derive from BaseException",
    )
    expect(pyError(rt, () => setAttrStr(rt, a, "__cause__", one))).toBe(
      "TypeError: exception cause must be None or derive from BaseException",
    )
    const brc = b.rc
    setAttrStr(rt, a, "__cause__", b)
    expect(b.rc).toBe(brc + 1)
    expect(excState(a).suppressContext).toBe(true)
    decref(rt, a)
    expect(b.rc).toBe(brc)
    decref(rt, b)
  })

  it("a class derived from Exception builds through its own __init__ path", () => {
    const { rt } = makeRuntime()
    const X = makeClass(rt, "X", [rt.t.Exception!])
    const e = newException(rt, X, "boom")
    expect(e.type).toBe(X)
    expect(reprString(rt, e)).toBe("X('boom')")
    decref(rt, e)
    decref(rt, X)
  })
})

describe("MemoryError", () => {
  it("is raised from a full heap without allocating (16 preallocated objects)", () => {
    const { rt, heap } = makeRuntime()
    const C = makeClass(rt, "C")
    heap.limit = heap.liveBytes
    const errs: PyObject[] = []
    for (let i = 0; i < 3; i++) {
      try {
        call(rt, C, [])
      } catch (e) {
        errs.push(e as PyObject)
      }
    }
    expect(errs.map((e) => e.type.name)).toEqual(["MemoryError", "MemoryError", "MemoryError"])
    expect(strString(rt, errs[0]!)).toBe("")
    heap.limit = Infinity
    const addr = errs[2]!.addr
    for (const e of errs) decref(rt, e)
    // Freed MemoryErrors go back to the free list and are reused LIFO.
    const again = newException(rt, rt.t.MemoryError!, null)
    expect(again.addr).toBe(addr)
    decref(rt, again)
    decref(rt, C)
  })
})
