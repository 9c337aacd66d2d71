// Debug mode: PYTHONMALLOC=debug. Every block gets a header and a trailer around the caller's
// bytes, fresh memory is filled with CLEANBYTE, freed memory with DEADBYTE, and frees, reallocs,
// byte accesses and check() verify it all, reporting the address and the allocation serial.
// @cpython Objects/obmalloc.c _PyMem_DebugRawAlloc, _PyMem_DebugRawFree, _PyMem_DebugCheckAddress
//
// The layout is CPython's with PYMEM_DEBUG_SERIALNO (a build option, off in release builds:
// there the trailer lacks the serial and a block costs n + 24 bytes instead of n + 32):
//
//             ┌──────────────────────────────┐
//   p-16      │ n, big-endian size_t         │  bytes originally requested
//   p-8       │ API id: 'r', 'm' or 'o'      │
//   p-7       │ 7 × FORBIDDENBYTE (0xfd)     │  leading pad
//   p         │ n bytes of data (0xcd fresh) │  ◄── address returned (and reported to hooks)
//   p+n       │ 8 × FORBIDDENBYTE (0xfd)     │  trailing pad
//   p+n+8     │ serial, big-endian           │  which allocation this is
//             └──────────────────────────────┘  underlying block: n + 32 bytes
//
// Block states: live (in `live`), freed (in `freed`, filled with 0xdd past the free link,
// remembered until the address is reused or 65 536 more frees happen), or unknown.

import { NumMap } from "../util/num-map.js"
import { HeapError, hex, type HeapErrorKind } from "./errors.js"
import type { Heap } from "./domains.js"
import { DOMAIN_NAMES, Hooks } from "./hooks.js"
import { classSize, sizeClassOf, type Addr } from "./layout.js"

/** Filler of fresh (malloc'd, not calloc'd) memory. */
export const CLEANBYTE = 0xcd
/** Filler of freed memory. */
export const DEADBYTE = 0xdd
/** Filler of the pads around each block. */
export const FORBIDDENBYTE = 0xfd
/** Bytes a debug block adds to the request: header 16, trailer 16. */
export const DEBUG_OVERHEAD = 32
const API_IDS = ["r", "m", "o"] as const
const FREED_MEMORY = 65536

interface Live {
  serial: number
  size: number
  domain: number
  /** For freed pymalloc blocks: their pool's generation when freed (see check below). */
  generation?: number
}

/** The debug layer over a Heap: the same API, with every block padded and checked. */
export class DebugLayer {
  readonly hooks = new Hooks()
  /** Next serial number (CPython's serialno, bumped on every malloc and realloc). */
  serial = 0
  readonly live = new NumMap<Live>()
  readonly freed = new Map<Addr, Live>()

  constructor(readonly base: Heap) {}

  private error(kind: HeapErrorKind, p: Addr, info: Live | undefined, what: string): HeapError {
    const head = info
      ? `Debug memory block at address p=${hex(p)}: API '${API_IDS[info.domain]}', ` +
        `serial ${info.serial}, ${info.size} bytes originally requested`
      : `Debug memory block at address p=${hex(p)}`
    return new HeapError(kind, p, `${head}: ${what}`, info?.serial ?? 0)
  }

  /** Bytes of the underlying block of live user block `p`, header included. */
  private inner(p: Addr, size: number): Uint8Array {
    return this.base.view(p - 16, 0, size + DEBUG_OVERHEAD)
  }

  /** A new padded block of `n` bytes in domain `d` (zeroed if `zero`); 0 on failure. */
  malloc(d: number, n: number, zero: boolean): Addr {
    if (n >>> 0 !== n) return zero ? this.base.callocRaw(d, 1, n) : this.base.mallocRaw(d, n)
    const q = zero
      ? this.base.callocRaw(d, 1, n + DEBUG_OVERHEAD)
      : this.base.mallocRaw(d, n + DEBUG_OVERHEAD)
    if (q === 0) return 0
    const p = q + 16
    const info = { serial: ++this.serial, size: n, domain: d }
    const v = this.inner(p, n)
    writeBE(v, 0, n)
    v[8] = API_IDS[d]!.charCodeAt(0)
    v.fill(FORBIDDENBYTE, 9, 16)
    if (!zero) v.fill(CLEANBYTE, 16, 16 + n)
    v.fill(FORBIDDENBYTE, 16 + n, 24 + n)
    writeBE(v, 24 + n, info.serial)
    this.live.set(p, info)
    this.freed.delete(p)
    return p
  }

  /** The live block `p` of domain `d`, after checking its id and pads; throws otherwise. */
  private verify(d: number, p: Addr, op: string): Live {
    const info = this.live.get(p)
    if (info === undefined) {
      const old = this.freed.get(p)
      if (old !== undefined) throw this.error("double free", p, old, `${op} of a freed block`)
      throw this.error("foreign address", p, undefined, `${op} of an address that is not a block`)
    }
    if (info.domain !== d && (d === 0 || info.domain === 0)) {
      throw this.error(
        "bad domain",
        p,
        info,
        `bad ID: allocated using API '${API_IDS[info.domain]}', verified using API '${API_IDS[d]}'`,
      )
    }
    const problem = this.padProblem(p, info)
    if (problem !== null) throw this.error(problem[0], p, info, `${op}: ${problem[1]}`)
    return info
  }

  /** Describes damage to the pads of live block `p`, or null. */
  padProblem(p: Addr, info: Live): [HeapErrorKind, string] | null {
    const v = this.inner(p, info.size)
    for (let i = 9; i < 16; i++) {
      if (v[i] !== FORBIDDENBYTE) {
        return [
          "buffer underflow",
          `the 7 pad bytes at p-7 are not all FORBIDDENBYTE (0xfd): at p-${16 - i}: 0x${v[i]!.toString(16)}`,
        ]
      }
    }
    if (readBE(v, 0) !== info.size) return ["buffer underflow", "the size header was overwritten"]
    for (let i = 0; i < 8; i++) {
      const b = v[16 + info.size + i]!
      if (b !== FORBIDDENBYTE) {
        return [
          "buffer overflow",
          `the 8 pad bytes at tail=${hex(p + info.size)} are not all FORBIDDENBYTE (0xfd): ` +
            `at tail+${i}: 0x${b.toString(16)}`,
        ]
      }
    }
    if (readBE(v, 24 + info.size) !== info.serial) {
      return ["buffer overflow", "the serial number after the tail pad was overwritten"]
    }
    return null
  }

  /** Checks block `p` (domain, pads), fills it with DEADBYTE and frees it. */
  free(d: number, p: Addr): void {
    if (p === 0) return
    const info = this.verify(d, p, "free")
    this.inner(p, info.size).fill(DEADBYTE)
    this.base.freeRaw(d, p - 16)
    this.forget(p, info)
  }

  private forget(p: Addr, info: Live): void {
    this.live.delete(p)
    info.generation = this.base.py.poolGeneration(p - 16)
    this.freed.set(p, info)
    if (this.freed.size > FREED_MEMORY) this.freed.delete(this.freed.keys().next().value!)
  }

  /** Checks block `p`, resizes it (the serial changes) and re-pads it; 0 keeps the old block. */
  realloc(d: number, p: Addr, n: number): Addr {
    if (p === 0) return this.malloc(d, n, false)
    const info = this.verify(d, p, "realloc")
    if (n >>> 0 !== n) return this.base.reallocRaw(d, p - 16, n)
    const old = info.size
    const oldInner = this.base.usableSize(p - 16)
    // The old trailer must not survive as stale pads inside the new data.
    this.inner(p, old).fill(DEADBYTE, 16 + old)
    const q = this.base.reallocRaw(d, p - 16, n + DEBUG_OVERHEAD)
    if (q === 0) {
      // Failure keeps the old block: restore its trailer.
      const v = this.inner(p, old)
      v.fill(FORBIDDENBYTE, 16 + old, 24 + old)
      writeBE(v, 24 + old, info.serial)
      return 0
    }
    const np = q + 16
    if (np !== p) {
      this.forget(p, info)
      if (this.base.py.where(p - 16) > 0) {
        // Freed pymalloc block: mark it dead, keeping the free link in its first 8 bytes.
        const py = this.base.py
        py.arenas.u8[py.locArena]!.fill(DEADBYTE, py.locOffset + 8, py.locOffset + oldInner)
      }
    }
    const next = { serial: ++this.serial, size: n, domain: d }
    const v = this.inner(np, n)
    writeBE(v, 0, n)
    if (n > old) v.fill(CLEANBYTE, 16 + old, 16 + n)
    v.fill(FORBIDDENBYTE, 16 + n, 24 + n)
    writeBE(v, 24 + n, next.serial)
    this.live.set(np, next)
    this.freed.delete(np)
    return np
  }

  /** Bytes [offset, offset+length) of live block `p`; pads may be touched (and caught later). */
  view(p: Addr, offset: number, length: number): Uint8Array {
    const info = this.live.get(p)
    if (info === undefined) {
      const old = this.freed.get(p)
      if (old !== undefined) throw this.error("use after free", p, old, "access to a freed block")
      throw this.error("foreign address", p, undefined, "access to an address that is not a block")
    }
    if (!(offset >= -16 && length >= 0 && offset + length <= info.size + 16)) {
      throw this.error(
        "out of bounds",
        p,
        info,
        `bytes [${offset}, ${offset + length}) are beyond the block and its pads`,
      )
    }
    return this.base.view(p - 16, 16 + offset, length)
  }

  /** Requested size of live block `p`. */
  size(p: Addr): number {
    const info = this.live.get(p)
    if (info === undefined) return this.view(p, 0, 0).length
    return info.size
  }

  /** Pad damage of every live block and writes into remembered freed pymalloc blocks. */
  problems(): string[] {
    const out: string[] = []
    for (const [p, info] of this.live) {
      const pr = this.padProblem(p, info)
      if (pr !== null) out.push(`${pr[0]} in block ${hex(p)} (serial ${info.serial}): ${pr[1]}`)
    }
    const py = this.base.py
    for (const [p, info] of this.freed) {
      // Only blocks still on their pool's free list, in the same pool initialisation: a pool
      // that emptied and was set up again (maybe for another class) holds new data there.
      const bs = py.where(p - 16)
      if (
        bs !== classSize(sizeClassOf(info.size + DEBUG_OVERHEAD)) ||
        py.poolGeneration(p - 16) !== info.generation ||
        !py.isFreeBlock(p - 16)
      ) {
        continue
      }
      const u8 = py.arenas.u8[py.locArena]!
      const end = py.locOffset + info.size + DEBUG_OVERHEAD
      for (let i = py.locOffset + 8; i < end; i++) {
        if (u8[i] !== DEADBYTE) {
          out.push(`use after free: freed block ${hex(p)} (serial ${info.serial}) was written to`)
          break
        }
      }
    }
    return out
  }

  /** Domain name of live block `p` (for messages). */
  domainOf(p: Addr): string {
    const info = this.live.get(p)
    return info ? DOMAIN_NAMES[info.domain]! : "?"
  }
}

function writeBE(v: Uint8Array, at: number, value: number): void {
  for (let i = 7; i >= 0; i--) {
    v[at + i] = value % 256
    value = Math.floor(value / 256)
  }
}

function readBE(v: Uint8Array, at: number): number {
  let x = 0
  for (let i = 0; i < 8; i++) x = x * 256 + v[at + i]!
  return x
}
