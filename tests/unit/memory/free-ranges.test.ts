import { describe, expect, test } from "vitest"
import fc from "fast-check"
import { FreeRanges } from "../../../src/memory/free-ranges.js"

/** The choice FreeRanges.find documents, computed the slow way over a plain list. */
function naiveFind(ranges: { start: number; size: number; seq: number }[], want: number): number {
  const fits = ranges.filter((r) => r.size >= want)
  const small = fits.filter((r) => r.size < 4096)
  if (want < 4096 && small.length > 0) {
    const size = Math.min(...small.map((r) => r.size))
    // The most recently added range of that size (the bins are stacks).
    const newest = small.filter((r) => r.size === size).sort((a, b) => b.seq - a.seq)[0]!
    return newest.start
  }
  const large = fits.filter((r) => r.size >= 4096)
  if (large.length === 0) return -1
  large.sort((a, b) => a.size - b.size || a.start - b.start)
  return large[0]!.start
}

describe("FreeRanges", () => {
  test("find, add and remove agree with a plain list", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("add", "add", "remove", "find"),
            fc.integer({ min: 2, max: 600 }),
            fc.nat(),
          ),
          { maxLength: 200 },
        ),
        (cmds) => {
          const fr = new FreeRanges()
          const model: { start: number; size: number; seq: number }[] = []
          let next = 0
          let seq = 0
          for (const [op, units, pick] of cmds) {
            const size = units * 16
            if (op === "add") {
              // Disjoint, non-touching ranges: a gap of 16 bytes after each.
              fr.add(next, size)
              model.push({ start: next, size, seq: seq++ })
              next += size + 16
            } else if (op === "remove" && model.length > 0) {
              const r = model.splice(pick % model.length, 1)[0]!
              expect(fr.remove(r.start)).toBe(r.size)
            } else if (op === "find") {
              expect(fr.find(size)).toBe(naiveFind(model, size))
            }
            expect(fr.count).toBe(model.length)
          }
          for (const r of model) {
            expect(fr.sizeAt(r.start)).toBe(r.size)
            expect(fr.startEndingAt(r.start + r.size)).toBe(r.start)
          }
          expect(fr.ordered()).toEqual(
            model.map((r) => [r.start, r.size]).sort((a, b) => a[0]! - b[0]!),
          )
        },
      ),
      { numRuns: 1000 },
    )
  })
})
