// Python's hash functions (CPython 3.11, 64-bit, sys.hash_info).
//
// Numbers hash by their value modulo the Mersenne prime P = 2^61 - 1, so that
// equal numbers of different types hash alike (hash(1) == hash(1.0) ==
// hash(1+0j)); see Python/pyhash.c. str and bytes hash with SipHash-1-3
// keyed by the hash secret; heapscope behaves like PYTHONHASHSEED=0, whose
// key is all zeros, so set and dict layouts match `PYTHONHASHSEED=0 python3`.
//
// A hash value is a PyHash (type.ts): the exact signed 64-bit Py_hash_t, as
// a JS number when it is a safe integer, else a bigint. Small ints and most
// floats stay on the number fast path; str and bytes hashes are usually bigints.
//
// @cpython Python/pyhash.c, Objects/longobject.c long_hash, Objects/floatobject.c

import type { IntValue } from "./int.js"
import type { PyHash } from "./type.js"

/** _PyHASH_BITS and _PyHASH_MODULUS = 2^61 - 1. */
export const HASH_BITS = 61
export const HASH_MODULUS = (1n << 61n) - 1n
/** _PyHASH_INF, _PyHASH_IMAG. */
export const HASH_INF = 314159
export const HASH_IMAG = 1000003

/** Normalizes a hash computed as a bigint: signed 64-bit, -1 → -2, a number when safe. */
export function normHash(h: bigint): PyHash {
  h = BigInt.asIntN(64, h)
  if (h === -1n) return -2
  return h >= -MAX_SAFE && h <= MAX_SAFE ? Number(h) : h
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** A hash given as two unsigned 32-bit halves, normalized. */
export function hashFromHalves(hi: number, lo: number): PyHash {
  return normHash((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0))
}

/** long_hash: sign × (|v| mod P), -1 → -2. For safe integers hash(n) == n. */
export function hashInt(v: IntValue): PyHash {
  if (typeof v === "number") return v === -1 ? -2 : v
  const a = v < 0n ? -v : v
  const r = a % HASH_MODULUS
  return normHash(v < 0n ? -r : r)
}

/**
 * _Py_HashDouble: integral values hash like the equal int; other finite
 * values m × 2^e reduce as (m mod P) × 2^(e mod 61), since 2^61 ≡ 1 (mod P);
 * ±inf → ±314159. NaN hashes by identity (3.10+): pass the object's address.
 */
export function hashFloat(x: number, addr: number): PyHash {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0 // +0 folds -0.0 into 0
  if (x !== x) return hashPointer(addr)
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF
  if (Number.isInteger(x)) return hashInt(BigInt(x))
  const neg = x < 0
  let m = Math.abs(x)
  let e = 0
  // Scale by powers of two (exact) until the value is an integer.
  while (!Number.isInteger(m)) {
    m *= 2 ** 32
    e -= 32
  }
  let mb = BigInt(m)
  while ((mb & 1n) === 0n) {
    mb >>= 1n
    e++
  }
  const k = BigInt(((e % 61) + 61) % 61)
  const r = ((mb % HASH_MODULUS) << k) % HASH_MODULUS
  return normHash(neg ? -r : r)
}

/** _Py_HashPointer: the address rotated right by 4 bits (object.__hash__, NaN). */
export function hashPointer(addr: number): PyHash {
  const a = BigInt(addr)
  return normHash((a >> 4n) | ((a & 0xfn) << 60n))
}

/** complex_hash: hash(re) + 1000003 × hash(im) in unsigned 64-bit arithmetic. */
export function hashComplex(re: number, im: number, addr: number): PyHash {
  const hr = BigInt(hashFloat(re, addr))
  const hi = BigInt(hashFloat(im, addr))
  return normHash(hr + BigInt(HASH_IMAG) * hi)
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

/** _Py_HashBytes: SipHash-1-3 of the bytes, 0 for empty input. */
export function hashBytes(data: Uint8Array): PyHash {
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

/** unicode_hash: the hash of a str's canonical representation (see strCanonicalBytes). */
export function hashStr(s: string, kind: number, length: number): PyHash {
  return hashBytes(strCanonicalBytes(s, kind, length))
}
