// The free ranges of the raw heap, kept so that every operation stays cheap however
// fragmented the heap gets (a program that keeps every other 100-item list leaves tens of
// thousands of holes; scanning them on each malloc made such programs quadratic).
//
//   by address   byStart (start -> size), byEnd (end -> start): a freed chunk finds the
//                free neighbours it coalesces with in O(1)
//   by size      chunk sizes below LARGE (multiples of 16) have one bin each: a stack of
//                starts, most recently freed on top, with a count of its live ranges and a
//                bitmap of the bins that have some; larger ranges are kept sorted by
//                (size, start)
//
// A request takes, like glibc's tcache and bins: the most recently freed range of the
// smallest bin that fits, else the smallest large range that fits, the lowest address
// among equals (best fit).
//
// Bins are cleaned lazily: removing a range only updates byStart and the bin's count; a
// stack entry whose range is gone (or now has another size) is dropped when it reaches the
// top, or when stale entries pile up.
//
// Invariant. Every range is in byStart and byEnd, and in its bin (counted) or the large
// list; ranges never touch or overlap (the allocator coalesces before adding). check.ts
// asserts the tiling through ordered().

import { NumMap } from "../util/num-map.js"

/** Chunk sizes from here on go to the sorted large list instead of a bin. */
const LARGE = 4096
const NBINS = LARGE >> 4

/** The set of free ranges of one heap. */
export class FreeRanges {
  private readonly byStart = new NumMap<number>()
  private readonly byEnd = new NumMap<number>()
  /** bins[size >> 4]: starts of the free ranges of that size, newest last (with stale ones). */
  private readonly bins: number[][] = Array.from({ length: NBINS }, () => [])
  /** Live ranges in each bin. */
  private readonly binCount = new Int32Array(NBINS)
  /** Bit i of word i >> 5 is set when bins[i] has a live range. */
  private readonly binmap = new Uint32Array(NBINS >> 5)
  /** Large ranges, sorted by size then start: parallel arrays. */
  private readonly largeSizes: number[] = []
  private readonly largeStarts: number[] = []

  /** Number of free ranges. */
  get count(): number {
    return this.byStart.size
  }

  /** Size of the free range starting at `start`, or 0 when there is none. */
  sizeAt(start: number): number {
    return this.byStart.get(start) ?? 0
  }

  /** Start of the free range ending at `end`, or -1 when there is none. */
  startEndingAt(end: number): number {
    return this.byEnd.get(end) ?? -1
  }

  add(start: number, size: number): void {
    this.byStart.set(start, size)
    this.byEnd.set(start + size, start)
    if (size < LARGE) {
      const b = size >> 4
      const bin = this.bins[b]!
      // Stale entries pile up when ranges leave from below the top: sweep them now and then.
      if (bin.length > 2 * this.binCount[b]! + 64) this.sweep(b)
      bin.push(start)
      if (this.binCount[b]!++ === 0) this.binmap[b >> 5]! |= 1 << (b & 31)
    } else {
      const i = this.largeIndex(size, start)
      this.largeSizes.splice(i, 0, size)
      this.largeStarts.splice(i, 0, start)
    }
  }

  /** Removes the free range starting at `start` (which must exist); returns its size. */
  remove(start: number): number {
    const size = this.byStart.get(start)!
    this.byStart.delete(start)
    this.byEnd.delete(start + size)
    if (size < LARGE) {
      const b = size >> 4
      if (--this.binCount[b]! === 0) {
        this.binmap[b >> 5]! &= ~(1 << (b & 31))
        this.bins[b]!.length = 0
      }
    } else {
      const i = this.largeIndex(size, start)
      this.largeSizes.splice(i, 1)
      this.largeStarts.splice(i, 1)
    }
    return size
  }

  /** The start of the range a request of `size` bytes takes (see above), or -1. */
  find(size: number): number {
    if (size < LARGE) {
      let b = size >> 4
      let w = b >> 5
      let bits = this.binmap[w]! & (~0 << (b & 31))
      for (;;) {
        if (bits !== 0) {
          b = (w << 5) + 31 - Math.clz32(bits & -bits)
          return this.topOf(b)
        }
        if (++w === this.binmap.length) break
        bits = this.binmap[w]!
      }
    }
    const i = this.largeIndex(size, 0)
    return i < this.largeSizes.length ? this.largeStarts[i]! : -1
  }

  /** [start, size] of every free range, by address (for checks and views). */
  ordered(): [number, number][] {
    return [...this.byStart].sort((a, b) => a[0] - b[0])
  }

  /** The newest live range of bin `b` (which has one), after dropping stale entries above it. */
  private topOf(b: number): number {
    const bin = this.bins[b]!
    const size = b << 4
    for (;;) {
      const start = bin[bin.length - 1]!
      if (this.byStart.get(start) === size) return start
      bin.pop()
    }
  }

  /** Keeps only the live entries of bin `b`, once each, in their order. */
  private sweep(b: number): void {
    const size = b << 4
    const seen = new Set<number>()
    const live: number[] = []
    const bin = this.bins[b]!
    for (let i = bin.length - 1; i >= 0; i--) {
      const start = bin[i]!
      if (this.byStart.get(start) === size && !seen.has(start)) {
        seen.add(start)
        live.push(start)
      }
    }
    live.reverse()
    this.bins[b] = live
  }

  /** Index of the first large range that sorts at or after (size, start). */
  private largeIndex(size: number, start: number): number {
    const sizes = this.largeSizes
    const starts = this.largeStarts
    let lo = 0
    let hi = sizes.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const s = sizes[mid]!
      if (s < size || (s === size && starts[mid]! < start)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
