// Turning a CodeObject's generated source into a running JS function, once
// per code object, and the Python-visible `code` type.
//
//   ensureCompiled(vm, code):
//     K = constants as Python objects (owned by the code object, as co_consts)
//     N = names as interned str objects
//     body = new Function("R", "K", "N", "C", "vm", "rt", code.source)(...)

import { PyObject } from "../objects/object.js"
import { allocObject, decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import type { PyType } from "../objects/type.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { defineGetSets, defineMethods } from "../objects/descr.js"
import { newInt } from "../objects/int.js"
import { newFloat } from "../objects/float.js"
import { newComplex } from "../objects/complex.js"
import { newBytes } from "../objects/bytes.js"
import { newStr, intern, internInPlace } from "../objects/str.js"
import { newTuple, sequenceTuple } from "../objects/tuple.js"
import { newFrozenSet } from "../objects/set.js"
import { hexAddr } from "../objects/objectobject.js"
import {
  BytesConst,
  CodePointsStr,
  ComplexConst,
  ELLIPSIS,
  type ConstantValue,
} from "../compiler/constants.js"
import { CodeObject, ConstTuple, SNAP_MARK, constKey, type CodeBody } from "./code.js"
import type { VM } from "./vm.js"

// A code object's size, as CPython 3.11 lays it out (code is not a GC type):
//
//   ┌───────────────────────────────┐
//   │ PyCodeObject fields     184 B │  basicsize 184
//   ├───────────────────────────────┤
//   │ co_code_adaptive: 2 B per     │  itemsize 2 (one _Py_CODEUNIT each,
//   │ code unit, rounded up to 8    │  inline caches included)
//   └───────────────────────────────┘
//
// heapscope compiles to JavaScript and has no bytecode, so it cannot know
// the number of code units: every code object is given 8 (16 bytes, a
// function of a few instructions), hence getsizeof 200 for all
// (tests/divergences/code-size.py).
const CODE_BASICSIZE = 184
const CODE_ITEMSIZE = 2
/** The code units every heapscope code object is assumed to have (see above). */
const ASSUMED_CODE_UNITS = 8
const CODE_SIZE = CODE_BASICSIZE + CODE_ITEMSIZE * ASSUMED_CODE_UNITS

/** Identifier-like strings are interned when they become constants, as CPython does. */
const NAME_CHARS = /^[A-Za-z0-9_]*$/

/**
 * The constants of one compilation (a module, an exec or a compile()), by constKey: equal
 * constants anywhere in it are one object, as CPython's compiler merges them (its const
 * cache, merge_consts_recursive). Holds borrowed references (the code objects own them).
 */
export type ConstCache = Map<string, PyObject>

/** A compile-time constant as a Python object (new reference), merged through `cache`. */
export function constToObject(
  vm: VM,
  c: ConstantValue | CodeObject | ConstTuple,
  cache: ConstCache | null = null,
): PyObject {
  const key = cache === null ? null : constKey(c)
  if (key !== null) {
    const known = cache!.get(key)
    if (known !== undefined) return inc(known)
  }
  const o = makeConst(vm, c, cache)
  if (key !== null) cache!.set(key, o)
  return o
}

function makeConst(
  vm: VM,
  c: ConstantValue | CodeObject | ConstTuple,
  cache: ConstCache | null,
): PyObject {
  const rt = vm.rt
  if (c === null) return inc(rt.None)
  if (typeof c === "boolean") return inc(c ? rt.True : rt.False)
  if (typeof c === "bigint") return newInt(rt, Number.isSafeInteger(Number(c)) ? Number(c) : c)
  if (typeof c === "number") return newFloat(rt, c)
  if (typeof c === "string") {
    if (NAME_CHARS.test(c)) {
      const o = newStr(rt, c)
      return internInPlace(rt, o)
    }
    return newStr(rt, c)
  }
  if (c instanceof ComplexConst) return newComplex(rt, c.real, c.imag)
  // heapscope's str cannot keep two lone surrogates apart: they become one code point here.
  if (c instanceof CodePointsStr) return newStr(rt, String.fromCodePoint(...c.codePoints))
  if (c instanceof BytesConst) return newBytes(rt, c.bytes)
  if (c === ELLIPSIS) return inc(rt.Ellipsis)
  if (c instanceof ConstTuple) {
    const t = newTuple(
      rt,
      c.items.map((x) => constToObject(vm, x, c.frozen ? null : cache)),
    )
    if (!c.frozen) return t
    // The compiler makes PyFrozenSet_New(tuple), then merge_consts_recursive
    // rebuilds it from a tuple of its own iteration order: both steps shape
    // the table, and so the order of the set display built from it.
    const f1 = newFrozenSet(rt, t)
    decref(rt, t)
    const t2 = sequenceTuple(rt, f1)
    decref(rt, f1)
    try {
      return newFrozenSet(rt, t2)
    } finally {
      decref(rt, t2)
    }
  }
  if (c instanceof CodeObject) return codeObject(vm, c)
  throw new Error("heapscope: unknown constant")
}

function inc(o: PyObject): PyObject {
  o.rc++
  return o
}

/** The `code` object for a CodeObject (new reference; one per CodeObject). */
export function codeObject(vm: VM, c: CodeObject): PyObject {
  if (c.pyobj !== null) return inc(c.pyobj)
  const o = allocObject(vm.rt, vm.types.code, CODE_SIZE, c, null)
  c.pyobj = o
  // The CodeObject keeps its wrapper for identity; the wrapper is never freed while code runs.
  o.rc++
  return o
}

/** Compiles the generated source of `code` into its body function, once. */
/** Makes co_name and co_qualname objects of `code` once (borrowed from the code object afterwards). */
export function codeNames(rt: Runtime, code: CodeObject): void {
  if (code.nameObj !== null) return
  code.nameObj = intern(rt, code.name)
  code.qualnameObj = newStr(rt, code.qualname)
}

/**
 * The generated source of `code` with its optional F.snap line kept (the
 * marker dropped) or removed (see SNAP_MARK): kept in traced bodies and once
 * vm.snapAll is set.
 */
export function bodySource(code: CodeObject, withSnap: boolean): string {
  const source = code.source
  const at = source.indexOf(SNAP_MARK)
  if (at < 0) return source
  const end = withSnap ? at + SNAP_MARK.length : source.indexOf("\n", at)
  return source.slice(0, at) + source.slice(end < 0 ? source.length : end)
}

/**
 * Makes co_consts and co_names of `code` as Python objects (K, N), once. compileSource
 * does it for every code object of a module, as CPython's compiler does, so that running
 * a function for the first time allocates no constant (tracemalloc would see it).
 */
export function makeConstants(vm: VM, code: CodeObject, cache: ConstCache | null = null): void {
  if (code.K !== null) return
  code.K = code.consts.map((c) => constToObject(vm, c, cache))
  code.N = code.names.map((n) => intern(vm.rt, n))
}

export function ensureCompiled(vm: VM, code: CodeObject): void {
  if (code.body !== null) return
  const rt = vm.rt
  makeConstants(vm, code)
  const C = code.consts.map((c) => (c instanceof CodeObject ? c : null))
  let factory: (...a: unknown[]) => CodeBody
  const src = bodySource(code, vm.snapAll)
  try {
    factory = new Function("R", "K", "N", "C", "vm", "rt", src) as typeof factory
  } catch (e) {
    throw new Error(
      `heapscope codegen produced invalid JS for ${code.qualname}: ${(e as Error).message}\n${code.source}`,
    )
  }
  code.body = factory(vm.R, code.K, code.N, C, vm, rt)
}

/** Creates the `code` type. */
export function initCodeType(rt: Runtime): PyType {
  const t = newStaticType(rt, "code", null, CODE_BASICSIZE, CODE_ITEMSIZE, 0)
  t.weaklistoffset = 144 // co_weakreflist
  t.dealloc = () => {
    // Code objects are owned by their CodeObject for the interpreter's life.
  }
  t.repr = (rt2, o) => {
    const c = o.v as CodeObject
    return newStr(
      rt2,
      `<code object ${c.name} at ${hexAddr(o.addr)}, file "${c.filename}", line ${c.firstlineno}>`,
    )
  }
  const vmOf = (rt2: Runtime): VM => rt2.vmState as VM
  const codeNameObj = (rt2: Runtime, c: CodeObject, k: "nameObj" | "qualnameObj"): PyObject => {
    codeNames(rt2, c)
    const s = c[k]!
    s.rc++
    return s
  }
  const strs = (rt2: Runtime, xs: string[]): PyObject =>
    newTuple(
      rt2,
      xs.map((x) => internInPlace(rt2, newStr(rt2, x))),
    )
  defineGetSets(rt, t, {
    co_name: { get: (rt2, o) => codeNameObj(rt2, o.v as CodeObject, "nameObj") },
    co_qualname: { get: (rt2, o) => codeNameObj(rt2, o.v as CodeObject, "qualnameObj") },
    co_filename: { get: (rt2, o) => newStr(rt2, (o.v as CodeObject).filename) },
    co_firstlineno: { get: (rt2, o) => newInt(rt2, (o.v as CodeObject).firstlineno) },
    co_argcount: { get: (rt2, o) => newInt(rt2, (o.v as CodeObject).argcount) },
    co_posonlyargcount: { get: (rt2, o) => newInt(rt2, (o.v as CodeObject).posonlyargcount) },
    co_kwonlyargcount: { get: (rt2, o) => newInt(rt2, (o.v as CodeObject).kwonlyargcount) },
    co_flags: { get: (rt2, o) => newInt(rt2, (o.v as CodeObject).flags) },
    co_nlocals: { get: (rt2, o) => newInt(rt2, (o.v as CodeObject).varnames.length) },
    co_varnames: { get: (rt2, o) => strs(rt2, (o.v as CodeObject).varnames) },
    co_cellvars: { get: (rt2, o) => strs(rt2, (o.v as CodeObject).cellvars) },
    co_freevars: { get: (rt2, o) => strs(rt2, (o.v as CodeObject).freevars) },
    co_names: { get: (rt2, o) => strs(rt2, (o.v as CodeObject).names) },
    co_consts: {
      get: (rt2, o) => {
        const c = o.v as CodeObject
        ensureCompiled(vmOf(rt2), c)
        return newTuple(rt2, (c.K as PyObject[]).map(inc))
      },
    },
  })
  defineMethods(rt, t, {
    // code_sizeof: the object with its code units (the assumed ones here).
    __sizeof__: { kind: "noargs", fn: (rt2) => newInt(rt2, CODE_SIZE) },
  })
  readyType(rt, t)
  return t
}

export { PyObject }
