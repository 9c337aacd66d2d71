import { describe, expect, it } from "vitest"
import { ArenaMap } from "../../../src/memory/arena-map.js"
import { ARENA_SIZE, POOL_SIZE, createAllocator } from "../../../src/memory/index.js"

// Arenas as the address space places them: 4 KiB aligned (usually not 16 KiB aligned), so an
// arena straddles two ideal MiBs, and its pools start at the next 16 KiB boundary.
const MIB = ARENA_SIZE
const poolBaseOf = (base: number) => Math.ceil(base / POOL_SIZE) * POOL_SIZE

describe("arena map", () => {
  it("finds the arena of every address of an unaligned arena, and the offset in its pools", () => {
    const map = new ArenaMap()
    const base = 0x7f3c_9a1b_d000 // 4 KiB aligned: 12 KiB before the first pool
    map.mark(base, 5, true, poolBaseOf(base))
    for (const d of [0, 1, 4095, 12288, 12288 + 48, MIB / 2, MIB - 4096, MIB - 16, MIB - 1]) {
      expect(map.find(base + d)).toBe(5)
      expect(map.offset).toBe(base + d - poolBaseOf(base))
      expect(map.lookup(base + d)).toBe(5)
    }
    expect(map.find(base - 1)).toBe(-1)
    expect(map.find(base + MIB)).toBe(-1)
  })

  it("tells apart two arenas sharing an ideal MiB, and forgets a released one", () => {
    const map = new ArenaMap()
    const hi = 0x7f3c_9a1b_d000
    const lo = hi - MIB // the next arena down: its top part is in hi's first ideal MiB
    map.mark(hi, 1, true, poolBaseOf(hi))
    map.mark(lo, 2, true, poolBaseOf(lo))
    expect([map.find(hi - 1), map.offset]).toEqual([2, hi - 1 - poolBaseOf(lo)])
    expect([map.find(hi), map.offset]).toEqual([1, hi - poolBaseOf(hi)])
    map.mark(lo, 2, false)
    expect(map.find(hi - 1)).toBe(-1)
    expect(map.find(hi)).toBe(1)
    map.mark(hi, 1, false)
    expect(map.find(hi)).toBe(-1)
  })

  it("handles a 1 MiB-aligned arena (no lo part)", () => {
    const map = new ArenaMap()
    const base = 0x7f3c_9a00_0000
    map.mark(base, 0, true, base)
    expect([map.find(base), map.offset]).toEqual([0, 0])
    expect([map.find(base + MIB - 1), map.offset]).toEqual([0, MIB - 1])
    expect(map.find(base + MIB)).toBe(-1)
    expect(map.find(base - 1)).toBe(-1)
  })

  it("answers -1 for what cannot be an address, and offset -1 for a fraction", () => {
    const map = new ArenaMap()
    const base = 0x7f3c_9a1b_d000
    map.mark(base, 3, true, poolBaseOf(base))
    for (const bad of [-1, -MIB, NaN, Infinity, -Infinity, 2 ** 47, 2 ** 53, 0]) {
      expect(map.find(bad)).toBe(-1)
    }
    expect(map.find(base + 100.5)).toBe(3)
    expect(map.offset).toBe(-1)
  })
})

describe("free of addresses inside an arena that are no block", () => {
  it("names each one as a foreign address, and leaves the heap sound", () => {
    const h = createAllocator()
    const p = h.malloc(32)
    const arena = h.arenas()[0]!
    const poolBase = poolBaseOf(arena.address)
    const bad = [
      p + 0.5, // not an integer
      p + 8, // off the 16-byte grid
      poolBase + 16, // inside a pool header
      arena.address, // in the alignment slack before pool 0
      arena.address + MIB - 16, // in the slack after the last pool
      poolBase + 5 * POOL_SIZE + 48, // in a pool never carved
    ]
    for (const a of bad) expect(() => h.free(a), String(a)).toThrow(/foreign|not a block/)
    h.check()
    h.free(p)
    h.check()
    expect(h.stats().pymallocBlocks).toBe(0)
  })
})
