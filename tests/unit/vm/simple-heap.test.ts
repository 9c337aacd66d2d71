import { describe, expect, test } from "vitest"
import { SimpleHeap } from "../../../src/vm/simple-heap.js"

describe("SimpleHeap", () => {
  test("16-byte aligned blocks, reused last-freed first per size", () => {
    const h = new SimpleHeap()
    const a = h.objMalloc(24)
    const b = h.objMalloc(24)
    expect(a % 16).toBe(0)
    expect(b - a).toBe(32)
    h.objFree(a)
    h.objFree(b)
    expect(h.objMalloc(20)).toBe(b)
    expect(h.objMalloc(30)).toBe(a)
    expect(h.liveBlocks).toBe(2)
  })

  test("the byte limit makes allocations fail with 0", () => {
    const h = new SimpleHeap(64)
    expect(h.objMalloc(48)).not.toBe(0)
    expect(h.objMalloc(32)).toBe(0)
  })

  test("freeing an unknown block is a heapscope bug, reported at once", () => {
    const h = new SimpleHeap()
    const a = h.memMalloc(100)
    h.memFree(a)
    expect(() => h.memFree(a)).toThrow(/free of unknown block/)
  })

  test("realloc keeps the block when the rounded size does not change", () => {
    const h = new SimpleHeap()
    const a = h.memMalloc(100)
    expect(h.memRealloc(a, 110)).toBe(a)
    const b = h.memRealloc(a, 1000)
    expect(b).not.toBe(a)
    expect(h.liveBlocks).toBe(1)
  })
})
