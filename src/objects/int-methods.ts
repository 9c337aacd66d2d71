// int() and bool(), parsing integers from text, and the methods of int:
// bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, __round__,
// __format__, __sizeof__, real/imag/numerator/denominator.
//
// @cpython Objects/longobject.c (PyLong_FromString, long_new_impl, int_to_bytes_impl, ...)

import { decimalValue, isSpaceCp } from "../util/unicode.js"
import { asInt, call, getIter, index, isTrue, iterNext, str as pyStr } from "./abstract.js"
import { bytearrayView } from "./bytearray.js"
import { bytesRepr, bytesValue, isBytes, newBytes } from "./bytes.js"
import { defineGetSets, defineMethods, parseArgs, type ArgSpec } from "./descr.js"
import { raise, typeError, valueError } from "./errors.js"
import { formatIntSpec } from "./format.js"
import {
  bitLength,
  intSize,
  type IntValue,
  newBool,
  newInt,
  normBig,
  smallInt,
  toBig,
} from "./int.js"
import { intAdd, intBitCount, intDivmod, raiseArith } from "./int-arith.js"
import { guardTable } from "./memguard.js"
import type { PyObject } from "./object.js"
import { allocObject, decref, noMemory } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { isStr, newStr, strRepr, strValue } from "./str.js"
import { newTuple } from "./tuple.js"
import type { PyType } from "./type.js"

// --- parsing --------------------------------------------------------------------

/** Why a text is not an int literal: the caller builds the message. */
const BAD = null

/**
 * Parses an integer literal as int(text, base) does (PyLong_FromString):
 * surrounding whitespace, a sign, a 0x/0o/0b prefix (required to match for
 * base 0, optional for 16/8/2), single underscores between digits and after
 * the prefix, Unicode decimal digits. Returns null when the text is not a
 * literal. Throws (Python ValueError) for the 3.11 digit limit on decimal text.
 */
export function parseIntText(rt: Runtime, text: string, base: number): IntValue | null {
  // Unicode decimal digits and spaces are folded to ASCII first (as _PyUnicode_TransformDecimalAndSpaceToASCII).
  let s = ""
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 128) s += ch
    else if (isSpaceCp(cp)) s += " "
    else {
      const d = decimalValue(cp)
      if (d < 0) return BAD
      s += String.fromCharCode(48 + d)
    }
  }
  let i = 0
  let n = s.length
  while (i < n && isSpaceCp(s.charCodeAt(i))) i++
  while (n > i && isSpaceCp(s.charCodeAt(n - 1))) n--
  let neg = false
  if (i < n && (s[i] === "+" || s[i] === "-")) {
    neg = s[i] === "-"
    i++
  }
  let prefixed = false
  if (i + 1 < n && s[i] === "0") {
    const p = s[i + 1]!.toLowerCase()
    const pb = p === "x" ? 16 : p === "o" ? 8 : p === "b" ? 2 : 0
    if (pb !== 0 && (base === 0 || base === pb)) {
      base = pb
      i += 2
      prefixed = true
    }
  }
  let decimalBase0 = false
  if (base === 0) {
    base = 10
    decimalBase0 = true
  }
  // Collect digits: an underscore must sit between two digits (or follow the prefix).
  let digits = ""
  let prevUnderscore = false
  for (let j = i; j < n; j++) {
    const c = s[j]!
    if (c === "_") {
      if (prevUnderscore || (digits === "" && !prefixed)) return BAD
      prevUnderscore = true
      continue
    }
    const d = digitValue(c.charCodeAt(0))
    if (d < 0 || d >= base) return BAD
    digits += c
    prevUnderscore = false
  }
  if (digits === "" || prevUnderscore) return BAD
  // Base 0 refuses leading zeros in a non-zero decimal ("08", "0_7").
  if (decimalBase0 && !prefixed && digits[0] === "0" && /[1-9]/.test(digits)) return BAD
  const limit = rt.intMaxStrDigits
  if ((base & (base - 1)) !== 0 && limit > 0 && digits.length > limit)
    valueError(
      rt,
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    )
  let v: IntValue
  if (digits.length <= 10 && base <= 36) {
    v = parseInt(digits, base)
  } else if (base === 10) {
    v = normBig(BigInt(digits))
  } else if (base === 16 || base === 8 || base === 2) {
    v = normBig(BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + digits))
  } else {
    // Other bases: accumulate chunks of 8 digits.
    let acc = 0n
    const B = BigInt(base)
    for (let j = 0; j < digits.length; j += 8) {
      const chunk = digits.slice(j, j + 8)
      acc = acc * B ** BigInt(chunk.length) + BigInt(parseInt(chunk, base))
    }
    v = normBig(acc)
  }
  if (neg) v = typeof v === "number" ? (v === 0 ? 0 : -v) : normBig(-v)
  return v
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 97 && c <= 122) return c - 87
  if (c >= 65 && c <= 90) return c - 55
  return -1
}

/** The repr used in "invalid literal" messages: repr of the original text, cut at 200 characters. */
function literalRepr(o: PyObject): string {
  let r: string
  if (isStr(o)) r = strRepr(strValue(o))
  // int() of a bytearray quotes its bytes as bytes (PyLong_FromString on a copy).
  else r = bytesRepr(isBytes(o) ? bytesValue(o) : bytearrayView(o))
  return r.length > 200 ? r.slice(0, 200) : r
}

/** The bytes of a bytes or bytearray object, or null. */
function bytesLikeData(rt: Runtime, o: PyObject): Uint8Array | null {
  if (isBytes(o)) return bytesValue(o)
  if (o.type === rt.t.bytearray || o.type.mro.includes(rt.t.bytearray)) return bytearrayView(o)
  return null
}

/** int(text, base) for a str, bytes or bytearray `x`: the value, or ValueError "invalid literal...". */
export function intFromText(rt: Runtime, x: PyObject, base: number): IntValue {
  let text: string
  if (isStr(x)) text = strValue(x)
  else {
    const data = bytesLikeData(rt, x)!
    text = ""
    for (let i = 0; i < data.length; i++) text += String.fromCharCode(data[i]!)
    // Bytes are ASCII-only literals: a non-ASCII byte is never a digit or a space here.
    if (/[^\x00-\x7f]/.test(text)) text = text.replace(/[^\x00-\x7f]/g, "\u0000")
  }
  const v = parseIntText(rt, text, base)
  if (v === null)
    return valueError(rt, `invalid literal for int() with base ${base}: ${literalRepr(x)}`)
  return v
}

// --- int() and bool() -----------------------------------------------------------------

const INT_NEW_SPEC: ArgSpec = { fname: "int", names: ["x", "base"], posOnly: 1, required: 0 }

/** long_new: int(), int(x), int(x, base); for a subclass, the value in an instance of it. */
function intNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [x, baseObj] = parseArgs(rt, INT_NEW_SPEC, args, kwnames)
  let result: PyObject
  if (x === null) {
    if (baseObj !== null && baseObj !== undefined)
      return typeError(rt, "int() missing string argument")
    result = smallInt(rt, 0)
  } else if (baseObj === null || baseObj === undefined) {
    if (isStr(x) || bytesLikeData(rt, x) !== null) result = newInt(rt, intFromText(rt, x, 10))
    else result = asInt(rt, x)
  } else {
    const bi = index(rt, baseObj)
    const base = bi.v as IntValue
    decref(rt, bi)
    if (typeof base !== "number" || (base !== 0 && (base < 2 || base > 36)))
      return valueError(rt, "int() base must be >= 2 and <= 36, or 0")
    if (!isStr(x) && bytesLikeData(rt, x) === null)
      return typeError(rt, "int() can't convert non-string with explicit base")
    result = newInt(rt, intFromText(rt, x, base))
  }
  if (type === rt.t.int) return result
  // long_subtype_new: the same value in an instance of the subclass.
  const v = result.v as IntValue
  decref(rt, result)
  return allocObject(rt, type, intSize(v), v, null)
}

function boolNew(rt: Runtime, _type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    return typeError(rt, "bool() takes no keyword arguments")
  if (args.length > 1) return typeError(rt, `bool expected at most 1 argument, got ${args.length}`)
  return newBool(rt, args.length === 1 && isTrue(rt, args[0]!))
}

// --- methods ------------------------------------------------------------------------------

function byteorderArg(rt: Runtime, o: PyObject | null): boolean {
  if (o === null) return false
  if (!isStr(o))
    return typeError(rt, `to_bytes() argument 'byteorder' must be str, not ${o.type.name}`)
  const s = strValue(o)
  if (s === "little") return true
  if (s === "big") return false
  return valueError(rt, "byteorder must be either 'little' or 'big'")
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
function intToBytes(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const [lenObj, orderObj, signedObj] = parseArgs(
    rt,
    { fname: "to_bytes", names: ["length", "byteorder", "signed"], required: 0, maxPos: 2 },
    args,
    kwnames,
  )
  let length = 1
  if (lenObj !== null) {
    const l = index(rt, lenObj)
    length = typeof l.v === "number" ? l.v : Number.MAX_SAFE_INTEGER
    decref(rt, l)
    if (length < 0) return valueError(rt, "length argument must be non-negative")
    if (length > 2 ** 31) return noMemory(rt)
  }
  const little = byteorderArg(rt, orderObj)
  const signed = signedObj !== null && isTrue(rt, signedObj)
  let v = toBig(self.v as IntValue)
  if (v < 0n && !signed)
    return raise(rt, rt.t.OverflowError, "can't convert negative int to unsigned")
  const bits = length * 8
  const fits = signed
    ? v >= -(1n << BigInt(bits - 1 < 0 ? 0 : bits - 1)) && v < 1n << BigInt(Math.max(bits - 1, 0))
    : v < 1n << BigInt(bits)
  if (!fits || (length === 0 && v !== 0n))
    return raise(rt, rt.t.OverflowError, "int too big to convert")
  if (v < 0n) v += 1n << BigInt(bits)
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn)
    v >>= 8n
  }
  return newBytes(rt, out)
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) (a classmethod). */
function intFromBytes(
  rt: Runtime,
  cls: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const [src, orderObj, signedObj] = parseArgs(
    rt,
    { fname: "from_bytes", names: ["bytes", "byteorder", "signed"], required: 1, maxPos: 2 },
    args,
    kwnames,
  )
  const little = byteorderArg(rt, orderObj)
  const signed = signedObj !== null && isTrue(rt, signedObj)
  let data = bytesLikeData(rt, src!)
  if (data === null) data = bytesFromIterable(rt, src!)
  let v = 0n
  for (let i = 0; i < data.length; i++) {
    const b = data[little ? data.length - 1 - i : i]!
    v = (v << 8n) | BigInt(b)
  }
  if (signed && data.length > 0 && v >> BigInt(data.length * 8 - 1) === 1n)
    v -= 1n << BigInt(data.length * 8)
  const r = newInt(rt, normBig(v))
  if (cls === rt.t.int) return r
  // A subclass gets cls(value), as CPython calls the class.
  try {
    return call(rt, cls, [r], null)
  } finally {
    decref(rt, r)
  }
}

/** bytes(iterable of ints) for from_bytes: each item must be in range(256). */
function bytesFromIterable(rt: Runtime, src: PyObject): Uint8Array {
  if (isStr(src)) return typeError(rt, "cannot convert 'str' object to bytes")
  const it = getIter(rt, src)
  const out: number[] = []
  try {
    let item: PyObject | null
    while ((item = iterNext(rt, it)) !== null) {
      const i = index(rt, item)
      decref(rt, item)
      const b = i.v as IntValue
      decref(rt, i)
      if (typeof b !== "number" || b < 0 || b > 255)
        return valueError(rt, "bytes must be in range(0, 256)")
      out.push(b)
    }
  } finally {
    decref(rt, it)
  }
  return Uint8Array.from(out)
}

/** int.__round__(ndigits=None): negative ndigits round half-to-even to a multiple of 10**-ndigits. */
function intRound(
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
  const v = self.v as IntValue
  if (nd === null || nd === rt.None) return newInt(rt, v)
  const ni = index(rt, nd)
  const n = ni.v as IntValue
  decref(rt, ni)
  if (n >= 0) return newInt(rt, v)
  // Round to a multiple of p = 10**-n with ties to even (long_round).
  const negn = typeof n === "bigint" ? -n : BigInt(-n)
  if (negn > 100000n) return smallInt(rt, 0)
  const p = normBig(10n ** negn)
  try {
    const [q, r] = intDivmod(v, p, "")
    const twice = toBig(intAdd(r, r))
    const pb = toBig(p)
    let qq = q
    if (twice > pb || (twice === pb && (toBig(q) & 1n) === 1n)) qq = intAdd(q, 1)
    const res = toBig(qq) * toBig(p)
    return newInt(rt, normBig(res))
  } catch (e) {
    return raiseArith(rt, e)
  }
}

function intAsIntegerRatio(rt: Runtime, self: PyObject): PyObject {
  return newTuple(rt, [newInt(rt, self.v as IntValue), smallInt(rt, 1)])
}

function exactIntOf(rt: Runtime, self: PyObject): PyObject {
  return newInt(rt, self.v as IntValue)
}

/** Installs int's methods and attributes (bootstrap; readyType puts them in the dict). */
export function defineIntMethods(rt: Runtime, t: PyType): void {
  t.newObj = intNew
  defineMethods(
    rt,
    t,
    guardTable({
      conjugate: { kind: "noargs", fn: (rt, self) => exactIntOf(rt, self) },
      bit_length: { kind: "noargs", fn: (rt, self) => newInt(rt, bitLength(self.v as IntValue)) },
      bit_count: { kind: "noargs", fn: (rt, self) => newInt(rt, intBitCount(self.v as IntValue)) },
      to_bytes: intToBytes,
      from_bytes: { fn: intFromBytes, binding: "class" },
      as_integer_ratio: { kind: "noargs", fn: (rt, self) => intAsIntegerRatio(rt, self) },
      __trunc__: { kind: "noargs", fn: (rt, self) => exactIntOf(rt, self) },
      __floor__: { kind: "noargs", fn: (rt, self) => exactIntOf(rt, self) },
      __ceil__: { kind: "noargs", fn: (rt, self) => exactIntOf(rt, self) },
      __round__: intRound,
      __getnewargs__: {
        kind: "noargs",
        fn: (rt, self) => newTuple(rt, [newInt(rt, self.v as IntValue)]),
      },
      __format__: {
        kind: "o",
        fn: (rt, self, args) => {
          const spec = args[0]!
          if (!isStr(spec))
            return typeError(rt, `__format__() argument must be str, not ${spec.type.name}`)
          // An empty spec on anything but an exact int is str(self), returned as
          // it is (a bool gives its cached 'True'); an exact int's digits go
          // through the formatter's buffer, which hands out the cached
          // one-character strs.
          if (strValue(spec) === "" && self.type !== rt.t.int) return pyStr(rt, self)
          return newStr(rt, formatIntSpec(rt, self, strValue(spec)))
        },
      },
      __sizeof__: { kind: "noargs", fn: (rt, self) => newInt(rt, intSize(self.v as IntValue)) },
    }),
  )
  defineGetSets(rt, t, {
    real: { get: (rt, o) => exactIntOf(rt, o) },
    imag: { get: (rt) => smallInt(rt, 0) },
    numerator: { get: (rt, o) => exactIntOf(rt, o) },
    denominator: { get: (rt) => smallInt(rt, 1) },
  })
}

/** bool's constructor (its methods are int's). */
export function defineBoolMethods(_rt: Runtime, t: PyType): void {
  t.newObj = boolNew
}
