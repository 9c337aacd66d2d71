// Runtime type-hint objects (Objects/genericaliasobject.c, unionobject.c):
// `list[int]` is a types.GenericAlias, `int | None` a types.UnionType.
//
//   list[int]      GenericAlias  v = { origin: list, args: (int,) }   64 + 16 GC bytes
//   int | str      UnionType     v = { args: (int, str) }             32 + 16 GC bytes
//
// Both keep owned references; `isinstance(x, int | str)` checks each member,
// `isinstance(x, list[int])` is refused as in CPython.

import { allocObject, decref, freeObject, incref } from "./refcount.js"
import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import { PyType, TypeFlags } from "./type.js"
import type { PyHash } from "./type.js"
import { typeError } from "./errors.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { newStr } from "./str.js"
import { isTuple, newTuple, tupleItems } from "./tuple.js"
import {
  call,
  hash,
  isInstance,
  isSubclass,
  lookupAttr,
  pyBool,
  reprString,
  richCompareBool,
} from "./abstract.js"
import { defineGetSets, defineMethods } from "./descr.js"
import { genericGetAttr } from "./objectobject.js"
import { newStaticType, typeModuleName } from "./typeobject.js"
import { CompareOp } from "./type.js"

/** sizeof(gaobject) in 3.11 (getsizeof(list[int]) == 80 with the GC header). */
export const GENERIC_ALIAS_SIZE = 64
/** sizeof(unionobject) in 3.11 (getsizeof(int | str) == 48). */
export const UNION_SIZE = 32

interface AliasData {
  origin: PyObject
  args: PyObject
}
interface UnionData {
  args: PyObject
}

function newGC(rt: Runtime, type: PyType, size: number, v: unknown): PyObject {
  const o = allocObject(rt, type, size, v, null)
  gcTrack(rt, o)
  return o
}

/** `origin[args]`: a new GenericAlias; borrows both (a non-tuple `args` becomes a 1-tuple). */
export function newGenericAlias(rt: Runtime, origin: PyObject, args: PyObject): PyObject {
  const t = isTuple(args) ? incref(args) : newTuple(rt, [incref(args)])
  incref(origin)
  return newGC(rt, rt.t.GenericAlias!, GENERIC_ALIAS_SIZE, { origin, args: t } satisfies AliasData)
}

/** The repr of one item of a type hint: classes by qualified name, `...` for Ellipsis. */
function hintRepr(rt: Runtime, o: PyObject): string {
  if (o === rt.Ellipsis) return "..."
  if (o === rt.None || o === rt.t.NoneType) return "None"
  if (o instanceof PyType) {
    const mod = typeModuleName(rt, o)
    return mod === null || mod === "builtins" ? o.qualname : `${mod}.${o.qualname}`
  }
  return reprString(rt, o)
}

function aliasRepr(rt: Runtime, o: PyObject): PyObject {
  const d = o.v as AliasData
  const args = tupleItems(d.args)
  const inner = args.length === 0 ? "()" : args.map((a) => hintRepr(rt, a)).join(", ")
  return newStr(rt, `${hintRepr(rt, d.origin)}[${inner}]`)
}

function aliasGetattro(rt: Runtime, o: PyObject, name: PyObject): PyObject | null {
  // Attributes the alias does not have itself come from its origin (list[int].append).
  const own = genericGetAttr(rt, o, name)
  if (own !== null) return own
  const n = name.v as string
  if (n.startsWith("__") && n.endsWith("__")) return null
  return lookupAttr(rt, (o.v as AliasData).origin, name)
}

// ---------------------------------------------------------------------------
// Unions

function isUnionable(rt: Runtime, o: PyObject): boolean {
  return (
    o === rt.None ||
    o instanceof PyType ||
    o.type === rt.t.GenericAlias ||
    o.type === rt.t.UnionType
  )
}

/** `a | b` for types (type.__or__): a new UnionType, or NotImplemented. */
export function unionOr(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  if (!isUnionable(rt, a) || !isUnionable(rt, b)) return incref(rt.NotImplemented)
  const items: PyObject[] = []
  const add = (x: PyObject) => {
    if (x.type === rt.t.UnionType) {
      for (const y of tupleItems((x.v as UnionData).args)) add(y)
      return
    }
    const m = x === rt.None ? rt.t.NoneType : x
    for (const y of items)
      if (y === m || (y.type === m.type && richCompareBool(rt, y, m, CompareOp.EQ))) return
    items.push(m)
  }
  add(a)
  add(b)
  if (items.length === 1) return incref(items[0]!)
  const args = newTuple(
    rt,
    items.map((x) => incref(x)),
  )
  return newGC(rt, rt.t.UnionType!, UNION_SIZE, { args } satisfies UnionData)
}

function unionRepr(rt: Runtime, o: PyObject): PyObject {
  const args = tupleItems((o.v as UnionData).args)
  return newStr(rt, args.map((a) => hintRepr(rt, a)).join(" | "))
}

function unionMembers(o: PyObject): PyObject[] {
  return tupleItems((o.v as UnionData).args)
}

function unionHash(rt: Runtime, o: PyObject): PyHash {
  // Order-independent, so int | str and str | int hash alike.
  let h = 0n
  for (const a of unionMembers(o)) h ^= BigInt(hash(rt, a))
  const r = BigInt.asIntN(64, h)
  const v = r === -1n ? -2n : r
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : v
}

// ---------------------------------------------------------------------------
// Type creation

/** Creates types.GenericAlias and types.UnionType and `__class_getitem__` of the built-in generics. */
export function initGenericAlias(rt: Runtime): void {
  const ga = newStaticType(
    rt,
    "types.GenericAlias",
    null,
    GENERIC_ALIAS_SIZE,
    0,
    TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  )
  ga.dealloc = (rt, o) => {
    gcUntrack(rt, o)
    const d = o.v as AliasData
    o.v = null
    decref(rt, d.origin)
    decref(rt, d.args)
    freeObject(rt, o)
  }
  ga.traverse = (o, visit) => {
    const d = o.v as AliasData | null
    if (d !== null) {
      visit(d.origin)
      visit(d.args)
    }
  }
  ga.repr = aliasRepr
  ga.getattro = aliasGetattro
  ga.call = (rt, o, args, kwnames) => call(rt, (o.v as AliasData).origin, args, kwnames)
  ga.richcompare = (rt, a, b, op) => {
    if ((op !== CompareOp.EQ && op !== CompareOp.NE) || b.type !== a.type)
      return incref(rt.NotImplemented)
    const x = a.v as AliasData
    const y = b.v as AliasData
    const eq =
      richCompareBool(rt, x.origin, y.origin, CompareOp.EQ) &&
      richCompareBool(rt, x.args, y.args, CompareOp.EQ)
    return pyBool(rt, eq === (op === CompareOp.EQ))
  }
  ga.hash = (rt, o) => {
    const d = o.v as AliasData
    const h = BigInt.asIntN(64, BigInt(hash(rt, d.origin)) ^ BigInt(hash(rt, d.args)))
    const v = h === -1n ? -2n : h
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(v)
      : v
  }
  ga.or = unionOr
  ga.newObj = (rt, type, args) => {
    if (args.length !== 2) typeError(rt, `GenericAlias expected 2 arguments, got ${args.length}`)
    if (type === ga) return newGenericAlias(rt, args[0]!, args[1]!)
    // A subclass (collections.abc's _CallableGenericAlias): the same payload in its own type.
    const a = args[1]!
    const t = isTuple(a) ? incref(a) : newTuple(rt, [incref(a)])
    return newGC(rt, type, type.basicsize, {
      origin: incref(args[0]!),
      args: t,
    } satisfies AliasData)
  }
  rt.t.GenericAlias = ga
  defineGetSets(rt, ga, {
    __origin__: { get: (_rt, o) => incref((o.v as AliasData).origin) },
    __args__: { get: (_rt, o) => incref((o.v as AliasData).args) },
    __parameters__: { get: (rt) => incref(rt.emptyTuple) },
  })
  defineMethods(rt, ga, {
    __instancecheck__: {
      kind: "o",
      fn: (rt) => typeError(rt, "isinstance() argument 2 cannot be a parameterized generic"),
    },
    __subclasscheck__: {
      kind: "o",
      fn: (rt) => typeError(rt, "issubclass() argument 2 cannot be a parameterized generic"),
    },
  })

  const un = newStaticType(rt, "types.UnionType", null, UNION_SIZE, 0, TypeFlags.HAVE_GC)
  un.dealloc = (rt, o) => {
    gcUntrack(rt, o)
    const d = o.v as UnionData
    o.v = null
    decref(rt, d.args)
    freeObject(rt, o)
  }
  un.traverse = (o, visit) => {
    const d = o.v as UnionData | null
    if (d !== null) visit(d.args)
  }
  un.repr = unionRepr
  un.or = unionOr
  un.hash = unionHash
  un.richcompare = (rt, a, b, op) => {
    if ((op !== CompareOp.EQ && op !== CompareOp.NE) || b.type !== a.type)
      return incref(rt.NotImplemented)
    const x = unionMembers(a)
    const y = unionMembers(b)
    const eq = x.length === y.length && x.every((m) => y.includes(m))
    return pyBool(rt, eq === (op === CompareOp.EQ))
  }
  rt.t.UnionType = un
  defineGetSets(rt, un, {
    __args__: { get: (_rt, o) => incref((o.v as UnionData).args) },
    __parameters__: { get: (rt) => incref(rt.emptyTuple) },
  })
  defineMethods(rt, un, {
    __instancecheck__: {
      kind: "o",
      fn: (rt, self, args) =>
        pyBool(
          rt,
          unionMembers(self).some((m) => isInstance(rt, args[0]!, m)),
        ),
    },
    __subclasscheck__: {
      kind: "o",
      fn: (rt, self, args) =>
        pyBool(
          rt,
          unionMembers(self).some((m) => isSubclass(rt, args[0]!, m)),
        ),
    },
  })

  rt.t.type.or = unionOr
  const classGetitem = {
    binding: "class" as const,
    kind: "o" as const,
    fn: (rt: Runtime, cls: PyObject, args: PyObject[]) => newGenericAlias(rt, cls, args[0]!),
  }
  for (const name of ["list", "dict", "tuple", "set", "frozenset", "type"]) {
    const t = rt.t[name]
    if (t !== undefined) defineMethods(rt, t, { __class_getitem__: classGetitem })
  }
}
