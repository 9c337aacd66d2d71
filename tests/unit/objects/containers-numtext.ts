// Minimal int and str for the container tests (mocked in place of int.ts and
// str.ts, which pull in the whole numeric tower and formatting): just the
// constructors, the small-int and one-character caches and the sizes.

import { PyObject } from "../../../src/objects/object.js"
import { allocObject, freeObject } from "../../../src/objects/refcount.js"
import type { Runtime } from "../../../src/objects/runtime.js"
import { newStaticObject } from "../../../src/objects/static.js"
import { PyType, TypeFlags } from "../../../src/objects/type.js"
import { hashStr } from "../../../src/objects/hash.js"

export type IntValue = number | bigint

function intSize(v: IntValue): number {
  const a = typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(v)
  let digits = 1
  let x = BigInt(a)
  while (x >= 1n << 30n) {
    x >>= 30n
    digits++
  }
  return 24 + 4 * digits
}

export function initIntType(rt: Runtime): PyType {
  const t = new PyType(
    rt.t.type,
    "int",
    rt.t.object,
    24,
    4,
    TypeFlags.LONG_SUBCLASS | TypeFlags.BASETYPE,
  )
  t.mro = [t, rt.t.object]
  t.dealloc = (rt, o) => freeObject(rt, o)
  rt.t.int = t
  rt.smallInts = []
  for (let n = -5; n < 257; n++) rt.smallInts.push(newStaticObject(rt, t, intSize(n), n, null))
  return t
}

export function newInt(rt: Runtime, v: IntValue): PyObject {
  if (typeof v === "bigint") {
    const n = Number(v)
    if (Number.isSafeInteger(n)) v = n
    else return allocObject(rt, rt.t.int, intSize(v), v, null)
  }
  if (v >= -5 && v < 257) {
    const o = rt.smallInts[v + 5]!
    o.rc++
    return o
  }
  return allocObject(rt, rt.t.int, intSize(v), v, null)
}

export function intAsSsize(rt: Runtime, o: PyObject): number {
  const v = o.v as IntValue
  if (typeof v === "number") return v
  throw rt.hooks.newException!(
    rt,
    rt.t.OverflowError,
    "Python int too large to convert to C ssize_t",
  )
}

export interface StrInfo {
  kind: number
  length: number
  hash: number | bigint
  hashLo: number
  hashHi: number
}

export function initStrType(rt: Runtime): PyType {
  const t = new PyType(
    rt.t.type,
    "str",
    rt.t.object,
    48,
    1,
    TypeFlags.UNICODE_SUBCLASS | TypeFlags.BASETYPE,
  )
  t.mro = [t, rt.t.object]
  t.dealloc = (rt, o) => freeObject(rt, o)
  rt.t.str = t
  rt.latin1 = []
  for (let c = 0; c < 256; c++) {
    const s = String.fromCharCode(c)
    rt.latin1.push(newStaticObject(rt, t, 50, s, info(s)))
  }
  rt.emptyStr = newStaticObject(rt, t, 49, "", info(""))
  return t
}

function info(s: string): StrInfo {
  let kind = 1
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c > 0xffff) kind = 4
    else if (c > 0xff && kind < 2) kind = 2
  }
  return { kind, length: [...s].length, hash: -1, hashLo: -1, hashHi: -1 }
}

export function newStr(rt: Runtime, s: string): PyObject {
  if (s.length === 0) {
    rt.emptyStr.rc++
    return rt.emptyStr
  }
  if (s.length === 1 && s.charCodeAt(0) < 256) {
    const o = rt.latin1[s.charCodeAt(0)]!
    o.rc++
    return o
  }
  return allocObject(rt, rt.t.str, 49 + s.length, s, info(s))
}

/** The real str hash (hash.ts), cached in the mock's info as str.ts caches it. */
export function strHashCached(o: PyObject): number | bigint {
  const i = o.w as StrInfo
  if (i.hash === -1) i.hash = hashStr(o.v as string, i.kind, i.length)
  return i.hash
}
