// The simulated virtual address space: where arenas and large raw blocks are "mmapped".
// Linux hands out anonymous mappings top-down from mmap_base, each new one just below the
// lowest gap that fits, and a hole left by munmap is reused by the next mapping that fits.
// We model that, so arena addresses look like CPython's on 64-bit Linux (0x7f…, 4 KiB
// aligned, and therefore usually not 16 KiB aligned: such an arena has 63 pools, not 64).

import { SYSTEM_PAGE_SIZE, type Addr } from "./layout.js"

/** Highest address (exclusive) of the mmap area: page aligned, one page off 16 KiB alignment. */
export const MMAP_TOP = 0x7f3c_9a2b_d000
/** Lowest address the mmap area may reach (4 TiB below the top). */
export const MMAP_BOTTOM = MMAP_TOP - 2 ** 42

//   MMAP_BOTTOM                                                        MMAP_TOP
//   │        free        │ mapping │ hole │ mapping │ mapping │ free │
//                                  ▲ the next mmap takes the highest gap that fits,
//                                    at the top end of that gap

/**
 * Page-granular mappings in [MMAP_BOTTOM, MMAP_TOP), sorted by address (highest first).
 * Owns no bytes: callers attach an ArrayBuffer to each mapping they create.
 */
export class AddressSpace {
  /** Start addresses, highest first; parallel to `lengths`. */
  private starts: number[] = []
  private lengths: number[] = []
  /** Bytes currently mapped. */
  mapped = 0

  /** Maps `length` bytes (rounded up to pages); returns the start or 0 when nothing fits. */
  mmap(length: number): Addr {
    const len = Math.ceil(length / SYSTEM_PAGE_SIZE) * SYSTEM_PAGE_SIZE
    let gapEnd = MMAP_TOP
    for (let i = 0; i <= this.starts.length; i++) {
      const gapStart = i < this.starts.length ? this.starts[i]! + this.lengths[i]! : MMAP_BOTTOM
      if (gapEnd - gapStart >= len) {
        const start = gapEnd - len
        this.starts.splice(i, 0, start)
        this.lengths.splice(i, 0, len)
        this.mapped += len
        return start
      }
      if (i < this.starts.length) gapEnd = this.starts[i]!
    }
    return 0
  }

  /** Unmaps the mapping that starts at `start`; returns its length (0 if there is none). */
  munmap(start: Addr): number {
    const i = this.indexOf(start)
    if (i < 0) return 0
    const len = this.lengths[i]!
    this.starts.splice(i, 1)
    this.lengths.splice(i, 1)
    this.mapped -= len
    return len
  }

  /** Length of the mapping starting at `start`, or 0. */
  lengthAt(start: Addr): number {
    const i = this.indexOf(start)
    return i < 0 ? 0 : this.lengths[i]!
  }

  /** Number of live mappings. */
  get count(): number {
    return this.starts.length
  }

  private indexOf(start: number): number {
    // Binary search over the descending list.
    let lo = 0
    let hi = this.starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = this.starts[mid]!
      if (s === start) return mid
      if (s > start) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }
}

/**
 * Bytes obtained from the "operating system" (arenas, raw chunks and raw mappings) against an
 * optional limit: the runtime's --max-memory. A refused reservation makes malloc return 0.
 */
export class MemoryBudget {
  used = 0
  peak = 0
  constructor(readonly limit: number = Infinity) {}

  /** Reserves `n` bytes; false (and nothing reserved) when the limit would be exceeded. */
  reserve(n: number): boolean {
    const u = this.used + n
    if (u > this.limit) return false
    this.used = u
    if (u > this.peak) this.peak = u
    return true
  }

  /** Gives back `n` bytes reserved earlier. */
  release(n: number): void {
    this.used -= n
  }
}
