// Symbol tables: which block every name belongs to, as CPython 3.11 decides it.
//
// Two passes, like symtable.c:
//
//   1. collect  walk the AST once; open a block (SymbolTableEntry) for the module,
//               each class, each def/lambda and each comprehension; record, per
//               name, what the block does with it (flags DEF_LOCAL, USE, ...).
//   2. analyze  walk the block tree top-down with the sets of names bound in
//               enclosing functions, and bottom-up with the free names of
//               children; give each name its scope (LOCAL, CELL, FREE, ...).
//
//   def f():          module  top      f: DEF_LOCAL              -> LOCAL
//       x = 1         function f       x: DEF_LOCAL              -> CELL  (g reads it)
//       def g():                       g: DEF_LOCAL              -> LOCAL
//           return x  function g       x: USE                    -> FREE
//       return g
//
// Both passes raise CPython's SyntaxErrors (see docs/internals/compiler-symtable.md).
// Names are stored mangled (`__x` in class C is `_C__x`), flags and scope live in
// one number exactly as in CPython, so `symtable` module answers can be compared.
//
// @cpython Python/symtable.c

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
 * Nesting budget beyond which we raise CompilerRecursionError instead of
 * overflowing Node's stack in a later pass. Each statement and expression costs
 * 1, a pattern 2 and a scope-opening node (def, class, lambda, comprehension)
 * 4, roughly what it costs in JS frames in checks.ts. CPython's own limit is
 * about 3000 plain levels; the parser's limits make either unreachable in
 * practice (see docs/internals/compiler-symtable.md).
 */
const MAX_DEPTH = 2000

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

function scopeOf(flags: number): number {
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

/** Options of {@link buildSymtable}. */
export interface SymtableOptions {
  /** `from __future__ import annotations` (normally found by the future checks). */
  futureAnnotations?: boolean
}

/**
 * Builds and analyzes the symbol table of a module (any `mod` kind), raising
 * PySyntaxError for the first error CPython's symtable.c would report.
 * @cpython Python/symtable.c _PySymtable_Build
 */
export function buildSymtable(
  mod: A.ModNode,
  filename: string,
  options: SymtableOptions = {},
): SymbolTable {
  const builder = new Builder(filename, options.futureAnnotations === true)
  const top = builder.run(mod)
  analyzeBlock(top, null, new Set(), new Set(), filename)
  return new SymbolTable(filename, top, builder.blocks, builder.futureAnnotations)
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

function syntaxError(msg: string, filename: string, loc: Loc): PySyntaxError {
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

// ───────────────────────────── pass 1: collect ─────────────────────────────

const OPENS_SCOPE = new Set(["Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp"])

/** The first pass: one walk over the AST filling the blocks. */
class Builder {
  readonly filename: string
  readonly futureAnnotations: boolean
  readonly blocks = new Map<A.Node, SymbolTableEntry>()
  /** The open blocks, innermost last (CPython's st_stack). */
  private readonly stack: SymbolTableEntry[] = []
  private cur!: SymbolTableEntry
  private top!: SymbolTableEntry
  /** Class name used for mangling (CPython's st_private). */
  private privateName: string | null = null
  private depth = 0

  constructor(filename: string, futureAnnotations: boolean) {
    this.filename = filename
    this.futureAnnotations = futureAnnotations
  }

  run(mod: A.ModNode): SymbolTableEntry {
    this.top = this.enter("module", "top", null, null)
    switch (mod._type) {
      case "Module":
      case "Interactive":
        this.stmts(mod.body)
        break
      case "Expression":
        this.expr(mod.body)
        break
      case "FunctionType":
        this.exprs(mod.argtypes)
        this.expr(mod.returns)
        break
    }
    this.exit()
    return this.top
  }

  private error(msg: string, loc: Loc): PySyntaxError {
    return syntaxError(msg, this.filename, loc)
  }

  private enter(type: BlockType, name: string, node: A.Node | null, loc: Loc | null) {
    const prev = this.stack.length > 0 ? this.cur : null
    const ste = new SymbolTableEntry(type, name, node, loc)
    if (prev !== null && (prev.nested || prev.type === "function")) ste.nested = true
    // bpo-37757: walrus is refused anywhere inside a comprehension's iterable,
    // even inside a lambda or a nested comprehension there.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr
    this.stack.push(ste)
    this.cur = ste
    if (node !== null) this.blocks.set(node, ste)
    // Annotation blocks are never linked to their parent: their names vanish.
    if (prev !== null && type !== "annotation") prev.children.push(ste)
    return ste
  }

  private exit(): void {
    this.stack.pop()
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1] as SymbolTableEntry
  }

  /** symtable_add_def_helper: records `flag` for `name` in `ste`. */
  private addDefIn(ste: SymbolTableEntry, name: string, flag: number, loc: Loc): void {
    const mangled = mangle(this.privateName, name)
    const old = ste.symbols.get(mangled)
    let val = flag
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) {
        throw this.error(`duplicate argument '${mangled}' in function definition`, loc)
      }
      val = old | flag
    }
    if (ste.compIterTarget) {
      // A comprehension's iteration variable: a walrus may not have claimed it.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(
          `comprehension inner loop cannot rebind assignment expression target '${mangled}'`,
          loc,
        )
      }
      val |= DEF_COMP_ITER
    }
    ste.symbols.set(mangled, val)
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled)
    } else if (flag & DEF_GLOBAL) {
      // A global declaration anywhere also marks the module's own symbol.
      const g = this.top.symbols.get(mangled)
      this.top.symbols.set(mangled, g === undefined ? flag : g | flag)
    }
  }

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefIn(this.cur, name, flag, loc)
  }

  private lookupFlags(name: string): number {
    return this.cur.flags(mangle(this.privateName, name))
  }

  private recordDirective(name: string, loc: Loc): void {
    this.cur.directives.push([mangle(this.privateName, name), loc])
  }

  private enterNode(weight: number): void {
    this.depth += weight
    if (this.depth > MAX_DEPTH) throw new CompilerRecursionError()
  }

  // ── statements ──

  private stmts(body: A.StmtNode[]): void {
    for (const s of body) this.stmt(s)
  }

  private stmt(s: A.StmtNode): void {
    const weight =
      s._type === "FunctionDef" || s._type === "AsyncFunctionDef" || s._type === "ClassDef" ? 4 : 1
    this.enterNode(weight)
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, DEF_LOCAL, s)
        this.exprs(s.args.defaults)
        this.optExprs(s.args.kw_defaults)
        this.annotations(s, s.args, s.returns)
        this.exprs(s.decorator_list)
        const ste = this.enter("function", s.name, s, s)
        if (s._type === "AsyncFunctionDef") ste.coroutine = true
        this.arguments(s.args)
        this.stmts(s.body)
        this.exit()
        break
      }
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s)
        this.exprs(s.bases)
        for (const k of s.keywords) this.expr(k.value)
        this.exprs(s.decorator_list)
        this.enter("class", s.name, s, s)
        const saved = this.privateName
        this.privateName = s.name
        this.stmts(s.body)
        this.privateName = saved
        this.exit()
        break
      }
      case "Return":
        if (s.value !== null) {
          this.expr(s.value)
          this.cur.returnsValue = true
        }
        break
      case "Delete":
        this.exprs(s.targets)
        break
      case "Assign":
        this.exprs(s.targets)
        this.expr(s.value)
        break
      case "AnnAssign":
        this.annAssign(s)
        break
      case "AugAssign":
        this.expr(s.target)
        this.expr(s.value)
        break
      case "For":
      case "AsyncFor":
        this.expr(s.target)
        this.expr(s.iter)
        this.stmts(s.body)
        this.stmts(s.orelse)
        break
      case "While":
      case "If":
        this.expr(s.test)
        this.stmts(s.body)
        this.stmts(s.orelse)
        break
      case "Match":
        this.expr(s.subject)
        for (const c of s.cases) {
          this.pattern(c.pattern)
          if (c.guard !== null) this.expr(c.guard)
          this.stmts(c.body)
        }
        break
      case "Raise":
        if (s.exc !== null) this.expr(s.exc)
        if (s.cause !== null) this.expr(s.cause)
        break
      case "Try":
      case "TryStar":
        this.stmts(s.body)
        this.stmts(s.orelse)
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type)
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h)
          this.stmts(h.body)
        }
        this.stmts(s.finalbody)
        break
      case "Assert":
        this.expr(s.test)
        if (s.msg !== null) this.expr(s.msg)
        break
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.alias(a)
        break
      case "Global":
      case "Nonlocal":
        this.declaration(s)
        break
      case "Expr":
        this.expr(s.value)
        break
      case "Pass":
      case "Break":
      case "Continue":
        break
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.expr(item.context_expr)
          if (item.optional_vars !== null) this.expr(item.optional_vars)
        }
        this.stmts(s.body)
        break
    }
    this.depth -= weight
  }

  private annAssign(s: A.AnnAssign): void {
    const target = s.target
    if (target._type === "Name") {
      const cur = this.lookupFlags(target.id)
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
        const what = cur & DEF_GLOBAL ? "global" : "nonlocal"
        throw this.error(`annotated name '${target.id}' can't be ${what}`, s)
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target)
      else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target)
    } else {
      this.expr(target)
    }
    this.annotation(s.annotation)
    if (s.value !== null) this.expr(s.value)
  }

  private declaration(s: A.Global | A.Nonlocal): void {
    const what = s._type === "Global" ? "global" : "nonlocal"
    for (const name of s.names) {
      const cur = this.lookupFlags(name)
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`
        else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`
        else msg = `name '${name}' is assigned to before ${what} declaration`
        throw this.error(msg, s)
      }
      this.addDef(name, s._type === "Global" ? DEF_GLOBAL : DEF_NONLOCAL, s)
      this.recordDirective(name, s)
    }
  }

  private alias(a: A.Alias): void {
    const name = a.asname ?? a.name
    if (name === "*") {
      if (this.cur.type !== "module") throw this.error("import * only allowed at module level", a)
      return
    }
    const dot = name.indexOf(".")
    this.addDef(dot === -1 ? name : name.slice(0, dot), DEF_IMPORT, a)
  }

  // ── functions ──

  private arguments(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p)
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p)
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p)
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg)
      this.cur.varargs = true
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg)
      this.cur.varkeywords = true
    }
  }

  /** symtable_visit_annotations: parameter and return annotations, in the enclosing block. */
  private annotations(s: Loc & A.Node, a: A.Arguments, returns: A.ExprNode | null): void {
    if (this.futureAnnotations) this.enter("annotation", "_annotation", null, s)
    const argAnnotations = (args: A.Arg[]) => {
      for (const p of args) if (p.annotation !== null) this.expr(p.annotation)
    }
    argAnnotations(a.posonlyargs)
    argAnnotations(a.args)
    if (a.vararg !== null && a.vararg.annotation !== null) this.expr(a.vararg.annotation)
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.expr(a.kwarg.annotation)
    argAnnotations(a.kwonlyargs)
    if (this.futureAnnotations) this.exit()
    if (returns !== null) this.annotation(returns)
  }

  private annotation(e: A.ExprNode): void {
    if (this.futureAnnotations) this.enter("annotation", "_annotation", null, e)
    this.expr(e)
    if (this.futureAnnotations) this.exit()
  }

  // ── expressions ──

  private exprs(list: A.ExprNode[]): void {
    for (const e of list) this.expr(e)
  }

  private optExprs(list: (A.ExprNode | null)[]): void {
    for (const e of list) if (e !== null) this.expr(e)
  }

  private expr(e: A.ExprNode): void {
    const weight = OPENS_SCOPE.has(e._type) ? 4 : 1
    this.enterNode(weight)
    switch (e._type) {
      case "NamedExpr":
        this.refuseInAnnotation("named expression", e)
        if (this.cur.compIterExpr > 0) {
          throw this.error(
            "assignment expression cannot be used in a comprehension iterable expression",
            e,
          )
        }
        if (this.cur.comprehension !== "") this.extendNamedExprScope(e.target as A.Name)
        this.expr(e.value)
        this.expr(e.target)
        break
      case "BoolOp":
        this.exprs(e.values)
        break
      case "BinOp":
        this.expr(e.left)
        this.expr(e.right)
        break
      case "UnaryOp":
        this.expr(e.operand)
        break
      case "Lambda":
        this.exprs(e.args.defaults)
        this.optExprs(e.args.kw_defaults)
        this.enter("function", "lambda", e, e)
        this.arguments(e.args)
        this.expr(e.body)
        this.exit()
        break
      case "IfExp":
        this.expr(e.test)
        this.expr(e.body)
        this.expr(e.orelse)
        break
      case "Dict":
        this.optExprs(e.keys)
        this.exprs(e.values)
        break
      case "Set":
        this.exprs(e.elts)
        break
      case "GeneratorExp":
        this.comprehension(e, "genexpr", "generator", e.generators, e.elt, null)
        break
      case "ListComp":
        this.comprehension(e, "listcomp", "list", e.generators, e.elt, null)
        break
      case "SetComp":
        this.comprehension(e, "setcomp", "set", e.generators, e.elt, null)
        break
      case "DictComp":
        this.comprehension(e, "dictcomp", "dict", e.generators, e.key, e.value)
        break
      case "Yield":
      case "YieldFrom":
        this.refuseInAnnotation("yield expression", e)
        if (e.value !== null) this.expr(e.value)
        this.cur.generator = true
        if (this.cur.comprehension !== "") {
          const kind = this.cur.comprehension
          const where = kind === "generator" ? "generator expression" : `${kind} comprehension`
          throw this.error(`'yield' inside ${where}`, e)
        }
        break
      case "Await":
        this.refuseInAnnotation("await expression", e)
        this.expr(e.value)
        this.cur.coroutine = true
        break
      case "Compare":
        this.expr(e.left)
        this.exprs(e.comparators)
        break
      case "Call":
        this.expr(e.func)
        this.exprs(e.args)
        for (const k of e.keywords) this.expr(k.value)
        break
      case "FormattedValue":
        this.expr(e.value)
        if (e.format_spec !== null) this.expr(e.format_spec)
        break
      case "JoinedStr":
        this.exprs(e.values)
        break
      case "Constant":
        break
      case "Attribute":
        this.expr(e.value)
        break
      case "Subscript":
        this.expr(e.value)
        this.expr(e.slice)
        break
      case "Starred":
        this.expr(e.value)
        break
      case "Slice":
        if (e.lower !== null) this.expr(e.lower)
        if (e.upper !== null) this.expr(e.upper)
        if (e.step !== null) this.expr(e.step)
        break
      case "Name":
        this.addDef(e.id, e.ctx._type === "Load" ? USE : DEF_LOCAL, e)
        // super() reads the method's class through the implicit __class__ cell.
        if (e.ctx._type === "Load" && this.cur.type === "function" && e.id === "super") {
          this.addDef("__class__", USE, e)
        }
        break
      case "List":
      case "Tuple":
        this.exprs(e.elts)
        break
    }
    this.depth -= weight
  }

  private refuseInAnnotation(what: string, e: Loc): void {
    if (this.cur.type === "annotation") {
      throw this.error(`'${what}' can not be used within an annotation`, e)
    }
  }

  /**
   * symtable_handle_comprehension: the first iterable is evaluated in the current
   * block, the rest runs in a new function block whose parameter `.0` is that iterator.
   */
  private comprehension(
    e: A.ExprNode,
    name: string,
    kind: ComprehensionKind,
    generators: A.Comprehension[],
    elt: A.ExprNode,
    value: A.ExprNode | null,
  ): void {
    const outermost = generators[0] as A.Comprehension
    this.cur.compIterExpr++
    this.expr(outermost.iter)
    this.cur.compIterExpr--
    const ste = this.enter("function", name, e, e)
    ste.comprehension = kind
    if (outermost.is_async) ste.coroutine = true
    this.addDef(".0", DEF_PARAM, e)
    ste.compIterTarget = true
    this.expr(outermost.target)
    ste.compIterTarget = false
    this.exprs(outermost.ifs)
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i] as A.Comprehension
      ste.compIterTarget = true
      this.expr(g.target)
      ste.compIterTarget = false
      ste.compIterExpr++
      this.expr(g.iter)
      ste.compIterExpr--
      this.exprs(g.ifs)
      if (g.is_async) ste.coroutine = true
    }
    if (value !== null) this.expr(value)
    this.expr(elt)
    ste.generator = kind === "generator"
    this.exit()
    // bpo-33346: an async list/set/dict comprehension is awaited where it is
    // built, which makes the enclosing block a coroutine too.
    if (ste.coroutine && kind !== "generator") this.cur.coroutine = true
  }

  /**
   * symtable_extend_namedexpr_scope: a walrus inside a comprehension binds in the
   * nearest enclosing function (as nonlocal) or module (as global), never a class.
   */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i] as SymbolTableEntry
      if (ste.comprehension !== "") {
        if (ste.flags(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          throw this.error(
            `assignment expression cannot rebind comprehension iteration variable '${name}'`,
            target,
          )
        }
        continue
      }
      if (ste.type === "function") {
        const flag =
          ste.flags(mangle(this.privateName, name)) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL
        this.addDef(name, flag, target)
        this.recordDirective(name, target)
        this.addDefIn(ste, name, DEF_LOCAL, target)
        return
      }
      if (ste.type === "module") {
        this.addDef(name, DEF_GLOBAL, target)
        this.recordDirective(name, target)
        this.addDefIn(ste, name, DEF_GLOBAL, target)
        return
      }
      if (ste.type === "class") {
        throw this.error(
          "assignment expression within a comprehension cannot be used in a class body",
          target,
        )
      }
    }
    assert(false, "a comprehension always has a function, module or class around it")
  }

  // ── patterns ──

  private pattern(p: A.PatternNode): void {
    this.enterNode(2)
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value)
        break
      case "MatchSingleton":
        break
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q)
        break
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p)
        break
      case "MatchMapping":
        this.exprs(p.keys)
        for (const q of p.patterns) this.pattern(q)
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p)
        break
      case "MatchClass":
        this.expr(p.cls)
        for (const q of p.patterns) this.pattern(q)
        for (const q of p.kwd_patterns) this.pattern(q)
        break
      case "MatchAs":
        if (p.pattern !== null) this.pattern(p.pattern)
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p)
        break
      case "MatchOr":
        for (const q of p.patterns) this.pattern(q)
        break
    }
    this.depth -= 2
  }
}

// ───────────────────────────── pass 2: analyze ─────────────────────────────

/**
 * analyze_block: resolves every name of `ste` and of its children.
 *   bound   names bound in enclosing function blocks (null at module level)
 *   free    receives the names this block leaves free for its parents
 *   global  names known to be global in enclosing blocks
 * After it returns, every symbol of `ste` has its scope bits set.
 */
function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): void {
  const local = new Set<string>()
  const scopes = new Map<string, ScopeKind>()
  const newGlobal = new Set<string>()
  const newFree = new Set<string>()
  const newBound = new Set<string>()

  // A class body's own bindings are invisible to its methods, so what children
  // see is fixed before the class's names are analyzed.
  if (ste.type === "class") {
    addAll(newGlobal, global)
    if (bound !== null) addAll(newBound, bound)
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, filename)
  }
  if (ste.type !== "class") {
    if (ste.type === "function") addAll(newBound, local)
    if (bound !== null) addAll(newBound, bound)
    addAll(newGlobal, global)
  } else {
    newBound.add("__class__")
  }

  const allFree = new Set<string>()
  for (const child of ste.children) {
    // Each child works on copies, so siblings cannot see each other's effects.
    const childFree = new Set(newFree)
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), filename)
    addAll(allFree, childFree)
    if (child.hasFree || child.childFree) ste.childFree = true
  }
  addAll(newFree, allFree)

  if (ste.type === "function") {
    // analyze_cells: a local that some child uses free becomes a cell.
    for (const [name, scope] of scopes) {
      if (scope === Scope.LOCAL && newFree.has(name)) {
        scopes.set(name, Scope.CELL)
        newFree.delete(name)
      }
    }
  } else if (ste.type === "class" && newFree.delete("__class__")) {
    ste.needsClassClosure = true
  }
  updateSymbols(ste, scopes, bound, newFree)
  addAll(free, newFree)
}

/** analyze_name: decides one name's scope in `ste` from its flags and the enclosing sets. */
function analyzeName(
  ste: SymbolTableEntry,
  scopes: Map<string, ScopeKind>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) {
      throw errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, filename)
    }
    scopes.set(name, Scope.GLOBAL_EXPLICIT)
    global.add(name)
    if (bound !== null) bound.delete(name)
    return
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) {
      throw errorAtDirective(
        ste,
        name,
        "nonlocal declaration not allowed at module level",
        filename,
      )
    }
    if (!bound.has(name)) {
      throw errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, filename)
    }
    scopes.set(name, Scope.FREE)
    ste.hasFree = true
    free.add(name)
    return
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL)
    local.add(name)
    global.delete(name)
    return
  }
  // A name used but not bound here: free if an enclosing function binds it
  // (and no global statement in between said otherwise), else global.
  if (bound !== null && bound.has(name)) {
    scopes.set(name, Scope.FREE)
    ste.hasFree = true
    free.add(name)
    return
  }
  if (global.has(name)) {
    scopes.set(name, Scope.GLOBAL_IMPLICIT)
    return
  }
  if (ste.nested) ste.hasFree = true
  scopes.set(name, Scope.GLOBAL_IMPLICIT)
}

/**
 * update_symbols: stores the scopes, then adds the names that children use free
 * and that this block does not define, so they flow through it (as FREE).
 */
function updateSymbols(
  ste: SymbolTableEntry,
  scopes: Map<string, ScopeKind>,
  bound: Set<string> | null,
  free: Set<string>,
): void {
  for (const [name, flags] of ste.symbols) {
    ste.symbols.set(name, flags | ((scopes.get(name) ?? 0) << SCOPE_OFFSET))
  }
  for (const name of free) {
    const v = ste.symbols.get(name)
    if (v !== undefined) {
      // A class binding a name that one of its methods reads from further out.
      if (ste.type === "class" && v & (DEF_BOUND | DEF_GLOBAL)) {
        ste.symbols.set(name, v | DEF_FREE_CLASS)
      }
      continue
    }
    // Free in a child but global here: nothing to pass through.
    if (bound !== null && !bound.has(name)) continue
    ste.symbols.set(name, Scope.FREE << SCOPE_OFFSET)
  }
}

function errorAtDirective(
  ste: SymbolTableEntry,
  name: string,
  msg: string,
  filename: string,
): PySyntaxError {
  for (const [n, loc] of ste.directives) {
    if (n === name) return syntaxError(msg, filename, loc)
  }
  assert(false, `no directive recorded for ${name}`)
}

function addAll(into: Set<string>, from: Set<string>): void {
  for (const x of from) into.add(x)
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
