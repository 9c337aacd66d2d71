// types.GenericAlias (list[int]) and types.UnionType (int | None).

import { describe, expect, it } from "vitest"
import { makeRuntime, pyError } from "./core-helpers.js"
import { binaryOp, getItem, isInstance, reprString } from "../../../src/objects/abstract.js"
import { newInt } from "../../../src/objects/int.js"
import { newList } from "../../../src/objects/list.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { decref, incref } from "../../../src/objects/refcount.js"

describe("type hints at runtime", () => {
  it("list[int], dict[str, list[int]], tuple[int, ...] repr like python3", () => {
    const { rt } = makeRuntime()
    const li = getItem(rt, rt.t.list, rt.t.int)
    expect(reprString(rt, li)).toBe("list[int]")
    const k = newTuple(rt, [incref(rt.t.str), incref(li)])
    const d = getItem(rt, rt.t.dict, k)
    expect(reprString(rt, d)).toBe("dict[str, list[int]]")
    const k2 = newTuple(rt, [incref(rt.t.int), incref(rt.Ellipsis)])
    const t = getItem(rt, rt.t.tuple, k2)
    expect(reprString(rt, t)).toBe("tuple[int, ...]")
    const l = newList(rt, [])
    expect(pyError(rt, () => isInstance(rt, l, li))).toBe(
      "TypeError: isinstance() argument 2 cannot be a parameterized generic",
    )
    for (const o of [li, k, d, k2, t, l]) decref(rt, o)
  })

  it("int | str | None is a UnionType; isinstance checks its members", () => {
    const { rt } = makeRuntime()
    const a = binaryOp(rt, rt.t.int, rt.t.str, "or", "|")
    const u = binaryOp(rt, a, rt.None, "or", "|")
    expect(reprString(rt, u)).toBe("int | str | None")
    expect(isInstance(rt, rt.None, u)).toBe(true)
    const one = newInt(rt, 1)
    expect(isInstance(rt, one, u)).toBe(true)
    const same = binaryOp(rt, rt.t.int, rt.t.int, "or", "|")
    expect(same).toBe(rt.t.int)
    expect(pyError(rt, () => binaryOp(rt, rt.t.int, one, "or", "|"))).toBe(
      "TypeError: unsupported operand type(s) for |: 'type' and 'int'",
    )
    for (const o of [a, u, same]) decref(rt, o)
  })
})
