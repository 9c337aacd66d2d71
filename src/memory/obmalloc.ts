// pymalloc: the small-block allocator behind the mem and object domains.
// @cpython Objects/obmalloc.c pymalloc_alloc, pymalloc_pool_extend, pymalloc_free,
//          allocate_from_new_pool, insert_to_usedpool
//
// Requests of 1..512 bytes are served from pools of one size class. For each class,
// usedpools[idx] is a doubly-linked list of the pools that have both allocated and free
// blocks; allocation always takes from the first pool, so the pool that most recently got a
// block back (it is moved to the front) is reused first. CPython makes it a ring through a
// fake header pool; our list ends in -1 at both ends, which touches the same pool headers
// (the head and its neighbour, never the tail) without a fake pool.
//
// Invariant (pool states). A carved pool is in exactly one state:
//   used   0 < count < capacity-or-virgin   linked in usedpools[szidx]; freeblock != 0
//   full   count == capacity, no virgin     linked nowhere;             freeblock == 0
//   empty  count == 0                       linked in its arena's freepools (nextpool only)
// Pools past the arena's `carved` mark are untouched and counted in nfreepools.
// checkHeap() (check.ts) asserts all of it after every step of the property tests.
//
// Pool ids: pool number k of arena a has id a * 64 + k; its header starts at int32 index
// k << 12 of the arena's Int32Array and its blocks at byte offset (k << 14) + 48.

import { Arenas } from "./arena.js"
import type { ArenaMap } from "./arena-map.js"
import type { AddressSpace, MemoryBudget } from "./address-space.js"
import { HeapError, hex } from "./errors.js"
import {
  DUMMY_SIZE_IDX,
  NB_SMALL_SIZE_CLASSES,
  POOL_OVERHEAD,
  POOL_SIZE,
  type Addr,
} from "./layout.js"

// Int32 offsets of the header fields (see PoolHeader in layout.ts). The hot paths (alloc,
// extend, free, relink, insertUsed, unlinkUsed) repeat them as literals with a comment: V8
// folds a literal, but loads a module constant from the module's context at every use.
const COUNT = 0
/** The other half of ref.count's 8-byte union: which initialisation this pool is in. */
const GENERATION = 1
const FREEBLOCK = 2
const NEXTPOOL = 4
const PREVPOOL = 6
const ARENAINDEX = 8
const SZIDX = 9
const NEXTOFFSET = 10
const MAXNEXTOFFSET = 11

/** pymalloc's state: the arenas and the used-pools list of each size class. */
export class Pymalloc {
  readonly arenas: Arenas
  /** usedpools[idx]: first pool id of the list of partially used pools, -1 = empty list. */
  readonly usedpools = new Int32Array(NB_SMALL_SIZE_CLASSES).fill(-1)
  /**
   * Bytes in live blocks of the whole heap (pymalloc block sizes plus raw requests: the raw
   * allocator adds to it too), and its highest value so far.
   */
  inUse = 0
  peak = 0
  /** The arenas' int32 views and pool-0 addresses (stable references to Arenas' arrays). */
  readonly views: Int32Array[]
  readonly poolBase: number[]
  readonly map: ArenaMap

  /** Pool initialisations so far: each (re)initialised pool gets a new GENERATION number. */
  poolInits = 0

  // Result of locate(): arena index and arena-buffer offset of the block containing an address.
  locArena = -1
  locOffset = 0

  constructor(space: AddressSpace, budget: MemoryBudget) {
    this.arenas = new Arenas(space, budget)
    this.views = this.arenas.i32
    this.poolBase = this.arenas.poolBase
    this.map = this.arenas.map
  }

  /**
   * Allocates a block for a request of `nbytes`: the hot path. @cpython pymalloc_alloc
   * Returns 0 when pymalloc does not serve the request (not an integer in 1..512) or no arena
   * can be mapped: the caller then falls back to the raw domain, as _PyObject_Malloc does.
   *
   * Written for V8: header fields by literal offset (a module constant is loaded from its
   * context on every use), int32 work until the final add, and rare work in other methods
   * that take only small integers, so this one stays small enough to be inlined into its
   * callers and the address it returns is never boxed in a HeapNumber.
   */
  alloc(nbytes: number): Addr {
    const n1 = nbytes - 1
    if (n1 >>> 0 !== n1 || n1 >= 512) return 0
    const idx = n1 >> 4
    const pool = this.usedpools[idx]!
    // `+`: keeps the result an unboxed double on every path.
    if (pool < 0) return +this.allocFromNewPool(idx)
    const h = this.views[pool >> 6]!
    const hb = (pool & 63) << 12
    h[hb]!++ // count
    const bp = h[hb + 2]! // freeblock
    const next = h[bp >> 2]!
    h[hb + 2] = next
    if (next === 0) this.extend(pool, idx)
    const u = (this.inUse += (idx + 1) << 4)
    if (u > this.peak) this.peak = u
    return this.poolBase[pool >> 6]! + bp
  }

  /** The free list of `pool` ran out: carve one more virgin block, or unlink the full pool. */
  private extend(pool: number, idx: number): void {
    const h = this.views[pool >> 6]!
    const hb = (pool & 63) << 12
    const off = h[hb + 10]! // nextoffset
    if (off <= h[hb + 11]!) {
      // maxnextoffset: the block fits
      const fb = ((pool & 63) << 14) + off
      h[hb + 2] = fb
      h[hb + 10] = off + ((idx + 1) << 4)
      h[fb >> 2] = 0
      return
    }
    this.unlinkUsed(pool, h, hb, idx)
  }

  private allocFromNewPool(idx: number): Addr {
    const arenas = this.arenas
    const pool = arenas.takePool()
    if (pool < 0) return 0
    const a = pool >> 6
    const k = pool & 63
    const h = arenas.i32[a]!
    const hb = k << 12
    if (arenas.freshPool) {
      arenas.freshPool = false
      h[hb + ARENAINDEX] = a
      h[hb + SZIDX] = DUMMY_SIZE_IDX
    }
    // The list was empty: the pool becomes its only member.
    h[hb + NEXTPOOL] = -1
    h[hb + PREVPOOL] = -1
    this.usedpools[idx] = pool
    h[hb + COUNT] = 1
    const size = (idx + 1) << 4
    const u = (this.inUse += size)
    if (u > this.peak) this.peak = u
    if (h[hb + SZIDX] === idx) {
      // Same class as last time: header and free list are still valid.
      const bp = h[hb + FREEBLOCK]!
      const next = h[bp >> 2]!
      h[hb + FREEBLOCK] = next
      if (next === 0) this.extend(pool, idx)
      return arenas.poolBase[a]! + bp
    }
    h[hb + SZIDX] = idx
    h[hb + GENERATION] = ++this.poolInits
    const bp = (k << 14) + POOL_OVERHEAD
    h[hb + NEXTOFFSET] = POOL_OVERHEAD + 2 * size
    h[hb + MAXNEXTOFFSET] = POOL_SIZE - size
    h[hb + FREEBLOCK] = bp + size
    h[(bp + size) >> 2] = 0
    return arenas.poolBase[a]! + bp
  }

  /**
   * Frees the pymalloc block at `addr`: the hot path. @cpython pymalloc_free
   * Returns false when the address is not in any arena (the caller tries the raw domain).
   * Throws HeapError for an address inside an arena that cannot be a live block start, or
   * the pool's most recently freed block (a double free).
   */
  free(addr: Addr): boolean {
    const a = this.map.find(addr)
    if (a < 0) return false
    const bo = this.map.offset
    const h = this.views[a]!
    const hb = (bo >> 14) << 12
    let count = 0
    let last = 0
    // No block: not an integer (bo = -1), off the 16-byte grid, inside a pool header, outside
    // the pools, in an empty pool. A double free: the block is the head of its pool's list.
    if (
      (bo & 15) !== 0 ||
      (bo & 16383) < 48 ||
      bo >>> 2 >= h.length ||
      (count = h[hb]!) === 0 ||
      (last = h[hb + 2]!) === bo
    ) {
      throw this.badFree(a, addr)
    }
    h[bo >> 2] = last
    h[hb + 2] = bo
    h[hb] = count - 1
    this.inUse -= (h[hb + 9]! + 1) << 4 // szidx
    // The pool was full (in no list) or is now empty: its used-pool list changes.
    if (last === 0 || count === 1) this.relink(a, bo)
    return true
  }

  /**
   * After a free at offset `bo` of arena `a`: a pool that was full (the freed block ends its
   * free list) goes to the front of its class's list; one that is now empty leaves the list
   * for its arena's free pools.
   */
  private relink(a: number, bo: number): void {
    const h = this.views[a]!
    const hb = (bo >> 14) << 12
    const idx = h[hb + 9]! // szidx
    const pool = (a << 6) | (bo >> 14)
    if (h[bo >> 2] === 0) {
      this.insertUsed(pool, h, hb, idx)
    } else {
      this.unlinkUsed(pool, h, hb, idx)
      this.arenas.poolFreed(a, pool)
    }
  }

  /** The error for a free of `addr` (in arena `a`) that cannot be a live block. */
  private badFree(a: number, addr: Addr): HeapError {
    const bo = addr - this.poolBase[a]!
    const k = Math.floor(bo / POOL_SIZE)
    const off = bo - k * POOL_SIZE
    const h = this.views[a]!
    if (bo < 0 || k >= this.arenas.carved[a]! || off < POOL_OVERHEAD || bo % 16 !== 0) {
      return new HeapError("foreign address", addr, `free of ${hex(addr)}: not a block address`)
    }
    const size = (h[(k << 12) + SZIDX]! + 1) << 4
    if ((off - POOL_OVERHEAD) % size !== 0 || off >= h[(k << 12) + NEXTOFFSET]!) {
      return new HeapError("foreign address", addr, `free of ${hex(addr)}: not a block address`)
    }
    return new HeapError("double free", addr, `double free of ${hex(addr)}`)
  }

  /** Links `pool` at the front of usedpools[idx]. @cpython insert_to_usedpool */
  private insertUsed(pool: number, h: Int32Array, hb: number, idx: number): void {
    const head = this.usedpools[idx]!
    this.usedpools[idx] = pool
    h[hb + 4] = head // nextpool
    h[hb + 6] = -1 // prevpool
    if (head >= 0) this.views[head >> 6]![((head & 63) << 12) + 6] = pool
  }

  /** Unlinks `pool` from usedpools[idx] (it became full or empty). */
  private unlinkUsed(pool: number, h: Int32Array, hb: number, idx: number): void {
    const next = h[hb + 4]!
    const prev = h[hb + 6]!
    if (prev >= 0) this.views[prev >> 6]![((prev & 63) << 12) + 4] = next
    else this.usedpools[idx] = next
    if (next >= 0) this.views[next >> 6]![((next & 63) << 12) + 6] = prev
  }

  /** Block size of the pymalloc block at `addr`, or -1 when `addr` is in no arena. */
  blockSize(addr: Addr): number {
    const a = this.arenas.map.lookup(addr)
    if (a < 0) return -1
    const bo = addr - this.arenas.poolBase[a]!
    if (bo < 0 || !this.arenas.inPools(a, addr)) return 0
    const h = this.arenas.i32[a]!
    return (h[((bo >> 14) << 12) + SZIDX]! + 1) << 4
  }

  /** The generation of the pool holding `addr` (0 when it is in no pool). */
  poolGeneration(addr: Addr): number {
    if (this.where(addr) < 0) return 0
    return this.views[this.locArena]![((this.locOffset >> 14) << 12) + GENERATION]!
  }

  /** True when `addr` is a block start on its pool's free list (a freed, not reused block). */
  isFreeBlock(addr: Addr): boolean {
    if (this.where(addr) < 0) return false
    const h = this.arenas.i32[this.locArena]!
    const bo = this.locOffset
    const hb = (bo >> 14) << 12
    if (h[hb + COUNT] === 0 && this.arenas.carved[this.locArena]! <= bo >> 14) return false
    for (let f = h[hb + FREEBLOCK]!, n = 0; f !== 0 && n <= 1024; f = h[f >> 2]!, n++) {
      if (f === bo) return true
    }
    return false
  }

  /**
   * Sets locArena/locOffset for the block starting at `addr` without checking that it is live;
   * returns its block size, or -1 when `addr` is in no arena's pools. For internal copies.
   */
  where(addr: Addr): number {
    const arenas = this.arenas
    const a = arenas.map.lookup(addr)
    if (a < 0 || !arenas.inPools(a, addr)) return -1
    const bo = addr - arenas.poolBase[a]!
    this.locArena = a
    this.locOffset = bo
    return (arenas.i32[a]![((bo >> 14) << 12) + SZIDX]! + 1) << 4
  }

  /**
   * Finds the live block that starts at `addr` and sets locArena/locOffset; returns its block
   * size, -1 when `addr` is in no arena, or 0 when it is in an arena but not a live block start.
   * Walks the pool's free list: O(blocks per pool), for the byte-access API and checks only.
   */
  locate(addr: Addr): number {
    const arenas = this.arenas
    const a = arenas.map.lookup(addr)
    if (a < 0) return -1
    const bo = addr - arenas.poolBase[a]!
    if (bo < 0 || !arenas.inPools(a, addr)) return 0
    const k = bo >> 14
    if (k >= arenas.carved[a]!) return 0
    const h = arenas.i32[a]!
    const hb = k << 12
    if (h[hb + COUNT] === 0) return 0
    const size = (h[hb + SZIDX]! + 1) << 4
    const off = bo & 16383
    if (off < POOL_OVERHEAD || (off - POOL_OVERHEAD) % size !== 0 || off >= h[hb + NEXTOFFSET]!) {
      return 0
    }
    for (let f = h[hb + FREEBLOCK]!, n = 0; f !== 0 && n <= 1024; f = h[f >> 2]!, n++) {
      if (f === bo) return 0
    }
    this.locArena = a
    this.locOffset = bo
    return size
  }
}
