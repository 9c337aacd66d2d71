// Slots and dunder methods (Objects/typeobject.c slotdefs, update_one_slot,
// add_operators, inherit_slots): the bridge between the C-level slots of a
// type (PyType fields such as `add`, `length`, `richcompare`) and the
// `__add__`, `__len__`, `__eq__` attributes Python code sees.
//
//   built-in type  ── readyType ──►  its dict gets a slot wrapper per slot it
//                                    implements: int.__add__ is
//                                    <slot wrapper '__add__' of 'int' objects>
//   class          ── fixupSlots ──► each slot is set from the dunders found
//                                    on the MRO: a Python function makes the
//                                    generic "slot_*" function that calls it;
//                                    an inherited slot wrapper of the same
//                                    slot reuses the built-in function
//                                    directly (class I(int) keeps int's add);
//                                    `__hash__ = None` makes it unhashable.
//
// Assigning a dunder on a class later (C.__add__ = f) runs fixupSlots again
// for the class and its subclasses (typetype.ts typeSetattro).

import { decref, incref } from "./refcount.js"
import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import { PyType, TypeFlags, isSubtype } from "./type.js"
import type { CompareOp, PyHash } from "./type.js"
import { raise, typeError } from "./errors.js"
import { newInt } from "./int.js"
import { hashInt } from "./hash.js"
import {
  asSsize,
  call,
  hashNotImplemented,
  ident,
  index,
  isPyError,
  isTrue,
  pyBool,
} from "./abstract.js"
import { attributeError } from "./exceptions.js"
import { newWrapperDescr, newBuiltinFunction, positionalCount } from "./descr.js"
import type { SlotWrap } from "./descr.js"
import { dictGetItem, dictSetItem } from "./dict.js"
import { genericGetAttr, subtypeClear, subtypeDealloc, subtypeTraverse } from "./objectobject.js"
import { findNameInMro, isPyFunction, typeLookup } from "./typeobject.js"

type AnyFn = (...a: any[]) => any

// ---------------------------------------------------------------------------
// Wrappers: calling a slot from Python (`int.__add__(1, 2)`)

function noKw(rt: Runtime, name: string, kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    typeError(rt, `wrapper ${name}() takes no keyword arguments`)
}

function nargs(rt: Runtime, args: PyObject[], n: number): void {
  if (args.length !== n)
    typeError(rt, `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`)
}

function w0(name: string, f: (rt: Runtime, fn: AnyFn, self: PyObject) => PyObject): SlotWrap {
  return (rt, fn, self, args, kwnames) => {
    noKw(rt, name, kwnames)
    nargs(rt, args, 0)
    return f(rt, fn, self)
  }
}

function w1(
  name: string,
  f: (rt: Runtime, fn: AnyFn, self: PyObject, a: PyObject) => PyObject,
): SlotWrap {
  return (rt, fn, self, args, kwnames) => {
    noKw(rt, name, kwnames)
    nargs(rt, args, 1)
    return f(rt, fn, self, args[0]!)
  }
}

const wrapUnary = (n: string) => w0(n, (rt, fn, self) => fn(rt, self))
const wrapBinaryL = (n: string) => w1(n, (rt, fn, self, a) => fn(rt, self, a))
const wrapBinaryR = (n: string) => w1(n, (rt, fn, self, a) => fn(rt, a, self))

function wrapTernary(name: string, reflected: boolean): SlotWrap {
  return (rt, fn, self, args, kwnames) => {
    noKw(rt, name, kwnames)
    if (args.length < 1 || args.length > 2)
      typeError(rt, `expected 1 or 2 arguments, got ${args.length}`)
    const mod = args.length === 2 ? args[1]! : rt.None
    return reflected ? fn(rt, args[0]!, self, mod) : fn(rt, self, args[0]!, mod)
  }
}

const wrapInquiry = (n: string) => w0(n, (rt, fn, self) => pyBool(rt, fn(rt, self) as boolean))
const wrapLen = (n: string) => w0(n, (rt, fn, self) => newInt(rt, fn(rt, self) as number))
const wrapHash = (n: string) => w0(n, (rt, fn, self) => newInt(rt, fn(rt, self) as PyHash))
const wrapNext = (n: string) =>
  w0(n, (rt, fn, self) => {
    const r = fn(rt, self) as PyObject | null
    if (r === null) raise(rt, rt.t.StopIteration, null)
    return r
  })
const wrapDel = (n: string) =>
  w0(n, (rt, fn, self) => {
    fn(rt, self)
    return incref(rt.None)
  })
const wrapContains = (n: string) =>
  w1(n, (rt, fn, self, a) => pyBool(rt, fn(rt, self, a) as boolean))
const wrapRepeat = (n: string) =>
  w1(n, (rt, fn, self, a) => fn(rt, self, asSsize(rt, a, rt.t.OverflowError)))
const wrapRich = (n: string, op: CompareOp) => w1(n, (rt, fn, self, a) => fn(rt, self, a, op))
const wrapGetattr = (n: string) =>
  w1(n, (rt, fn, self, a) => {
    const r = fn(rt, self, a) as PyObject | null
    if (r === null) throw attributeError(rt, self, a)
    return r
  })
/**
 * hackcheck: object.__setattr__(C, ...) must not bypass type's own setattr
 * (it would skip the cache invalidation): the first built-in type in the
 * MRO of type(self) must use this very slot function.
 */
function hackcheck(rt: Runtime, self: PyObject, fn: AnyFn, what: string): void {
  let base: PyType = self.type
  while (base.isHeapType && base.base !== null) base = base.base
  if (base.setattro !== fn) typeError(rt, `can't apply this ${what} to ${base.name} object`)
}

const wrapDelattr = (n: string) =>
  w1(n, (rt, fn, self, a) => {
    if (n === "__delattr__") hackcheck(rt, self, fn, n)
    fn(rt, self, a, null)
    return incref(rt.None)
  })
const wrapSetattr =
  (name: string): SlotWrap =>
  (rt, fn, self, args, kwnames) => {
    if (name === "__setattr__") hackcheck(rt, self, fn, name)
    noKw(rt, name, kwnames)
    nargs(rt, args, 2)
    fn(rt, self, args[0]!, args[1]!)
    return incref(rt.None)
  }
const wrapSetitem = wrapSetattr
const wrapDelitem = wrapDelattr
const wrapDescrSet = wrapSetattr
const wrapDescrDelete = wrapDelattr
const wrapCall: SlotWrap = (rt, fn, self, args, kwnames) => fn(rt, self, args, kwnames)
const wrapInit: SlotWrap = (rt, fn, self, args, kwnames) => {
  fn(rt, self, args, kwnames)
  return incref(rt.None)
}
const wrapDescrGet: SlotWrap = (rt, fn, self, args, kwnames) => {
  noKw(rt, "__get__", kwnames)
  if (args.length < 1 || args.length > 2)
    typeError(rt, `expected 1 or 2 arguments, got ${args.length}`)
  const obj = args[0] === rt.None ? null : args[0]!
  const type = args.length === 2 && args[1] !== rt.None ? args[1]! : null
  if (obj === null && type === null) typeError(rt, "__get__(None, None) is invalid")
  return fn(rt, self, obj, type ?? obj!.type)
}

// ---------------------------------------------------------------------------
// The slot table

/** One dunder of a slot: the slot field, the dunder's name and how its wrapper calls the slot. */
interface SlotDef {
  field: string
  name: string
  wrap: SlotWrap
}

const BINARY: [string, string, string][] = [
  ["add", "__add__", "__radd__"],
  ["subtract", "__sub__", "__rsub__"],
  ["multiply", "__mul__", "__rmul__"],
  ["remainder", "__mod__", "__rmod__"],
  ["divmod", "__divmod__", "__rdivmod__"],
  ["lshift", "__lshift__", "__rlshift__"],
  ["rshift", "__rshift__", "__rrshift__"],
  ["and", "__and__", "__rand__"],
  ["xor", "__xor__", "__rxor__"],
  ["or", "__or__", "__ror__"],
  ["floorDivide", "__floordiv__", "__rfloordiv__"],
  ["trueDivide", "__truediv__", "__rtruediv__"],
  ["matrixMultiply", "__matmul__", "__rmatmul__"],
]
const UNARY: [string, string][] = [
  ["negative", "__neg__"],
  ["positive", "__pos__"],
  ["absolute", "__abs__"],
  ["invert", "__invert__"],
  ["int", "__int__"],
  ["float", "__float__"],
  ["index", "__index__"],
]
const INPLACE: [string, string][] = [
  ["add", "__iadd__"],
  ["subtract", "__isub__"],
  ["multiply", "__imul__"],
  ["remainder", "__imod__"],
  ["power", "__ipow__"],
  ["lshift", "__ilshift__"],
  ["rshift", "__irshift__"],
  ["and", "__iand__"],
  ["xor", "__ixor__"],
  ["or", "__ior__"],
  ["floorDivide", "__ifloordiv__"],
  ["trueDivide", "__itruediv__"],
  ["matrixMultiply", "__imatmul__"],
]
const RICH = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]

function buildSlotDefs(): SlotDef[] {
  const d: SlotDef[] = [
    { field: "getattro", name: "__getattribute__", wrap: wrapGetattr("__getattribute__") },
    { field: "getattro", name: "__getattr__", wrap: wrapGetattr("__getattr__") },
    { field: "setattro", name: "__setattr__", wrap: wrapSetattr("__setattr__") },
    { field: "setattro", name: "__delattr__", wrap: wrapDelattr("__delattr__") },
    { field: "repr", name: "__repr__", wrap: wrapUnary("__repr__") },
    { field: "hash", name: "__hash__", wrap: wrapHash("__hash__") },
    { field: "call", name: "__call__", wrap: wrapCall },
    { field: "str", name: "__str__", wrap: wrapUnary("__str__") },
  ]
  RICH.forEach((name, op) =>
    d.push({ field: "richcompare", name, wrap: wrapRich(name, op as CompareOp) }),
  )
  d.push(
    { field: "iter", name: "__iter__", wrap: wrapUnary("__iter__") },
    { field: "iternext", name: "__next__", wrap: wrapNext("__next__") },
    { field: "descrGet", name: "__get__", wrap: wrapDescrGet },
    { field: "descrSet", name: "__set__", wrap: wrapDescrSet("__set__") },
    { field: "descrSet", name: "__delete__", wrap: wrapDescrDelete("__delete__") },
    { field: "init", name: "__init__", wrap: wrapInit },
    { field: "finalize", name: "__del__", wrap: wrapDel("__del__") },
  )
  for (const [field, name, rname] of BINARY)
    d.push(
      { field, name, wrap: wrapBinaryL(name) },
      { field, name: rname, wrap: wrapBinaryR(rname) },
    )
  d.push(
    { field: "power", name: "__pow__", wrap: wrapTernary("__pow__", false) },
    { field: "power", name: "__rpow__", wrap: wrapTernary("__rpow__", true) },
  )
  for (const [field, name] of UNARY) d.push({ field, name, wrap: wrapUnary(name) })
  d.push({ field: "bool", name: "__bool__", wrap: wrapInquiry("__bool__") })
  for (const [field, name] of INPLACE)
    d.push({
      field: "inplace." + field,
      name,
      wrap: field === "power" ? wrapTernary(name, false) : wrapBinaryL(name),
    })
  d.push(
    { field: "length", name: "__len__", wrap: wrapLen("__len__") },
    { field: "getitem", name: "__getitem__", wrap: wrapBinaryL("__getitem__") },
    { field: "setitem", name: "__setitem__", wrap: wrapSetitem("__setitem__") },
    { field: "setitem", name: "__delitem__", wrap: wrapDelitem("__delitem__") },
    { field: "contains", name: "__contains__", wrap: wrapContains("__contains__") },
    // Sequence forms, only as wrappers of built-in types (classes use the number slots).
    { field: "sqConcat", name: "__add__", wrap: wrapBinaryL("__add__") },
    { field: "sqRepeat", name: "__mul__", wrap: wrapRepeat("__mul__") },
    { field: "sqRepeat", name: "__rmul__", wrap: wrapRepeat("__rmul__") },
    { field: "sqInplaceConcat", name: "__iadd__", wrap: wrapBinaryL("__iadd__") },
    { field: "sqInplaceRepeat", name: "__imul__", wrap: wrapRepeat("__imul__") },
  )
  return d
}

/** The slot definitions, in CPython's slotdefs order (which decides the first wrapper a dict gets). */
export const SLOT_DEFS: readonly SlotDef[] = buildSlotDefs()

/** SLOT_DEFS grouped by the field they fill (sq_* aliases left out), in table order. */
const SLOT_FIELDS: readonly (readonly [string, readonly SlotDef[]])[] = groupSlotFields()

function groupSlotFields(): [string, SlotDef[]][] {
  const fields = new Map<string, SlotDef[]>()
  for (const s of SLOT_DEFS) {
    if (s.field.startsWith("sq")) continue
    let l = fields.get(s.field)
    if (l === undefined) fields.set(s.field, (l = []))
    l.push(s)
  }
  return [...fields]
}
const DUNDERS = new Set(SLOT_DEFS.map((s) => s.name).concat(["__new__"]))

/** Whether assigning `name` on a class can change one of its slots. */
export function isSlotDunder(name: string): boolean {
  return DUNDERS.has(name)
}

function getField(t: PyType, field: string): AnyFn | null {
  if (field.startsWith("inplace."))
    return (t.inplace as Record<string, AnyFn>)[field.slice(8)] ?? null
  return ((t as unknown as Record<string, AnyFn | null>)[field] ?? null) as AnyFn | null
}

function setField(t: PyType, field: string, fn: AnyFn | null): void {
  if (field.startsWith("inplace.")) {
    const k = field.slice(8) as keyof PyType["inplace"]
    // `delete` turns the object into a slow dictionary: only when there is a key.
    if (fn === null) {
      if (t.inplace[k] !== undefined) delete t.inplace[k]
    } else t.inplace[k] = fn as never
    return
  }
  const fields = t as unknown as Record<string, AnyFn | null>
  if (fields[field] !== fn) fields[field] = fn
}

// ---------------------------------------------------------------------------
// Built-in types: inheritance and wrappers

/** Slot fields that inheritSlots copies from the bases when a type leaves them null. */
const INHERITED = [
  "dealloc",
  "traverse",
  "clear",
  "finalize",
  "newObj",
  "init",
  "repr",
  "str",
  "getattro",
  "setattro",
  "call",
  "iter",
  "iternext",
  "descrGet",
  "descrSet",
  "add",
  "subtract",
  "multiply",
  "remainder",
  "divmod",
  "power",
  "negative",
  "positive",
  "absolute",
  "bool",
  "invert",
  "lshift",
  "rshift",
  "and",
  "xor",
  "or",
  "int",
  "float",
  "floorDivide",
  "trueDivide",
  "index",
  "matrixMultiply",
  "length",
  "getitem",
  "setitem",
  "contains",
  "sqConcat",
  "sqRepeat",
  "sqInplaceConcat",
  "sqInplaceRepeat",
  "dictOf",
] as const

/**
 * inherit_slots: copies every slot `type` leaves null from the first base in
 * its MRO that has it. tp_hash and tp_richcompare are inherited together,
 * only when the type defines neither; a built-in type directly under object
 * without tp_new stays non-instantiable.
 */
export function inheritSlots(rt: Runtime, type: PyType): void {
  const rec = type as unknown as Record<string, unknown>
  const noNew = type.newObj === null && !type.isHeapType && type.base === rt.t.object
  for (let i = 1; i < type.mro.length; i++) {
    const b = type.mro[i]!
    const brec = b as unknown as Record<string, unknown>
    for (const f of INHERITED) if (rec[f] === null && brec[f] !== null) rec[f] = brec[f]
    if (type.richcompare === null && type.hash === null) {
      type.richcompare = b.richcompare
      type.hash = b.hash
    }
    for (const k of Object.keys(b.inplace) as (keyof PyType["inplace"])[])
      if (type.inplace[k] === undefined) type.inplace[k] = b.inplace[k]
    if (!type.isSequence && b.isSequence && b === type.base) type.isSequence = true
    if (!type.isMapping && b.isMapping && b === type.base) type.isMapping = true
  }
  if (noNew) type.newObj = null
  const base = type.base
  if (base !== null) {
    type.flags |= base.flags & SUBCLASS_BITS
    if (!type.hasDict && base.hasDict) {
      type.hasDict = true
      type.dictInV = base.dictInV
    }
    if (type.weaklistoffset === 0) type.weaklistoffset = base.weaklistoffset
    if (type.nslots === 0) type.nslots = base.nslots
  }
}

const SUBCLASS_BITS =
  TypeFlags.LONG_SUBCLASS |
  TypeFlags.LIST_SUBCLASS |
  TypeFlags.TUPLE_SUBCLASS |
  TypeFlags.BYTES_SUBCLASS |
  TypeFlags.UNICODE_SUBCLASS |
  TypeFlags.DICT_SUBCLASS |
  TypeFlags.BASE_EXC_SUBCLASS |
  TypeFlags.TYPE_SUBCLASS

/**
 * add_operators: puts a slot wrapper in the dict of a built-in type for every
 * slot it implements itself (`own`, the slot fields set before inheritance),
 * unless the dict already has that name; `__hash__` is None for unhashable
 * types and `__new__` a builtin method when the type has its own tp_new.
 */
export function addSlotWrappers(rt: Runtime, type: PyType, own: Set<string>): void {
  const dict = type.dict!
  for (const s of SLOT_DEFS) {
    if (!own.has(s.field)) continue
    const fn = getField(type, s.field)
    if (fn === null) continue
    const key = ident(rt, s.name)
    if (dictGetItem(rt, dict, key) !== null) continue
    if (s.field === "getattro" && s.name === "__getattr__") continue
    let v: PyObject
    if (s.field === "hash" && fn === hashNotImplemented) v = incref(rt.None)
    else v = newWrapperDescr(rt, type, s.name, fn, s.wrap, null, s.field)
    dictSetItem(rt, dict, key, v)
    decref(rt, v)
  }
  if (own.has("newObj") && type.newObj !== null) {
    const key = ident(rt, "__new__")
    if (dictGetItem(rt, dict, key) === null) {
      const f = newBuiltinFunction(
        rt,
        "__new__",
        {
          fn: tpNewWrapper,
          doc: `Create and return a new object.  See help(type) for accurate signature.`,
        },
        type,
        null,
      )
      ;(f.v as { isFunction: boolean }).isFunction = false
      dictSetItem(rt, dict, key, f)
      decref(rt, f)
    }
  }
}

/** `int.__new__(int, 5)`: the builtin `__new__` of a built-in type (tp_new_wrapper). */
export function tpNewWrapper(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const type = self as PyType
  if (positionalCount(args, kwnames) < 1)
    typeError(rt, `${type.name}.__new__(): not enough arguments`)
  const sub = args[0]!
  if (!(sub instanceof PyType))
    typeError(rt, `${type.name}.__new__(X): X is not a type object (${sub.type.name})`)
  if (!isSubtype(sub, type))
    typeError(rt, `${type.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${type.name}`)
  // The nearest base of `sub` whose __new__ is not Python code must use this tp_new.
  let staticBase: PyType = sub
  while (staticBase.newObj === slotNew && staticBase.base !== null) staticBase = staticBase.base
  if (staticBase.newObj !== type.newObj)
    typeError(rt, `${type.name}.__new__(${sub.name}) is not safe, use ${staticBase.name}.__new__()`)
  return type.newObj!(rt, sub, args.slice(1), kwnames)
}

// ---------------------------------------------------------------------------
// Classes: the generic slot functions (slot_*)

/** Calls dunder `name` of `self` (looked up on its type) with `args`; null if the type has none. */
export function callDunder(
  rt: Runtime,
  self: PyObject,
  name: string,
  args: PyObject[],
  kwnames: PyObject | null = null,
): PyObject | null {
  const f = typeLookup(rt, self.type, ident(rt, name))
  if (f === null) return null
  incref(f)
  try {
    if (isPyFunction(rt, f)) return call(rt, f, [self, ...args], kwnames)
    const get = f.type.descrGet
    if (get === null) return call(rt, f, args, kwnames)
    const bound = get(rt, f, self, self.type)
    try {
      return call(rt, bound, args, kwnames)
    } finally {
      decref(rt, bound)
    }
  } finally {
    decref(rt, f)
  }
}

function mustCall(rt: Runtime, self: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callDunder(rt, self, name, args)
  if (r === null) throw attributeError(rt, self, ident(rt, name))
  return r
}

function callOrNI(rt: Runtime, self: PyObject, name: string, args: PyObject[]): PyObject {
  return callDunder(rt, self, name, args) ?? incref(rt.NotImplemented)
}

function unarySlot(name: string) {
  return (rt: Runtime, o: PyObject): PyObject => mustCall(rt, o, name, [])
}

function binarySlot(field: string, name: string, rname: string) {
  const fn = (rt: Runtime, a: PyObject, b: PyObject): PyObject => {
    const ta = a.type
    const tb = b.type
    let doOther =
      ta !== tb && getField(tb, field) === fn && typeLookup(rt, tb, ident(rt, rname)) !== null
    if (getField(ta, field) === fn) {
      if (doOther && isSubtype(tb, ta) && overloaded(rt, ta, tb, rname)) {
        const r = callOrNI(rt, b, rname, [a])
        if (r !== rt.NotImplemented) return r
        decref(rt, r)
        doOther = false
      }
      const r = callOrNI(rt, a, name, [b])
      if (r !== rt.NotImplemented || tb === ta) return r
      decref(rt, r)
    }
    if (doOther) return callOrNI(rt, b, rname, [a])
    return incref(rt.NotImplemented)
  }
  return fn
}

function overloaded(rt: Runtime, ta: PyType, tb: PyType, name: string): boolean {
  const key = ident(rt, name)
  return typeLookup(rt, tb, key) !== typeLookup(rt, ta, key)
}

const slotPowBinary = binarySlot("power", "__pow__", "__rpow__")
function slotPow(rt: Runtime, a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (c === rt.None) return slotPowBinary(rt, a, b)
  // Three-argument pow only calls the left operand's __pow__.
  if (a.type.power === slotPow) return callOrNI(rt, a, "__pow__", [b, c])
  return incref(rt.NotImplemented)
}

function inplaceSlot(name: string) {
  return (rt: Runtime, a: PyObject, b: PyObject): PyObject => callOrNI(rt, a, name, [b])
}

function slotRepr(rt: Runtime, o: PyObject): PyObject {
  return mustCall(rt, o, "__repr__", [])
}

function slotHash(rt: Runtime, o: PyObject): PyHash {
  const r = callDunder(rt, o, "__hash__", [])
  if (r === null) return hashNotImplemented(rt, o)
  try {
    if ((r.type.flags & TypeFlags.LONG_SUBCLASS) === 0)
      typeError(rt, "__hash__ method should return an integer")
    // slot_tp_hash: a result that fits a Py_ssize_t is the hash as it is
    // (enum's hash(self._name_) must equal the str's hash); only a larger
    // int is reduced as hash(int) does.
    const v = r.v as number | bigint
    if (typeof v === "bigint" && v >= -(1n << 63n) && v < 1n << 63n) return v === -1n ? -2 : v
    const h = hashInt(v)
    return h === -1 ? -2 : h
  } finally {
    decref(rt, r)
  }
}

function slotBool(rt: Runtime, o: PyObject): boolean {
  const r = callDunder(rt, o, "__bool__", [])
  if (r === null) return o.type.length === null ? true : o.type.length(rt, o) !== 0
  try {
    if (r.type !== rt.t.bool) typeError(rt, `__bool__ should return bool, returned ${r.type.name}`)
    return r === rt.True
  } finally {
    decref(rt, r)
  }
}

function slotLength(rt: Runtime, o: PyObject): number {
  const r = mustCall(rt, o, "__len__", [])
  try {
    const i = index(rt, r)
    try {
      const v = i.v as number | bigint
      if (v < 0) raise(rt, rt.t.ValueError, "__len__() should return >= 0")
      return asSsize(rt, i, rt.t.OverflowError)
    } finally {
      decref(rt, i)
    }
  } finally {
    decref(rt, r)
  }
}

function slotGetitem(rt: Runtime, o: PyObject, k: PyObject): PyObject {
  return mustCall(rt, o, "__getitem__", [k])
}

function slotSetitem(rt: Runtime, o: PyObject, k: PyObject, v: PyObject | null): void {
  decref(
    rt,
    v === null ? mustCall(rt, o, "__delitem__", [k]) : mustCall(rt, o, "__setitem__", [k, v]),
  )
}

function slotContains(rt: Runtime, o: PyObject, x: PyObject): boolean {
  const f = typeLookup(rt, o.type, ident(rt, "__contains__"))
  if (f === rt.None) typeError(rt, `'${o.type.name}' object is not a container`)
  const r = mustCall(rt, o, "__contains__", [x])
  try {
    return isTrue(rt, r)
  } finally {
    decref(rt, r)
  }
}

function slotRichcompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  return callOrNI(rt, a, RICH[op]!, [b])
}

function slotIter(rt: Runtime, o: PyObject): PyObject {
  const f = typeLookup(rt, o.type, ident(rt, "__iter__"))
  if (f === rt.None) typeError(rt, `'${o.type.name}' object is not iterable`)
  return mustCall(rt, o, "__iter__", [])
}

function slotIternext(rt: Runtime, o: PyObject): PyObject | null {
  try {
    return mustCall(rt, o, "__next__", [])
  } catch (e) {
    if (isPyError(e, rt.t.StopIteration)) {
      decref(rt, e)
      return null
    }
    throw e
  }
}

function slotCall(rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const r = callDunder(rt, o, "__call__", args, kwnames)
  if (r === null) typeError(rt, `'${o.type.name}' object is not callable`)
  return r
}

function slotGetattro(rt: Runtime, o: PyObject, name: PyObject): PyObject | null {
  const getattribute = typeLookup(rt, o.type, ident(rt, "__getattribute__"))
  let r: PyObject | null
  try {
    if (getattribute === null || isGenericGetattr(rt, getattribute)) r = genericGetAttr(rt, o, name)
    else r = mustCall(rt, o, "__getattribute__", [name])
  } catch (e) {
    if (!isPyError(e, rt.t.AttributeError)) throw e
    if (typeLookup(rt, o.type, ident(rt, "__getattr__")) === null) throw e
    decref(rt, e)
    r = null
  }
  if (r !== null) return r
  if (typeLookup(rt, o.type, ident(rt, "__getattr__")) === null) return null
  return mustCall(rt, o, "__getattr__", [name])
}

function isGenericGetattr(rt: Runtime, d: PyObject): boolean {
  return (
    d.type === rt.t.wrapper_descriptor && (d.v as { slot: AnyFn }).slot === rt.t.object.getattro
  )
}

function slotSetattro(rt: Runtime, o: PyObject, name: PyObject, v: PyObject | null): void {
  decref(
    rt,
    v === null ? mustCall(rt, o, "__delattr__", [name]) : mustCall(rt, o, "__setattr__", [name, v]),
  )
}

function slotDescrGet(rt: Runtime, d: PyObject, obj: PyObject | null, type: PyObject): PyObject {
  return mustCall(rt, d, "__get__", [obj ?? rt.None, type ?? rt.None])
}

function slotDescrSet(rt: Runtime, d: PyObject, obj: PyObject, v: PyObject | null): void {
  decref(
    rt,
    v === null ? mustCall(rt, d, "__delete__", [obj]) : mustCall(rt, d, "__set__", [obj, v]),
  )
}

function slotInit(rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const r = callDunder(rt, o, "__init__", args, kwnames)
  if (r === null) return
  if (r !== rt.None) {
    decref(rt, r)
    typeError(rt, `__init__() should return None, not '${r.type.name}'`)
  }
  decref(rt, r)
}

function slotNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  // type.__new__ is a staticmethod: look it up on the class and call it with the class first.
  // Looked up through the metatype (type_getattro), so the class's own staticmethod wins.
  const getattro = type.type.getattro!
  const f = getattro(rt, type, ident(rt, "__new__"))
  if (f === null) throw attributeError(rt, type, ident(rt, "__new__"))
  try {
    return call(rt, f, [type, ...args], kwnames)
  } finally {
    decref(rt, f)
  }
}

function slotFinalize(rt: Runtime, o: PyObject): void {
  try {
    const r = callDunder(rt, o, "__del__", [])
    if (r !== null) decref(rt, r)
  } catch (e) {
    if (!(e instanceof Object && "rc" in (e as object))) throw e
    const exc = e as PyObject
    const hook = rt.hooks.unraisable
    const del = typeLookup(rt, o.type, ident(rt, "__del__"))
    if (hook !== null) hook(rt, exc, del, null)
    decref(rt, exc)
  }
}

/** The generic slot function of each slot field, used when a class defines the dunder in Python. */
const HEAP_SLOTS: Record<string, AnyFn> = (() => {
  const m: Record<string, AnyFn> = {
    getattro: slotGetattro,
    setattro: slotSetattro,
    repr: slotRepr,
    str: unarySlot("__str__"),
    hash: slotHash,
    call: slotCall,
    richcompare: slotRichcompare,
    iter: slotIter,
    iternext: slotIternext,
    descrGet: slotDescrGet,
    descrSet: slotDescrSet,
    init: slotInit,
    finalize: slotFinalize,
    power: slotPow,
    bool: slotBool,
    length: slotLength,
    getitem: slotGetitem,
    setitem: slotSetitem,
    contains: slotContains,
  }
  for (const [field, name, rname] of BINARY) m[field] = binarySlot(field, name, rname)
  for (const [field, name] of UNARY) m[field] = unarySlot(name)
  for (const [field, name] of INPLACE) m["inplace." + field] = inplaceSlot(name)
  return m
})()

/** Whether `fn` is one of the generic slot functions (a class slot that calls Python code). */
export function isHeapSlot(fn: unknown): boolean {
  return Object.values(HEAP_SLOTS).includes(fn as AnyFn) || fn === slotNew
}

/**
 * _PyType_Lookup without filling the type's attribute cache: fixupSlots asks
 * for every dunder name a slot may come from, and most are never looked up
 * again (the cache would keep ~100 entries per class for nothing).
 */
function mroLookup(rt: Runtime, type: PyType, name: PyObject): PyObject | null {
  const cached = type.cache.get(name.v as string)
  return cached !== undefined ? cached : findNameInMro(rt, type, name)
}

/**
 * fixup_slot_dispatchers / update_one_slot: sets every dunder-driven slot of
 * class `type` from what its MRO defines now, then the class-only slots
 * (subtype_dealloc, traverse, clear). Run at class creation and again for a
 * class and its subclasses when one of its dunders is assigned.
 */
export function fixupSlots(rt: Runtime, type: PyType): void {
  for (const [field, defs] of SLOT_FIELDS) {
    let found = false
    let generic = false
    let specific: AnyFn | null = null
    for (const s of defs) {
      const d = mroLookup(rt, type, ident(rt, s.name))
      if (d === null) continue
      found = true
      if (d === rt.None && field === "hash") {
        specific = hashNotImplemented as AnyFn
        continue
      }
      const w = d.type === rt.t.wrapper_descriptor ? (d.v as { slot: AnyFn; field: string }) : null
      if (w !== null && w.field === field && (specific === null || specific === w.slot))
        specific = w.slot
      else generic = true
    }
    if (!found) setField(type, field, null)
    else setField(type, field, generic ? HEAP_SLOTS[field]! : specific)
  }
  // __new__: a built-in type's own tp_new when inherited unchanged, else slot_tp_new.
  const nw = typeLookup(rt, type, ident(rt, "__new__"))
  if (nw !== null && nw.type === rt.t.builtin_function_or_method) {
    const b = nw.v as { def: { fn: AnyFn }; self: PyObject | null }
    type.newObj = b.def.fn === tpNewWrapper && b.self instanceof PyType ? b.self.newObj : slotNew
  } else if (nw !== null) type.newObj = slotNew
  if ((type.flags & TypeFlags.DICT_SUBCLASS) === 0 && type.getitem !== null) {
    type.isSequence = true
    type.isMapping = true
  }
  type.dealloc = subtypeDealloc
  type.traverse = subtypeTraverse
  type.clear = subtypeClear
}

/** Re-runs fixupSlots for `type` and all its subclasses (after `C.__x__ = ...`). */
export function updateSlots(rt: Runtime, type: PyType): void {
  const todo = [type]
  let t: PyType | undefined
  while ((t = todo.pop()) !== undefined) {
    if (t.isHeapType) fixupSlots(rt, t)
    for (const s of t.subclasses) todo.push(s)
  }
}
