// Python's repr(float): the shortest digits that round-trip (the same digits
// JavaScript picks), laid out as CPython does. Temporary version written by the
// parser helper; the tokenizer helper owns this file and may replace it.
//
//   decimal point position d (0.00123 -> d = -2, 1234.5 -> d = 4):
//   -4 < d <= 16   fixed notation, ".0" added to integers     1e15 -> 1000000000000000.0
//   otherwise      d.ddde[+-]XX, at least two exponent digits 1e16 -> 1e+16, 1e-05
//
// @cpython Python/pystrtod.c format_float_short (mode 'r', Py_DTSF_ADD_DOT_0)

/** `repr(x)` of a Python float. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan"
  if (x === Infinity) return "inf"
  if (x === -Infinity) return "-inf"
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0"
  const sign = x < 0 ? "-" : ""
  const [mant, expText] = Math.abs(x).toExponential().split("e")
  const digits = mant!.replace(".", "")
  const decpt = Number(expText) + 1
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`
    if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`
  }
  const e = decpt - 1
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
  const es = Math.abs(e).toString().padStart(2, "0")
  return `${sign}${m}e${e < 0 ? "-" : "+"}${es}`
}
