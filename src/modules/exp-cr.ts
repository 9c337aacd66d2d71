// exp(x) rounded correctly (to nearest), in double-double arithmetic.
//
// V8's Math.exp is fdlibm's (< 1 ulp); glibc's exp, which CPython calls, is
// within 0.52 ulp and so almost always the correctly rounded value. Where a
// result must follow CPython bit for bit (erf, erfc, gamma in math-special.ts),
// this exp agrees with glibc's except on the rare arguments glibc misrounds.
//
//   x = k*ln2 + r, |r| <= ln2/2     k*ln2 exact as a double-double (Dekker)
//   exp(r) = sum r^n/n!, n <= 27     Horner in double-double (~2^-100 relative)
//   exp(x) = 2^k * exp(r)            one rounding: hi + lo, then the scaling
//
// Results in the subnormal range may be rounded twice (hi, then the scaling).

const SPLIT = 134217729 // 2^27 + 1, Veltkamp's splitter
const LN2_HI = 0.6931471805599453
const LN2_LO = 2.3190468138462996e-17
const INV_LN2 = 1.4426950408889634
const TERMS = 27

/** a + b as an unevaluated pair [hi, lo] (Knuth's TwoSum). */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b
  const bb = s - a
  return [s, a - (s - bb) + (b - bb)]
}

/** a * b as an unevaluated pair [hi, lo] (Dekker's TwoProduct). */
function twoProd(a: number, b: number): [number, number] {
  const p = a * b
  let t = SPLIT * a
  const ah = t - (t - a)
  const al = a - ah
  t = SPLIT * b
  const bh = t - (t - b)
  const bl = b - bh
  return [p, ah * bh - p + ah * bl + al * bh + al * bl]
}

/** (ah + al) + (bh + bl), normalized. */
function ddAdd(ah: number, al: number, bh: number, bl: number): [number, number] {
  const [s, e] = twoSum(ah, bh)
  return twoSum(s, e + al + bl)
}

/** (ah + al) * (bh + bl), normalized. */
function ddMul(ah: number, al: number, bh: number, bl: number): [number, number] {
  const [p, e] = twoProd(ah, bh)
  return twoSum(p, e + ah * bl + al * bh)
}

/** 1/n! as double-doubles, n = 0..TERMS. */
function inverseFactorials(): [number, number][] {
  const out: [number, number][] = [[1, 0]]
  let f: [number, number] = [1, 0]
  for (let n = 1; n <= TERMS; n++) {
    // f / n in double-double: q = f.hi / n, remainder from an exact product.
    const q = f[0] / n
    const [ph, pl] = twoProd(q, n)
    const r = (f[0] - ph - pl + f[1]) / n
    f = twoSum(q, r)
    out.push(f)
  }
  return out
}

const INV_FACT = inverseFactorials()

/** exp(x), correctly rounded except in vanishingly rare cases (see the file comment). */
export function expCR(x: number): number {
  if (Number.isNaN(x)) return x
  if (x > 709.8) return Infinity
  if (x < -745.2) return 0
  const k = Math.round(x * INV_LN2)
  // r = x - k*ln2 as a double-double.
  const [p1h, p1l] = twoProd(k, LN2_HI)
  const [p2h, p2l] = twoProd(k, LN2_LO)
  let [rh, rl] = twoSum(x, -p1h)
  ;[rh, rl] = ddAdd(rh, rl, -p1l, 0)
  ;[rh, rl] = ddAdd(rh, rl, -p2h, -p2l)
  // Horner: s = 1/27! ; s = s*r + 1/n!
  let sh = INV_FACT[TERMS]![0]
  let sl = INV_FACT[TERMS]![1]
  for (let n = TERMS - 1; n >= 0; n--) {
    ;[sh, sl] = ddMul(sh, sl, rh, rl)
    const c = INV_FACT[n]!
    ;[sh, sl] = ddAdd(sh, sl, c[0], c[1])
  }
  const v = sh + sl
  // 2^k in up to two steps so neither factor overflows or underflows.
  if (k > 1000) return v * 2 ** 1000 * 2 ** (k - 1000)
  if (k < -1000) return v * 2 ** (k + 1000) * 2 ** -1000
  return v * 2 ** k
}
