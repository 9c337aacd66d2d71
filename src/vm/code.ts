// Code objects: what the compiler produces for a module, a class body, a
// function, a lambda or a comprehension (CPython's PyCodeObject).
//
// A CodeObject carries CPython's co_* facts (names, counts, flags, constants)
// plus the JavaScript source the code generator produced for it. The source
// becomes a JS function the first time the code runs (`new Function`), once
// per code object, and is cached here:
//
//   CodeObject ── source ──new Function──► factory(R, K, N, C) ──► body(F, A)
//                                        K: constants (PyObjects), N: names (interned
//                                        str), C: child code objects
//
// The Python-visible `code` object (type `code`) wraps a CodeObject.

import type { ConstantValue } from "../compiler/constants.js"
import type { PyObject } from "../objects/object.js"

/** co_flags bits, with CPython's values. */

/**
 * The marker that starts the line of a function body which records its
 * locals snapshot (F.snap) when the code itself does not need it: the line is
 * kept in traced bodies and once the program reads f_locals (vm.snapAll),
 * and removed otherwise, so ordinary calls keep their locals in registers.
 */
export const SNAP_MARK = "/*@S*/"

export const CO = {
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
  /** Not set by 3.11 (inspect.CO_NOFREE still names it). */
  NOFREE: 0x40,
  COROUTINE: 0x80,
  ITERABLE_COROUTINE: 0x100,
  ASYNC_GENERATOR: 0x200,
} as const

/** What a code object's position table holds per entry (7 numbers). */
export const POS_FIELDS = 7
/**
 * Kinds of caret anchors for traceback lines (3.11's `~~~^^^`): none, a
 * binary operator (the operator is primary), a subscript (the brackets are).
 */
export const Anchor = { NONE: 0, BINOP: 1, SUBSCRIPT: 2 } as const

/**
 * A tuple of constants in co_consts (keyword-name tuples of calls,
 * constant-folded tuples), or with `frozen` a frozenset made from that tuple
 * (3.11 compiles a set display of 3+ constants to BUILD_SET 0; LOAD_CONST
 * frozenset; SET_UPDATE, and the frozenset's table layout decides the order
 * of the resulting set).
 */
export class ConstTuple {
  readonly items: readonly ConstantValue[]
  readonly frozen: boolean
  constructor(items: readonly ConstantValue[], frozen = false) {
    this.items = items
    this.frozen = frozen
  }
}

/**
 * The identity of a constant for merging equal ones, as CPython's _PyCode_ConstantKey: equal
 * values of different types stay apart (1, 1.0, True; 0.0 and -0.0), tuples and frozensets
 * by their items. Null for values never merged (code objects).
 */
export function constKey(v: ConstantValue | CodeObject | ConstTuple): string | null {
  if (v === null) return "N"
  if (typeof v === "boolean") return v ? "T" : "F"
  if (typeof v === "bigint") return `i${v}`
  if (typeof v === "number") return Object.is(v, -0) ? "f-0" : `f${v}`
  if (typeof v === "string") return `s${v}`
  if (v instanceof ConstTuple) {
    const parts: string[] = []
    for (const x of v.items) {
      const k = constKey(x)
      if (k === null) return null
      parts.push(k)
    }
    return `${v.frozen ? "z" : "t"}${parts.length}(${parts.join("\u0000")})`
  }
  if (v instanceof CodeObject) return null
  if (typeof v === "object" && "bytes" in v) return `y${Array.from(v.bytes).join(",")}`
  if (typeof v === "object" && "imag" in v) {
    const f = (x: number): string => (Object.is(x, -0) ? "-0" : String(x))
    return `c${f(v.real)},${f(v.imag)}`
  }
  if (typeof v === "object" && "codePoints" in v) return `p${v.codePoints.join(",")}`
  return "E" // Ellipsis
}

/** The compiled body: `F` is the frame record, `A` the argument/locals array (owned references). */
export type CodeBody = (F: unknown, A: (PyObject | null)[]) => unknown

/** A code object. Fields not known at compile time are filled by the vm when it first runs. */
export class CodeObject {
  /** co_name and co_qualname. */
  name: string
  qualname: string
  filename: string
  firstlineno: number
  argcount: number
  posonlyargcount: number
  kwonlyargcount: number
  flags: number
  /** co_varnames: parameters first (positional, keyword-only, *args, **kwargs), then other locals. */
  varnames: string[]
  cellvars: string[]
  freevars: string[]
  /** For each cell variable, the index of the parameter it starts from, or -1. */
  cell2arg: number[]
  /** co_names: attribute, global and imported names, in first-use order. */
  names: string[]
  /** co_consts as compile-time values; child code objects are CodeObjects. */
  consts: (ConstantValue | CodeObject | ConstTuple)[]
  /**
   * Source positions, POS_FIELDS numbers per entry: lineno, end_lineno,
   * col_offset, end_col_offset (UTF-8 bytes), anchor kind, anchor start,
   * anchor end (bytes from col_offset). Entry 0 is the code's first line.
   */
  positions: number[]
  /** The generated JavaScript: the body of `function (R, K, N, C)` returning the body function. */
  source: string
  /**
   * Whether the body is a JS generator function: generators, generator
   * expressions, coroutines and async generators (co_flags says which).
   */
  isGenerator: boolean
  /** Block kind, for name resolution of the body (module and class bodies use a locals dict). */
  kind: "module" | "class" | "function"
  /** Cached compiled body, made on first run. */
  body: CodeBody | null
  /** The traced variant of the body (trace.ts), made when a traced run first needs it. */
  tracedBody: CodeBody | null
  /** Constants as Python objects (owned by the code object), made on first run. */
  K: PyObject[] | null
  /** co_names as interned str objects (borrowed from the interned table), made on first run. */
  N: PyObject[] | null
  /** The `code` object wrapping this one, once someone asked for it. */
  pyobj: PyObject | null
  /**
   * co_name (interned) and co_qualname as str objects owned by the code object,
   * made on first use (codeNames): every function made from this code shares them.
   */
  nameObj: PyObject | null
  qualnameObj: PyObject | null

  constructor(name: string, qualname: string, filename: string, firstlineno: number) {
    this.name = name
    this.qualname = qualname
    this.filename = filename
    this.firstlineno = firstlineno
    this.argcount = 0
    this.posonlyargcount = 0
    this.kwonlyargcount = 0
    this.flags = 0
    this.varnames = []
    this.cellvars = []
    this.freevars = []
    this.cell2arg = []
    this.names = []
    this.consts = []
    this.positions = []
    this.source = ""
    this.isGenerator = false
    this.kind = "function"
    this.body = null
    this.tracedBody = null
    this.K = null
    this.N = null
    this.pyobj = null
    this.nameObj = null
    this.qualnameObj = null
  }

  /** Number of parameters, *args and **kwargs included (the leading entries of varnames). */
  get nparams(): number {
    let n = this.argcount + this.kwonlyargcount
    if (this.flags & CO.VARARGS) n++
    if (this.flags & CO.VARKEYWORDS) n++
    return n
  }

  /** Total slots of the fast-locals array: varnames, then cells, then free variables. */
  get nlocalsplus(): number {
    return this.varnames.length + this.cellvars.length + this.freevars.length
  }
}
