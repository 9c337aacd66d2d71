// float() and complex(), parsing floats from text, and the methods of float
// (is_integer, as_integer_ratio, hex, fromhex, __round__, ...) and complex.
//
// @cpython Objects/floatobject.c, Objects/complexobject.c, Python/pystrtod.c

import { decompose, divPow10HalfEven, exactDecimal, ldexpBig } from "../util/dtoa.js"
import { decimalValue, isSpaceCp } from "../util/unicode.js"
import { asFloat, index, lookupSpecial, call, str as pyStr } from "./abstract.js"
import { bytearrayView } from "./bytearray.js"
import { bytesRepr, bytesValue, isBytes } from "./bytes.js"
import { newComplex, parseComplex } from "./complex.js"
import { defineGetSets, defineMethods, parseArgs } from "./descr.js"
import { raise, typeError, valueError } from "./errors.js"
import { formatComplexSpec, formatFloatSpec } from "./format.js"
import { floatToIntValue, isFloat, newFloat } from "./float.js"
import { type IntValue, isInt, newBool, newInt, normBig } from "./int.js"
import { intToFloat, raiseArith } from "./int-arith.js"
import { guardTable } from "./memguard.js"
import type { PyObject } from "./object.js"
import { allocObject, decref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { isStr, newStr, strRepr, strValue } from "./str.js"
import { newTuple } from "./tuple.js"
import type { PyType } from "./type.js"

// --- parsing ------------------------------------------------------------------------

const FLOAT_RE =
  /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i

/**
 * float(text): surrounding whitespace, a sign, digits with single underscores
 * between them, 'inf'/'infinity'/'nan' in any case, Unicode decimal digits.
 * Returns null when the text is not a float literal.
 */
export function parseFloatText(text: string): number | null {
  let s = ""
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 128) s += ch
    else if (isSpaceCp(cp)) s += " "
    else {
      const d = decimalValue(cp)
      if (d < 0) return null
      s += String.fromCharCode(48 + d)
    }
  }
  s = s.replace(/^[\t\n\v\f\r\x1c-\x1f ]+|[\t\n\v\f\r\x1c-\x1f ]+$/g, "")
  if (!FLOAT_RE.test(s)) return null
  const neg = s[0] === "-"
  const body = s.replace(/^[+-]/, "").toLowerCase()
  let v: number
  if (body === "inf" || body === "infinity") v = Infinity
  else if (body === "nan") v = NaN
  else v = Number(body.replace(/_/g, "")) // JS parses decimal text correctly rounded
  return neg ? -v : v
}

function bytesLikeData(rt: Runtime, o: PyObject): Uint8Array | null {
  if (isBytes(o)) return bytesValue(o)
  if (o.type === rt.t.bytearray || o.type.mro.includes(rt.t.bytearray)) return bytearrayView(o)
  return null
}

/** float(x) for a str or bytes-like `x`: ValueError "could not convert string to float: 'x'". */
export function floatFromText(rt: Runtime, x: PyObject): number {
  let text: string
  let rep: string
  if (isStr(x)) {
    text = strValue(x)
    rep = strRepr(text)
  } else {
    const data = bytesLikeData(rt, x)!
    text = ""
    for (let i = 0; i < data.length; i++)
      text += data[i]! < 128 ? String.fromCharCode(data[i]!) : "\u0000"
    rep = isBytes(x) ? bytesRepr(data) : "bytearray(" + bytesRepr(data, true) + ")"
  }
  const v = parseFloatText(text)
  if (v === null) return valueError(rt, `could not convert string to float: ${rep}`)
  return v
}

function floatNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    return typeError(rt, "float() takes no keyword arguments")
  if (args.length > 1) return typeError(rt, `float expected at most 1 argument, got ${args.length}`)
  let x: number
  if (args.length === 0) x = 0
  else {
    const a = args[0]!
    if (isStr(a) || bytesLikeData(rt, a) !== null) x = floatFromText(rt, a)
    else {
      const f = asFloat(rt, a)
      x = f.v as number
      decref(rt, f)
    }
  }
  if (type === rt.t.float) return newFloat(rt, x)
  return allocObject(rt, type, 24, x, null)
}

// --- methods ----------------------------------------------------------------------------

/** float.as_integer_ratio(): the exact fraction in lowest terms. */
function asIntegerRatio(rt: Runtime, x: number): PyObject {
  if (x !== x) return valueError(rt, "cannot convert NaN to integer ratio")
  if (!Number.isFinite(x))
    return raise(rt, rt.t.OverflowError, "cannot convert Infinity to integer ratio")
  if (x === 0) return newTuple(rt, [newInt(rt, 0), newInt(rt, 1)])
  let { m, e } = decompose(x)
  while ((m & 1n) === 0n && e < 0) {
    m >>= 1n
    e++
  }
  let num = e >= 0 ? m << BigInt(e) : m
  const den = e >= 0 ? 1n : 1n << BigInt(-e)
  if (x < 0) num = -num
  return newTuple(rt, [newInt(rt, normBig(num)), newInt(rt, normBig(den))])
}

/** float.hex(): '0x1.8000000000000p+0', '-0x0.0p+0', 'inf'. */
export function floatHex(x: number): string {
  if (x !== x) return "nan"
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf"
  const sign = x < 0 || Object.is(x, -0) ? "-" : ""
  if (x === 0) return sign + "0x0.0p+0"
  const { m, e } = decompose(x)
  // Normal numbers: 1.xxx × 2^(e+52); subnormals: 0.xxx × 2^-1022.
  const sub = m < 1n << 52n
  const lead = sub ? "0" : "1"
  const frac = (m & ((1n << 52n) - 1n)).toString(16).padStart(13, "0")
  const exp = sub ? -1022 : e + 52
  return `${sign}0x${lead}.${frac}p${exp < 0 ? "-" : "+"}${Math.abs(exp)}`
}

/** float.fromhex(text), correctly rounded; null when malformed, Infinity on overflow. */
export function parseFloatHex(text: string): number | null | "overflow" {
  const s = text.trim()
  const low = s.toLowerCase()
  const sgn = low.startsWith("-") ? -1 : 1
  const body = low.replace(/^[+-]/, "")
  if (body === "inf" || body === "infinity") return sgn * Infinity
  if (body === "nan") return NaN
  const m = /^(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(body)
  if (m === null) return null
  const ip = m[1] ?? ""
  const fp = m[2] ?? ""
  if (ip === "" && fp === "") return null
  const mant = BigInt("0x" + (ip + fp || "0"))
  const exp = (m[3] !== undefined ? Number(m[3]) : 0) - 4 * fp.length
  if (mant === 0n) return sgn < 0 ? -0 : 0
  const bits = mant.toString(2).length
  if (bits + exp > 1024) return "overflow"
  const v = ldexpBig(mant, Math.max(exp, -100000))
  if (!Number.isFinite(v)) return "overflow"
  return sgn * v
}

/** float.__round__(ndigits): correctly rounded half-to-even on the exact value. */
export function roundDouble(rt: Runtime, x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x
  // Past these bounds the result is x itself, or a zero of x's sign (as CPython's double_round).
  if (ndigits > 323) return x
  if (ndigits < -308) return x < 0 ? -0 : 0
  const { n, k } = exactDecimal(x)
  // |x| = n × 10^-k; keep ndigits decimals: r = round(n / 10^(k - ndigits)).
  const r = divPow10HalfEven(n, k - ndigits)
  const v = Number(`${r}e${-ndigits}`) // decimal text → nearest double, correctly rounded
  if (!Number.isFinite(v))
    return raise(rt, rt.t.OverflowError, "rounded value too large to represent")
  return x < 0 ? -v : v
}

/** round(x) with no ndigits: the nearest int, ties to even. */
function roundToInt(rt: Runtime, x: number): IntValue {
  let r = Math.round(x)
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2)
  return floatToIntValue(rt, r)
}

function floatRound(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const [nd] = parseArgs(
    rt,
    { fname: "__round__", names: ["ndigits"], posOnly: 1, required: 0 },
    args,
    kwnames,
  )
  const x = self.v as number
  if (nd === null || nd === rt.None) return newInt(rt, roundToInt(rt, x))
  const ni = index(rt, nd)
  const n = ni.v as IntValue
  decref(rt, ni)
  const nn = typeof n === "bigint" ? (n > 0n ? 10000 : -10000) : n
  return newFloat(rt, roundDouble(rt, x, nn))
}

function floatFromHex(rt: Runtime, cls: PyObject, args: PyObject[]): PyObject {
  const a = args[0]!
  if (!isStr(a)) return typeError(rt, `bad argument type for built-in operation`)
  const v = parseFloatHex(strValue(a))
  if (v === null) return valueError(rt, "invalid hexadecimal floating-point string")
  if (v === "overflow")
    return raise(rt, rt.t.OverflowError, "hexadecimal value too large to represent as a float")
  const f = newFloat(rt, v)
  if (cls === rt.t.float) return f
  const r = call(rt, cls, [f], null)
  decref(rt, f)
  return r
}

function floatOf(rt: Runtime, o: PyObject): PyObject {
  return newFloat(rt, o.v as number)
}

/** Installs float's constructor, methods and attributes. */
export function defineFloatMethods(rt: Runtime, t: PyType): void {
  t.newObj = floatNew
  defineMethods(
    rt,
    t,
    guardTable({
      conjugate: { kind: "noargs", fn: floatOf },
      is_integer: {
        kind: "noargs",
        fn: (rt, self) => newBool(rt, Number.isInteger(self.v as number)),
      },
      as_integer_ratio: { kind: "noargs", fn: (rt, self) => asIntegerRatio(rt, self.v as number) },
      hex: { kind: "noargs", fn: (rt, self) => newStr(rt, floatHex(self.v as number)) },
      __getformat__: {
        kind: "o",
        binding: "class",
        fn: (rt, _cls, args) => {
          const a = args[0]!
          if (!isStr(a))
            return typeError(rt, `__getformat__() argument must be str, not ${a.type.name}`)
          const v = strValue(a)
          if (v !== "double" && v !== "float")
            return valueError(rt, "__getformat__() argument 1 must be 'double' or 'float'")
          return newStr(rt, "IEEE, little-endian")
        },
      },
      fromhex: { kind: "o", fn: (rt, cls, args) => floatFromHex(rt, cls, args), binding: "class" },
      __trunc__: {
        kind: "noargs",
        fn: (rt, self) => newInt(rt, floatToIntValue(rt, self.v as number)),
      },
      __floor__: {
        kind: "noargs",
        fn: (rt, self) => newInt(rt, floatToIntValue(rt, Math.floor(self.v as number))),
      },
      __ceil__: {
        kind: "noargs",
        fn: (rt, self) => newInt(rt, floatToIntValue(rt, Math.ceil(self.v as number))),
      },
      __round__: floatRound,
      __getnewargs__: { kind: "noargs", fn: (rt, self) => newTuple(rt, [floatOf(rt, self)]) },
      __format__: {
        kind: "o",
        fn: (rt, self, args) => {
          const spec = args[0]!
          if (!isStr(spec))
            return typeError(rt, `__format__() argument must be str, not ${spec.type.name}`)
          // An empty spec is str(self), returned as it is.
          if (strValue(spec) === "") return pyStr(rt, self)
          return newStr(rt, formatFloatSpec(rt, self, strValue(spec)))
        },
      },
    }),
  )
  defineGetSets(rt, t, {
    real: { get: floatOf },
    imag: { get: (rt) => newFloat(rt, 0) },
  })
}

// --- complex ----------------------------------------------------------------------------

/** The (re, im) of a number argument of complex(), via __complex__, __float__ or __index__. */
/** The parts of a complex() argument, and whether it was complex (or had __complex__). */
function complexPartsOf(rt: Runtime, o: PyObject, which: string): [number, number, boolean] {
  if (o.type === rt.t.complex || o.type.mro.includes(rt.t.complex))
    return [o.v as number, o.w as number, true]
  const cm = lookupSpecial(rt, o, "__complex__")
  if (cm !== null) {
    const r = call(rt, cm, [], null)
    decref(rt, cm)
    if (!(r.type === rt.t.complex || r.type.mro.includes(rt.t.complex))) {
      decref(rt, r)
      return typeError(rt, `__complex__ returned non-complex (type ${r.type.name})`)
    }
    const parts: [number, number, boolean] = [r.v as number, r.w as number, true]
    decref(rt, r)
    return parts
  }
  if (isFloat(rt, o)) return [o.v as number, 0, false]
  if (isInt(o)) {
    try {
      return [intToFloat(o.v as IntValue), 0, false]
    } catch (e) {
      return raiseArith(rt, e)
    }
  }
  if (o.type.float !== null || o.type.index !== null) {
    const f = asFloat(rt, o)
    const x = f.v as number
    decref(rt, f)
    return [x, 0, false]
  }
  return typeError(rt, `complex() ${which}, not '${o.type.name}'`)
}

function complexNew(
  rt: Runtime,
  type: PyType,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const [r, i] = parseArgs(
    rt,
    { fname: "complex", names: ["real", "imag"], required: 0 },
    args,
    kwnames,
  )
  let re = 0
  let im = 0
  // Whether the first argument was complex (its imaginary part then adds to the result's).
  let rComplex = false
  if (r !== null) {
    if (isStr(r)) {
      if (i !== null) return typeError(rt, "complex() can't take second arg if first is a string")
      const p = parseComplex(strValue(r))
      if (p === null) return valueError(rt, "complex() arg is a malformed string")
      ;[re, im] = p
    } else {
      if (isBytes(r) || r.type === rt.t.bytearray)
        return typeError(
          rt,
          `complex() first argument must be a string or a number, not '${r.type.name}'`,
        )
      const [a, b, c] = complexPartsOf(rt, r, "first argument must be a string or a number")
      re = a
      im = b
      rComplex = c
    }
  }
  if (i !== null) {
    if (isStr(i)) return typeError(rt, "complex() second arg can't be a string")
    const [c, d, iComplex] = complexPartsOf(rt, i, "second argument must be a number")
    // complex(a+bj, c+dj) == (a - d) + (b + c)j; the corrections apply only to complex
    // arguments, so that complex(1, -0.0) keeps its negative zero, as CPython's complex_new.
    if (iComplex) re -= d
    im = rComplex ? im + c : c
  }
  if (type === rt.t.complex) return newComplex(rt, re, im)
  return allocObject(rt, type, 32, re, im)
}

/** Installs complex's constructor, methods and attributes. */
export function defineComplexMethods(rt: Runtime, t: PyType): void {
  t.newObj = complexNew
  defineMethods(
    rt,
    t,
    guardTable({
      conjugate: {
        kind: "noargs",
        fn: (rt, self) => newComplex(rt, self.v as number, -(self.w as number)),
      },
      __complex__: {
        kind: "noargs",
        fn: (rt, self) => {
          if (self.type === rt.t.complex) {
            self.rc++
            return self
          }
          return newComplex(rt, self.v as number, self.w as number)
        },
      },
      __getnewargs__: {
        kind: "noargs",
        fn: (rt, self) =>
          newTuple(rt, [newFloat(rt, self.v as number), newFloat(rt, self.w as number)]),
      },
      __format__: {
        kind: "o",
        fn: (rt, self, args) => {
          const spec = args[0]!
          if (!isStr(spec))
            return typeError(rt, `__format__() argument must be str, not ${spec.type.name}`)
          // An empty spec is str(self), returned as it is.
          if (strValue(spec) === "") return pyStr(rt, self)
          return newStr(rt, formatComplexSpec(rt, self, strValue(spec)))
        },
      },
    }),
  )
  defineGetSets(rt, t, {
    real: { get: (rt, o) => newFloat(rt, o.v as number) },
    imag: { get: (rt, o) => newFloat(rt, o.w as number) },
  })
}
