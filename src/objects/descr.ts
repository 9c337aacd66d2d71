// Descriptors and built-in callables (Objects/descrobject.c, methodobject.c,
// funcobject.c's classmethod/staticmethod): how the methods of built-in
// types are defined, looked up and called, plus property, classmethod,
// staticmethod, member descriptors (__slots__), getset descriptors and
// mappingproxy (`C.__dict__`).
//
// Defining the methods of a built-in type (the other type files do this in
// their init functions):
//
//   defineMethods(rt, rt.t.list, {
//     append: { kind: "o", fn: (rt, self, args) => { ...; return incref(rt.None) } },
//     clear: { kind: "noargs", fn: listClear },
//     pop: listPop,                 // a bare function: fastcall with keywords
//   })
//
// A method implementation has the vectorcall shape (MethodImpl): `self` and
// the arguments are borrowed, `args` holds the positional arguments followed
// by the values of the keyword arguments named in `kwnames` (a tuple of str,
// or null), and it returns a new reference. Kinds "noargs" and "o" are
// checked before the call, with CPython's messages ("list.clear() takes no
// arguments (1 given)", "list.append() takes exactly one argument (2 given)");
// "fast" rejects keywords ("list.pop() takes no keyword arguments"); "fastkw"
// (the default for a bare function) leaves the checking to the function,
// which uses checkPositional / parseArgs below.
//
// During bootstrap, before dicts and strs exist, definitions are queued and
// put in the type's dict when bootstrap readies the type (typeobject.ts
// readyType); afterwards they go in at once.
//
// Who binds what (`obj.name` where name is found on the class):
//
//   found in the class dict        obj.name gives               type
//   method_descriptor (list.append) builtin method, self=obj     builtin_function_or_method
//   classmethod_descriptor          builtin method, self=type(obj)
//   wrapper_descriptor (int.__add__) method-wrapper, self=obj
//   getset_descriptor (int.real)    get(obj)                     (data descriptor)
//   member_descriptor (__slots__)   the slot value               (data descriptor)
//   function (vm)                   bound method                 method
//   classmethod(f)                  bound method of type(obj)    method
//   staticmethod(f)                 f itself
//   property                        fget(obj)                    (data descriptor)

import { PyObject } from "./object.js"
import { allocObject, decref, freeObject, incref, xdecref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { PyType, TypeFlags, isSubtype } from "./type.js"
import { raise, typeError } from "./errors.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { isStr, newStr } from "./str.js"
import { dictSetItem, isDict } from "./dict.js"
import {
  call,
  contains,
  getItem,
  getIter,
  hashNotImplemented,
  ident,
  length,
  lookupAttr,
  reprString,
  richCompare,
  str,
} from "./abstract.js"
import { hexAddr, slotValues } from "./objectobject.js"
import { isPyFunction, newStaticType, typeModified } from "./typeobject.js"
import { newMethod } from "./method.js"

/** A method or builtin function body (vectorcall shape); returns a new reference. */
export type MethodImpl = (
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
) => PyObject

/** How the arguments of a method are checked before its body runs (CPython's METH_* flags). */
export type MethodKind = "noargs" | "o" | "fast" | "fastkw"

/** A method definition (PyMethodDef). */
export interface MethodDef {
  fn: MethodImpl
  /** Defaults to "fastkw". */
  kind?: MethodKind
  /** METH_CLASS: `self` is the type (dict.fromkeys); METH_STATIC: `self` is the type, unused (str.maketrans). */
  binding?: "instance" | "class" | "static"
  doc?: string
}

/** A computed attribute of a built-in type (PyGetSetDef), e.g. `int.real`, `function.__name__`. */
export interface GetSetDef {
  /** Returns a new reference. */
  get: (rt: Runtime, o: PyObject) => PyObject
  /** Borrows `value`; null means delete. Absent: "attribute 'x' of 'T' objects is not writable". */
  set?: (rt: Runtime, o: PyObject, value: PyObject | null) => void
  doc?: string
  /** A read-only struct member in CPython (PyMemberDef READONLY): assignment says "readonly attribute". */
  readonly?: boolean
}

/** Payload of method_descriptor / classmethod_descriptor / wrapper_descriptor / getset / member. */
interface DescrData {
  name: string
  owner: PyType
}
interface MethodDescrData extends DescrData {
  def: Required<Omit<MethodDef, "doc">> & { doc: string | null }
}
interface WrapperDescrData extends DescrData {
  slot: (...a: any[]) => any
  wrap: SlotWrap
  doc: string | null
  /** The PyType field the slot comes from ("add", "sqConcat", "inplace.add", ...). */
  field: string
}
interface GetSetData extends DescrData {
  def: GetSetDef
}
interface MemberData extends DescrData {
  index: number
}
/** Payload of a builtin_function_or_method. `self` and `module` are owned (or null). */
interface BuiltinData {
  name: string
  def: MethodDescrData["def"]
  self: PyObject | null
  module: PyObject | null
  /** The function is a module-level function (self is the module or null), not a method. */
  isFunction: boolean
}

/**
 * How a slot wrapper calls its slot: `fn` is the slot function, `self` the
 * instance, `args`/`kwnames` the rest of the call. Returns a new reference.
 */
export type SlotWrap = (
  rt: Runtime,
  fn: (...a: any[]) => any,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
) => PyObject

function normDef(d: MethodImpl | MethodDef): MethodDescrData["def"] {
  if (typeof d === "function") return { fn: d, kind: "fastkw", binding: "instance", doc: null }
  return {
    fn: d.fn,
    kind: d.kind ?? "fastkw",
    binding: d.binding ?? "instance",
    doc: d.doc ?? null,
  }
}

// ---------------------------------------------------------------------------
// Definitions in type dicts

function defineLater(
  rt: Runtime,
  type: PyType,
  name: string,
  make: (rt: Runtime) => PyObject,
): void {
  if (type.dict === null) {
    let q = rt.pendingDefs.get(type)
    if (q === undefined) {
      q = []
      rt.pendingDefs.set(type, q)
    }
    q.push([name, make])
    return
  }
  const v = make(rt)
  dictSetItem(rt, type.dict, ident(rt, name), v)
  decref(rt, v)
  typeModified(rt, type)
}

/** Puts the queued definitions of `type` in its (new) dict (called by readyType). */
export function flushPendingDefs(rt: Runtime, type: PyType): void {
  const q = rt.pendingDefs.get(type)
  if (q === undefined) return
  rt.pendingDefs.delete(type)
  for (const [name, make] of q) {
    const v = make(rt)
    dictSetItem(rt, type.dict!, ident(rt, name), v)
    decref(rt, v)
  }
}

/** Adds methods to a built-in type's dict (method_descriptor / classmethod_descriptor / staticmethod). */
export function defineMethods(
  rt: Runtime,
  type: PyType,
  defs: Record<string, MethodImpl | MethodDef>,
): void {
  for (const name of Object.keys(defs)) {
    const def = normDef(defs[name]!)
    defineLater(rt, type, name, (rt) => newMethodDescr(rt, type, name, def))
  }
}

/** Adds getset descriptors to a built-in type's dict. */
export function defineGetSets(rt: Runtime, type: PyType, defs: Record<string, GetSetDef>): void {
  for (const name of Object.keys(defs)) {
    const def = defs[name]!
    defineLater(rt, type, name, (rt) => newGetSetDescr(rt, type, name, def))
  }
}

/**
 * Puts a plain value in a built-in type's dict (e.g. `__hash__ = None`,
 * `__doc__`). `make` is called once the dict exists and returns a new
 * reference, which the dict takes over.
 */
export function defineAttr(
  rt: Runtime,
  type: PyType,
  name: string,
  make: (rt: Runtime) => PyObject,
): void {
  defineLater(rt, type, name, make)
}

// ---------------------------------------------------------------------------
// Argument checking with CPython's messages

/** Argument count of a vectorcall (positional arguments only). */
export function positionalCount(args: PyObject[], kwnames: PyObject | null): number {
  return kwnames === null ? args.length : args.length - (kwnames.v as PyObject[]).length
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`
}

/**
 * _PyArg_CheckPositional: "pop expected at most 1 argument, got 2",
 * "get expected at least 1 argument, got 0", "isinstance expected 2
 * arguments, got 1"; with `fname` "" the message starts at "expected".
 */
export function checkPositional(
  rt: Runtime,
  fname: string,
  nargs: number,
  min: number,
  max: number,
): void {
  if (nargs >= min && nargs <= max) return
  const pre = fname === "" ? "" : `${fname} `
  if (min === max) typeError(rt, `${pre}expected ${plural(min, "argument")}, got ${nargs}`)
  if (nargs < min) typeError(rt, `${pre}expected at least ${plural(min, "argument")}, got ${nargs}`)
  typeError(rt, `${pre}expected at most ${plural(max, "argument")}, got ${nargs}`)
}

/** _PyArg_NoKwnames: "list.pop() takes no keyword arguments" (`fname` includes the type, e.g. "list.pop"). */
export function noKeywords(rt: Runtime, fname: string, kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    typeError(rt, `${fname}() takes no keyword arguments`)
}

/** The parameters of a function checked by parseArgs (an Argument Clinic signature). */
const NO_KWNAMES: readonly PyObject[] = []

export interface ArgSpec {
  /** Function name as messages print it, without "()": "sort", "encode". */
  fname: string
  /** Parameter names in order; the first `posOnly` are positional-only. */
  names: string[]
  /** Number of positional-only parameters (default 0). */
  posOnly?: number
  /** Number of required parameters (the first `required` names). */
  required: number
  /** How many parameters may be passed by position (default names.length); the rest are keyword-only. */
  maxPos?: number
}

/**
 * _PyArg_UnpackKeywords: matches positional and keyword arguments to
 * `spec.names` and returns one BORROWED value per name, or null for an
 * optional one not given. Messages: "encode() takes at most 2 arguments (3
 * given)", "sort() takes no positional arguments", "'x' is an invalid
 * keyword argument for sort()", "argument for encode() given by name
 * ('encoding') and position (1)", "from_bytes() missing required argument
 * 'bytes' (pos 1)".
 */
export function parseArgs(
  rt: Runtime,
  spec: ArgSpec,
  args: PyObject[],
  kwnames: PyObject | null,
): (PyObject | null)[] {
  const names = spec.names
  const maxPos = spec.maxPos ?? names.length
  const posOnly = spec.posOnly ?? 0
  const kws = kwnames === null ? NO_KWNAMES : (kwnames.v as PyObject[])
  const nargs = args.length - kws.length
  const f = spec.fname
  if (nargs > maxPos) {
    if (maxPos === 0) typeError(rt, `${f}() takes no positional arguments`)
    const how = spec.required === maxPos && maxPos === names.length ? "exactly" : "at most"
    typeError(rt, `${f}() takes ${how} ${plural(maxPos, "argument")} (${nargs} given)`)
  }
  const out: (PyObject | null)[] = []
  for (let i = 0; i < names.length; i++) out.push(i < nargs ? args[i]! : null)
  for (let k = 0; k < kws.length; k++) {
    const key = kws[k]!.v as string
    const i = names.indexOf(key)
    if (i < 0 || i < posOnly) {
      if (i >= 0 && i < posOnly)
        typeError(
          rt,
          `${f}() got some positional-only arguments passed as keyword arguments: '${key}'`,
        )
      typeError(rt, `'${key}' is an invalid keyword argument for ${f}()`)
    }
    if (out[i] !== null)
      typeError(rt, `argument for ${f}() given by name ('${key}') and position (${i + 1})`)
    out[i] = args[nargs + k]!
  }
  for (let i = 0; i < spec.required; i++)
    if (out[i] === null) {
      if (i < posOnly)
        typeError(
          rt,
          `${f}() takes at least ${plural(posOnly, "positional argument")} (${nargs} given)`,
        )
      typeError(rt, `${f}() missing required argument '${names[i]}' (pos ${i + 1})`)
    }
  return out
}

/** Runs a method definition with its kind's checks (the vectorcall of builtin methods). */
function invokeDef<N>(
  rt: Runtime,
  def: MethodDescrData["def"],
  nameOf: (n: N) => string,
  nameArg: N,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  // The function's name is only built for an error message (nameOf(nameArg)).
  switch (def.kind) {
    case "noargs":
      if (kwnames !== null) noKeywords(rt, nameOf(nameArg), kwnames)
      if (args.length !== 0)
        typeError(rt, `${nameOf(nameArg)}() takes no arguments (${args.length} given)`)
      return def.fn(rt, self, args, null)
    case "o":
      if (kwnames !== null) noKeywords(rt, nameOf(nameArg), kwnames)
      if (args.length !== 1)
        typeError(rt, `${nameOf(nameArg)}() takes exactly one argument (${args.length} given)`)
      return def.fn(rt, self, args, null)
    case "fast":
      if (kwnames !== null) noKeywords(rt, nameOf(nameArg), kwnames)
      return def.fn(rt, self, args, null)
    default:
      return def.fn(rt, self, args, kwnames)
  }
}

// ---------------------------------------------------------------------------
// The descriptor and builtin-function types

const DESCR_SIZE = 56 // PyMethodDescrObject / PyWrapperDescrObject / PyCFunctionObject
const GETSET_SIZE = 48 // PyGetSetDescrObject / PyMemberDescrObject
const METHOD_WRAPPER_SIZE = 32
const PROPERTY_SIZE = 64
const CLASSMETHOD_SIZE = 32
const MAPPINGPROXY_SIZE = 24

function newGC(rt: Runtime, type: PyType, size: number, v: unknown): PyObject {
  const o = allocObject(rt, type, size, v, null)
  gcTrack(rt, o)
  return o
}

function descrDeallocWith(release: (rt: Runtime, v: any) => void) {
  return (rt: Runtime, o: PyObject): void => {
    gcUntrack(rt, o)
    const v = o.v
    o.v = null
    release(rt, v)
    freeObject(rt, o)
  }
}

const releaseOwner = (rt: Runtime, v: DescrData) => decref(rt, v.owner)

function checkDescrSelf(rt: Runtime, d: PyObject, obj: PyObject): void {
  const v = d.v as DescrData
  if (obj.type !== v.owner && !isSubtype(obj.type, v.owner))
    typeError(
      rt,
      `descriptor '${v.name}' for '${v.owner.name}' objects doesn't apply to a '${obj.type.name}' object`,
    )
}

/** A method_descriptor (or classmethod_descriptor / staticmethod for those bindings). New reference. */
export function newMethodDescr(
  rt: Runtime,
  owner: PyType,
  name: string,
  def: MethodDescrData["def"],
): PyObject {
  if (def.binding === "static") {
    const f = newBuiltin(rt, name, def, owner, null, false)
    const sm = newStaticMethod(rt, f)
    decref(rt, f)
    return sm
  }
  const t = def.binding === "class" ? rt.t.classmethod_descriptor! : rt.t.method_descriptor!
  incref(owner)
  return newGC(rt, t, DESCR_SIZE, { name, owner, def } satisfies MethodDescrData)
}

/** A getset_descriptor for `def` on `owner`. New reference. */
export function newGetSetDescr(rt: Runtime, owner: PyType, name: string, def: GetSetDef): PyObject {
  incref(owner)
  return newGC(rt, rt.t.getset_descriptor!, GETSET_SIZE, { name, owner, def } satisfies GetSetData)
}

/** A member_descriptor for the `index`-th __slots__ value of `owner`'s instances. New reference. */
export function newMemberDescr(rt: Runtime, owner: PyType, name: string, index: number): PyObject {
  incref(owner)
  return newGC(rt, rt.t.member_descriptor!, GETSET_SIZE, {
    name,
    owner,
    index,
  } satisfies MemberData)
}

/** A slot wrapper (`<slot wrapper '__add__' of 'int' objects>`). New reference. */
export function newWrapperDescr(
  rt: Runtime,
  owner: PyType,
  name: string,
  slot: (...a: any[]) => any,
  wrap: SlotWrap,
  doc: string | null,
  field: string,
): PyObject {
  incref(owner)
  return newGC(rt, rt.t.wrapper_descriptor!, DESCR_SIZE, {
    name,
    owner,
    slot,
    wrap,
    doc,
    field,
  } satisfies WrapperDescrData)
}

/** Whether `d` is a slot wrapper of built-in slot function `fn` (lets classes reuse a base's slot). */
export function isWrapperOf(rt: Runtime, d: PyObject, fn: unknown): boolean {
  return d.type === rt.t.wrapper_descriptor && (d.v as WrapperDescrData).slot === fn
}

/** The slot function a slot wrapper wraps, or null if `d` is not a slot wrapper. */
export function wrappedSlot(rt: Runtime, d: PyObject): ((...a: any[]) => any) | null {
  return d.type === rt.t.wrapper_descriptor ? (d.v as WrapperDescrData).slot : null
}

// --- builtin_function_or_method ---

function newBuiltin(
  rt: Runtime,
  name: string,
  def: MethodDescrData["def"],
  self: PyObject | null,
  module: PyObject | null,
  isFunction: boolean,
): PyObject {
  if (self !== null) incref(self)
  if (module !== null) incref(module)
  return newGC(rt, rt.t.builtin_function_or_method!, DESCR_SIZE, {
    name,
    def,
    self,
    module,
    isFunction,
  } satisfies BuiltinData)
}

/**
 * A builtin function (builtin_function_or_method), e.g. `len`. `self` is the
 * module (borrowed, may be null); `module` is the `__module__` name.
 * Returns a new reference; repr `<built-in function len>`.
 */
export function newBuiltinFunction(
  rt: Runtime,
  name: string,
  def: MethodImpl | MethodDef,
  self: PyObject | null,
  module: string | null,
): PyObject {
  const m = module === null ? null : newStr(rt, module)
  try {
    return newBuiltin(rt, name, normDef(def), self, m, true)
  } finally {
    xdecref(rt, m)
  }
}

function builtinQualname(b: BuiltinData): string {
  if (b.isFunction || b.self === null) return b.name
  const t = b.self instanceof PyType ? b.self : b.self.type
  return `${t.qualname}.${b.name}`
}

function builtinFuncStr(b: BuiltinData): string {
  const q = builtinQualname(b)
  const m = b.module
  if (m !== null && isStr(m) && m.v !== "builtins") return `${m.v as string}.${q}`
  return q
}

function builtinCall(rt: Runtime, f: PyObject, args: PyObject[], kwnames: PyObject | null) {
  const b = f.v as BuiltinData
  return invokeDef(rt, b.def, builtinFuncStr, b, b.self ?? rt.None, args, kwnames)
}

function builtinRepr(rt: Runtime, f: PyObject): PyObject {
  const b = f.v as BuiltinData
  if (b.isFunction || b.self === null) return newStr(rt, `<built-in function ${b.name}>`)
  return newStr(
    rt,
    `<built-in method ${b.name} of ${b.self.type.name} object at ${hexAddr(b.self.addr)}>`,
  )
}

// --- method_descriptor / classmethod_descriptor ---

function methodDescrGet(rt: Runtime, d: PyObject, obj: PyObject | null, _t: PyObject): PyObject {
  if (obj === null) return incref(d)
  checkDescrSelf(rt, d, obj)
  const v = d.v as MethodDescrData
  return newBuiltin(rt, v.name, v.def, obj, null, false)
}

/** "str.lower": the name a method descriptor's errors print. */
function descrQualname(v: MethodDescrData): string {
  return `${v.owner.qualname}.${v.name}`
}

function methodDescrCall(rt: Runtime, d: PyObject, args: PyObject[], kwnames: PyObject | null) {
  const v = d.v as MethodDescrData
  if (positionalCount(args, kwnames) < 1)
    typeError(rt, `unbound method ${descrQualname(v)}() needs an argument`)
  const self = args[0]!
  checkDescrSelf(rt, d, self)
  return invokeDef(rt, v.def, descrQualname, v, self, args.slice(1), kwnames)
}

function classDescrGet(
  rt: Runtime,
  d: PyObject,
  obj: PyObject | null,
  t: PyObject | null,
): PyObject {
  const v = d.v as MethodDescrData
  const type = t === null || t === rt.None ? obj!.type : t
  if (!(type instanceof PyType))
    typeError(
      rt,
      `descriptor '${v.name}' for type '${v.owner.name}' needs a type, not a '${type.type.name}' as arg 2`,
    )
  if (!isSubtype(type, v.owner))
    typeError(
      rt,
      `descriptor '${v.name}' requires a subtype of '${v.owner.name}' but received '${type.name}'`,
    )
  return newBuiltin(rt, v.name, v.def, type, null, false)
}

function classDescrCall(rt: Runtime, d: PyObject, args: PyObject[], kwnames: PyObject | null) {
  const v = d.v as MethodDescrData
  if (positionalCount(args, kwnames) < 1)
    typeError(rt, `descriptor '${v.name}' of '${v.owner.name}' object needs an argument`)
  const t = args[0]!
  if (!(t instanceof PyType))
    typeError(rt, `descriptor '${v.name}' requires a type but received a '${t.type.name}' instance`)
  if (!isSubtype(t, v.owner))
    typeError(
      rt,
      `descriptor '${v.name}' requires a subtype of '${v.owner.name}' but received '${t.name}'`,
    )
  return invokeDef(
    rt,
    v.def,
    (ty: PyType) => `${ty.qualname}.${v.name}`,
    t,
    t,
    args.slice(1),
    kwnames,
  )
}

function descrRepr(kind: string) {
  return (rt: Runtime, d: PyObject): PyObject => {
    const v = d.v as DescrData
    return newStr(rt, `<${kind} '${v.name}' of '${v.owner.name}' objects>`)
  }
}

// --- wrapper_descriptor / method-wrapper ---

interface MethodWrapperData {
  descr: PyObject
  self: PyObject
}

function wrapperDescrGet(rt: Runtime, d: PyObject, obj: PyObject | null, _t: PyObject): PyObject {
  if (obj === null) return incref(d)
  checkDescrSelf(rt, d, obj)
  incref(d)
  incref(obj)
  return newGC(rt, rt.t["method-wrapper"]!, METHOD_WRAPPER_SIZE, {
    descr: d,
    self: obj,
  } satisfies MethodWrapperData)
}

function wrapperDescrCall(rt: Runtime, d: PyObject, args: PyObject[], kwnames: PyObject | null) {
  const v = d.v as WrapperDescrData
  if (positionalCount(args, kwnames) < 1)
    typeError(rt, `descriptor '${v.name}' of '${v.owner.name}' object needs an argument`)
  const self = args[0]!
  if (!isSubtype(self.type, v.owner))
    typeError(
      rt,
      `descriptor '${v.name}' requires a '${v.owner.name}' object but received a '${self.type.name}'`,
    )
  return v.wrap(rt, v.slot, self, args.slice(1), kwnames)
}

function methodWrapperCall(rt: Runtime, m: PyObject, args: PyObject[], kwnames: PyObject | null) {
  const mw = m.v as MethodWrapperData
  const v = mw.descr.v as WrapperDescrData
  return v.wrap(rt, v.slot, mw.self, args, kwnames)
}

function methodWrapperRepr(rt: Runtime, m: PyObject): PyObject {
  const mw = m.v as MethodWrapperData
  const v = mw.descr.v as WrapperDescrData
  return newStr(
    rt,
    `<method-wrapper '${v.name}' of ${mw.self.type.name} object at ${hexAddr(mw.self.addr)}>`,
  )
}

// --- getset_descriptor / member_descriptor ---

function getsetGet(rt: Runtime, d: PyObject, obj: PyObject | null, _t: PyObject): PyObject {
  if (obj === null) return incref(d)
  checkDescrSelf(rt, d, obj)
  return (d.v as GetSetData).def.get(rt, obj)
}

function getsetSet(rt: Runtime, d: PyObject, obj: PyObject, value: PyObject | null): void {
  checkDescrSelf(rt, d, obj)
  const v = d.v as GetSetData
  if (v.def.set === undefined && v.def.readonly === true)
    raise(rt, rt.t.AttributeError, "readonly attribute")
  if (v.def.set === undefined)
    raise(
      rt,
      rt.t.AttributeError,
      `attribute '${v.name}' of '${v.owner.name}' objects is not writable`,
    )
  v.def.set(rt, obj, value)
}

function memberGet(rt: Runtime, d: PyObject, obj: PyObject | null, _t: PyObject): PyObject {
  if (obj === null) return incref(d)
  checkDescrSelf(rt, d, obj)
  const v = d.v as MemberData
  const x = slotValues(rt, obj)[v.index] ?? null
  if (x === null)
    raise(rt, rt.t.AttributeError, `'${obj.type.name}' object has no attribute '${v.name}'`)
  return incref(x)
}

function memberSet(rt: Runtime, d: PyObject, obj: PyObject, value: PyObject | null): void {
  checkDescrSelf(rt, d, obj)
  const v = d.v as MemberData
  const vals = slotValues(rt, obj)
  const old = vals[v.index] ?? null
  if (value === null && old === null) raise(rt, rt.t.AttributeError, v.name)
  if (value !== null) incref(value)
  vals[v.index] = value
  xdecref(rt, old)
}

// ---------------------------------------------------------------------------
// property

interface PropertyData {
  fget: PyObject | null
  fset: PyObject | null
  fdel: PyObject | null
  doc: PyObject | null
  name: PyObject | null
  getterDoc: boolean
}

/** A property object (new reference); fget/fset/fdel/doc borrowed, each may be null. */
export function newProperty(
  rt: Runtime,
  fget: PyObject | null,
  fset: PyObject | null,
  fdel: PyObject | null,
  doc: PyObject | null,
): PyObject {
  const p = newGC(rt, rt.t.property, PROPERTY_SIZE, emptyProperty())
  try {
    propertyFill(rt, p, fget, fset, fdel, doc)
  } catch (e) {
    decref(rt, p)
    throw e
  }
  return p
}

function emptyProperty(): PropertyData {
  return { fget: null, fset: null, fdel: null, doc: null, name: null, getterDoc: false }
}

function nn(rt: Runtime, o: PyObject | null): PyObject | null {
  return o === null || o === rt.None ? null : incref(o)
}

function propertyFill(
  rt: Runtime,
  p: PyObject,
  fget: PyObject | null,
  fset: PyObject | null,
  fdel: PyObject | null,
  doc: PyObject | null,
): void {
  const v = p.v as PropertyData
  const old = [v.fget, v.fset, v.fdel, v.doc]
  v.fget = nn(rt, fget)
  v.fset = nn(rt, fset)
  v.fdel = nn(rt, fdel)
  v.doc = nn(rt, doc)
  v.getterDoc = false
  for (const o of old) xdecref(rt, o)
  // Without an explicit doc, the getter's docstring is the property's.
  if (v.doc === null && v.fget !== null) {
    const gd = lookupAttr(rt, v.fget, ident(rt, "__doc__"))
    if (gd !== null) {
      if (p.type === rt.t.property) {
        v.doc = gd
        v.getterDoc = true
      } else {
        // A subclass keeps the doc in its instance dict.
        decref(rt, gd)
      }
    }
  }
}

function propertyName(rt: Runtime, v: PropertyData): string | null {
  if (v.name !== null) return reprString(rt, v.name)
  return null
}

function propertyError(rt: Runtime, p: PyObject, obj: PyObject, what: string): never {
  const name = propertyName(rt, p.v as PropertyData)
  const msg =
    name === null
      ? `property of '${obj.type.qualname}' object has no ${what}`
      : `property ${name} of '${obj.type.qualname}' object has no ${what}`
  return raise(rt, rt.t.AttributeError, msg)
}

function propertyGet(rt: Runtime, p: PyObject, obj: PyObject | null, _t: PyObject): PyObject {
  if (obj === null || obj === rt.None) return incref(p)
  const v = p.v as PropertyData
  if (v.fget === null) propertyError(rt, p, obj, "getter")
  return call(rt, v.fget, [obj], null)
}

function propertySet(rt: Runtime, p: PyObject, obj: PyObject, value: PyObject | null): void {
  const v = p.v as PropertyData
  const f = value === null ? v.fdel : v.fset
  if (f === null) propertyError(rt, p, obj, value === null ? "deleter" : "setter")
  decref(rt, call(rt, f, value === null ? [obj] : [obj, value], null))
}

function propertyCopy(rt: Runtime, p: PyObject, which: 0 | 1 | 2, f: PyObject): PyObject {
  // property.getter/setter/deleter: type(self)(fget, fset, fdel, doc) with one replaced.
  const v = p.v as PropertyData
  const parts = [v.fget, v.fset, v.fdel]
  parts[which] = f
  const doc = v.getterDoc && which === 0 ? rt.None : (v.doc ?? rt.None)
  const args = [parts[0] ?? rt.None, parts[1] ?? rt.None, parts[2] ?? rt.None, doc]
  const np = call(rt, p.type, args, null)
  if (np.type === rt.t.property || isSubtype(np.type, rt.t.property)) {
    const nv = np.v as PropertyData
    if (v.name !== null && nv.name === null) nv.name = incref(v.name)
  }
  return np
}

function propertyInit(rt: Runtime, p: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const a = parseArgs(
    rt,
    { fname: "property", names: ["fget", "fset", "fdel", "doc"], required: 0 },
    args,
    kwnames,
  )
  propertyFill(rt, p, a[0]!, a[1]!, a[2]!, a[3]!)
}

function propertyNew(rt: Runtime, type: PyType): PyObject {
  return newGC(rt, type, type === rt.t.property ? PROPERTY_SIZE : type.basicsize, emptyProperty())
}

function propertyDealloc(rt: Runtime, p: PyObject): void {
  gcUntrack(rt, p)
  const v = p.v as PropertyData
  for (const o of [v.fget, v.fset, v.fdel, v.doc, v.name]) xdecref(rt, o)
  p.v = null
  freeObject(rt, p)
}

function propertyTraverse(p: PyObject, visit: (c: PyObject) => void): void {
  const v = p.v as PropertyData | null
  if (v === null) return
  for (const o of [v.fget, v.fset, v.fdel, v.doc, v.name]) if (o !== null) visit(o)
}

// ---------------------------------------------------------------------------
// classmethod, staticmethod

interface WrapData {
  func: PyObject | null
}

/** classmethod(f): new reference. */
export function newClassMethod(rt: Runtime, f: PyObject): PyObject {
  incref(f)
  return newGC(rt, rt.t.classmethod, CLASSMETHOD_SIZE, { func: f } satisfies WrapData)
}

/** staticmethod(f): new reference. */
export function newStaticMethod(rt: Runtime, f: PyObject): PyObject {
  incref(f)
  return newGC(rt, rt.t.staticmethod, CLASSMETHOD_SIZE, { func: f } satisfies WrapData)
}

function wrapFunc(rt: Runtime, o: PyObject, what: string): PyObject {
  const f = (o.v as WrapData).func
  if (f === null) raise(rt, rt.t.RuntimeError, `uninitialized ${what} object`)
  return f
}

function classmethodGet(rt: Runtime, cm: PyObject, obj: PyObject | null, t: PyObject | null) {
  const f = wrapFunc(rt, cm, "classmethod")
  const type = t === null || t === rt.None ? obj!.type : t
  const get = f.type.descrGet
  // 3.9-3.12 chain through the wrapped object's __get__ (e.g. classmethod(property(...))).
  if (get !== null && !isPyFunction(rt, f)) return get(rt, f, type, type)
  return newMethod(rt, f, type)
}

function staticmethodGet(rt: Runtime, sm: PyObject, _obj: PyObject | null, _t: PyObject) {
  return incref(wrapFunc(rt, sm, "staticmethod"))
}

function wrapInit(rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const name = o.type === rt.t.classmethod ? "classmethod" : "staticmethod"
  noKeywords(rt, name, kwnames)
  checkPositional(rt, name, args.length, 1, 1)
  const v = o.v as WrapData
  const old = v.func
  v.func = incref(args[0]!)
  xdecref(rt, old)
}

function wrapDealloc(rt: Runtime, o: PyObject): void {
  gcUntrack(rt, o)
  const v = o.v as WrapData
  const f = v.func
  v.func = null
  const d = o.w as PyObject | null
  o.w = null
  xdecref(rt, f)
  xdecref(rt, d)
  freeObject(rt, o)
}

function wrapTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  const v = o.v as WrapData | null
  if (v !== null && v.func !== null) visit(v.func)
  if (o.w !== null) visit(o.w as PyObject)
}

function wrapRepr(rt: Runtime, o: PyObject): PyObject {
  const f = (o.v as WrapData).func
  const name = o.type === rt.t.classmethod ? "classmethod" : "staticmethod"
  return newStr(rt, `<${name}(${f === null ? "NULL" : reprString(rt, f)})>`)
}

function wrapDictOf(rt: Runtime, o: PyObject, create: boolean): PyObject | null {
  // classmethod and staticmethod objects have a __dict__ (functools.wraps copies into it).
  let d = o.w as PyObject | null
  if (d === null && create) {
    d = call(rt, rt.t.dict, [], null)
    o.w = d
  }
  return d
}

// ---------------------------------------------------------------------------
// mappingproxy

/** mappingproxy(mapping): a read-only view (`C.__dict__`). Borrows `mapping`; new reference. */
export function newMappingProxy(rt: Runtime, mapping: PyObject): PyObject {
  incref(mapping)
  return newGC(rt, rt.t.mappingproxy!, MAPPINGPROXY_SIZE, mapping)
}

function mpGetitem(rt: Runtime, p: PyObject, key: PyObject): PyObject {
  return getItem(rt, p.v as PyObject, key)
}

// ---------------------------------------------------------------------------
// Type creation

function simpleDealloc(release: (rt: Runtime, v: any) => void) {
  return descrDeallocWith(release)
}

function descrTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  const v = o.v as DescrData | null
  if (v !== null) visit(v.owner)
}

/** Creates the descriptor and builtin-function types (bootstrap). */
export function initDescr(rt: Runtime): void {
  const GC = TypeFlags.HAVE_GC
  const md = newStaticType(rt, "method_descriptor", null, DESCR_SIZE, 0, GC)
  md.dealloc = simpleDealloc(releaseOwner)
  md.traverse = descrTraverse
  md.descrGet = methodDescrGet
  md.call = methodDescrCall
  md.repr = descrRepr("method")
  rt.t.method_descriptor = md

  const cd = newStaticType(rt, "classmethod_descriptor", null, DESCR_SIZE, 0, GC)
  cd.dealloc = simpleDealloc(releaseOwner)
  cd.traverse = descrTraverse
  cd.descrGet = classDescrGet
  cd.call = classDescrCall
  cd.repr = descrRepr("method")
  rt.t.classmethod_descriptor = cd

  const wd = newStaticType(rt, "wrapper_descriptor", null, DESCR_SIZE, 0, GC)
  wd.dealloc = simpleDealloc(releaseOwner)
  wd.traverse = descrTraverse
  wd.descrGet = wrapperDescrGet
  wd.call = wrapperDescrCall
  wd.repr = descrRepr("slot wrapper")
  rt.t.wrapper_descriptor = wd

  const mw = newStaticType(rt, "method-wrapper", null, METHOD_WRAPPER_SIZE, 0, GC)
  mw.dealloc = simpleDealloc((rt, v: MethodWrapperData) => {
    decref(rt, v.descr)
    decref(rt, v.self)
  })
  mw.traverse = (o, visit) => {
    const v = o.v as MethodWrapperData | null
    if (v !== null) {
      visit(v.descr)
      visit(v.self)
    }
  }
  mw.call = methodWrapperCall
  mw.repr = methodWrapperRepr
  mw.richcompare = (rt, a, b, op) => {
    if ((op !== 2 && op !== 3) || a.type !== b.type) return incref(rt.NotImplemented)
    const x = a.v as MethodWrapperData
    const y = b.v as MethodWrapperData
    const eq = x.descr === y.descr && x.self === y.self
    return incref(eq === (op === 2) ? rt.True : rt.False)
  }
  rt.t["method-wrapper"] = mw

  const gs = newStaticType(rt, "getset_descriptor", null, GETSET_SIZE, 0, GC)
  gs.dealloc = simpleDealloc(releaseOwner)
  gs.traverse = descrTraverse
  gs.descrGet = getsetGet
  gs.descrSet = getsetSet
  gs.repr = descrRepr("attribute")
  rt.t.getset_descriptor = gs

  const mb = newStaticType(rt, "member_descriptor", null, GETSET_SIZE, 0, GC)
  mb.dealloc = simpleDealloc(releaseOwner)
  mb.traverse = descrTraverse
  mb.descrGet = memberGet
  mb.descrSet = memberSet
  mb.repr = descrRepr("member")
  rt.t.member_descriptor = mb

  const bf = newStaticType(rt, "builtin_function_or_method", null, DESCR_SIZE, 0, GC)
  bf.weaklistoffset = 40 // m_weakreflist
  bf.dealloc = simpleDealloc((rt, v: BuiltinData) => {
    xdecref(rt, v.self)
    xdecref(rt, v.module)
  })
  bf.traverse = (o, visit) => {
    const v = o.v as BuiltinData | null
    if (v === null) return
    if (v.self !== null) visit(v.self)
    if (v.module !== null) visit(v.module)
  }
  bf.call = builtinCall
  bf.repr = builtinRepr
  rt.t.builtin_function_or_method = bf

  const pr = newStaticType(rt, "property", null, PROPERTY_SIZE, 0, GC | TypeFlags.BASETYPE)
  pr.dealloc = propertyDealloc
  pr.traverse = propertyTraverse
  pr.descrGet = propertyGet
  pr.descrSet = propertySet
  pr.newObj = (rt, type) => propertyNew(rt, type)
  pr.init = propertyInit
  rt.t.property = pr

  const cm = newStaticType(rt, "classmethod", null, CLASSMETHOD_SIZE, 0, GC | TypeFlags.BASETYPE)
  cm.dealloc = wrapDealloc
  cm.traverse = wrapTraverse
  cm.descrGet = classmethodGet
  cm.newObj = (rt, type) => newGC(rt, type, type.basicsize, { func: null } satisfies WrapData)
  cm.init = wrapInit
  cm.repr = wrapRepr
  cm.dictOf = wrapDictOf
  rt.t.classmethod = cm

  const sm = newStaticType(rt, "staticmethod", null, CLASSMETHOD_SIZE, 0, GC | TypeFlags.BASETYPE)
  sm.dealloc = wrapDealloc
  sm.traverse = wrapTraverse
  sm.descrGet = staticmethodGet
  sm.newObj = (rt, type) => newGC(rt, type, type.basicsize, { func: null } satisfies WrapData)
  sm.init = wrapInit
  sm.repr = wrapRepr
  sm.dictOf = wrapDictOf
  sm.call = (rt, o, args, kwnames) => call(rt, wrapFunc(rt, o, "staticmethod"), args, kwnames)
  rt.t.staticmethod = sm

  const mp = newStaticType(rt, "mappingproxy", null, MAPPINGPROXY_SIZE, 0, GC)
  mp.dealloc = simpleDealloc((rt, v: PyObject) => decref(rt, v))
  mp.traverse = (o, visit) => {
    if (o.v !== null) visit(o.v as PyObject)
  }
  mp.getitem = mpGetitem
  mp.length = (rt, p) => length(rt, p.v as PyObject)
  mp.contains = (rt, p, k) => contains(rt, p.v as PyObject, k)
  mp.iter = (rt, p) => getIter(rt, p.v as PyObject)
  mp.repr = (rt, p) => newStr(rt, `mappingproxy(${reprString(rt, p.v as PyObject)})`)
  mp.str = (rt, p) => str(rt, p.v as PyObject)
  mp.richcompare = (rt, a, b, op) => richCompare(rt, a.v as PyObject, b, op)
  // Unhashable in 3.11 (3.12 hashes the mapping): __hash__ is None.
  mp.hash = hashNotImplemented
  mp.isMapping = true
  // types.MappingProxyType(mapping): anything with __getitem__ but a list or tuple.
  mp.newObj = (rt, _type, args, kwnames) => {
    if (args.length === 0)
      typeError(rt, "mappingproxy() missing required argument 'mapping' (pos 1)")
    if (args.length !== 1 || (kwnames !== null && (kwnames.v as PyObject[]).length > 0))
      typeError(rt, `mappingproxy() takes at most 1 argument (${args.length} given)`)
    const m = args[0]!
    if (m.type.getitem === null || m.type === rt.t.list || m.type === rt.t.tuple)
      typeError(rt, `mappingproxy() argument must be a mapping, not ${m.type.name}`)
    return newMappingProxy(rt, m)
  }
  rt.t.mappingproxy = mp

  initDescrMethods(rt)
}

function fwd(name: string): MethodImpl {
  return (rt, self, args, kwnames) => {
    const m = lookupAttr(rt, self.v as PyObject, ident(rt, name))
    if (m === null) raise(rt, rt.t.AttributeError, name)
    try {
      return call(rt, m, args, kwnames)
    } finally {
      decref(rt, m)
    }
  }
}

function initDescrMethods(rt: Runtime): void {
  const t = rt.t
  const nameOf = (o: PyObject) => newStr(rt, (o.v as DescrData).name)
  for (const d of [
    t.method_descriptor!,
    t.classmethod_descriptor!,
    t.wrapper_descriptor!,
    t.getset_descriptor!,
    t.member_descriptor!,
  ]) {
    defineGetSets(rt, d, {
      __name__: { get: (rt, o) => nameOf(o) },
      __qualname__: {
        get: (rt, o) => {
          const v = o.v as DescrData
          return newStr(rt, `${v.owner.qualname}.${v.name}`)
        },
      },
      __objclass__: { get: (_rt, o) => incref((o.v as DescrData).owner) },
      __doc__: {
        get: (rt, o) => {
          const v = o.v as { def?: { doc?: string | null }; doc?: string | null }
          const doc = v.def?.doc ?? v.doc ?? null
          return doc === null || doc === undefined ? incref(rt.None) : newStr(rt, doc)
        },
      },
    })
  }
  defineGetSets(rt, t.builtin_function_or_method!, {
    __name__: { get: (rt, o) => newStr(rt, (o.v as BuiltinData).name) },
    __qualname__: { get: (rt, o) => newStr(rt, builtinQualname(o.v as BuiltinData)) },
    __self__: { get: (rt, o) => incref((o.v as BuiltinData).self ?? rt.None) },
    __module__: {
      get: (rt, o) => incref((o.v as BuiltinData).module ?? rt.None),
      set: (rt, o, v) => {
        const b = o.v as BuiltinData
        const old = b.module
        b.module = v === null ? null : incref(v)
        xdecref(rt, old)
      },
    },
    __doc__: {
      get: (rt, o) => {
        const doc = (o.v as BuiltinData).def.doc
        return doc === null ? incref(rt.None) : newStr(rt, doc)
      },
    },
    __text_signature__: { get: (rt) => incref(rt.None) },
  })
  defineGetSets(rt, t["method-wrapper"]!, {
    __self__: { get: (_rt, o) => incref((o.v as MethodWrapperData).self) },
    __name__: { get: (rt, o) => nameOf((o.v as MethodWrapperData).descr) },
    __qualname__: {
      get: (rt, o) => {
        const v = (o.v as MethodWrapperData).descr.v as DescrData
        return newStr(rt, `${v.owner.qualname}.${v.name}`)
      },
    },
  })
  const memberGetter = (field: "fget" | "fset" | "fdel") => ({
    get: (rt: Runtime, o: PyObject) => incref((o.v as PropertyData)[field] ?? rt.None),
    readonly: true,
  })
  defineGetSets(rt, t.property, {
    fget: memberGetter("fget"),
    fset: memberGetter("fset"),
    fdel: memberGetter("fdel"),
    __doc__: {
      get: (rt, o) => incref((o.v as PropertyData).doc ?? rt.None),
      set: (rt, o, v) => {
        const p = o.v as PropertyData
        const old = p.doc
        p.doc = v === null ? null : incref(v)
        p.getterDoc = false
        xdecref(rt, old)
      },
    },
    __isabstractmethod__: {
      get: (rt, o) => {
        const p = o.v as PropertyData
        for (const f of [p.fget, p.fset, p.fdel]) {
          if (f === null) continue
          const a = lookupAttr(rt, f, ident(rt, "__isabstractmethod__"))
          if (a === null) continue
          const yes = a === rt.True
          decref(rt, a)
          if (yes) return incref(rt.True)
        }
        return incref(rt.False)
      },
    },
  })
  defineMethods(rt, t.property, {
    getter: { kind: "o", fn: (rt, self, args) => propertyCopy(rt, self, 0, args[0]!) },
    setter: { kind: "o", fn: (rt, self, args) => propertyCopy(rt, self, 1, args[0]!) },
    deleter: { kind: "o", fn: (rt, self, args) => propertyCopy(rt, self, 2, args[0]!) },
    __set_name__: {
      kind: "fast",
      fn: (rt, self, args) => {
        checkPositional(rt, "__set_name__", args.length, 2, 2)
        const p = self.v as PropertyData
        const old = p.name
        p.name = incref(args[1]!)
        xdecref(rt, old)
        return incref(rt.None)
      },
    },
  })
  for (const w of [t.classmethod, t.staticmethod]) {
    defineGetSets(rt, w, {
      __func__: { get: (rt, o) => incref(wrapFunc(rt, o, w.name)), readonly: true },
      __wrapped__: { get: (rt, o) => incref(wrapFunc(rt, o, w.name)) },
      __isabstractmethod__: {
        get: (rt, o) => {
          const a = lookupAttr(rt, wrapFunc(rt, o, w.name), ident(rt, "__isabstractmethod__"))
          if (a === null) return incref(rt.False)
          return a
        },
      },
      __dict__: {
        get: (rt, o) => incref(wrapDictOf(rt, o, true)!),
        set: (rt, o, v) => {
          if (v !== null && !isDict(v))
            typeError(rt, `__dict__ must be set to a dictionary, not a '${v.type.name}'`)
          const old = o.w as PyObject | null
          o.w = v === null ? null : incref(v)
          xdecref(rt, old)
        },
      },
    })
  }
  defineMethods(rt, t.mappingproxy!, {
    keys: { kind: "noargs", fn: fwd("keys") },
    values: { kind: "noargs", fn: fwd("values") },
    items: { kind: "noargs", fn: fwd("items") },
    get: { kind: "fast", fn: fwd("get") },
    copy: { kind: "noargs", fn: fwd("copy") },
    __reversed__: { kind: "noargs", fn: fwd("__reversed__") },
  })
}
