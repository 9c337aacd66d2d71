// rt.t is made with all its keys at once (TYPE_TABLE_NAMES) so V8 keeps it a fast
// object; a type stored under a name missing from that list would turn it back
// into a hash table. This test fails when that happens.
import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { TYPE_TABLE_NAMES } from "../../../src/objects/runtime.js"

describe("the built-in type table", () => {
  test("every name the runtime stores in rt.t is declared in TYPE_TABLE_NAMES", () => {
    const it = new Interpreter({ stdout: () => {}, stderr: () => {} })
    it.run(
      "import asyncio, json, collections, typing, dataclasses, random, math, weakref, gc, re\n",
      "<t>",
    )
    const rt = (it as unknown as { rt: { t: Record<string, unknown> } }).rt
    const declared = new Set(TYPE_TABLE_NAMES)
    const undeclared = Object.keys(rt.t).filter((k) => !declared.has(k))
    expect(undeclared).toEqual([])
    const unset = TYPE_TABLE_NAMES.filter((k) => rt.t[k] === null)
    expect(unset).toEqual([])
  })
})
