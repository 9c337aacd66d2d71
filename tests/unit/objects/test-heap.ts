// A simple ObjectHeap for unit tests: 16-byte aligned fake addresses, LIFO
// reuse per rounded size (so freed blocks come back the way pymalloc hands
// them out), double-free and wrong-domain checks, and live-block accounting
// for leak checks. Block records live in plain arrays indexed by address/16,
// so a million-object test stays fast.

import type { ObjectHeap } from "../../../src/objects/heap.js"

const BASE = 0x10_0000

export class TestHeap implements ObjectHeap {
  /** Number of live blocks. */
  count = 0
  /** Bytes in live blocks (rounded to 16). */
  liveBytes = 0
  /** Fail allocations once this many bytes are live (for MemoryError tests). */
  limit = Infinity
  /** Per 16-byte slot: requested size + 1 of the live block starting there, else 0. */
  private sizes: number[] = []
  /** Per slot: 1 object domain, 2 mem domain. */
  private domains: number[] = []
  private free = new Map<number, number[]>()
  private top = BASE

  /** The live blocks (address -> requested size), for tests that look inside. */
  get live(): { size: number; get(addr: number): number | undefined } {
    return { size: this.count, get: (addr) => this.sizeOf(addr) }
  }

  private alloc(size: number, d: number): number {
    const rounded = Math.max(16, (size + 15) & ~15)
    if (this.liveBytes + rounded > this.limit) return 0
    const fl = this.free.get(rounded)
    let addr = fl !== undefined ? fl.pop() : undefined
    if (addr === undefined) {
      addr = this.top
      this.top += rounded
    }
    const slot = (addr - BASE) / 16
    this.sizes[slot] = size + 1
    this.domains[slot] = d
    this.liveBytes += rounded
    this.count++
    return addr
  }

  private release(addr: number, d: number): void {
    const slot = (addr - BASE) / 16
    const s = this.sizes[slot]
    if (s === undefined || s === 0)
      throw new Error(`free of unknown or already freed block ${addr}`)
    if (this.domains[slot] !== d) throw new Error(`block ${addr} freed through the wrong domain`)
    this.sizes[slot] = 0
    const rounded = Math.max(16, (s - 1 + 15) & ~15)
    this.liveBytes -= rounded
    this.count--
    let fl = this.free.get(rounded)
    if (fl === undefined) this.free.set(rounded, (fl = []))
    fl.push(addr)
  }

  objMalloc(size: number): number {
    return this.alloc(size, 1)
  }
  objFree(addr: number): void {
    this.release(addr, 1)
  }
  memMalloc(size: number): number {
    return this.alloc(size, 2)
  }
  memRealloc(addr: number, size: number): number {
    if (addr === 0) return this.alloc(size, 2)
    const old = this.sizeOf(addr)
    if (old === undefined) throw new Error(`realloc of unknown block ${addr}`)
    const oldRounded = Math.max(16, (old + 15) & ~15)
    const newRounded = Math.max(16, (size + 15) & ~15)
    if (oldRounded === newRounded) {
      this.sizes[(addr - BASE) / 16] = size + 1
      return addr
    }
    const n = this.alloc(size, 2)
    if (n === 0) return 0
    this.release(addr, 2)
    return n
  }
  memFree(addr: number): void {
    this.release(addr, 2)
  }
  /** Size requested for a live block (undefined if not live). */
  sizeOf(addr: number): number | undefined {
    const s = this.sizes[(addr - BASE) / 16]
    return s === undefined || s === 0 ? undefined : s - 1
  }
}
