// Open-addressing probes over 64-bit hashes, shared by dict and set.
//
// CPython probes a table of 2^k slots with the full 64-bit Py_hash_t:
//
//   i = hash & mask;  perturb = (size_t)hash
//   next:  perturb >>= 5;  i = (i*5 + perturb + 1) & mask      (dict: shift first)
//
// The high bits of the hash come into play through `perturb`, so a table
// whose keys collide in the low bits is only laid out as CPython lays it out
// (and iterated in the same order) if all 64 bits take part. A hash reaches
// us as a JS number when it is a safe integer, else as a bigint (the same
// normalization as int payloads), so we split it into two unsigned 32-bit
// halves once and shift the pair.
//
// @cpython Objects/dictobject.c (PERTURB_SHIFT), Objects/setobject.c

/** A hash as the containers see it: a safe-integer number or a bigint (never -1). */
export type Hash = number | bigint

/** PERTURB_SHIFT. */
export const PERTURB_SHIFT = 5

/** The probe state of one lookup: the perturb value as two unsigned 32-bit halves. */
export class Perturb {
  lo: number
  hi: number
  constructor() {
    this.lo = 0
    this.hi = 0
  }

  /** Loads `(size_t)hash` and returns `hash & mask` (mask < 2^31). */
  start(h: Hash, mask: number): number {
    if (typeof h === "number") {
      this.lo = h >>> 0
      this.hi = Math.floor(h / 4294967296) >>> 0
    } else {
      this.lo = Number(BigInt.asUintN(32, h))
      this.hi = Number(BigInt.asUintN(32, h >> 32n))
    }
    return this.lo & mask
  }

  /** perturb >>= PERTURB_SHIFT. */
  shift(): void {
    this.lo = ((this.lo >>> PERTURB_SHIFT) | (this.hi << (32 - PERTURB_SHIFT))) >>> 0
    this.hi = this.hi >>> PERTURB_SHIFT
  }

  /** (i*5 + 1 + perturb) & mask, using the low half only (mask < 2^31). */
  next(i: number, mask: number): number {
    return (i * 5 + 1 + this.lo) & mask
  }
}

/** The low 32 bits of a hash as an unsigned number (for `hash & mask`). */
export function hashLow(h: Hash): number {
  return typeof h === "number" ? h >>> 0 : Number(BigInt.asUintN(32, h))
}

/** A hash as a signed 64-bit bigint. */
export function hashToBig(h: Hash): bigint {
  return typeof h === "number" ? BigInt(h) : BigInt.asIntN(64, h)
}

/** Normalizes a signed 64-bit hash to the Hash form (number when safe, else bigint). */
export function hashFromBig(b: bigint): Hash {
  b = BigInt.asIntN(64, b)
  if (b === -1n) b = -2n
  const n = Number(b)
  return Number.isSafeInteger(n) ? n : b
}

/** What probeLo/probeHi need to know about a key: its type and, for strs, the cached halves. */
interface HalvesCache {
  hashLo: number
  hashHi: number
}

/**
 * The low 32 bits of `h` (the hash of `key`). For an exact str (`isStr`) the
 * halves are cached in its StrInfo (`key.w`), so probing with a str key
 * does no BigInt arithmetic after the first time.
 */
export function probeLo(h: Hash, w: unknown, isStr: boolean): number {
  if (typeof h === "number") return h >>> 0
  if (isStr) {
    const c = w as HalvesCache
    if (c.hashLo < 0) cacheHalves(c, h)
    return c.hashLo
  }
  return Number(BigInt.asUintN(32, h))
}

/** The high 32 bits of `h` as an unsigned number (see probeLo). */
export function probeHi(h: Hash, w: unknown, isStr: boolean): number {
  if (typeof h === "number") return Math.floor(h / 4294967296) >>> 0
  if (isStr) {
    const c = w as HalvesCache
    if (c.hashLo < 0) cacheHalves(c, h)
    return c.hashHi
  }
  return Number(BigInt.asUintN(32, h >> 32n))
}

function cacheHalves(c: HalvesCache, h: bigint): void {
  c.hashLo = Number(BigInt.asUintN(32, h))
  c.hashHi = Number(BigInt.asUintN(32, h >> 32n))
}
