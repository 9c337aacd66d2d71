import { describe, expect, it } from "vitest"
import {
  CLEANBYTE,
  DEADBYTE,
  FORBIDDENBYTE,
  HeapError,
  createAllocator,
} from "../../../src/memory/index.js"
import type { Heap } from "../../../src/memory/domains.js"

function caught(f: () => unknown): HeapError {
  try {
    f()
  } catch (e) {
    if (e instanceof HeapError) return e
    throw e
  }
  throw new Error("expected a HeapError")
}

describe("debug mode (PYTHONMALLOC=debug)", () => {
  it("surrounds each block with a header, pads and a serial, and fills it with CLEANBYTE", () => {
    const h = createAllocator({ debug: true })
    const p = h.malloc(16)
    expect(h.usableSize(p)).toBe(16)
    expect([...h.read(p, 16)]).toEqual(Array(16).fill(CLEANBYTE))
    const head = h.read(p, 16, -16)
    expect([...head.subarray(0, 8)]).toEqual([0, 0, 0, 0, 0, 0, 0, 16]) // n, big-endian
    expect(String.fromCharCode(head[8]!)).toBe("o")
    expect([...head.subarray(9)]).toEqual(Array(7).fill(FORBIDDENBYTE))
    const tail = h.read(p, 16, 16)
    expect([...tail.subarray(0, 8)]).toEqual(Array(8).fill(FORBIDDENBYTE))
    expect(tail[15]).toBe(1) // serial 1
    // 16 + 32 bytes: class 2 (48) in pymalloc, as CPython's n + 24 (+8 with serials) would be.
    expect(h.stats().classes[2]!.blocksInUse).toBe(1)
    expect([...h.read(h.calloc(2, 4), 8)]).toEqual(Array(8).fill(0))
    expect(h.mem.malloc(1)).not.toBe(0)
    h.check()
  })
  it("reports a double free with the block's serial", () => {
    const h = createAllocator({ debug: true })
    h.malloc(8)
    const p = h.malloc(8)
    h.free(p)
    const e = caught(() => h.free(p))
    expect(e.kind).toBe("double free")
    expect(e.serial).toBe(2)
    expect(e.message).toContain(`p=0x${p.toString(16)}`)
    expect(e.message).toContain("serial 2")
  })
  it("reports frees of foreign addresses and of interior pointers", () => {
    const h = createAllocator({ debug: true })
    const p = h.malloc(40)
    expect(caught(() => h.free(0x1234)).kind).toBe("foreign address")
    expect(caught(() => h.free(p + 16)).kind).toBe("foreign address")
  })
  it("catches a write past the end at free and in check()", () => {
    const h = createAllocator({ debug: true })
    const p = h.malloc(16)
    h.write(p, [0x78], 16) // one byte too far: lands on the trailing pad
    expect(h.problems().join("\n")).toMatch(/buffer overflow .*serial 1.*at tail\+0: 0x78/)
    const e = caught(() => h.free(p))
    expect(e.kind).toBe("buffer overflow")
    expect(e.message).toContain(`tail=0x${(p + 16).toString(16)}`)
  })
  it("catches a write before the start", () => {
    const h = createAllocator({ debug: true })
    const p = h.malloc(16)
    h.write(p, [0], -1)
    expect(caught(() => h.realloc(p, 100)).kind).toBe("buffer underflow")
  })
  it("refuses accesses far outside the block", () => {
    const h = createAllocator({ debug: true })
    const p = h.malloc(16)
    expect(caught(() => h.write(p, [1], 40)).kind).toBe("out of bounds")
  })
  it("turns use after free into an error naming the freed block's serial", () => {
    const h = createAllocator({ debug: true })
    const p = h.malloc(24)
    h.free(p)
    const e = caught(() => h.write(p, [1]))
    expect(e.kind).toBe("use after free")
    expect(e.serial).toBe(1)
    expect(caught(() => h.read(p, 1)).kind).toBe("use after free")
  })
  it("fills freed memory with DEADBYTE (seen by check) and notices writes into it", () => {
    const h = createAllocator({ debug: true })
    const keep = h.malloc(24)
    const p = h.malloc(24)
    h.free(p)
    expect(h.problems()).toEqual([])
    const inner = h.arenas({ blocks: true })[0]!.pools[0]!
    expect(inner.blocks![1]).toBe("free")
    // A stray write through the underlying heap, as a C bug would do it.
    const py = (h as unknown as { base: Heap }).base.py
    py.where(p - 16)
    const bytes = py.arenas.u8[py.locArena]!
    expect(bytes[py.locOffset + 20]).toBe(DEADBYTE)
    bytes[py.locOffset + 20] = 42
    expect(h.problems().join("\n")).toMatch(
      /use after free: freed block .* \(serial 2\) was written to/,
    )
    h.free(keep)
  })
  it("checks the API id: a raw block freed through the object domain", () => {
    const h = createAllocator({ debug: true })
    const p = h.raw.malloc(10)
    const e = caught(() => h.object.free(p))
    expect(e.kind).toBe("bad domain")
    expect(e.message).toContain("allocated using API 'r', verified using API 'o'")
  })
  it("realloc keeps data, fills growth with CLEANBYTE and bumps the serial", () => {
    const h = createAllocator({ debug: true })
    const p = h.malloc(4)
    h.write(p, [1, 2, 3, 4])
    const q = h.realloc(p, 600)
    expect([...h.read(q, 6)]).toEqual([1, 2, 3, 4, CLEANBYTE, CLEANBYTE])
    expect(h.read(q, 8, 608)[7]).toBe(2)
    expect(caught(() => h.read(p, 1)).kind).toBe("use after free")
    h.free(q)
    h.check()
  })
})
