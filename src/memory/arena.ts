// Arenas: the 1 MiB mappings pools are carved from, the arena-object vector that describes
// them, and the usable-arenas list that decides which arena the next pool comes from.
// @cpython Objects/obmalloc.c new_arena, allocate_from_new_pool, insert_to_freepool
//
// An arena at a 4 KiB-aligned address A (the usual case) loses the bytes before the first
// 16 KiB boundary and the rest of the last page run: 63 pools instead of 64.
//
//   A            poolBase = roundup(A, 16 KiB)                                    A + 1 MiB
//   │ alignment │ pool 0 │ pool 1 │ pool 2 │ … │ pool 62 │ alignment (with the head: 16 KiB) │
//               ▲ the arena's ArrayBuffer covers exactly the pools: ntotalpools × 16 KiB
//
// Arena-object states (the vector `arenas[]` in CPython; here parallel typed arrays):
//   unused   address == 0                 linked in the unused list through nextarena
//   usable   address != 0, nfreepools > 0 linked in usable_arenas, sorted by nfreepools
//   full     address != 0, nfreepools == 0 linked nowhere
//
// Invariant (usable_arenas). The list is sorted ascending by nfreepools, so new pools come
// from the fullest arena and nearly-empty arenas can drain and be released; nfp2lasta[n] is
// the last arena in the list with exactly n free pools (or -1). checkArenas() asserts it.

import { AddressSpace, type MemoryBudget } from "./address-space.js"
import { ArenaMap } from "./arena-map.js"
import {
  ARENA_SIZE,
  INITIAL_ARENA_OBJECTS,
  MAX_POOLS_IN_ARENA,
  POOL_SIZE,
  type Addr,
} from "./layout.js"

const NO_VIEW32 = new Int32Array(0)
const NO_VIEW8 = new Uint8Array(0)

/** The arena-object vector, the usable-arenas list and the arena counters. */
export class Arenas {
  /** Length of the arena-object vector (CPython's maxarenas). */
  length = 0
  /** Mapping start of each arena; 0 = unused slot. */
  address = new Float64Array(0)
  /**
   * Address of each arena's pool 0 (the first 16 KiB boundary at or after `address`). A plain
   * array of doubles that only grows, so the hot paths can keep a reference to it.
   */
  readonly poolBase: number[] = []
  /** Pools carved so far (CPython's pool_address, as a pool number). */
  carved = new Int32Array(0)
  /** Empty plus never-carved pools. */
  nfreepools = new Int32Array(0)
  /** 64, or 63 when the mapping is not pool aligned. */
  ntotalpools = new Int32Array(0)
  /** Head (pool id) of the singly-linked list of empty pools; -1 = none. */
  freepools = new Int32Array(0)
  /** usable_arenas links, or the unused list through `nextarena`; -1 = none. */
  nextarena = new Int32Array(0)
  prevarena = new Int32Array(0)
  /** Int32 and byte views of each arena's buffer (empty views for unused slots). */
  readonly i32: Int32Array[] = []
  readonly u8: Uint8Array[] = []

  /** Head of usable_arenas (fewest free pools first); -1 = empty. */
  usable = -1
  /** Head of the unused arena-object list; -1 = empty. */
  unused = -1
  /** nfp2lasta[n]: the last usable arena with exactly n free pools, or -1. */
  readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1)

  narenasCurrentlyAllocated = 0
  ntimesArenaAllocated = 0
  narenasHighwater = 0

  readonly map = new ArenaMap()

  constructor(
    private readonly space: AddressSpace,
    private readonly budget: MemoryBudget,
  ) {}

  /**
   * Maps a new arena and returns its index, or -1 when the memory limit or the address space
   * is exhausted. The new arena is not linked in usable_arenas yet. @cpython new_arena
   */
  newArena(): number {
    if (this.unused < 0) this.grow()
    const a = this.unused
    if (!this.budget.reserve(ARENA_SIZE)) return -1
    const base = this.space.mmap(ARENA_SIZE)
    if (base === 0) {
      this.budget.release(ARENA_SIZE)
      return -1
    }
    this.unused = this.nextarena[a]!
    const excess = base % POOL_SIZE
    const npools = excess === 0 ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1
    const buffer = new ArrayBuffer(npools * POOL_SIZE)
    this.address[a] = base
    this.poolBase[a] = excess === 0 ? base : base + POOL_SIZE - excess
    this.map.mark(base, a, true, this.poolBase[a]!)
    this.carved[a] = 0
    this.nfreepools[a] = npools
    this.ntotalpools[a] = npools
    this.freepools[a] = -1
    this.nextarena[a] = -1
    this.prevarena[a] = -1
    this.i32[a] = new Int32Array(buffer)
    this.u8[a] = new Uint8Array(buffer)
    this.narenasCurrentlyAllocated++
    this.ntimesArenaAllocated++
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) {
      this.narenasHighwater = this.narenasCurrentlyAllocated
    }
    return a
  }

  /** Unmaps arena `a` (already unlinked from usable_arenas) and recycles its slot. */
  releaseArena(a: number): void {
    this.map.mark(this.address[a]!, a, false)
    this.space.munmap(this.address[a]!)
    this.budget.release(ARENA_SIZE)
    this.address[a] = 0
    this.poolBase[a] = 0
    this.i32[a] = NO_VIEW32
    this.u8[a] = NO_VIEW8
    this.nextarena[a] = this.unused
    this.prevarena[a] = -1
    this.unused = a
    this.narenasCurrentlyAllocated--
  }

  /** Arena index owning `addr`, or -1. */
  arenaOf(addr: Addr): number {
    return this.map.lookup(addr)
  }

  /** True when `addr` lies inside one of arena `a`'s pools (not in its alignment slack). */
  inPools(a: number, addr: Addr): boolean {
    const off = addr - this.poolBase[a]!
    return off >= 0 && off < this.ntotalpools[a]! * POOL_SIZE
  }

  /** Doubles the arena-object vector (16 the first time) and threads the new slots as unused. */
  private grow(): void {
    const old = this.length
    const n = old === 0 ? INITIAL_ARENA_OBJECTS : old * 2
    const f64 = (src: Float64Array) => {
      const d = new Float64Array(n)
      d.set(src)
      return d
    }
    const i32 = (src: Int32Array) => {
      const d = new Int32Array(n)
      d.set(src)
      return d
    }
    this.address = f64(this.address)
    this.carved = i32(this.carved)
    this.nfreepools = i32(this.nfreepools)
    this.ntotalpools = i32(this.ntotalpools)
    this.freepools = i32(this.freepools)
    this.nextarena = i32(this.nextarena)
    this.prevarena = i32(this.prevarena)
    for (let i = old; i < n; i++) {
      this.poolBase.push(0)
      this.i32.push(NO_VIEW32)
      this.u8.push(NO_VIEW8)
      this.nextarena[i] = i < n - 1 ? i + 1 : -1
      this.prevarena[i] = -1
      this.freepools[i] = -1
    }
    this.unused = old
    this.length = n
  }

  /**
   * Takes one free pool from the head of usable_arenas (mapping a new arena if the list is
   * empty) and returns its pool id (arena * 64 + pool number), or -1 when no memory is left.
   * Sets `fresh` when the pool was carved for the first time. @cpython allocate_from_new_pool
   */
  takePool(): number {
    let a = this.usable
    if (a < 0) {
      a = this.newArena()
      if (a < 0) return -1
      this.usable = a
      this.nfp2lasta[this.nfreepools[a]!] = a
    }
    const nf = this.nfreepools[a]!
    if (this.nfp2lasta[nf] === a) this.nfp2lasta[nf] = -1
    if (nf > 1) this.nfp2lasta[nf - 1] = a
    let pool = this.freepools[a]!
    if (pool >= 0) {
      this.freepools[a] = this.i32[a]![((pool & 63) << 12) + 4]!
    } else {
      const k = this.carved[a]!++
      pool = a * MAX_POOLS_IN_ARENA + k
      this.freshPool = true
    }
    this.nfreepools[a] = nf - 1
    if (nf - 1 === 0) {
      const next = this.nextarena[a]!
      this.usable = next
      if (next >= 0) this.prevarena[next] = -1
      this.nextarena[a] = -1
    }
    return pool
  }

  /** Set by takePool() when it carved a never-used pool; the caller clears it. */
  freshPool = false

  /**
   * Files the now-empty pool `pool` of arena `a` under its arena's free pools and keeps
   * usable_arenas sorted, releasing the arena when all its pools are free (unless it is the
   * last usable arena: bpo-37257 keeps one to avoid thrashing). @cpython insert_to_freepool
   */
  poolFreed(a: number, pool: number): void {
    const h = this.i32[a]!
    h[((pool & 63) << 12) + 4] = this.freepools[a]!
    this.freepools[a] = pool
    let nf = this.nfreepools[a]!
    const lastnf = this.nfp2lasta[nf]!
    if (lastnf === a) {
      const p = this.prevarena[a]!
      this.nfp2lasta[nf] = p >= 0 && this.nfreepools[p] === nf ? p : -1
    }
    this.nfreepools[a] = ++nf

    if (nf === this.ntotalpools[a] && this.nextarena[a]! >= 0) {
      // Case 1: wholly free and not the last usable arena: give it back.
      this.unlinkUsable(a)
      this.releaseArena(a)
      return
    }
    if (nf === 1) {
      // Case 2: it was full, so it was in no list; it has the fewest free pools now.
      const head = this.usable
      this.nextarena[a] = head
      this.prevarena[a] = -1
      if (head >= 0) this.prevarena[head] = a
      this.usable = a
      if (this.nfp2lasta[1] === -1) this.nfp2lasta[1] = a
      return
    }
    if (this.nfp2lasta[nf] === -1) this.nfp2lasta[nf] = a
    // Case 4: it was the rightmost with the old count, so the order still holds.
    if (a === lastnf) return
    // Case 3: slide it right, to just after the last arena with the old count.
    this.unlinkUsable(a)
    const after = this.nextarena[lastnf]!
    this.prevarena[a] = lastnf
    this.nextarena[a] = after
    if (after >= 0) this.prevarena[after] = a
    this.nextarena[lastnf] = a
  }

  private unlinkUsable(a: number): void {
    const prev = this.prevarena[a]!
    const next = this.nextarena[a]!
    if (prev >= 0) this.nextarena[prev] = next
    else this.usable = next
    if (next >= 0) this.prevarena[next] = prev
  }

  /** Number of arena-object slots whose arena is mapped. */
  get count(): number {
    return this.narenasCurrentlyAllocated
  }
}
