// The three allocator domains of PEP 445 over one heap, and the Heap that owns everything.
// @cpython Objects/obmalloc.c _PyObject_Malloc, _PyObject_Calloc, _PyObject_Realloc,
//          _PyObject_Free, pymalloc_realloc, _PyMem_RawMalloc
//
//   raw     ──────────────────────────────────────────►  RawAllocator (raw.ts)
//   mem     ─┐   1..512 bytes   ┌─► Pymalloc (obmalloc.ts) ─ arenas ─ pools ─ blocks
//   object  ─┴──────────────────┤
//                 0, >512, or no arena left └─► RawAllocator (counted in rawAllocatedBlocks)
//
// mem and object share pymalloc's state, as in CPython; they differ only in which hooks
// (and, in debug mode, which API id) they report.

import { AddressSpace, MemoryBudget } from "./address-space.js"
import { HeapError, hex } from "./errors.js"
import { DomainId, Hooks, type DomainName, type HeapListener } from "./hooks.js"
import { SMALL_REQUEST_THRESHOLD, type Addr } from "./layout.js"
import { Pymalloc } from "./obmalloc.js"
import { RAW_HEAP_BASE, RawAllocator, rawUsable } from "./raw.js"

/** malloc/calloc/realloc/free of one domain. Addresses are numbers; 0 means failure. */
export interface DomainAllocator {
  /** Allocates `size` bytes (contents unspecified; 0xCD in debug mode). */
  malloc(size: number): Addr
  /** Allocates `count * size` zeroed bytes; 0 on overflow. */
  calloc(count: number, size: number): Addr
  /** Resizes the block at `address` (0 = malloc); on failure returns 0 and keeps the block. */
  realloc(address: Addr, size: number): Addr
  /** Frees the block at `address`; 0 is a no-op. */
  free(address: Addr): void
}

/** Options of createAllocator(). */
export interface AllocatorOptions {
  /** PYTHONMALLOC=debug: pads, forbidden-byte fills, serial numbers and precise errors. */
  debug?: boolean
  /** Upper bound, in bytes, on memory obtained for arenas and raw blocks (--max-memory). */
  maxMemory?: number
}

/** Sizes above this (or not integers) are never served. */
const MAX_SIZE = 2 ** 53

/**
 * The non-debug heap: pymalloc plus the raw allocator, with the domain entry points, hooks
 * and counters. Its malloc/free are the hot paths of every Python object allocation.
 */
export class Heap {
  readonly space = new AddressSpace()
  readonly budget: MemoryBudget
  readonly py: Pymalloc
  readonly rawHeap: RawAllocator
  readonly hooks = new Hooks()
  /** Blocks the mem/object domains placed in the raw domain (CPython raw_allocated_blocks). */
  rawAllocatedBlocks = 0
  /** The object domain's listeners (a copy of hooks.active[2], read on the fast paths). */
  objectHooks: HeapListener[] | null = null
  readonly raw: DomainAllocator
  readonly mem: DomainAllocator
  readonly object: DomainAllocator

  constructor(options: AllocatorOptions = {}) {
    const limit = options.maxMemory ?? Infinity
    if (!(limit >= 0)) throw new Error("maxMemory must be a non-negative number of bytes")
    this.budget = new MemoryBudget(limit)
    this.py = new Pymalloc(this.space, this.budget)
    this.rawHeap = new RawAllocator(this.space, this.budget, this.py)
    this.hooks.onChange = () => (this.objectHooks = this.hooks.active[DomainId.object]!)
    this.raw = this.domain(DomainId.raw)
    this.mem = this.domain(DomainId.mem)
    this.object = this.domain(DomainId.object)
  }

  private domain(d: number): DomainAllocator {
    return {
      malloc: (size) => this.mallocIn(d, size),
      calloc: (count, size) => this.callocIn(d, count, size),
      realloc: (address, size) => this.reallocIn(d, address, size),
      free: (address) => this.freeIn(d, address),
    }
  }

  /** Object-domain malloc (PyObject_Malloc): the fast path. */
  malloc(size: number): Addr {
    const p = this.py.alloc(size)
    // The `+` keeps every path's result an unboxed double, so V8 allocates no HeapNumber.
    if (p === 0 || this.objectHooks !== null) return +this.mallocTail(p, size)
    return p
  }

  /**
   * malloc's rare endings: pymalloc did not serve the request (0, more than 512 bytes, not a
   * size, no memory left: the general path decides), or someone listens.
   */
  private mallocTail(p: Addr, size: number): Addr {
    if (p === 0) return this.mallocIn(2, size)
    this.hooks.alloc(this.objectHooks!, 2, p, size)
    return p
  }

  /** Object-domain free (PyObject_Free): the fast path. */
  free(address: Addr): void {
    // Listeners, or not a pymalloc block (0, raw, foreign): the general path.
    if (this.objectHooks !== null || !this.py.free(address)) this.freeIn(2, address)
  }

  /** Object-domain calloc. */
  calloc(count: number, size: number): Addr {
    return this.callocIn(2, count, size)
  }

  /** Object-domain realloc. */
  realloc(address: Addr, size: number): Addr {
    return this.reallocIn(2, address, size)
  }

  /** Bytes in live blocks: pymalloc block sizes plus raw requested sizes. */
  bytesInUse(): number {
    return this.py.inUse
  }

  /** A size that is not a uint32: 0 for a too-big integer, an error for anything else. */
  private badSize(size: number): Addr {
    if (Number.isInteger(size) && size >= 0) return 0
    throw new HeapError("bad argument", 0, `size must be a non-negative integer, not ${size}`)
  }

  private rawFallback(size: number): Addr {
    const p = this.rawHeap.malloc(size)
    if (p !== 0) this.rawAllocatedBlocks++
    return p
  }

  private freeRawFallback(address: Addr): void {
    if (this.rawHeap.free(address)) {
      this.rawAllocatedBlocks--
      return
    }
    throw new HeapError("foreign address", address, `free of ${hex(address)}: not a live block`)
  }

  /** malloc in domain `d` without hooks (also the debug layer's underlying allocator). */
  mallocRaw(d: number, size: number): Addr {
    if (size >>> 0 !== size) return this.badSize(size)
    if (d === DomainId.raw) return this.rawHeap.malloc(size)
    const p = this.py.alloc(size)
    return p === 0 ? this.rawFallback(size) : p
  }

  /** free in domain `d` without hooks. */
  freeRaw(d: number, address: Addr): void {
    if (address === 0) return
    if (d === DomainId.raw) {
      if (this.rawHeap.free(address)) return
      if (this.py.arenas.arenaOf(address) >= 0) {
        throw new HeapError(
          "bad domain",
          address,
          `raw free of ${hex(address)}: a pymalloc block; free it with mem or object`,
        )
      }
      throw new HeapError("foreign address", address, `free of ${hex(address)}: not a live block`)
    }
    if (!this.py.free(address)) this.freeRawFallback(address)
  }

  /** calloc in domain `d` without hooks. */
  callocRaw(d: number, count: number, size: number): Addr {
    if (count >>> 0 !== count) return this.badSize(count)
    if (size >>> 0 !== size) return this.badSize(size)
    const n = count * size
    if (n > MAX_SIZE) return 0
    if (d !== DomainId.raw && n >= 1 && n <= SMALL_REQUEST_THRESHOLD) {
      const p = this.py.alloc(n)
      if (p !== 0) {
        this.py.locate(p)
        this.py.arenas.u8[this.py.locArena]!.fill(0, this.py.locOffset, this.py.locOffset + n)
        return p
      }
    }
    // Count 0 is served as 1 byte, as PyMem_RawCalloc does.
    const p = this.rawHeap.malloc(n, true)
    if (p !== 0 && d !== DomainId.raw) this.rawAllocatedBlocks++
    return p
  }

  /**
   * realloc in domain `d` without hooks. A pymalloc block stays put when the new size fits its
   * class and shrinks by less than a quarter; otherwise it moves (to raw above 512 bytes). A
   * raw block stays raw. @cpython pymalloc_realloc
   */
  reallocRaw(d: number, address: Addr, size: number): Addr {
    if (size >>> 0 !== size) return this.badSize(size)
    if (address === 0) return this.mallocRaw(d, size)
    if (d !== DomainId.raw) {
      const bs = this.py.blockSize(address)
      if (bs === 0) throw this.notLive(address)
      if (bs > 0) {
        let copy = bs
        if (size <= bs) {
          if (4 * size > 3 * bs) return address
          copy = size
        }
        const np = this.mallocRaw(d, size)
        if (np === 0) return 0
        this.copyBlock(address, np, copy)
        this.py.free(address)
        return np
      }
    } else if (this.py.arenas.arenaOf(address) >= 0) {
      throw new HeapError("bad domain", address, `raw realloc of pymalloc block ${hex(address)}`)
    }
    if (!this.rawHeap.blocks.has(address)) throw this.notLive(address)
    return this.rawHeap.realloc(address, size)
  }

  private notLive(address: Addr): HeapError {
    return new HeapError("foreign address", address, `${hex(address)} is not a live block`)
  }

  /** Copies `n` bytes from the start of block `src` to the start of block `dst`. */
  copyBlock(src: Addr, dst: Addr, n: number): void {
    // Word by word when both blocks are in int32-addressable memory (pools, the raw heap
    // segment): no view objects, and blocks are 16-byte aligned. The last partial word is
    // copied byte by byte so no byte past `n` is touched.
    const s32 = this.words(src)
    const so = this.wordOffset
    const d32 = this.words(dst)
    const dOff = this.wordOffset
    if (s32 === null || d32 === null) {
      this.rawBytes(dst, n).set(this.rawBytes(src, n))
      return
    }
    const whole = n >> 2
    for (let i = 0; i < whole; i++) d32[dOff + i] = s32[so + i]!
    if ((n & 3) !== 0) {
      const s8 = new Uint8Array(s32.buffer, s32.byteOffset + (so + whole) * 4, n & 3)
      new Uint8Array(d32.buffer, d32.byteOffset + (dOff + whole) * 4, n & 3).set(s8)
    }
  }

  private wordOffset = 0

  /** The int32 array holding block `address` (offset in wordOffset), or null if mapped. */
  private words(address: Addr): Int32Array | null {
    const py = this.py
    if (py.where(address) > 0) {
      this.wordOffset = py.locOffset >> 2
      return py.views[py.locArena]!
    }
    const b = this.rawHeap.blocks.get(address)!
    if (b.mapped) return null
    this.wordOffset = (address - RAW_HEAP_BASE) >> 2
    return this.rawHeap.segment32
  }

  /** The first `n` bytes of a block known to exist (no liveness check: internal copies). */
  private rawBytes(address: Addr, n: number): Uint8Array {
    const py = this.py
    if (py.where(address) > 0) {
      return py.arenas.u8[py.locArena]!.subarray(py.locOffset, py.locOffset + n)
    }
    return this.rawHeap.bytesOf(this.rawHeap.blocks.get(address)!).subarray(0, n)
  }

  /**
   * A Uint8Array view of bytes [offset, offset+length) of the live block at `address`, checked
   * against the block's usable size. The view aliases heap memory: do not keep it.
   */
  view(address: Addr, offset: number, length: number): Uint8Array {
    const size = this.py.locate(address)
    let bytes: Uint8Array
    let start: number
    let usable: number
    if (size > 0) {
      bytes = this.py.arenas.u8[this.py.locArena]!
      start = this.py.locOffset
      usable = size
    } else {
      const b = size < 0 ? this.rawHeap.blocks.get(address) : undefined
      if (b === undefined) throw this.notLive(address)
      bytes = this.rawHeap.bytesOf(b)
      start = 0
      usable = rawUsable(b)
    }
    if (!(offset >= 0 && length >= 0 && offset + length <= usable)) {
      throw new HeapError(
        "out of bounds",
        address,
        `bytes [${offset}, ${offset + length}) are outside the ${usable}-byte block at ${hex(address)}`,
      )
    }
    return bytes.subarray(start + offset, start + offset + length)
  }

  /** Usable size of the live block at `address` (its class size, or the raw capacity). */
  usableSize(address: Addr): number {
    const size = this.py.locate(address)
    if (size > 0) return size
    const b = size < 0 ? this.rawHeap.blocks.get(address) : undefined
    if (b === undefined) throw this.notLive(address)
    return rawUsable(b)
  }

  /** malloc in domain `d`, reporting to its hooks. */
  mallocIn(d: number, size: number): Addr {
    const p = this.mallocRaw(d, size)
    const l = this.hooks.active[d]!
    if (l !== null && p !== 0) this.hooks.alloc(l, d, p, size)
    return p
  }

  /** calloc in domain `d`, reporting to its hooks. */
  callocIn(d: number, count: number, size: number): Addr {
    const p = this.callocRaw(d, count, size)
    const l = this.hooks.active[d]!
    if (l !== null && p !== 0) this.hooks.alloc(l, d, p, count * size)
    return p
  }

  /** realloc in domain `d`, reporting to its hooks (one event, even when the block moves). */
  reallocIn(d: number, address: Addr, size: number): Addr {
    const p = this.reallocRaw(d, address, size)
    const l = this.hooks.active[d]!
    if (l !== null && p !== 0) {
      if (address === 0) this.hooks.alloc(l, d, p, size)
      else this.hooks.realloc(l, d, address, p, size)
    }
    return p
  }

  /** free in domain `d`, reporting to its hooks. */
  freeIn(d: number, address: Addr): void {
    if (address === 0) return
    this.freeRaw(d, address)
    const l = this.hooks.active[d]!
    if (l !== null) this.hooks.free(l, d, address)
  }

  /** Subscribes to allocation events; returns the unsubscribe function. */
  subscribe(listener: HeapListener, domains?: readonly DomainName[]): () => void {
    return this.hooks.subscribe(listener, domains)
  }
}
