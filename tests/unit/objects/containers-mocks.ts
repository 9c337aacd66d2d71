// Stand-ins for the parts of the object layer the container tests use but do
// not test (the generic protocol, type creation, method definition,
// exception construction). They implement just enough for ints, strs and the
// container types themselves, through the types' own slots, so the
// container code runs unchanged. Used with vi.mock in the container tests.

import { hashInt, hashStr } from "../../../src/objects/hash.js"
import { PyObject } from "../../../src/objects/object.js"
import type { Runtime } from "../../../src/objects/runtime.js"
import { newStaticObject } from "../../../src/objects/static.js"
import type { StrInfo } from "../../../src/objects/str.js"
import { CompareOp, PyType, TypeFlags } from "../../../src/objects/type.js"
import type { MethodDef, MethodImpl } from "../../../src/objects/descr.js"

// ---------------------------------------------------------------------------
// typeobject.js

export function newStaticType(
  rt: Runtime,
  name: string,
  base: PyType | null,
  basicsize: number,
  itemsize: number,
  flags: number,
): PyType {
  const b = base ?? rt.t.object ?? null
  const t = new PyType(rt.t.type, name, b, basicsize, itemsize, flags)
  const placeholder = newStaticObject(rt, rt.t.type, 408, null, null, 1)
  t.addr = placeholder.addr
  t.rc = 1
  t.mro = b === null ? [t] : [t, ...b.mro]
  rt.staticTypes.push(t)
  return t
}

// ---------------------------------------------------------------------------
// descr.js

/** Methods defined per type (name -> def), for tests to call them by name. */
export const methodTables = new Map<PyType, Map<string, MethodDef>>()

export function defineMethods(
  _rt: Runtime,
  type: PyType,
  defs: Record<string, MethodImpl | MethodDef>,
): void {
  let m = methodTables.get(type)
  if (m === undefined) methodTables.set(type, (m = new Map()))
  for (const [k, d] of Object.entries(defs)) m.set(k, typeof d === "function" ? { fn: d } : d)
}

export function defineGetSets(): void {}
export function defineAttr(): void {}

export function positionalCount(args: PyObject[], kwnames: PyObject | null): number {
  return args.length - (kwnames === null ? 0 : (kwnames.v as PyObject[]).length)
}

export function checkPositional(
  rt: Runtime,
  fname: string,
  nargs: number,
  min: number,
  max: number,
): void {
  if (nargs < min)
    throwType(
      rt,
      `${fname} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${nargs}`,
    )
  if (nargs > max)
    throwType(
      rt,
      `${fname} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${nargs}`,
    )
}

export function noKeywords(rt: Runtime, fname: string, kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    throwType(rt, `${fname}() takes no keyword arguments`)
}

export function parseArgs(
  rt: Runtime,
  spec: { fname: string; names: string[]; required: number; maxPos?: number },
  args: PyObject[],
  kwnames: PyObject | null,
): (PyObject | null)[] {
  const kw = kwnames === null ? [] : (kwnames.v as PyObject[]).map((k) => k.v as string)
  const npos = args.length - kw.length
  const out: (PyObject | null)[] = spec.names.map(() => null)
  const maxPos = spec.maxPos ?? spec.names.length
  if (npos > maxPos)
    throwType(
      rt,
      maxPos === 0
        ? `${spec.fname}() takes no positional arguments`
        : `${spec.fname}() takes at most ${maxPos} arguments (${npos} given)`,
    )
  for (let i = 0; i < npos; i++) out[i] = args[i]!
  kw.forEach((k, j) => {
    const i = spec.names.indexOf(k)
    if (i < 0) throwType(rt, `'${k}' is an invalid keyword argument for ${spec.fname}()`)
    out[i] = args[npos + j]!
  })
  return out
}

function throwType(rt: Runtime, msg: string): never {
  throw rt.hooks.newException!(rt, rt.t.TypeError, msg)
}

// ---------------------------------------------------------------------------
// exceptions.js

export function newException(rt: Runtime, type: PyType, message: string | null): PyObject {
  return new PyObject(type, 0, message, null)
}

export function newExceptionArgs(rt: Runtime, type: PyType, args: PyObject[]): PyObject {
  return new PyObject(type, 0, args.map((a) => reprString(rt, a)).join(", "), null)
}

// ---------------------------------------------------------------------------
// abstract.js

function isIntLike(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.LONG_SUBCLASS) !== 0
}

export function hash(rt: Runtime, o: PyObject): number | bigint {
  if (isIntLike(o)) return hashInt(o.v)
  if (o.type === rt.t.str) {
    const info = o.w as StrInfo
    return hashStr(o.v as string, info.kind, info.length)
  }
  if (o.type.hash !== null) return o.type.hash(rt, o)
  return throwType(rt, `unhashable type: '${o.type.name}'`)
}

export function richCompare(rt: Runtime, a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const r = richCompareBool(rt, a, b, op, false)
  const o = r ? rt.True : rt.False
  o.rc++
  return o
}

function cmpResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return c < 0
    case CompareOp.LE:
      return c <= 0
    case CompareOp.EQ:
      return c === 0
    case CompareOp.NE:
      return c !== 0
    case CompareOp.GT:
      return c > 0
    default:
      return c >= 0
  }
}

const SYMBOLS = ["<", "<=", "==", "!=", ">", ">="]

export function richCompareBool(
  rt: Runtime,
  a: PyObject,
  b: PyObject,
  op: CompareOp,
  identity = true,
): boolean {
  if (identity && a === b && (op === CompareOp.EQ || op === CompareOp.NE))
    return op === CompareOp.EQ
  if (isIntLike(a) && isIntLike(b)) {
    const x = a.v as number | bigint
    const y = b.v as number | bigint
    return cmpResult(x < y ? -1 : x > y ? 1 : 0, op)
  }
  if (a.type === rt.t.str && b.type === rt.t.str) {
    const x = a.v as string
    const y = b.v as string
    return cmpResult(x < y ? -1 : x > y ? 1 : 0, op)
  }
  for (const [p, q, o] of [
    [a, b, op],
    [b, a, [4, 5, 2, 3, 0, 1][op]!],
  ] as [PyObject, PyObject, CompareOp][]) {
    if (p.type.richcompare !== null) {
      const r = p.type.richcompare(rt, p, q, o)
      if (r !== rt.NotImplemented) {
        const v = r === rt.True
        r.rc--
        return v
      }
      r.rc--
    }
  }
  if (op === CompareOp.EQ) return a === b
  if (op === CompareOp.NE) return a !== b
  return throwType(
    rt,
    `'${SYMBOLS[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`,
  )
}

export function isTrue(rt: Runtime, o: PyObject): boolean {
  if (o === rt.True) return true
  if (o === rt.False || o === rt.None) return false
  if (isIntLike(o)) return o.v !== 0
  if (o.type.bool !== null) return o.type.bool(rt, o)
  if (o.type.length !== null) return o.type.length(rt, o) !== 0
  return true
}

export function reprString(rt: Runtime, o: PyObject): string {
  if (o === rt.None) return "None"
  if (o === rt.True) return "True"
  if (o === rt.False) return "False"
  if (isIntLike(o)) return String(o.v)
  if (o.type === rt.t.str) return `'${o.v as string}'`
  if (o.type.repr !== null) {
    const r = o.type.repr(rt, o)
    const s = r.v as string
    r.rc--
    return s
  }
  return `<${o.type.name} object>`
}

export function repr(rt: Runtime, o: PyObject): PyObject {
  return strObj(rt, reprString(rt, o))
}

let strObjFactory: ((rt: Runtime, s: string) => PyObject) | null = null
/** The harness installs newStr here (avoids an import cycle in the mock). */
export function setStrFactory(f: (rt: Runtime, s: string) => PyObject): void {
  strObjFactory = f
}
function strObj(rt: Runtime, s: string): PyObject {
  return strObjFactory!(rt, s)
}

export function getIter(rt: Runtime, o: PyObject): PyObject {
  if (o.type.iter === null) throwType(rt, `'${o.type.name}' object is not iterable`)
  return o.type.iter(rt, o)
}

export function iterNext(rt: Runtime, it: PyObject): PyObject | null {
  return it.type.iternext!(rt, it)
}

export function length(rt: Runtime, o: PyObject): number {
  if (o.type.length === null) throwType(rt, `object of type '${o.type.name}' has no len()`)
  return o.type.length(rt, o)
}

export function index(rt: Runtime, o: PyObject): PyObject {
  if (!isIntLike(o)) throwType(rt, `'${o.type.name}' object cannot be interpreted as an integer`)
  o.rc++
  return o
}

export function asSsize(rt: Runtime, o: PyObject, overflow: PyType | null): number {
  if (!isIntLike(o)) throwType(rt, `'${o.type.name}' object cannot be interpreted as an integer`)
  const v = o.v as number | bigint
  if (typeof v === "bigint") {
    if (overflow !== null)
      throw rt.hooks.newException!(rt, overflow, `cannot fit 'int' into an index-sized integer`)
    return v < 0n ? -(2 ** 63) : 2 ** 63 - 1
  }
  return v
}

export function call(rt: Runtime, f: PyObject, args: PyObject[]): PyObject {
  if (f instanceof PyType && f.newObj !== null) {
    const o = f.newObj(rt, f, args, null)
    if (f.init !== null) f.init(rt, o, args, null)
    return o
  }
  return f.type.call!(rt, f, args, null)
}

export function typeName(o: PyObject): string {
  return o.type.name
}

export function lengthHint(rt: Runtime, o: PyObject, dflt: number): number {
  if (o.type.length !== null) return o.type.length(rt, o)
  return dflt
}

export function hashNotImplemented(rt: Runtime, o: PyObject): number {
  return throwType(rt, `unhashable type: '${o.type.name}'`)
}

export function isPyError(e: unknown, type: PyType): e is PyObject {
  return e instanceof PyObject && e.type.mro.includes(type)
}

/** Only the slots: the tests' classes have no dicts. */
export function lookupSpecial(): PyObject | null {
  return null
}

export function lookupAttrStr(rt: Runtime, o: PyObject, name: string): PyObject | null {
  for (const t of o.type.mro) {
    const def = methodTables.get(t)?.get(name)
    if (def !== undefined) {
      rt.None.rc++
      return rt.None
    }
  }
  return null
}

export function callMethod(rt: Runtime, o: PyObject, name: string, args: PyObject[]): PyObject {
  for (const t of o.type.mro) {
    const def = methodTables.get(t)?.get(name)
    if (def !== undefined) return def.fn(rt, o, args, null)
  }
  return throwType(rt, `'${o.type.name}' object has no attribute '${name}'`)
}

export function getItem(rt: Runtime, o: PyObject, key: PyObject): PyObject {
  if (o.type.getitem === null) throwType(rt, `'${o.type.name}' object is not subscriptable`)
  return o.type.getitem(rt, o, key)
}

export function setItem(rt: Runtime, o: PyObject, key: PyObject, value: PyObject): void {
  o.type.setitem!(rt, o, key, value)
}

export function contains(rt: Runtime, c: PyObject, x: PyObject): boolean {
  if (c.type.contains !== null) return c.type.contains(rt, c, x)
  const it = getIter(rt, c)
  try {
    let y: PyObject | null
    while ((y = iterNext(rt, it)) !== null) {
      const eq = richCompareBool(rt, y, x, CompareOp.EQ)
      y.rc--
      if (eq) return true
    }
    return false
  } finally {
    it.rc--
  }
}
