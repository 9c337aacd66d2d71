// str's slots (hash, compare, len, s[i], s[a:b:c], `in`, +, *, %, iter) and
// methods, with CPython 3.11's argument rules and messages. The text
// algorithms live in str-text.ts, the codecs in codecs.ts, formatting in
// format*.ts.
//
// @cpython Objects/unicodeobject.c, Objects/clinic/unicodeobject.c.h

import { inSet, UNI } from "../util/unicode.js"
import {
  call,
  getItem,
  getIter,
  index,
  isPyError,
  iterNext,
  setItem,
  str as pyStr,
} from "./abstract.js"
import { bytesValue, isBytes } from "./bytes.js"
import { decodeBytes, encodeStr } from "./codecs.js"
import {
  checkPositional,
  defineMethods,
  noKeywords,
  parseArgs,
  positionalCount,
  type ArgSpec,
  type MethodImpl,
} from "./descr.js"
import { raise, typeError, valueError } from "./errors.js"
import { formatStrSpec } from "./format.js"
import { strFormat, strFormatMap } from "./format-fields.js"
import { percentFormatStr } from "./format-percent.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { guarded, guardTable } from "./memguard.js"
import { compareResult, newBool, newInt, type IntValue } from "./int.js"
import { genericGetattroOf } from "./static.js"
import type { PyObject } from "./object.js"
import { allocObject, decref, freeObject, noMemory } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { isSlice, sliceAdjust } from "./slice.js"
import {
  isStr,
  newStr,
  newStrFresh,
  newStrWithInfo,
  StrInfo,
  strUnchanged,
  strHashCached,
  strInfo,
  strInfoOf,
  strRepr,
  strSize,
  strValue,
} from "./str.js"
import {
  allIn,
  capitalize,
  caseFold,
  codePoints,
  countSub,
  cpToJs,
  expandTabs,
  isIdentifier,
  isLowerText,
  isTitleText,
  isUpperText,
  jsToCp,
  replaceSub,
  rsplitSep,
  rsplitWhitespace,
  splitLines,
  splitSep,
  splitWhitespace,
  stripChars,
  swapCase,
  titleCase,
} from "./str-text.js"
import { isTuple, newTuple, tupleItems } from "./tuple.js"
import { newList, newListPreallocated, splitPrealloc } from "./list.js"
import { CompareOp, TypeFlags, type PyHash, type PyType } from "./type.js"
import { newStaticType } from "./typeobject.js"

const PY_SSIZE_T_MAX = 2 ** 63 - 1

function notImplemented(rt: Runtime): PyObject {
  rt.NotImplemented.rc++
  return rt.NotImplemented
}

// --- slots ---------------------------------------------------------------------------

/** unicode_hash: computed once and cached in the StrInfo. */
export function strHash(_rt: Runtime, o: PyObject): PyHash {
  return strHashCached(o)
}

/** Compares two JS strings by code points (JS compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string, aBmp: boolean, bBmp: boolean): number {
  if (a === b) return 0
  if (aBmp && bBmp) return a < b ? -1 : 1
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) {
      // Surrogates (U+D800..U+DFFF in UTF-16) stand for code points above every BMP character.
      const xs = x >= 0xd800 && x <= 0xdfff
      const ys = y >= 0xd800 && y <= 0xdfff
      if (xs !== ys) return xs ? (y >= 0xe000 ? 1 : 1) : -1
      return x < y ? -1 : 1
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0
}

function strRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!isStr(b)) return notImplemented(rt)
  const x = a.v as string
  const y = b.v as string
  if (op === CompareOp.EQ) return newBool(rt, x === y)
  if (op === CompareOp.NE) return newBool(rt, x !== y)
  const c = compareCodePoints(x, y, (a.w as StrInfo).bmp, (b.w as StrInfo).bmp)
  return newBool(rt, compareResult(c, op))
}

/** A str built from part of `o`'s text: the metadata is recomputed (kind may shrink). */
function sub(rt: Runtime, s: string): PyObject {
  return newStr(rt, s)
}

function strItem(rt: Runtime, o: PyObject, i: number): PyObject {
  const info = o.w as StrInfo
  const n = info.length
  if (i < 0) i += n
  if (i < 0 || i >= n) return raise(rt, rt.t.IndexError, "string index out of range")
  const s = o.v as string
  if (info.bmp) return newStr(rt, s[i]!)
  const j = cpToJs(s, false, i)
  return newStr(rt, String.fromCodePoint(s.codePointAt(j)!))
}

function strSubscript(rt: Runtime, o: PyObject, key: PyObject): PyObject {
  if ((key.type.flags & TypeFlags.LONG_SUBCLASS) !== 0 || key.type.index !== null) {
    const ix = index(rt, key)
    const v = ix.v as IntValue
    decref(rt, ix)
    if (typeof v !== "number")
      return raise(rt, rt.t.IndexError, "cannot fit 'int' into an index-sized integer")
    return strItem(rt, o, v)
  }
  if (isSlice(rt, key)) {
    const info = o.w as StrInfo
    const { start, step, length } = sliceAdjust(rt, key, info.length)
    const s = o.v as string
    if (length <= 0) return newStr(rt, "")
    if (step === 1) {
      if (length === info.length) return strUnchanged(rt, o)
      if (info.bmp) return sub(rt, s.slice(start, start + length))
      const a = cpToJs(s, false, start)
      return sub(rt, s.slice(a, cpToJs(s, false, start + length)))
    }
    // An extended slice is gathered into a new str of its final size: a new
    // object even for one character ('ab'[::2] is not the cached 'a').
    const cps = info.bmp ? null : codePoints(s)
    let out = ""
    for (let k = 0, i = start; k < length; k++, i += step) out += cps === null ? s[i] : cps[i]
    return newStrFresh(rt, out)
  }
  return typeError(rt, `string indices must be integers, not '${key.type.name}'`)
}

function strContains(rt: Runtime, o: PyObject, item: PyObject): boolean {
  if (!isStr(item))
    return typeError(rt, `'in <string>' requires string as left operand, not ${item.type.name}`)
  return (o.v as string).includes(item.v as string)
}

function strConcat(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isStr(a) || !isStr(b)) {
    const other = isStr(a) ? b : a
    return typeError(rt, `can only concatenate str (not "${other.type.name}") to str`)
  }
  const x = a.v as string
  const y = b.v as string
  // The shortcuts test for the empty singleton itself (an empty subclass
  // instance takes the general path), and give the other operand unchanged.
  if (b === rt.emptyStr) return strUnchanged(rt, a)
  if (a === rt.emptyStr) return strUnchanged(rt, b)
  const ia = a.w as StrInfo
  const ib = b.w as StrInfo
  const s = x + y
  // The general path fills a new str: '' + S('a') is a new 'a'.
  if (s.length <= 1) return newStrFresh(rt, s)
  // A pair split across the two halves would change the code-point count: rescan then.
  if (ia.kind >= 2 && ib.kind >= 2) {
    const hi = x.charCodeAt(x.length - 1)
    const lo = y.charCodeAt(0)
    if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) return newStr(rt, s)
  }
  const info = new StrInfo(
    Math.max(ia.kind, ib.kind),
    ia.ascii && ib.ascii,
    ia.length + ib.length,
    ia.bmp && ib.bmp,
  )
  return newStrWithInfo(rt, s, info)
}

/** Largest str length heapscope builds (V8's string limit is about 2^29 units). */
const MAX_STR = 2 ** 29 - 24

function strRepeat(rt: Runtime, o: PyObject, n: number): PyObject {
  const s = o.v as string
  if (n <= 0 || s.length === 0) return newStr(rt, "")
  if (n === 1) return strUnchanged(rt, o)
  if (s.length * n > PY_SSIZE_T_MAX)
    return raise(rt, rt.t.OverflowError, "repeated string is too long")
  if (s.length * n > MAX_STR) return raise(rt, rt.t.MemoryError, null)
  const info = o.w as StrInfo
  return newStrWithInfo(
    rt,
    s.repeat(n),
    new StrInfo(info.kind, info.ascii, info.length * n, info.bmp),
  )
}

function strMod(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isStr(a)) return notImplemented(rt)
  return percentFormatStr(rt, a, b)
}

/** str.__str__: the exact str itself, or an exact copy (a new object) of a subclass instance. */
function strStr(rt: Runtime, o: PyObject): PyObject {
  return strUnchanged(rt, o)
}

// --- iterator ------------------------------------------------------------------------

function strIter(rt: Runtime, o: PyObject): PyObject {
  const type = (o.w as StrInfo).ascii ? rt.t.str_ascii_iterator! : rt.t.str_iterator!
  const it = allocObject(rt, type, 32, o, 0)
  o.rc++
  gcTrack(rt, it)
  return it
}

function strIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const o = it.v as PyObject | null
  if (o === null) return null
  const s = o.v as string
  const j = it.w as number
  if (j < s.length) {
    const c = s.charCodeAt(j)
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < s.length) {
      const d = s.charCodeAt(j + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        it.w = j + 2
        return newStr(rt, s.slice(j, j + 2))
      }
    }
    it.w = j + 1
    return newStr(rt, s[j]!)
  }
  it.v = null
  decref(rt, o)
  return null
}

function strIterDealloc(rt: Runtime, it: PyObject): void {
  gcUntrack(rt, it)
  const o = it.v as PyObject | null
  it.v = null
  if (o !== null) decref(rt, o)
  freeObject(rt, it)
}

// --- argument helpers ----------------------------------------------------------------------

/** Positional-only arguments with CPython's count messages ("strip expected at most 1 argument, got 2"). */
function pos(
  rt: Runtime,
  fname: string,
  args: PyObject[],
  kwnames: PyObject | null,
  min: number,
  max: number,
): PyObject[] {
  noKeywords(rt, fname, kwnames)
  checkPositional(rt, fname, positionalCount(args, kwnames), min, max)
  return args
}

function strArg(rt: Runtime, o: PyObject, msg: string): string {
  if (!isStr(o)) return typeError(rt, `${msg}, not ${o.type.name}`)
  return o.v as string
}

function intArg(rt: Runtime, o: PyObject): number {
  const i = index(rt, o)
  const v = i.v as IntValue
  decref(rt, i)
  if (typeof v !== "number")
    return raise(rt, rt.t.OverflowError, "Python int too large to convert to C ssize_t")
  return v
}

/**
 * The code-point range [start, end) of `s[start:end]` for find/count/
 * startswith (CPython's ADJUST_INDICES: negatives count from the end,
 * clamped at 0; end clamped at len). start may exceed len.
 */
function adjust(
  rt: Runtime,
  o: PyObject,
  startArg?: PyObject,
  endArg?: PyObject,
): [number, number] {
  const n = (o.w as StrInfo).length
  let start = startArg === undefined || startArg === rt.None ? 0 : intArg(rt, startArg)
  let end = endArg === undefined || endArg === rt.None ? n : intArg(rt, endArg)
  if (end > n) end = n
  else if (end < 0) end = Math.max(0, end + n)
  if (start < 0) start = Math.max(0, start + n)
  return [start, end]
}

/** The JS text of code points [start, end) of `o` (start <= end <= len). */
function cpSlice(o: PyObject, start: number, end: number): string {
  const s = o.v as string
  const info = o.w as StrInfo
  if (info.bmp) return s.slice(start, end)
  return s.slice(cpToJs(s, false, start), cpToJs(s, false, end))
}

/**
 * The list of `parts` of `self` as CPython's split family builds it (`prealloc` slots
 * first). When the split found nothing to cut, an exact str is its own only item
 * (`whole`: the caller's split can return self).
 */
function newStrList(
  rt: Runtime,
  self: PyObject,
  parts: string[],
  prealloc: number,
  whole = true,
): PyObject {
  const own = whole && parts.length === 1 && self.type === rt.t.str && parts[0] === self.v
  return newListPreallocated(
    rt,
    own ? [(self.rc++, self)] : parts.map((p) => newStr(rt, p)),
    prealloc,
  )
}

// --- find family --------------------------------------------------------------------------

function findImpl(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  name: string,
  reverse: boolean,
  raiseIfMissing: boolean,
): PyObject {
  const a = pos(rt, name, args, kwnames, 1, 3)
  const needleObj = a[0]!
  const needle = strArg(rt, needleObj, "must be str")
  const [start, end] = adjust(rt, self, a[1], a[2])
  let r = -1
  if (end - start >= (needleObj.w as StrInfo).length) {
    const hay = cpSlice(self, start, end)
    const k = reverse ? hay.lastIndexOf(needle) : hay.indexOf(needle)
    if (k >= 0) r = start + jsToCp(hay, (self.w as StrInfo).bmp, k)
  }
  if (r < 0 && raiseIfMissing) return valueError(rt, "substring not found")
  return newInt(rt, r)
}

function strCount(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const a = pos(rt, "count", args, kwnames, 1, 3)
  const needle = strArg(rt, a[0]!, "must be str")
  const [start, end] = adjust(rt, self, a[1], a[2])
  if (end - start < (a[0]!.w as StrInfo).length) return newInt(rt, 0)
  return newInt(rt, countSub(cpSlice(self, start, end), needle, end - start))
}

function startsEnds(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  name: string,
): PyObject {
  const a = pos(rt, name, args, kwnames, 1, 3)
  const [start, end] = adjust(rt, self, a[1], a[2])
  const test = (p: PyObject): boolean => {
    const plen = (p.w as StrInfo).length
    if (end - plen < start) return false
    const hay = cpSlice(self, start, end)
    return name === "startswith" ? hay.startsWith(p.v as string) : hay.endsWith(p.v as string)
  }
  const x = a[0]!
  if (isTuple(x)) {
    for (const item of tupleItems(x)) {
      if (!isStr(item))
        return typeError(rt, `tuple for ${name} must only contain str, not ${item.type.name}`)
      if (test(item)) return newBool(rt, true)
    }
    return newBool(rt, false)
  }
  if (!isStr(x))
    return typeError(rt, `${name} first arg must be str or a tuple of str, not ${x.type.name}`)
  return newBool(rt, test(x))
}

// --- split / join / strip ----------------------------------------------------------------

const SPLIT_SPEC: ArgSpec = { fname: "split", names: ["sep", "maxsplit"], required: 0 }
const RSPLIT_SPEC: ArgSpec = { fname: "rsplit", names: ["sep", "maxsplit"], required: 0 }

function splitImpl(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  right: boolean,
): PyObject {
  const [sepObj, maxObj] = parseArgs(rt, right ? RSPLIT_SPEC : SPLIT_SPEC, args, kwnames)
  const maxsplit = maxObj === null ? -1 : intArg(rt, maxObj)
  const s = self.v as string
  if (sepObj === null || sepObj === rt.None) {
    // With maxsplit 0 the whole text is copied as "the rest", never self.
    const parts = right ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit)
    return newStrList(rt, self, parts, splitPrealloc(maxsplit), maxsplit !== 0)
  }
  if (!isStr(sepObj)) return typeError(rt, `must be str or None, not ${sepObj.type.name}`)
  const sep = sepObj.v as string
  if (sep.length === 0) return valueError(rt, "empty separator")
  // Shorter than the separator: a list of self itself (PyList_New(1)), a subclass instance included.
  if ((self.w as StrInfo).length < (sepObj.w as StrInfo).length) {
    self.rc++
    return newList(rt, [self])
  }
  const parts = right ? rsplitSep(s, sep, maxsplit) : splitSep(s, sep, maxsplit)
  return newStrList(rt, self, parts, splitPrealloc(maxsplit))
}

/** str.join(iterable): every item must be a str. */
export function strJoin(rt: Runtime, self: PyObject, iterable: PyObject): PyObject {
  let it: PyObject
  try {
    it = getIter(rt, iterable)
  } catch (e) {
    if (isPyError(e, rt.t.TypeError)) {
      decref(rt, e as PyObject)
      return typeError(rt, "can only join an iterable")
    }
    throw e
  }
  const parts: string[] = []
  let only: PyObject | null = null
  try {
    let item: PyObject | null
    let i = 0
    while ((item = iterNext(rt, it)) !== null) {
      if (!isStr(item)) {
        const name = item.type.name
        decref(rt, item)
        return typeError(rt, `sequence item ${i}: expected str instance, ${name} found`)
      }
      parts.push(item.v as string)
      if (i === 0 && item.type === rt.t.str) only = item
      else decref(rt, item)
      if (i === 1 && only !== null) {
        decref(rt, only)
        only = null
      }
      i++
    }
    // A single exact str item is returned as is (CPython's join does the same).
    if (parts.length === 1 && only !== null) {
      const r = only
      only = null
      return r
    }
  } finally {
    if (only !== null) decref(rt, only)
    decref(rt, it)
  }
  // Two or more items (or one subclass item) fill a new str of the final size.
  return newStrFresh(rt, parts.join(self.v as string))
}

function stripImpl(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  name: string,
  left: boolean,
  right: boolean,
): PyObject {
  const a = pos(rt, name, args, kwnames, 0, 1)
  let chars: string | null = null
  if (a.length > 0 && a[0] !== rt.None) {
    if (!isStr(a[0]!)) return typeError(rt, `${name} arg must be None or str`)
    chars = a[0]!.v as string
  }
  const s = self.v as string
  const r = stripChars(s, chars, left, right)
  if (r.length === s.length) return strUnchanged(rt, self)
  return newStr(rt, r)
}

function partitionImpl(rt: Runtime, self: PyObject, sepObj: PyObject, right: boolean): PyObject {
  const sep = strArg(rt, sepObj, "must be str")
  if (sep.length === 0) return valueError(rt, "empty separator")
  const s = self.v as string
  const i = right ? s.lastIndexOf(sep) : s.indexOf(sep)
  // The tuple holds self and the separator themselves, subclass instances
  // included (stringlib's partition packs the argument objects).
  const selfRef = () => {
    self.rc++
    return self
  }
  if (i < 0) {
    return right
      ? newTuple(rt, [newStr(rt, ""), newStr(rt, ""), selfRef()])
      : newTuple(rt, [selfRef(), newStr(rt, ""), newStr(rt, "")])
  }
  sepObj.rc++
  return newTuple(rt, [newStr(rt, s.slice(0, i)), sepObj, newStr(rt, s.slice(i + sep.length))])
}

// --- padding ------------------------------------------------------------------------------

function padImpl(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
  name: string,
): PyObject {
  const a = pos(rt, name, args, kwnames, 1, 2)
  const width = intArg(rt, a[0]!)
  let fill = " "
  if (a.length > 1) {
    const f = a[1]!
    if (!isStr(f)) return typeError(rt, `${name}() argument 2 must be str, not ${f.type.name}`)
    if ((f.w as StrInfo).length !== 1)
      return typeError(rt, "The fill character must be exactly one character long")
    fill = f.v as string
  }
  const s = self.v as string
  const n = (self.w as StrInfo).length
  if (width <= n) return strUnchanged(rt, self)
  // Padding fills a new str of the final size: ''.ljust(1) is a new ' '.
  const pad = width - n
  if (name === "ljust") return newStrFresh(rt, s + fill.repeat(pad))
  if (name === "rjust") return newStrFresh(rt, fill.repeat(pad) + s)
  // center: CPython puts the odd extra space on the left when both the padding and the width are odd.
  const left = Math.floor(pad / 2) + (pad & width & 1)
  return newStrFresh(rt, fill.repeat(left) + s + fill.repeat(pad - left))
}

function zfill(rt: Runtime, self: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const a = pos(rt, "zfill", args, kwnames, 1, 1)
  const width = intArg(rt, a[0]!)
  const s = self.v as string
  const n = (self.w as StrInfo).length
  if (width <= n) return strUnchanged(rt, self)
  const zeros = "0".repeat(width - n)
  if (s[0] === "+" || s[0] === "-") return newStrFresh(rt, s[0] + zeros + s.slice(1))
  return newStrFresh(rt, zeros + s)
}

// --- translate / maketrans ------------------------------------------------------------------

function maketrans(
  rt: Runtime,
  _self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  noKeywords(rt, "maketrans", kwnames)
  checkPositional(rt, "maketrans", args.length, 1, 3)
  const d = call(rt, rt.t.dict, [], null)
  try {
    if (args.length === 1) {
      const x = args[0]!
      if (x.type !== rt.t.dict && !x.type.mro.includes(rt.t.dict))
        return typeError(rt, "if you give only one argument to maketrans it must be a dict")
      // Keys that are one-character strs become their code points.
      const it = getIter(rt, x)
      try {
        let k: PyObject | null
        while ((k = iterNext(rt, it)) !== null) {
          const v = getItem(rt, x, k)
          let key: PyObject
          if (isStr(k)) {
            if ((k.w as StrInfo).length !== 1) {
              decref(rt, k)
              decref(rt, v)
              return valueError(rt, "string keys in translate table must be of length 1")
            }
            key = newInt(rt, (k.v as string).codePointAt(0)!)
          } else if ((k.type.flags & TypeFlags.LONG_SUBCLASS) !== 0) {
            key = k
            k.rc++
          } else {
            decref(rt, k)
            decref(rt, v)
            return typeError(rt, "keys in translate table must be strings or integers")
          }
          decref(rt, k)
          setItem(rt, d, key, v)
          decref(rt, key)
          decref(rt, v)
        }
      } finally {
        decref(rt, it)
      }
    } else {
      const x = strArg(rt, args[0]!, "maketrans() argument 1 must be str")
      const y = strArg(rt, args[1]!, "maketrans() argument 2 must be str")
      const xs = codePoints(x)
      const ys = codePoints(y)
      if (xs.length !== ys.length)
        return valueError(rt, "the first two maketrans arguments must have equal length")
      for (let i = 0; i < xs.length; i++) {
        const k = newInt(rt, xs[i]!.codePointAt(0)!)
        const v = newInt(rt, ys[i]!.codePointAt(0)!)
        setItem(rt, d, k, v)
        decref(rt, k)
        decref(rt, v)
      }
      if (args.length === 3) {
        const z = strArg(rt, args[2]!, "maketrans() argument 3 must be str")
        for (const ch of z) {
          const k = newInt(rt, ch.codePointAt(0)!)
          setItem(rt, d, k, rt.None)
          decref(rt, k)
        }
      }
    }
  } catch (e) {
    decref(rt, d)
    throw e
  }
  return d
}

function translate(rt: Runtime, self: PyObject, table: PyObject): PyObject {
  let out = ""
  for (const ch of self.v as string) {
    const key = newInt(rt, ch.codePointAt(0)!)
    let v: PyObject
    try {
      v = getItem(rt, table, key)
    } catch (e) {
      if (isPyError(e, rt.t.LookupError)) {
        decref(rt, e as PyObject)
        out += ch
        continue
      }
      throw e
    } finally {
      decref(rt, key)
    }
    if (v === rt.None) {
      decref(rt, v)
      continue
    }
    if (isStr(v)) out += v.v as string
    else if ((v.type.flags & TypeFlags.LONG_SUBCLASS) !== 0) {
      const c = v.v as IntValue
      if (typeof c !== "number" || c < 0 || c > 0x10ffff) {
        decref(rt, v)
        return valueError(rt, "character mapping must be in range(0x110000)")
      }
      out += String.fromCodePoint(c)
    } else {
      const name = v.type.name
      decref(rt, v)
      return typeError(rt, `character mapping must return integer, None or str, not ${name}`)
    }
    decref(rt, v)
  }
  return newStr(rt, out)
}

// --- str() ----------------------------------------------------------------------------------

const STR_NEW_SPEC: ArgSpec = { fname: "str", names: ["object", "encoding", "errors"], required: 0 }

function strNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [obj, encoding, errors] = parseArgs(rt, STR_NEW_SPEC, args, kwnames)
  let result: PyObject
  if (obj === null) result = newStr(rt, "")
  else if (encoding === null && errors === null) result = pyStr(rt, obj)
  else {
    let data: Uint8Array
    if (isBytes(obj)) data = bytesValue(obj)
    else if (obj.type === rt.t.bytearray)
      data = (obj.v as Uint8Array).subarray(0, obj.w.size as number)
    else if (isStr(obj)) return typeError(rt, "decoding str is not supported")
    else return typeError(rt, `decoding to str: need a bytes-like object, ${obj.type.name} found`)
    const enc =
      encoding === null ? "utf-8" : strArg(rt, encoding, "str() argument 'encoding' must be str")
    const err =
      errors === null ? "strict" : strArg(rt, errors, "str() argument 'errors' must be str")
    result = newStr(rt, decodeBytes(rt, data, enc, err))
  }
  if (type === rt.t.str) return result
  const s = result.v as string
  decref(rt, result)
  const info = strInfoOf(s)
  // A subclass instance is a legacy (non-compact) PyUnicodeObject: the object
  // (type.basicsize, 80 for str itself) plus a separately allocated data block.
  const o = allocObject(rt, type, type.basicsize, s, info)
  const data = rt.heap.objMalloc((info.length + 1) * info.kind)
  if (data === 0) {
    decref(rt, o)
    return noMemory(rt)
  }
  info.dataAddr = data
  return o
}

// --- installation -----------------------------------------------------------------------------

const noargs = (fn: (rt: Runtime, self: PyObject) => PyObject) => ({ kind: "noargs" as const, fn })
/** The case methods: CPython writes the mapped text into a new str, even one unchanged character. */
const textMap = (f: (s: string) => string) =>
  noargs((rt, self) => newStrFresh(rt, f(self.v as string)))
const predicate = (f: (s: string) => boolean) =>
  noargs((rt, self) => newBool(rt, f(self.v as string)))

/** Installs str's slots and methods, and creates its iterator types (bootstrap). */
export function installStrType(rt: Runtime, t: PyType): void {
  t.repr = (rt, o) => newStr(rt, strRepr(o.v as string))
  t.getattro = genericGetattroOf(rt) // tp_getattro set explicitly (static.ts)
  t.str = strStr
  t.hash = strHash
  t.richcompare = strRichCompare
  t.length = (_rt, o) => (o.w as StrInfo).length
  t.getitem = strSubscript
  t.contains = strContains
  t.sqConcat = guarded(strConcat)
  t.sqRepeat = guarded(strRepeat)
  t.remainder = guarded(strMod)
  t.iter = strIter
  t.newObj = strNew
  for (const name of ["str_ascii_iterator", "str_iterator"]) {
    const it = newStaticType(rt, name, null, 32, 0, TypeFlags.HAVE_GC)
    it.dealloc = strIterDealloc
    it.traverse = (o, visit) => {
      if (o.v !== null) visit(o.v as PyObject)
    }
    it.iter = (_rt, o) => {
      o.rc++
      return o
    }
    it.iternext = strIterNext
    it.getattro = genericGetattroOf(rt) // tp_getattro set explicitly (static.ts)
    rt.t[name] = it
    defineMethods(rt, it, {
      __setstate__: {
        kind: "o",
        fn: (rt, o, args) => {
          const str = o.v as PyObject | null
          if (str !== null) {
            // The state is a code-point index, clamped to the string.
            const info = str.w as StrInfo
            const n = Math.min(Math.max(intArg(rt, args[0]!), 0), info.length)
            o.w = cpToJs(str.v as string, info.bmp, n)
          }
          rt.None.rc++
          return rt.None
        },
      },
      __length_hint__: {
        kind: "noargs",
        fn: (rt, o) => {
          const str = o.v as PyObject | null
          if (str === null) return newInt(rt, 0)
          // The position is a JS index: count the code points left.
          const s = str.v as string
          const info = str.w as StrInfo
          const done = jsToCp(s, info.bmp, o.w as number)
          return newInt(rt, info.length - done)
        },
      },
    })
  }
  const methods: Record<
    string,
    MethodImpl | { kind?: "noargs" | "o"; fn: MethodImpl; binding?: "static" }
  > = {
    find: (rt, self, args, kw) => findImpl(rt, self, args, kw, "find", false, false),
    rfind: (rt, self, args, kw) => findImpl(rt, self, args, kw, "rfind", true, false),
    index: (rt, self, args, kw) => findImpl(rt, self, args, kw, "index", false, true),
    rindex: (rt, self, args, kw) => findImpl(rt, self, args, kw, "rindex", true, true),
    count: strCount,
    startswith: (rt, self, args, kw) => startsEnds(rt, self, args, kw, "startswith"),
    endswith: (rt, self, args, kw) => startsEnds(rt, self, args, kw, "endswith"),
    split: (rt, self, args, kw) => splitImpl(rt, self, args, kw, false),
    rsplit: (rt, self, args, kw) => splitImpl(rt, self, args, kw, true),
    splitlines: (rt, self, args, kw) => {
      const [ke] = parseArgs(
        rt,
        { fname: "splitlines", names: ["keepends"], required: 0 },
        args,
        kw,
      )
      const keep = ke !== null && intArg(rt, ke) !== 0
      return newStrList(rt, self, splitLines(self.v as string, keep), 0)
    },
    join: { kind: "o", fn: (rt, self, args) => strJoin(rt, self, args[0]!) },
    strip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, "strip", true, true),
    lstrip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, "lstrip", true, false),
    rstrip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, "rstrip", false, true),
    partition: { kind: "o", fn: (rt, self, args) => partitionImpl(rt, self, args[0]!, false) },
    rpartition: { kind: "o", fn: (rt, self, args) => partitionImpl(rt, self, args[0]!, true) },
    replace: (rt, self, args, kw) => {
      const a = pos(rt, "replace", args, kw, 2, 3)
      const old = strArg(rt, a[0]!, "replace() argument 1 must be str")
      const rep = strArg(rt, a[1]!, "replace() argument 2 must be str")
      const count = a.length > 2 ? intArg(rt, a[2]!) : -1
      const s = self.v as string
      // Nothing to replace: self unchanged (count 0, the same object twice,
      // '' by '', or no occurrence). Otherwise the result fills a new str,
      // a new object even for one character ('b'.replace('b', 'a')).
      if (
        count === 0 ||
        a[0] === a[1] ||
        (old.length === 0 && rep.length === 0) ||
        (old.length > 0 && !s.includes(old))
      )
        return strUnchanged(rt, self)
      return newStrFresh(rt, replaceSub(s, old, rep, count))
    },
    removeprefix: {
      kind: "o",
      fn: (rt, self, args) => {
        const p = strArg(rt, args[0]!, "removeprefix() argument must be str")
        const s = self.v as string
        if (p.length === 0 || !s.startsWith(p)) return strUnchanged(rt, self)
        return newStr(rt, s.slice(p.length))
      },
    },
    removesuffix: {
      kind: "o",
      fn: (rt, self, args) => {
        const p = strArg(rt, args[0]!, "removesuffix() argument must be str")
        const s = self.v as string
        if (p.length === 0 || !s.endsWith(p)) return strUnchanged(rt, self)
        return newStr(rt, s.slice(0, s.length - p.length))
      },
    },
    upper: textMap((s) => s.toUpperCase()),
    lower: textMap((s) => s.toLowerCase()),
    casefold: textMap(caseFold),
    title: textMap(titleCase),
    capitalize: textMap(capitalize),
    swapcase: textMap(swapCase),
    center: (rt, self, args, kw) => padImpl(rt, self, args, kw, "center"),
    ljust: (rt, self, args, kw) => padImpl(rt, self, args, kw, "ljust"),
    rjust: (rt, self, args, kw) => padImpl(rt, self, args, kw, "rjust"),
    zfill,
    expandtabs: (rt, self, args, kw) => {
      const [ts] = parseArgs(rt, { fname: "expandtabs", names: ["tabsize"], required: 0 }, args, kw)
      const tabsize = ts === null ? 8 : intArg(rt, ts)
      const s = self.v as string
      if (!s.includes("\t")) return strUnchanged(rt, self)
      return newStr(rt, expandTabs(s, tabsize))
    },
    isascii: noargs((rt, self) => newBool(rt, (self.w as StrInfo).ascii)),
    isalpha: predicate((s) => allIn(s, UNI.alpha)),
    isdecimal: predicate((s) => allIn(s, UNI.decimal)),
    isdigit: predicate((s) => allIn(s, UNI.digit)),
    isnumeric: predicate((s) => allIn(s, UNI.numeric)),
    isalnum: predicate((s) => {
      if (s.length === 0) return false
      for (const ch of s) {
        const cp = ch.codePointAt(0)!
        if (!inSet(UNI.alpha, cp) && !inSet(UNI.numeric, cp)) return false
      }
      return true
    }),
    isspace: predicate((s) => allIn(s, UNI.space)),
    isprintable: predicate((s) => s.length === 0 || allIn(s, UNI.printable)),
    isidentifier: predicate(isIdentifier),
    islower: predicate(isLowerText),
    isupper: predicate(isUpperText),
    istitle: predicate(isTitleText),
    encode: (rt, self, args, kw) => {
      const [enc, err] = parseArgs(
        rt,
        { fname: "encode", names: ["encoding", "errors"], required: 0 },
        args,
        kw,
      )
      const e = enc === null ? "utf-8" : strArg(rt, enc, "encode() argument 'encoding' must be str")
      const r = err === null ? "strict" : strArg(rt, err, "encode() argument 'errors' must be str")
      return encodeStr(rt, self.v as string, e, r)
    },
    translate: { kind: "o", fn: (rt, self, args) => translate(rt, self, args[0]!) },
    maketrans: { fn: maketrans, binding: "static" },
    format: (rt, self, args, kw) => strFormat(rt, self, args, kw),
    format_map: { kind: "o", fn: (rt, self, args) => strFormatMap(rt, self, args[0]!) },
    __format__: {
      kind: "o",
      fn: (rt, self, args) => {
        const spec = strArg(rt, args[0]!, "__format__() argument must be str")
        // No spec: str(self). A spec that changes nothing (no padding, no
        // cut) writes self as it is, a subclass instance included.
        if (spec === "") return strUnchanged(rt, self)
        const s = strValue(self)
        const r = formatStrSpec(rt, s, spec)
        if (r === s && s !== "") {
          self.rc++
          return self
        }
        return newStr(rt, r)
      },
    },
    __sizeof__: noargs((rt, self) => {
      const info = strInfo(self)
      // Compact strs: header + data; subclass instances: sizeof(PyUnicodeObject) + data.
      return newInt(rt, info.dataAddr === 0 ? strSize(info) : 80 + (info.length + 1) * info.kind)
    }),
    // _PyUnicode_Copy, for an exact str too.
    __getnewargs__: noargs((rt, self) => newTuple(rt, [newStrFresh(rt, self.v as string)])),
  }
  defineMethods(rt, t, guardTable(methods))
}
