// float: IEEE-754 doubles.
//
// Representation. `o.v` is the JS number; `o.w` is unused.
//
//   addr+0    ┌──────────────────┐
//             │ ob_refcnt        │
//   addr+8    │ ob_type          │
//   addr+16   │ ob_fval (double) │
//             └──────────────────┘   size 24
//
// Free list (3.11): up to 100 dead floats are kept, block and all, and reused
// LIFO by the next float, so `x = 1.5; i = id(x); del x; id(2.5) == i`. The JS
// object comes back with its block: a free-listed float has rc 0 and nothing
// may use it until newFloat hands it out again. The
// list lives in rt.freelists.float; a full collection empties it
// (clearFloatFreeList). Subclass instances never go there.
//
// @cpython Objects/floatobject.c

import { decompose, ratioToDouble } from "../util/dtoa.js"
import { floatRepr } from "../util/float-repr.js"
import { complexPowValues, newComplex } from "./complex.js"
import { raise, typeError, valueError } from "./errors.js"
import { hashFloat } from "./hash.js"
import { compareResult, type IntValue, isInt, newBool, newInt, normBig } from "./int.js"
import { intToFloat, raiseArith } from "./int-arith.js"
import { defineFloatMethods } from "./float-methods.js"
import { genericGetattroOf } from "./static.js"
import { PyObject } from "./object.js"
import { allocObject, reviveObject, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStr } from "./str.js"
import { newTuple } from "./tuple.js"
import type { BinarySlot, PyType } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** sizeof(PyFloatObject). */
export const FLOAT_SIZE = 24
/** PyFloat_MAXFREELIST. */
export const FLOAT_MAXFREELIST = 100

/** Returns a new reference to a float with value `x`, reusing a free-list block when one is left. */
export function newFloat(rt: Runtime, x: number): PyObject {
  const fl = rt.freelists.float!
  const o = fl.pop()
  if (o !== undefined) {
    // Reuse a dead float, block (and so id) and all, as CPython reuses the memory.
    return reviveObject(rt, o, x, null)
  }
  return allocObject(rt, rt.t.float, FLOAT_SIZE, x, null)
}

/** The value of a float (or float subclass instance). Borrowed; no checks. */
export function floatValue(o: PyObject): number {
  return o.v as number
}

/** PyFloat_Check. */
export function isFloat(rt: Runtime, o: PyObject): boolean {
  const t = o.type
  return t === rt.t.float || t.mro.includes(rt.t.float)
}

function floatDealloc(rt: Runtime, o: PyObject): void {
  const fl = rt.freelists.float!
  if (o.type === rt.t.float && fl.length < FLOAT_MAXFREELIST) {
    // The block stays allocated and waits to be reused (see the header).
    fl.push(o)
    return
  }
  freeObject(rt, o)
}

/** Frees every float waiting on the free list (a full collection does it, as 3.11's gc). */
export function clearFloatFreeList(rt: Runtime): number {
  const fl = rt.freelists.float!
  const n = fl.length
  let o: PyObject | undefined
  while ((o = fl.pop()) !== undefined) freeObject(rt, o)
  return n
}

/** Creates the float type and its free list. Slots and methods: see installFloatSlots. */
export function initFloatType(rt: Runtime): PyType {
  const flags = TypeFlags.BASETYPE | TypeFlags.MATCH_SELF
  const t = newStaticType(rt, "float", rt.t.object, FLOAT_SIZE, 0, flags)
  t.dealloc = floatDealloc
  installFloatSlots(t)
  t.getattro = genericGetattroOf(rt) // tp_getattro set explicitly (static.ts)
  rt.t.float = t
  defineFloatMethods(rt, t)
  rt.freelists.float = []
  return t
}

// --- repr -------------------------------------------------------------------

/** repr() of a float (util/float-repr.ts, shared with the compiler): "1.0", "1e+16", "-0.0". */
export { floatRepr }

function floatReprSlot(rt: Runtime, o: PyObject): PyObject {
  return newStr(rt, floatRepr(o.v as number))
}

// --- arithmetic ---------------------------------------------------------------

/**
 * The double value of a float or int operand, or null when the operand is
 * neither (the slot then returns NotImplemented). Raises OverflowError for an
 * int too large for a double.
 */
function toDouble(rt: Runtime, o: PyObject): number | null {
  if (isFloat(rt, o)) return o.v as number
  if (isInt(o)) {
    try {
      return intToFloat(o.v as IntValue)
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

function floatBinary(op: (rt: Runtime, x: number, y: number) => number): BinarySlot {
  return (rt, a, b) => {
    const x = toDouble(rt, a)
    if (x === null) return notImplemented(rt)
    const y = toDouble(rt, b)
    if (y === null) return notImplemented(rt)
    return newFloat(rt, op(rt, x, y))
  }
}

/** Python's float modulo: the result takes the divisor's sign (float_rem). */
export function floatMod(rt: Runtime, x: number, y: number): number {
  if (y === 0) return raise(rt, rt.t.ZeroDivisionError, "float modulo")
  let m = x % y
  if (m !== 0) {
    if (y < 0 !== m < 0) m += y
  } else {
    m = y < 0 ? -0 : 0
  }
  return m
}

/** float divmod (float_divmod): [floor quotient, modulo]. `what` names the zero-division message. */
export function floatDivmod(rt: Runtime, x: number, y: number, what: string): [number, number] {
  if (y === 0) return raise(rt, rt.t.ZeroDivisionError, what)
  let mod = x % y
  let div = (x - mod) / y
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y
      div -= 1
    }
  } else {
    mod = y < 0 ? -0 : 0
  }
  let floordiv: number
  if (div !== 0) {
    floordiv = Math.floor(div)
    if (div - floordiv > 0.5) floordiv += 1
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0
  }
  return [floordiv, mod]
}

/**
 * x ** y for doubles with float_pow's special cases; raises ZeroDivisionError
 * for 0 to a negative power and OverflowError "(34, 'Numerical result out of
 * range')" when a finite computation overflows. A negative base with a
 * non-integral exponent is the caller's business (it gives a complex).
 */
export function floatPowValues(rt: Runtime, x: number, y: number): number {
  if (y === 0) return 1
  if (x !== x) return y === 0 ? 1 : x
  if (y !== y) return x === 1 ? 1 : y
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x)
    if (ax === 1) return 1
    return ax > 1 === y > 0 ? Infinity : 0
  }
  if (!Number.isFinite(x)) return Math.pow(x, y)
  if (x === 0) {
    if (y < 0) return raise(rt, rt.t.ZeroDivisionError, "0.0 cannot be raised to a negative power")
    return Math.pow(x, y)
  }
  if (x === 1) return 1
  const r = Number.isInteger(y) && Math.abs(y) <= 2048 ? intPowExact(x, y) : Math.pow(x, y)
  if (!Number.isFinite(r))
    return raise(rt, rt.t.OverflowError, "(34, 'Numerical result out of range')")
  return r
}

/**
 * x ** n for an integral n, correctly rounded like the C library's pow (V8's
 * Math.pow is not: 7.0 ** -2 would end in ...124 instead of ...12): computed
 * exactly with bigints from x = m × 2^e, then rounded once.
 */
export function intPowExact(x: number, n: number): number {
  const { m, e } = decompose(x)
  const neg = x < 0 && n % 2 !== 0
  const k = Math.abs(n)
  const p = m ** BigInt(k)
  const r = n > 0 ? ratioToDouble(p, 1n, e * k) : ratioToDouble(1n, p, -e * k)
  return neg ? -r : r
}

function floatPowerSlot(rt: Runtime, a: PyObject, b: PyObject, m: PyObject): PyObject {
  const x = toDouble(rt, a)
  if (x === null) return notImplemented(rt)
  const y = toDouble(rt, b)
  if (y === null) return notImplemented(rt)
  if (m !== rt.None)
    return typeError(rt, "pow() 3rd argument not allowed unless all arguments are integers")
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) {
    // A negative number to a fractional power is complex (3.x).
    const [re, im] = complexPowValues(rt, x, 0, y, 0)
    return newComplex(rt, re, im)
  }
  return newFloat(rt, floatPowValues(rt, x, y))
}

function floatDivmodSlot(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  const x = toDouble(rt, a)
  if (x === null) return notImplemented(rt)
  const y = toDouble(rt, b)
  if (y === null) return notImplemented(rt)
  const [q, r] = floatDivmod(rt, x, y, "float divmod()")
  return newTuple(rt, [newFloat(rt, q), newFloat(rt, r)])
}

/** float → int by truncation (float.__int__, int(x)); errors for inf and nan. */
export function floatToIntValue(rt: Runtime, x: number): IntValue {
  if (x !== x) return valueError(rt, "cannot convert float NaN to integer")
  if (!Number.isFinite(x))
    return raise(rt, rt.t.OverflowError, "cannot convert float infinity to integer")
  const t = Math.trunc(x)
  return Number.isSafeInteger(t) ? t + 0 : normBig(BigInt(t))
}

function floatRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const x = a.v as number
  let c: number
  if (isFloat(rt, b)) {
    const y = b.v as number
    c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN
  } else if (isInt(b)) {
    // JS compares a double with a number or a bigint exactly.
    const y = b.v as IntValue
    c = x !== x ? NaN : x < y ? -1 : x > y ? 1 : 0
  } else {
    return notImplemented(rt)
  }
  return newBool(rt, compareResult(c, op))
}

function installFloatSlots(t: PyType): void {
  t.repr = floatReprSlot
  t.hash = (_rt, o) => hashFloat(o.v as number, o.addr)
  t.richcompare = floatRichCompare
  t.add = floatBinary((_rt, x, y) => x + y)
  t.subtract = floatBinary((_rt, x, y) => x - y)
  t.multiply = floatBinary((_rt, x, y) => x * y)
  t.trueDivide = floatBinary((rt, x, y) =>
    y === 0 ? raise(rt, rt.t.ZeroDivisionError, "float division by zero") : x / y,
  )
  t.floorDivide = floatBinary(
    (rt, x, y) => floatDivmod(rt, x, y, "float floor division by zero")[0],
  )
  t.remainder = floatBinary(floatMod)
  t.divmod = floatDivmodSlot
  t.power = floatPowerSlot
  t.negative = (rt, o) => newFloat(rt, -(o.v as number))
  t.positive = (rt, o) => newFloat(rt, o.v as number)
  t.absolute = (rt, o) => newFloat(rt, Math.abs(o.v as number))
  t.bool = (_rt, o) => o.v !== 0
  t.int = (rt, o) => newInt(rt, floatToIntValue(rt, o.v as number))
  t.float = (rt, o) => {
    if (o.type === rt.t.float) {
      o.rc++
      return o
    }
    return newFloat(rt, o.v as number)
  }
}
