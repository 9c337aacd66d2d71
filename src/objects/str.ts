// str: Unicode strings.
//
// Representation. `o.v` is the JS string (UTF-16: a code point above U+FFFF
// takes two code units). `o.w` is a StrInfo with what CPython keeps in the
// object's state bits and what we must not recompute on every access: the
// kind, the length in code points, whether the JS form has surrogate pairs
// (then indexing needs the slow path), the cached hash, the interned flag.
//
// Layout in CPython 3.11 (compact strings), which fixes the block size:
//
//   ASCII (PyASCIIObject, 48 bytes)          other (PyCompactUnicodeObject, 72 bytes)
//   addr+0   ┌───────────────────┐          addr+0   ┌───────────────────┐
//            │ ob_refcnt         │                   │ ob_refcnt         │
//   addr+8   │ ob_type           │          addr+8   │ ob_type           │
//   addr+16  │ length            │          addr+16  │ length            │
//   addr+24  │ hash              │          addr+24  │ hash              │
//   addr+32  │ state (kind, …)   │          addr+32  │ state             │
//   addr+40  │ wstr              │          addr+40  │ wstr              │
//   addr+48  │ chars … '\0'      │          addr+48  │ utf8_length       │
//            └───────────────────┘          addr+56  │ utf8 (pointer)    │
//   size = 48 + len + 1                     addr+64  │ wstr_length       │
//                                           addr+72  │ data … (len+1)×kind│
//                                                    └───────────────────┘
//   kind 1: max code point <= U+00FF, kind 2: <= U+FFFF, kind 4: above.
//   'a' 50, 'é' 74, '€' 76, '😀' 80 bytes. A UTF-8 copy, once materialized by
//   the C API (PyUnicode_AsUTF8), is a separate block counted by getsizeof;
//   heapscope does not materialize it yet (noted in numbers-and-text.md).
//
// Singletons: '' and the 256 one-character strings U+0000..U+00FF are
// statically allocated (3.11). Which operations hand them out is not uniform,
// and it shows through `is`, id(), sys.getrefcount and tracemalloc:
//
//   newStr       '' -> the empty singleton, 'a' -> latin1['a']      (CPython's
//                unicode_result / get_latin1_char: indexing, slicing with step
//                1, strip, split, partition, chr, decode, translate,
//                expandtabs, `%` and str.format output built piece by piece,
//                format(x, spec) with a spec)
//   newStrFresh  '' -> the empty singleton, 'a' -> a NEW object        (CPython
//                builds the result with PyUnicode_New and returns it as is:
//                str/repr of an int, the case methods, replace, padding,
//                join of two or more items, f-string joins, extended slices,
//                copies of str subclass instances)
//
// The empty string is always the singleton: PyUnicode_New(0) returns it, so
// no CPython path makes a fresh ''. The rule of thumb: a result that CPython
// assembles in a buffer of the final size is fresh; one that goes through
// the generic "make a str from these characters" helpers is cached.
//
// Interning: rt.interned maps the JS string to the canonical object and owns
// no reference (3.11 interned strings are mortal: a dying interned string
// removes itself from the table).
//
// Gaps (documented in docs/internals/numbers-and-text.md): a Python string
// holding a lone surrogate followed by another lone surrogate that together
// form a valid UTF-16 pair cannot be told apart from the astral character.
//
// @cpython Objects/unicodeobject.c

import { assert } from "../util/assert.js"
import { isPrintableCp } from "../util/unicode.js"
import type { PyObject } from "./object.js"
import { installStrType } from "./str-methods.js"
import { allocObject, freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStaticObject } from "./static.js"
import type { PyHash, PyType } from "./type.js"
import { hashFromHalves, siphash13, strCanonicalBytes } from "./hash.js"
import { TypeFlags } from "./type.js"
import { newStaticType } from "./typeobject.js"

/** Metadata cached in a str object's `w`. */
export class StrInfo {
  /** Bytes per character in CPython's canonical form: 1, 2 or 4. */
  kind: number
  /** All code points < 128 (PyASCIIObject layout). */
  ascii: boolean
  /** len(): the number of code points. */
  length: number
  /** The JS string has no surrogate pair, so JS indices are code-point indices. */
  bmp: boolean
  /** Cached hash (a PyHash, see hash.ts), or -1 while not computed. */
  hash: number | bigint
  /** In rt.interned (SSTATE_INTERNED_MORTAL). */
  interned: boolean
  /** Address of the separately allocated character data of a subclass instance (non-compact), else 0. */
  dataAddr: number
  /**
   * The low and high 32 bits of `hash` as unsigned numbers, or -1 until the
   * containers first probe a table with this str (probe.ts): dict and set
   * lookups then need no BigInt work for str keys.
   */
  hashLo: number
  hashHi: number

  constructor(kind: number, ascii: boolean, length: number, bmp: boolean) {
    this.kind = kind
    this.ascii = ascii
    this.length = length
    this.bmp = bmp
    this.hash = -1
    this.interned = false
    this.hashLo = -1
    this.hashHi = -1
    this.dataAddr = 0
  }
}

/** sizeof(PyASCIIObject) and sizeof(PyCompactUnicodeObject). */
export const ASCII_HEADER = 48
export const COMPACT_HEADER = 72

/** Scans a JS string once: kind, ASCII-ness, code-point length, surrogate pairs. */
export function strInfoOf(s: string): StrInfo {
  const n = s.length
  let max = 0
  let i = 0
  // Fast path: BMP-only strings (no surrogate pair).
  for (; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c > max) max = c
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) break
    }
  }
  if (i === n) {
    const kind = max < 0x100 ? 1 : 2
    return new StrInfo(kind, max < 0x80, n, true)
  }
  // Slow path: count code points; the kind is 4.
  let len = i
  for (; i < n; i++, len++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
  }
  return new StrInfo(4, false, len, false)
}

/** The object size of a str with this metadata (its block size). */
export function strSize(info: StrInfo): number {
  return info.ascii
    ? ASCII_HEADER + info.length + 1
    : COMPACT_HEADER + (info.length + 1) * info.kind
}

/**
 * Returns a new reference to a str with the JS string `s`. '' and the
 * one-character Latin-1 strings give the cached singletons.
 */
export function newStr(rt: Runtime, s: string): PyObject {
  const n = s.length
  if (n <= 1) {
    if (n === 0) {
      const e = rt.emptyStr
      e.rc++
      return e
    }
    const c = s.charCodeAt(0)
    if (c < 256) {
      const o = rt.latin1[c]!
      o.rc++
      return o
    }
  }
  const info = strInfoOf(s)
  return allocObject(rt, rt.t.str, strSize(info), s, info)
}

/**
 * A new reference to a str with the JS string `s` that is a new object even
 * for one Latin-1 character (only '' stays the singleton): the results that
 * CPython builds with PyUnicode_New and does not pass through unicode_result
 * (see the table at the top of this file).
 */
export function newStrFresh(rt: Runtime, s: string): PyObject {
  if (s.length === 0) {
    const e = rt.emptyStr
    e.rc++
    return e
  }
  const info = strInfoOf(s)
  return allocObject(rt, rt.t.str, strSize(info), s, info)
}

/**
 * long_to_decimal_string's result: `s` is the decimal text of an int (ASCII
 * digits and maybe '-'), always a new object. The hot path of str(i): no
 * scan of the text and no singleton lookup.
 */
export function newStrDecimal(rt: Runtime, s: string): PyObject {
  const n = s.length
  return allocObject(rt, rt.t.str, ASCII_HEADER + n + 1, s, new StrInfo(1, true, n, true))
}

/**
 * unicode_result_unchanged: an operation that leaves the text as it is
 * returns an exact str itself, and an exact copy (_PyUnicode_Copy: a new
 * object, '' excepted) of a subclass instance.
 */
export function strUnchanged(rt: Runtime, o: PyObject): PyObject {
  if (o.type === rt.t.str) {
    o.rc++
    return o
  }
  return newStrFresh(rt, o.v as string)
}

/** Like newStr when the caller already knows the metadata (slices of known strings, joins). */
export function newStrWithInfo(rt: Runtime, s: string, info: StrInfo): PyObject {
  if (s.length <= 1) return newStr(rt, s)
  return allocObject(rt, rt.t.str, strSize(info), s, info)
}

/** The JS string of a str (or str subclass instance). Borrowed; no checks. */
export function strValue(o: PyObject): string {
  return o.v as string
}

/**
 * unicode_hash, computed once per str and cached in its StrInfo. A hash that
 * needs a bigint also leaves its 32-bit halves there, as SipHash made them,
 * so dict and set probes need no BigInt work for it (probe.ts).
 */
export function strHashCached(o: PyObject): PyHash {
  const info = o.w as StrInfo
  let h = info.hash as PyHash
  if (h !== -1) return h
  const data = strCanonicalBytes(o.v as string, info.kind, info.length)
  if (data.length === 0) h = 0
  else {
    const [hi, lo] = siphash13(data)
    h = hashFromHalves(hi, lo)
    if (typeof h === "bigint") {
      info.hashLo = lo >>> 0
      info.hashHi = hi >>> 0
    }
  }
  ;(info as { hash: PyHash }).hash = h
  return h
}

/** The metadata of a str. */
export function strInfo(o: PyObject): StrInfo {
  return o.w as StrInfo
}

/** len() of a str in code points. */
export function strLength(o: PyObject): number {
  return (o.w as StrInfo).length
}

/** PyUnicode_Check: str or a subclass. */
export function isStr(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.UNICODE_SUBCLASS) !== 0
}

/** PyUnicode_CheckExact. */
export function isStrExact(rt: Runtime, o: PyObject): boolean {
  return o.type === rt.t.str
}

/**
 * sys.intern / PyUnicode_InternFromString: returns a new reference to the
 * canonical interned str for `s`, creating and interning it if needed.
 */
export function intern(rt: Runtime, s: string): PyObject {
  const found = rt.interned.get(s)
  if (found !== undefined) {
    found.rc++
    return found
  }
  const o = newStr(rt, s)
  ;(o.w as StrInfo).interned = true
  rt.interned.set(s, o)
  return o
}

/**
 * PyUnicode_InternInPlace: steals `o` (an exact str) and returns a new
 * reference to the canonical object, which is `o` itself when `s` was not
 * interned yet.
 */
export function internInPlace(rt: Runtime, o: PyObject): PyObject {
  const s = o.v as string
  const found = rt.interned.get(s)
  if (found === o) return o
  if (found !== undefined) {
    found.rc++
    if (--o.rc === 0) o.type.dealloc!(rt, o)
    return found
  }
  if (o.type !== rt.t.str) return o // subclasses are never interned
  ;(o.w as StrInfo).interned = true
  rt.interned.set(s, o)
  return o
}

/** Whether `o` is an interned string. */
export function isInterned(o: PyObject): boolean {
  return (o.w as StrInfo).interned
}

function strDealloc(rt: Runtime, o: PyObject): void {
  const info = o.w as StrInfo
  if (info.interned) rt.interned.delete(o.v as string)
  if (info.dataAddr !== 0) {
    rt.heap.objFree(info.dataAddr)
    info.dataAddr = 0
  }
  freeObject(rt, o)
}

/**
 * Creates the str type and its singletons ('' and the 256 Latin-1
 * characters, all statically allocated and not in the interned table until
 * something interns them: sys.intern(str(5)) keeps the new str, as in 3.11),
 * and bool's two static reprs.
 */
export function initStrType(rt: Runtime): PyType {
  const flags = TypeFlags.BASETYPE | TypeFlags.UNICODE_SUBCLASS | TypeFlags.MATCH_SELF
  const t = newStaticType(rt, "str", rt.t.object, 80, 0, flags)
  t.dealloc = strDealloc
  t.isSequence = true
  rt.t.str = t
  installStrType(rt, t)
  const empty = strInfoOf("")
  rt.emptyStr = newStaticObject(rt, t, strSize(empty), "", empty)
  rt.latin1 = []
  for (let c = 0; c < 256; c++) {
    const s = String.fromCharCode(c)
    const info = strInfoOf(s)
    rt.latin1.push(newStaticObject(rt, t, strSize(info), s, info))
  }
  // bool's reprs are static identifier strings, not interned ones: repr(True)
  // is not sys.intern('True') (3.11 keeps its static strings out of the table).
  rt.boolReprs = ["False", "True"].map((s) => {
    const info = strInfoOf(s)
    return newStaticObject(rt, t, strSize(info), s, info)
  })
  return t
}

/**
 * repr() of a str value as a JS string: Python's quote choice (single quotes
 * unless the text has a single quote and no double quote) and escapes
 * (\\, the quote, \t \n \r, \xNN below U+0100, \uNNNN, \UNNNNNNNN for
 * characters that are not printable).
 * @cpython Objects/unicodeobject.c unicode_repr
 */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  let plain = 0 // start of the run of characters copied unchanged
  const n = s.length
  for (let i = 0; i < n; i++) {
    let cp = s.charCodeAt(i)
    let width = 1
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00)
        width = 2
      }
    }
    let esc: string | null = null
    if (cp < 0x7f && cp >= 0x20) {
      if (cp === 0x5c) esc = "\\\\"
      else if (cp === quote.charCodeAt(0)) esc = "\\" + quote
    } else if (cp === 9) esc = "\\t"
    else if (cp === 10) esc = "\\n"
    else if (cp === 13) esc = "\\r"
    else if (!isPrintableCp(cp)) {
      if (cp < 0x100) esc = "\\x" + cp.toString(16).padStart(2, "0")
      else if (cp < 0x10000) esc = "\\u" + cp.toString(16).padStart(4, "0")
      else esc = "\\U" + cp.toString(16).padStart(8, "0")
    }
    if (esc !== null) {
      out += s.slice(plain, i) + esc
      plain = i + width
    }
    i += width - 1
  }
  return out + s.slice(plain) + quote
}

/**
 * Checks the invariant of a str (tests and debug mode): its StrInfo matches
 * its text, and '' / one-character Latin-1 values of exact type str are the
 * singletons.
 */
export function checkStr(rt: Runtime, o: PyObject): void {
  const s = o.v as string
  const info = o.w as StrInfo
  const fresh = strInfoOf(s)
  assert(
    info.kind === fresh.kind &&
      info.ascii === fresh.ascii &&
      info.length === fresh.length &&
      info.bmp === fresh.bmp,
    `StrInfo of ${JSON.stringify(s.slice(0, 20))} does not match its text`,
  )
  if (o.type === rt.t.str && s.length === 0) assert(o === rt.emptyStr, "'' is not the singleton")
  if (o.type === rt.t.str && s.length === 1 && s.charCodeAt(0) < 256)
    assert(o === rt.latin1[s.charCodeAt(0)], "one-character Latin-1 str is not the singleton")
}
