// math.gamma, math.lgamma, math.erf and math.erfc, computed as CPython 3.11
// on Linux computes them.
//
// - gamma and lgamma: CPython's own code (m_tgamma, m_lgamma), not libm's:
//   the Lanczos approximation with N = 13, g = 6.024680040776729583740234375,
//   its sum written as a rational function (in x below 5, in 1/x above, so it
//   cannot overflow), a correction for the rounding error of x + g - 0.5,
//   exact factorials for the integers 1..23, 1/x below 1e-20, the reflection
//   formula with an exact sin(pi*x) for negative x, and for x above 140 the
//   power taken as a square so it does not overflow early.
// - erf and erfc: CPython 3.11 calls the C library's when it has them (as on
//   Linux), so these follow glibc's double versions, which are Sun's fdlibm
//   algorithm: a rational approximation of erf(x)/x - 1 on [0, 0.84375], of
//   erf(x) - erx around 1 on [0.84375, 1.25], and of the exponent of erfc
//   beyond, on [1.25, 1/0.35] and [1/0.35, 28].
//
// glibc evaluates the erf/erfc polynomials in pairs rather than by Horner's
// rule; that order is kept here, and exp is exp-cr.ts's correctly rounded one,
// which agrees with glibc's on all but about 1 argument in 1600: erf and erfc
// then give glibc's bits (3687 of 3687 and 3683 of 3687 arguments of the test
// sample). gamma and lgamma still call Math.pow, Math.log, Math.sin and
// Math.cos where CPython calls glibc's, so a result can differ in its last bits
// where those do (tests/unit/modules/math-special.test.ts says how often).
//
// @cpython Modules/mathmodule.c m_tgamma m_lgamma m_sinpi lanczos_sum
// @cpython glibc sysdeps/ieee754/dbl-64/s_erf.c (from fdlibm s_erf.c)

import { expCR } from "./exp-cr.js"

/** What a special function gives: a value, or the error CPython's math_1 raises. */
export type SpecialResult = number | "domain" | "range"

const PI = 3.141592653589793
const LOG_PI = 1.1447298858494002
const LANCZOS_G = 6.024680040776729583740234375
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375

/**
 * Numerator of the Lanczos sum as a rational function, lowest degree first (CPython
 * writes them with 50 digits; these are the doubles they round to).
 */
const LANCZOS_NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028,
  1439720407.3117216, 248874557.86205417, 31426415.585400194, 2876370.6289353725,
  186056.26539522348, 8071.672002365816, 210.82427775157936, 2.5066282746310002,
]

/** Its denominator: the coefficients of x(x+1)...(x+11), lowest degree first. */
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0,
]

/** (n-1)! for n = 1..23, all exact doubles. */
const FACTORIALS = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
  479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
  1124000727777607680000.0,
]

/** The Lanczos sum for x > 0: Horner in x below 5, in 1/x from 5 on. */
function lanczosSum(x: number): number {
  let num = 0
  let den = 0
  if (x < 5.0) {
    for (let i = LANCZOS_NUM.length - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!
      den = den * x + LANCZOS_DEN[i]!
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) {
      num = num / x + LANCZOS_NUM[i]!
      den = den / x + LANCZOS_DEN[i]!
    }
  }
  return num / den
}

/** sin(pi*x) for finite x, exact at integers and half-integers (reduced mod 2 first). */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2.0
  const n = Math.round(2.0 * y)
  let r: number
  switch (n) {
    case 0:
      r = Math.sin(PI * y)
      break
    case 1:
      r = Math.cos(PI * (y - 0.5))
      break
    case 2:
      // sin(pi*(1-y)), not -sin(pi*(y-1)), which would give -0.0 at y == 1.
      r = Math.sin(PI * (1.0 - y))
      break
    case 3:
      r = -Math.cos(PI * (y - 1.5))
      break
    default:
      r = Math.sin(PI * (y - 2.0))
  }
  return (x < 0 || Object.is(x, -0) ? -1.0 : 1.0) * r
}

/** math.gamma(x). */
export function gamma(x: number): SpecialResult {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x
    return "domain"
  }
  if (x === 0) return "domain"
  if (x === Math.floor(x)) {
    if (x < 0) return "domain"
    if (x <= FACTORIALS.length) return FACTORIALS[x - 1]!
  }
  const absx = Math.abs(x)
  if (absx < 1e-20) {
    const r = 1.0 / x
    return Number.isFinite(r) ? r : "range"
  }
  if (absx > 200.0) return x < 0 ? 0.0 / sinPi(x) : "range"
  const y = absx + LANCZOS_G_MINUS_HALF
  // The rounding error of y, computed exactly (Sterbenz), in the bigger operand's order.
  let z: number
  if (absx > LANCZOS_G_MINUS_HALF) z = y - absx - LANCZOS_G_MINUS_HALF
  else z = y - LANCZOS_G_MINUS_HALF - absx
  z = (z * LANCZOS_G) / y
  let r: number
  if (x < 0) {
    r = ((-PI / sinPi(absx) / absx) * expCR(y)) / lanczosSum(absx)
    r -= z * r
    if (absx < 140.0) r /= Math.pow(y, absx - 0.5)
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25)
      r /= sqrtpow
      r /= sqrtpow
    }
  } else {
    r = lanczosSum(absx) / expCR(y)
    r += z * r
    if (absx < 140.0) r *= Math.pow(y, absx - 0.5)
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25)
      r *= sqrtpow
      r *= sqrtpow
    }
  }
  return Number.isFinite(r) ? r : "range"
}

/** math.lgamma(x): log(|gamma(x)|). */
export function lgamma(x: number): SpecialResult {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity
  if (x === Math.floor(x) && x <= 2.0) return x <= 0.0 ? "domain" : 0.0
  const absx = Math.abs(x)
  if (absx < 1e-20) return -Math.log(absx)
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1)
  if (x < 0.0) r = LOG_PI - Math.log(Math.abs(sinPi(absx))) - Math.log(absx) - r
  return Number.isFinite(r) ? r : "range"
}

// fdlibm's coefficients, as the bit patterns glibc has them.
const ERX = 8.45062911510467529297e-1
const EFX = 1.28379167095512586316e-1
const EFX8 = 1.02703333676410069053
/** Where the second erfc tail starts: near 1/0.35, the double with high word 0x4006DB6E. */
const ERFC_SPLIT = 2.8571434020996094

const PP = [
  1.28379167095512558561e-1, -3.2504210724700149937e-1, -2.84817495755985104766e-2,
  -5.77027029648944159157e-3, -2.37630166566501626084e-5,
]
const QQ = [
  3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3,
  1.32494738004321644526e-4, -3.9602282787753681232e-6,
]
const PA = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1,
  3.18346619901161753674e-1, -1.10894694282396677476e-1, 3.54783043256182359371e-2,
  -2.166375594868790843e-3,
]
const QA = [
  1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2,
  1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.1984499846799107417e-2,
]
const RA = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1,
  -6.23753324503260060396e1, -1.62396669462573470355e2, -1.84605092906711035994e2,
  -8.12874355063065934246e1, -9.81432934416914548592,
]
const SA = [
  1.96512716674392571292e1, 1.376577541435190426e2, 4.34565877475229228821e2,
  6.45387271733267880336e2, 4.29008140027567833386e2, 1.08635005541779435134e2,
  6.57024977031928170135, -6.04244152148580987438e-2,
]
const RB = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1,
  -1.60636384855821916062e2, -6.37566443368389627722e2, -1.02509513161107724954e3,
  -4.83519191608651397019e2,
]
const SB = [
  3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3,
  3.19985821950859553908e3, 2.55305040643316442583e3, 4.74528541206955367215e2,
  -2.24409524465858183362e1,
]

// glibc evaluates fdlibm's polynomials in pairs (c0 + z*c1) + z^2*(c2 + z*c3) + ...,
// summed left to right, not by Horner's rule: same coefficients, other roundings.

/** (erf(x) - x)/x on [0, 0.84375] as the ratio P(z)/Q(z), z = x*x. */
function smallRatio(z: number): number {
  const z2 = z * z
  const z4 = z2 * z2
  const r = PP[0]! + z * PP[1]! + z2 * (PP[2]! + z * PP[3]!) + z4 * PP[4]!
  const s = 1 + z * QQ[0]! + z2 * (QQ[1]! + z * QQ[2]!) + z4 * (QQ[3]! + z * QQ[4]!)
  return r / s
}

/** erf(1 + s) - erx on [0.84375, 1.25]. */
function middleRatio(s: number): number {
  const s2 = s * s
  const s4 = s2 * s2
  const s6 = s4 * s2
  const p =
    PA[0]! + s * PA[1]! + s2 * (PA[2]! + s * PA[3]!) + s4 * (PA[4]! + s * PA[5]!) + s6 * PA[6]!
  const q = 1 + s * QA[0]! + s2 * (QA[1]! + s * QA[2]!) + s4 * (QA[3]! + s * QA[4]!) + s6 * QA[5]!
  return p / q
}

const bits = new DataView(new ArrayBuffer(8))

/** x with the low 32 bits of its representation cleared. */
function highWord(x: number): number {
  bits.setFloat64(0, x)
  bits.setUint32(4, 0)
  return bits.getFloat64(0)
}

/** erfc(|x|) for 1.25 <= |x| < 28: exp(-x*x - 0.5625 + R/S) / |x|, split to keep x*x exact. */
function erfcTail(ax: number): number {
  const s = 1 / (ax * ax)
  let R: number
  let S: number
  const s2 = s * s
  const s4 = s2 * s2
  const s6 = s4 * s2
  if (ax < ERFC_SPLIT) {
    const s8 = s4 * s4
    R = RA[0]! + s * RA[1]! + s2 * (RA[2]! + s * RA[3]!) + s4 * (RA[4]! + s * RA[5]!)
    R += s6 * (RA[6]! + s * RA[7]!)
    S = 1 + s * SA[0]! + s2 * (SA[1]! + s * SA[2]!) + s4 * (SA[3]! + s * SA[4]!)
    S += s6 * (SA[5]! + s * SA[6]!)
    S += s8 * SA[7]!
  } else {
    R = RB[0]! + s * RB[1]! + s2 * (RB[2]! + s * RB[3]!) + s4 * (RB[4]! + s * RB[5]!)
    R += s6 * RB[6]!
    S = 1 + s * SB[0]! + s2 * (SB[1]! + s * SB[2]!) + s4 * (SB[3]! + s * SB[4]!)
    S += s6 * (SB[5]! + s * SB[6]!)
  }
  const z = highWord(ax)
  return (expCR(-z * z - 0.5625) * expCR((z - ax) * (z + ax) + R / S)) / ax
}

/** math.erf(x). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return x
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1
  const ax = Math.abs(x)
  if (ax < 0.84375) {
    if (ax < 2 ** -28) return ax < 2 ** -1015 ? 0.125 * (8.0 * x + EFX8 * x) : x + EFX * x
    const z = x * x
    return x + x * smallRatio(z)
  }
  if (ax < 1.25) {
    const q = middleRatio(ax - 1)
    return x >= 0 ? ERX + q : -ERX - q
  }
  if (ax >= 6) return x >= 0 ? 1 - 2 ** -1022 : 2 ** -1022 - 1
  const r = erfcTail(ax)
  return x >= 0 ? 1 - r : r - 1
}

/** math.erfc(x). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2
  const ax = Math.abs(x)
  if (ax < 0.84375) {
    if (ax < 2 ** -56) return 1 - x
    const z = x * x
    const y = smallRatio(z)
    if (x < 0.25) return 1 - (x + x * y)
    return 0.5 - (x - 0.5 + x * y)
  }
  if (ax < 1.25) {
    const q = middleRatio(ax - 1)
    return x >= 0 ? 1 - ERX - q : 1 + (ERX + q)
  }
  if (ax < 28) {
    const r = erfcTail(ax)
    return x > 0 ? r : 2 - r
  }
  return x > 0 ? 0 : 2
}
