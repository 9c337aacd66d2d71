// The arena map: address -> arena in O(1), as CPython 3.10+'s radix tree does.
// @cpython Objects/obmalloc.c arena_map_get, arena_map_mark_used, arena_map_is_used
//
// CPython splits the top 44 bits of an address (above the 20 arena bits) into 15 + 15 + 14
// bits: a static root, "mid" nodes and "bot" nodes, created on demand and never freed. A bot
// entry describes one *ideal* arena (a 1 MiB-aligned MiB of address space). A real arena is
// only page aligned, so it covers the high part of one ideal MiB and the low part of the next:
//
//        ideal MiB m                        ideal MiB m+1
//   ├──────────────────┬─────────────────┼──────────────────┬─────────────────┤
//                      │◄────────── arena a (1 MiB) ───────►│
//                      hiStart = a mod 1 MiB                loEnd = same offset
//   entry m:   hi = a, hiStart               entry m+1: lo = a, loEnd
//
// Our addresses are below 2^47, so the root index is always 0 and the 15-bit mid index plus
// the 14-bit bot index pick the MiB. We keep the bot nodes in one array indexed by
// floor(addr / 2^34) (root and mid bits together), a shared all-zero node standing for
// "no node here", and count nodes the way CPython does for `_debugmallocstats`.
//
// An entry is eight int32s (CPython's holds two arena pointers and two offsets; ours also says
// where each arena's pools start, so that free() gets its block offset without a double):
//
//   [0] lo arena   [1] loEnd, 0 = no lo part   [2] lo delta   [3] unused
//   [4] hi arena   [5] 2^20 - hiStart, 0 = no hi part   [6] hi delta   [7] unused
//
// An address at offset `off` in the ideal MiB is in the hi arena when off >= hiStart, i.e.
// 2^20 - off <= [5]; in the lo arena when off < loEnd. Storing 2^20 - hiStart makes an
// all-zero entry mean "no arena" for both halves. `delta` is the MiB's start minus the
// arena's pool base, so `off + delta` is the offset in the arena's pool buffer.

import { ARENA_SIZE, type Addr } from "./layout.js"

/** Bits of an address indexed by one bot node (14 bits of MiBs). */
const BOT_SPAN = 2 ** 34
/** Ideal arenas per bot node. */
const BOT_LENGTH = 1 << 14
/** Number of bot-node slots for addresses below 2^47. */
const BOT_SLOTS = 2 ** 47 / BOT_SPAN
/** Int32 fields per ideal-arena entry (see above). */
const ENTRY = 8

/** sizeof the static root node in CPython (2^15 pointers). */
export const ARENA_MAP_ROOT_BYTES = (1 << 15) * 8
/** sizeof one mid node (2^15 pointers). */
export const ARENA_MAP_MID_BYTES = (1 << 15) * 8
/** sizeof one bot node (2^14 entries of two int32). */
export const ARENA_MAP_BOT_BYTES = (1 << 14) * 8

/** Address -> arena index lookup; see the picture at the top of this file. */
export class ArenaMap {
  private readonly empty = new Int32Array(BOT_LENGTH * ENTRY)
  /** Packed (no holes): V8 then loads a node without a hole check. */
  private readonly nodes: Int32Array[] = Array.from({ length: BOT_SLOTS }, () => this.empty)
  private readonly mids = new Set<number>()
  /** Bot nodes created so far (never freed, as in CPython). */
  botCount = 0
  /**
   * Set by find(): the offset of the address in its arena's pool buffer (negative in the
   * alignment slack before pool 0), or -1 when the address is not an integer.
   */
  offset = 0

  /** Mid nodes created so far (never freed). */
  get midCount(): number {
    return this.mids.size
  }

  /** Arena index owning `addr`, or -1 when no arena covers it. O(1), allocation free. */
  lookup(addr: number): number {
    return this.find(addr)
  }

  /**
   * lookup() that also sets `offset`: the hot path of free(). Three double operations, then
   * integer work only.
   */
  find(addr: number): number {
    // addr / 2^20 is exact and below 2^27 for every address we accept, so `| 0` floors it.
    // Literals, not ARENA_SIZE: V8 would load a module constant from its context each call.
    const mib = (addr * 9.5367431640625e-7) | 0 // 2^-20
    if (!(addr >= 0 && addr < 140737488355328)) return -1 // 2^47: the user address space
    const offd = addr - mib * 1048576
    const off = offd | 0
    const node = this.nodes[mib >> 14]!
    let e = (mib & 16383) << 3
    if (1048576 - off > node[e + 5]!) {
      // Not in the hi part: the lo part, or nothing.
      if (off >= node[e + 1]!) return -1
    } else {
      e += 4
    }
    this.offset = off === offd ? off + node[e + 2]! : -1
    return node[e]!
  }

  /**
   * Records (used) or forgets (!used) the 1 MiB arena at `base` with index `arena`, whose pool
   * 0 starts at `poolBase`.
   */
  mark(base: Addr, arena: number, used: boolean, poolBase: Addr = base): void {
    const tail = base % ARENA_SIZE
    const hiNode = this.node(base)
    const hiEntry = this.entryIndex(base)
    hiNode[hiEntry + 4] = used ? arena : 0
    hiNode[hiEntry + 5] = used ? ARENA_SIZE - tail : 0
    hiNode[hiEntry + 6] = used ? base - tail - poolBase : 0
    if (tail !== 0) {
      const next = base + ARENA_SIZE
      const loNode = this.node(next)
      const loEntry = this.entryIndex(next)
      loNode[loEntry] = used ? arena : 0
      loNode[loEntry + 1] = used ? tail : 0
      loNode[loEntry + 2] = used ? next - tail - poolBase : 0
    }
  }

  private entryIndex(addr: number): number {
    const key = Math.floor(addr / BOT_SPAN)
    return Math.floor((addr - key * BOT_SPAN) / ARENA_SIZE) * ENTRY
  }

  private node(addr: number): Int32Array {
    const key = Math.floor(addr / BOT_SPAN)
    let n = this.nodes[key]!
    if (n === this.empty) {
      n = new Int32Array(BOT_LENGTH * ENTRY)
      this.nodes[key] = n
      this.botCount++
      this.mids.add(Math.floor(addr / 2 ** 49))
    }
    return n
  }
}
