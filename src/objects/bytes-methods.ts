// The slots and methods of bytes and bytearray (one implementation: the
// methods read a Uint8Array and build the result with the receiver's type).
// Searching works on Latin-1 JS strings (one unit per byte), so the string
// algorithms of str-text.ts apply unchanged; whitespace and case are ASCII only.
//
// @cpython Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/bytes_methods.c

import {
  call,
  getIter,
  hashNotImplemented,
  index,
  isPyError,
  iterNext,
  lookupSpecial,
} from "./abstract.js"
import { ByteArrayState, bytearrayResize, bytearrayView, newBytearray } from "./bytearray.js"
import { bytesRepr, bytesValue, isBytes, newBytes } from "./bytes.js"
import { decodeBytes, encodeStr } from "./codecs.js"
import {
  checkPositional,
  defineAttr,
  defineMethods,
  noKeywords,
  parseArgs,
  positionalCount,
  type MethodDef,
  type MethodImpl,
} from "./descr.js"
import { raise, typeError, valueError } from "./errors.js"
import { percentFormatBytes } from "./format-percent.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { guarded, guardTable } from "./memguard.js"
import { hashBytes } from "./hash.js"
import { compareResult, type IntValue, newBool, newInt } from "./int.js"
import { newListPreallocated, splitPrealloc } from "./list.js"
import { genericGetattroOf } from "./static.js"
import type { PyObject } from "./object.js"
import { allocObject, decref, freeObject, noMemory } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { isSlice, sliceAdjust } from "./slice.js"
import { isStr, newStr } from "./str.js"
import {
  countSub,
  expandTabs,
  replaceSub,
  rsplitSep,
  rsplitWhitespace,
  splitSep,
  splitWhitespace,
} from "./str-text.js"
import { isTuple, newTuple, tupleItems } from "./tuple.js"
import { type CompareOp, TypeFlags, type PyHash, type PyType } from "./type.js"
import { newStaticType } from "./typeobject.js"

// --- conversions ---------------------------------------------------------------------

/** The bytes of a bytes or bytearray (a view; do not keep it across a bytearray resize), or null. */
export function bufferOf(rt: Runtime, o: PyObject): Uint8Array | null {
  if (isBytes(o)) return bytesValue(o)
  if (isBytearray(rt, o)) return bytearrayView(o)
  return null
}

export function isBytearray(rt: Runtime, o: PyObject): boolean {
  return o.type === rt.t.bytearray || o.type.mro.includes(rt.t.bytearray)
}

function needBuffer(rt: Runtime, o: PyObject): Uint8Array {
  const b = bufferOf(rt, o)
  if (b === null) return typeError(rt, `a bytes-like object is required, not '${o.type.name}'`)
  return b
}

/** Bytes as a Latin-1 JS string (one unit per byte). */
export function latin1(data: Uint8Array): string {
  let s = ""
  for (let k = 0; k < data.length; k += 8192)
    s += String.fromCharCode(...data.subarray(k, k + 8192))
  return s
}

/** Bytes of Latin-1 text (every unit < 256): the inverse of latin1. */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length)
  for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k)
  return out
}

/** A result of the receiver's kind: bytes for bytes, bytearray for bytearray. */
function make(rt: Runtime, self: PyObject, data: Uint8Array): PyObject {
  return isBytearray(rt, self) ? newBytearray(rt, data) : newBytes(rt, data)
}

function byteValue(rt: Runtime, o: PyObject): number {
  const i = index(rt, o)
  const v = i.v as IntValue
  decref(rt, i)
  if (typeof v !== "number" || v < 0 || v > 255)
    return valueError(rt, "byte must be in range(0, 256)")
  return v
}

/** bytes(iterable of ints) / bytes(x) conversion shared by the constructors. */
function bytesFrom(
  rt: Runtime,
  x: PyObject,
  encoding: PyObject | null,
  errors: PyObject | null,
): Uint8Array {
  if (isStr(x)) {
    if (encoding === null) return typeError(rt, "string argument without an encoding")
    if (!isStr(encoding))
      return typeError(rt, `bytes() argument 'encoding' must be str, not ${encoding.type.name}`)
    const r = encodeStr(
      rt,
      x.v as string,
      encoding.v as string,
      errors === null ? "strict" : (errors.v as string),
    )
    const data = bytesValue(r).slice()
    decref(rt, r)
    return data
  }
  if (encoding !== null || errors !== null)
    return typeError(
      rt,
      encoding !== null ? "encoding without a string argument" : "errors without a string argument",
    )
  const buf = bufferOf(rt, x)
  if (buf !== null) return buf.slice()
  if ((x.type.flags & TypeFlags.LONG_SUBCLASS) !== 0 || x.type.index !== null) {
    const i = index(rt, x)
    const n = i.v as IntValue
    decref(rt, i)
    if (n < 0) return valueError(rt, "negative count")
    if (typeof n !== "number" && n >= 2n ** 63n)
      return raise(rt, rt.t.OverflowError, "cannot fit 'int' into an index-sized integer")
    if (typeof n !== "number" || n > 2 ** 31) return noMemory(rt)
    return new Uint8Array(n)
  }
  const bm = lookupSpecial(rt, x, "__bytes__")
  if (bm !== null) {
    const r = call(rt, bm, [], null)
    decref(rt, bm)
    if (!isBytes(r)) {
      const name = r.type.name
      decref(rt, r)
      return typeError(rt, `__bytes__ returned non-bytes (type ${name})`)
    }
    const data = bytesValue(r).slice()
    decref(rt, r)
    return data
  }
  let it: PyObject
  try {
    it = getIter(rt, x)
  } catch (e) {
    if (isPyError(e, rt.t.TypeError)) {
      decref(rt, e as PyObject)
      return typeError(rt, `cannot convert '${x.type.name}' object to bytes`)
    }
    throw e
  }
  const out: number[] = []
  try {
    let item: PyObject | null
    while ((item = iterNext(rt, it)) !== null) {
      try {
        const i = index(rt, item)
        const v = i.v as IntValue
        decref(rt, i)
        if (typeof v !== "number" || v < 0 || v > 255)
          return valueError(rt, "bytes must be in range(0, 256)")
        out.push(v)
      } finally {
        decref(rt, item)
      }
    }
  } finally {
    decref(rt, it)
  }
  return Uint8Array.from(out)
}

// --- slots ---------------------------------------------------------------------------------

function bytesHashSlot(_rt: Runtime, o: PyObject): PyHash {
  let h = o.w as PyHash
  if (h === -1) o.w = h = hashBytes(o.v as Uint8Array)
  return h
}

function compareBuffers(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1
  return a.length - b.length
}

function bufRichCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const x = bufferOf(rt, a)
  const y = bufferOf(rt, b)
  if (x === null || y === null) {
    rt.NotImplemented.rc++
    return rt.NotImplemented
  }
  return newBool(rt, compareResult(Math.sign(compareBuffers(x, y)), op))
}

function bufSubscript(rt: Runtime, o: PyObject, key: PyObject): PyObject {
  const data = bufferOf(rt, o)!
  if ((key.type.flags & TypeFlags.LONG_SUBCLASS) !== 0 || key.type.index !== null) {
    const ix = index(rt, key)
    let i = ix.v as IntValue
    decref(rt, ix)
    if (typeof i !== "number")
      return raise(rt, rt.t.IndexError, "cannot fit 'int' into an index-sized integer")
    if (i < 0) i += data.length
    if (i < 0 || i >= data.length)
      return raise(
        rt,
        rt.t.IndexError,
        isBytearray(rt, o) ? "bytearray index out of range" : "index out of range",
      )
    return newInt(rt, data[i]!)
  }
  if (isSlice(rt, key)) {
    const { start, step, length } = sliceAdjust(rt, key, data.length)
    if (step === 1) {
      if (length === data.length && o.type === rt.t.bytes) {
        o.rc++
        return o
      }
      return make(rt, o, data.slice(start, start + length))
    }
    const out = new Uint8Array(Math.max(0, length))
    for (let k = 0, i = start; k < length; k++, i += step) out[k] = data[i]!
    return make(rt, o, out)
  }
  const what = isBytearray(rt, o) ? "bytearray" : "byte"
  return typeError(rt, `${what} indices must be integers or slices, not ${key.type.name}`)
}

function bufContains(rt: Runtime, o: PyObject, item: PyObject): boolean {
  const data = bufferOf(rt, o)!
  if ((item.type.flags & TypeFlags.LONG_SUBCLASS) !== 0 || item.type.index !== null) {
    const b = byteValue(rt, item)
    return data.includes(b)
  }
  const sub = needBuffer(rt, item)
  return latin1(data).includes(latin1(sub))
}

function bufConcat(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  const x = bufferOf(rt, a)
  const y = bufferOf(rt, b)
  if (x === null || y === null) {
    const other = x === null ? a : b
    return typeError(rt, `can't concat ${other.type.name} to ${a.type.name}`)
  }
  const out = new Uint8Array(x.length + y.length)
  out.set(x)
  out.set(y, x.length)
  return make(rt, a, out)
}

function bufRepeat(rt: Runtime, o: PyObject, n: number): PyObject {
  const data = bufferOf(rt, o)!
  if (n <= 0) return make(rt, o, new Uint8Array(0))
  if (n === 1 && o.type === rt.t.bytes) {
    o.rc++
    return o
  }
  if (data.length * n > 2 ** 31) return raise(rt, rt.t.MemoryError, null)
  const out = new Uint8Array(data.length * n)
  for (let k = 0; k < n; k++) out.set(data, k * data.length)
  return make(rt, o, out)
}

function bufIter(rt: Runtime, o: PyObject): PyObject {
  const type = isBytearray(rt, o) ? rt.t.bytearray_iterator! : rt.t.bytes_iterator!
  const it = allocObject(rt, type, 32, o, 0)
  o.rc++
  gcTrack(rt, it)
  return it
}

function bufIterNext(rt: Runtime, it: PyObject): PyObject | null {
  const o = it.v as PyObject | null
  if (o === null) return null
  const data = bufferOf(rt, o)!
  const i = it.w as number
  if (i < data.length) {
    it.w = i + 1
    return newInt(rt, data[i]!)
  }
  it.v = null
  decref(rt, o)
  return null
}

function bufIterDealloc(rt: Runtime, it: PyObject): void {
  gcUntrack(rt, it)
  const o = it.v as PyObject | null
  it.v = null
  if (o !== null) decref(rt, o)
  freeObject(rt, it)
}

// --- bytearray mutation ---------------------------------------------------------------------

function bytearraySetItem(rt: Runtime, o: PyObject, key: PyObject, value: PyObject | null): void {
  const st = o.w as ByteArrayState
  if ((key.type.flags & TypeFlags.LONG_SUBCLASS) !== 0 || key.type.index !== null) {
    const ix = index(rt, key)
    let i = ix.v as IntValue
    decref(rt, ix)
    if (typeof i !== "number")
      return raise(rt, rt.t.IndexError, "cannot fit 'int' into an index-sized integer")
    if (i < 0) i += st.size
    if (i < 0 || i >= st.size) return raise(rt, rt.t.IndexError, "bytearray index out of range")
    if (value === null) {
      spliceBytes(rt, o, i, i + 1, new Uint8Array(0))
      return
    }
    ;(o.v as Uint8Array)[i] = byteValue(rt, value)
    return
  }
  if (!isSlice(rt, key))
    return typeError(rt, `bytearray indices must be integers or slices, not ${key.type.name}`)
  const { start, stop, step, length } = sliceAdjust(rt, key, st.size)
  let repl: Uint8Array
  if (value === null) repl = new Uint8Array(0)
  else if (value === o) repl = bytearrayView(o).slice()
  else {
    if ((value.type.flags & TypeFlags.LONG_SUBCLASS) !== 0)
      return typeError(rt, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    if (isStr(value))
      return typeError(rt, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    repl = bytesFrom(rt, value, null, null)
  }
  if (step === 1) {
    spliceBytes(rt, o, start, Math.max(start, stop), repl)
    return
  }
  if (value === null) {
    // Delete an extended slice: keep the bytes not selected.
    const data = bytearrayView(o)
    const keep: number[] = []
    const drop = new Set<number>()
    for (let k = 0, i = start; k < length; k++, i += step) drop.add(i)
    for (let i = 0; i < data.length; i++) if (!drop.has(i)) keep.push(data[i]!)
    spliceBytes(rt, o, 0, data.length, Uint8Array.from(keep))
    return
  }
  if (repl.length !== length)
    return valueError(
      rt,
      `attempt to assign bytes of size ${repl.length} to extended slice of size ${length}`,
    )
  const buf = o.v as Uint8Array
  for (let k = 0, i = start; k < length; k++, i += step) buf[i] = repl[k]!
}

/** Replaces bytes [a, b) of a bytearray with `repl`, resizing with CPython's growth policy. */
export function spliceBytes(
  rt: Runtime,
  o: PyObject,
  a: number,
  b: number,
  repl: Uint8Array,
): void {
  const st = o.w as ByteArrayState
  const old = bytearrayView(o).slice()
  const size = old.length - (b - a) + repl.length
  bytearrayResize(rt, o, size)
  const buf = o.v as Uint8Array
  buf.set(old.subarray(0, a))
  buf.set(repl, a)
  buf.set(old.subarray(b), a + repl.length)
  st.size = size
}

function bytearrayInplaceConcat(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  const y = bufferOf(rt, b)
  if (y === null) return typeError(rt, `can't concat ${b.type.name} to ${a.type.name}`)
  const n = (a.w as ByteArrayState).size
  spliceBytes(rt, a, n, n, y.slice())
  a.rc++
  return a
}

function bytearrayInplaceRepeat(rt: Runtime, a: PyObject, n: number): PyObject {
  const data = bytearrayView(a).slice()
  const out = new Uint8Array(n <= 0 ? 0 : data.length * n)
  for (let k = 0; k < n; k++) out.set(data, k * data.length)
  spliceBytes(rt, a, 0, data.length, out)
  a.rc++
  return a
}

// --- methods --------------------------------------------------------------------------------

function pos(
  rt: Runtime,
  self: PyObject,
  fname: string,
  args: PyObject[],
  kw: PyObject | null,
  min: number,
  max: number,
): PyObject[] {
  void self
  noKeywords(rt, fname, kw)
  checkPositional(rt, fname, positionalCount(args, kw), min, max)
  return args
}

function intArg(rt: Runtime, o: PyObject): number {
  const i = index(rt, o)
  const v = i.v as IntValue
  decref(rt, i)
  if (typeof v !== "number")
    return raise(rt, rt.t.OverflowError, "Python int too large to convert to C ssize_t")
  return v
}

function adjust(rt: Runtime, n: number, s?: PyObject, e?: PyObject): [number, number] {
  let start = s === undefined || s === rt.None ? 0 : intArg(rt, s)
  let end = e === undefined || e === rt.None ? n : intArg(rt, e)
  if (end > n) end = n
  else if (end < 0) end = Math.max(0, end + n)
  if (start < 0) start = Math.max(0, start + n)
  return [start, end]
}

/** The needle of find/count/index: bytes-like or an int in range(256). */
function needle(rt: Runtime, o: PyObject): string {
  if ((o.type.flags & TypeFlags.LONG_SUBCLASS) !== 0 || o.type.index !== null)
    return String.fromCharCode(byteValue(rt, o))
  const b = bufferOf(rt, o)
  if (b === null)
    return typeError(rt, `argument should be integer or bytes-like object, not '${o.type.name}'`)
  return latin1(b)
}

function findImpl(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kw: PyObject | null,
  name: string,
  reverse: boolean,
  raises: boolean,
): PyObject {
  const a = pos(rt, self, name, args, kw, 1, 3)
  const sub = needle(rt, a[0]!)
  const data = bufferOf(rt, self)!
  const [start, end] = adjust(rt, data.length, a[1], a[2])
  let r = -1
  if (end - start >= sub.length) {
    const hay = latin1(data.subarray(start, end))
    const k = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub)
    if (k >= 0) r = start + k
  }
  if (r < 0 && raises) return valueError(rt, "subsection not found")
  return newInt(rt, r)
}

const ASCII_SPACE = " \t\n\r\x0b\x0c"

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13)
}

function splitWs(s: string, maxsplit: number, right: boolean): string[] {
  return right
    ? rsplitWhitespace(s, maxsplit, isAsciiSpace)
    : splitWhitespace(s, maxsplit, isAsciiSpace)
}

function splitImpl(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kw: PyObject | null,
  right: boolean,
): PyObject {
  const [sepObj, maxObj] = parseArgs(
    rt,
    { fname: right ? "rsplit" : "split", names: ["sep", "maxsplit"], required: 0 },
    args,
    kw,
  )
  const maxsplit = maxObj === null ? -1 : intArg(rt, maxObj)
  const s = latin1(bufferOf(rt, self)!)
  let parts: string[]
  if (sepObj === null || sepObj === rt.None) parts = splitWs(s, maxsplit, right)
  else {
    const sep = latin1(needBuffer(rt, sepObj))
    if (sep.length === 0) return valueError(rt, "empty separator")
    parts = right ? rsplitSep(s, sep, maxsplit) : splitSep(s, sep, maxsplit)
  }
  return newListPreallocated(
    rt,
    parts.map((p) => make(rt, self, fromLatin1(p))),
    splitPrealloc(maxsplit),
  )
}

function stripImpl(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kw: PyObject | null,
  name: string,
  left: boolean,
  right: boolean,
): PyObject {
  const a = pos(rt, self, name, args, kw, 0, 1)
  let chars = ASCII_SPACE
  if (a.length > 0 && a[0] !== rt.None) chars = latin1(needBuffer(rt, a[0]!))
  const data = bufferOf(rt, self)!
  let i = 0
  let j = data.length
  if (left) while (i < j && chars.includes(String.fromCharCode(data[i]!))) i++
  if (right) while (j > i && chars.includes(String.fromCharCode(data[j - 1]!))) j--
  if (i === 0 && j === data.length && self.type === rt.t.bytes) {
    self.rc++
    return self
  }
  return make(rt, self, data.slice(i, j))
}

function mapAscii(f: (c: number, prevCased: boolean) => number) {
  return (rt: Runtime, self: PyObject): PyObject => {
    const data = bufferOf(rt, self)!
    const out = new Uint8Array(data.length)
    let prev = false
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!
      out[i] = f(c, prev)
      prev = (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }
    return make(rt, self, out)
  }
}

const isUp = (c: number) => c >= 65 && c <= 90
const isLo = (c: number) => c >= 97 && c <= 122
const up = (c: number) => (isLo(c) ? c - 32 : c)
const lo = (c: number) => (isUp(c) ? c + 32 : c)

function predicate(f: (d: Uint8Array) => boolean): MethodDef {
  return { kind: "noargs", fn: (rt, self) => newBool(rt, f(bufferOf(rt, self)!)) }
}

const all = (d: Uint8Array, p: (c: number) => boolean) => d.length > 0 && d.every(p)

function casePredicate(d: Uint8Array, want: "lower" | "upper"): boolean {
  let cased = false
  for (const c of d) {
    if (want === "lower" ? isUp(c) : isLo(c)) return false
    if (isUp(c) || isLo(c)) cased = true
  }
  return cased
}

function isTitle(d: Uint8Array): boolean {
  let cased = false
  let prev = false
  for (const c of d) {
    if (isUp(c)) {
      if (prev) return false
      prev = cased = true
    } else if (isLo(c)) {
      if (!prev) return false
      prev = cased = true
    } else prev = false
  }
  return cased
}

function padImpl(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kw: PyObject | null,
  name: string,
): PyObject {
  const a = pos(rt, self, name, args, kw, 1, 2)
  const width = intArg(rt, a[0]!)
  let fill = 32
  if (a.length > 1) {
    const f = bufferOf(rt, a[1]!)
    if (f === null || f.length !== 1)
      return typeError(
        rt,
        `${name}() argument 2 must be a byte string of length 1, not ${a[1]!.type.name}`,
      )
    fill = f[0]!
  }
  const data = bufferOf(rt, self)!
  if (width <= data.length) return make(rt, self, data.slice())
  const pad = width - data.length
  const left =
    name === "ljust" ? 0 : name === "rjust" ? pad : Math.floor(pad / 2) + (pad & width & 1)
  const out = new Uint8Array(width).fill(fill)
  out.set(data, left)
  return make(rt, self, out)
}

function fromhex(rt: Runtime, cls: PyObject, args: PyObject[]): PyObject {
  const a = args[0]!
  if (!isStr(a)) return typeError(rt, `fromhex() argument must be str, not ${a.type.name}`)
  const s = a.v as string
  const out: number[] = []
  let i = 0
  while (i < s.length) {
    if (s[i] === " " || (s.charCodeAt(i) >= 9 && s.charCodeAt(i) <= 13)) {
      i++
      continue
    }
    const hi = parseInt(s[i]!, 16)
    if (Number.isNaN(hi))
      return valueError(rt, `non-hexadecimal number found in fromhex() arg at position ${i}`)
    const lo2 = i + 1 < s.length ? parseInt(s[i + 1]!, 16) : NaN
    if (Number.isNaN(lo2))
      return valueError(rt, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`)
    out.push(hi * 16 + lo2)
    i += 2
  }
  const data = Uint8Array.from(out)
  if (cls === rt.t.bytes) return newBytes(rt, data)
  if (cls === rt.t.bytearray) return newBytearray(rt, data)
  const b = newBytes(rt, data)
  try {
    return call(rt, cls, [b], null)
  } finally {
    decref(rt, b)
  }
}

function hexMethod(rt: Runtime, self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const [sepObj, perObj] = parseArgs(
    rt,
    { fname: "hex", names: ["sep", "bytes_per_sep"], required: 0 },
    args,
    kw,
  )
  const data = bufferOf(rt, self)!
  const hex = Array.from(data, (b) => b.toString(16).padStart(2, "0"))
  if (sepObj === null) return newStr(rt, hex.join(""))
  const sep = isStr(sepObj) ? (sepObj.v as string) : latin1(needBuffer(rt, sepObj))
  if (sep.length !== 1) return valueError(rt, "sep must be length 1.")
  const per = perObj === null ? 1 : intArg(rt, perObj)
  if (per === 0) return newStr(rt, hex.join(""))
  const n = Math.abs(per)
  const groups: string[] = []
  if (per > 0)
    for (let end = hex.length; end > 0; end -= n)
      groups.unshift(hex.slice(Math.max(0, end - n), end).join(""))
  else
    for (let start = 0; start < hex.length; start += n)
      groups.push(hex.slice(start, start + n).join(""))
  return newStr(rt, groups.join(sep))
}

function splitlinesAscii(s: string, keep: boolean): string[] {
  const out: string[] = []
  let i = 0
  while (i < s.length) {
    let j = i
    while (j < s.length && s[j] !== "\n" && s[j] !== "\r") j++
    let eol = j
    if (j < s.length) eol = s[j] === "\r" && s[j + 1] === "\n" ? j + 2 : j + 1
    out.push(s.slice(i, keep ? eol : j))
    i = eol
  }
  return out
}

function bytesNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  const [src, enc, err] = parseArgs(
    rt,
    { fname: "bytes", names: ["source", "encoding", "errors"], required: 0 },
    args,
    kwnames,
  )
  if (src === null) {
    if (enc !== null || err !== null)
      return typeError(rt, "encoding or errors without sequence argument")
    return newBytes(rt, new Uint8Array(0))
  }
  if (src.type === rt.t.bytes && type === rt.t.bytes && enc === null && err === null) {
    src.rc++
    return src
  }
  const data = bytesFrom(rt, src, enc, err)
  if (type === rt.t.bytes) return newBytes(rt, data)
  return allocObject(rt, type, type.basicsize + data.length, data, -1)
}

function bytearrayInit(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): void {
  const [src, enc, err] = parseArgs(
    rt,
    { fname: "bytearray", names: ["source", "encoding", "errors"], required: 0 },
    args,
    kwnames,
  )
  const data = src === null ? new Uint8Array(0) : bytesFrom(rt, src, enc, err)
  spliceBytes(rt, self, 0, (self.w as ByteArrayState).size, data)
}

function bytearrayNew(rt: Runtime, type: PyType): PyObject {
  if (type === rt.t.bytearray) return newBytearray(rt, new Uint8Array(0))
  const o = allocObject(rt, type, 56, new Uint8Array(0), null)
  o.w = new ByteArrayState(0, 0, 0)
  return o
}

// --- installation ------------------------------------------------------------------------------

function commonMethods(): Record<string, MethodImpl | MethodDef> {
  return {
    decode: (rt, self, args, kw) => {
      const [enc, err] = parseArgs(
        rt,
        { fname: "decode", names: ["encoding", "errors"], required: 0 },
        args,
        kw,
      )
      const e =
        enc === null
          ? "utf-8"
          : isStr(enc)
            ? (enc.v as string)
            : typeError(rt, `decode() argument 'encoding' must be str, not ${enc.type.name}`)
      const r =
        err === null
          ? "strict"
          : isStr(err)
            ? (err.v as string)
            : typeError(rt, `decode() argument 'errors' must be str, not ${err.type.name}`)
      return newStr(rt, decodeBytes(rt, bufferOf(rt, self)!, e, r))
    },
    hex: hexMethod,
    fromhex: { kind: "o", fn: fromhex, binding: "class" },
    find: (rt, self, args, kw) => findImpl(rt, self, args, kw, "find", false, false),
    rfind: (rt, self, args, kw) => findImpl(rt, self, args, kw, "rfind", true, false),
    index: (rt, self, args, kw) => findImpl(rt, self, args, kw, "index", false, true),
    rindex: (rt, self, args, kw) => findImpl(rt, self, args, kw, "rindex", true, true),
    count: (rt, self, args, kw) => {
      const a = pos(rt, self, "count", args, kw, 1, 3)
      const sub = needle(rt, a[0]!)
      const data = bufferOf(rt, self)!
      const [start, end] = adjust(rt, data.length, a[1], a[2])
      if (end - start < sub.length) return newInt(rt, 0)
      return newInt(rt, countSub(latin1(data.subarray(start, end)), sub, end - start))
    },
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
      return newListPreallocated(
        rt,
        splitlinesAscii(latin1(bufferOf(rt, self)!), keep).map((p) =>
          make(rt, self, fromLatin1(p)),
        ),
        0,
      )
    },
    join: { kind: "o", fn: (rt, self, args) => joinImpl(rt, self, args[0]!) },
    strip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, "strip", true, true),
    lstrip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, "lstrip", true, false),
    rstrip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, "rstrip", false, true),
    partition: { kind: "o", fn: (rt, self, args) => partitionImpl(rt, self, args[0]!, false) },
    rpartition: { kind: "o", fn: (rt, self, args) => partitionImpl(rt, self, args[0]!, true) },
    replace: (rt, self, args, kw) => {
      const a = pos(rt, self, "replace", args, kw, 2, 3)
      const old = latin1(needBuffer(rt, a[0]!))
      const rep = latin1(needBuffer(rt, a[1]!))
      const count = a.length > 2 ? intArg(rt, a[2]!) : -1
      return make(rt, self, fromLatin1(replaceSub(latin1(bufferOf(rt, self)!), old, rep, count)))
    },
    removeprefix: {
      kind: "o",
      fn: (rt, self, args) => {
        const p = latin1(needBuffer(rt, args[0]!))
        const s = latin1(bufferOf(rt, self)!)
        return make(rt, self, fromLatin1(p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s))
      },
    },
    removesuffix: {
      kind: "o",
      fn: (rt, self, args) => {
        const p = latin1(needBuffer(rt, args[0]!))
        const s = latin1(bufferOf(rt, self)!)
        return make(
          rt,
          self,
          fromLatin1(p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s),
        )
      },
    },
    upper: { kind: "noargs", fn: mapAscii((c) => up(c)) },
    lower: { kind: "noargs", fn: mapAscii((c) => lo(c)) },
    swapcase: { kind: "noargs", fn: mapAscii((c) => (isUp(c) ? lo(c) : up(c))) },
    title: { kind: "noargs", fn: mapAscii((c, prev) => (prev ? lo(c) : up(c))) },
    capitalize: {
      kind: "noargs",
      fn: (rt, self) => {
        const d = bufferOf(rt, self)!
        return make(
          rt,
          self,
          d.map((c, i) => (i === 0 ? up(c) : lo(c))),
        )
      },
    },
    isalnum: predicate((d) => all(d, (c) => isUp(c) || isLo(c) || (c >= 48 && c <= 57))),
    isalpha: predicate((d) => all(d, (c) => isUp(c) || isLo(c))),
    isascii: predicate((d) => d.every((c) => c < 128)),
    isdigit: predicate((d) => all(d, (c) => c >= 48 && c <= 57)),
    isspace: predicate((d) => all(d, isAsciiSpace)),
    islower: predicate((d) => casePredicate(d, "lower")),
    isupper: predicate((d) => casePredicate(d, "upper")),
    istitle: predicate(isTitle),
    center: (rt, self, args, kw) => padImpl(rt, self, args, kw, "center"),
    ljust: (rt, self, args, kw) => padImpl(rt, self, args, kw, "ljust"),
    rjust: (rt, self, args, kw) => padImpl(rt, self, args, kw, "rjust"),
    zfill: (rt, self, args, kw) => {
      const a = pos(rt, self, "zfill", args, kw, 1, 1)
      const width = intArg(rt, a[0]!)
      const s = latin1(bufferOf(rt, self)!)
      if (width <= s.length) return make(rt, self, fromLatin1(s))
      const zeros = "0".repeat(width - s.length)
      const r = s[0] === "+" || s[0] === "-" ? s[0] + zeros + s.slice(1) : zeros + s
      return make(rt, self, fromLatin1(r))
    },
    expandtabs: (rt, self, args, kw) => {
      const [ts] = parseArgs(rt, { fname: "expandtabs", names: ["tabsize"], required: 0 }, args, kw)
      return make(
        rt,
        self,
        fromLatin1(expandTabs(latin1(bufferOf(rt, self)!), ts === null ? 8 : intArg(rt, ts))),
      )
    },
    translate: (rt, self, args, kw) => {
      const [table, del] = parseArgs(
        rt,
        { fname: "translate", names: ["table", "delete"], posOnly: 1, required: 1 },
        args,
        kw,
      )
      const t = table === rt.None ? null : needBuffer(rt, table!)
      if (t !== null && t.length !== 256)
        return valueError(rt, "translation table must be 256 characters long")
      const d = del === null ? new Uint8Array(0) : needBuffer(rt, del)
      const out: number[] = []
      for (const c of bufferOf(rt, self)!) if (!d.includes(c)) out.push(t === null ? c : t[c]!)
      return make(rt, self, Uint8Array.from(out))
    },
    maketrans: {
      binding: "static",
      fn: (rt, _self, args, kw) => {
        const a = pos(rt, rt.t.bytes, "maketrans", args, kw, 2, 2)
        const f = needBuffer(rt, a[0]!)
        const t = needBuffer(rt, a[1]!)
        if (f.length !== t.length)
          return valueError(rt, "maketrans arguments must have same length")
        const table = new Uint8Array(256).map((_, i) => i)
        for (let i = 0; i < f.length; i++) table[f[i]!] = t[i]!
        return newBytes(rt, table)
      },
    },
  }
}

function startsEnds(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kw: PyObject | null,
  name: string,
): PyObject {
  const a = pos(rt, self, name, args, kw, 1, 3)
  const data = bufferOf(rt, self)!
  const [start, end] = adjust(rt, data.length, a[1], a[2])
  const test = (p: Uint8Array): boolean => {
    if (end - p.length < start) return false
    const hay = latin1(data.subarray(start, end))
    return name === "startswith" ? hay.startsWith(latin1(p)) : hay.endsWith(latin1(p))
  }
  const x = a[0]!
  if (isTuple(x)) {
    for (const item of tupleItems(x)) {
      const b = bufferOf(rt, item)
      if (b === null)
        return typeError(rt, `a bytes-like object is required, not '${item.type.name}'`)
      if (test(b)) return newBool(rt, true)
    }
    return newBool(rt, false)
  }
  const b = bufferOf(rt, x)
  if (b === null)
    return typeError(rt, `${name} first arg must be bytes or a tuple of bytes, not ${x.type.name}`)
  return newBool(rt, test(b))
}

function joinImpl(rt: Runtime, self: PyObject, iterable: PyObject): PyObject {
  const sep = latin1(bufferOf(rt, self)!)
  const it = getIter(rt, iterable)
  const parts: string[] = []
  try {
    let item: PyObject | null
    let i = 0
    while ((item = iterNext(rt, it)) !== null) {
      const b = bufferOf(rt, item)
      if (b === null) {
        const name = item.type.name
        decref(rt, item)
        return typeError(rt, `sequence item ${i}: expected a bytes-like object, ${name} found`)
      }
      parts.push(latin1(b))
      decref(rt, item)
      i++
    }
  } finally {
    decref(rt, it)
  }
  return make(rt, self, fromLatin1(parts.join(sep)))
}

function partitionImpl(rt: Runtime, self: PyObject, sepObj: PyObject, right: boolean): PyObject {
  const sep = latin1(needBuffer(rt, sepObj))
  if (sep.length === 0) return valueError(rt, "empty separator")
  const s = latin1(bufferOf(rt, self)!)
  const i = right ? s.lastIndexOf(sep) : s.indexOf(sep)
  const m = (t: string) => make(rt, self, fromLatin1(t))
  if (i < 0) return right ? newTuple(rt, [m(""), m(""), m(s)]) : newTuple(rt, [m(s), m(""), m("")])
  return newTuple(rt, [m(s.slice(0, i)), m(sep), m(s.slice(i + sep.length))])
}

function bytearrayMethods(): Record<string, MethodImpl | MethodDef> {
  const size = (o: PyObject) => (o.w as ByteArrayState).size
  return {
    append: {
      kind: "o",
      fn: (rt, self, args) => {
        const b = byteValue(rt, args[0]!)
        const n = size(self)
        spliceBytes(rt, self, n, n, Uint8Array.of(b))
        rt.None.rc++
        return rt.None
      },
    },
    extend: {
      kind: "o",
      fn: (rt, self, args) => {
        const x = args[0]!
        if (isStr(x)) return typeError(rt, "expected iterable of integers; got: 'str'")
        const data = x === self ? bytearrayView(self).slice() : bytesFrom(rt, x, null, null)
        const n = size(self)
        spliceBytes(rt, self, n, n, data)
        rt.None.rc++
        return rt.None
      },
    },
    insert: (rt, self, args, kw) => {
      const a = pos(rt, self, "insert", args, kw, 2, 2)
      let i = intArg(rt, a[0]!)
      const b = byteValue(rt, a[1]!)
      const n = size(self)
      if (i < 0) i = Math.max(0, i + n)
      if (i > n) i = n
      spliceBytes(rt, self, i, i, Uint8Array.of(b))
      rt.None.rc++
      return rt.None
    },
    pop: (rt, self, args, kw) => {
      const a = pos(rt, self, "pop", args, kw, 0, 1)
      const n = size(self)
      if (n === 0) return raise(rt, rt.t.IndexError, "pop from empty bytearray")
      let i = a.length > 0 ? intArg(rt, a[0]!) : -1
      if (i < 0) i += n
      if (i < 0 || i >= n) return raise(rt, rt.t.IndexError, "pop index out of range")
      const v = (self.v as Uint8Array)[i]!
      spliceBytes(rt, self, i, i + 1, new Uint8Array(0))
      return newInt(rt, v)
    },
    remove: {
      kind: "o",
      fn: (rt, self, args) => {
        const b = byteValue(rt, args[0]!)
        const i = bytearrayView(self).indexOf(b)
        if (i < 0) return valueError(rt, "value not found in bytearray")
        spliceBytes(rt, self, i, i + 1, new Uint8Array(0))
        rt.None.rc++
        return rt.None
      },
    },
    clear: {
      kind: "noargs",
      fn: (rt, self) => {
        spliceBytes(rt, self, 0, size(self), new Uint8Array(0))
        rt.None.rc++
        return rt.None
      },
    },
    copy: { kind: "noargs", fn: (rt, self) => newBytearray(rt, bytearrayView(self)) },
    reverse: {
      kind: "noargs",
      fn: (rt, self) => {
        bytearrayView(self).reverse()
        rt.None.rc++
        return rt.None
      },
    },
    __reduce__: { kind: "noargs", fn: (rt, self) => bytearrayReduce(rt, self, 0) },
    __reduce_ex__: {
      kind: "o",
      fn: (rt, self, args) => bytearrayReduce(rt, self, intArg(rt, args[0]!)),
    },
    __alloc__: { kind: "noargs", fn: (rt, self) => newInt(rt, (self.w as ByteArrayState).alloc) },
    __sizeof__: {
      kind: "noargs",
      fn: (rt, self) => newInt(rt, 56 + (self.w as ByteArrayState).alloc),
    },
  }
}

/** bytearray.__reduce_ex__: (type, (latin-1 text, 'latin-1'), dict) below protocol 3, else (type, (bytes,), dict). */
function bytearrayReduce(rt: Runtime, self: PyObject, proto: number): PyObject {
  const data = bytearrayView(self).slice()
  const args =
    proto < 3
      ? newTuple(rt, [newStr(rt, latin1(data)), newStr(rt, "latin-1")])
      : newTuple(rt, [newBytes(rt, data)])
  self.type.rc++
  rt.None.rc++
  return newTuple(rt, [self.type, args, rt.None])
}

function makeIterType(rt: Runtime, name: string): void {
  const it = newStaticType(rt, name, null, 32, 0, TypeFlags.HAVE_GC)
  it.dealloc = bufIterDealloc
  it.traverse = (o, visit) => {
    if (o.v !== null) visit(o.v as PyObject)
  }
  it.iter = (_rt, o) => {
    o.rc++
    return o
  }
  it.iternext = bufIterNext
  it.getattro = genericGetattroOf(rt) // tp_getattro set explicitly (static.ts)
  rt.t[name] = it
  defineMethods(rt, it, {
    __setstate__: {
      kind: "o",
      fn: (rt, o, args) => {
        const b = o.v as PyObject | null
        if (b !== null) o.w = Math.min(Math.max(intArg(rt, args[0]!), 0), bufferOf(rt, b)!.length)
        rt.None.rc++
        return rt.None
      },
    },
    __length_hint__: {
      kind: "noargs",
      fn: (rt, o) => {
        const b = o.v as PyObject | null
        if (b === null) return newInt(rt, 0)
        return newInt(rt, Math.max(0, bufferOf(rt, b)!.length - (o.w as number)))
      },
    },
  })
}

/** Installs bytes' slots and methods (bootstrap). */
export function installBytesType(rt: Runtime, t: PyType): void {
  t.repr = (rt, o) => newStr(rt, bytesRepr(o.v as Uint8Array))
  t.getattro = genericGetattroOf(rt) // tp_getattro set explicitly (static.ts)
  t.str = t.repr
  t.hash = bytesHashSlot
  t.richcompare = bufRichCompare
  t.length = (_rt, o) => (o.v as Uint8Array).length
  t.getitem = bufSubscript
  t.contains = bufContains
  t.sqConcat = guarded(bufConcat)
  t.sqRepeat = guarded(bufRepeat)
  t.remainder = guarded((rt: Runtime, a: PyObject, b: PyObject): PyObject => {
    if (!isBytes(a)) {
      rt.NotImplemented.rc++
      return rt.NotImplemented
    }
    return newBytes(rt, percentFormatBytes(rt, a.v as Uint8Array, b))
  })
  t.iter = bufIter
  t.newObj = guarded(bytesNew)
  makeIterType(rt, "bytes_iterator")
  defineMethods(
    rt,
    t,
    guardTable({
      ...commonMethods(),
      __getnewargs__: {
        kind: "noargs",
        fn: (rt, self) => newTuple(rt, [newBytes(rt, (self.v as Uint8Array).slice())]),
      },
      __bytes__: {
        kind: "noargs",
        fn: (rt, self) => {
          if (self.type === rt.t.bytes) {
            self.rc++
            return self
          }
          return newBytes(rt, (self.v as Uint8Array).slice())
        },
      },
    }),
  )
}

/** Installs bytearray's slots and methods (bootstrap). */
export function installBytearrayType(rt: Runtime, t: PyType): void {
  t.repr = (rt, o) => newStr(rt, `${o.type.name}(${bytesRepr(bytearrayView(o), true)})`)
  t.getattro = genericGetattroOf(rt) // tp_getattro set explicitly (static.ts)
  t.str = t.repr
  t.richcompare = bufRichCompare
  t.length = (_rt, o) => (o.w as ByteArrayState).size
  t.getitem = bufSubscript
  t.setitem = bytearraySetItem
  t.contains = bufContains
  t.sqConcat = guarded(bufConcat)
  t.sqRepeat = guarded(bufRepeat)
  t.sqInplaceConcat = bytearrayInplaceConcat
  t.sqInplaceRepeat = bytearrayInplaceRepeat
  t.remainder = (rt, a, b) => {
    if (!isBytearray(rt, a)) {
      rt.NotImplemented.rc++
      return rt.NotImplemented
    }
    return newBytearray(rt, percentFormatBytes(rt, bytearrayView(a), b))
  }
  t.iter = bufIter
  t.newObj = (rt, type) => bytearrayNew(rt, type)
  t.init = guarded(bytearrayInit)
  // Mutable, so unhashable: tp_hash is PyObject_HashNotImplemented and __hash__ is None.
  t.hash = hashNotImplemented
  defineAttr(rt, t, "__hash__", (rt) => {
    rt.None.rc++
    return rt.None
  })
  makeIterType(rt, "bytearray_iterator")
  defineMethods(rt, t, guardTable({ ...commonMethods(), ...bytearrayMethods() }))
}
