import { describe, expect, it } from "vitest"
import {
  ALIGNMENT,
  ARENA_SIZE,
  NB_SMALL_SIZE_CLASSES,
  POOL_OVERHEAD,
  POOL_SIZE,
  SMALL_REQUEST_THRESHOLD,
  blocksPerPool,
  classSize,
  createAllocator,
  sizeClassOf,
} from "../../../src/memory/index.js"

// Facts from docs/cpython-memory.md §2.1-2.2 and `sys._debugmallocstats()` of python3 3.11.7.
describe("layout constants", () => {
  it("match CPython 3.11 on 64-bit Linux", () => {
    expect([ALIGNMENT, SMALL_REQUEST_THRESHOLD, NB_SMALL_SIZE_CLASSES]).toEqual([16, 512, 32])
    expect([ARENA_SIZE, POOL_SIZE, POOL_OVERHEAD]).toEqual([1048576, 16384, 48])
  })
  it("map requests to size classes", () => {
    expect([1, 16, 17, 32, 33, 512].map(sizeClassOf)).toEqual([0, 0, 1, 1, 2, 31])
    expect([0, 1, 31].map(classSize)).toEqual([16, 32, 512])
  })
  it("fit the documented number of blocks per pool", () => {
    // idx:blocks from the facts table (quantization waste follows).
    const table: Record<number, number> = { 0: 1021, 1: 510, 6: 145, 13: 72, 30: 32, 31: 31 }
    for (const [idx, n] of Object.entries(table)) expect(blocksPerPool(Number(idx))).toBe(n)
  })
})

describe("pymalloc carving and reuse", () => {
  it("serves 1..512 from pools, 16-aligned, first block at pool + 48", () => {
    const h = createAllocator()
    const p = h.malloc(24)
    expect(p % 16).toBe(0)
    expect(p % POOL_SIZE).toBe(POOL_OVERHEAD)
    expect(h.arenas()[0]!.address).toBeGreaterThan(0x7f00_0000_0000)
    expect(p).toBeLessThan(2 ** 53)
  })
  it("carves blocks lazily, one after the other", () => {
    const h = createAllocator()
    const a = h.malloc(64)
    const b = h.malloc(64)
    const c = h.malloc(50)
    expect([b - a, c - b]).toEqual([64, 64])
    const pool = h.arenas({ blocks: true })[0]!.pools[0]!
    expect(pool.blocks!.slice(0, 4)).toEqual(["used", "used", "used", "free"])
    expect(pool.blocks!.filter((s) => s === "virgin").length).toBe(blocksPerPool(3) - 4)
  })
  it("reuses the most recently freed block first (LIFO)", () => {
    const h = createAllocator()
    const a = h.malloc(32)
    const b = h.malloc(32)
    h.malloc(32)
    h.free(a)
    h.free(b)
    expect(h.malloc(32)).toBe(b)
    expect(h.malloc(32)).toBe(a)
  })
  it("gives each size class its own pool", () => {
    const h = createAllocator()
    const a = h.malloc(16)
    const b = h.malloc(512)
    expect(Math.floor(a / POOL_SIZE)).not.toBe(Math.floor(b / POOL_SIZE))
    expect(h.stats().poolsInUse).toBe(2)
  })
  it("fills a pool, then moves on, and puts a pool that gets a block back at the front", () => {
    const h = createAllocator()
    const n = blocksPerPool(31)
    const first = Array.from({ length: n }, () => h.malloc(512))
    const second = h.malloc(512)
    expect(Math.floor(second / POOL_SIZE)).not.toBe(Math.floor(first[0]! / POOL_SIZE))
    h.free(first[5]!)
    expect(h.malloc(512)).toBe(first[5])
    h.check()
  })
  it("reuses an empty pool for another size class", () => {
    const h = createAllocator()
    const keep = h.malloc(16)
    const a = h.malloc(100)
    const pool = Math.floor(a / POOL_SIZE)
    h.free(a)
    expect(h.stats().classes[6]!.pools).toBe(0)
    const b = h.malloc(300)
    expect(Math.floor(b / POOL_SIZE)).toBe(pool)
    expect(b % POOL_SIZE).toBe(POOL_OVERHEAD)
    h.free(keep)
    h.check()
  })
  it("keeps a reused same-class pool's free list", () => {
    const h = createAllocator()
    h.malloc(16) // keep the arena alive
    const a = h.malloc(100)
    const b = h.malloc(100)
    h.free(a)
    h.free(b)
    expect(h.malloc(100)).toBe(b)
    h.check()
  })
})

describe("arenas", () => {
  it("maps 1 MiB arenas top-down at 0x7f… addresses with 63 pools when misaligned", () => {
    const h = createAllocator()
    const blocks: number[] = []
    for (let i = 0; i < 64 * blocksPerPool(31); i++) blocks.push(h.malloc(512))
    const arenas = h.arenas()
    expect(arenas.length).toBe(2)
    expect(arenas[1]!.address).toBe(arenas[0]!.address - ARENA_SIZE)
    expect(arenas[0]!.totalPools).toBe(63)
    expect(h.stats().arenasInUse).toBe(2)
    for (const p of blocks) h.free(p)
    h.check()
  })
  it("takes new pools from the fullest usable arena (usable_arenas sorted)", () => {
    const h = createAllocator()
    const per = blocksPerPool(31)
    // Three arenas full of 512-byte pools.
    const pools: number[][] = []
    for (let i = 0; i < 3 * 63; i++) pools.push(Array.from({ length: per }, () => h.malloc(512)))
    const arenaOf = (p: number) =>
      h.arenas().findIndex((a) => p >= a.address && p < a.address + ARENA_SIZE)
    // Free 1 pool in arena 0, 5 pools in arena 1, 3 in arena 2.
    const emptyPool = (i: number) => pools[i]!.forEach((p) => h.free(p))
    emptyPool(0)
    for (let i = 63; i < 68; i++) emptyPool(i)
    for (let i = 126; i < 129; i++) emptyPool(i)
    h.check()
    // The next pool of a fresh class comes from arena 0 (1 free pool), then arena 2 (3).
    expect(arenaOf(h.malloc(16))).toBe(0)
    expect(arenaOf(h.malloc(32))).toBe(2)
    h.check()
  })
  it("returns an arena when all its pools are free, but keeps the last usable one", () => {
    const h = createAllocator()
    const per = blocksPerPool(31)
    const blocks: number[] = []
    for (let i = 0; i < 2 * 63 * per; i++) blocks.push(h.malloc(512))
    expect(h.stats().arenasInUse).toBe(2)
    // Arena 0 empties first: it is then the only usable arena, so it stays (bpo-37257).
    for (const p of blocks.slice(0, 63 * per)) h.free(p)
    expect(h.stats().arenasInUse).toBe(2)
    // Arena 1 empties while arena 0 is the last usable arena: arena 1 goes back to the OS.
    for (const p of blocks.slice(63 * per)) h.free(p)
    const s = h.stats()
    expect([s.arenasInUse, s.arenasReclaimed, s.arenasAllocatedTotal]).toEqual([1, 1, 2])
    expect(h.arenas()[0]!.freePools).toBe(63)
    h.check()
  })
  it("maps a new arena in the hole a released one left", () => {
    const h = createAllocator()
    const per = blocksPerPool(31)
    const blocks: number[] = []
    for (let i = 0; i < 3 * 63 * per; i++) blocks.push(h.malloc(512))
    const before = h.arenas().map((a) => a.address)
    for (const p of blocks.slice(2 * 63 * per)) h.free(p) // lowest arena: kept, empty
    for (const p of blocks.slice(63 * per, 2 * 63 * per)) h.free(p) // middle one: released
    expect(h.arenas().map((a) => a.address)).toEqual([before[0], before[2]])
    for (let i = 0; i < 2 * 63 * per; i++) h.malloc(512)
    expect(
      h
        .arenas()
        .map((a) => a.address)
        .sort(),
    ).toEqual([...before].sort())
    h.check()
  })
})

describe("realloc", () => {
  it("stays in place when the size fits the class and shrinks by less than a quarter", () => {
    const h = createAllocator()
    const p = h.malloc(100)
    expect(h.realloc(p, 112)).toBe(p)
    expect(h.realloc(p, 90)).toBe(p)
    const q = h.realloc(p, 40)
    expect(q).not.toBe(p)
    expect(h.usableSize(q)).toBe(48)
  })
  it("moves to a bigger class and keeps the contents", () => {
    const h = createAllocator()
    const p = h.malloc(20)
    h.write(p, [1, 2, 3, 4, 5])
    const q = h.realloc(p, 200)
    expect(q).not.toBe(p)
    expect([...h.read(q, 5)]).toEqual([1, 2, 3, 4, 5])
    expect(h.malloc(20)).toBe(p) // the old block was freed
  })
  it("moves past 512 bytes to the raw domain, which it never leaves", () => {
    const h = createAllocator()
    const p = h.malloc(500)
    h.fill(p, 7, 500)
    const q = h.realloc(p, 600)
    expect(h.rawBlocks().map((b) => b.address)).toEqual([q])
    expect(h.read(q, 500).every((b) => b === 7)).toBe(true)
    const r = h.realloc(q, 10)
    expect(h.rawBlocks().map((b) => b.address)).toEqual([r])
    expect(h.stats().allocatedBlocks).toBe(1)
  })
  it("realloc(0, n) is malloc and realloc to 0 gives a 1-byte raw block", () => {
    const h = createAllocator()
    const p = h.realloc(0, 30)
    expect(h.usableSize(p)).toBe(32)
    const q = h.realloc(p, 0)
    expect(h.rawBlocks()[0]!.size).toBe(1)
    h.free(q)
    expect(h.stats().allocatedBlocks).toBe(0)
  })
})

describe("raw domain", () => {
  it("serves 0 and >512 bytes for the object domain and counts them as allocated blocks", () => {
    const h = createAllocator()
    const a = h.malloc(0)
    const b = h.malloc(513)
    expect(a).not.toBe(0)
    expect(b - a).toBeGreaterThanOrEqual(32)
    expect(h.stats().allocatedBlocks).toBe(2)
    expect(h.stats().rawBlocks).toBe(2)
    expect(h.raw.malloc(10)).not.toBe(0)
    expect(h.stats().allocatedBlocks).toBe(2) // PyMem_RawMalloc is not counted
  })
  it("mapped blocks read as zeros before their bytes exist, and keep what is written", () => {
    const h = createAllocator()
    const big = 300 * 1024
    // Dirty a heap chunk, free it, then move an untouched mapped block down into the heap:
    // the copied range must come out as zeros, not as the old chunk's bytes.
    const dirty = h.raw.malloc(4096)
    h.raw.malloc(64) // keeps the freed chunk inside the heap (not trimmed)
    h.fill(dirty, 0xab, 4096)
    h.raw.free(dirty)
    const m0 = h.raw.malloc(big)
    expect(h.read(m0, 16, big - 16)).toEqual(new Uint8Array(16))
    const m = h.raw.malloc(big) // never read before the realloc
    const small = h.raw.realloc(m, 4000)
    expect(h.read(small, 4000)).toEqual(new Uint8Array(4000))
    const m2 = h.raw.malloc(big)
    const m3 = h.raw.realloc(m2, 2 * big) // untouched mapped -> fresh mapping
    expect(h.read(m3, 8, 2 * big - 8)).toEqual(new Uint8Array(8))
    h.write(m3, [1, 2, 3], big)
    const m4 = h.raw.realloc(m3, 3 * big)
    expect(Array.from(h.read(m4, 3, big))).toEqual([1, 2, 3])
    h.check()
  })
  it("never hands raw requests to pymalloc", () => {
    const h = createAllocator()
    h.raw.malloc(16)
    expect(h.stats().arenasInUse).toBe(0)
  })
  it("reuses and coalesces freed heap chunks, trimming the top", () => {
    const h = createAllocator()
    const a = h.raw.malloc(1000)
    const b = h.raw.malloc(1000)
    const c = h.raw.malloc(1000)
    h.free(a)
    h.free(b)
    expect(h.raw.malloc(2000)).toBe(a) // a and b coalesced
    h.free(c)
    h.check()
  })
  it("maps blocks of 128 KiB and more, and unmaps them on free", () => {
    const h = createAllocator()
    const p = h.raw.malloc(200_000)
    expect(p % 4096).toBe(16)
    expect(h.stats().mappedBytes).toBeGreaterThanOrEqual(200_000)
    h.raw.free(p)
    expect(h.stats().mappedBytes).toBe(0)
  })
  it("grows in place into the free space after a chunk", () => {
    const h = createAllocator()
    const a = h.raw.malloc(1000)
    const b = h.raw.malloc(1000)
    const c = h.raw.malloc(1000)
    h.raw.free(b)
    expect(h.raw.realloc(a, 1800)).toBe(a)
    expect(h.raw.realloc(c, 5000)).toBe(c) // c is at the top: the heap grows
    h.check()
  })
  it("calloc zeroes and rejects overflowing products", () => {
    const h = createAllocator()
    const p = h.raw.calloc(10, 100)
    expect(h.read(p, 1000).every((b) => b === 0)).toBe(true)
    expect(h.calloc(2 ** 31, 2 ** 31)).toBe(0)
    const q = h.malloc(64)
    h.fill(q, 9, 64)
    h.free(q)
    const r = h.calloc(4, 16)
    expect(r).toBe(q)
    expect(h.read(r, 64).every((b) => b === 0)).toBe(true)
  })
})

describe("errors and limits", () => {
  it("rejects foreign addresses, double frees of the last freed block and domain mix-ups", () => {
    const h = createAllocator()
    expect(() => h.free(12345)).toThrow(/not a live block/)
    const p = h.malloc(10)
    h.malloc(10)
    h.free(p)
    expect(() => h.free(p)).toThrow(/double free/)
    const q = h.malloc(10)
    expect(() => h.raw.free(q)).toThrow(/pymalloc block/)
    expect(() => h.free(q + 8)).toThrow(/not a block address/)
    expect(() => h.malloc(-1)).toThrow(/non-negative integer/)
    expect(() => h.malloc(1.5)).toThrow(/non-negative integer/)
    expect(h.malloc(2 ** 40)).toBe(0)
    h.free(0)
  })
  it("returns 0 when the memory limit would be exceeded", () => {
    const h = createAllocator({ maxMemory: 2 * ARENA_SIZE })
    const got: number[] = []
    for (;;) {
      const p = h.malloc(512)
      if (p === 0) break
      got.push(p)
    }
    expect(h.stats().arenasInUse).toBe(2)
    expect(got.length).toBe(2 * 63 * blocksPerPool(31))
    expect(h.malloc(1000)).toBe(0)
    h.free(got.pop()!)
    expect(h.malloc(512)).not.toBe(0)
    expect(() => createAllocator({ maxMemory: -1 })).toThrow(/maxMemory/)
  })
  it("reads and writes only inside live blocks", () => {
    const h = createAllocator()
    const p = h.malloc(20)
    expect(() => h.write(p, new Uint8Array(33))).toThrow(/outside the 32-byte block/)
    h.free(p)
    expect(() => h.read(p, 1)).toThrow(/not a live block/)
  })
})

describe("hooks", () => {
  it("reports allocations, reallocs and frees per domain with requested sizes", () => {
    const h = createAllocator()
    const events: string[] = []
    const stop = h.subscribe({
      alloc: (d, a, n) => events.push(`alloc ${d} ${n} ${a === 0}`),
      realloc: (d, a, b, n) => events.push(`realloc ${d} ${n} ${a !== b}`),
      free: (d) => events.push(`free ${d}`),
    })
    const p = h.malloc(10)
    const q = h.realloc(p, 100)
    h.free(q)
    h.mem.calloc(2, 8)
    const unsubscribeRawOnly = h.subscribe({ alloc: () => events.push("raw only") }, ["raw"])
    h.raw.free(h.raw.malloc(1))
    stop()
    unsubscribeRawOnly()
    h.malloc(1)
    expect(events).toEqual([
      "alloc object 10 false",
      "realloc object 100 true",
      "free object",
      "alloc mem 16 false",
      "alloc raw 1 false",
      "raw only",
      "free raw",
    ])
  })
})

describe("debugmallocstats", () => {
  it("prints CPython's format", () => {
    const h = createAllocator()
    for (let i = 0; i < 1000; i++) h.malloc(24)
    const out = h.debugmallocstats()
    expect(out.split("\n").slice(0, 6)).toEqual([
      "Small block threshold = 512, in 32 size classes.",
      "",
      "class   size   num pools   blocks in use  avail blocks",
      "-----   ----   ---------   -------------  ------------",
      "    1     32           2            1000            20",
      "",
    ])
    expect(out).toContain("# arenas allocated total           =                    1\n")
    expect(out).toContain("61 unused pools * 16384 bytes      =              999,424\n")
    expect(out).toContain("# bytes lost to arena alignment    =               16,384\n")
    expect(out).toContain("Total                              =            1,048,576\n")
    expect(out.endsWith("Total                              =              655,360\n")).toBe(true)
  })
})
