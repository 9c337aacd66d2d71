// Exact decimal conversions of doubles, as CPython's dtoa.c does them:
// digits are computed from the exact binary value, rounded half-to-even.
// (JS's toFixed/toExponential round exact ties away from zero and stop at
// 100 digits, so they cannot be used for Python's formatting.)
//
// A finite double x is exactly N × 10^-k for integers N >= 0 and k >= 0:
// with x = m × 2^e (m integer), k = max(0, -e) and N = m × 5^k (e < 0) or
// N = m × 2^e (e >= 0), since 2^-k = 5^k / 10^k.

/** |x| = m × 2^e with m an integer of at most 53 bits (x finite, non-zero). */
export function decompose(x: number): { m: bigint; e: number } {
  const buf = new DataView(new ArrayBuffer(8))
  buf.setFloat64(0, Math.abs(x))
  const hi = buf.getUint32(0)
  const lo = buf.getUint32(4)
  const bexp = (hi >>> 20) & 0x7ff
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  let e: number
  if (bexp === 0) {
    e = -1074
  } else {
    m |= 1n << 52n
    e = bexp - 1075
  }
  return { m, e }
}

/** The exact decimal form N × 10^-k of |x| (x finite). */
export function exactDecimal(x: number): { n: bigint; k: number } {
  if (x === 0) return { n: 0n, k: 0 }
  const { m, e } = decompose(x)
  if (e >= 0) return { n: m << BigInt(e), k: 0 }
  return { n: m * 5n ** BigInt(-e), k: -e }
}

/** n / 10^d rounded half-to-even (d >= 0). */
export function divPow10HalfEven(n: bigint, d: number): bigint {
  if (d <= 0) return n * 10n ** BigInt(-d)
  const p = 10n ** BigInt(d)
  const q = n / p
  const r = n % p
  const twice = 2n * r
  if (twice > p || (twice === p && (q & 1n) === 1n)) return q + 1n
  return q
}

/**
 * |x| with exactly `prec` digits after the decimal point (like '%.{prec}f'),
 * as a digit string with the point inserted. x finite.
 */
export function toFixedExact(x: number, prec: number): string {
  const { n, k } = exactDecimal(x)
  // Past the exact value's last digit only zeros follow: pad instead of multiplying.
  const extra = prec > k ? prec - k : 0
  const r = divPow10HalfEven(n, k - (prec - extra))
  let s = r.toString() + "0".repeat(extra)
  if (prec === 0) return s
  if (s.length <= prec) s = "0".repeat(prec - s.length + 1) + s
  return s.slice(0, s.length - prec) + "." + s.slice(s.length - prec)
}

/**
 * |x| rounded to `digits` significant digits (>= 1): the digit string (exactly
 * `digits` long) and the decimal exponent of its first digit. x finite; 0 gives "000…", 0.
 */
export function toSignificantExact(x: number, digits: number): { d: string; exp: number } {
  if (x === 0) return { d: "0".repeat(digits), exp: 0 }
  const { n, k } = exactDecimal(x)
  const len = n.toString().length
  let exp = len - 1 - k
  if (digits > len) return { d: n.toString() + "0".repeat(digits - len), exp }
  let r = divPow10HalfEven(n, len - digits)
  let s = r.toString()
  if (s.length > digits) {
    // Rounding carried into a new digit (9.99 → 10.0).
    exp++
    r = r / 10n
    s = r.toString()
  }
  return { d: s, exp }
}

/**
 * The shortest digit string that round-trips to |x| (what repr uses) and the
 * decimal exponent of its first digit. x finite, non-zero.
 */
export function shortestDigits(x: number): { d: string; exp: number } {
  const t = Math.abs(x).toExponential() // shortest round-trip digits, per the JS spec
  const at = t.indexOf("e")
  const d = t.slice(0, at).replace(".", "")
  return { d, exp: Number(t.slice(at + 1)) }
}

/**
 * The correctly rounded double nearest to m × 2^e (m >= 0), round-half-even,
 * with subnormals; returns Infinity on overflow.
 */
export function ldexpBig(m: bigint, e: number): number {
  if (m === 0n) return 0
  const bits = m.toString(2).length
  // Bits to keep: 53, fewer when the result is subnormal (lowest bit 2^-1074).
  let keep = 53
  if (bits + e - 53 < -1074) keep = bits + e + 1074
  if (keep < 0) return 0
  const drop = bits - keep
  if (drop > 0) {
    const mask = (1n << BigInt(drop)) - 1n
    const low = m & mask
    const half = 1n << BigInt(drop - 1)
    m >>= BigInt(drop)
    if (low > half || (low === half && (m & 1n) === 1n)) m += 1n
    e += drop
  }
  // m × 2^e is now exact; scale in two steps so 2^e itself never under/overflows.
  const f = Number(m)
  if (e > 900) return f * 2 ** 900 * 2 ** (e - 900)
  if (e < -900) return f * 2 ** (e + 600) * 2 ** -600
  return f * 2 ** e
}

/**
 * The correctly rounded double nearest to (num / den) × 2^k (num >= 0, den > 0),
 * round-half-even; Infinity on overflow. The quotient is computed to 56+
 * bits and its remainder folded into a sticky bit, so ldexpBig rounds once.
 */
export function ratioToDouble(num: bigint, den: bigint, k: number): number {
  if (num === 0n) return 0
  const shift = den.toString(2).length - num.toString(2).length + 56
  let q: bigint
  let r: bigint
  if (shift >= 0) {
    const ns = num << BigInt(shift)
    q = ns / den
    r = ns % den
  } else {
    const ds = den << BigInt(-shift)
    q = num / ds
    r = num % ds
  }
  q = (q << 1n) | (r === 0n ? 0n : 1n)
  return ldexpBig(q, k - shift - 1)
}
