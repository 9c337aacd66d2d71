// The raw domain's allocator: a simple, real malloc for large blocks and for the requests
// pymalloc declines (0 bytes, more than 512 bytes, or no arena left). It plays glibc's part:
// chunks below 128 KiB (M_MMAP_THRESHOLD) come from a brk-style heap, bigger ones get their
// own mapping in the address space shared with the arenas.
//
// A heap chunk (glibc layout, 16-byte aligned, at least 32 bytes):
//
//             ┌──────────────────────────────┐
//   chunk+0   │ prev_size                    │  (not stored: bookkeeping lives in RawBlock)
//   chunk+8   │ size                         │
//   chunk+16  │ user data …                  │  ◄── address returned to the caller
//             └──────────────────────────────┘  chunk + roundup(request + 8, 16)
//
// A mapped block is [mapping+0, mapping+16) header, then the user data, up to a page boundary.
//
// Invariant (raw heap). Live chunks and free ranges tile [RAW_HEAP_BASE, top) without overlap
// or gaps; no two free ranges touch (they are coalesced on free); no free range ends at `top`
// (the heap is trimmed instead). checkRaw() in check.ts asserts it.

import type { AddressSpace, MemoryBudget } from "./address-space.js"
import { NumMap } from "../util/num-map.js"
import { FreeRanges } from "./free-ranges.js"
import { MMAP_THRESHOLD, SYSTEM_PAGE_SIZE, type Addr } from "./layout.js"

/** Start of the brk heap: where glibc's main arena sits in a PIE process on x86-64 Linux. */
export const RAW_HEAP_BASE = 0x55d7_42a1_6000
const CHUNK_HEADER = 16
const MIN_CHUNK = 32
/** Largest raw request we accept (the ArrayBuffer behind a block must be creatable). */
export const MAX_RAW_REQUEST = 2 ** 31 - 4096

/** One live raw block: its request, its chunk or mapping, and its bytes. */
export interface RawBlock {
  /** Bytes requested (after the 0 -> 1 adjustment). */
  size: number
  /** Chunk (heap) or mapping (mapped) start. */
  chunk: number
  /** Chunk size or mapping length. */
  chunkSize: number
  mapped: boolean
  /**
   * A mapped block's own bytes, made on first access (bytesOf): a fresh mapping reads as
   * zeros, and most big blocks (str and int payloads) are never read or written, so they
   * cost no ArrayBuffer. Heap chunks live in the heap segment (always null here).
   */
  own: Uint8Array | null
}

/** Bytes the owner of raw block `b` may use: the chunk or mapping minus its header. */
export function rawUsable(b: RawBlock): number {
  return b.mapped ? b.chunkSize - CHUNK_HEADER : b.chunkSize - 8
}

function chunkSizeFor(n: number): number {
  return Math.max(MIN_CHUNK, Math.ceil((n + 8) / 16) * 16)
}

/** The raw allocator; returns 0 on failure like malloc. */
export class RawAllocator {
  /** Live blocks by user address (a NumMap: addresses are freed and handed out again). */
  readonly blocks = new NumMap<RawBlock>()
  /** Sum of live blocks' requested sizes. */
  bytes = 0
  /** End of the heap (the "program break"). */
  top = RAW_HEAP_BASE
  /**
   * The bytes of [RAW_HEAP_BASE, RAW_HEAP_BASE + segment.length): one buffer for the whole brk
   * heap, grown by doubling when the top passes its end, so heap chunks cost no allocation.
   */
  segment = new Uint8Array(64 * 1024)
  /** The same bytes as int32s (chunks are 16-byte aligned): for word-wise copies. */
  segment32 = new Int32Array(this.segment.buffer)
  /** Free ranges of the heap, coalesced (see free-ranges.ts). */
  readonly freeRanges = new FreeRanges()

  constructor(
    private readonly space: AddressSpace,
    private readonly budget: MemoryBudget,
    /** The heap-wide bytes-in-use counter and its peak (owned by pymalloc). */
    private readonly usage: { inUse: number; peak: number },
  ) {}

  private use(delta: number): void {
    this.bytes += delta
    const u = (this.usage.inUse += delta)
    if (u > this.usage.peak) this.usage.peak = u
  }

  /** The usable bytes of live block `b` (a view: do not keep it across allocations). */
  bytesOf(b: RawBlock): Uint8Array {
    if (b.mapped) return (b.own ??= new Uint8Array(b.chunkSize - CHUNK_HEADER))
    const start = b.chunk + CHUNK_HEADER - RAW_HEAP_BASE
    return this.segment.subarray(start, start + rawUsable(b))
  }

  /** Makes the heap segment cover the heap up to `top`. */
  private ensureSegment(): void {
    const need = this.top - RAW_HEAP_BASE
    if (need <= this.segment.length) return
    const grown = new Uint8Array(Math.ceil(Math.max(need, 2 * this.segment.length) / 16) * 16)
    grown.set(this.segment)
    this.segment = grown
    this.segment32 = new Int32Array(grown.buffer, 0, grown.length >> 2)
  }

  /** malloc: `n` is a non-negative integer; 0 is served as 1 byte (a unique address). */
  malloc(n: number, zero = false): Addr {
    if (n === 0) n = 1
    if (n > MAX_RAW_REQUEST) return 0
    if (n >= MMAP_THRESHOLD) return this.mallocMapped(n)
    const chunk = this.takeRange(chunkSizeFor(n))
    const cs = this.taken
    if (!this.budget.reserve(cs)) {
      this.giveRange(chunk, cs)
      return 0
    }
    this.ensureSegment()
    const addr = chunk + CHUNK_HEADER
    const block: RawBlock = { size: n, chunk, chunkSize: cs, mapped: false, own: null }
    this.blocks.set(addr, block)
    if (zero) this.bytesOf(block).fill(0)
    this.use(n)
    return addr
  }

  private mallocMapped(n: number): Addr {
    const len = Math.ceil((n + CHUNK_HEADER) / SYSTEM_PAGE_SIZE) * SYSTEM_PAGE_SIZE
    if (!this.budget.reserve(len)) return 0
    const start = this.space.mmap(len)
    if (start === 0) {
      this.budget.release(len)
      return 0
    }
    const addr = start + CHUNK_HEADER
    // A fresh mapping is zero-filled: its bytes are made when first used (bytesOf).
    const block: RawBlock = { size: n, chunk: start, chunkSize: len, mapped: true, own: null }
    this.blocks.set(addr, block)
    this.use(n)
    return addr
  }

  /** Size of the range takeRange() handed out last (the request, or a whole small range). */
  private taken = 0

  /** A free range that fits (FreeRanges.find), else the heap top extended. */
  private takeRange(cs: number): number {
    this.taken = cs
    const ranges = this.freeRanges
    const start = ranges.find(cs)
    if (start < 0) {
      const top = this.top
      this.top += cs
      return top
    }
    const sz = ranges.remove(start)
    // Too small a remainder to be a chunk: the whole range is handed out.
    if (sz - cs >= MIN_CHUNK) ranges.add(start + cs, sz - cs)
    else this.taken = sz
    return start
  }

  /** Returns [start, start+size) to the heap, coalescing and trimming the top. */
  private giveRange(start: number, size: number): void {
    const ranges = this.freeRanges
    const before = ranges.startEndingAt(start)
    if (before >= 0) {
      size += ranges.remove(before)
      start = before
    }
    if (ranges.sizeAt(start + size) > 0) size += ranges.remove(start + size)
    if (start + size === this.top) this.top = start
    else ranges.add(start, size)
  }

  /** free: returns false when `addr` is not a live raw block. */
  free(addr: Addr): boolean {
    const b = this.blocks.get(addr)
    if (b === undefined) return false
    this.blocks.delete(addr)
    this.use(-b.size)
    if (b.mapped) this.space.munmap(b.chunk)
    else this.giveRange(b.chunk, b.chunkSize)
    this.budget.release(b.chunkSize)
    return true
  }

  /**
   * realloc of a live raw block to `n` bytes: in place when the chunk (or the free space right
   * after it) is big enough, else a new block, a copy and a free. Returns 0 on failure (the old
   * block is untouched).
   */
  realloc(addr: Addr, n: number): Addr {
    const b = this.blocks.get(addr)!
    if (n === 0) n = 1
    if (n > MAX_RAW_REQUEST) return 0
    if (b.mapped) {
      if (n + CHUNK_HEADER <= b.chunkSize && n >= MMAP_THRESHOLD / 2) {
        this.resizeBytes(b, n)
        return addr
      }
    } else if (n < MMAP_THRESHOLD && this.resizeInHeap(b, chunkSizeFor(n))) {
      this.resizeBytes(b, n)
      return addr
    }
    const fresh = this.malloc(n)
    if (fresh === 0) return 0
    const nb = this.blocks.get(fresh)!
    const m = Math.min(b.size, n)
    // A mapped block never touched is all zeros: nothing to copy into a fresh mapping.
    if (b.mapped && b.own === null) {
      if (!nb.mapped) this.bytesOf(nb).fill(0, 0, m)
    } else this.bytesOf(nb).set(this.bytesOf(b).subarray(0, m))
    this.free(addr)
    return fresh
  }

  private resizeBytes(b: RawBlock, n: number): void {
    this.use(n - b.size)
    b.size = n
    this.ensureSegment()
  }

  /** Shrinks or grows a heap chunk where it is; false when it must move. */
  private resizeInHeap(b: RawBlock, cs: number): boolean {
    const end = b.chunk + b.chunkSize
    if (cs <= b.chunkSize) {
      if (b.chunkSize - cs >= MIN_CHUNK) {
        this.giveRange(b.chunk + cs, b.chunkSize - cs)
        this.budget.release(b.chunkSize - cs)
        b.chunkSize = cs
      }
      return true
    }
    const need = cs - b.chunkSize
    if (end === this.top) {
      if (!this.budget.reserve(need)) return false
      this.top += need
      b.chunkSize = cs
      return true
    }
    const ranges = this.freeRanges
    const avail = ranges.sizeAt(end)
    if (avail < need) return false
    const rest = avail - need
    const take = rest >= MIN_CHUNK ? need : need + rest
    if (!this.budget.reserve(take)) return false
    ranges.remove(end)
    if (rest >= MIN_CHUNK) ranges.add(end + need, rest)
    b.chunkSize += take
    return true
  }
}
