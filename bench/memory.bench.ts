// Allocator benchmark: the same allocation patterns on heapscope's allocator, on
// @thi.ng/malloc, on the cheapest possible baseline (one size, one free list, one
// ArrayBuffer) and on pymalloc's bare algorithm (the floor under any faithful pymalloc).
// Prints ns per operation (each malloc, free or realloc is one operation).
//
// Each pattern function is recompiled per allocator with `new Function`, so that V8 sees one
// allocator class at each call site (monomorphic), as real code using one allocator would.
import { MemPool } from "@thi.ng/malloc"
import { createAllocator } from "../src/memory/index.js"

interface Alloc {
  malloc(n: number): number
  free(p: number): unknown
  realloc(p: number, n: number): number
}

/** The baseline: fixed 512-byte slots, a LIFO free list threaded through the slots. */
class FreeList implements Alloc {
  private readonly links: Int32Array
  private head = 0
  private top = 1
  constructor(private readonly slots: number) {
    this.links = new Int32Array(new ArrayBuffer(slots * 512))
  }
  malloc(n: number): number {
    if (n > 512) return 0
    let s = this.head
    if (s !== 0) this.head = this.links[s << 7]!
    else {
      if (this.top >= this.slots) return 0
      s = this.top++
    }
    return s << 9
  }
  free(p: number): void {
    const s = p >> 9
    this.links[s << 7] = this.head
    this.head = s
  }
  realloc(p: number, n: number): number {
    return n <= 512 ? p : 0
  }
}

/**
 * The same free list handing out addresses like ours (0x7f…, above 2^31): the part of the
 * gap that is the price of 47-bit addresses in JS doubles rather than of pymalloc's work.
 */
class FreeList7f implements Alloc {
  private readonly links: Int32Array
  private head = 0
  private top = 1
  private static readonly BASE = 0x7f3c_9a1c_0000
  constructor(private readonly slots: number) {
    this.links = new Int32Array(new ArrayBuffer(slots * 512))
  }
  malloc(n: number): number {
    if (n > 512) return 0
    let s = this.head
    if (s !== 0) this.head = this.links[s << 7]!
    else {
      if (this.top >= this.slots) return 0
      s = this.top++
    }
    return FreeList7f.BASE + s * 512
  }
  free(p: number): void {
    const s = ((p - FreeList7f.BASE) / 512) | 0
    this.links[s << 7] = this.head
    this.head = s
  }
  realloc(p: number, n: number): number {
    return n <= 512 ? p : 0
  }
}

/**
 * pymalloc's policy and nothing else: the same size classes, 16 KiB pools with CPython's
 * header fields, free lists threaded through the blocks, used-pool lists and a free-pool
 * stack, but one ArrayBuffer, small-integer addresses, no arenas, no arena map, no checks and
 * no statistics. It is the floor under any faithful pymalloc in JavaScript: what the
 * algorithm itself costs here, before anything that makes it CPython's heap.
 */
class PoolPolicy implements Alloc {
  private readonly h = new Int32Array(64 << 18)
  private readonly used = new Int32Array(32).fill(-1)
  private freePools = -1
  private nextPool = 1
  malloc(n: number): number {
    const n1 = n - 1
    if (n1 >>> 0 !== n1 || n1 >= 512) return 0
    const idx = n1 >> 4
    const pool = this.used[idx]!
    if (pool < 0) return this.newPool(idx)
    const h = this.h
    const hb = pool << 12
    h[hb]!++
    const bp = h[hb + 2]!
    const next = h[bp >> 2]!
    h[hb + 2] = next
    if (next === 0) this.extend(pool, idx)
    return bp
  }
  private extend(pool: number, idx: number): void {
    const h = this.h
    const hb = pool << 12
    const off = h[hb + 10]!
    if (off <= h[hb + 11]!) {
      const fb = (pool << 14) + off
      h[hb + 2] = fb
      h[hb + 10] = off + ((idx + 1) << 4)
      h[fb >> 2] = 0
      return
    }
    this.unlink(pool, idx)
  }
  private unlink(pool: number, idx: number): void {
    const h = this.h
    const next = h[(pool << 12) + 4]!
    const prev = h[(pool << 12) + 6]!
    if (prev >= 0) h[(prev << 12) + 4] = next
    else this.used[idx] = next
    if (next >= 0) h[(next << 12) + 6] = prev
  }
  private newPool(idx: number): number {
    const h = this.h
    let pool = this.freePools
    if (pool >= 0) this.freePools = h[(pool << 12) + 4]!
    else if (this.nextPool < 4096) pool = this.nextPool++
    else return 0
    const hb = pool << 12
    const size = (idx + 1) << 4
    h[hb + 4] = -1
    h[hb + 6] = -1
    this.used[idx] = pool
    h[hb] = 1
    h[hb + 9] = idx
    const bp = (pool << 14) + 48
    h[hb + 10] = 48 + 2 * size
    h[hb + 11] = 16384 - size
    h[hb + 2] = bp + size
    h[(bp + size) >> 2] = 0
    return bp
  }
  free(p: number): void {
    const h = this.h
    const pool = p >> 14
    const hb = pool << 12
    const last = h[hb + 2]!
    const count = h[hb]!
    h[p >> 2] = last
    h[hb + 2] = p
    h[hb] = count - 1
    if (last === 0) {
      // The pool was full: to the front of its class's list.
      const idx = h[hb + 9]!
      const head = this.used[idx]!
      this.used[idx] = pool
      h[hb + 4] = head
      h[hb + 6] = -1
      if (head >= 0) h[(head << 12) + 6] = pool
    }
    if (count === 1) {
      this.unlink(pool, h[hb + 9]!)
      h[hb + 4] = this.freePools
      this.freePools = pool
    }
  }
  realloc(): number {
    return 0
  }
}

// Deterministic inputs, shared by every allocator.
let seed = 0x2545f491
function rand(): number {
  seed ^= seed << 13
  seed ^= seed >>> 17
  seed ^= seed << 5
  return seed >>> 0
}
/** Mostly small, Python-object-like sizes (24..64 bytes), some up to 512. */
function size(): number {
  const r = rand()
  return r % 100 < 70 ? 16 + (r % 49) : 1 + (r % 512)
}
const LIVE = 10_000
const CHURN = 2_000_000
const sizes = Int32Array.from({ length: CHURN + LIVE }, size)
const victims = Int32Array.from({ length: CHURN }, () => rand() % LIVE)
const order = Int32Array.from({ length: LIVE }, (_, i) => i)
for (let i = LIVE - 1; i > 0; i--) {
  const j = rand() % (i + 1)
  const t = order[i]!
  order[i] = order[j]!
  order[j] = t
}

type Pattern = (
  m: Alloc,
  sizes: Int32Array,
  victims: Int32Array,
  order: Int32Array,
  scale: number,
) => number

// Each returns the number of operations done. Keep them self-contained: they are recompiled.
const patterns: Record<string, Pattern> = {
  churn(m, sizes, victims, _order, scale) {
    const live = new Float64Array(10000)
    const n = Math.floor(victims.length * scale)
    for (let i = 0; i < 10000; i++) live[i] = m.malloc(sizes[i])
    const t0 = performance.now()
    for (let k = 0; k < n; k++) {
      const v = victims[k]
      m.free(live[v])
      live[v] = m.malloc(sizes[10000 + k])
    }
    const t1 = performance.now()
    for (let i = 0; i < 10000; i++) m.free(live[i])
    // Only the steady state is timed: report it through the return value.
    return -((t1 - t0) * 1e6) / (2 * n)
  },
  lifo(m, sizes, _victims, _order, scale) {
    const live = new Float64Array(1000)
    let ops = 0
    for (let r = 0; r < 500 * scale; r++) {
      for (let i = 0; i < 1000; i++) live[i] = m.malloc(sizes[r * 1000 + i])
      for (let i = 999; i >= 0; i--) m.free(live[i])
      ops += 2000
    }
    return ops
  },
  fifo(m, sizes, _victims, _order, scale) {
    const live = new Float64Array(1000)
    let ops = 0
    for (let r = 0; r < 500 * scale; r++) {
      for (let i = 0; i < 1000; i++) live[i] = m.malloc(sizes[r * 1000 + i])
      for (let i = 0; i < 1000; i++) m.free(live[i])
      ops += 2000
    }
    return ops
  },
  random(m, sizes, _victims, order, scale) {
    const live = new Float64Array(10000)
    let ops = 0
    for (let r = 0; r < Math.max(1, 50 * scale); r++) {
      for (let i = 0; i < 10000; i++) live[i] = m.malloc(sizes[r * 10000 + i])
      for (let i = 0; i < 10000; i++) m.free(live[order[i]])
      ops += 20000
    }
    return ops
  },
  realloc(m, _sizes, _victims, _order, scale) {
    // A list's item array growing as CPython's list_resize grows it, 8 bytes per item.
    let ops = 0
    for (let r = 0; r < 2000 * scale; r++) {
      let items = 0
      let p = m.malloc(8)
      ops++
      while (items < 1000) {
        items += 1
        const cap = items + (items >> 3) + (items < 9 ? 3 : 6)
        p = m.realloc(p, cap * 8)
        if (p === 0) return 0
        ops++
        items = cap
      }
      m.free(p)
      ops++
    }
    return ops
  },
}

function compile(p: Pattern): Pattern {
  const src = p.toString()
  const body = src.startsWith("function") ? src : `function ${src}`
  return new Function(`return (${body})`)() as Pattern
}

const makers: Record<string, () => Alloc> = {
  heapscope: () => createAllocator(),
  "@thi.ng/malloc": () => new MemPool({ size: 64 << 20, align: 16 }),
  "free list": () => new FreeList(20_000),
  "free list 0x7f": () => new FreeList7f(20_000),
  "pymalloc policy": () => new PoolPolicy(),
}

const names = Object.keys(makers)

/** Fraction of the full workload each allocator runs (thi.ng's first-fit is much slower). */
const scales: Record<string, number> = {
  heapscope: 1,
  "@thi.ng/malloc": 0.02,
  "free list": 1,
  "free list 0x7f": 1,
  "pymalloc policy": 1,
}

/** One timed run: ns per operation, or null when the allocator cannot run the pattern. */
function once(name: string, pattern: string): number | null {
  if (name !== "heapscope" && name !== "@thi.ng/malloc" && pattern === "realloc") return null
  const m = makers[name]!()
  const f = compile(patterns[pattern]!)
  const t0 = performance.now()
  const ops = f(m, sizes, victims, order, scales[name]!)
  const t1 = performance.now()
  if (ops === 0) return null
  // A negative result is a pattern's own ns/op for its timed section.
  return ops < 0 ? -ops : ((t1 - t0) * 1e6) / ops
}

/**
 * Best of ROUNDS runs per allocator, the allocators interleaved round by round so that a burst
 * of load on a shared machine hits all of them alike, and their order rotated each round:
 * whichever runs first after another allocator's run pays for V8 cleaning up after it (about
 * 5 ns/op measured), so each one is first in some rounds. Round 0 only warms up.
 */
const ROUNDS = 6
function time(pattern: string): (number | null)[] {
  const best: (number | null)[] = names.map(() => Infinity)
  for (let round = 0; round < ROUNDS; round++) {
    for (let j = 0; j < names.length; j++) {
      const i = (j + round) % names.length
      const t = once(names[i]!, pattern)
      if (t === null) best[i] = null
      else if (round > 0 && best[i] !== null) best[i] = Math.min(best[i]!, t)
    }
  }
  return best
}

const header = [
  "pattern",
  ...names.map((n) => `${n} ns/op`),
  "hs/freelist",
  "hs/freelist 0x7f",
  "policy/freelist",
  "hs/policy",
  "thi.ng/hs",
]
const widths = header.map((h) => Math.max(h.length, 9))
const print = (r: string[]) =>
  console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "))
print(header)
for (const pattern of Object.keys(patterns)) {
  const t = time(pattern)
  const [hs, thi, fl, fl7, pol] = t
  print([
    pattern,
    ...t.map((x) => (x === null ? "n/a" : x.toFixed(1))),
    hs != null && fl != null ? `${(hs / fl).toFixed(2)}x` : "n/a",
    hs != null && fl7 != null ? `${(hs / fl7).toFixed(2)}x` : "n/a",
    pol != null && fl != null ? `${(pol / fl).toFixed(2)}x` : "n/a",
    hs != null && pol != null ? `${(hs / pol).toFixed(2)}x` : "n/a",
    hs != null && thi != null ? `${(thi / hs).toFixed(1)}x` : "n/a",
  ])
}
console.log(`\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}`)
