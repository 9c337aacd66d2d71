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

import { ARENA_SIZE, type Addr } from "./layout.js"

/** Bits of an address indexed by one bot node (14 bits of MiBs). */
const BOT_SPAN = 2 ** 34
/** Ideal arenas per bot node. */
const BOT_LENGTH = 1 << 14
/** Number of bot-node slots for addresses below 2^47. */
const BOT_SLOTS = 2 ** 47 / BOT_SPAN
/** Addresses from here up are never ours (2^47: the top of the user address space). */
const MAX_ADDR = 2 ** 47
/** Int32 fields per ideal-arena entry: [lo arena + 1, loEnd, hi arena + 1, hiStart]. */
const ENTRY = 4

/** sizeof the static root node in CPython (2^15 pointers). */
export const ARENA_MAP_ROOT_BYTES = (1 << 15) * 8
/** sizeof one mid node (2^15 pointers). */
export const ARENA_MAP_MID_BYTES = (1 << 15) * 8
/** sizeof one bot node (2^14 entries of two int32). */
export const ARENA_MAP_BOT_BYTES = (1 << 14) * 8

/** Address -> arena index lookup; see the picture at the top of this file. */
export class ArenaMap {
  private readonly empty = new Int32Array(BOT_LENGTH * ENTRY)
  private readonly nodes: Int32Array[] = new Array<Int32Array>(BOT_SLOTS).fill(this.empty)
  private readonly mids = new Set<number>()
  /** Bot nodes created so far (never freed, as in CPython). */
  botCount = 0

  /** Mid nodes created so far (never freed). */
  get midCount(): number {
    return this.mids.size
  }

  /** Arena index owning `addr`, or -1 when no arena covers it. O(1), allocation free. */
  lookup(addr: number): number {
    // addr / 2^20 is exact, and below 2^27 for every address we hand out, so `| 0` floors it
    // in int32 arithmetic; everything after this line is integer work.
    const mib = (addr * (1 / ARENA_SIZE)) | 0
    if (!(addr >= 0 && addr < MAX_ADDR)) return -1
    const off = addr - mib * ARENA_SIZE
    const node = this.nodes[mib >> 14]!
    const e = (mib & 16383) << 2
    const hi = node[e + 2]!
    if (hi !== 0 && off >= node[e + 3]!) return hi - 1
    const lo = node[e]!
    if (lo !== 0 && off < node[e + 1]!) return lo - 1
    return -1
  }

  /** Records (used) or forgets (!used) the 1 MiB arena at `base` with index `arena`. */
  mark(base: Addr, arena: number, used: boolean): void {
    const tail = base % ARENA_SIZE
    const hiNode = this.node(base)
    const hiEntry = this.entryIndex(base)
    hiNode[hiEntry + 2] = used ? arena + 1 : 0
    hiNode[hiEntry + 3] = used ? tail : 0
    if (tail !== 0) {
      const next = base + ARENA_SIZE
      const loNode = this.node(next)
      const loEntry = this.entryIndex(next)
      loNode[loEntry] = used ? arena + 1 : 0
      loNode[loEntry + 1] = used ? tail : 0
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
