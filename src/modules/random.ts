// The _random module: CPython's Mersenne Twister (MT19937) generator, seeded
// and drawn exactly as Modules/_randommodule.c does, so that `random` (Python
// code in src/modules/lib/random.py) produces CPython's sequences.
//
// Payload of a _random.Random object (`v`): MTState below.
//
// @cpython Modules/_randommodule.c

import type { PyObject } from "../objects/object.js"
import { allocObject, decref, freeObject } from "../objects/refcount.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { typeError, valueError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { checkPositional, defineMethods, newBuiltinFunction, noKeywords } from "../objects/descr.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { intValue, newInt } from "../objects/int.js"
import { newFloat } from "../objects/float.js"
import { intern } from "../objects/str.js"
import { bytesValue, newBytes } from "../objects/bytes.js"
import { newTuple } from "../objects/tuple.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"

const N = 624
const M = 397
const MATRIX_A = 0x9908b0df
const UPPER_MASK = 0x80000000
const LOWER_MASK = 0x7fffffff

/** The generator's state: 624 words and the index of the next one to use. */
interface MTState {
  mt: Uint32Array
  index: number
}

/** sizeof(RandomObject) in 3.11. */
const RANDOM_BASICSIZE = 2520

function initGenrand(st: MTState, s: number): void {
  const mt = st.mt
  mt[0] = s >>> 0
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1]!
    mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0
  }
  st.index = N
}

/** init_by_array: seeds from the 32-bit words of a key, least significant first. */
function initByArray(st: MTState, key: number[]): void {
  initGenrand(st, 19650218)
  const mt = st.mt
  let i = 1
  let j = 0
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = mt[i - 1]!
    mt[i] = ((mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) + key[j]! + j) >>> 0
    i++
    j++
    if (i >= N) {
      mt[0] = mt[N - 1]!
      i = 1
    }
    if (j >= key.length) j = 0
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1]!
    mt[i] = ((mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) - i) >>> 0
    i++
    if (i >= N) {
      mt[0] = mt[N - 1]!
      i = 1
    }
  }
  mt[0] = 0x80000000
}

/** genrand_uint32: the next 32-bit output. */
function genrand(st: MTState): number {
  const mt = st.mt
  if (st.index >= N) {
    let kk = 0
    for (; kk < N - M; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK)
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK)
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
    }
    const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK)
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
    st.index = 0
  }
  let y = mt[st.index++]!
  y ^= y >>> 11
  y ^= (y << 7) & 0x9d2c5680
  y ^= (y << 15) & 0xefc60000
  y ^= y >>> 18
  return y >>> 0
}

/** The 32-bit words of a non-negative integer, least significant first ([0] for 0). */
function words(n: bigint): number[] {
  const out: number[] = []
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn))
    n >>= 32n
  }
  return out.length === 0 ? [0] : out
}

/** random_seed: None seeds from the clock, an int from its absolute value, anything else from its hash. */
function seed(vm: VM, st: MTState, arg: PyObject | null): void {
  const rt = vm.rt
  if (arg === null || arg === rt.None) {
    const t =
      BigInt(Math.floor(vm.host.now() * 1e6)) ^
      (BigInt(Math.floor(vm.host.monotonic() * 1e9)) << 20n)
    initByArray(st, words(t < 0n ? -t : t))
    return
  }
  let n: bigint
  if (ab.isInstance(rt, arg, rt.t.int)) n = BigInt(intValue(arg))
  else n = BigInt(ab.hash(rt, arg))
  initByArray(st, words(n < 0n ? -n : n))
}

function state(o: PyObject): MTState {
  return o.v as MTState
}

/** Creates the _random module (new reference). */
export function makeRandomModule(vm: VM): PyObject {
  const rt = vm.rt
  // rt.t declares the name up front (null until the first import of _random).
  let t: PyType | null = rt.t._random_Random ?? null
  if (t === null) {
    t = newStaticType(rt, "_random.Random", null, RANDOM_BASICSIZE, 0, TypeFlags.BASETYPE)
    t.newObj = (rt2, type, args, kwnames) => {
      if (type === rt2.t._random_Random) noKeywords(rt2, "Random", kwnames)
      if (args.length > 1)
        typeError(rt2, `Random() expected at most 1 argument, got ${args.length}`)
      const st: MTState = { mt: new Uint32Array(N), index: N + 1 }
      const o = allocObject(rt2, type, type.basicsize, st, null)
      try {
        seed(vm, st, args[0] ?? null)
      } catch (e) {
        decref(rt2, o)
        throw e
      }
      return o
    }
    t.dealloc = (rt2, o) => freeObject(rt2, o)
    defineMethods(rt, t, {
      seed: {
        kind: "fast",
        fn: (rt2, self, args) => {
          checkPositional(rt2, "seed", args.length, 0, 1)
          seed(vm, state(self), args[0] ?? null)
          rt2.None.rc++
          return rt2.None
        },
      },
      random: {
        kind: "noargs",
        fn: (rt2, self) => {
          const st = state(self)
          const a = genrand(st) >>> 5
          const b = genrand(st) >>> 6
          return newFloat(rt2, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0))
        },
      },
      getrandbits: {
        kind: "o",
        fn: (rt2, self, args) => {
          let k = Number(intValue(ab.index(rt2, args[0]!)))
          if (k < 0) valueError(rt2, "number of bits must be non-negative")
          const st = state(self)
          if (k === 0) return newInt(rt2, 0)
          if (k <= 32) return newInt(rt2, genrand(st) >>> (32 - k))
          let r = 0n
          let shift = 0n
          while (k > 0) {
            let w = genrand(st)
            if (k < 32) w >>>= 32 - k
            r |= BigInt(w) << shift
            shift += 32n
            k -= 32
          }
          return newInt(
            rt2,
            Number.isSafeInteger(Number(r)) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r,
          )
        },
      },
      getstate: {
        kind: "noargs",
        fn: (rt2, self) => {
          const st = state(self)
          const items = Array.from(st.mt, (w) => newInt(rt2, w))
          items.push(newInt(rt2, st.index))
          return newTuple(rt2, items)
        },
      },
      setstate: {
        kind: "o",
        fn: (rt2, self, args) => {
          const s = args[0]!
          if (s.type !== rt2.t.tuple) typeError(rt2, "state vector must be a tuple")
          const items = s.v as PyObject[]
          if (items.length !== N + 1) valueError(rt2, "state vector is the wrong size")
          const st = state(self)
          for (let i = 0; i < N; i++)
            st.mt[i] = Number(BigInt(intValue(ab.index(rt2, items[i]!))) & 0xffffffffn)
          const index = Number(intValue(ab.index(rt2, items[N]!)))
          if (index < 0 || index > N) valueError(rt2, "invalid state")
          st.index = index
          rt2.None.rc++
          return rt2.None
        },
      },
    })
    readyType(rt, t)
    rt.t._random_Random = t
  }
  const mod = newModule(vm, "_random")
  const d = moduleDict(mod)
  ab.setItem(rt, d, intern(rt, "Random"), t)
  const sha = newBuiltinFunction(
    rt,
    "_sha512",
    {
      kind: "o",
      fn: (rt2, _self, args) => newBytes(rt2, sha512(bytesValue(args[0]!))),
    },
    mod,
    "_random",
  )
  ab.setItem(rt, d, intern(rt, "_sha512"), sha)
  decref(rt, sha)
  const ceilLog4 = newBuiltinFunction(
    rt,
    "_ceil_log4",
    {
      kind: "o",
      // _ceil(_log(x, 4)) as random.sample computes it, in floating point.
      fn: (rt2, _self, args) =>
        newInt(rt2, Math.ceil(Math.log(Number(intValue(args[0]!))) / Math.log(4))),
    },
    mod,
    "_random",
  )
  ab.setItem(rt, d, intern(rt, "_ceil_log4"), ceilLog4)
  decref(rt, ceilLog4)
  return mod
}

// SHA-512 (FIPS 180-4), used by random.seed() for str and bytes seeds.
const K512: readonly bigint[] = [
  0x428a2f98d728ae22n,
  0x7137449123ef65cdn,
  0xb5c0fbcfec4d3b2fn,
  0xe9b5dba58189dbbcn,
  0x3956c25bf348b538n,
  0x59f111f1b605d019n,
  0x923f82a4af194f9bn,
  0xab1c5ed5da6d8118n,
  0xd807aa98a3030242n,
  0x12835b0145706fben,
  0x243185be4ee4b28cn,
  0x550c7dc3d5ffb4e2n,
  0x72be5d74f27b896fn,
  0x80deb1fe3b1696b1n,
  0x9bdc06a725c71235n,
  0xc19bf174cf692694n,
  0xe49b69c19ef14ad2n,
  0xefbe4786384f25e3n,
  0x0fc19dc68b8cd5b5n,
  0x240ca1cc77ac9c65n,
  0x2de92c6f592b0275n,
  0x4a7484aa6ea6e483n,
  0x5cb0a9dcbd41fbd4n,
  0x76f988da831153b5n,
  0x983e5152ee66dfabn,
  0xa831c66d2db43210n,
  0xb00327c898fb213fn,
  0xbf597fc7beef0ee4n,
  0xc6e00bf33da88fc2n,
  0xd5a79147930aa725n,
  0x06ca6351e003826fn,
  0x142929670a0e6e70n,
  0x27b70a8546d22ffcn,
  0x2e1b21385c26c926n,
  0x4d2c6dfc5ac42aedn,
  0x53380d139d95b3dfn,
  0x650a73548baf63den,
  0x766a0abb3c77b2a8n,
  0x81c2c92e47edaee6n,
  0x92722c851482353bn,
  0xa2bfe8a14cf10364n,
  0xa81a664bbc423001n,
  0xc24b8b70d0f89791n,
  0xc76c51a30654be30n,
  0xd192e819d6ef5218n,
  0xd69906245565a910n,
  0xf40e35855771202an,
  0x106aa07032bbd1b8n,
  0x19a4c116b8d2d0c8n,
  0x1e376c085141ab53n,
  0x2748774cdf8eeb99n,
  0x34b0bcb5e19b48a8n,
  0x391c0cb3c5c95a63n,
  0x4ed8aa4ae3418acbn,
  0x5b9cca4f7763e373n,
  0x682e6ff3d6b2b8a3n,
  0x748f82ee5defb2fcn,
  0x78a5636f43172f60n,
  0x84c87814a1f0ab72n,
  0x8cc702081a6439ecn,
  0x90befffa23631e28n,
  0xa4506cebde82bde9n,
  0xbef9a3f7b2c67915n,
  0xc67178f2e372532bn,
  0xca273eceea26619cn,
  0xd186b8c721c0c207n,
  0xeada7dd6cde0eb1en,
  0xf57d4f7fee6ed178n,
  0x06f067aa72176fban,
  0x0a637dc5a2c898a6n,
  0x113f9804bef90daen,
  0x1b710b35131c471bn,
  0x28db77f523047d84n,
  0x32caab7b40c72493n,
  0x3c9ebe0a15c9bebcn,
  0x431d67c49c100d4cn,
  0x4cc5d4becb3e42b6n,
  0x597f299cfc657e2an,
  0x5fcb6fab3ad6faecn,
  0x6c44198c4a475817n,
]

const MASK64 = (1n << 64n) - 1n

function rotr(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & MASK64
}

/** SHA-512 of `data` (the digest's 64 bytes). Only used for seeding, so clarity beats speed. */
export function sha512(data: Uint8Array): Uint8Array {
  const h = [
    "6a09e667f3bcc908",
    "bb67ae8584caa73b",
    "3c6ef372fe94f82b",
    "a54ff53a5f1d36f1",
    "510e527fade682d1",
    "9b05688c2b3e6c1f",
    "1f83d9abfb41bd6b",
    "5be0cd19137e2179",
  ].map((x) => BigInt("0x" + x))
  const bitLen = BigInt(data.length) * 8n
  const padLen = (data.length + 17 + 127) & ~127
  const msg = new Uint8Array(padLen)
  msg.set(data)
  msg[data.length] = 0x80
  for (let i = 0; i < 16; i++) msg[padLen - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn)
  const w = new Array<bigint>(80)
  for (let off = 0; off < padLen; off += 128) {
    for (let t = 0; t < 16; t++) {
      let x = 0n
      for (let b = 0; b < 8; b++) x = (x << 8n) | BigInt(msg[off + t * 8 + b]!)
      w[t] = x
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15]!, 1n) ^ rotr(w[t - 15]!, 8n) ^ (w[t - 15]! >> 7n)
      const s1 = rotr(w[t - 2]!, 19n) ^ rotr(w[t - 2]!, 61n) ^ (w[t - 2]! >> 6n)
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) & MASK64
    }
    let [a, b, c, d, e, f, g, hh] = h as [
      bigint,
      bigint,
      bigint,
      bigint,
      bigint,
      bigint,
      bigint,
      bigint,
    ]
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n)
      const ch = (e & f) ^ (~e & MASK64 & g)
      const t1 = (hh + S1 + ch + K512[t]! + w[t]!) & MASK64
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n)
      const maj = (a & b) ^ (a & c) ^ (b & c)
      const t2 = (S0 + maj) & MASK64
      hh = g
      g = f
      f = e
      e = (d + t1) & MASK64
      d = c
      c = b
      b = a
      a = (t1 + t2) & MASK64
    }
    const add = [a, b, c, d, e, f, g, hh]
    for (let i = 0; i < 8; i++) h[i] = (h[i]! + add[i]!) & MASK64
  }
  const out = new Uint8Array(64)
  for (let i = 0; i < 8; i++)
    for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((h[i]! >> BigInt(56 - 8 * b)) & 0xffn)
  return out
}

export const __test = { initByArray, genrand, words }
