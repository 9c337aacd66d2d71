// Property tests: long random sequences of malloc/calloc/realloc/free in all three domains,
// checked against a deliberately simple model (a map of live blocks and CPython's rules for
// which allocator serves a request), with the heap checker run after every step.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  ARENA_SIZE,
  SMALL_REQUEST_THRESHOLD,
  classSize,
  createAllocator,
  sizeClassOf,
  type Allocator,
} from "../../../src/memory/index.js"

type Domain = "raw" | "mem" | "object"

interface Block {
  domain: Domain
  requested: number
  /** Served by pymalloc (class-size bytes) or raw (requested bytes, at least 1). */
  pymalloc: boolean
  /** Counted in sys.getallocatedblocks(). */
  counted: boolean
  /** Expected first bytes of the block. */
  prefix: number[]
  /** Bytes the block adds to bytesInUse (fixed when it is placed). */
  bytes?: number
}

class Model {
  /** Debug mode asks the underlying allocator for 32 more bytes per block. */
  constructor(readonly overhead: number) {}
  blocks = new Map<number, Block>()
  order: number[] = []
  bytes = 0
  peak = 0
  counted = 0
  stamp = 1

  cost(b: Pick<Block, "pymalloc" | "requested">): number {
    const n = b.requested + this.overhead
    return b.pymalloc ? classSize(sizeClassOf(n)) : Math.max(1, n)
  }
  add(addr: number, b: Block): void {
    b.bytes ??= this.cost(b)
    this.blocks.set(addr, b)
    this.order.push(addr)
    this.bytes += b.bytes
    if (b.counted) this.counted++
  }
  remove(addr: number): Block {
    const b = this.blocks.get(addr)!
    this.blocks.delete(addr)
    this.order.splice(this.order.indexOf(addr), 1)
    this.bytes -= b.bytes!
    if (b.counted) this.counted--
    return b
  }
  notePeak(): void {
    this.peak = Math.max(this.peak, this.bytes)
  }
  pick(i: number): number | undefined {
    return this.order.length === 0 ? undefined : this.order[i % this.order.length]
  }
}

const smallFits = (d: Domain, n: number) => d !== "raw" && n >= 1 && n <= SMALL_REQUEST_THRESHOLD

function stampBlock(h: Allocator, m: Model, addr: number, n: number): number[] {
  const len = Math.min(Math.max(n, 0), 24)
  const bytes = Array.from({ length: len }, (_, i) => (m.stamp * 37 + i) & 255)
  m.stamp++
  h.write(addr, bytes)
  return bytes
}

function verifyAll(h: Allocator, m: Model): void {
  // Alignment and no overlap (usable extents, sorted by address); contents of every block.
  const live = [...m.blocks.keys()].sort((a, b) => a - b)
  for (let i = 0; i < live.length; i++) {
    const a = live[i]!
    const b = m.blocks.get(a)!
    expect(a % 16).toBe(0)
    const end = a + (b.pymalloc && m.overhead === 0 ? b.bytes! : Math.max(1, b.requested))
    if (i + 1 < live.length) expect(end).toBeLessThanOrEqual(live[i + 1]!)
    if (b.prefix.length > 0) expect([...h.read(a, b.prefix.length)]).toEqual(b.prefix)
  }
  const s = h.stats()
  expect(s.bytesInUse).toBe(m.bytes)
  expect(s.peakBytesInUse).toBe(m.peak)
  expect(s.allocatedBlocks).toBe(m.counted)
  expect(s.pymallocBlocks + s.rawBlocks).toBe(m.blocks.size)
  expect(h.problems()).toEqual([])
}

type Cmd = fc.Command<Model, Allocator>

class MallocCmd implements Cmd {
  constructor(
    readonly domain: Domain,
    readonly size: number,
    readonly zero: boolean,
  ) {}
  check = () => true
  run(m: Model, h: Allocator): void {
    const d = h[this.domain]
    const addr = this.zero ? d.calloc(1, this.size) : d.malloc(this.size)
    expect(addr).not.toBe(0)
    expect(m.blocks.has(addr)).toBe(false)
    if (this.zero) expect(h.read(addr, this.size).every((b) => b === 0)).toBe(true)
    const pymalloc = smallFits(this.domain, this.size + m.overhead)
    const b = {
      domain: this.domain,
      requested: this.size,
      pymalloc,
      counted: this.domain !== "raw",
      prefix: [] as number[],
    }
    m.add(addr, b)
    b.prefix = stampBlock(h, m, addr, this.size)
    m.notePeak()
    verifyAll(h, m)
  }
  toString = () => `${this.domain}.${this.zero ? "calloc" : "malloc"}(${this.size})`
}

class ReallocCmd implements Cmd {
  constructor(
    readonly which: number,
    readonly size: number,
  ) {}
  check = (m: Readonly<Model>) => m.order.length > 0
  run(m: Model, h: Allocator): void {
    const old = m.pick(this.which)!
    const b = m.blocks.get(old)!
    const addr = h[b.domain].realloc(old, this.size)
    expect(addr).not.toBe(0)
    const before = m.bytes
    const gone = m.remove(old)
    let pymalloc: boolean
    let counted = gone.counted
    if (gone.pymalloc) {
      const cs = gone.bytes! // the class size it was placed in
      const n = this.size + m.overhead
      const stays = n <= cs && 4 * n > 3 * cs
      if (stays) expect(addr).toBe(old)
      pymalloc = stays || smallFits(b.domain, n)
      counted = true
      if (stays) {
        // Stays in place: same class; the debug layer records the new requested size.
        const requested = m.overhead > 0 ? this.size : gone.requested
        const prefix = gone.prefix.slice(0, Math.min(gone.prefix.length, this.size))
        m.add(addr, { ...gone, requested, prefix })
        m.notePeak()
        verifyAll(h, m)
        return
      }
    } else pymalloc = false
    const keep = gone.prefix.slice(0, Math.min(gone.prefix.length, this.size))
    const nb: Block = { domain: b.domain, requested: this.size, pymalloc, counted, prefix: keep }
    m.add(addr, nb)
    // A moving realloc holds both blocks for a moment: the peak sees them together.
    if (addr !== old) m.peak = Math.max(m.peak, before + nb.bytes!)
    expect([...h.read(addr, keep.length)]).toEqual(keep)
    nb.prefix = stampBlock(h, m, addr, this.size)
    m.notePeak()
    verifyAll(h, m)
  }
  toString = () => `realloc(#${this.which}, ${this.size})`
}

class FreeCmd implements Cmd {
  constructor(readonly which: number) {}
  check = (m: Readonly<Model>) => m.order.length > 0
  run(m: Model, h: Allocator): void {
    const addr = m.pick(this.which)!
    const b = m.remove(addr)
    h[b.domain].free(addr)
    verifyAll(h, m)
  }
  toString = () => `free(#${this.which})`
}

const sizeArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 512 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 4000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 16, 17, 512, 513, 140_000) },
)
const domainArb = fc.constantFrom<Domain>("object", "object", "mem", "raw")
const commands = [
  fc.tuple(domainArb, sizeArb, fc.boolean()).map(([d, n, z]) => new MallocCmd(d, n, z)),
  fc.tuple(domainArb, sizeArb).map(([d, n]) => new MallocCmd(d, n, false)),
  fc.tuple(fc.nat(), sizeArb).map(([i, n]) => new ReallocCmd(i, n)),
  fc.nat().map((i) => new FreeCmd(i)),
  fc.nat().map((i) => new FreeCmd(i)),
]

function runAll(debug: boolean, numRuns: number, maxCommands: number): void {
  fc.assert(
    fc.property(fc.commands(commands, { maxCommands, size: "large" }), (cmds) => {
      const model = new Model(debug ? 32 : 0)
      const heap = createAllocator({ debug })
      fc.modelRun(() => ({ model, real: heap }), cmds)
      // Free everything: every arena but the one CPython keeps goes back, raw memory too.
      for (const addr of [...model.order]) heap[model.blocks.get(addr)!.domain].free(addr)
      const s = heap.stats()
      expect(s.poolsInUse).toBe(0)
      expect(s.arenasInUse).toBeLessThanOrEqual(1)
      expect(s.mappedBytes).toBe(s.arenasInUse * ARENA_SIZE)
      expect(s.bytesInUse).toBe(0)
      expect(heap.problems()).toEqual([])
    }),
    { numRuns },
  )
}

describe("allocator against a model", () => {
  it("keeps every invariant over random command sequences", () => {
    runAll(false, 120, 200)
  })
  it("does the same in debug mode", () => {
    runAll(true, 40, 150)
  })
  it("survives a long churn of thousands of small blocks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 512 }), fc.nat()), {
          minLength: 3000,
          maxLength: 3000,
        }),
        (ops) => {
          const h = createAllocator()
          const live: number[] = []
          for (const [n, r] of ops) {
            if (live.length > 0 && r % 3 === 0) h.free(live.splice(r % live.length, 1)[0]!)
            else live.push(h.malloc(n))
          }
          expect(h.problems()).toEqual([])
          for (const p of live) h.free(p)
          expect(h.stats().arenasInUse).toBeLessThanOrEqual(1)
          expect(h.problems()).toEqual([])
        },
      ),
      { numRuns: 10 },
    )
  })
})
