// Python's repr() of float and complex.
// @cpython Python/pystrtod.c PyOS_double_to_string, format_float_short (mode 0, 'r');
//          Objects/complexobject.c complex_repr
//
// The digits are the shortest that round-trip, which is also what JavaScript's
// Number#toExponential() gives (both pick the nearest such string). Only the
// layout is Python's:
//
//   value = 0.d1d2d3... x 10^decpt
//   -4 < decpt <= 16   fixed       0.0001   123.5   1e15 -> 1000000000000000.0
//   otherwise          exponent    1e-05    1e+16   1.5e+300   (two exponent digits at least)
//
//   float repr adds ".0" to integral fixed values; the parts of a complex do not:
//   1.0 -> "1.0", but 1+2j -> "(1+2j)"; a +0.0 real part is left out: 2j -> "2j".

/** The shortest round-trip digits of a finite, non-zero |x| and its decimal point position. */
function shortestDigits(x: number): { digits: string; decpt: number } {
  const [mant, exp] = Math.abs(x).toExponential().split("e")
  return { digits: mant!.replace(".", ""), decpt: Number(exp) + 1 }
}

/**
 * PyOS_double_to_string(x, 'r', 0, flags): `addDot0` is Py_DTSF_ADD_DOT_0 (what
 * float repr uses), `sign` is Py_DTSF_SIGN (a "+" on non-negative values).
 */
export function formatFloatRepr(x: number, addDot0: boolean, sign: boolean): string {
  const neg = x < 0 || Object.is(x, -0)
  const lead = neg ? "-" : sign ? "+" : ""
  if (Number.isNaN(x)) return (sign ? "+" : "") + "nan"
  if (!Number.isFinite(x)) return lead + "inf"
  if (x === 0) return lead + (addDot0 ? "0.0" : "0")
  const { digits, decpt } = shortestDigits(x)
  const n = digits.length
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${lead}0.${"0".repeat(-decpt)}${digits}`
    if (decpt >= n) return `${lead}${digits}${"0".repeat(decpt - n)}${addDot0 ? ".0" : ""}`
    return `${lead}${digits.slice(0, decpt)}.${digits.slice(decpt)}`
  }
  const e = decpt - 1
  const mant = n > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
  return `${lead}${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`
}

/** `repr(x)` of a Python float: "1.0", "1e+16", "1e-05", "inf", "nan", "-0.0". */
export function floatRepr(x: number): string {
  return formatFloatRepr(x, true, false)
}

/** `repr(complex(real, imag))`: "1j", "(1+2j)", "-0j", "(-0+1j)", "(nan+infj)". */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return `${formatFloatRepr(imag, false, false)}j`
  return `(${formatFloatRepr(real, false, false)}${formatFloatRepr(imag, false, true)}j)`
}
