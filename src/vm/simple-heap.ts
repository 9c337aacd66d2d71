// A stand-in ObjectHeap for the Interpreter until the memory layer's
// pymalloc model is merged: 16-byte aligned addresses, LIFO reuse of freed
// blocks per rounded size (so `id()` reuse looks like pymalloc's), and a
// byte limit that makes allocations fail (MemoryError) past `maxMemory`.
//
// Block sizes are kept in a JS array indexed by (addr - BASE) / 16, so the
// bookkeeping is a typed array (a Map keyed by 47-bit addresses was the
// hottest function of allocation-heavy loops).

import type { ObjectHeap } from "../objects/heap.js"

/** Where the simple heap's addresses start. */
const BASE = 0x7f3a_0000_0000

/** The simple heap (see the file comment). */
export class SimpleHeap implements ObjectHeap {
  /** Rounded size of each block by (addr - BASE) / 16; 0 when free (grown by doubling). */
  private sizes = new Int32Array(1 << 16)
  /** Free blocks by size class (rounded / 16 - 1), reused last-freed first. */
  private readonly free: number[][] = []
  private top = BASE
  private live = 0
  liveBytes = 0
  readonly limit: number

  constructor(limit = Infinity) {
    this.limit = limit
  }

  private alloc(size: number): number {
    const rounded = Math.max(16, (size + 15) & ~15)
    if (this.liveBytes + rounded > this.limit) return 0
    const fl = this.free[rounded / 16 - 1]
    let addr = fl !== undefined ? fl.pop() : undefined
    if (addr === undefined) {
      addr = this.top
      this.top += rounded
      const need = (this.top - BASE) / 16
      if (need > this.sizes.length) {
        let n = this.sizes.length
        while (n < need) n *= 2
        const grown = new Int32Array(n)
        grown.set(this.sizes)
        this.sizes = grown
      }
    }
    this.sizes[(addr - BASE) / 16] = rounded
    this.live++
    this.liveBytes += rounded
    return addr
  }

  private release(addr: number): void {
    const k = (addr - BASE) / 16
    const rounded = this.sizes[k]
    if (rounded === undefined || rounded === 0)
      throw new Error(
        `heapscope: free of unknown block ${typeof addr === "number" ? "0x" + addr.toString(16) : String(addr)}`,
      )
    this.sizes[k] = 0
    this.live--
    this.liveBytes -= rounded
    const c = rounded / 16 - 1
    let fl = this.free[c]
    if (fl === undefined) this.free[c] = fl = []
    fl.push(addr)
  }

  objMalloc(size: number): number {
    return this.alloc(size)
  }
  objFree(addr: number): void {
    this.release(addr)
  }
  memMalloc(size: number): number {
    return this.alloc(size)
  }
  memRealloc(addr: number, size: number): number {
    if (addr === 0) return this.alloc(size)
    const old = this.sizes[(addr - BASE) / 16]
    if (old === undefined || old === 0)
      throw new Error(`heapscope: realloc of unknown block 0x${addr.toString(16)}`)
    if (Math.max(16, (size + 15) & ~15) === old) return addr
    const n = this.alloc(size)
    if (n === 0) return 0
    this.release(addr)
    return n
  }
  memFree(addr: number): void {
    if (addr !== 0) this.release(addr)
  }
  /** Number of live blocks (for leak checks). */
  get liveBlocks(): number {
    return this.live
  }
}
