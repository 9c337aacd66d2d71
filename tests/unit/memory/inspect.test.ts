import { describe, expect, it } from "vitest"
import { POOL_SIZE, blocksPerPool, createAllocator } from "../../../src/memory/index.js"

describe("inspection API", () => {
  it("describes arenas, pools and block states without exposing the heap", () => {
    const h = createAllocator()
    const a = h.malloc(100) // class 6 (112)
    h.malloc(100)
    const b = h.malloc(16)
    h.free(a)
    const [arena] = h.arenas({ blocks: true })
    expect(arena!.totalPools).toBe(63)
    expect(arena!.freePools).toBe(61)
    const [p0, p1, p2] = arena!.pools
    expect(p0).toMatchObject({ index: 0, state: "used", sizeClass: 6, blockSize: 112, used: 1 })
    expect(p0!.capacity).toBe(blocksPerPool(6))
    expect(p0!.blocks!.slice(0, 4)).toEqual(["free", "used", "free", "virgin"])
    expect(p1).toMatchObject({
      state: "used",
      sizeClass: 0,
      used: 1,
      address: p0!.address + POOL_SIZE,
    })
    expect(p2!.state).toBe("untouched")
    // Snapshots are copies.
    p0!.used = 99
    expect(h.arenas()[0]!.pools[0]!.used).toBe(1)
    h.free(b)
    expect(h.arenas()[0]!.pools[1]!.state).toBe("empty")
    expect(h.arenas()[0]!.pools[0]!.blocks).toBeUndefined()
  })
  it("lists raw blocks", () => {
    const h = createAllocator()
    const p = h.malloc(1000)
    const q = h.raw.malloc(300_000)
    expect(h.rawBlocks()).toEqual([
      { address: p, size: 1000, mapped: false },
      { address: q, size: 300_000, mapped: true },
    ])
  })
  it("reports hooks in debug mode with the caller's addresses and sizes", () => {
    const h = createAllocator({ debug: true })
    const seen: string[] = []
    h.subscribe({
      alloc: (d, a, n) => seen.push(`${d} ${a % 16} ${n}`),
      free: (d) => seen.push(`free ${d}`),
    })
    const p = h.mem.malloc(5)
    h.mem.free(p)
    expect(seen).toEqual(["mem 0 5", "free mem"])
  })
  it("enforces the memory limit on raw blocks too", () => {
    const h = createAllocator({ maxMemory: 100_000 })
    expect(h.raw.malloc(200_000)).toBe(0)
    const p = h.raw.malloc(60_000)
    expect(p).not.toBe(0)
    expect(h.raw.malloc(60_000)).toBe(0)
    expect(h.raw.realloc(p, 150_000)).toBe(0)
    expect(h.stats().rawBlocks).toBe(1)
    h.check()
  })
})
