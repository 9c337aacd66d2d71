// Integer arithmetic on IntValue payloads (number when safe, else bigint).
//
// Every function here takes and returns payloads, never objects, so int,
// bool and the float/complex code can share them. The fast path is plain
// number arithmetic: a result is exact whenever Number.isSafeInteger holds
// for it (a rounded result of two safe operands is never a safe integer
// unless it is the exact one), otherwise the operation is redone in bigint.
//
// Python's rules that differ from JS: floor division and modulo round
// towards -inf (the remainder takes the divisor's sign); bit operations act
// on an infinite two's complement (bigint's semantics); true division of two
// ints is correctly rounded even when they do not fit a double.
//
// @cpython Objects/longobject.c

import { raise } from "./errors.js"
import { type IntValue, normBig, toBig } from "./int.js"
import { isHostLimit } from "./memguard.js"
import { noMemory } from "./refcount.js"
import type { Runtime } from "./runtime.js"

/** Errors the arithmetic reports; the caller (which has the Runtime) raises them. */
export class ArithError {
  readonly type: "ZeroDivisionError" | "OverflowError" | "ValueError" | "MemoryError"
  readonly message: string
  constructor(type: ArithError["type"], message: string) {
    this.type = type
    this.message = message
  }
}

/** Largest bigint bit length we agree to build (V8 caps BigInts near 2^30 bits). */
export const MAX_BITS = 2 ** 30

export function intAdd(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b
    if (Number.isSafeInteger(r)) return r
  }
  return normBig(toBig(a) + toBig(b))
}

export function intSub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b
    if (Number.isSafeInteger(r)) return r
  }
  return normBig(toBig(a) - toBig(b))
}

export function intMul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r // no -0
  }
  return normBig(toBig(a) * toBig(b))
}

export function intNeg(a: IntValue): IntValue {
  if (typeof a === "number") return a === 0 ? 0 : -a
  return normBig(-a)
}

export function intAbs(a: IntValue): IntValue {
  if (typeof a === "number") return Math.abs(a)
  return a < 0n ? -a : a
}

export function isZero(a: IntValue): boolean {
  return a === 0 || a === 0n
}

export function intSign(a: IntValue): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0
}

/** Floor division and modulo together (divmod), Python's signs. Throws ArithError on zero. */
export function intDivmod(a: IntValue, b: IntValue, what: string): [IntValue, IntValue] {
  if (isZero(b)) throw new ArithError("ZeroDivisionError", what)
  if (typeof a === "number" && typeof b === "number") {
    // fmod is exact on doubles; (a - r) is an exact multiple of b, so the quotient is exact.
    let r = a % b
    let q = (a - r) / b
    if (r !== 0 && r < 0 !== b < 0) {
      r += b
      q -= 1
    }
    return [q === 0 ? 0 : q, r === 0 ? 0 : r]
  }
  const x = toBig(a)
  const y = toBig(b)
  let q = x / y
  let r = x % y
  if (r !== 0n && r < 0n !== y < 0n) {
    r += y
    q -= 1n
  }
  return [normBig(q), normBig(r)]
}

export function intFloorDiv(a: IntValue, b: IntValue): IntValue {
  return intDivmod(a, b, "integer division or modulo by zero")[0]
}

export function intMod(a: IntValue, b: IntValue): IntValue {
  return intDivmod(a, b, "integer modulo by zero")[1]
}

/** int → float, correctly rounded; raises OverflowError "int too large to convert to float". */
export function intToFloat(a: IntValue): number {
  if (typeof a === "number") return a
  const x = Number(a) // round-to-nearest-even, as the spec requires
  if (!Number.isFinite(x))
    throw new ArithError("OverflowError", "int too large to convert to float")
  return x
}

function bitLen(x: bigint): number {
  // x > 0
  return x.toString(2).length
}

/**
 * a / b for ints, correctly rounded (round-half-even), as long_true_divide.
 * Raises ZeroDivisionError "division by zero" and OverflowError "integer
 * division result too large for a float".
 */
export function intTrueDiv(a: IntValue, b: IntValue): number {
  if (isZero(b)) throw new ArithError("ZeroDivisionError", "division by zero")
  if (typeof a === "number" && typeof b === "number") return a / b // both exact: IEEE rounds once
  let x = toBig(a)
  let y = toBig(b)
  const neg = x < 0n !== y < 0n
  if (x < 0n) x = -x
  if (y < 0n) y = -y
  if (x === 0n) return neg ? -0 : 0
  // Scale so that the quotient has at least 55 significant bits, then round once.
  const shift = bitLen(y) - bitLen(x) + 55
  let q: bigint
  let rem: bigint
  if (shift >= 0) {
    const xs = x << BigInt(shift)
    q = xs / y
    rem = xs % y
  } else {
    const ys = y << BigInt(-shift)
    q = x / ys
    rem = x % ys
  }
  // q has 55 or 56 bits; e is the binary exponent of its lowest bit.
  const e = -shift
  const qbits = bitLen(q)
  if (qbits + e > 1024)
    throw new ArithError("OverflowError", "integer division result too large for a float")
  // Number of bits to keep: 53, fewer for subnormals (lowest representable bit is 2^-1074).
  let keep = 53
  if (qbits + e - 53 < -1074) keep = Math.max(0, qbits + e + 1074)
  const drop = qbits - keep
  const mask = (1n << BigInt(drop)) - 1n
  let m = q >> BigInt(drop)
  const low = q & mask
  const half = 1n << BigInt(drop - 1)
  const sticky = rem !== 0n
  if (low > half || (low === half && (sticky || (m & 1n) === 1n))) m += 1n
  // m × 2^k is exactly representable by construction; scale in two steps so
  // that 2^k itself never underflows.
  const k = e + drop
  const r = k < -1022 ? Number(m) * 2 ** (k + 600) * 2 ** -600 : Number(m) * 2 ** k
  if (!Number.isFinite(r))
    throw new ArithError("OverflowError", "integer division result too large for a float")
  return neg ? -r : r
}

/** a ** b for b >= 0 (exact). */
export function intPowNonNeg(a: IntValue, b: IntValue): IntValue {
  if (typeof b === "bigint") {
    // Only 0, 1 and -1 survive an exponent this large.
    if (a === 0 || a === 1) return a
    if (a === -1) return (b & 1n) === 1n ? -1 : 1
    throw new ArithError("MemoryError", "")
  }
  if (typeof a === "number") {
    // Square-and-multiply in numbers while the result stays safe.
    let result = 1
    let base = a
    let e = b
    let ok = true
    while (e > 0) {
      if (e & 1) {
        result *= base
        if (!Number.isSafeInteger(result)) {
          ok = false
          break
        }
      }
      e = Math.floor(e / 2)
      if (e > 0) {
        base *= base
        if (!Number.isSafeInteger(base)) {
          ok = false
          break
        }
      }
    }
    if (ok) return result === 0 ? 0 : result
  }
  const bits =
    (typeof a === "number" ? Math.log2(Math.abs(a) || 1) : toBig(a).toString(2).length) * b
  if (bits > MAX_BITS) throw new ArithError("MemoryError", "")
  return normBig(toBig(a) ** BigInt(b))
}

/** Modular inverse of a modulo m (m > 0); ArithError when it does not exist. */
function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m]
  let [oldS, s] = [1n, 0n]
  while (r !== 0n) {
    const q = oldR / r
    ;[oldR, r] = [r, oldR - q * r]
    ;[oldS, s] = [s, oldS - q * s]
  }
  if (oldR !== 1n)
    throw new ArithError("ValueError", "base is not invertible for the given modulus")
  return ((oldS % m) + m) % m
}

/** pow(a, b, m) with Python's rules (negative b: modular inverse, 3.8+; result has m's sign). */
export function intPowMod(a: IntValue, b: IntValue, m: IntValue): IntValue {
  if (isZero(m)) throw new ArithError("ValueError", "pow() 3rd argument cannot be 0")
  let mod = toBig(m)
  const negMod = mod < 0n
  if (negMod) mod = -mod
  let base = toBig(a)
  let e = toBig(b)
  if (e < 0n) {
    base = modInverse(base, mod)
    e = -e
  }
  base = ((base % mod) + mod) % mod
  let result = mod === 1n ? 0n : 1n
  while (e > 0n) {
    if ((e & 1n) === 1n) result = (result * base) % mod
    e >>= 1n
    if (e > 0n) base = (base * base) % mod
  }
  if (negMod && result !== 0n) result -= mod
  return normBig(result)
}

export function intLshift(a: IntValue, n: IntValue): IntValue {
  if (n < 0) throw new ArithError("ValueError", "negative shift count")
  if (isZero(a)) return 0
  if (typeof n === "bigint" || n > MAX_BITS)
    throw new ArithError("OverflowError", "too many digits in integer")
  if (typeof a === "number") {
    const r = a * 2 ** n
    if (Number.isSafeInteger(r)) return r
  }
  return normBig(toBig(a) << BigInt(n))
}

export function intRshift(a: IntValue, n: IntValue): IntValue {
  if (n < 0) throw new ArithError("ValueError", "negative shift count")
  if (typeof n === "bigint" || n > MAX_BITS) return a < 0 ? -1 : 0
  if (typeof a === "number") {
    if (n >= 64) return a < 0 ? -1 : 0
    return Math.floor(a / 2 ** n)
  }
  return normBig(a >> BigInt(n))
}

const I32_MIN = -(2 ** 31)
const I32_MAX = 2 ** 31 - 1
const isI32 = (x: IntValue): x is number => typeof x === "number" && x >= I32_MIN && x <= I32_MAX

export function intAnd(a: IntValue, b: IntValue): IntValue {
  if (isI32(a) && isI32(b)) return a & b
  return normBig(toBig(a) & toBig(b))
}

export function intOr(a: IntValue, b: IntValue): IntValue {
  if (isI32(a) && isI32(b)) return a | b
  return normBig(toBig(a) | toBig(b))
}

export function intXor(a: IntValue, b: IntValue): IntValue {
  if (isI32(a) && isI32(b)) return a ^ b
  return normBig(toBig(a) ^ toBig(b))
}

export function intInvert(a: IntValue): IntValue {
  return intSub(intNeg(a), 1)
}

/** Three-way comparison of two ints (JS compares number and bigint exactly). */
export function intCmp(a: IntValue, b: IntValue): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Three-way comparison of an int and a float, exact; NaN compares unordered (returns NaN). */
export function intFloatCmp(a: IntValue, x: number): number {
  if (x !== x) return NaN
  return a < x ? -1 : a > x ? 1 : 0
}

/** int.bit_count(). */
export function intBitCount(a: IntValue): number {
  let x = toBig(a)
  if (x < 0n) x = -x
  let n = 0
  for (const c of x.toString(2)) if (c === "1") n++
  return n
}

/**
 * Re-raises an ArithError as the Python exception it names (new exception
 * object thrown); anything else (a Python exception, a bug) propagates unchanged.
 */
export function raiseArith(rt: Runtime, e: unknown): never {
  if (isHostLimit(e)) return noMemory(rt)
  if (e instanceof ArithError) {
    if (e.type === "MemoryError") return noMemory(rt)
    return raise(rt, rt.t[e.type]!, e.message)
  }
  throw e
}
