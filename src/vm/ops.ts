// The helpers generated code calls (`R.add`, `R.loadGlobal`, ...), one set per VM.
//
// Generated code copies the helpers it uses into constants of its factory
// (`const add = R.add`), so each call site is a direct call V8 can inline.
// Ownership follows the opcode each helper models: operands are BORROWED
// (the generated code releases them afterwards, as the opcode does) and the
// result is a NEW reference, except where a comment says a helper STEALS.

import type { PyObject } from "../objects/object.js"
import type { Runtime } from "../objects/runtime.js"
import { PyType, type BinarySlotName } from "../objects/type.js"
import { decref } from "../objects/refcount.js"
import { raise, typeError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { newInt } from "../objects/int.js"
import { newFloat } from "../objects/float.js"
import { newStrFresh, strValue, intern } from "../objects/str.js"
import { asciiObject } from "../objects/format-percent.js"
import { newTuple } from "../objects/tuple.js"
import { newList, listAppendSteal } from "../objects/list.js"
import { listExtend as listExtendFull } from "../objects/listmethods.js"
import { dictMerge } from "../objects/dictmethods.js"
import {
  newDict,
  dictGetItem,
  dictSetItem,
  dictDelItem,
  isDict,
  dictItems,
  dictLookup,
  dictReplaceAt,
  keyHash,
  type DictObj,
} from "../objects/dict.js"
import { newSet, setAdd, setUpdate } from "../objects/set.js"
import { setCause, setContext, excState, exceptionMatches } from "../objects/exceptions.js"
import { typeLookup } from "../objects/typeobject.js"
import { instanceDict } from "../objects/objectobject.js"
import { isGenericGetattro } from "../objects/static.js"
import type { Frame } from "./frame.js"
import type { VM } from "./vm.js"
import { CodeObject } from "./code.js"
import { callPython, makeFunction as mkFunction, newCell as mkCell } from "./function.js"
import {
  caught as caughtExc,
  caughtOut as caughtOutExc,
  frameExit as frameExitImpl,
} from "./traceback.js"
import { LimitExceeded, pollInterrupt } from "./limits.js"
import {
  importName as importNameImpl,
  importFrom as importFromImpl,
  importStar as importStarImpl,
} from "./import.js"
import { yfIter as yfIterImpl, yfStep as yfStepImpl, yfThrow as yfThrowImpl } from "./generator.js"
import * as co from "./coroutine.js"
import { asyncGenWrap as asyncGenWrapImpl } from "./asyncgen.js"

type O = PyObject

/** The helper table of one VM (see the file comment). */
export type Ops = ReturnType<typeof makeOps>

/** Builds the helper table for `vm`. Called once per interpreter. */
export function makeOps(vm: VM) {
  const rt: Runtime = vm.rt
  const t = rt.t
  const INT = t.int
  const FLOAT = t.float
  const LIST = t.list
  const TUPLE = t.tuple
  /** Whether `m` has a `keys` attribute (PyMapping_Keys' test; the attribute is dropped). */
  const hasKeys = (m: O): boolean => {
    const k = ab.lookupAttrStr(rt, m, "keys")
    if (k === null) return false
    decref(rt, k)
    return true
  }
  /**
   * The number a float fast path may use for `o`: a float's value, or an int's
   * when it is a safe integer (converted exactly, as PyLong_AsDouble would);
   * null for anything else (bools, big ints, subclasses take the slow path).
   */
  const asFastFloat = (o: O): number | null =>
    o.type === FLOAT ? (o.v as number) : o.type === INT && typeof o.v === "number" ? o.v : null
  const D = (o: O): void => (o.type.dealloc as (rt: Runtime, o: O) => void)(rt, o)

  const binop =
    (slot: BinarySlotName, sym: string) =>
    (a: O, b: O): O =>
      ab.binaryOp(rt, a, b, slot, sym)
  const inplace =
    (slot: BinarySlotName, sym: string) =>
    (a: O, b: O): O =>
      ab.inplaceOp(rt, a, b, slot, sym)

  /** Attribute of the frame's globals then builtins (LOAD_GLOBAL). */
  function loadGlobal(F: Frame, name: O): O {
    let v = dictGetItem(rt, F.globals, name)
    if (v === null) {
      v = dictGetItem(rt, F.builtins, name)
      if (v === null) raise(rt, t.NameError, `name '${strValue(name)}' is not defined`)
    }
    v.rc++
    return v
  }

  /**
   * LOAD_GLOBAL's slow path: looks the name up and fills the site's cache
   * [globals, globals version, builtins version, value (borrowed)].
   * Returns a BORROWED reference (the caller increfs).
   */
  function loadGlobalCached(F: Frame, name: O, cache: unknown[]): O {
    let v = dictGetItem(rt, F.globals, name)
    if (v === null) {
      v = dictGetItem(rt, F.builtins, name)
      if (v === null) raise(rt, t.NameError, `name '${strValue(name)}' is not defined`)
    }
    cache[0] = F.globals
    cache[1] = (F.globals.v as { version: number }).version
    cache[2] = (F.builtins.v as { version: number }).version
    cache[3] = v
    return v
  }

  /**
   * LOAD_ATTR with a per-site cache, like 3.11's LOAD_ATTR_INSTANCE_VALUE: when
   * the class (at the cached version) has no attribute of that name and keeps
   * the generic lookup, the answer is the instance dict's entry, and instances
   * built alike keep their attributes at the same entry index. `cache` is
   * [type, version, index]; a stale or wrong guess falls back to getattr.
   */
  function getAttrCached(o: O, name: O, cache: unknown[]): O {
    const ix = cachedEntry(o, name, cache)
    if (ix >= 0) {
      const v = ((o.v as O).v as DictObj).keys.evalues[ix]!
      v.rc++
      return v
    }
    const tp = o.type
    const r = ab.getAttr(rt, o, name)
    if (usesGenericGetAttr(rt, tp)) fillAttrCache(o, tp, name, r, cache)
    return r
  }

  /**
   * STORE_ATTR with a per-site cache (3.11's STORE_ATTR_INSTANCE_VALUE idea):
   * when the class (at the cached version) defines no attribute of that name
   * and keeps object's __setattr__, storing over an existing attribute replaces
   * the instance dict's entry in place. `v` is borrowed, as for setAttr.
   */
  function setAttrCached(o: O, name: O, v: O, cache: unknown[]): void {
    const ix = cachedEntry(o, name, cache)
    if (ix >= 0) {
      dictReplaceAt(rt, o.v as O, ix, v)
      return
    }
    const tp = o.type
    ab.setAttr(rt, o, name, v)
    if (tp.setattro === t.object.setattro) fillAttrCache(o, tp, name, v, cache)
  }

  /** The instance-dict entry a site's cache predicts for `name` on `o`, or -1. */
  function cachedEntry(o: O, name: O, cache: unknown[]): number {
    const tp = o.type
    if (tp !== cache[0] || tp.version !== cache[1]) return -1
    const d = o.v as O | null
    if (d === null) return -1
    const ix = cache[2] as number
    return (d.v as DictObj).keys.ekeys[ix] === name ? ix : -1
  }

  /**
   * Records in a site's cache where `name` now sits in o's instance dict (its
   * value being `v`), when the class `tp`, still o's, defines no attribute of
   * that name: then the instance dict alone answers, until the class changes.
   */
  function fillAttrCache(o: O, tp: PyType, name: O, v: O, cache: unknown[]): void {
    if (o.type !== tp || !tp.dictInV || typeLookup(rt, tp, name) !== null) return
    const d = o.v as O | null
    if (d === null || !isDict(d)) return
    const ix = dictLookup(rt, d, name, keyHash(rt, name))
    const dk = (d.v as DictObj).keys
    if (ix < 0 || dk.ekeys[ix] !== name || dk.evalues[ix] !== v) return
    cache[0] = tp
    cache[1] = tp.version
    cache[2] = ix
  }

  function loadName(F: Frame, name: O): O {
    const locals = F.locals
    if (locals !== null && locals !== F.globals) {
      // Only an exact dict is read directly: a subclass's __getitem__ runs (PyDict_CheckExact).
      if (locals.type === t.dict) {
        const v = dictGetItem(rt, locals, name)
        if (v !== null) {
          v.rc++
          return v
        }
      } else {
        try {
          return ab.getItem(rt, locals, name)
        } catch (e) {
          if (!(e instanceof Object && ab.isPyError(e, t.KeyError))) throw e
          decref(rt, e as O)
        }
      }
    }
    return loadGlobal(F, name)
  }

  return {
    D,
    rt,
    TRUE: (): O => {
      rt.True.rc++
      return rt.True
    },
    FALSE: (): O => {
      rt.False.rc++
      return rt.False
    },
    newCell: (v: O | null): O => mkCell(vm, v),
    newInt,
    newFloat,

    // --- names ---
    loadGlobal,
    loadGlobalCached,
    loadName,
    loadGlobalStr: (F: Frame, name: string): O => loadName(F, intern(rt, name)),
    storeName: (F: Frame, name: O, v: O): void => {
      const locals = F.locals ?? F.globals
      try {
        // A class namespace from __prepare__ may be a dict subclass (enum's):
        // its __setitem__ must run, as CPython's STORE_NAME (PyDict_CheckExact).
        if (locals.type === t.dict) dictSetItem(rt, locals, name, v)
        else ab.setItem(rt, locals, name, v)
      } finally {
        decref(rt, v)
      }
    },
    storeGlobal: (F: Frame, name: O, v: O): void => {
      try {
        dictSetItem(rt, F.globals, name, v)
      } finally {
        decref(rt, v)
      }
    },
    deleteName: (F: Frame, name: O): void => {
      const locals = F.locals ?? F.globals
      let ok: boolean
      if (locals.type === t.dict) ok = dictDelItem(rt, locals, name)
      else {
        ab.delItem(rt, locals, name)
        ok = true
      }
      if (!ok) raise(rt, t.NameError, `name '${strValue(name)}' is not defined`)
    },
    deleteGlobal: (F: Frame, name: O): void => {
      if (!dictDelItem(rt, F.globals, name))
        raise(rt, t.NameError, `name '${strValue(name)}' is not defined`)
    },
    loadClassDeref: (F: Frame, name: O, cell: O): O => {
      const locals = F.locals as O
      const v = dictGetItem(rt, locals, name)
      if (v !== null) {
        v.rc++
        return v
      }
      const c = cell.v as O | null
      if (c === null)
        raise(
          rt,
          t.NameError,
          `cannot access free variable '${strValue(name)}' where it is not associated with a value in enclosing scope`,
        )
      c.rc++
      return c
    },
    unboundLocal: (name: O): never =>
      raise(
        rt,
        t.UnboundLocalError,
        `cannot access local variable '${strValue(name)}' where it is not associated with a value`,
      ),
    unboundDeref: (F: Frame, name: O): never => {
      const n = strValue(name)
      if (F.code.cellvars.includes(n))
        raise(
          rt,
          t.UnboundLocalError,
          `cannot access local variable '${n}' where it is not associated with a value`,
        )
      return raise(
        rt,
        t.NameError,
        `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`,
      )
    },
    storeAnnotation: (F: Frame, name: O, value: O): void => {
      const locals = F.locals ?? F.globals
      const key = intern(rt, "__annotations__")
      let ann = dictGetItem(rt, locals, key)
      if (ann === null) {
        ann = newDict(rt)
        dictSetItem(rt, locals, key, ann)
        decref(rt, ann)
      }
      try {
        ab.setItem(rt, ann, name, value)
      } finally {
        decref(rt, value)
      }
    },

    // --- attributes and items ---
    getAttr: (o: O, name: O): O => ab.getAttr(rt, o, name),
    getAttrCached,
    setAttrCached,
    setAttr: (o: O, name: O, v: O): void => ab.setAttr(rt, o, name, v),
    delAttr: (o: O, name: O): void => ab.delAttr(rt, o, name),
    loadMethod: (o: O, name: O, cache: unknown[]): O => {
      // LOAD_METHOD: a plain function found on the type and not shadowed stays
      // unbound. `cache` is [type, version, method]: the type's lookup result
      // while the type is unchanged (the instance dict is still checked).
      const tp = o.type
      let found: O | null = null
      if (tp === cache[0] && tp.version === cache[1]) found = cache[2] as O
      else if (usesGenericGetAttr(rt, tp)) {
        const f = typeLookup(rt, tp, name)
        if (f !== null && f.type.descrGet !== null && isMethodLike(f)) {
          found = f
          cache[0] = tp
          cache[1] = tp.version
          cache[2] = f
        }
      }
      if (found !== null && instanceDictGet(rt, o, name) === null) {
        vm.mself = true
        found.rc++
        return found
      }
      vm.mself = false
      return ab.getAttr(rt, o, name)
    },
    getItem: (o: O, k: O): O => {
      // BINARY_SUBSCR_LIST_INT / _TUPLE_INT: an in-range int index of an exact list or tuple.
      if ((o.type === LIST || o.type === TUPLE) && k.type === INT && typeof k.v === "number") {
        const arr = o.v as O[]
        const i = k.v < 0 ? k.v + arr.length : k.v
        if (i >= 0 && i < arr.length) {
          const x = arr[i]!
          x.rc++
          return x
        }
      }
      return ab.getItem(rt, o, k)
    },
    setItem: (o: O, k: O, v: O): void => {
      // STORE_SUBSCR_LIST_INT: the old item is released after the store.
      if (o.type === LIST && k.type === INT && typeof k.v === "number") {
        const arr = o.v as O[]
        const i = k.v < 0 ? k.v + arr.length : k.v
        if (i >= 0 && i < arr.length) {
          const old = arr[i]!
          v.rc++
          arr[i] = v
          if (--old.rc === 0) D(old)
          return
        }
      }
      ab.setItem(rt, o, k, v)
    },
    delItem: (o: O, k: O): void => ab.delItem(rt, o, k),

    // --- operators (small-int fast paths first) ---
    add: (a: O, b: O): O => {
      if (a.type === INT && b.type === INT && typeof a.v === "number" && typeof b.v === "number") {
        const r = a.v + b.v
        if (Number.isSafeInteger(r)) return newInt(rt, r)
      }
      if (a.type === FLOAT || b.type === FLOAT) {
        const x = asFastFloat(a)
        const y = asFastFloat(b)
        if (x !== null && y !== null) return newFloat(rt, x + y)
      }
      return ab.binaryOp(rt, a, b, "add", "+")
    },
    sub: (a: O, b: O): O => {
      if (a.type === INT && b.type === INT && typeof a.v === "number" && typeof b.v === "number") {
        const r = a.v - b.v
        if (Number.isSafeInteger(r)) return newInt(rt, r)
      }
      if (a.type === FLOAT || b.type === FLOAT) {
        const x = asFastFloat(a)
        const y = asFastFloat(b)
        if (x !== null && y !== null) return newFloat(rt, x - y)
      }
      return ab.binaryOp(rt, a, b, "subtract", "-")
    },
    mul: (a: O, b: O): O => {
      if (a.type === INT && b.type === INT && typeof a.v === "number" && typeof b.v === "number") {
        const r = a.v * b.v
        if (Number.isSafeInteger(r)) return newInt(rt, r)
      }
      if (a.type === FLOAT || b.type === FLOAT) {
        const x = asFastFloat(a)
        const y = asFastFloat(b)
        if (x !== null && y !== null) return newFloat(rt, x * y)
      }
      return ab.binaryOp(rt, a, b, "multiply", "*")
    },
    matmul: binop("matrixMultiply", "@"),
    truediv: (a: O, b: O): O => {
      if (a.type === FLOAT || b.type === FLOAT) {
        const x = asFastFloat(a)
        const y = asFastFloat(b)
        if (x !== null && y !== null && y !== 0) return newFloat(rt, x / y)
      }
      return ab.binaryOp(rt, a, b, "trueDivide", "/")
    },
    floordiv: binop("floorDivide", "//"),
    mod: binop("remainder", "%"),
    pow: (a: O, b: O): O => ab.power(rt, a, b, rt.None),
    lshift: binop("lshift", "<<"),
    rshift: binop("rshift", ">>"),
    and_: binop("and", "&"),
    or_: binop("or", "|"),
    xor: binop("xor", "^"),
    iadd: (a: O, b: O): O => {
      if (a.type === INT && b.type === INT && typeof a.v === "number" && typeof b.v === "number") {
        const r = a.v + b.v
        if (Number.isSafeInteger(r)) return newInt(rt, r)
      }
      if (a.type === FLOAT || b.type === FLOAT) {
        const x = asFastFloat(a)
        const y = asFastFloat(b)
        if (x !== null && y !== null) return newFloat(rt, x + y)
      }
      return ab.inplaceOp(rt, a, b, "add", "+=")
    },
    isub: (a: O, b: O): O => {
      if (a.type === INT && b.type === INT && typeof a.v === "number" && typeof b.v === "number") {
        const r = a.v - b.v
        if (Number.isSafeInteger(r)) return newInt(rt, r)
      }
      if (a.type === FLOAT || b.type === FLOAT) {
        const x = asFastFloat(a)
        const y = asFastFloat(b)
        if (x !== null && y !== null) return newFloat(rt, x - y)
      }
      return ab.inplaceOp(rt, a, b, "subtract", "-=")
    },
    imul: (a: O, b: O): O => {
      if (a.type === FLOAT || b.type === FLOAT) {
        const x = asFastFloat(a)
        const y = asFastFloat(b)
        if (x !== null && y !== null) return newFloat(rt, x * y)
      }
      return ab.inplaceOp(rt, a, b, "multiply", "*=")
    },
    imatmul: inplace("matrixMultiply", "@="),
    itruediv: inplace("trueDivide", "/="),
    ifloordiv: inplace("floorDivide", "//="),
    imod: inplace("remainder", "%="),
    ipow: (a: O, b: O): O => {
      const f = a.type.inplace.power
      if (f !== undefined) {
        const r = f(rt, a, b)
        if (r !== rt.NotImplemented) return r
        decref(rt, r)
      }
      return ab.power(rt, a, b, rt.None)
    },
    ilshift: inplace("lshift", "<<="),
    irshift: inplace("rshift", ">>="),
    iand: inplace("and", "&="),
    ior: inplace("or", "|="),
    ixor: inplace("xor", "^="),
    neg: (o: O): O => ab.unaryOp(rt, o, "negative"),
    pos: (o: O): O => ab.unaryOp(rt, o, "positive"),
    inv: (o: O): O => ab.unaryOp(rt, o, "invert"),
    truth: (o: O): boolean => {
      if (o === rt.True) return true
      if (o === rt.False || o === rt.None) return false
      return ab.isTrue(rt, o)
    },
    compare: (a: O, b: O, op: number): O => {
      if (a.type === INT && b.type === INT && typeof a.v === "number" && typeof b.v === "number") {
        const r = cmpNum(a.v, b.v, op) ? rt.True : rt.False
        r.rc++
        return r
      }
      return ab.richCompare(rt, a, b, op as 0)
    },
    compareBool: (a: O, b: O, op: number): boolean => {
      if (a.type === INT && b.type === INT && typeof a.v === "number" && typeof b.v === "number")
        return cmpNum(a.v, b.v, op)
      const r = ab.richCompare(rt, a, b, op as 0)
      try {
        return r === rt.True ? true : r === rt.False ? false : ab.isTrue(rt, r)
      } finally {
        decref(rt, r)
      }
    },
    contains: (c: O, x: O): boolean => ab.contains(rt, c, x),

    // --- iteration ---
    getIter: (o: O): O => ab.getIter(rt, o),
    iterNext: (it: O): O | null => {
      const f = it.type.iternext
      if (f === null) typeError(rt, `'${ab.typeName(it)}' object is not an iterator`)
      return f(rt, it)
    },
    unpack: (v: O, n: number): O[] => unpack(vm, v, n, -1),
    unpackEx: (v: O, before: number, after: number): O[] => unpack(vm, v, before, after),

    // --- building ---
    build_tuple: (items: O[]): O => newTuple(rt, items),
    build_list: (items: O[]): O => newList(rt, items),
    build_set: (items: O[]): O => {
      const s = newSet(rt, null)
      try {
        for (const x of items) setAdd(rt, s, x)
      } finally {
        for (const x of items) decref(rt, x)
      }
      return s
    },
    build_dict: (): O => newDict(rt),
    listAppend: (l: O, v: O): void => listAppendSteal(rt, l, v),
    listExtend: (l: O, it: O): void => {
      // LIST_EXTEND is list_extend: lists and tuples in one resize, other
      // iterables preallocated from their length hint ([*range(5)] is 104 bytes).
      try {
        listExtendFull(rt, l, it)
      } catch (e) {
        if (e instanceof Object && ab.isPyError(e, t.TypeError) && it.type.iter === null) {
          decref(rt, e as O)
          typeError(rt, `Value after * must be an iterable, not ${ab.typeName(it)}`)
        }
        throw e
      }
    },
    listToTuple: (l: O): O => {
      const items = (l.v as O[]).slice()
      for (const x of items) x.rc++
      return newTuple(rt, items)
    },
    setAdd: (s: O, v: O): void => {
      try {
        setAdd(rt, s, v)
      } finally {
        decref(rt, v)
      }
    },
    setUpdate: (s: O, it: O): void => setUpdate(rt, s, it),
    dictSet: (d: O, k: O, v: O): void => dictSetItem(rt, d, k, v),
    // DICT_UPDATE ({**m}): PyDict_Update. A dict whose type keeps dict's __iter__ is merged
    // from its table; anything else (a dict subclass with its own __iter__ included)
    // through keys() and [].
    dictUpdate: (d: O, m: O): void => {
      if (!isDict(m) && !hasKeys(m)) typeError(rt, `'${ab.typeName(m)}' object is not a mapping`)
      dictMerge(rt, d, m, 1)
    },
    dictSetKw: (f: O, d: O, k: O, v: O): void => {
      if (dictGetItem(rt, d, k) !== null)
        typeError(
          rt,
          `${funcDesc(rt, f)} got multiple values for keyword argument '${strValue(k)}'`,
        )
      dictSetItem(rt, d, k, v)
    },
    dictMergeKw: (f: O, d: O, m: O): void => {
      if (!isDict(m) && !hasKeys(m))
        typeError(
          rt,
          `${funcDesc(rt, f)} argument after ** must be a mapping, not ${ab.typeName(m)}`,
        )
      // DICT_MERGE (f(**m)): as dict_merge, the table of a dict with dict's own __iter__,
      // otherwise keys() and [].
      // The pairs are gathered first (own references), then checked and stored.
      const pairs: [O, O][] = []
      try {
        if (isDict(m) && m.type.iter === t.dict.iter)
          for (const [k, v] of dictItems(m)) {
            k.rc++
            v.rc++
            pairs.push([k, v])
          }
        else {
          const keys = ab.callMethod(rt, m, "keys", [])
          let it: O
          try {
            it = ab.getIter(rt, keys)
          } finally {
            decref(rt, keys)
          }
          try {
            let k: O | null
            while ((k = ab.iterNext(rt, it)) !== null) {
              let v: O
              try {
                v = ab.getItem(rt, m, k)
              } catch (e) {
                decref(rt, k)
                throw e
              }
              pairs.push([k, v])
            }
          } finally {
            decref(rt, it)
          }
        }
        for (const [k, v] of pairs) {
          if (k.type !== t.str && !(k.type instanceof PyType && ab.typeCheck(k, t.str)))
            // CPython checks at the call (_PyStack_UnpackDict), without the function's name.
            typeError(rt, "keywords must be strings")
          if (dictGetItem(rt, d, k) !== null)
            typeError(
              rt,
              `${funcDesc(rt, f)} got multiple values for keyword argument '${strValue(k)}'`,
            )
          dictSetItem(rt, d, k, v)
        }
      } finally {
        for (const [k, v] of pairs) {
          decref(rt, k)
          decref(rt, v)
        }
      }
    },
    slice: (a: O, b: O, c: O | null): O => {
      const s = rt.t.slice
      const args = c === null ? [a, b] : [a, b, c]
      try {
        return ab.call(rt, s, args, null)
      } finally {
        for (const x of args) decref(rt, x)
      }
    },

    // --- text ---
    str: (o: O): O => ab.str(rt, o),
    repr: (o: O): O => ab.repr(rt, o),
    ascii: (o: O): O => asciiObject(rt, o),
    format: (o: O, spec: O | null): O => {
      // PyObject_Format's fast paths for an empty spec: an exact str is
      // returned as it is, an exact int gives str(o) (a new object).
      if (spec === null || (spec.v as string).length === 0) {
        if (o.type === t.str) {
          o.rc++
          return o
        }
        if (o.type === t.int) return ab.str(rt, o)
      }
      const f = ab.lookupSpecial(rt, o, "__format__")
      if (f === null) typeError(rt, `Type ${ab.typeName(o)} doesn't define __format__`)
      try {
        const r = ab.call(rt, f, [spec ?? rt.emptyStr], null)
        if (!ab.typeCheck(r, t.str)) {
          decref(rt, r)
          typeError(rt, `__format__ must return a str, not ${ab.typeName(r)}`)
        }
        return r
      } finally {
        decref(rt, f)
      }
    },
    // BUILD_STRING (f-strings of two or more pieces): _PyUnicode_JoinArray
    // fills a new str of the final size, so even one character is a new object.
    joinStr: (parts: O[]): O => {
      let s = ""
      for (const p of parts) s += strValue(p)
      for (const p of parts) decref(rt, p)
      return newStrFresh(rt, s)
    },

    // --- calls ---
    callv: (F: Frame, f: O, args: O[], kwnames: O | null): O => callv(vm, F, f, args, kwnames),
    callEx: (F: Frame, f: O, argList: O, kw: O | null): O => {
      try {
        const items = (argList.v as O[]).slice()
        const kwn: O[] = []
        if (kw !== null) {
          for (const [k, v] of dictItems(kw)) {
            kwn.push(k)
            items.push(v)
          }
        }
        for (const x of items) x.rc++
        f.rc++
        return callv(vm, F, f, items, kwn.length > 0 ? tupleOfBorrowed(rt, kwn) : null)
      } finally {
        decref(rt, f)
        decref(rt, argList)
        if (kw !== null) decref(rt, kw)
      }
    },
    callSuper0: (F: Frame, f: O, cell: O | null, self: O | null): O => {
      if (cell === null) {
        decref(rt, f)
        raise(rt, t.RuntimeError, "super(): __class__ cell not found")
      }
      const cls = cell.v as O | null
      if (self === null) {
        decref(rt, f)
        raise(rt, t.RuntimeError, "super(): no arguments")
      }
      if (cls === null) {
        decref(rt, f)
        raise(rt, t.RuntimeError, "super(): empty __class__ cell")
      }
      const prev = vm.superCtx
      vm.superCtx = [cls as PyType, self]
      try {
        return callv(vm, F, f, [], null)
      } finally {
        vm.superCtx = prev
      }
    },
    makeFunction: (
      F: Frame,
      code: CodeObject,
      d: O | null,
      k: O | null,
      closure: O[] | null,
      ann: O | null,
    ): O => {
      const f = mkFunction(vm, F.globals, F.builtins, code, d, k, closure)
      // MAKE_FUNCTION's annotations (the dict is STOLEN).
      if (ann !== null) (f.v as { annotations: O | null }).annotations = ann
      return f
    },
    loadBuildClass: (F: Frame): O => {
      const v = dictGetItem(rt, F.builtins, intern(rt, "__build_class__"))
      if (v === null) raise(rt, t.NameError, "__build_class__ not found")
      v.rc++
      return v
    },

    // --- exceptions ---
    caught: (F: Frame, e: unknown): O => caughtExc(vm, F, e),
    caughtOut: (F: Frame, e: unknown): unknown => caughtOutExc(vm, F, e),
    frameExit: (F: Frame, locals: (O | null)[]): void => frameExitImpl(rt, F, locals),
    excMatch: (e: O, cls: O): boolean => {
      checkExceptClass(rt, cls)
      return exceptionMatches(rt, e, cls)
    },
    // The generated code throws what these two return (`throw raiseExc(...)`):
    // V8 never tiers up a function that always ends by throwing (it runs in
    // the interpreter without feedback forever), so the work is done in
    // functions that return.
    reraiseExc: (_F: Frame): O => {
      const e = vm.exc
      if (e === null) raise(rt, t.RuntimeError, "No active exception to reraise")
      e.rc++
      vm.rr = e
      return e
    },
    raiseExc: (F: Frame, e: O, cause: O | null, hasCause: boolean): O =>
      raiseValue(vm, F, e, cause, hasCause),
    assertFail: (_F: Frame, msg: O | null): never => {
      const make = rt.hooks.newException as NonNullable<typeof rt.hooks.newException>
      if (msg === null) throw make(rt, t.AssertionError, null)
      try {
        throw newExcFromArgs(vm, t.AssertionError, [msg])
      } finally {
        decref(rt, msg)
      }
    },
    beforeWith: (F: Frame, mgr: O): O => beforeWith(vm, F, mgr),
    withExit: (_F: Frame, exit: O): void => {
      try {
        const r = ab.call(rt, exit, [rt.None, rt.None, rt.None], null)
        decref(rt, r)
      } finally {
        decref(rt, exit)
      }
    },
    withExitExc: (_F: Frame, exit: O, e: O): void => {
      const prev = vm.exc
      vm.exc = e
      let swallow: boolean
      try {
        const tb = excState(e).traceback ?? rt.None
        const r = ab.call(rt, exit, [e.type, e, tb], null)
        try {
          swallow = ab.isTrue(rt, r)
        } finally {
          decref(rt, r)
        }
      } catch (x) {
        vm.exc = prev
        decref(rt, exit)
        decref(rt, e)
        throw x
      }
      vm.exc = prev
      decref(rt, exit)
      if (swallow) {
        decref(rt, e)
        return
      }
      vm.rr = e
      throw e
    },

    // --- imports ---
    importName: (F: Frame, name: string, fromlist: string[] | null, level: number): O =>
      importNameImpl(vm, F, name, fromlist, level),
    importFrom: (m: O, name: O): O => importFromImpl(vm, m, name),
    importStar: (F: Frame, m: O): void => importStarImpl(vm, F, m),

    // --- generators ---
    yfIter: (F: Frame, o: O): O => yfIterImpl(vm, F, o),
    yfStep: (F: Frame, it: O, sent: O | null): O => yfStepImpl(vm, F, it, sent),
    yfThrow: (F: Frame, it: O, e: unknown): O => yfThrowImpl(vm, F, it, e),

    // --- coroutines and async generators (coroutine.ts, asyncgen.ts) ---
    getAwaitable: (o: O, where: number): O => co.getAwaitable(vm, o, where),
    beforeAsyncWith: (mgr: O): O => co.beforeAsyncWith(vm, mgr),
    asyncExit: (exit: O, e: O | null): O => co.asyncExitCall(vm, exit, e),
    getAIter: (o: O): O => co.getAIter(vm, o),
    getANext: (it: O): O => co.getANext(vm, it),
    asyncForEnd: (e: unknown): boolean => co.asyncForEnd(vm, e),
    asyncGenWrap: (v: O): O => asyncGenWrapImpl(vm, v),

    // --- pattern matching ---
    matchValue: (subj: O, v: O): boolean => {
      try {
        return ab.richCompareBool(rt, subj, v, 2)
      } finally {
        decref(rt, v)
      }
    },
    matchSequence: (subj: O, n: number, star: boolean): O[] | null => {
      const tp = subj.type
      if (tp === t.str || tp === t.bytes || tp === t.bytearray) return null
      if (!(ab.typeCheck(subj, t.list) || ab.typeCheck(subj, t.tuple) || tp.isSequence)) return null
      const items =
        ab.typeCheck(subj, t.list) || ab.typeCheck(subj, t.tuple) ? (subj.v as O[]) : null
      if (items === null) return null
      if (star ? items.length < n : items.length !== n) return null
      return items
    },
    matchMapping: (subj: O, keys: O[]): O[] | null => {
      try {
        if (!isDict(subj) && !subj.type.isMapping) return null
        const out: O[] = []
        for (const k of keys) {
          const v = isDict(subj) ? dictGetItem(rt, subj, k) : null
          if (v === null) return null
          out.push(v)
        }
        return out
      } finally {
        for (const k of keys) decref(rt, k)
      }
    },
    /** Releases the attribute values a class pattern looked up (after its captures took theirs). */
    matchRelease: (): void => {
      const temps = vm.matchTemps
      while (temps.length > 0) decref(rt, temps.pop() as O)
    },
    matchRest: (subj: O, keys: O[]): O => {
      const d = newDict(rt)
      for (const [k, v] of dictItems(subj)) {
        if (!keys.some((x) => ab.richCompareBool(rt, x, k, 2))) dictSetItem(rt, d, k, v)
      }
      return d
    },
    matchClass: (subj: O, cls: O, npos: number, kwd: string[]): O[] | null => {
      try {
        if (!(cls instanceof PyType)) typeError(rt, "called match pattern must be a class")
        if (!ab.isInstance(rt, subj, cls)) return null
        const out: O[] = []
        if (npos > 0) {
          const selfMatch = [
            t.bool,
            t.int,
            t.float,
            t.str,
            t.bytes,
            t.list,
            t.tuple,
            t.dict,
            t.set,
            t.frozenset,
            t.bytearray,
          ].some((b) => b !== undefined && (cls as PyType).mro.includes(b as PyType))
          if (selfMatch && npos === 1) out.push(subj)
          else {
            const ma = ab.lookupAttrStr(rt, cls, "__match_args__")
            const names = ma === null ? [] : (ma.v as O[]).map((x) => strValue(x))
            if (ma !== null) decref(rt, ma)
            if (npos > names.length)
              typeError(
                rt,
                `${(cls as PyType).name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? "" : "s"} (${npos} given)`,
              )
            for (let i = 0; i < npos; i++) {
              const v = ab.lookupAttrStr(rt, subj, names[i] as string)
              if (v === null) return null
              vm.matchTemps.push(v)
              out.push(v)
            }
          }
        }
        for (const k of kwd) {
          const v = ab.lookupAttrStr(rt, subj, k)
          if (v === null) return null
          vm.matchTemps.push(v)
          out.push(v)
        }
        return out
      } finally {
        decref(rt, cls)
      }
    },

    // --- limits ---
    tick: (_F: Frame): void => tick(vm),
    displayHook: (v: O): void => displayHook(vm, v),
  }
}

function cmpNum(a: number, b: number, op: number): boolean {
  switch (op) {
    case 0:
      return a < b
    case 1:
      return a <= b
    case 2:
      return a === b
    case 3:
      return a !== b
    case 4:
      return a > b
    default:
      return a >= b
  }
}

/** Whether a type attribute is a function-like descriptor LOAD_METHOD may leave unbound. */
function isMethodLike(o: O): boolean {
  const n = o.type.name
  return n === "function" || n === "method_descriptor"
}

/** Whether a class keeps object's attribute lookup (no __getattribute__/__getattr__ of its own). */
function usesGenericGetAttr(rt: Runtime, tp: PyType): boolean {
  let plain = tp.plainGetattr
  if (plain === 0) {
    plain = computeGenericGetAttr(rt, tp) ? 1 : 2
    tp.plainGetattr = plain
  }
  return plain === 1
}

function computeGenericGetAttr(rt: Runtime, tp: PyType): boolean {
  if (isGenericGetattro(rt, tp.getattro)) return true
  if (!tp.isHeapType) return false
  const ga = typeLookup(rt, tp, ab.ident(rt, "__getattribute__"))
  if (ga === null || ga !== typeLookup(rt, rt.t.object, ab.ident(rt, "__getattribute__")))
    return false
  return typeLookup(rt, tp, ab.ident(rt, "__getattr__")) === null
}

function instanceDictGet(rt: Runtime, o: O, name: O): O | null {
  if (!o.type.hasDict) return null
  const d = instanceDict(rt, o, false)
  if (d === null) return null
  return dictGetItem(rt, d, name)
}

function tupleOfBorrowed(rt: Runtime, items: O[]): O {
  for (const x of items) x.rc++
  return newTuple(rt, items)
}

/** _PyObject_FunctionStr: "mod.f()" / "C.m()" (builtins unqualified), for call error messages. */
function funcDesc(rt: Runtime, f: O): string {
  const q = ab.lookupAttrStr(rt, f, "__qualname__")
  if (q === null) return `${ab.typeName(f)} object`
  const s = q.type === rt.t.str ? strValue(q) : null
  decref(rt, q)
  if (s === null) return `${ab.typeName(f)} object`
  const m = ab.lookupAttrStr(rt, f, "__module__")
  if (m === null) return `${s}()`
  const ms = m.type === rt.t.str ? strValue(m) : null
  decref(rt, m)
  if (ms === null || ms === "builtins") return `${s}()`
  return `${ms}.${s}()`
}

function checkExceptClass(rt: Runtime, cls: O): void {
  const base = rt.t.BaseException as PyType
  const ok = (c: O): boolean =>
    c instanceof PyType && ab.typeCheck(c, rt.t.type) && c.mro.includes(base)
  if (cls.type === rt.t.tuple) {
    for (const c of cls.v as O[])
      if (!ok(c))
        typeError(rt, "catching classes that do not inherit from BaseException is not allowed")
    return
  }
  if (!ok(cls))
    typeError(rt, "catching classes that do not inherit from BaseException is not allowed")
}

/** Builds an exception instance by calling its type with `args` (borrowed). */
export function newExcFromArgs(vm: VM, type: PyType, args: O[]): O {
  return ab.call(vm.rt, type, args, null)
}

/** The call dispatcher: Python functions get the argument references; others borrow them. */
export function callv(vm: VM, _F: Frame, f: O, args: O[], kwnames: O | null): O {
  if (f.type === vm.types.function) return callPython(vm, f, args, kwnames)
  const rt = vm.rt
  if (f.type === rt.t.method) {
    // A bound Python method: prepend self and call the function (no new bound object).
    const [fn, self] = boundParts(f)
    if (fn !== null && self !== null && fn.type === vm.types.function) {
      fn.rc++
      self.rc++
      args.unshift(self)
      decref(rt, f)
      return callPython(vm, fn, args, kwnames)
    }
  }
  try {
    const c = f.type.call
    if (c === null) typeError(rt, `'${ab.typeName(f)}' object is not callable`)
    return c(rt, f, args, kwnames)
  } finally {
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as O
      if (--a.rc === 0) (a.type.dealloc as (rt: Runtime, o: O) => void)(rt, a)
    }
    if (--f.rc === 0) (f.type.dealloc as (rt: Runtime, o: O) => void)(rt, f)
  }
}

/** The function and self of a bound method object (borrowed), whatever payload method.ts uses. */
function boundParts(m: O): [O | null, O | null] {
  const v = m.v as unknown
  if (v !== null && typeof v === "object" && "func" in (v as object)) {
    const p = v as { func: O; self: O }
    return [p.func, p.self]
  }
  return [(m.v as O | null) ?? null, (m.w as O | null) ?? null]
}

/** UNPACK_SEQUENCE / UNPACK_EX: the items (new references) in order; `after` -1 means no star. */
function unpack(vm: VM, v: O, before: number, after: number): O[] {
  const rt = vm.rt
  const t = rt.t
  try {
    if (after < 0 && (v.type === t.tuple || v.type === t.list)) {
      const items = v.v as O[]
      if (items.length === before) {
        for (const x of items) x.rc++
        return items.slice()
      }
      if (items.length > before)
        raise(rt, t.ValueError, `too many values to unpack (expected ${before})`)
      raise(
        rt,
        t.ValueError,
        `not enough values to unpack (expected ${before}, got ${items.length})`,
      )
    }
    let it: O
    try {
      it = ab.getIter(rt, v)
    } catch (e) {
      if (
        e instanceof Object &&
        ab.isPyError(e, t.TypeError) &&
        v.type.iter === null &&
        !v.type.isSequence
      ) {
        decref(rt, e as O)
        typeError(rt, `cannot unpack non-iterable ${ab.typeName(v)} object`)
      }
      throw e
    }
    const out: O[] = []
    try {
      for (let i = 0; i < before; i++) {
        const x = ab.iterNext(rt, it)
        if (x === null) {
          if (after < 0)
            raise(rt, t.ValueError, `not enough values to unpack (expected ${before}, got ${i})`)
          raise(
            rt,
            t.ValueError,
            `not enough values to unpack (expected at least ${before + after}, got ${i})`,
          )
        }
        out.push(x)
      }
      if (after < 0) {
        const x = ab.iterNext(rt, it)
        if (x !== null) {
          decref(rt, x)
          raise(rt, t.ValueError, `too many values to unpack (expected ${before})`)
        }
        return out
      }
      const rest: O[] = []
      for (;;) {
        const x = ab.iterNext(rt, it)
        if (x === null) break
        rest.push(x)
      }
      if (rest.length < after) {
        for (const x of rest) decref(rt, x)
        raise(
          rt,
          t.ValueError,
          `not enough values to unpack (expected at least ${before + after}, got ${before + rest.length})`,
        )
      }
      const tail = rest.splice(rest.length - after, after)
      out.push(newList(rt, rest))
      out.push(...tail)
      return out
    } catch (e) {
      for (const x of out) decref(rt, x)
      throw e
    } finally {
      decref(rt, it)
    }
  } finally {
    decref(rt, v)
  }
}

/** RAISE_VARARGS: STEALS `e` and `cause`; returns the exception to throw (the caller throws it). */
function raiseValue(vm: VM, _F: Frame, e: O, cause: O | null, hasCause: boolean): O {
  const rt = vm.rt
  const t = rt.t
  const base = t.BaseException as PyType
  let exc: O
  if (e instanceof PyType && e.mro.includes(base)) {
    try {
      exc = ab.call(rt, e, [], null)
    } finally {
      decref(rt, e)
    }
    if (!ab.typeCheck(exc, base)) {
      const n = ab.typeName(exc)
      decref(rt, exc)
      if (cause !== null) decref(rt, cause)
      typeError(
        rt,
        `calling ${(e as PyType).name} should have returned an instance of BaseException, not ${n}`,
      )
    }
  } else if (ab.typeCheck(e, base)) {
    exc = e
  } else {
    decref(rt, e)
    if (cause !== null) decref(rt, cause)
    typeError(rt, "exceptions must derive from BaseException")
  }
  if (hasCause && cause !== null) {
    let c: O | null
    if (cause === rt.None) {
      decref(rt, cause)
      c = null
    } else if (cause instanceof PyType && cause.mro.includes(base)) {
      try {
        c = ab.call(rt, cause, [], null)
      } finally {
        decref(rt, cause)
      }
    } else if (ab.typeCheck(cause, base)) {
      c = cause
    } else {
      decref(rt, cause)
      decref(rt, exc)
      typeError(rt, "exception causes must derive from BaseException")
    }
    setCause(rt, exc, c)
  }
  setExcContext(vm, exc)
  vm.rr = null
  return exc
}

/** Sets `exc.__context__` to the exception being handled, avoiding cycles (_PyErr_SetObject). */
export function setExcContext(vm: VM, exc: O): void {
  const handled = vm.exc
  if (handled === null || handled === exc) return
  // Break a cycle: if exc is already in handled's context chain, cut it there.
  let o: O = handled
  for (;;) {
    const ctx = excState(o).context
    if (ctx === null) break
    if (ctx === exc) {
      setContext(vm.rt, o, null)
      break
    }
    o = ctx
  }
  handled.rc++
  setContext(vm.rt, exc, handled)
}

/** BEFORE_WITH: STEALS `mgr`; returns the bound __exit__ and leaves __enter__()'s result in vm.wval. */
function beforeWith(vm: VM, _F: Frame, mgr: O): O {
  const rt = vm.rt
  let enter: O | null
  let exit: O | null
  try {
    enter = ab.lookupSpecial(rt, mgr, "__enter__")
    if (enter === null)
      typeError(rt, `'${ab.typeName(mgr)}' object does not support the context manager protocol`)
    exit = ab.lookupSpecial(rt, mgr, "__exit__")
    if (exit === null) {
      decref(rt, enter)
      typeError(
        rt,
        `'${ab.typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`,
      )
    }
  } finally {
    // The manager itself is released before __enter__ runs, as BEFORE_WITH does.
    decref(rt, mgr)
  }
  try {
    vm.wval = ab.call(rt, enter, [], null)
  } catch (e) {
    decref(rt, exit)
    throw e
  } finally {
    decref(rt, enter)
  }
  return exit
}

/** Checks the time and step limits and Ctrl-C (called every few thousand back-edges). */
function tick(vm: VM): void {
  vm.steps += vm.quantum
  vm.budget = vm.quantum
  if (vm.steps > vm.maxSteps) throw new LimitExceeded(`step limit of ${vm.maxSteps} exceeded`)
  if (vm.deadline !== Infinity && vm.host.monotonic() > vm.deadline)
    throw new LimitExceeded("time limit exceeded")
  if (vm.host.interrupted !== undefined) pollInterrupt(vm)
}

/** sys.displayhook for the REPL: STEALS `v`. */
function displayHook(vm: VM, v: O): void {
  const rt = vm.rt
  try {
    // PRINT_EXPR: whatever sys.displayhook is now.
    const hook = ab.lookupAttrStr(rt, vm.sys, "displayhook")
    if (hook === null) raise(rt, rt.t.RuntimeError, "lost sys.displayhook")
    try {
      decref(rt, ab.call(rt, hook, [v], null))
    } finally {
      decref(rt, hook)
    }
  } finally {
    decref(rt, v)
  }
}
