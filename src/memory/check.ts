// The heap checker: walks every arena, pool, free list and raw chunk and verifies every
// invariant written next to the data (arena.ts, obmalloc.ts, raw.ts). Tests run it after
// every step of the property tests; debug mode runs it from check(). O(heap size).

import type { Heap } from "./domains.js"
import { hex } from "./errors.js"
import {
  ARENA_SIZE,
  MAX_POOLS_IN_ARENA,
  NB_SMALL_SIZE_CLASSES,
  POOL_OVERHEAD,
  POOL_SIZE,
  blocksPerPool,
} from "./layout.js"
import { RAW_HEAP_BASE, rawUsable } from "./raw.js"

/** Returns a description of every broken invariant (empty when the heap is consistent). */
export function checkHeap(heap: Heap): string[] {
  const problems: string[] = []
  checkArenas(heap, problems)
  checkPools(heap, problems)
  checkRaw(heap, problems)
  const arenaBytes = heap.py.arenas.narenasCurrentlyAllocated * ARENA_SIZE
  let rawBytes = 0
  for (const b of heap.rawHeap.blocks.values()) rawBytes += b.chunkSize
  if (heap.budget.used !== arenaBytes + rawBytes) {
    problems.push(`budget: used ${heap.budget.used} != arenas ${arenaBytes} + raw ${rawBytes}`)
  }
  return problems
}

function checkArenas(heap: Heap, problems: string[]): void {
  const A = heap.py.arenas
  const bad = (a: number, what: string) => problems.push(`arena ${a}: ${what}`)
  let mapped = 0
  for (let a = 0; a < A.length; a++) {
    const base = A.address[a]!
    if (base === 0) continue
    mapped++
    const aligned = base % POOL_SIZE === 0
    const total = aligned ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1
    if (A.ntotalpools[a] !== total) bad(a, `ntotalpools ${A.ntotalpools[a]} != ${total}`)
    if (A.poolBase[a] !== Math.ceil(base / POOL_SIZE) * POOL_SIZE) bad(a, "pool base misplaced")
    if (A.carved[a]! > total) bad(a, "carved past its last pool")
    if (A.map.lookup(base) !== a || A.map.lookup(base + ARENA_SIZE - 1) !== a) {
      bad(a, "arena map does not point back at it")
    }
    // Free pools: the freepools list holds exactly the carved pools with count 0.
    const h = A.i32[a]!
    let empty = 0
    for (let k = 0; k < A.carved[a]!; k++) if (h[k << 12] === 0) empty++
    let listed = 0
    for (let p = A.freepools[a]!; p >= 0; p = h[((p & 63) << 12) + 4]!) {
      if (p >> 6 !== a || (p & 63) >= A.carved[a]! || h[(p & 63) << 12] !== 0) {
        bad(a, `freepools holds pool ${p & 63} that is not an empty pool of this arena`)
        break
      }
      if (++listed > total) {
        bad(a, "freepools list has a cycle")
        break
      }
    }
    if (listed !== empty) bad(a, `${listed} pools in freepools but ${empty} empty pools`)
    const nfree = empty + total - A.carved[a]!
    if (A.nfreepools[a] !== nfree) bad(a, `nfreepools ${A.nfreepools[a]} != ${nfree}`)
  }
  if (mapped !== A.narenasCurrentlyAllocated) {
    problems.push(`${mapped} mapped arenas but narenas_currently_allocated = ${mapped}`)
  }
  let unused = 0
  for (let a = A.unused; a >= 0 && unused <= A.length; a = A.nextarena[a]!) {
    if (A.address[a] !== 0) bad(a, "in the unused list but mapped")
    unused++
  }
  if (unused !== A.length - mapped) problems.push(`unused arena list has ${unused} slots`)
  // usable_arenas: sorted ascending by nfreepools, exactly the arenas with free pools.
  let n = 0
  let prev = -1
  const lastWith = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1)
  for (let a = A.usable; a >= 0; a = A.nextarena[a]!) {
    if (++n > A.length) {
      problems.push("usable_arenas has a cycle")
      return
    }
    if (A.address[a] === 0) bad(a, "unmapped but in usable_arenas")
    if (A.prevarena[a] !== prev) bad(a, "prevarena link broken")
    const nf = A.nfreepools[a]!
    if (nf === 0) bad(a, "in usable_arenas without free pools")
    if (prev >= 0 && A.nfreepools[prev]! > nf) bad(a, "usable_arenas out of order")
    lastWith[nf] = a
    prev = a
  }
  let withFree = 0
  for (let a = 0; a < A.length; a++) if (A.address[a] !== 0 && A.nfreepools[a]! > 0) withFree++
  if (withFree !== n) problems.push(`${withFree} arenas have free pools, ${n} are usable`)
  for (let nf = 0; nf <= MAX_POOLS_IN_ARENA; nf++) {
    if (A.nfp2lasta[nf] !== lastWith[nf]) {
      problems.push(`nfp2lasta[${nf}] = ${A.nfp2lasta[nf]}, expected ${lastWith[nf]}`)
    }
  }
}

function checkPools(heap: Heap, problems: string[]): void {
  const py = heap.py
  const A = py.arenas
  const inList = new Set<number>()
  for (let idx = 0; idx < NB_SMALL_SIZE_CLASSES; idx++) {
    let prev = -1
    let steps = 0
    for (let p = py.usedpools[idx]!; p >= 0;) {
      const h = A.i32[p >> 6]!
      const hb = (p & 63) << 12
      if (A.address[p >> 6] === 0 || h[hb + 9] !== idx || h[hb] === 0 || h[hb + 2] === 0) {
        problems.push(`usedpools[${idx}] holds pool ${p}, which is not a used pool of class ${idx}`)
        break
      }
      if (h[hb + 6] !== prev) {
        problems.push(`usedpools[${idx}]: prevpool of ${p} is ${h[hb + 6]}, not ${prev}`)
        break
      }
      if (inList.has(p) || ++steps > A.length * MAX_POOLS_IN_ARENA) {
        problems.push(`usedpools[${idx}] has a cycle`)
        break
      }
      inList.add(p)
      prev = p
      p = h[hb + 4]!
    }
  }
  let blocks = 0
  let bytes = 0
  const seen = new Uint8Array(POOL_SIZE >> 4)
  for (let a = 0; a < A.length; a++) {
    if (A.address[a] === 0) continue
    const h = A.i32[a]!
    for (let k = 0; k < A.carved[a]!; k++) {
      const hb = k << 12
      const count = h[hb]!
      if (count === 0) continue
      const id = `pool ${hex(A.poolBase[a]! + k * POOL_SIZE)}`
      const idx = h[hb + 9]!
      if (!(idx >= 0 && idx < NB_SMALL_SIZE_CLASSES)) {
        problems.push(`${id}: bad szidx ${idx}`)
        continue
      }
      const size = (idx + 1) << 4
      const cap = blocksPerPool(idx)
      blocks += count
      bytes += count * size
      if (h[hb + 8] !== a) problems.push(`${id}: arenaindex ${h[hb + 8]} != ${a}`)
      if (h[hb + 11] !== POOL_SIZE - size) problems.push(`${id}: bad maxnextoffset`)
      const next = h[hb + 10]!
      if ((next - POOL_OVERHEAD) % size !== 0 || next > POOL_SIZE - size + size) {
        problems.push(`${id}: bad nextoffset ${next}`)
        continue
      }
      const carvedBlocks = (next - POOL_OVERHEAD) / size
      seen.fill(0)
      let free = 0
      for (let f = h[hb + 2]!; f !== 0; f = h[f >> 2]!) {
        const off = f - (k << 14)
        if (off < POOL_OVERHEAD || off >= next || (off - POOL_OVERHEAD) % size !== 0) {
          problems.push(`${id}: free list points at offset ${off}, not a carved block`)
          break
        }
        if (seen[off >> 4]) {
          problems.push(`${id}: free list has a cycle (double free?) at ${hex(A.poolBase[a]! + f)}`)
          break
        }
        seen[off >> 4] = 1
        free++
      }
      if (count + free !== carvedBlocks) {
        problems.push(`${id}: ${count} used + ${free} free != ${carvedBlocks} carved blocks`)
      }
      if (count > cap) problems.push(`${id}: count ${count} > capacity ${cap}`)
      const full = h[hb + 2] === 0
      if (full && count !== cap) problems.push(`${id}: no free block but count ${count} < ${cap}`)
      if (full === inList.has((a << 6) | k)) {
        problems.push(`${id}: ${full ? "full but in" : "used but not in"} usedpools[${idx}]`)
      }
    }
  }
  const expected = py.inUse - heap.rawHeap.bytes
  if (bytes !== expected) problems.push(`block bytes sum to ${bytes}, counter says ${expected}`)
  if (blocks < 0) problems.push("negative block count")
}

function checkRaw(heap: Heap, problems: string[]): void {
  const raw = heap.rawHeap
  const ranges: [number, number, string][] = []
  let bytes = 0
  for (const [addr, b] of raw.blocks) {
    bytes += b.size
    if (addr !== b.chunk + 16) problems.push(`raw block ${hex(addr)}: not 16 bytes into its chunk`)
    if (b.mapped) {
      if (heap.space.lengthAt(b.chunk) !== b.chunkSize) {
        problems.push(`raw block ${hex(addr)}: its mapping is gone or resized`)
      }
    } else ranges.push([b.chunk, b.chunkSize, `chunk ${hex(addr)}`])
    if (raw.bytesOf(b).length !== rawUsable(b)) {
      problems.push(`raw block ${hex(addr)}: storage does not cover it`)
    }
  }
  if (bytes !== raw.bytes) problems.push(`raw bytes sum to ${bytes}, counter says ${raw.bytes}`)
  const free = raw.freeRanges.ordered()
  for (let i = 0; i < free.length; i++) {
    const [start, size] = free[i]!
    ranges.push([start, size, "free range"])
    if (i > 0 && free[i - 1]![0] + free[i - 1]![1] >= start) {
      problems.push(`raw heap: free ranges ${i - 1} and ${i} touch or overlap`)
    }
    if (raw.freeRanges.startEndingAt(start + size) !== start) {
      problems.push(`raw heap: free range ${hex(start)} missing from the by-end index`)
    }
  }
  ranges.sort((x, y) => x[0] - y[0])
  let at = RAW_HEAP_BASE
  for (const [start, size, what] of ranges) {
    if (start !== at) {
      problems.push(`raw heap: ${what} at ${hex(start)} but the previous range ends at ${hex(at)}`)
      return
    }
    at = start + size
  }
  if (at !== raw.top) problems.push(`raw heap: ranges end at ${hex(at)}, top is ${hex(raw.top)}`)
  const n = free.length
  if (n > 0 && free[n - 1]![0] + free[n - 1]![1] === raw.top) {
    problems.push("raw heap: a free range ends at the top (should have been trimmed)")
  }
}
