// Read-only snapshots of the heap's structure for tools (the heap map, the lab): arenas, their
// pools and, on request, every block's state. Snapshots are fresh plain objects; nothing here
// hands out a reference into the heap's typed arrays.

import type { Heap } from "./domains.js"
import { POOL_OVERHEAD, POOL_SIZE, blocksPerPool, classSize, type Addr } from "./layout.js"

/** State of one block slot in a pool. */
export type BlockState = "used" | "free" | "virgin"

/** One pool of an arena. */
export interface PoolInfo {
  /** Pool number inside its arena (0-based). */
  index: number
  address: Addr
  /** "untouched": never carved; "empty": carved, no blocks (in the arena's free pools). */
  state: "used" | "full" | "empty" | "untouched"
  /** Size class and block size; -1 for untouched pools. */
  sizeClass: number
  blockSize: number
  /** Blocks allocated / blocks that fit. */
  used: number
  capacity: number
  /** Per block slot, only when asked for: `blocks[i]` is the block at address + 48 + i*size. */
  blocks?: BlockState[]
}

/** One mapped arena. */
export interface ArenaInfo {
  /** Index in the arena-object vector. */
  index: number
  address: Addr
  /** 64, or 63 when the mapping is not 16 KiB aligned. */
  totalPools: number
  freePools: number
  pools: PoolInfo[]
}

/** One live raw-domain block. */
export interface RawBlockInfo {
  address: Addr
  size: number
  /** True when the block has its own mapping (128 KiB and more). */
  mapped: boolean
}

/** Snapshot of every mapped arena (in arena-vector order); `blocks` adds per-block states. */
export function inspectArenas(heap: Heap, blocks = false): ArenaInfo[] {
  const A = heap.py.arenas
  const out: ArenaInfo[] = []
  for (let a = 0; a < A.length; a++) {
    if (A.address[a] === 0) continue
    const h = A.i32[a]!
    const pools: PoolInfo[] = []
    const total = A.ntotalpools[a]!
    for (let k = 0; k < total; k++) {
      const address = A.poolBase[a]! + k * POOL_SIZE
      if (k >= A.carved[a]!) {
        pools.push({
          index: k,
          address,
          state: "untouched",
          sizeClass: -1,
          blockSize: -1,
          used: 0,
          capacity: 0,
        })
        continue
      }
      const hb = k << 12
      const count = h[hb]!
      const idx = h[hb + 9]!
      const valid = idx >= 0 && idx < 32
      const capacity = valid ? blocksPerPool(idx) : 0
      const info: PoolInfo = {
        index: k,
        address,
        state: count === 0 ? "empty" : h[hb + 2] === 0 ? "full" : "used",
        sizeClass: valid ? idx : -1,
        blockSize: valid ? classSize(idx) : -1,
        used: count,
        capacity,
      }
      if (blocks && valid) info.blocks = blockStates(h, k, idx, count)
      pools.push(info)
    }
    out.push({
      index: a,
      address: A.address[a]!,
      totalPools: total,
      freePools: A.nfreepools[a]!,
      pools,
    })
  }
  return out
}

function blockStates(h: Int32Array, k: number, idx: number, count: number): BlockState[] {
  const size = classSize(idx)
  const cap = blocksPerPool(idx)
  const carved =
    count === 0 && h[(k << 12) + 2] === 0 ? 0 : (h[(k << 12) + 10]! - POOL_OVERHEAD) / size
  const states: BlockState[] = []
  for (let i = 0; i < cap; i++) states.push(i < carved ? "used" : "virgin")
  for (let f = h[(k << 12) + 2]!, n = 0; f !== 0 && n < cap; f = h[f >> 2]!, n++) {
    states[(f - (k << 14) - POOL_OVERHEAD) / size] = "free"
  }
  return states
}

/** Snapshot of the live raw blocks, by address. */
export function inspectRaw(heap: Heap): RawBlockInfo[] {
  return [...heap.rawHeap.blocks]
    .map(([address, b]) => ({ address, size: b.size, mapped: b.mapped }))
    .sort((x, y) => x.address - y.address)
}
