import { describe, expect, test } from "vitest"
import fc from "fast-check"
import { NumMap } from "../../../src/util/num-map.js"

describe("NumMap", () => {
  test("behaves as a Map<number, V> over any sequence of operations", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom("set", "delete", "get"), fc.integer({ min: 0, max: 40 })),
        ),
        (ops) => {
          const m = new NumMap<number>()
          const ref = new Map<number, number>()
          ops.forEach(([op, k], i) => {
            if (op === "set") {
              m.set(k, i)
              ref.set(k, i)
            } else if (op === "delete") expect(m.delete(k)).toBe(ref.delete(k))
            else expect(m.get(k)).toBe(ref.get(k))
            expect(m.size).toBe(ref.size)
            expect(m.has(k)).toBe(ref.has(k))
          })
          expect([...m].sort((a, b) => a[0] - b[0])).toEqual([...ref].sort((a, b) => a[0] - b[0]))
          expect([...m.values()].sort()).toEqual([...ref.values()].sort())
        },
      ),
    )
  })

  test("deleting and setting one key again and again stays cheap and correct", () => {
    const m = new NumMap<number>()
    for (let i = 0; i < 5000; i++) m.set(i * 16, i)
    for (let i = 0; i < 100_000; i++) {
      m.set(-16, i)
      expect(m.delete(-16)).toBe(true)
    }
    expect(m.size).toBe(5000)
    expect(m.get(-16)).toBeUndefined()
    expect(m.get(16 * 4999)).toBe(4999)
  })
})
