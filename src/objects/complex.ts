// complex: a pair of doubles.
//
// Representation. `o.v` is the real part, `o.w` the imaginary part (numbers).
//
//   addr+0    ┌──────────────────┐
//             │ ob_refcnt        │
//   addr+8    │ ob_type          │
//   addr+16   │ cval.real        │
//   addr+24   │ cval.imag        │
//             └──────────────────┘   size 32
//
// @cpython Objects/complexobject.c

import { complexRepr } from "../util/float-repr.js"
import { raise, valueError } from "./errors.js"
import { isFloat, newFloat } from "./float.js"
import { hashComplex } from "./hash.js"
import { type IntValue, isInt, newBool } from "./int.js"
import { intToFloat, raiseArith } from "./int-arith.js"
import { defineComplexMethods } from "./float-methods.js"
import { genericGetattroOf } from "./static.js"
import type { PyObject } from "./object.js"
import { allocObject, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStr } from "./str.js"
import type { BinarySlot, PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** sizeof(PyComplexObject). */
export const COMPLEX_SIZE = 32

/** Returns a new reference to the complex `re + im*j`. */
export function newComplex(rt: Runtime, re: number, im: number): PyObject {
  return allocObject(rt, rt.t.complex, COMPLEX_SIZE, re, im)
}

function complexDealloc(rt: Runtime, o: PyObject): void {
  freeObject(rt, o)
}

/** Creates the complex type. */
export function initComplexType(rt: Runtime): PyType {
  const flags = TypeFlags.BASETYPE
  const t = newStaticType(rt, "complex", rt.t.object, COMPLEX_SIZE, 0, flags)
  t.dealloc = complexDealloc
  installComplexSlots(t)
  t.getattro = genericGetattroOf(rt) // tp_getattro set explicitly (static.ts)
  rt.t.complex = t
  defineComplexMethods(rt, t)
  return t
}

// --- arithmetic on (re, im) pairs ---------------------------------------------

/** _Py_c_quot: Smith's algorithm; raises ZeroDivisionError "complex division by zero". */
export function complexQuot(
  rt: Runtime,
  ar: number,
  ai: number,
  br: number,
  bi: number,
): [number, number] {
  const abr = Math.abs(br)
  const abi = Math.abs(bi)
  if (abr >= abi) {
    if (abr === 0) return raise(rt, rt.t.ZeroDivisionError, "complex division by zero")
    const ratio = bi / br
    const denom = br + bi * ratio
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom]
  }
  if (abi >= abr) {
    const ratio = br / bi
    const denom = br * ratio + bi
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom]
  }
  return [NaN, NaN] // at least one of b's parts is NaN
}

function cMul(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br]
}

function cPowu(xr: number, xi: number, n: number): [number, number] {
  let r: [number, number] = [1, 0]
  let p: [number, number] = [xr, xi]
  let mask = 1
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cMul(r[0], r[1], p[0], p[1])
    mask <<= 1
    p = cMul(p[0], p[1], p[0], p[1])
  }
  return r
}

/**
 * complex_pow: integral exponents up to 100 by repeated multiplication,
 * others by polar form. Raises ZeroDivisionError "0.0 to a negative or
 * complex power" and OverflowError "complex exponentiation".
 */
export function complexPowValues(
  rt: Runtime,
  ar: number,
  ai: number,
  br: number,
  bi: number,
): [number, number] {
  let r: [number, number]
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100) {
    const n = br
    if (n >= 0) r = cPowu(ar, ai, n)
    else {
      const p = cPowu(ar, ai, -n)
      if (p[0] === 0 && p[1] === 0)
        return raise(rt, rt.t.ZeroDivisionError, "0.0 to a negative or complex power")
      r = complexQuot(rt, 1, 0, p[0], p[1])
    }
  } else if (br === 0 && bi === 0) {
    r = [1, 0]
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0)
      return raise(rt, rt.t.ZeroDivisionError, "0.0 to a negative or complex power")
    r = [0, 0]
  } else {
    const vabs = Math.hypot(ar, ai)
    let len = Math.pow(vabs, br)
    const at = Math.atan2(ai, ar)
    let phase = at * br
    if (bi !== 0) {
      len /= Math.exp(at * bi)
      phase += bi * Math.log(vabs)
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)]
  }
  // Py_ADJUST_ERANGE2: an infinite part (not a NaN one) means the result overflowed.
  if (Math.abs(r[0]) === Infinity || Math.abs(r[1]) === Infinity)
    return raise(rt, rt.t.OverflowError, "complex exponentiation")
  return r
}

// --- repr and parsing -----------------------------------------------------------

/** repr() of a complex (util/float-repr.ts): '1j', '(1+2j)', '(-0-1j)', '(nan+infj)'. */
export { complexRepr }

const FLOAT_TEXT = String.raw`(?:(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`
const COMPLEX_RE = new RegExp(
  String.raw`^(?:([+-]?${FLOAT_TEXT})(?:([+-]${FLOAT_TEXT}?)[jJ])?|([+-]?${FLOAT_TEXT}?)[jJ])$`,
  "i",
)

function parsePart(s: string): number | null {
  // An empty mantissa ("j", "+j") means 1; a lone "." is not a number.
  const body = s.replace(/^[+-]/, "")
  const neg = s.startsWith("-")
  if (body === "") return neg ? -1 : 1
  if (!/\d|inf|nan/i.test(body)) return null
  const low = body.toLowerCase()
  let v: number
  if (low === "inf" || low === "infinity") v = Infinity
  else if (low === "nan") v = NaN
  else v = Number(body.replace(/_/g, ""))
  if (v !== v && low !== "nan") return null
  return neg ? -v : v
}

/**
 * complex(str): '1+2j', ' (1-2.5e3J) ', 'j', 'inf-nanj', underscores between
 * digits; null when malformed (the caller raises "complex() arg is a malformed string").
 */
export function parseComplex(text: string): [number, number] | null {
  let s = text.trim()
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim()
  const m = COMPLEX_RE.exec(s)
  if (m === null) return null
  if (m[3] !== undefined) {
    const im = parsePart(m[3])
    return im === null ? null : [0, im]
  }
  // "-j": the real part matched empty and the sign went to the imaginary part.
  if (m[1] === "" && m[2] !== undefined) {
    const im = parsePart(m[2])
    return im === null ? null : [0, im]
  }
  const re = parsePart(m[1]!)
  if (re === null || m[1]!.replace(/^[+-]/, "") === "") return null
  if (m[2] === undefined) return [re, 0]
  const im = parsePart(m[2])
  return im === null ? null : [re, im]
}

// --- slots ------------------------------------------------------------------------

/** The (re, im) of a complex, float or int operand, or null for anything else. */
function toComplexParts(rt: Runtime, o: PyObject): [number, number] | null {
  if (o.type === rt.t.complex || o.type.mro.includes(rt.t.complex))
    return [o.v as number, o.w as number]
  if (isFloat(rt, o)) return [o.v as number, 0]
  if (isInt(o)) {
    try {
      return [intToFloat(o.v as IntValue), 0]
    } catch (e) {
      return raiseArith(rt, e)
    }
  }
  return null
}

function notImplemented(rt: Runtime): PyObject {
  const n = rt.NotImplemented
  n.rc++
  return n
}

type CBin = (rt: Runtime, ar: number, ai: number, br: number, bi: number) => [number, number]

function complexBinary(op: CBin): BinarySlot {
  return (rt, a, b) => {
    const x = toComplexParts(rt, a)
    if (x === null) return notImplemented(rt)
    const y = toComplexParts(rt, b)
    if (y === null) return notImplemented(rt)
    const [re, im] = op(rt, x[0], x[1], y[0], y[1])
    return newComplex(rt, re, im)
  }
}

function complexRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return notImplemented(rt)
  const re = a.v as number
  const im = a.w as number
  let eq: boolean
  if (isInt(b)) {
    eq = im === 0 && re == (b.v as IntValue) // exact number/bigint comparison
  } else if (isFloat(rt, b)) {
    eq = im === 0 && re === b.v
  } else if (b.type === rt.t.complex || b.type.mro.includes(rt.t.complex)) {
    eq = re === b.v && im === b.w
  } else {
    return notImplemented(rt)
  }
  return newBool(rt, op === CompareOp.EQ ? eq : !eq)
}

function complexAbs(rt: Runtime, re: number, im: number): number {
  const r = Math.hypot(re, im)
  if (!Number.isFinite(r) && Number.isFinite(re) && Number.isFinite(im))
    return raise(rt, rt.t.OverflowError, "absolute value too large")
  return r
}

function installComplexSlots(t: PyType): void {
  t.repr = (rt, o) => newStr(rt, complexRepr(o.v as number, o.w as number))
  t.hash = (_rt, o) => hashComplex(o.v as number, o.w as number, o.addr)
  t.richcompare = complexRichCompare
  t.add = complexBinary((_rt, ar, ai, br, bi) => [ar + br, ai + bi])
  t.subtract = complexBinary((_rt, ar, ai, br, bi) => [ar - br, ai - bi])
  t.multiply = complexBinary((_rt, ar, ai, br, bi) => cMul(ar, ai, br, bi))
  t.trueDivide = complexBinary(complexQuot)
  t.power = (rt, a, b, m) => {
    if (m !== rt.None) return valueError(rt, "complex modulo")
    const x = toComplexParts(rt, a)
    if (x === null) return notImplemented(rt)
    const y = toComplexParts(rt, b)
    if (y === null) return notImplemented(rt)
    const [re, im] = complexPowValues(rt, x[0], x[1], y[0], y[1])
    return newComplex(rt, re, im)
  }
  t.negative = (rt, o) => newComplex(rt, -(o.v as number), -(o.w as number))
  t.positive = (rt, o) => newComplex(rt, o.v as number, o.w as number)
  t.absolute = (rt, o) => newFloat(rt, complexAbs(rt, o.v as number, o.w as number))
  t.bool = (_rt, o) => o.v !== 0 || o.w !== 0
}
