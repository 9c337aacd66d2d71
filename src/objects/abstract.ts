// The generic object protocol (CPython's Objects/abstract.c and the generic
// parts of Objects/object.c): what every layer calls to get an attribute,
// compare, hash, call, iterate or apply an operator to any object.
//
// Ownership: every function borrows its object arguments. Functions that
// return a PyObject return a NEW reference unless their comment says
// "borrowed". Errors are raised as Python exceptions (thrown PyObjects) with
// CPython 3.11's messages.
//
// Attribute names are str objects. Runtime code that names an attribute with
// a JS string uses `ident(rt, "name")` (a borrowed, runtime-owned interned
// str, like CPython's `_Py_ID`) or the *Str variants below.

import { raise, typeError } from "./errors.js"
import { newFloat } from "./float.js"
import { newInt } from "./int.js"
import { PyObject } from "./object.js"
import { decref, incref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { intern, isStr } from "./str.js"
import { isTuple, tupleItems } from "./tuple.js"
import { CompareOp, isSubtype, PyType, TypeFlags } from "./type.js"
import type { BinarySlotName, PyHash } from "./type.js"
import { attributeError, excField, setExcField } from "./exceptions.js"
import { seqIterNew as newSeqIter } from "./iterobject.js"
import { typeLookup } from "./typeobject.js"

/** The unary number slots unaryOp dispatches on. */
export type UnarySlotName = "negative" | "positive" | "invert" | "absolute"

// ---------------------------------------------------------------------------
// Names

/**
 * The interned str for the identifier `s`, as a BORROWED reference that the
 * runtime keeps alive for its whole life (CPython's static `_Py_ID` strings).
 * Incref it to store it. For sys.intern semantics use str.ts `intern`.
 */
export function ident(rt: Runtime, s: string): PyObject {
  let o = rt.idents.get(s)
  if (o === undefined) {
    o = intern(rt, s)
    rt.idents.set(s, o)
  }
  return o
}

/** `type(o).__name__` as a JS string (tp_name without the module part), for messages. */
export function typeName(o: PyObject): string {
  const n = o.type.name
  return n.slice(n.lastIndexOf(".") + 1)
}

/** Whether a thrown value is a Python exception that is an instance of `type`. */
export function isPyError(e: unknown, type: PyType): e is PyObject {
  return e instanceof PyObject && isSubtype(e.type, type)
}

// ---------------------------------------------------------------------------
// Attributes

function checkName(rt: Runtime, name: PyObject): void {
  if (!isStr(name)) typeError(rt, `attribute name must be string, not '${name.type.name}'`)
}

/** PyObject_GetAttr: new reference; raises AttributeError if absent. `name` is a str object. */
export function getAttr(rt: Runtime, o: PyObject, name: PyObject): PyObject {
  checkName(rt, name)
  const f = o.type.getattro
  let r: PyObject | null
  try {
    r = f === null ? null : f(rt, o, name)
  } catch (e) {
    // set_attribute_error_context: an AttributeError from the slot learns the
    // name and the object, unless it has them (for "Did you mean" suggestions).
    if (e instanceof PyObject && isSubtype(e.type, rt.t.AttributeError!)) {
      if (excField(e, "name") === null && excField(e, "obj") === null) {
        setExcField(rt, e, "name", name)
        setExcField(rt, e, "obj", o)
      }
    }
    throw e
  }
  if (r === null) throw attributeError(rt, o, name)
  return r
}

/** getAttr with a JS string name. */
export function getAttrStr(rt: Runtime, o: PyObject, name: string): PyObject {
  return getAttr(rt, o, ident(rt, name))
}

/** _PyObject_LookupAttr: new reference, or null when the attribute is absent (AttributeError swallowed). */
export function lookupAttr(rt: Runtime, o: PyObject, name: PyObject): PyObject | null {
  checkName(rt, name)
  const f = o.type.getattro
  if (f === null) return null
  try {
    return f(rt, o, name)
  } catch (e) {
    if (isPyError(e, rt.t.AttributeError)) {
      decref(rt, e)
      return null
    }
    throw e
  }
}

/** lookupAttr with a JS string name. */
export function lookupAttrStr(rt: Runtime, o: PyObject, name: string): PyObject | null {
  return lookupAttr(rt, o, ident(rt, name))
}

/** PyObject_SetAttr: borrows `value`. */
export function setAttr(rt: Runtime, o: PyObject, name: PyObject, value: PyObject): void {
  checkName(rt, name)
  const f = o.type.setattro
  if (f === null) noAttrs(rt, o, name, "assign to")
  f(rt, o, name, value)
}

/** setAttr with a JS string name. */
export function setAttrStr(rt: Runtime, o: PyObject, name: string, value: PyObject): void {
  setAttr(rt, o, ident(rt, name), value)
}

/** PyObject_DelAttr. */
export function delAttr(rt: Runtime, o: PyObject, name: PyObject): void {
  checkName(rt, name)
  const f = o.type.setattro
  if (f === null) noAttrs(rt, o, name, "del")
  f(rt, o, name, null)
}

function noAttrs(rt: Runtime, o: PyObject, name: PyObject, what: string): never {
  const has = o.type.getattro !== null
  return typeError(
    rt,
    `'${o.type.name}' object has ${has ? "only read-only" : "no"} attributes (${what} .${name.v as string})`,
  )
}

/** Whether `o` has the attribute (hasattr: only AttributeError is swallowed). */
export function hasAttr(rt: Runtime, o: PyObject, name: PyObject): boolean {
  const r = lookupAttr(rt, o, name)
  if (r === null) return false
  decref(rt, r)
  return true
}

// ---------------------------------------------------------------------------
// Conversions to text, hashing, truth

/** PyObject_Repr: a new reference to a str; raises TypeError if __repr__ returns a non-str. */
export function repr(rt: Runtime, o: PyObject): PyObject {
  const f = o.type.repr
  if (f === null) throw new Error(`heapscope: type ${o.type.name} has no tp_repr`)
  // The repr of a nested container recurses once per level, as PyObject_Repr does.
  const enter = rt.hooks.enterRecursive
  let r: PyObject
  if (enter === null) r = f(rt, o)
  else {
    enter(rt, " while getting the repr of an object")
    try {
      r = f(rt, o)
    } finally {
      rt.hooks.leaveRecursive!(rt)
    }
  }
  if (!isStr(r)) {
    decref(rt, r)
    typeError(rt, `__repr__ returned non-string (type ${r.type.name})`)
  }
  return r
}

/** PyObject_Str: a new reference to a str (the object itself, increfed, for exact str). */
export function str(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.str) return incref(o)
  const f = o.type.str
  if (f === null) return repr(rt, o)
  const r = f(rt, o)
  if (!isStr(r)) {
    decref(rt, r)
    typeError(rt, `__str__ returned non-string (type ${r.type.name})`)
  }
  return r
}

/** repr(o) as a JS string (convenience for messages and reprs of containers). */
export function reprString(rt: Runtime, o: PyObject): string {
  const r = repr(rt, o)
  const s = r.v as string
  decref(rt, r)
  return s
}

/** str(o) as a JS string. */
export function strString(rt: Runtime, o: PyObject): string {
  const r = str(rt, o)
  const s = r.v as string
  decref(rt, r)
  return s
}

/** tp_hash of unhashable types (PyObject_HashNotImplemented): `__hash__` is None in their dict. */
export function hashNotImplemented(rt: Runtime, o: PyObject): PyHash {
  return typeError(rt, `unhashable type: '${o.type.name}'`)
}

/** PyObject_Hash: raises "unhashable type: 'list'" when tp_hash is null/None. */
export function hash(rt: Runtime, o: PyObject): PyHash {
  const f = o.type.hash
  if (f === null) return hashNotImplemented(rt, o)
  return f(rt, o)
}

/** PyObject_IsTrue. */
export function isTrue(rt: Runtime, o: PyObject): boolean {
  if (o === rt.True) return true
  if (o === rt.False || o === rt.None) return false
  const t = o.type
  if (t.bool !== null) return t.bool(rt, o)
  if (t.length !== null) return t.length(rt, o) !== 0
  return true
}

/** PyObject_Not. */
export function not(rt: Runtime, o: PyObject): boolean {
  return !isTrue(rt, o)
}

/** The bool object for a JS boolean (new reference). */
export function pyBool(rt: Runtime, b: boolean): PyObject {
  const o = b ? rt.True : rt.False
  o.rc++
  return o
}

// ---------------------------------------------------------------------------
// Comparison

/** Operator symbols of CompareOp, for messages. */
export const COMPARE_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="] as const
/** The operator with swapped operands (a < b is b > a). */
export const SWAPPED_OP: readonly CompareOp[] = [
  CompareOp.GT,
  CompareOp.GE,
  CompareOp.EQ,
  CompareOp.NE,
  CompareOp.LT,
  CompareOp.LE,
]

/**
 * PyObject_RichCompare: a new reference (any object). Tries the reflected
 * operation first when type(b) is a proper subclass of type(a),
 * falls back to identity for EQ/NE, else raises
 * "'<' not supported between instances of 'int' and 'str'".
 */
export function richCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const ta = a.type
  const tb = b.type
  let checkedReverse = false
  if (ta !== tb && isSubtype(tb, ta) && tb.richcompare !== null) {
    checkedReverse = true
    const r = tb.richcompare(rt, b, a, SWAPPED_OP[op]!)
    if (r !== rt.NotImplemented) return r
    decref(rt, r)
  }
  if (ta.richcompare !== null) {
    const r = ta.richcompare(rt, a, b, op)
    if (r !== rt.NotImplemented) return r
    decref(rt, r)
  }
  if (!checkedReverse && tb.richcompare !== null) {
    const r = tb.richcompare(rt, b, a, SWAPPED_OP[op]!)
    if (r !== rt.NotImplemented) return r
    decref(rt, r)
  }
  if (op === CompareOp.EQ) return pyBool(rt, a === b)
  if (op === CompareOp.NE) return pyBool(rt, a !== b)
  return typeError(
    rt,
    `'${COMPARE_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`,
  )
}

/** PyObject_RichCompareBool: identity implies equality for EQ/NE, as CPython. */
export function richCompareBool(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): boolean {
  if (a === b) {
    if (op === CompareOp.EQ) return true
    if (op === CompareOp.NE) return false
  }
  const r = richCompare(rt, a, b, op)
  if (r === rt.True) {
    r.rc--
    return true
  }
  if (r === rt.False) {
    r.rc--
    return false
  }
  try {
    return isTrue(rt, r)
  } finally {
    decref(rt, r)
  }
}

// ---------------------------------------------------------------------------
// Sequences and mappings

/** PyObject_Size: raises "object of type 'int' has no len()". */
export function length(rt: Runtime, o: PyObject): number {
  const f = o.type.length
  if (f === null) typeError(rt, `object of type '${o.type.name}' has no len()`)
  return f(rt, o)
}

/** PyObject_GetItem: new reference; "'int' object is not subscriptable", type[...] via __class_getitem__. */
export function getItem(rt: Runtime, o: PyObject, key: PyObject): PyObject {
  const f = o.type.getitem
  if (f !== null) return f(rt, o, key)
  if (o instanceof PyType) {
    const meth = lookupAttr(rt, o, ident(rt, "__class_getitem__"))
    if (meth !== null) {
      try {
        return call(rt, meth, [key], null)
      } finally {
        decref(rt, meth)
      }
    }
    typeError(rt, `type '${o.qualname}' is not subscriptable`)
  }
  return typeError(rt, `'${o.type.name}' object is not subscriptable`)
}

function isIndexable(o: PyObject): boolean {
  return o.type.index !== null
}

/** PyObject_SetItem: borrows key and value; "'tuple' object does not support item assignment". */
export function setItem(rt: Runtime, o: PyObject, key: PyObject, value: PyObject): void {
  const f = o.type.setitem
  if (f !== null) return f(rt, o, key, value)
  if (o.type.isSequence && !isIndexable(key))
    typeError(rt, `sequence index must be integer, not '${key.type.name}'`)
  typeError(rt, `'${o.type.name}' object does not support item assignment`)
}

/** PyObject_DelItem: "'tuple' object doesn't support item deletion". */
export function delItem(rt: Runtime, o: PyObject, key: PyObject): void {
  const f = o.type.setitem
  if (f !== null) return f(rt, o, key, null)
  if (o.type.isSequence) {
    if (!isIndexable(key)) typeError(rt, `sequence index must be integer, not '${key.type.name}'`)
    typeError(rt, `'${o.type.name}' object doesn't support item deletion`)
  }
  typeError(rt, `'${o.type.name}' object does not support item deletion`)
}

/** PySequence_Contains (`item in container`), falling back to iteration. */
export function contains(rt: Runtime, container: PyObject, item: PyObject): boolean {
  const f = container.type.contains
  if (f !== null) return f(rt, container, item)
  let it: PyObject
  try {
    it = getIter(rt, container)
  } catch (e) {
    if (isPyError(e, rt.t.TypeError) && container.type.iter === null && !isSeqLike(container)) {
      decref(rt, e)
      typeError(rt, `argument of type '${container.type.name}' is not iterable`)
    }
    throw e
  }
  try {
    for (;;) {
      const x = iterNext(rt, it)
      if (x === null) return false
      const eq = x === item || richCompareBool(rt, x, item, CompareOp.EQ)
      decref(rt, x)
      if (eq) return true
    }
  } finally {
    decref(rt, it)
  }
}

// ---------------------------------------------------------------------------
// Iteration

function isSeqLike(o: PyObject): boolean {
  const t = o.type
  return t.getitem !== null && t.isSequence && (t.flags & TypeFlags.DICT_SUBCLASS) === 0
}

/** PyObject_GetIter: new reference; falls back to the sequence protocol (__getitem__); "'int' object is not iterable". */
export function getIter(rt: Runtime, o: PyObject): PyObject {
  const f = o.type.iter
  if (f === null) {
    if (isSeqLike(o)) return newSeqIter(rt, o)
    typeError(rt, `'${o.type.name}' object is not iterable`)
  }
  const r = f(rt, o)
  if (r.type.iternext === null) {
    decref(rt, r)
    typeError(rt, `iter() returned non-iterator of type '${r.type.name}'`)
  }
  return r
}

/** PyIter_Next: the next item (new reference) or null when exhausted; "'int' object is not an iterator". */
export function iterNext(rt: Runtime, it: PyObject): PyObject | null {
  const f = it.type.iternext
  if (f === null) typeError(rt, `'${it.type.name}' object is not an iterator`)
  return f(rt, it)
}

// ---------------------------------------------------------------------------
// Calls

/**
 * Calls `f` (vectorcall convention): `args` holds the positional arguments
 * followed by the values of the keyword arguments named by `kwnames` (a
 * tuple of str, or null). All borrowed; returns a new reference.
 * "'int' object is not callable".
 */
export function call(
  rt: Runtime,
  f: PyObject,
  args: PyObject[],
  kwnames: PyObject | null = null,
): PyObject {
  const c = f.type.call
  if (c === null) typeError(rt, `'${f.type.name}' object is not callable`)
  return c(rt, f, args, kwnames)
}

/** Looks up method `name` on `o` and calls it (PyObject_CallMethod); new reference. */
export function callMethod(
  rt: Runtime,
  o: PyObject,
  name: string,
  args: PyObject[],
  kwnames: PyObject | null = null,
): PyObject {
  const m = getAttr(rt, o, ident(rt, name))
  try {
    return call(rt, m, args, kwnames)
  } finally {
    decref(rt, m)
  }
}

// ---------------------------------------------------------------------------
// Operators

/** binary_op1: the slot dispatch without the error; returns NotImplemented (new reference) if both decline. */
export function binaryOp1(rt: Runtime, a: PyObject, b: PyObject, slot: BinarySlotName): PyObject {
  const ta = a.type
  const tb = b.type
  const slotv = slot === "power" ? powerAsBinary(ta) : (ta[slot] as BinarySlotFn | null)
  let slotw: BinarySlotFn | null = null
  if (tb !== ta) {
    slotw = slot === "power" ? powerAsBinary(tb) : (tb[slot] as BinarySlotFn | null)
    if (slotw === slotv || (slot === "power" && tb.power === ta.power)) slotw = null
  }
  if (slotv !== null) {
    if (slotw !== null && isSubtype(tb, ta)) {
      const x = slotw(rt, a, b)
      if (x !== rt.NotImplemented) return x
      decref(rt, x)
      slotw = null
    }
    const x = slotv(rt, a, b)
    if (x !== rt.NotImplemented) return x
    decref(rt, x)
  }
  if (slotw !== null) {
    const x = slotw(rt, a, b)
    if (x !== rt.NotImplemented) return x
    decref(rt, x)
  }
  return incref(rt.NotImplemented)
}

type BinarySlotFn = (rt: Runtime, a: PyObject, b: PyObject) => PyObject

function powerAsBinary(t: PyType): BinarySlotFn | null {
  const p = t.power
  if (p === null) return null
  return (rt, a, b) => p(rt, a, b, rt.None)
}

function binopError(rt: Runtime, a: PyObject, b: PyObject, symbol: string): never {
  return typeError(
    rt,
    `unsupported operand type(s) for ${symbol}: '${a.type.name}' and '${b.type.name}'`,
  )
}

function sequenceRepeat(
  rt: Runtime,
  rep: (rt: Runtime, o: PyObject, n: number) => PyObject,
  seq: PyObject,
  n: PyObject,
): PyObject {
  if (n.type.index === null)
    typeError(rt, `can't multiply sequence by non-int of type '${n.type.name}'`)
  return rep(rt, seq, asSsize(rt, n, rt.t.OverflowError))
}

/**
 * A binary operator with CPython's dispatch (binary_op1): the right operand's
 * slot first when its type is a proper subclass of the left's, NotImplemented
 * falls through, then sequence concatenation/repetition, and finally
 * "unsupported operand type(s) for +: 'int' and 'str'". `symbol` is the
 * operator as Python prints it ("+", "//", "@", "** or pow()", "divmod()").
 * New reference.
 */
export function binaryOp(
  rt: Runtime,
  a: PyObject,
  b: PyObject,
  slot: BinarySlotName,
  symbol: string,
): PyObject {
  const x = binaryOp1(rt, a, b, slot)
  if (x !== rt.NotImplemented) return x
  x.rc--
  if (slot === "add") {
    const c = a.type.sqConcat
    if (c !== null) return c(rt, a, b)
  } else if (slot === "multiply") {
    if (a.type.sqRepeat !== null) return sequenceRepeat(rt, a.type.sqRepeat, a, b)
    if (b.type.sqRepeat !== null) return sequenceRepeat(rt, b.type.sqRepeat, b, a)
  }
  return binopError(rt, a, b, symbol)
}

/** The augmented form (`a += b`): the in-place slot first, then binaryOp; message names "+=". */
export function inplaceOp(
  rt: Runtime,
  a: PyObject,
  b: PyObject,
  slot: BinarySlotName,
  symbol: string,
): PyObject {
  const islot = a.type.inplace[slot]
  if (islot !== undefined) {
    const x = islot(rt, a, b)
    if (x !== rt.NotImplemented) return x
    decref(rt, x)
  }
  const x = binaryOp1(rt, a, b, slot)
  if (x !== rt.NotImplemented) return x
  x.rc--
  const t = a.type
  if (slot === "add") {
    const c = t.sqInplaceConcat ?? t.sqConcat
    if (c !== null) return c(rt, a, b)
  } else if (slot === "multiply") {
    const r = t.sqInplaceRepeat ?? t.sqRepeat
    if (r !== null) return sequenceRepeat(rt, r, a, b)
    if (b.type.sqRepeat !== null) return sequenceRepeat(rt, b.type.sqRepeat, b, a)
  }
  return binopError(rt, a, b, symbol.endsWith("pow()") ? "**=" : symbol + "=")
}

/** pow(a, b, c) (ternary power; c may be None). New reference. */
export function power(rt: Runtime, a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (c === rt.None) return binaryOp(rt, a, b, "power", "** or pow()")
  const ta = a.type
  const tb = b.type
  const slotv = ta.power
  let slotw = tb !== ta ? tb.power : null
  if (slotw === slotv) slotw = null
  if (slotv !== null) {
    if (slotw !== null && isSubtype(tb, ta)) {
      const x = slotw(rt, a, b, c)
      if (x !== rt.NotImplemented) return x
      decref(rt, x)
      slotw = null
    }
    const x = slotv(rt, a, b, c)
    if (x !== rt.NotImplemented) return x
    decref(rt, x)
  }
  if (slotw !== null) {
    const x = slotw(rt, a, b, c)
    if (x !== rt.NotImplemented) return x
    decref(rt, x)
  }
  const slotz = c.type.power
  if (slotz !== null && slotz !== slotv && slotz !== slotw) {
    const x = slotz(rt, a, b, c)
    if (x !== rt.NotImplemented) return x
    decref(rt, x)
  }
  return typeError(
    rt,
    `unsupported operand type(s) for ** or pow(): '${ta.name}', '${tb.name}', '${c.type.name}'`,
  )
}

const UNARY_SYMBOLS: Record<UnarySlotName, string> = {
  negative: "unary -",
  positive: "unary +",
  invert: "unary ~",
  absolute: "abs()",
}

/** -o, +o, ~o, abs(o): "bad operand type for unary -: 'str'", "bad operand type for abs(): 'str'". */
export function unaryOp(rt: Runtime, o: PyObject, slot: UnarySlotName): PyObject {
  const f = o.type[slot]
  if (f === null) typeError(rt, `bad operand type for ${UNARY_SYMBOLS[slot]}: '${o.type.name}'`)
  return f(rt, o)
}

// ---------------------------------------------------------------------------
// Types

/** Exact type check helper: whether `o`'s type is `t` or a subtype. */
export function typeCheck(o: PyObject, t: PyType): boolean {
  return o.type === t || isSubtype(o.type, t)
}

/** _PyObject_LookupSpecial: `name` found on type(o) and bound to `o` (new reference), or null. */
export function lookupSpecial(rt: Runtime, o: PyObject, name: string): PyObject | null {
  const found = typeLookup(rt, o.type, ident(rt, name))
  if (found === null) return null
  const get = found.type.descrGet
  return get === null ? incref(found) : get(rt, found, o, o.type)
}

function recursiveIsInstance(rt: Runtime, o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (isSubtype(o.type, cls)) return true
    const icls = lookupAttr(rt, o, ident(rt, "__class__"))
    if (icls === null) return false
    try {
      return icls !== o.type && icls instanceof PyType && isSubtype(icls, cls)
    } finally {
      decref(rt, icls)
    }
  }
  if (!hasBases(rt, cls))
    typeError(rt, "isinstance() arg 2 must be a type, a tuple of types, or a union")
  const icls = lookupAttr(rt, o, ident(rt, "__class__"))
  if (icls === null) return false
  try {
    return abstractIsSubclass(rt, icls, cls)
  } finally {
    decref(rt, icls)
  }
}

function hasBases(rt: Runtime, o: PyObject): boolean {
  const b = lookupAttr(rt, o, ident(rt, "__bases__"))
  if (b === null) return false
  const ok = isTuple(b)
  decref(rt, b)
  return ok
}

function abstractIsSubclass(rt: Runtime, derived: PyObject, cls: PyObject): boolean {
  // Walks __bases__ for objects that pretend to be classes.
  for (let depth = 0; ; depth++) {
    if (derived === cls) return true
    if (depth > 10000) raise(rt, rt.t.RecursionError, "maximum recursion depth exceeded")
    const b = lookupAttr(rt, derived, ident(rt, "__bases__"))
    if (b === null) return false
    try {
      if (!isTuple(b)) return false
      const items = tupleItems(b)
      if (items.length === 0) return false
      if (items.length === 1) {
        derived = items[0]!
        continue
      }
      for (const x of items) if (abstractIsSubclass(rt, x, cls)) return true
      return false
    } finally {
      decref(rt, b)
    }
  }
}

/** isinstance(o, cls) with __instancecheck__ and tuples of classes. */
export function isInstance(rt: Runtime, o: PyObject, cls: PyObject): boolean {
  if (o.type === cls) return true
  if (cls.type === rt.t.type) return recursiveIsInstance(rt, o, cls)
  if (isTuple(cls)) {
    for (const c of tupleItems(cls)) if (isInstance(rt, o, c)) return true
    return false
  }
  const checker = lookupSpecial(rt, cls, "__instancecheck__")
  if (checker !== null) {
    try {
      const r = call(rt, checker, [o], null)
      try {
        return isTrue(rt, r)
      } finally {
        decref(rt, r)
      }
    } finally {
      decref(rt, checker)
    }
  }
  return recursiveIsInstance(rt, o, cls)
}

function recursiveIsSubclass(rt: Runtime, derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return isSubtype(derived, cls)
  if (!(derived instanceof PyType) && !hasBases(rt, derived))
    typeError(rt, "issubclass() arg 1 must be a class")
  if (!(cls instanceof PyType) && !hasBases(rt, cls))
    typeError(rt, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
  return abstractIsSubclass(rt, derived, cls)
}

/** issubclass(derived, cls) with __subclasscheck__; "issubclass() arg 1 must be a class". */
export function isSubclass(rt: Runtime, derived: PyObject, cls: PyObject): boolean {
  if (cls.type === rt.t.type) {
    if (derived === cls) return true
    return recursiveIsSubclass(rt, derived, cls)
  }
  if (isTuple(cls)) {
    for (const c of tupleItems(cls)) if (isSubclass(rt, derived, c)) return true
    return false
  }
  const checker = lookupSpecial(rt, cls, "__subclasscheck__")
  if (checker !== null) {
    try {
      const r = call(rt, checker, [derived], null)
      try {
        return isTrue(rt, r)
      } finally {
        decref(rt, r)
      }
    } finally {
      decref(rt, checker)
    }
  }
  return recursiveIsSubclass(rt, derived, cls)
}

// ---------------------------------------------------------------------------
// Numbers

function isIntObj(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.LONG_SUBCLASS) !== 0
}

/**
 * PyNumber_Index: a new reference to an exact int (bools and int subclasses become plain ints,
 * as since 3.10); "'str' object cannot be interpreted as an integer".
 */
export function index(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.int) return incref(o)
  if (isIntObj(o)) return newInt(rt, o.v)
  const f = o.type.index
  if (f === null) typeError(rt, `'${o.type.name}' object cannot be interpreted as an integer`)
  const r = f(rt, o)
  if (r.type === rt.t.int) return r
  if (!isIntObj(r)) {
    decref(rt, r)
    typeError(rt, `__index__ returned non-int (type ${r.type.name})`)
  }
  const exact = newInt(rt, r.v)
  decref(rt, r)
  return exact
}

/** Largest Py_ssize_t. */
const SSIZE_MAX = 2n ** 63n - 1n
const SSIZE_MIN = -(2n ** 63n)

/**
 * PyNumber_AsSsize_t: the index of `o` as a JS number; values outside
 * Py_ssize_t raise `overflow` (an exception type) with "cannot fit 'int' into
 * an index-sized integer", or are clamped when `overflow` is null.
 */
export function asSsize(rt: Runtime, o: PyObject, overflow: PyType | null): number {
  let v: number | bigint
  if (o.type === rt.t.int || o.type === rt.t.bool) v = o.v
  else {
    const i = index(rt, o)
    v = i.v
    decref(rt, i)
  }
  if (typeof v === "number") return v
  if (v >= SSIZE_MIN && v <= SSIZE_MAX) return Number(v)
  if (overflow === null) return v < 0n ? -(2 ** 63) : 2 ** 63 - 1
  return raise(rt, overflow, `cannot fit '${o.type.name}' into an index-sized integer`)
}

/** PyNumber_Long (int(o) without a base): new reference. */
export function asInt(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.int) return incref(o)
  const t = o.type
  if (t.int !== null) {
    const r = t.int(rt, o)
    if (r.type === rt.t.int) return r
    if (!isIntObj(r)) {
      decref(rt, r)
      typeError(rt, `__int__ returned non-int (type ${r.type.name})`)
    }
    const exact = newInt(rt, r.v)
    decref(rt, r)
    return exact
  }
  if (t.index !== null) return index(rt, o)
  if (isIntObj(o)) return newInt(rt, o.v)
  const trunc = lookupSpecial(rt, o, "__trunc__")
  if (trunc !== null) {
    try {
      const r = call(rt, trunc, [], null)
      if (isIntObj(r)) return r
      try {
        return index(rt, r)
      } finally {
        decref(rt, r)
      }
    } finally {
      decref(rt, trunc)
    }
  }
  if (isStr(o) || t === rt.t.bytes || t === rt.t.bytearray) return call(rt, rt.t.int, [o], null)
  return typeError(
    rt,
    `int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`,
  )
}

/** PyNumber_Float: new reference. */
export function asFloat(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.float) return incref(o)
  const t = o.type
  if (t.float !== null) {
    const r = t.float(rt, o)
    if (r.type === rt.t.float) return r
    if (!isSubtype(r.type, rt.t.float)) {
      decref(rt, r)
      typeError(rt, `${t.name}.__float__ returned non-float (type ${r.type.name})`)
    }
    const exact = newFloat(rt, r.v as number)
    decref(rt, r)
    return exact
  }
  if (t.index !== null) {
    const i = index(rt, o)
    const v = i.v as number | bigint
    decref(rt, i)
    const x = Number(v)
    if (!Number.isFinite(x)) raise(rt, rt.t.OverflowError, "int too large to convert to float")
    return newFloat(rt, x)
  }
  if (isSubtype(t, rt.t.float)) return newFloat(rt, o.v as number)
  if (isStr(o) || t === rt.t.bytes || t === rt.t.bytearray) return call(rt, rt.t.float, [o], null)
  return typeError(rt, `float() argument must be a string or a real number, not '${t.name}'`)
}
