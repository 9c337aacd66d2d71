// The data of symbol tables: symbol flags and scopes, one block
// (SymbolTableEntry) per namespace, and the whole table. symtable.ts builds
// them (symtable-collect.ts, then symtable-analyze.ts); see
// docs/internals/compiler-symtable.md.
//
// @cpython Include/internal/pycore_symtable.h, Python/symtable.c

import type * as A from "./ast-nodes.js"
import { PySyntaxError } from "./errors.js"
import { assert } from "../util/index.js"

// Symbol flags (low bits) and the scope stored above them.
//   bit:  9          8         7          6          5        4    3         2         1         0
//         COMP_ITER  ANNOT     IMPORT     FREE_CLASS FREE     USE  NONLOCAL  PARAM     LOCAL     GLOBAL
//   bits 11..14: scope (LOCAL=1 .. CELL=5), 0 until analysis ran.
/** Declared `global` (or a walrus target hoisted to module scope). */
export const DEF_GLOBAL = 1
/** Bound in the block: assignment, def, class, for/with/except/match target, del. */
export const DEF_LOCAL = 2
/** A formal parameter (or a comprehension's implicit `.0`). */
export const DEF_PARAM = 4
/** Declared `nonlocal` (or a walrus target hoisted out of a comprehension). */
export const DEF_NONLOCAL = 8
/** Read in the block. */
export const USE = 16
/** Defined by CPython but never set by 3.11's symtable. */
export const DEF_FREE = 32
/** A class binds the name and a method uses it free: the method must skip the class. */
export const DEF_FREE_CLASS = 64
/** Bound by an import. */
export const DEF_IMPORT = 128
/** Target of a simple annotated assignment (`x: int`). */
export const DEF_ANNOT = 256
/** Iteration variable of a comprehension. */
export const DEF_COMP_ITER = 512
/** Any kind of local binding. */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
/** Where the scope starts in a symbol's flags. */
export const SCOPE_OFFSET = 11
/** Mask for the scope once shifted down. */
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL

/** The resolved scope of a name in a block (`flags >> SCOPE_OFFSET & SCOPE_MASK`). */
export const Scope = {
  LOCAL: 1,
  GLOBAL_EXPLICIT: 2,
  GLOBAL_IMPLICIT: 3,
  FREE: 4,
  CELL: 5,
} as const
export type ScopeKind = (typeof Scope)[keyof typeof Scope]

/** Kinds of blocks. Annotation blocks exist only under `from __future__ import annotations`. */
export type BlockType = "module" | "class" | "function" | "annotation"

/** Which comprehension a function block is, if any (only for the `'yield' inside ...` message). */
export type ComprehensionKind = "" | "list" | "set" | "dict" | "generator"

/** Position of a node, as CPython's LOCATION(): 1-based lines, 0-based UTF-8 columns. */
export interface Loc {
  lineno: number
  col_offset: number
  end_lineno: number
  end_col_offset: number
}

/** Raised instead of overflowing the JS stack on absurdly deep trees. */
export class CompilerRecursionError extends Error {
  constructor() {
    super("maximum recursion depth exceeded during compilation")
    this.name = "RecursionError"
  }
}

/**
 * One block of the symbol table (CPython's PySTEntryObject). `symbols` keeps
 * insertion order, which is the order the `symtable` module reports.
 */
export class SymbolTableEntry {
  readonly type: BlockType
  /** "top" for the module, the def/class name, or lambda/listcomp/setcomp/dictcomp/genexpr. */
  readonly name: string
  /** The node that opened the block (null for the module). */
  readonly node: A.Node | null
  readonly lineno: number
  readonly colOffset: number
  /** Mangled name -> flags | scope << SCOPE_OFFSET. */
  readonly symbols = new Map<string, number>()
  /** Parameters in definition order: co_varnames starts with these. */
  readonly varnames: string[] = []
  readonly children: SymbolTableEntry[] = []
  /** Every global/nonlocal directive (mangled name + where), to place analysis errors. */
  readonly directives: [string, Loc][] = []
  /** Inside a function, directly or through other blocks. */
  nested = false
  /** Contains yield (or is a generator expression). */
  generator = false
  /** async def, or contains await / async for / async with (comprehensions too). */
  coroutine = false
  comprehension: ComprehensionKind = ""
  varargs = false
  varkeywords = false
  returnsValue = false
  /** A class whose methods use `super()` or `__class__`: the body needs a `__class__` cell. */
  needsClassClosure = false
  /** The block has free variables. */
  hasFree = false
  /** Some descendant has free variables. */
  childFree = false
  /** While visiting a comprehension's `for` targets. */
  compIterTarget = false
  /** Depth of comprehension-iterable expressions being visited (inherited by new blocks). */
  compIterExpr = 0

  constructor(type: BlockType, name: string, node: A.Node | null, loc: Loc | null) {
    this.type = type
    this.name = name
    this.node = node
    this.lineno = loc === null ? 0 : loc.lineno
    this.colOffset = loc === null ? 0 : loc.col_offset
  }

  /** The flags of `name` (already mangled), 0 if the block never mentions it. */
  flags(name: string): number {
    return this.symbols.get(name) ?? 0
  }

  /** The resolved scope of `name` (already mangled), 0 if unknown. */
  scope(name: string): number {
    return (this.flags(name) >> SCOPE_OFFSET) & SCOPE_MASK
  }

  /** True for function blocks (incl. lambdas and comprehensions): their locals are fast locals. */
  get isOptimized(): boolean {
    return this.type === "function"
  }

  /**
   * co_cellvars: names this block keeps in cells, in CPython 3.11's order:
   * parameters that are cells first (in parameter order), then the other cells
   * sorted. A class needing a closure has just `__class__`.
   * @cpython Python/compile.c compiler_enter_scope (dictbytype), compute_localsplus_info
   */
  cellvars(): string[] {
    if (this.needsClassClosure) return ["__class__"]
    const params = this.varnames.filter((n) => this.scope(n) === Scope.CELL)
    const rest = this.namesWhere((f) => scopeOf(f) === Scope.CELL)
    return [...params, ...rest.filter((n) => !params.includes(n))]
  }

  /** co_freevars: names reached in an enclosing function, sorted (class-skipping ones included). */
  freevars(): string[] {
    return this.namesWhere((f) => scopeOf(f) === Scope.FREE || (f & DEF_FREE_CLASS) !== 0)
  }

  private namesWhere(test: (flags: number) => boolean): string[] {
    const out: string[] = []
    for (const [name, f] of this.symbols) if (test(f)) out.push(name)
    return out.sort(compareCodePoints)
  }
}

/** The scope bits of a symbol's flags. */
export function scopeOf(flags: number): number {
  return (flags >> SCOPE_OFFSET) & SCOPE_MASK
}

/** Orders strings by code point, as CPython's unicode comparison does. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number
    const y = b.codePointAt(i) as number
    if (x !== y) return x - y
    if (x > 0xffff) i++
  }
  return a.length - b.length
}

/** The symbol table of one module: its top block and the block of every scope-opening node. */
export class SymbolTable {
  readonly filename: string
  readonly top: SymbolTableEntry
  /** Block for each FunctionDef, AsyncFunctionDef, ClassDef, Lambda and comprehension node. */
  readonly blocks: Map<A.Node, SymbolTableEntry>
  /** Whether `from __future__ import annotations` is in effect. */
  readonly futureAnnotations: boolean

  constructor(
    filename: string,
    top: SymbolTableEntry,
    blocks: Map<A.Node, SymbolTableEntry>,
    futureAnnotations: boolean,
  ) {
    this.filename = filename
    this.top = top
    this.blocks = blocks
    this.futureAnnotations = futureAnnotations
  }

  /** The block a scope-opening node created; throws if the node opens none. */
  lookup(node: A.Node): SymbolTableEntry {
    const ste = this.blocks.get(node)
    assert(ste !== undefined, `no symbol table block for ${node._type}`)
    return ste
  }
}

/**
 * `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`; dunder names,
 * dotted names and classes made only of underscores are left alone.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name
  if (name.endsWith("__") || name.includes(".")) return name
  let i = 0
  while (i < privateName.length && privateName[i] === "_") i++
  if (i === privateName.length) return name
  return "_" + privateName.slice(i) + name
}

/** A SyntaxError at `loc`, offsets 1-based as symtable.c reports them. */
export function syntaxError(msg: string, filename: string, loc: Loc): PySyntaxError {
  return new PySyntaxError(
    "SyntaxError",
    msg,
    filename,
    loc.lineno,
    loc.col_offset + 1,
    loc.end_lineno,
    loc.end_col_offset + 1,
    null,
  )
}

/** The answers of Python's `symtable.Symbol` methods for one name of a block. */
export interface SymbolInfo {
  name: string
  flags: number
  referenced: boolean
  parameter: boolean
  global: boolean
  nonlocal: boolean
  declared_global: boolean
  local: boolean
  annotated: boolean
  free: boolean
  imported: boolean
  assigned: boolean
  namespace: boolean
}

/**
 * What `symtable.SymbolTable.lookup(name)` would answer, for tools and tests.
 * @cpython Lib/symtable.py Symbol
 */
export function symbolInfo(ste: SymbolTableEntry, name: string): SymbolInfo {
  const flags = ste.flags(name)
  const scope = scopeOf(flags)
  // Lib/symtable.py recognizes the module by its name, so a function named
  // "top" gets the module answers too; we answer as it does.
  const moduleBound = ste.name === "top" && (flags & DEF_BOUND) !== 0
  return {
    name,
    flags,
    referenced: (flags & USE) !== 0,
    parameter: (flags & DEF_PARAM) !== 0,
    global: scope === Scope.GLOBAL_IMPLICIT || scope === Scope.GLOBAL_EXPLICIT || moduleBound,
    nonlocal: (flags & DEF_NONLOCAL) !== 0,
    declared_global: scope === Scope.GLOBAL_EXPLICIT,
    local: scope === Scope.LOCAL || scope === Scope.CELL || moduleBound,
    annotated: (flags & DEF_ANNOT) !== 0,
    free: scope === Scope.FREE,
    imported: (flags & DEF_IMPORT) !== 0,
    assigned: (flags & DEF_LOCAL) !== 0,
    namespace: ste.children.some((c) => c.name === name),
  }
}
