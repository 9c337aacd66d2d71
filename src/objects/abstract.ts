// The generic object protocol (CPython's Objects/abstract.c and the generic
// parts of Objects/object.c): what every layer calls to get an attribute,
// compare, hash, call, iterate or apply an operator to any object.
//
// Ownership: every function borrows its object arguments. Functions that
// return a PyObject return a NEW reference unless their comment says
// "borrowed". Errors are raised as Python exceptions (thrown PyObjects) with
// CPython 3.11's messages.
//
// What this file needs from the type files (owned by the other helpers):
//   str.ts    newStr(rt, s: string): PyObject                 new reference
//   tuple.ts  newTuple(rt, items: PyObject[]): PyObject        steals the items
//   int.ts    newInt(rt, n: number | bigint): PyObject         new reference
//   dict.ts   newDict(rt): PyObject, dictGetItem(rt, d, k): PyObject | null (borrowed),
//             dictSetItem(rt, d, k, v) (borrows k and v), dictDelItem(rt, d, k): boolean
// and reads payloads directly as docs/internals/runtime.md §1 allows
// (a str's `v` is its JS string, a tuple's `v` its item array).

import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import type { BinarySlotName, CompareOp, PyHash, PyType } from "./type.js"

/** The unary number slots unaryOp dispatches on. */
export type UnarySlotName = "negative" | "positive" | "invert" | "absolute"

// ---------------------------------------------------------------------------
// Names

/**
 * Returns the interned str object for the JS string `s` (a BORROWED
 * reference). Identifier strings made here are owned by the runtime (like
 * CPython's static `_Py_ID` strings) and never freed, so callers may keep
 * using the result without a reference of their own; incref it to store it.
 */
export declare function intern(rt: Runtime, s: string): PyObject

/** `type(o).__name__` as a JS string (tp_name without the module part), for messages. */
export function typeName(o: PyObject): string {
  const n = o.type.name
  return n.slice(n.lastIndexOf(".") + 1)
}

// ---------------------------------------------------------------------------
// Attributes

/** PyObject_GetAttr: new reference; raises AttributeError if absent. `name` is a str object. */
export declare function getAttr(rt: Runtime, o: PyObject, name: PyObject): PyObject
/** getAttr with a JS string name (interned). */
export declare function getAttrStr(rt: Runtime, o: PyObject, name: string): PyObject
/** _PyObject_LookupAttr: new reference, or null when the attribute is absent (AttributeError swallowed). */
export declare function lookupAttr(rt: Runtime, o: PyObject, name: PyObject): PyObject | null
/** PyObject_SetAttr: borrows `value`. */
export declare function setAttr(rt: Runtime, o: PyObject, name: PyObject, value: PyObject): void
/** PyObject_DelAttr. */
export declare function delAttr(rt: Runtime, o: PyObject, name: PyObject): void
/** Whether `o` has the attribute (hasattr: only AttributeError is swallowed). */
export declare function hasAttr(rt: Runtime, o: PyObject, name: PyObject): boolean

// ---------------------------------------------------------------------------
// Conversions to text, hashing, truth

/** PyObject_Repr: a new reference to a str; raises TypeError if __repr__ returns a non-str. */
export declare function repr(rt: Runtime, o: PyObject): PyObject
/** PyObject_Str: a new reference to a str (the object itself, increfed, for exact str). */
export declare function str(rt: Runtime, o: PyObject): PyObject
/** repr(o) as a JS string (convenience for messages and reprs of containers). */
export declare function reprString(rt: Runtime, o: PyObject): string
/** str(o) as a JS string. */
export declare function strString(rt: Runtime, o: PyObject): string
/** PyObject_Hash: raises "unhashable type: 'list'" when tp_hash is null/None. */
export declare function hash(rt: Runtime, o: PyObject): PyHash
/** PyObject_IsTrue. */
export declare function isTrue(rt: Runtime, o: PyObject): boolean
/** PyObject_Not. */
export declare function not(rt: Runtime, o: PyObject): boolean

// ---------------------------------------------------------------------------
// Comparison

/**
 * PyObject_RichCompare: a new reference (any object). Tries the reflected
 * operation first when type(b) is a proper subclass of type(a) overriding it,
 * falls back to identity for EQ/NE, else raises
 * "'<' not supported between instances of 'int' and 'str'".
 */
export declare function richCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject
/** PyObject_RichCompareBool: identity implies equality for EQ/NE, as CPython. */
export declare function richCompareBool(
  rt: Runtime,
  a: PyObject,
  b: PyObject,
  op: CompareOp,
): boolean

// ---------------------------------------------------------------------------
// Sequences and mappings

/** PyObject_Size: raises "object of type 'int' has no len()". */
export declare function length(rt: Runtime, o: PyObject): number
/** PyObject_GetItem: new reference; "'int' object is not subscriptable", type[...] via __class_getitem__. */
export declare function getItem(rt: Runtime, o: PyObject, key: PyObject): PyObject
/** PyObject_SetItem: borrows key and value; "'tuple' object does not support item assignment". */
export declare function setItem(rt: Runtime, o: PyObject, key: PyObject, value: PyObject): void
/** PyObject_DelItem: "'tuple' object doesn't support item deletion". */
export declare function delItem(rt: Runtime, o: PyObject, key: PyObject): void
/** PySequence_Contains (`item in container`), falling back to iteration. */
export declare function contains(rt: Runtime, container: PyObject, item: PyObject): boolean

// ---------------------------------------------------------------------------
// Iteration

/** PyObject_GetIter: new reference; falls back to the sequence protocol (__getitem__); "'int' object is not iterable". */
export declare function getIter(rt: Runtime, o: PyObject): PyObject
/** PyIter_Next: the next item (new reference) or null when exhausted; "'int' object is not an iterator". */
export declare function iterNext(rt: Runtime, it: PyObject): PyObject | null

// ---------------------------------------------------------------------------
// Calls

/**
 * Calls `f` (vectorcall convention): `args` holds the positional arguments
 * followed by the values of the keyword arguments named by `kwnames` (a
 * tuple of str, or null). All borrowed; returns a new reference.
 * "'int' object is not callable".
 */
export declare function call(
  rt: Runtime,
  f: PyObject,
  args: PyObject[],
  kwnames?: PyObject | null,
): PyObject
/** Looks up method `name` on `o` and calls it (PyObject_CallMethod); new reference. */
export declare function callMethod(
  rt: Runtime,
  o: PyObject,
  name: string,
  args: PyObject[],
  kwnames?: PyObject | null,
): PyObject

// ---------------------------------------------------------------------------
// Operators

/**
 * A binary operator with CPython's dispatch (binary_op1): the right operand's
 * slot first when its type is a proper subclass of the left's, NotImplemented
 * falls through, and finally
 * "unsupported operand type(s) for +: 'int' and 'str'". `symbol` is the
 * operator as Python prints it ("+", "//", "@", "** or pow()").
 * Sequence concatenation/repetition are reached through the number slots of
 * the sequence types (the containers fill `add`/`multiply`). New reference.
 */
export declare function binaryOp(
  rt: Runtime,
  a: PyObject,
  b: PyObject,
  slot: BinarySlotName,
  symbol: string,
): PyObject
/** The augmented form (`a += b`): the in-place slot first, then binaryOp; message names "+=". */
export declare function inplaceOp(
  rt: Runtime,
  a: PyObject,
  b: PyObject,
  slot: BinarySlotName,
  symbol: string,
): PyObject
/** pow(a, b, c) (ternary power; c may be None). New reference. */
export declare function power(rt: Runtime, a: PyObject, b: PyObject, c: PyObject): PyObject
/** -o, +o, ~o, abs(o): "bad operand type for unary -: 'str'", "bad operand type for abs(): 'str'". */
export declare function unaryOp(rt: Runtime, o: PyObject, slot: UnarySlotName): PyObject

// ---------------------------------------------------------------------------
// Types

/** isinstance(o, cls) with __instancecheck__ and tuples of classes. */
export declare function isInstance(rt: Runtime, o: PyObject, cls: PyObject): boolean
/** issubclass(derived, cls) with __subclasscheck__; "issubclass() arg 1 must be a class". */
export declare function isSubclass(rt: Runtime, derived: PyObject, cls: PyObject): boolean
/** Exact type check helper: whether `o`'s type is `t` or a subtype. */
export declare function typeCheck(o: PyObject, t: PyType): boolean

// ---------------------------------------------------------------------------
// Numbers

/** PyNumber_Index: a new reference to an int; "'str' object cannot be interpreted as an integer". */
export declare function index(rt: Runtime, o: PyObject): PyObject
/**
 * PyNumber_AsSsize_t: the index of `o` as a JS number; values outside
 * Py_ssize_t raise `overflow` (an exception type) with "cannot fit 'int' into
 * an index-sized integer", or are clamped when `overflow` is null.
 */
export declare function asSsize(rt: Runtime, o: PyObject, overflow: PyType | null): number
/** PyNumber_Long (int(o) without a base): new reference. */
export declare function asInt(rt: Runtime, o: PyObject): PyObject
/** PyNumber_Float: new reference. */
export declare function asFloat(rt: Runtime, o: PyObject): PyObject
