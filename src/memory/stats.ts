// Heap statistics, and `sys._debugmallocstats()`'s report in CPython 3.11's exact format.
// @cpython Objects/obmalloc.c _PyObject_DebugMallocStats, printone

import { ARENA_MAP_BOT_BYTES, ARENA_MAP_MID_BYTES, ARENA_MAP_ROOT_BYTES } from "./arena-map.js"
import type { Heap } from "./domains.js"
import {
  ARENA_SIZE,
  NB_SMALL_SIZE_CLASSES,
  POOL_OVERHEAD,
  POOL_SIZE,
  SMALL_REQUEST_THRESHOLD,
  blocksPerPool,
  classSize,
} from "./layout.js"

/** One row of the size-class table. */
export interface SizeClassStats {
  sizeClass: number
  /** Block size in bytes. */
  size: number
  /** Pools of this class holding at least one block (used or full). */
  pools: number
  blocksInUse: number
  /** Free blocks (listed or never carved) in those pools. */
  availBlocks: number
}

/** A snapshot of the heap's counters; see docs/memory.md for each field. */
export interface HeapStats {
  /** Bytes in live blocks: pymalloc block sizes plus raw requested sizes. */
  bytesInUse: number
  /** Highest bytesInUse so far. */
  peakBytesInUse: number
  /** sys.getallocatedblocks(): pymalloc blocks plus mem/object blocks that fell back to raw. */
  allocatedBlocks: number
  pymallocBlocks: number
  pymallocBytes: number
  /** All live raw blocks, whichever domain asked for them. */
  rawBlocks: number
  rawBytes: number
  /** Per size class (all 32 rows, zeros included). */
  classes: SizeClassStats[]
  poolsInUse: number
  /** Empty plus never-carved pools in mapped arenas. */
  unusedPools: number
  arenasInUse: number
  arenasAllocatedTotal: number
  arenasReclaimed: number
  arenasHighwater: number
  /** Bytes obtained for arenas and raw blocks now, at the peak, and the limit. */
  mappedBytes: number
  peakMappedBytes: number
  maxMemory: number
}

/** Walks every arena and pool and returns the statistics. O(pools). */
export function computeStats(heap: Heap): HeapStats {
  const arenas = heap.py.arenas
  const classes: SizeClassStats[] = []
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    classes.push({ sizeClass: i, size: classSize(i), pools: 0, blocksInUse: 0, availBlocks: 0 })
  }
  let unusedPools = 0
  let poolsInUse = 0
  let blocks = 0
  for (let a = 0; a < arenas.length; a++) {
    if (arenas.address[a] === 0) continue
    unusedPools += arenas.nfreepools[a]!
    const h = arenas.i32[a]!
    for (let k = 0; k < arenas.carved[a]!; k++) {
      const count = h[k << 12]!
      if (count === 0) continue
      const c = classes[h[(k << 12) + 9]!]!
      c.pools++
      c.blocksInUse += count
      blocks += count
      c.availBlocks += blocksPerPool(c.sizeClass) - count
      poolsInUse++
    }
  }
  return {
    bytesInUse: heap.bytesInUse(),
    peakBytesInUse: heap.py.peak,
    allocatedBlocks: blocks + heap.rawAllocatedBlocks,
    pymallocBlocks: blocks,
    pymallocBytes: heap.py.inUse - heap.rawHeap.bytes,
    rawBlocks: heap.rawHeap.blocks.size,
    rawBytes: heap.rawHeap.bytes,
    classes,
    poolsInUse,
    unusedPools,
    arenasInUse: arenas.narenasCurrentlyAllocated,
    arenasAllocatedTotal: arenas.ntimesArenaAllocated,
    arenasReclaimed: arenas.ntimesArenaAllocated - arenas.narenasCurrentlyAllocated,
    arenasHighwater: arenas.narenasHighwater,
    mappedBytes: heap.budget.used,
    peakMappedBytes: heap.budget.peak,
    maxMemory: heap.budget.limit,
  }
}

/** One "label = value" line: label padded to 35 columns, value with commas in 21. */
function printone(label: string, value: number): string {
  const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${label.padEnd(35)}=${digits.padStart(21)}\n`
}

/**
 * The report of `sys._debugmallocstats()` for this heap, line for line in CPython 3.11's format
 * (what CPython writes to stderr). `extra` is appended as is: the objects layer adds its
 * free-list lines there.
 */
export function debugMallocStats(heap: Heap, extra = ""): string {
  const arenas = heap.py.arenas
  const s = computeStats(heap)
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n\n`
  out += "class   size   num pools   blocks in use  avail blocks\n"
  out += "-----   ----   ---------   -------------  ------------\n"
  let allocatedBytes = 0
  let availableBytes = 0
  let poolHeaderBytes = 0
  let quantization = 0
  for (const c of s.classes) {
    if (c.pools === 0) continue
    out +=
      String(c.sizeClass).padStart(5) +
      String(c.size).padStart(7) +
      String(c.pools).padStart(12) +
      String(c.blocksInUse).padStart(16) +
      String(c.availBlocks).padStart(14) +
      "\n"
    allocatedBytes += c.blocksInUse * c.size
    availableBytes += c.availBlocks * c.size
    poolHeaderBytes += c.pools * POOL_OVERHEAD
    quantization += c.pools * ((POOL_SIZE - POOL_OVERHEAD) % c.size)
  }
  let misaligned = 0
  for (let a = 0; a < arenas.length; a++) {
    const base = arenas.address[a]!
    if (base !== 0 && base % POOL_SIZE !== 0) misaligned++
  }
  const n = s.arenasInUse
  out += "\n"
  out += printone("# arenas allocated total", s.arenasAllocatedTotal)
  out += printone("# arenas reclaimed", s.arenasReclaimed)
  out += printone("# arenas highwater mark", s.arenasHighwater)
  out += printone("# arenas allocated current", n)
  out += printone(`${n} arenas * ${ARENA_SIZE} bytes/arena`, n * ARENA_SIZE)
  out += "\n"
  out += printone("# bytes in allocated blocks", allocatedBytes)
  out += printone("# bytes in available blocks", availableBytes)
  out += printone(`${s.unusedPools} unused pools * ${POOL_SIZE} bytes`, s.unusedPools * POOL_SIZE)
  out += printone("# bytes lost to pool headers", poolHeaderBytes)
  out += printone("# bytes lost to quantization", quantization)
  out += printone("# bytes lost to arena alignment", misaligned * POOL_SIZE)
  const total =
    allocatedBytes +
    availableBytes +
    s.unusedPools * POOL_SIZE +
    poolHeaderBytes +
    quantization +
    misaligned * POOL_SIZE
  out += printone("Total", total)
  const map = arenas.map
  out += "\narena map counts\n"
  out += printone("# arena map mid nodes", map.midCount)
  out += printone("# arena map bot nodes", map.botCount)
  out += "\n"
  out += printone("# bytes lost to arena map root", ARENA_MAP_ROOT_BYTES)
  out += printone("# bytes lost to arena map mid", ARENA_MAP_MID_BYTES * map.midCount)
  out += printone("# bytes lost to arena map bot", ARENA_MAP_BOT_BYTES * map.botCount)
  out += printone(
    "Total",
    ARENA_MAP_ROOT_BYTES + ARENA_MAP_MID_BYTES * map.midCount + ARENA_MAP_BOT_BYTES * map.botCount,
  )
  return out + extra
}
