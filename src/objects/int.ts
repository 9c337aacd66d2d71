// int and bool: arbitrary-precision integers.
//
// Representation. `o.v` is the value: a JS number when it is a safe integer
// (|x| <= 2^53 - 1), else a bigint. Never a bigint in the safe range, never a
// float-valued number; normInt() is the only way in. `o.w` is unused.
//
// Layout in CPython 3.11 (PyLongObject), which fixes the block size and
// sys.getsizeof: a PyVarObject header and 30-bit digits, least significant first.
//
//   addr+0    ┌──────────────────┐
//             │ ob_refcnt        │
//   addr+8    │ ob_type          │
//   addr+16   │ ob_size          │  number of digits, negative for negative ints
//   addr+24   │ ob_digit[0]      │  4 bytes each, 30 bits used
//             │ ob_digit[1] …    │
//             └──────────────────┘
//   size = 24 + 4 × max(1, ⌈bits/30⌉)   (0 and 1 → 28; 2**30 → 32; 2**60 → 36)
//
// Small ints -5..256 are statically allocated singletons; every operation
// whose result is in that range returns the cached object (newInt does it).
// bool is an int subclass whose only instances are True and False.
//
// @cpython Objects/longobject.c, Objects/boolobject.c

import { assert } from "../util/assert.js"
import { raise, typeError, valueError } from "./errors.js"
import { newFloat } from "./float.js"
import { floatPowValues } from "./float.js"
import { hashInt } from "./hash.js"
import {
  intAbs,
  intAdd,
  intAnd,
  intCmp,
  intDivmod,
  intFloorDiv,
  intInvert,
  intLshift,
  intMod,
  intMul,
  intNeg,
  intOr,
  intPowMod,
  intPowNonNeg,
  intRshift,
  intSub,
  intToFloat,
  intTrueDiv,
  intXor,
  raiseArith,
} from "./int-arith.js"
import { genericGetattroOf } from "./static.js"
import type { PyObject } from "./object.js"
import { allocObject, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStaticObject } from "./static.js"
import { newStrDecimal } from "./str.js"
import { defineBoolMethods, defineIntMethods } from "./int-methods.js"
import { newTuple } from "./tuple.js"
import type { BinarySlot, PyHash, PyType, UnarySlot } from "./type.js"
import { CompareOp, TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** The payload of an int: a safe-integer number or a bigint outside the safe range. */
export type IntValue = number | bigint

/** _PY_NSMALLNEGINTS and _PY_NSMALLPOSINTS: the small-int cache holds -5..256. */
export const NSMALLNEGINTS = 5
export const NSMALLPOSINTS = 257

/** Bits per digit of CPython's PyLongObject (PyLong_SHIFT). */
export const PYLONG_SHIFT = 30

/** offsetof(PyLongObject, ob_digit): the header before the digits. */
export const INT_BASICSIZE = 24
/** sizeof(digit). */
export const INT_ITEMSIZE = 4
/** sizeof(PyLongObject): the header and one digit, padded to 8. */
const LONG_OBJECT_SIZE = 32

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER)
const MIN_SAFE_BIG = -MAX_SAFE_BIG

/** Brings a bigint back to a number when it fits the safe range (the representation invariant). */
export function normBig(b: bigint): IntValue {
  return b >= MIN_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b
}

/** The value as a bigint (for the slow paths). */
export function toBig(v: IntValue): bigint {
  return typeof v === "bigint" ? v : BigInt(v)
}

/** Number of 30-bit digits CPython uses for `v` (0 for zero, as ob_size). */
export function intDigits(v: IntValue): number {
  if (typeof v === "number") {
    const a = Math.abs(v)
    if (a === 0) return 0
    return a < 2 ** 30 ? 1 : 2 // every safe integer is < 2^53 < 2^60
  }
  return Math.ceil(bitLength(v) / PYLONG_SHIFT)
}

/** The object size of an int with value `v` (its block size; sys.getsizeof for exact ints). */
export function intSize(v: IntValue): number {
  return INT_BASICSIZE + INT_ITEMSIZE * Math.max(1, intDigits(v))
}

/**
 * The bytes CPython 3.11 asks PyObject_Malloc for when it makes an exact int of value `v`
 * from a C value or a result: sizeof(PyLongObject) (32, the digit padded) for a value of at
 * most one digit (_PyLong_FromMedium), the header and the digits for more (_PyLong_New).
 * tracemalloc reports this request; sys.getsizeof reports intSize.
 */
function intRequest(v: IntValue): number {
  // intSize is header + digits (at least one): below 32 only for one digit.
  return Math.max(LONG_OBJECT_SIZE, intSize(v))
}

/** int.bit_length() of any value. */
export function bitLength(v: IntValue): number {
  if (typeof v === "number") {
    const a = Math.abs(v)
    if (a === 0) return 0
    if (a < 2 ** 31) return 32 - Math.clz32(a)
    return exactBitLengthNumber(a)
  }
  // Hex digits give the length in linear time (shifting a huge bigint word by word is quadratic).
  const hex = (v < 0n ? -v : v).toString(16)
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)))
}

function exactBitLengthNumber(a: number): number {
  // a is an integer in [2^31, 2^53): count via the high 32-bit half.
  const hi = Math.floor(a / 2 ** 32)
  return hi === 0 ? 32 : 64 - Math.clz32(hi)
}

/**
 * Returns a new reference to an int with value `v` (a number must be an
 * integer; a bigint is normalized). Values -5..256 give the cached object.
 */
export function newInt(rt: Runtime, v: IntValue): PyObject {
  if (typeof v === "bigint") {
    v = normBig(v)
    if (typeof v === "bigint") return allocObject(rt, rt.t.int, intRequest(v), v, null)
  }
  if (v >= -NSMALLNEGINTS && v < NSMALLPOSINTS) {
    const o = rt.smallInts[v + NSMALLNEGINTS]!
    o.rc++
    return o
  }
  // -0 never reaches here (it is a small int); a non-safe number would break the invariant.
  if (!Number.isSafeInteger(v)) return newInt(rt, BigInt(v))
  return allocObject(rt, rt.t.int, intRequest(v), v, null)
}

/** The small int `n` (-5 <= n <= 256) as a new reference. */
export function smallInt(rt: Runtime, n: number): PyObject {
  const o = rt.smallInts[n + NSMALLNEGINTS]!
  o.rc++
  return o
}

/** The value of an int or bool (or of an int subclass instance). Borrowed; no checks. */
export function intValue(o: PyObject): IntValue {
  return o.v as IntValue
}

/** The value of an int as a JS number, or null if it is outside the safe range. */
export function intAsSafeNumber(o: PyObject): number | null {
  return typeof o.v === "number" ? o.v : null
}

/** PyLong_Check: int, bool or a subclass. */
export function isInt(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.LONG_SUBCLASS) !== 0
}

/** PyLong_CheckExact. */
export function isIntExact(rt: Runtime, o: PyObject): boolean {
  return o.type === rt.t.int
}

/** True or False as a new reference. */
export function newBool(rt: Runtime, b: boolean): PyObject {
  const o = b ? rt.True : rt.False
  o.rc++
  return o
}

/** Raises OverflowError unless the int fits a Py_ssize_t-like JS number; returns it. */
export function intAsSsize(rt: Runtime, o: PyObject): number {
  const v = o.v as IntValue
  if (typeof v === "number") return v
  return raise(rt, rt.t.OverflowError, "Python int too large to convert to C ssize_t")
}

function intDealloc(rt: Runtime, o: PyObject): void {
  freeObject(rt, o)
}

function boolDealloc(_rt: Runtime, _o: PyObject): void {
  // True and False are never freed; reaching 0 is a refcount bug somewhere else.
  throw new Error("heapscope internal error: deallocating True or False")
}

// --- conversions to text ---------------------------------------------------

/**
 * The decimal text of an int value, with 3.11's conversion limit
 * (rt.intMaxStrDigits): ValueError "Exceeds the limit (4300 digits) for
 * integer string conversion; use sys.set_int_max_str_digits() to increase the limit".
 */
export function intToDecimal(rt: Runtime, v: IntValue): string {
  if (typeof v === "number") return String(v)
  const limit = rt.intMaxStrDigits
  // A bigint with more than limit × log2(10) bits certainly has too many digits: fail before converting.
  if (limit > 0 && bitLength(v) > (limit + 1) * 3.33 + 64) strLimitError(rt)
  const s = v.toString()
  if (limit > 0 && s.length - (v < 0n ? 1 : 0) > limit) strLimitError(rt)
  return s
}

function strLimitError(rt: Runtime): never {
  const limit = rt.intMaxStrDigits
  return valueError(
    rt,
    `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  )
}

/** long_to_decimal_string: a new str object every time, even for one digit (str.ts). */
function intRepr(rt: Runtime, o: PyObject): PyObject {
  return newStrDecimal(rt, intToDecimal(rt, o.v as IntValue))
}

function boolRepr(rt: Runtime, o: PyObject): PyObject {
  const r = rt.boolReprs[o.v === 1 ? 1 : 0]!
  r.rc++
  return r
}

// --- number slots -----------------------------------------------------------

function notImplemented(rt: Runtime): PyObject {
  const n = rt.NotImplemented
  n.rc++
  return n
}

type Arith2 = (a: IntValue, b: IntValue) => IntValue

/** Builds a binary slot: both operands must be ints, else NotImplemented. */
function binarySlot(op: Arith2): BinarySlot {
  return (rt, a, b) => {
    if (!isInt(a) || !isInt(b)) return notImplemented(rt)
    try {
      return newInt(rt, op(a.v as IntValue, b.v as IntValue))
    } catch (e) {
      return raiseArith(rt, e)
    }
  }
}

function intAddSlot(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented(rt)
  const x = a.v
  const y = b.v
  if (typeof x === "number" && typeof y === "number") {
    const r = x + y
    if (Number.isSafeInteger(r)) return newInt(rt, r)
  }
  return newInt(rt, intAdd(x, y))
}

function intSubSlot(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented(rt)
  const x = a.v
  const y = b.v
  if (typeof x === "number" && typeof y === "number") {
    const r = x - y
    if (Number.isSafeInteger(r)) return newInt(rt, r)
  }
  return newInt(rt, intSub(x, y))
}

function intDivmodSlot(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented(rt)
  let qr: [IntValue, IntValue]
  try {
    qr = intDivmod(a.v as IntValue, b.v as IntValue, "integer division or modulo by zero")
  } catch (e) {
    return raiseArith(rt, e)
  }
  return newTuple(rt, [newInt(rt, qr[0]), newInt(rt, qr[1])])
}

function intTrueDivSlot(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented(rt)
  try {
    return newFloat(rt, intTrueDiv(a.v as IntValue, b.v as IntValue))
  } catch (e) {
    return raiseArith(rt, e)
  }
}

function intPowerSlot(rt: Runtime, a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented(rt)
  const x = a.v as IntValue
  const y = b.v as IntValue
  try {
    if (m !== rt.None) {
      if (!isInt(m)) return notImplemented(rt)
      return newInt(rt, intPowMod(x, y, m.v as IntValue))
    }
    if (y < 0) {
      // A negative exponent gives a float (float_pow on the converted operands).
      const fx = intToFloat(x)
      const fy = intToFloat(y)
      if (fx === 0)
        return raise(rt, rt.t.ZeroDivisionError, "0.0 cannot be raised to a negative power")
      return newFloat(rt, floatPowValues(rt, fx, fy))
    }
    return newInt(rt, intPowNonNeg(x, y))
  } catch (e) {
    return raiseArith(rt, e)
  }
}

function unarySlot(op: (a: IntValue) => IntValue): UnarySlot {
  return (rt, o) => newInt(rt, op(o.v as IntValue))
}

function intBool(_rt: Runtime, o: PyObject): boolean {
  return o.v !== 0
}

/** int(x) for an int: the exact int itself, or a plain int copy of a subclass instance. */
function intIntSlot(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.int) {
    o.rc++
    return o
  }
  return newInt(rt, o.v as IntValue)
}

function intFloatSlot(rt: Runtime, o: PyObject): PyObject {
  try {
    return newFloat(rt, intToFloat(o.v as IntValue))
  } catch (e) {
    return raiseArith(rt, e)
  }
}

function intHashSlot(_rt: Runtime, o: PyObject): PyHash {
  return hashInt(o.v as IntValue)
}

function intRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented(rt)
  return newBool(rt, compareResult(intCmp(a.v as IntValue, b.v as IntValue), op))
}

/** Turns a three-way comparison (NaN = unordered) into the boolean for `op`. */
export function compareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return c < 0
    case CompareOp.LE:
      return c <= 0
    case CompareOp.EQ:
      return c === 0
    case CompareOp.NE:
      return c !== 0
    case CompareOp.GT:
      return c > 0
    default:
      return c >= 0
  }
}

/** Builds a bool binary slot: bool op bool gives a bool, anything else defers to int's slot. */
function boolBitSlot(op: Arith2, intSlot: BinarySlot): BinarySlot {
  return (rt, a, b) => {
    if (a.type === rt.t.bool && b.type === rt.t.bool) return newBool(rt, op(a.v, b.v) !== 0)
    return intSlot(rt, a, b)
  }
}

function installIntSlots(t: PyType): void {
  t.repr = intRepr
  t.hash = intHashSlot
  t.richcompare = intRichCompare
  t.add = intAddSlot
  t.subtract = intSubSlot
  t.multiply = binarySlot(intMul)
  t.remainder = binarySlot(intMod)
  t.divmod = intDivmodSlot
  t.power = intPowerSlot
  t.negative = unarySlot(intNeg)
  t.positive = (rt, o) => intIntSlot(rt, o)
  t.absolute = unarySlot(intAbs)
  t.bool = intBool
  t.invert = unarySlot(intInvert)
  t.lshift = binarySlot(intLshift)
  t.rshift = binarySlot(intRshift)
  t.and = binarySlot(intAnd)
  t.xor = binarySlot(intXor)
  t.or = binarySlot(intOr)
  t.int = intIntSlot
  t.float = intFloatSlot
  t.floorDivide = binarySlot(intFloorDiv)
  t.trueDivide = intTrueDivSlot
  t.index = intIntSlot
}

/**
 * Creates the int type and the small-int cache (-5..256, statically allocated).
 * Called by bootstrap once `type` and `object` exist.
 */
export function initIntType(rt: Runtime): PyType {
  const flags = TypeFlags.BASETYPE | TypeFlags.LONG_SUBCLASS | TypeFlags.MATCH_SELF
  const t = newStaticType(rt, "int", rt.t.object, INT_BASICSIZE, INT_ITEMSIZE, flags)
  t.dealloc = intDealloc
  installIntSlots(t)
  t.getattro = genericGetattroOf(rt) // tp_getattro set explicitly (static.ts)
  rt.t.int = t
  rt.smallInts = []
  for (let n = -NSMALLNEGINTS; n < NSMALLPOSINTS; n++)
    rt.smallInts.push(newStaticObject(rt, t, intSize(n), n, null))
  defineIntMethods(rt, t)
  return t
}

/**
 * Creates bool and its two instances. True and False are static but start
 * with small counts, as in 3.11 (cpython-memory.md §4.2). bool & | ^ bool
 * give a bool; every other operation is int's (so ~True == -2 in 3.11).
 */
export function initBoolType(rt: Runtime): PyType {
  const flags = TypeFlags.LONG_SUBCLASS
  // basicsize is sizeof(struct _longobject) (with its one digit, padded: 32),
  // not int's 24; the digits are int's, 4 bytes each.
  const t = newStaticType(rt, "bool", rt.t.int, LONG_OBJECT_SIZE, INT_ITEMSIZE, flags)
  t.dealloc = boolDealloc
  t.repr = boolRepr
  t.and = boolBitSlot(intAnd, rt.t.int.and!)
  t.or = boolBitSlot(intOr, rt.t.int.or!)
  t.xor = boolBitSlot(intXor, rt.t.int.xor!)
  rt.t.bool = t
  rt.False = newStaticObject(rt, t, intSize(0), 0, null, 1)
  rt.True = newStaticObject(rt, t, intSize(1), 1, null, 1)
  defineBoolMethods(rt, t)
  return t
}

/**
 * Checks the representation invariant of an int (tests and debug mode): the
 * payload is a safe-integer number or a bigint outside the safe range, and a
 * value in -5..256 of exact type int is the cached object.
 */
export function checkInt(rt: Runtime, o: PyObject): void {
  const v = o.v as unknown
  if (typeof v === "number") {
    assert(Number.isSafeInteger(v) && !Object.is(v, -0), `int payload ${v} is not a safe integer`)
    if (o.type === rt.t.int && v >= -NSMALLNEGINTS && v < NSMALLPOSINTS)
      assert(o === rt.smallInts[v + NSMALLNEGINTS], `int ${v} is not the small-int singleton`)
  } else {
    assert(typeof v === "bigint", "int payload is neither a number nor a bigint")
    assert(v > MAX_SAFE_BIG || v < MIN_SAFE_BIG, `bigint payload ${v} fits a safe integer`)
  }
}

/**
 * hex(), oct() and bin() of an int value: '0x1f', '-0o17', '0b101' (the
 * builtins call __index__ first).
 */
export function intToBaseString(v: IntValue, base: 2 | 8 | 16): string {
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "0b"
  const neg = v < 0
  const abs = typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v
  return (neg ? "-" : "") + prefix + abs.toString(base)
}

/** Raises TypeError for an operand that is not an int where one is required. */
export function expectedInt(rt: Runtime, o: PyObject, what: string): never {
  return typeError(rt, `${what} must be an integer, not ${o.type.name}`)
}
