// Python's hash functions (CPython 3.11, 64-bit, sys.hash_info).
//
// Numbers hash by their value modulo the Mersenne prime P = 2^61 - 1, so that
// equal numbers of different types hash alike (hash(1) == hash(1.0) ==
// hash(1+0j)); see Python/pyhash.c. str and bytes hash with SipHash-1-3
// keyed by the hash secret; heapscope behaves like PYTHONHASHSEED=0, whose
// key is all zeros, so set and dict layouts match `PYTHONHASHSEED=0 python3`.
//
// Two forms of a hash value:
//   exact  the signed 64-bit Py_hash_t as a bigint: what hash() prints.
//   H      the form tp_hash returns (a JS number): the exact value when
//          |h| < 2^52, else h wrapped into 53 signed bits
//          (H ≡ h mod 2^53, -2^52 <= H < 2^52; never -1).
// H keeps the low 53 bits exactly, so table indices (h & mask) and the first
// rounds of perturbation agree with CPython. Everything derived from the high
// bits (hash() output of big values, tuple hashes that rotate high bits down)
// needs the exact form: see docs/internals/numbers-and-text.md §Hashing.
//
// @cpython Python/pyhash.c, Objects/longobject.c long_hash, Objects/floatobject.c

import type { IntValue } from "./int.js"

/** _PyHASH_BITS and _PyHASH_MODULUS = 2^61 - 1. */
export const HASH_BITS = 61
export const HASH_MODULUS = (1n << 61n) - 1n
/** _PyHASH_INF, _PyHASH_IMAG. */
export const HASH_INF = 314159
export const HASH_IMAG = 1000003

const TWO52 = 2 ** 52
const TWO53 = 2 ** 53
const MODULUS_NUM = 2 ** 61 - 1 // not exact as a double; only used for a cheap range test

/** H form of an exact 64-bit hash. */
export function hashFromBig(h: bigint): number {
  const low = Number(BigInt.asUintN(53, h))
  const r = low >= TWO52 ? low - TWO53 : low
  return r === -1 ? -2 : r
}

/** H form of a hash given as two unsigned 32-bit halves. */
export function hashFromHalves(hi: number, lo: number): number {
  const low = (hi & 0x1fffff) * 2 ** 32 + lo
  const r = low >= TWO52 ? low - TWO53 : low
  return r === -1 ? -2 : r
}

/** Exact signed 64-bit value from two unsigned 32-bit halves. */
export function bigFromHalves(hi: number, lo: number): bigint {
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0))
}

/** The hash of an int value, exact (long_hash). */
export function hashIntExact(v: IntValue): bigint {
  const b = typeof v === "bigint" ? v : BigInt(v)
  const a = b < 0n ? -b : b
  let r = a % HASH_MODULUS
  if (b < 0n) r = -r
  return r === -1n ? -2n : r
}

/** The hash of an int value in H form (fast for safe integers, where hash(n) == n). */
export function hashInt(v: IntValue): number {
  if (typeof v === "number") return v === -1 ? -2 : v
  return hashFromBig(hashIntExact(v))
}

/** The hash of a finite or infinite non-NaN double, exact (_Py_HashDouble). NaN: see hashPointer. */
export function hashFloatExact(x: number): bigint {
  if (Number.isInteger(x) && Math.abs(x) < MODULUS_NUM) return hashIntExact(BigInt(x))
  if (!Number.isFinite(x)) return x > 0 ? BigInt(HASH_INF) : -BigInt(HASH_INF)
  if (Number.isInteger(x)) return hashIntExact(BigInt(x))
  // x = m × 2^e with an integer m of at most 53 bits and e < 0.
  const sign = x < 0 ? -1n : 1n
  let m = Math.abs(x)
  let e = 0
  while (!Number.isInteger(m)) {
    m *= 2 ** 32
    e -= 32
  }
  // m may now exceed 2^53 but it is exact (scaling by a power of two); back off trailing zeros.
  let mb = BigInt(m)
  while ((mb & 1n) === 0n) {
    mb >>= 1n
    e++
  }
  // 2^61 ≡ 1 (mod P), so 2^e ≡ 2^(e mod 61).
  const k = BigInt(((e % 61) + 61) % 61)
  let r = ((mb % HASH_MODULUS) << k) % HASH_MODULUS
  r *= sign
  return r === -1n ? -2n : r
}

/** The hash of a non-NaN double in H form. */
export function hashFloat(x: number): number {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x === 0 ? 0 : x
  return hashFromBig(hashFloatExact(x))
}

/** _Py_HashPointer: the address rotated right by 4 bits (object.__hash__, NaN), exact. */
export function hashPointerExact(addr: number): bigint {
  const a = BigInt(addr)
  const y = BigInt.asIntN(64, (a >> 4n) | ((a & 0xfn) << 60n))
  return y === -1n ? -2n : y
}

/** _Py_HashPointer in H form. */
export function hashPointer(addr: number): number {
  return hashFromBig(hashPointerExact(addr))
}

/** The hash of a complex number from its parts' exact hashes (complex_hash). */
export function hashComplexExact(re: number, im: number): bigint {
  const hr = Number.isNaN(re) ? 0n : hashFloatExact(re)
  const hi = Number.isNaN(im) ? 0n : hashFloatExact(im)
  // The combination is done in unsigned 64-bit arithmetic, then read as signed.
  let h = BigInt.asIntN(64, hr + BigInt(HASH_IMAG) * hi)
  if (h === -1n) h = -2n
  return h
}

// --- SipHash-1-3 ------------------------------------------------------------
//
// 64-bit words are kept as two unsigned 32-bit halves in a Uint32Array state:
//   s[0],s[1] = v0 (hi, lo)   s[2],s[3] = v1   s[4],s[5] = v2   s[6],s[7] = v3

function add64(s: Uint32Array, a: number, b: number): void {
  const lo = (s[a + 1]! + s[b + 1]!) >>> 0
  const carry = lo < s[a + 1]! ? 1 : 0
  s[a] = (s[a]! + s[b]! + carry) >>> 0
  s[a + 1] = lo
}

function rotl64(s: Uint32Array, a: number, n: number): void {
  let hi = s[a]!
  let lo = s[a + 1]!
  if (n >= 32) {
    const t = hi
    hi = lo
    lo = t
    n -= 32
  }
  if (n > 0) {
    const nh = ((hi << n) | (lo >>> (32 - n))) >>> 0
    const nl = ((lo << n) | (hi >>> (32 - n))) >>> 0
    hi = nh
    lo = nl
  }
  s[a] = hi
  s[a + 1] = lo
}

function xor64(s: Uint32Array, a: number, b: number): void {
  s[a] = (s[a]! ^ s[b]!) >>> 0
  s[a + 1] = (s[a + 1]! ^ s[b + 1]!) >>> 0
}

function halfRound(
  s: Uint32Array,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
): void {
  add64(s, a, b)
  add64(s, c, d)
  rotl64(s, b, x)
  xor64(s, b, a)
  rotl64(s, d, y)
  xor64(s, d, c)
  rotl64(s, a, 32)
}

function sipRound(s: Uint32Array): void {
  halfRound(s, 0, 2, 4, 6, 13, 16)
  halfRound(s, 4, 2, 0, 6, 17, 21)
}

function mixIn(s: Uint32Array, hi: number, lo: number): void {
  s[6] = (s[6]! ^ hi) >>> 0
  s[7] = (s[7]! ^ lo) >>> 0
  sipRound(s)
  s[0] = (s[0]! ^ hi) >>> 0
  s[1] = (s[1]! ^ lo) >>> 0
}

/**
 * SipHash-1-3 with the all-zero key of `data` (bytes), as [hi, lo] unsigned
 * 32-bit halves of the 64-bit result. Python maps a result of -1 to -2 and an
 * empty input to 0 (done by the callers, as _Py_HashBytes).
 */
export function siphash13(data: Uint8Array): [number, number] {
  // v0..v3 = k ^ "somepseudorandomlygeneratedbytes", with k0 = k1 = 0.
  const s = Uint32Array.of(
    0x736f6d65,
    0x70736575,
    0x646f7261,
    0x6e646f6d,
    0x6c796765,
    0x6e657261,
    0x74656462,
    0x79746573,
  )
  const n = data.length
  let i = 0
  for (; i + 8 <= n; i += 8) {
    const lo = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0
    const hi =
      (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0
    mixIn(s, hi, lo)
  }
  // Last block: the remaining bytes, little-endian, with the length in the top byte.
  let lo = 0
  let hi = ((n & 0xff) << 24) >>> 0
  for (let j = 0; i + j < n; j++) {
    const byte = data[i + j]!
    if (j < 4) lo = (lo | (byte << (8 * j))) >>> 0
    else hi = (hi | (byte << (8 * (j - 4)))) >>> 0
  }
  mixIn(s, hi, lo)
  s[5] = (s[5]! ^ 0xff) >>> 0
  sipRound(s)
  sipRound(s)
  sipRound(s)
  const rh = (s[0]! ^ s[2]! ^ s[4]! ^ s[6]!) >>> 0
  const rl = (s[1]! ^ s[3]! ^ s[5]! ^ s[7]!) >>> 0
  return [rh, rl]
}

/** The hash of bytes `data` in both forms (`_Py_HashBytes`). */
export function hashBytesBoth(data: Uint8Array): { h: number; exact: bigint } {
  if (data.length === 0) return { h: 0, exact: 0n }
  const [hi, lo] = siphash13(data)
  let exact = bigFromHalves(hi, lo)
  if (exact === -1n) exact = -2n
  return { h: hashFromHalves(hi, lo), exact }
}

/** The hash of bytes in H form. */
export function hashBytes(data: Uint8Array): number {
  if (data.length === 0) return 0
  const [hi, lo] = siphash13(data)
  return hashFromHalves(hi, lo)
}

/**
 * The canonical bytes CPython hashes for a str: one byte per character for
 * kind 1 (Latin-1), UCS-2 little-endian for kind 2, UCS-4 little-endian for kind 4.
 */
export function strCanonicalBytes(s: string, kind: number, length: number): Uint8Array {
  const out = new Uint8Array(length * kind)
  if (kind === 1) {
    for (let i = 0; i < length; i++) out[i] = s.charCodeAt(i)
  } else if (kind === 2) {
    for (let i = 0; i < length; i++) {
      const c = s.charCodeAt(i)
      out[2 * i] = c & 0xff
      out[2 * i + 1] = c >>> 8
    }
  } else {
    let k = 0
    for (const ch of s) {
      const c = ch.codePointAt(0)!
      out[k] = c & 0xff
      out[k + 1] = (c >>> 8) & 0xff
      out[k + 2] = c >>> 16
      k += 4
    }
  }
  return out
}

/** The hash of a str value (its JS string, kind and length) in H form. */
export function hashStr(s: string, kind: number, length: number): number {
  return hashBytes(strCanonicalBytes(s, kind, length))
}

/** The exact hash of a str value. */
export function hashStrExact(s: string, kind: number, length: number): bigint {
  return hashBytesBoth(strCanonicalBytes(s, kind, length)).exact
}
