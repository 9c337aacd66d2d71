// An instance's values and its class's shared keys (3.11's managed dicts):
// the states an instance's attributes go through (values, split dict,
// combined dict), the split-dict invariant, the shared keys' reference
// counts, and that every block comes back when the objects go.

import { describe, expect, it } from "vitest"
import { makeRuntime, makeClass } from "./core-helpers.js"
import { call, getAttrStr, ident, setAttrStr } from "../../../src/objects/abstract.js"
import { newInt } from "../../../src/objects/int.js"
import { newStr } from "../../../src/objects/str.js"
import {
  checkDict,
  dictObj,
  dictSetItem,
  dictSizeof,
  isInlineValues,
  SHARED_KEYS_MAX_SIZE,
} from "../../../src/objects/dict.js"
import type { SharedKeys } from "../../../src/objects/dict.js"
import { decref } from "../../../src/objects/refcount.js"
import { instanceDict } from "../../../src/objects/objectobject.js"
import type { TypeExtra } from "../../../src/objects/typeobject.js"
import type { PyObject } from "../../../src/objects/object.js"
import type { PyType } from "../../../src/objects/type.js"
import type { Runtime } from "../../../src/objects/runtime.js"

function shared(t: PyType): SharedKeys {
  return (t.ext as TypeExtra).cachedKeys!
}

function setInt(rt: Runtime, o: PyObject, name: string, n: number): void {
  const v = newInt(rt, n)
  setAttrStr(rt, o, name, v)
  decref(rt, v)
}

describe("instance values", () => {
  it("gives each new instance values one slot smaller, down to names + 1", () => {
    const { rt } = makeRuntime()
    const C = makeClass(rt, "C")
    const k = shared(C)
    expect(k.usable).toBe(SHARED_KEYS_MAX_SIZE)
    const objs: PyObject[] = []
    for (let i = 0; i < 40; i++) {
      const o = call(rt, C, [])
      setInt(rt, o, "x", i)
      objs.push(o)
      expect(isInlineValues(instanceDict(rt, o, false)!)).toBe(true)
    }
    // 40 instances took the room down to 1; the one name stays.
    expect(k.names.length).toBe(1)
    expect(k.usable).toBe(1)
    for (const o of objs) decref(rt, o)
    decref(rt, C)
  })

  it("keeps names in the shared keys only (one reference each), and materializes a split dict", () => {
    const { rt } = makeRuntime()
    const C = makeClass(rt, "C")
    const name = newStr(rt, "attr_name_for_refcount")
    const before = name.rc
    const objs = [call(rt, C, []), call(rt, C, []), call(rt, C, [])]
    for (const o of objs) {
      const v = newInt(rt, 5)
      setAttrStr(rt, o, "attr_name_for_refcount", v)
      decref(rt, v)
    }
    const interned = ident(rt, "attr_name_for_refcount")
    expect(shared(C).names).toContain(interned)
    const refsBefore = interned.rc
    const d = getAttrStr(rt, objs[0]!, "__dict__")
    expect(isInlineValues(d)).toBe(false)
    expect(dictObj(d).shared).toBe(shared(C))
    expect(shared(C).refcnt).toBe(2)
    checkDict(rt, d)
    // 48 + 8 × (names + room) of the shared keys now.
    expect(dictSizeof(d)).toBe(48 + 8 * (shared(C).names.length + shared(C).usable))
    expect(interned.rc).toBe(refsBefore)
    // A non-str key makes it combined: the shared keys lose the dict.
    const one = newInt(rt, 1)
    dictSetItem(rt, d, one, one)
    decref(rt, one)
    expect(dictObj(d).shared).toBe(null)
    expect(shared(C).refcnt).toBe(1)
    checkDict(rt, d)
    decref(rt, d)
    for (const o of objs) decref(rt, o)
    decref(rt, C)
    expect(name.rc).toBe(before)
    decref(rt, name)
  })

  it("turns an instance's values into a combined dict when the shared keys are full", () => {
    const { rt } = makeRuntime()
    const C = makeClass(rt, "C")
    const o = call(rt, C, [])
    for (let i = 0; i < SHARED_KEYS_MAX_SIZE + 3; i++) setInt(rt, o, `n${i}`, i)
    const d = instanceDict(rt, o, false)!
    expect(isInlineValues(d)).toBe(false)
    expect(dictObj(d).shared).toBe(null)
    expect(shared(C).usable).toBe(0)
    checkDict(rt, d)
    const v = getAttrStr(rt, o, `n${SHARED_KEYS_MAX_SIZE + 2}`)
    expect(Number(v.v)).toBe(SHARED_KEYS_MAX_SIZE + 2)
    decref(rt, v)
    decref(rt, o)
    decref(rt, C)
  })

  it("returns every block of the instances and their dicts", () => {
    // (A class is a cycle: without the collector it stays, so one serves both rounds.)
    const { rt, heap } = makeRuntime()
    const C = makeClass(rt, "C")
    const round = () => {
      const objs: PyObject[] = []
      for (let i = 0; i < 10; i++) {
        const o = call(rt, C, [])
        setInt(rt, o, "a", i)
        setInt(rt, o, `b${i}`, i)
        objs.push(o)
      }
      // A materialized dict, moved to another instance, outliving both.
      const d = getAttrStr(rt, objs[3]!, "__dict__")
      setAttrStr(rt, objs[7]!, "__dict__", d)
      for (const o of objs) decref(rt, o)
      expect(dictObj(d).shared).toBe(shared(C))
      expect(shared(C).refcnt).toBe(2)
      decref(rt, d)
      expect(shared(C).refcnt).toBe(1)
    }
    round()
    const live = heap.live.size
    round()
    expect(heap.live.size).toBe(live)
    decref(rt, C)
  })
})
