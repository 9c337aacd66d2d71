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

/**
 * A hash given as two 32-bit halves, normalized. The value is a safe integer
 * whenever the high half is small, so it is built with doubles then and with
 * BigInt only otherwise (most str hashes).
 */
export function hashFromHalves(hi: number, lo: number): PyHash {
  const sh = hi | 0
  if (sh >= -0x200000 && sh < 0x200000) {
    // |sh| <= 2^21: sh * 2^32 + lo is exact in a double.
    const v = sh * 4294967296 + (lo >>> 0)
    if (v >= -Number.MAX_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER) return v === -1 ? -2 : v
  }
  return (BigInt(sh) << 32n) + BigInt(lo >>> 0)
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
// The four 64-bit words of the state are kept as eight unsigned 32-bit halves
// in local variables (v0h:v0l ... v3h:v3l); one SipRound is
//
//   v0 += v1   v1 <<<= 13   v1 ^= v0   v0 <<<= 32
//   v2 += v3   v3 <<<= 16   v3 ^= v2
//   v0 += v3   v3 <<<= 21   v3 ^= v0
//   v2 += v1   v1 <<<= 17   v1 ^= v2   v2 <<<= 32
//
// written out once, in one function: this runs for every str hashed, most of
// them while the interpreter starts (the names in the type dicts), when V8
// still interprets it, so calls per 64-bit operation would dominate.

/**
 * SipHash-1-3 with the all-zero key of `data` (bytes), as [hi, lo] unsigned
 * 32-bit halves of the 64-bit result. Python maps a result of -1 to -2 and an
 * empty input to 0 (done by the callers, as _Py_HashBytes).
 *
 * Rounds: one per message block (the 8-byte blocks, then the last block: the
 * remaining bytes, little-endian, with the length in the top byte), then
 * three finalization rounds after v2 ^= 0xff.
 */
export function siphash13(data: Uint8Array): [number, number] {
  // v0..v3 = k ^ "somepseudorandomlygeneratedbytes", with k0 = k1 = 0.
  let v0h = 0x736f6d65
  let v0l = 0x70736575
  let v1h = 0x646f7261
  let v1l = 0x6e646f6d
  let v2h = 0x6c796765
  let v2l = 0x6e657261
  let v3h = 0x74656462
  let v3l = 0x79746573
  const n = data.length
  const blocks = (n >>> 3) + 1
  let t = 0
  let u = 0
  for (let b = 0; b < blocks + 3; b++) {
    let mh = 0
    let ml = 0
    if (b < blocks) {
      const i = b << 3
      if (b < blocks - 1) {
        ml = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0
        mh =
          (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0
      } else {
        mh = ((n & 0xff) << 24) >>> 0
        for (let j = 0; i + j < n; j++) {
          const byte = data[i + j]!
          if (j < 4) ml = (ml | (byte << (8 * j))) >>> 0
          else mh = (mh | (byte << (8 * (j - 4)))) >>> 0
        }
      }
      v3h = (v3h ^ mh) >>> 0
      v3l = (v3l ^ ml) >>> 0
    } else if (b === blocks) v2l = (v2l ^ 0xff) >>> 0
    // v0 += v1; v1 <<<= 13; v1 ^= v0; v0 <<<= 32
    t = v0l + v1l
    v0h = (v0h + v1h + (t > 0xffffffff ? 1 : 0)) >>> 0
    v0l = t >>> 0
    t = ((v1h << 13) | (v1l >>> 19)) >>> 0
    v1l = ((v1l << 13) | (v1h >>> 19)) >>> 0
    v1h = (t ^ v0h) >>> 0
    v1l = (v1l ^ v0l) >>> 0
    t = v0h
    v0h = v0l
    v0l = t
    // v2 += v3; v3 <<<= 16; v3 ^= v2
    t = v2l + v3l
    v2h = (v2h + v3h + (t > 0xffffffff ? 1 : 0)) >>> 0
    v2l = t >>> 0
    t = ((v3h << 16) | (v3l >>> 16)) >>> 0
    v3l = ((v3l << 16) | (v3h >>> 16)) >>> 0
    v3h = (t ^ v2h) >>> 0
    v3l = (v3l ^ v2l) >>> 0
    // v0 += v3; v3 <<<= 21; v3 ^= v0
    t = v0l + v3l
    v0h = (v0h + v3h + (t > 0xffffffff ? 1 : 0)) >>> 0
    v0l = t >>> 0
    t = ((v3h << 21) | (v3l >>> 11)) >>> 0
    v3l = ((v3l << 21) | (v3h >>> 11)) >>> 0
    v3h = (t ^ v0h) >>> 0
    v3l = (v3l ^ v0l) >>> 0
    // v2 += v1; v1 <<<= 17; v1 ^= v2; v2 <<<= 32
    t = v2l + v1l
    v2h = (v2h + v1h + (t > 0xffffffff ? 1 : 0)) >>> 0
    v2l = t >>> 0
    t = ((v1h << 17) | (v1l >>> 15)) >>> 0
    v1l = ((v1l << 17) | (v1h >>> 15)) >>> 0
    v1h = (t ^ v2h) >>> 0
    v1l = (v1l ^ v2l) >>> 0
    u = v2h
    v2h = v2l
    v2l = u
    if (b < blocks) {
      v0h = (v0h ^ mh) >>> 0
      v0l = (v0l ^ ml) >>> 0
    }
  }
  return [(v0h ^ v1h ^ v2h ^ v3h) >>> 0, (v0l ^ v1l ^ v2l ^ v3l) >>> 0]
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
