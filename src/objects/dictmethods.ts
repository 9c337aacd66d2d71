// The operators and methods of dict: d[k], d[k] = v, del d[k], `in`, ==,
// repr, |, |=, dict(...), get/setdefault/pop/popitem/update/fromkeys/
// clear/copy/keys/values/items/__reversed__/__sizeof__.
//
// @cpython Objects/dictobject.c

import {
  call,
  callMethod,
  getItem,
  getIter,
  isPyError,
  iterNext,
  lookupAttrStr,
  lookupSpecial,
  reprString,
  richCompareBool,
  setItem,
} from "./abstract.js"
import type { MethodImpl } from "./descr.js"
import { checkPositional, defineMethods, noKeywords, positionalCount } from "./descr.js"
import { raise, typeError, valueError } from "./errors.js"
import {
  DKIX_DUMMY,
  DictObj,
  dictClear,
  dictContains,
  dictCopy,
  dictDelItem,
  dictGenericAlloc,
  dictGetItem,
  dictHashAt,
  dictKeyAt,
  dictLookup,
  dictMergeDict,
  dictNext,
  dictResize,
  LOG2_SHARED_KEYS,
  dictSetItem,
  dictSizeof,
  dictValueAt,
  estimateLog2Keysize,
  insertDict,
  isDict,
  keyError,
  keyHash,
  lookdictIndex,
} from "./dict.js"
import { dictItemsView, dictIter, dictKeysView, dictReversed, dictValuesView } from "./dictviews.js"
import { gcTrack } from "./gcstate.js"
import { newInt } from "./int.js"
import { sequenceFast } from "./listmethods.js"
import type { PyObject } from "./object.js"
import { decref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { reprEnter, reprLeave } from "./sequtil.js"
import { isAnySet, setHashAt, setKeyAt, setNext, setSize } from "./set.js"
import { newStr } from "./str.js"
import { newTuple, unhashable } from "./tuple.js"
import type { CompareOp as CompareOpT, PyType } from "./type.js"
import { CompareOp } from "./type.js"

const none = (rt: Runtime): PyObject => {
  rt.None.rc++
  return rt.None
}

// ---------------------------------------------------------------------------
// Slots

function dictLength(_rt: Runtime, d: PyObject): number {
  return (d.v as DictObj).used
}

/** d[key]: KeyError(key) when absent, after trying __missing__ for subclasses. */
function dictSubscript(rt: Runtime, d: PyObject, key: PyObject): PyObject {
  const hash = keyHash(rt, key)
  const ix = dictLookup(rt, d, key, hash)
  if (ix >= 0) {
    const v = dictValueAt(d, ix)
    v.rc++
    return v
  }
  if (d.type !== rt.t.dict) {
    const missing = lookupSpecial(rt, d, "__missing__")
    if (missing !== null) {
      try {
        return call(rt, missing, [key])
      } finally {
        decref(rt, missing)
      }
    }
  }
  throw keyError(rt, key)
}

function dictAssSubscript(rt: Runtime, d: PyObject, key: PyObject, value: PyObject | null): void {
  if (value !== null) {
    dictSetItem(rt, d, key, value)
    return
  }
  if (!dictDelItem(rt, d, key)) throw keyError(rt, key)
}

function dictContainsSlot(rt: Runtime, d: PyObject, key: PyObject): boolean {
  return dictContains(rt, d, key)
}

/** dict_equal: same length and every key of `a` maps to an equal value in `b`. */
function dictEqual(rt: Runtime, a: PyObject, b: PyObject): boolean {
  if ((a.v as DictObj).used !== (b.v as DictObj).used) return false
  for (let i = 0; i < (a.v as DictObj).keys.nentries; i++) {
    const dk = (a.v as DictObj).keys
    const aval = dk.evalues[i]
    if (aval === null || aval === undefined) continue
    const key = dk.ekeys[i]!
    const hash = dk.ehashes[i]!
    aval.rc++
    key.rc++
    try {
      const ix = dictLookup(rt, b, key, hash)
      if (ix < 0) return false
      const bval = dictValueAt(b, ix)
      bval.rc++
      try {
        if (!richCompareBool(rt, aval, bval, CompareOp.EQ)) return false
      } finally {
        decref(rt, bval)
      }
    } finally {
      decref(rt, key)
      decref(rt, aval)
    }
  }
  return true
}

function dictRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOpT): PyObject {
  if (!isDict(a) || !isDict(b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  const eq = dictEqual(rt, a, b)
  const r = eq === (op === CompareOp.EQ) ? rt.True : rt.False
  r.rc++
  return r
}

/** repr: "{'a': 1}", "{}" and "{...}" for a dict already being printed. */
function dictRepr(rt: Runtime, d: PyObject): PyObject {
  if ((d.v as DictObj).used === 0) return newStr(rt, "{}")
  if (reprEnter(rt, d)) return newStr(rt, "{...}")
  try {
    const parts: string[] = []
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = dictKeyAt(d, i)
      const v = dictValueAt(d, i)
      k.rc++
      v.rc++
      try {
        parts.push(`${reprString(rt, k)}: ${reprString(rt, v)}`)
      } finally {
        decref(rt, k)
        decref(rt, v)
      }
    }
    return newStr(rt, `{${parts.join(", ")}}`)
  } finally {
    reprLeave(rt, d)
  }
}

/**
 * PyDict_MergeFromSeq2: items from an iterable of pairs. Messages:
 * "cannot convert dictionary update sequence element #0 to a sequence",
 * "dictionary update sequence element #0 has length 3; 2 is required".
 */
export function dictMergeFromSeq2(
  rt: Runtime,
  d: PyObject,
  seq2: PyObject,
  override: boolean,
): void {
  const it = getIter(rt, seq2)
  try {
    let item: PyObject | null
    for (let i = 0; (item = iterNext(rt, it)) !== null; i++) {
      let fast: PyObject
      try {
        fast = sequenceFast(rt, item, "")
      } catch (e) {
        decref(rt, item)
        if (isPyError(e, rt.t.TypeError)) {
          decref(rt, e)
          typeError(rt, `cannot convert dictionary update sequence element #${i} to a sequence`)
        }
        throw e
      }
      try {
        const pair = fast.v as PyObject[]
        if (pair.length !== 2)
          valueError(
            rt,
            `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
          )
        const key = pair[0]!
        const value = pair[1]!
        key.rc++
        value.rc++
        try {
          if (override || !dictContains(rt, d, key)) dictSetItem(rt, d, key, value)
        } finally {
          decref(rt, key)
          decref(rt, value)
        }
      } finally {
        decref(rt, fast)
        decref(rt, item)
      }
    }
  } finally {
    decref(rt, it)
  }
}

/**
 * PyDict_Merge / dict_merge: the items of a mapping `b`: dicts by walking
 * their entries, other mappings through keys() and [].
 */
export function dictMerge(rt: Runtime, a: PyObject, b: PyObject, override: number): void {
  if (isDict(b) && b.type.iter === rt.t.dict.iter) {
    dictMergeDict(rt, a, b, override)
    return
  }
  const keys = callMethod(rt, b, "keys", [])
  let it: PyObject
  try {
    it = getIter(rt, keys)
  } finally {
    decref(rt, keys)
  }
  try {
    let key: PyObject | null
    while ((key = iterNext(rt, it)) !== null) {
      try {
        if (override !== 1 && dictContains(rt, a, key)) {
          if (override === 0) continue
          throw keyError(rt, key)
        }
        const value = getItem(rt, b, key)
        try {
          dictSetItem(rt, a, key, value)
        } finally {
          decref(rt, value)
        }
      } finally {
        decref(rt, key)
      }
    }
  } finally {
    decref(rt, it)
  }
}

/** dict_update_arg: a dict, anything with keys(), or an iterable of pairs. */
export function dictUpdateArg(rt: Runtime, d: PyObject, arg: PyObject): void {
  if (arg.type === rt.t.dict) {
    dictMerge(rt, d, arg, 1)
    return
  }
  const keys = lookupAttrStr(rt, arg, "keys")
  if (keys !== null) {
    decref(rt, keys)
    dictMerge(rt, d, arg, 1)
    return
  }
  dictMergeFromSeq2(rt, d, arg, true)
}

/** dict_update_common: one optional positional argument, then the keyword arguments. */
function dictUpdateCommon(
  rt: Runtime,
  d: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  fname: string,
): void {
  const nargs = positionalCount(args, kwnames)
  checkPositional(rt, fname, nargs, 0, 1)
  if (nargs === 1) dictUpdateArg(rt, d, args[0]!)
  if (kwnames !== null) {
    const names = kwnames.v as PyObject[]
    for (let i = 0; i < names.length; i++) dictSetItem(rt, d, names[i]!, args[nargs + i]!)
  }
}

/** dict.__new__: an empty dict of `type`; exact dicts stay untracked, subclasses are tracked. */
function dictNew(rt: Runtime, type: PyType): PyObject {
  const d = dictGenericAlloc(rt, type)
  if (type !== rt.t.dict) gcTrack(rt, d)
  return d
}

function dictInit(rt: Runtime, d: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  dictUpdateCommon(rt, d, args, kwnames, "dict")
}

/** d | other: a copy of d updated with other (both must be dicts). */
function dictOr(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isDict(a) || !isDict(b)) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  const n = dictCopy(rt, a)
  try {
    dictUpdateArg(rt, n, b)
  } catch (e) {
    decref(rt, n)
    throw e
  }
  return n
}

/** d |= other: update in place with any mapping or iterable of pairs. */
function dictIor(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  dictUpdateArg(rt, a, b)
  a.rc++
  return a
}

// ---------------------------------------------------------------------------
// Methods

const dictGet: MethodImpl = (rt, self, args, kwnames) => {
  noKeywords(rt, "get", kwnames)
  checkPositional(rt, "get", args.length, 1, 2)
  const v = dictGetItem(rt, self, args[0]!) ?? args[1] ?? rt.None
  v.rc++
  return v
}

/** PyDict_SetDefault: the value for `key`, inserting `dflt` first if absent. Borrowed result. */
export function dictSetDefault(rt: Runtime, d: PyObject, key: PyObject, dflt: PyObject): PyObject {
  const hash = keyHash(rt, key)
  const ix = dictLookup(rt, d, key, hash)
  if (ix >= 0) return dictValueAt(d, ix)
  key.rc++
  dflt.rc++
  insertDict(rt, d, key, hash, dflt)
  return dflt
}

const dictSetDefaultMethod: MethodImpl = (rt, self, args, kwnames) => {
  noKeywords(rt, "setdefault", kwnames)
  checkPositional(rt, "setdefault", args.length, 1, 2)
  const v = dictSetDefault(rt, self, args[0]!, args[1] ?? rt.None)
  v.rc++
  return v
}

const dictPop: MethodImpl = (rt, self, args, kwnames) => {
  noKeywords(rt, "pop", kwnames)
  checkPositional(rt, "pop", args.length, 1, 2)
  const key = args[0]!
  const mp = self.v as DictObj
  if (mp.used === 0) {
    if (args.length > 1) {
      args[1]!.rc++
      return args[1]!
    }
    throw keyError(rt, key)
  }
  const hash = keyHash(rt, key)
  const ix = dictLookup(rt, self, key, hash)
  if (ix < 0) {
    if (args.length > 1) {
      args[1]!.rc++
      return args[1]!
    }
    throw keyError(rt, key)
  }
  const dk = mp.keys
  const value = dk.evalues[ix]!
  // The dict's reference to the value moves to the caller; the key is released.
  const pos = lookdictIndex(dk, hash, ix)
  mp.used--
  mp.version = ++rt.dictVersion
  dk.indices[pos] = DKIX_DUMMY
  const oldKey = dk.ekeys[ix]!
  dk.ekeys[ix] = null
  dk.evalues[ix] = null
  // A split dict's keys belong to the shared keys.
  if (mp.shared === null) decref(rt, oldKey)
  return value
}

/** popitem(): the last item as a (key, value) tuple; LIFO. */
function dictPopItem(rt: Runtime, self: PyObject): PyObject {
  const mp = self.v as DictObj
  // The result tuple is allocated first, as CPython does.
  if (mp.used === 0) {
    const make = rt.hooks.newException!
    throw make(rt, rt.t.KeyError, "popitem(): dictionary is empty")
  }
  // A split dict becomes combined first, at the shared keys' size (2^6 slots).
  if (mp.shared !== null) dictResize(rt, self, LOG2_SHARED_KEYS, true)
  const dk = mp.keys
  let i = dk.nentries - 1
  while (i >= 0 && dk.evalues[i] === null) i--
  const key = dk.ekeys[i]!
  const value = dk.evalues[i]!
  dk.ekeys[i] = null
  dk.evalues[i] = null
  dk.indices[lookdictIndex(dk, dk.ehashes[i]!, i)] = DKIX_DUMMY
  dk.nentries = i
  mp.used--
  mp.version = ++rt.dictVersion
  return newTuple(rt, [key, value])
}

const dictUpdate: MethodImpl = (rt, self, args, kwnames) => {
  dictUpdateCommon(rt, self, args, kwnames, "update")
  return none(rt)
}

/** dict.fromkeys(iterable, value=None) (a classmethod: `self` is the class). */
const dictFromKeys: MethodImpl = (rt, cls, args, kwnames) => {
  noKeywords(rt, "fromkeys", kwnames)
  checkPositional(rt, "fromkeys", args.length, 1, 2)
  const iterable = args[0]!
  const value = args[1] ?? rt.None
  const d = call(rt, cls, [])
  try {
    if (d.type === rt.t.dict && (d.v as DictObj).used === 0) {
      if (iterable.type === rt.t.dict) {
        const n = (iterable.v as DictObj).used
        dictResize(rt, d, estimateLog2Keysize(n), (iterable.v as DictObj).keys.unicode)
        for (let i = dictNext(iterable, 0); i >= 0; i = dictNext(iterable, i + 1)) {
          const k = dictKeyAt(iterable, i)
          k.rc++
          value.rc++
          insertDict(rt, d, k, dictHashAt(iterable, i), value)
        }
        return d
      }
      if (iterable.type === rt.t.set || iterable.type === rt.t.frozenset) {
        dictResize(rt, d, estimateLog2Keysize(setSize(iterable)), false)
        for (let i = setNext(iterable, 0); i >= 0; i = setNext(iterable, i + 1)) {
          const k = setKeyAt(iterable, i)
          k.rc++
          value.rc++
          insertDict(rt, d, k, setHashAt(iterable, i), value)
        }
        return d
      }
    }
    const it = getIter(rt, iterable)
    try {
      let key: PyObject | null
      while ((key = iterNext(rt, it)) !== null) {
        try {
          if (d.type === rt.t.dict) dictSetItem(rt, d, key, value)
          else setItem(rt, d, key, value)
        } finally {
          decref(rt, key)
        }
      }
    } finally {
      decref(rt, it)
    }
    return d
  } catch (e) {
    decref(rt, d)
    throw e
  }
}

function dictClearMethod(rt: Runtime, self: PyObject): PyObject {
  dictClear(rt, self)
  return none(rt)
}

function dictCopyMethod(rt: Runtime, self: PyObject): PyObject {
  return dictCopy(rt, self)
}

function dictContainsMethod(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  const r = dictContains(rt, self, args[0]!) ? rt.True : rt.False
  r.rc++
  return r
}

function dictGetItemMethod(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  return dictSubscript(rt, self, args[0]!)
}

function dictSizeofMethod(rt: Runtime, self: PyObject): PyObject {
  return newInt(rt, dictSizeof(self))
}

/** Installs the slots and methods of dict. */
export function installDictMethods(rt: Runtime): void {
  const t = rt.t.dict
  t.length = dictLength
  t.getitem = dictSubscript
  t.setitem = dictAssSubscript
  t.contains = dictContainsSlot
  t.richcompare = dictRichCompare
  t.repr = dictRepr
  t.iter = dictIter
  t.hash = unhashable
  t.or = dictOr
  t.inplace.or = dictIor
  t.newObj = (rt, type) => dictNew(rt, type)
  t.init = dictInit
  defineMethods(rt, t, {
    keys: { kind: "noargs", fn: (rt, self) => dictKeysView(rt, self) },
    values: { kind: "noargs", fn: (rt, self) => dictValuesView(rt, self) },
    items: { kind: "noargs", fn: (rt, self) => dictItemsView(rt, self) },
    get: { kind: "fast", fn: dictGet },
    setdefault: { kind: "fast", fn: dictSetDefaultMethod },
    pop: { kind: "fast", fn: dictPop },
    popitem: { kind: "noargs", fn: dictPopItem },
    update: dictUpdate,
    fromkeys: { kind: "fast", fn: dictFromKeys, binding: "class" },
    clear: { kind: "noargs", fn: dictClearMethod },
    copy: { kind: "noargs", fn: dictCopyMethod },
    __contains__: { kind: "o", fn: dictContainsMethod },
    __getitem__: { kind: "o", fn: dictGetItemMethod },
    __sizeof__: { kind: "noargs", fn: dictSizeofMethod },
    __reversed__: { kind: "noargs", fn: (rt, self) => dictReversed(rt, self) },
  })
  void isAnySet
  void raise
}

/** For tests. */
export const __test = {
  dictSubscript,
  dictAssSubscript,
  dictRepr,
  dictRichCompare,
  dictOr,
  dictIor,
  dictNew,
  dictInit,
  dictPopItem,
}
