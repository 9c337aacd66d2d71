// createAllocator(): the public face of the memory layer. One allocator is one private heap
// (its own address space, arenas, raw heap, hooks and counters): two never share state.

import { checkHeap } from "./check.js"
import { DebugLayer } from "./debug.js"
import { Heap, type AllocatorOptions, type DomainAllocator } from "./domains.js"
import { HeapError } from "./errors.js"
import type { DomainName, HeapListener } from "./hooks.js"
import { inspectArenas, inspectRaw, type ArenaInfo, type RawBlockInfo } from "./inspect.js"
import type { Addr } from "./layout.js"
import { computeStats, debugMallocStats, type HeapStats } from "./stats.js"

/**
 * A private heap modelled on CPython 3.11's: pymalloc for blocks of 1..512 bytes, a raw
 * allocator for the rest. malloc/calloc/realloc/free are the object domain (PyObject_*);
 * `raw`, `mem` and `object` give each domain. Addresses are numbers; 0 means failure.
 */
export interface Allocator extends DomainAllocator {
  /** PyMem_Raw*: the raw domain (never pymalloc). */
  readonly raw: DomainAllocator
  /** PyMem_*: pymalloc, like object, but reported under its own domain. */
  readonly mem: DomainAllocator
  /** PyObject_*: the domain of Python objects (same as the allocator's own methods). */
  readonly object: DomainAllocator
  /** True when created with `debug: true`. */
  readonly debug: boolean
  /** A copy of `length` bytes of the live block at `address`, from `offset`. */
  read(address: Addr, length: number, offset?: number): Uint8Array
  /** Writes `data` into the live block at `address`, from `offset`. */
  write(address: Addr, data: ArrayLike<number>, offset?: number): void
  /** Sets `length` bytes of the live block at `address` to `byte`, from `offset`. */
  fill(address: Addr, byte: number, length: number, offset?: number): void
  /** Bytes the caller may use in the block (its size class, or the request in debug mode). */
  usableSize(address: Addr): number
  /** Counters and per-class figures; walks the heap. */
  stats(): HeapStats
  /** `sys._debugmallocstats()`'s report for this heap; `extra` is appended. */
  debugmallocstats(extra?: string): string
  /** Every broken invariant, in words (empty for a sound heap). */
  problems(): string[]
  /** Throws a HeapError listing the broken invariants, if any. */
  check(): void
  /** Read-only snapshot of the arenas and pools (with block states if `blocks`). */
  arenas(options?: { blocks?: boolean }): ArenaInfo[]
  /** Read-only snapshot of the live raw-domain blocks. */
  rawBlocks(): RawBlockInfo[]
  /** Subscribes to allocation events of some or all domains; returns the unsubscribe function. */
  subscribe(listener: HeapListener, domains?: readonly DomainName[]): () => void
}

function throwProblems(problems: string[]): void {
  if (problems.length > 0) {
    throw new HeapError("corrupted heap", 0, `heap check failed:\n  ${problems.join("\n  ")}`)
  }
}

/** The release-mode allocator: a Heap with the inspection API. */
class HeapAllocator extends Heap implements Allocator {
  readonly debug = false
  read(address: Addr, length: number, offset = 0): Uint8Array {
    return this.view(address, offset, length).slice()
  }
  write(address: Addr, data: ArrayLike<number>, offset = 0): void {
    this.view(address, offset, data.length).set(data)
  }
  fill(address: Addr, byte: number, length: number, offset = 0): void {
    this.view(address, offset, length).fill(byte)
  }
  stats(): HeapStats {
    return computeStats(this)
  }
  debugmallocstats(extra?: string): string {
    return debugMallocStats(this, extra)
  }
  problems(): string[] {
    return checkHeap(this)
  }
  check(): void {
    throwProblems(this.problems())
  }
  arenas(options?: { blocks?: boolean }): ArenaInfo[] {
    return inspectArenas(this, options?.blocks ?? false)
  }
  rawBlocks(): RawBlockInfo[] {
    return inspectRaw(this)
  }
}

/** The debug-mode allocator: the same API over a DebugLayer. */
class DebugAllocator implements Allocator {
  readonly debug = true
  readonly base: Heap
  readonly layer: DebugLayer
  readonly raw: DomainAllocator
  readonly mem: DomainAllocator
  readonly object: DomainAllocator

  constructor(options: AllocatorOptions) {
    this.base = new Heap(options)
    this.layer = new DebugLayer(this.base)
    this.raw = this.domain(0)
    this.mem = this.domain(1)
    this.object = this.domain(2)
  }

  private domain(d: number): DomainAllocator {
    const layer = this.layer
    const hooks = layer.hooks
    return {
      malloc: (size) => {
        const p = layer.malloc(d, size, false)
        const l = hooks.active[d]!
        if (l !== null && p !== 0) hooks.alloc(l, d, p, size)
        return p
      },
      calloc: (count, size) => {
        const n = count * size
        const p = count >>> 0 === count ? layer.malloc(d, n, true) : layer.malloc(d, count, true)
        const l = hooks.active[d]!
        if (l !== null && p !== 0) hooks.alloc(l, d, p, n)
        return p
      },
      realloc: (address, size) => {
        const p = layer.realloc(d, address, size)
        const l = hooks.active[d]!
        if (l !== null && p !== 0) {
          if (address === 0) hooks.alloc(l, d, p, size)
          else hooks.realloc(l, d, address, p, size)
        }
        return p
      },
      free: (address) => {
        layer.free(d, address)
        const l = hooks.active[d]!
        if (l !== null && address !== 0) hooks.free(l, d, address)
      },
    }
  }

  malloc(size: number): Addr {
    return this.object.malloc(size)
  }
  calloc(count: number, size: number): Addr {
    return this.object.calloc(count, size)
  }
  realloc(address: Addr, size: number): Addr {
    return this.object.realloc(address, size)
  }
  free(address: Addr): void {
    this.object.free(address)
  }
  read(address: Addr, length: number, offset = 0): Uint8Array {
    return this.layer.view(address, offset, length).slice()
  }
  write(address: Addr, data: ArrayLike<number>, offset = 0): void {
    this.layer.view(address, offset, data.length).set(data)
  }
  fill(address: Addr, byte: number, length: number, offset = 0): void {
    this.layer.view(address, offset, length).fill(byte)
  }
  usableSize(address: Addr): number {
    return this.layer.size(address)
  }
  stats(): HeapStats {
    return computeStats(this.base)
  }
  debugmallocstats(extra?: string): string {
    return debugMallocStats(this.base, extra)
  }
  problems(): string[] {
    return [...checkHeap(this.base), ...this.layer.problems()]
  }
  check(): void {
    throwProblems(this.problems())
  }
  arenas(options?: { blocks?: boolean }): ArenaInfo[] {
    return inspectArenas(this.base, options?.blocks ?? false)
  }
  rawBlocks(): RawBlockInfo[] {
    return inspectRaw(this.base)
  }
  subscribe(listener: HeapListener, domains?: readonly DomainName[]): () => void {
    return this.layer.hooks.subscribe(listener, domains)
  }
}

/**
 * Creates a private heap. `debug: true` is PYTHONMALLOC=debug (pads, 0xCD/0xDD/0xFD fills,
 * serial numbers, precise HeapErrors); `maxMemory` caps the bytes obtained for arenas and raw
 * blocks, after which malloc returns 0.
 */
export function createAllocator(options: AllocatorOptions = {}): Allocator {
  return options.debug ? new DebugAllocator(options) : new HeapAllocator(options)
}
