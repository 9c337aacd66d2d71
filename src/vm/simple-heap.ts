// A stand-in ObjectHeap for the Interpreter until the memory layer's
// pymalloc model is merged: 16-byte aligned addresses, LIFO reuse of freed
// blocks per rounded size (so `id()` reuse looks like pymalloc's), and a
// byte limit that makes allocations fail (MemoryError) past `maxMemory`.

import type { ObjectHeap } from "../objects/heap.js"

/** The simple heap (see the file comment). */
export class SimpleHeap implements ObjectHeap {
  private readonly sizes = new Map<number, number>()
  private readonly free = new Map<number, number[]>()
  private top = 0x7f3a_0000_0000
  liveBytes = 0
  readonly limit: number

  constructor(limit = Infinity) {
    this.limit = limit
  }

  private alloc(size: number): number {
    const rounded = Math.max(16, (size + 15) & ~15)
    if (this.liveBytes + rounded > this.limit) return 0
    const fl = this.free.get(rounded)
    let addr = fl !== undefined ? fl.pop() : undefined
    if (addr === undefined) {
      addr = this.top
      this.top += rounded
    }
    this.sizes.set(addr, rounded)
    this.liveBytes += rounded
    return addr
  }

  private release(addr: number): void {
    const rounded = this.sizes.get(addr)
    if (rounded === undefined)
      throw new Error(`heapscope: free of unknown block 0x${addr.toString(16)}`)
    this.sizes.delete(addr)
    this.liveBytes -= rounded
    let fl = this.free.get(rounded)
    if (fl === undefined) this.free.set(rounded, (fl = []))
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
    const old = this.sizes.get(addr)
    if (old === undefined)
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
    return this.sizes.size
  }
}
