// The format-spec mini-language shared by int, float, complex and str
// (format(value, spec), f-strings, str.format):
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//    align: < > = ^   sign: + - space   grouping: , or _   (3.11 adds "z")
//
// parseFormatSpec turns the text into a FormatSpec with CPython's errors;
// formatIntSpec / formatFloatSpec / formatComplexSpec / formatStrSpec render a
// value. Digits of floats come from util/dtoa.ts (exact, half-to-even), so
// '%.2f' % 0.125 == '0.12' as in CPython.
//
// Padding with grouped zeros: when the fill is '0' and the alignment '=',
// the zeros are part of the number and get separators too:
//   format(1234, '010,d') == '00,001,234'
//
// @cpython Python/formatter_unicode.c, Python/pystrtod.c

import { shortestDigits, toFixedExact, toSignificantExact } from "../util/dtoa.js"
import { strString } from "./abstract.js"
import { raise, valueError } from "./errors.js"
import { type IntValue, intToDecimal } from "./int.js"
import { intToFloat, raiseArith } from "./int-arith.js"
import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"

/** A parsed format spec (InternalFormatSpec). */
export interface FormatSpec {
  fill: string
  /** '<', '>', '=', '^', or '' when not given. */
  align: string
  /** '+', '-', ' ', or '' when not given. */
  sign: string
  /** "z": coerce negative zero to zero (3.11). */
  noNeg0: boolean
  /** "#": alternate form. */
  alt: boolean
  /** The fill character was given explicitly or by the '0' flag. */
  fillGiven: boolean
  /** -1 when not given. */
  width: number
  /** ',', '_' or ''. */
  grouping: string
  /** -1 when not given. */
  precision: number
  /** The type character, '' when not given. */
  type: string
}

const ALIGNS = "<>=^"

function readNumber(rt: Runtime, spec: string, pos: number): [number, number] {
  let n = 0
  let j = pos
  while (j < spec.length && spec.charCodeAt(j) >= 48 && spec.charCodeAt(j) <= 57) {
    n = n * 10 + (spec.charCodeAt(j) - 48)
    if (n > 2 ** 63 - 1) valueError(rt, "Too many decimal digits in format string")
    j++
  }
  return [j === pos ? -1 : n, j]
}

/**
 * Parses a format spec. `typeName` names the object type in messages;
 * `defaultAlign` is '<' for str and '>' for numbers (the '0' flag then means
 * '=' alignment).
 */
export function parseFormatSpec(
  rt: Runtime,
  specText: string,
  typeName: string,
  defaultAlign: string,
): FormatSpec {
  const spec = [...specText] // code points: the fill may be any character
  const f: FormatSpec = {
    fill: " ",
    align: "",
    sign: "",
    noNeg0: false,
    alt: false,
    fillGiven: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: "",
  }
  let pos = 0
  const n = spec.length
  let alignGiven = false
  if (n >= 2 && ALIGNS.includes(spec[1]!)) {
    f.fill = spec[0]!
    f.align = spec[1]!
    f.fillGiven = true
    alignGiven = true
    pos = 2
  } else if (n >= 1 && ALIGNS.includes(spec[0]!)) {
    f.align = spec[0]!
    alignGiven = true
    pos = 1
  }
  if (pos < n && "+- ".includes(spec[pos]!)) f.sign = spec[pos++]!
  if (pos < n && spec[pos] === "z") {
    f.noNeg0 = true
    pos++
  }
  if (pos < n && spec[pos] === "#") {
    f.alt = true
    pos++
  }
  if (!f.fillGiven && pos < n && spec[pos] === "0") {
    f.fill = "0"
    f.fillGiven = true
    if (!alignGiven && defaultAlign === ">") f.align = "="
    pos++
  }
  const rest = spec.slice(pos).join("")
  const [width, end] = readNumber(rt, rest, 0)
  f.width = width
  let j = end
  if (j < rest.length && (rest[j] === "," || rest[j] === "_")) {
    f.grouping = rest[j]!
    j++
    if (j < rest.length && (rest[j] === "," || rest[j] === "_"))
      valueError(rt, "Cannot specify both ',' and '_'.")
  }
  if (j < rest.length && rest[j] === ".") {
    const [p, k] = readNumber(rt, rest, j + 1)
    if (p < 0) valueError(rt, "Format specifier missing precision")
    f.precision = p
    j = k
  }
  const tail = [...rest.slice(j)]
  if (tail.length > 1)
    valueError(rt, `Invalid format specifier '${specText}' for object of type '${typeName}'`)
  if (tail.length === 1) f.type = tail[0]!
  if (f.grouping !== "") {
    // PEP 378 / PEP 515: separators go with decimal and float types; '_' also with b/o/x/X.
    const ok =
      f.type === "" ||
      "defgEG%F".includes(f.type) ||
      (f.grouping === "_" && "boxX".includes(f.type))
    if (!ok) valueError(rt, `Cannot specify '${f.grouping}' with '${f.type}'.`)
  }
  return f
}

/** Inserts `sep` every `group` digits from the right; pads with zeros (grouped) up to `minWidth`. */
function groupDigits(digits: string, sep: string, group: number, minWidth: number): string {
  let out = ""
  let count = 0
  for (let i = digits.length - 1; i >= 0; i--) {
    if (sep !== "" && count > 0 && count % group === 0) out = sep + out
    out = digits[i] + out
    count++
  }
  while (out.length < minWidth) {
    if (sep !== "" && count % group === 0) out = sep + out
    out = "0" + out
    count++
  }
  return out
}

/**
 * Lays out a number: sign, prefix ("0x"), integer digits (grouped as the spec
 * says), the rest (fraction, exponent, '%'), then fill/align to the width.
 */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  intDigits: string,
  rest: string,
  group: number,
): string {
  const sign = negative ? "-" : f.sign === "+" ? "+" : f.sign === " " ? " " : ""
  const align = f.align === "" ? ">" : f.align
  const zeroPad = f.fill === "0" && align === "="
  let digits: string
  if (zeroPad && f.width > 0) {
    const min = f.width - sign.length - prefix.length - rest.length
    digits = groupDigits(intDigits, f.grouping, group, min)
  } else {
    digits = f.grouping !== "" ? groupDigits(intDigits, f.grouping, group, 0) : intDigits
  }
  const body = digits + rest
  const total = sign.length + prefix.length + body.length
  const pad = f.width > total ? f.width - total : 0
  if (pad === 0) return sign + prefix + body
  const fill = f.fill
  switch (align) {
    case "<":
      return sign + prefix + body + fill.repeat(pad)
    case "^": {
      const left = pad >> 1
      return fill.repeat(left) + sign + prefix + body + fill.repeat(pad - left)
    }
    case "=":
      return sign + prefix + fill.repeat(pad) + body
    default:
      return fill.repeat(pad) + sign + prefix + body
  }
}

/** Pads a string to the spec's width (alignment default `defAlign`). */
function padText(f: FormatSpec, s: string, defAlign: string): string {
  const len = [...s].length
  if (f.width <= len) return s
  const pad = f.width - len
  const align = f.align === "" ? defAlign : f.align
  if (align === ">") return f.fill.repeat(pad) + s
  if (align === "^") {
    const left = pad >> 1
    return f.fill.repeat(left) + s + f.fill.repeat(pad - left)
  }
  return s + f.fill.repeat(pad)
}

// --- int ---------------------------------------------------------------------------------

/** format(int, spec) as a JS string (int.__format__). */
export function formatIntSpec(rt: Runtime, o: PyObject, spec: string): string {
  if (spec === "") return strString(rt, o)
  const f = parseFormatSpec(rt, spec, o.type.name, ">")
  const v = o.v as IntValue
  if ("eEfFgG%".includes(f.type) && f.type !== "") {
    let x: number
    try {
      x = intToFloat(v)
    } catch (e) {
      return raiseArith(rt, e)
    }
    return formatDouble(rt, x, f, o.type.name)
  }
  if (!"bcdoxXn".includes(f.type))
    valueError(rt, `Unknown format code '${f.type}' for object of type '${o.type.name}'`)
  if (f.precision >= 0) valueError(rt, "Precision not allowed in integer format specifier")
  if (f.noNeg0) valueError(rt, "Negative zero coercion (z) not allowed in integer format specifier")
  if (f.type === "c") {
    if (f.sign !== "") valueError(rt, "Sign not allowed with integer format specifier 'c'")
    if (f.alt) valueError(rt, "Alternate form (#) not allowed with integer format specifier 'c'")
    if (typeof v !== "number" && (v >= 2n ** 63n || v < -(2n ** 63n)))
      raise(rt, rt.t.OverflowError, "Python int too large to convert to C long")
    if (typeof v !== "number" || v < 0 || v > 0x10ffff)
      raise(rt, rt.t.OverflowError, "%c arg not in range(0x110000)")
    return padText(f, String.fromCodePoint(v as number), ">")
  }
  const neg = v < 0
  const abs = typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v
  let digits: string
  let prefix = ""
  let group = 3
  switch (f.type) {
    case "b":
      digits = abs.toString(2)
      prefix = f.alt ? "0b" : ""
      group = 4
      break
    case "o":
      digits = abs.toString(8)
      prefix = f.alt ? "0o" : ""
      group = 4
      break
    case "x":
      digits = abs.toString(16)
      prefix = f.alt ? "0x" : ""
      group = 4
      break
    case "X":
      digits = abs.toString(16).toUpperCase()
      prefix = f.alt ? "0X" : ""
      group = 4
      break
    default:
      digits = intToDecimal(rt, abs)
  }
  return layoutNumber(f, neg, prefix, digits, "", group)
}

// --- float ---------------------------------------------------------------------------------

/** Splits a rendered unsigned number "1234.5e+06" into integer digits and the rest. */
function splitDigits(s: string): [string, string] {
  let i = 0
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++
  return [s.slice(0, i), s.slice(i)]
}

function expSuffix(exp: number, upper: boolean): string {
  const a = Math.abs(exp)
  return (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" : "") + a
}

/**
 * Renders |x| (finite) in mode 'e', 'f', 'g' or 'r' as PyOS_double_to_string:
 * `addDot0` appends ".0" to integral output ('' type), `alt` keeps the point
 * and trailing zeros.
 */
export function renderDouble(
  x: number,
  mode: string,
  precision: number,
  alt: boolean,
  addDot0: boolean,
  upper: boolean,
): string {
  const ax = Math.abs(x)
  if (mode === "f") {
    let s = toFixedExact(ax, precision)
    if (alt && precision === 0) s += "."
    return s
  }
  if (mode === "e") {
    const { d, exp } = toSignificantExact(ax, precision + 1)
    let mant = d.length > 1 ? d[0] + "." + d.slice(1) : d
    if (alt && precision === 0) mant += "."
    return mant + expSuffix(exp, upper)
  }
  let d: string
  let exp: number
  let p: number
  if (mode === "r") {
    if (ax === 0) {
      d = "0"
      exp = 0
    } else ({ d, exp } = shortestDigits(ax))
    p = 17
  } else {
    p = precision === 0 ? 1 : precision
    ;({ d, exp } = toSignificantExact(ax, p))
    if (ax === 0) exp = 0
  }
  const decpt = exp + 1
  const useExp =
    mode === "r" ? decpt <= -4 || decpt > 16 : decpt <= -4 || decpt > (addDot0 ? p - 1 : p)
  // Trailing zeros go unless '#' (repr digits never have any).
  if (!alt) d = d.replace(/0+$/, "") || "0"
  else if (mode !== "r" && d.length < p) d = d + "0".repeat(p - d.length)
  let s: string
  if (useExp) {
    s = d.length > 1 ? d[0] + "." + d.slice(1) : alt ? d + "." : d
    s += expSuffix(exp, upper)
  } else if (decpt <= 0) {
    s = "0." + "0".repeat(-decpt) + d
  } else if (d.length <= decpt) {
    s = d + "0".repeat(decpt - d.length)
    if (alt) s += "."
    if (addDot0) s += alt ? "0" : ".0"
  } else {
    s = d.slice(0, decpt) + "." + d.slice(decpt)
  }
  return s
}

/** format(float, spec) body shared by float and int (with a float type code). */
function formatDouble(rt: Runtime, x: number, f: FormatSpec, typeName: string): string {
  let type = f.type
  let precision = f.precision
  let addDot0 = false
  if (type === "") {
    addDot0 = true
    type = "r"
  }
  if (!"eEfFgGnr%".includes(type) || (type === "r" && f.type === "r"))
    valueError(rt, `Unknown format code '${f.type}' for object of type '${typeName}'`)
  if (type === "n") type = "g"
  let pct = false
  if (type === "%") {
    type = "f"
    x *= 100
    pct = true
  }
  if (precision < 0) precision = type === "r" ? 0 : 6
  else if (type === "r") type = "g"
  if (precision > 2 ** 31 - 1) valueError(rt, "precision too big")
  const upper = type === "E" || type === "F" || type === "G"
  const mode = type.toLowerCase()
  let neg = x < 0 || Object.is(x, -0)
  let body: string
  if (x !== x) {
    body = upper ? "NAN" : "nan"
    neg = false
  } else if (!Number.isFinite(x)) {
    body = upper ? "INF" : "inf"
  } else {
    body = renderDouble(x, mode, precision, f.alt, addDot0, upper)
    // "z": a result that rounds to zero loses its minus sign.
    if (neg && f.noNeg0 && !/[1-9]/.test(body.replace(/[eE][+-]\d+$/, ""))) neg = false
  }
  if (pct) body += "%"
  // inf and nan get zero padding but never separators.
  if (x !== x || !Number.isFinite(x))
    return layoutNumber({ ...f, grouping: "" }, neg, "", "", body, 3)
  const [intPart, rest] = splitDigits(body)
  return layoutNumber(f, neg, "", intPart, rest, 3)
}

/** format(float, spec) as a JS string (float.__format__). */
export function formatFloatSpec(rt: Runtime, o: PyObject, spec: string): string {
  if (spec === "") return strString(rt, o)
  const f = parseFormatSpec(rt, spec, o.type.name, ">")
  return formatDouble(rt, o.v as number, f, o.type.name)
}

// --- complex ---------------------------------------------------------------------------

/** format(complex, spec) as a JS string (complex.__format__). */
export function formatComplexSpec(rt: Runtime, o: PyObject, spec: string): string {
  if (spec === "") return strString(rt, o)
  const f = parseFormatSpec(rt, spec, "complex", ">")
  if (f.fill === "0" && f.fillGiven)
    valueError(rt, "Zero padding is not allowed in complex format specifier")
  if (f.align === "=")
    valueError(rt, "'=' alignment flag is not allowed in complex format specifier")
  const re = o.v as number
  const im = o.w as number
  let type = f.type
  let precision = f.precision
  let parens = false
  let skipRe = false
  if (type === "") {
    skipRe = re === 0 && !Object.is(re, -0)
    parens = !skipRe
    type = precision < 0 ? "r" : "g"
  }
  if (!"eEfFgGnr".includes(type) || f.type === "r")
    valueError(rt, `Unknown format code '${f.type}' for object of type 'complex'`)
  if (type === "n") type = "g"
  if (precision < 0) precision = type === "r" ? 0 : 6
  const upper = type === "E" || type === "F" || type === "G"
  const mode = type.toLowerCase()
  const part = (x: number): [boolean, string] => {
    if (x !== x) return [false, upper ? "NAN" : "nan"]
    const neg = x < 0 || Object.is(x, -0)
    if (!Number.isFinite(x)) return [neg, upper ? "INF" : "inf"]
    let body = renderDouble(x, mode, precision, f.alt, false, upper)
    if (neg && f.noNeg0 && !/[1-9]/.test(body.replace(/[eE][+-]\d+$/, ""))) return [false, body]
    if (mode === "r" && body.endsWith(".0")) body = body.slice(0, -2)
    return [neg, body]
  }
  let s = ""
  if (!skipRe) {
    const [rn, rb] = part(re)
    s += (rn ? "-" : f.sign === "+" ? "+" : f.sign === " " ? " " : "") + rb
  }
  const [inn, ib] = part(im)
  s += (inn ? "-" : skipRe ? (f.sign === "+" ? "+" : f.sign === " " ? " " : "") : "+") + ib + "j"
  if (parens) s = "(" + s + ")"
  return padText(f, s, ">")
}

// --- str -----------------------------------------------------------------------------------

/** format(str, spec) as a JS string (str.__format__). */
export function formatStrSpec(rt: Runtime, s: string, spec: string): string {
  if (spec === "") return s
  const f = parseFormatSpec(rt, spec, "str", "<")
  if (f.type !== "" && f.type !== "s")
    valueError(rt, `Unknown format code '${f.type}' for object of type 'str'`)
  if (f.sign !== "") valueError(rt, "Sign not allowed in string format specifier")
  if (f.noNeg0) valueError(rt, "Negative zero coercion (z) not allowed in string format specifier")
  if (f.alt) valueError(rt, "Alternate form (#) not allowed in string format specifier")
  if (f.align === "=") valueError(rt, "'=' alignment not allowed in string format specifier")
  if (f.grouping !== "") valueError(rt, `Cannot specify '${f.grouping}' with 's'.`)
  let text = s
  if (f.precision >= 0) {
    const cps = [...s]
    if (cps.length > f.precision) text = cps.slice(0, f.precision).join("")
  }
  return padText(f, text, "<")
}
