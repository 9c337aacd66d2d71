// The SyntaxErrors CPython finds after parsing: ast.parse() accepts these
// programs, compile() does not. Three stages, in CPython's order:
//
//   1. future.c   the `from __future__ import ...` block at the top of a module
//   2. symtable.c scopes (buildSymtable in symtable.ts)
//   3. compile.c  code generation: 'return' outside function, starred targets,
//                 loops and except* blocks, match patterns, __debug__, ...
//
// Stage 3 walks the tree in the order compile.c emits code (which is not source
// order: an assignment's value before its targets, a comprehension's body before
// its first iterable, decorators before defaults) and tracks the "current
// location" the way compile.c does, so the first error and its position match.
//
// @cpython Python/future.c, Python/compile.c

import type * as A from "./ast-nodes.js"
import { BytesConst, ComplexConst, ELLIPSIS, type ConstantValue } from "./constants.js"
import { PySyntaxError } from "./errors.js"
import { buildSymtable, type Loc, type SymbolTable, type SymbolTableEntry } from "./symtable.js"

/** Features `from __future__ import` accepts in 3.11 (all but `annotations` are no-ops). */
const FUTURE_FEATURES = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "barry_as_FLUFL",
  "generator_stop",
  "annotations",
])

/** What the future pass found. `lineno` is the line of the last future import, -1 if none. */
export interface FutureFeatures {
  annotations: boolean
  barryAsFlufl: boolean
  lineno: number
}

/**
 * Runs CPython's post-parse checks on a module and returns its symbol table.
 * Throws a PySyntaxError for the first error CPython reports, with its message
 * and position (1-based columns in UTF-8 bytes, as compile() gives them; an
 * offset CPython leaves as None is -1 here... see docs/internals/compiler-symtable.md).
 */
export function compileChecks(mod: A.ModNode, filename: string): SymbolTable {
  const future = futureFeatures(mod, filename)
  const table = buildSymtable(mod, filename, { futureAnnotations: future.annotations })
  new CodegenChecker(table, future, filename).module(mod)
  return table
}

// ───────────────────────────── future.c ─────────────────────────────

function isDocstring(s: A.StmtNode | undefined): boolean {
  return (
    s !== undefined &&
    s._type === "Expr" &&
    s.value._type === "Constant" &&
    typeof s.value.value === "string"
  )
}

/**
 * future_parse: reads the future imports that open a module. Errors here carry
 * no end column (CPython's SyntaxError.end_offset is None; we store -1).
 */
export function futureFeatures(mod: A.ModNode, filename: string): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, barryAsFlufl: false, lineno: -1 }
  if (mod._type !== "Module" && mod._type !== "Interactive") return ff
  const body = mod.body
  let done = false
  let prevLine = 0
  for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++) {
    const s = body[i] as A.StmtNode
    if (done && s.lineno > prevLine) return ff
    prevLine = s.lineno
    if (s._type === "ImportFrom" && s.module === "__future__") {
      // Only reachable for `import x; from __future__ import y` on one line.
      // Only reachable for `import x; from __future__ import y` on one line; CPython
      // forgets the +1 here, so the offset is the 0-based column.
      if (done) {
        const msg = "from __future__ imports must occur at the beginning of the file"
        throw pointError(msg, filename, s, s.col_offset)
      }
      for (const a of s.names) {
        if (!FUTURE_FEATURES.has(a.name)) {
          const msg =
            a.name === "braces" ? "not a chance" : `future feature ${a.name} is not defined`
          throw pointError(msg, filename, s, s.col_offset + 1)
        }
        if (a.name === "annotations") ff.annotations = true
        if (a.name === "barry_as_FLUFL") ff.barryAsFlufl = true
      }
      ff.lineno = s.lineno
    } else {
      done = true
    }
  }
  return ff
}

function pointError(msg: string, filename: string, s: Loc, offset: number): PySyntaxError {
  return new PySyntaxError("SyntaxError", msg, filename, s.lineno, offset, s.lineno, -1, null)
}

// ───────────────────────────── compile.c ─────────────────────────────

/** compile.c's scope types: what kind of code object a unit becomes. */
type UnitKind = "module" | "class" | "function" | "async_function" | "lambda" | "comprehension"

/** compile.c's frame blocks (fblocks): what a break/continue/return must unwind. */
type FBlock =
  | { kind: "while" | "for" | "try_except" | "finally_end" | "handler_cleanup" | "pop_value" }
  | { kind: "exception_handler" | "exception_group_handler" | "async_comprehension" }
  | { kind: "with" | "async_with" }
  | { kind: "finally_try"; body: A.StmtNode[] }

/** CO_MAXBLOCKS: how deep frame blocks may nest in one code object. */
const CO_MAXBLOCKS = 20

/** One code object being "compiled": its block, kind and frame-block stack. */
interface Unit {
  ste: SymbolTableEntry
  kind: UnitKind
  fblocks: FBlock[]
}

/**
 * Pattern-matching state of one case (compile.c's pattern_context): the names
 * captured so far and whether an irrefutable pattern is allowed here.
 */
interface PatternContext {
  stores: string[]
  allowIrrefutable: boolean
}

/** The current source location; lineno -1 is compile.c's "unset" (an artificial instruction). */
interface CurLoc {
  lineno: number
  col: number
  endLineno: number
  endCol: number
}

class CodegenChecker {
  private readonly table: SymbolTable
  private readonly future: FutureFeatures
  private readonly filename: string
  private unit!: Unit
  private loc: CurLoc = { lineno: 1, col: 0, endLineno: 1, endCol: 0 }

  constructor(table: SymbolTable, future: FutureFeatures, filename: string) {
    this.table = table
    this.future = future
    this.filename = filename
  }

  private error(msg: string): PySyntaxError {
    const l = this.loc
    return new PySyntaxError(
      "SyntaxError",
      msg,
      this.filename,
      l.lineno,
      l.col + 1,
      l.endLineno,
      l.endCol + 1,
      null,
    )
  }

  private setLoc(n: Loc): void {
    this.loc = {
      lineno: n.lineno,
      col: n.col_offset,
      endLineno: n.end_lineno,
      endCol: n.end_col_offset,
    }
  }

  private unsetLoc(): void {
    this.loc = { lineno: -1, col: -1, endLineno: -1, endCol: -1 }
  }

  module(mod: A.ModNode): void {
    this.unit = { ste: this.table.top, kind: "module", fblocks: [] }
    switch (mod._type) {
      case "Module":
      case "Interactive": {
        const body = mod.body
        if (body.length > 0) this.setLoc(body[0] as A.StmtNode)
        for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++)
          this.stmt(body[i] as A.StmtNode)
        break
      }
      case "Expression":
        this.expr(mod.body)
        break
      case "FunctionType":
        break
    }
  }

  /** Runs `body` as a new code unit for `node`'s block. */
  private inUnit(node: A.Node, kind: UnitKind, body: () => void): void {
    const saved = this.unit
    const savedLoc = this.loc
    this.unit = { ste: this.table.lookup(node), kind, fblocks: [] }
    body()
    this.unit = saved
    this.loc = savedLoc
  }

  private pushFBlock(b: FBlock): void {
    if (this.unit.fblocks.length >= CO_MAXBLOCKS)
      throw this.error("too many statically nested blocks")
    this.unit.fblocks.push(b)
  }

  private popFBlock(): void {
    this.unit.fblocks.pop()
  }

  /** forbidden_name: `__debug__` may never be bound or deleted. */
  private forbidden(name: string, ctx: "Store" | "Del" | "Load"): void {
    if (name !== "__debug__") return
    if (ctx === "Store") throw this.error("cannot assign to __debug__")
    if (ctx === "Del") throw this.error("cannot delete __debug__")
  }

  // ── statements ──

  private stmts(body: A.StmtNode[]): void {
    for (const s of body) this.stmt(s)
  }

  private stmt(s: A.StmtNode): void {
    this.setLoc(s)
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.checkDebugArgs(s.args)
        this.exprs(s.decorator_list)
        this.defaults(s.args)
        this.annotations(s.args, s.returns)
        this.inUnit(s, s._type === "AsyncFunctionDef" ? "async_function" : "function", () => {
          const body = s.body
          for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++)
            this.stmt(body[i] as A.StmtNode)
        })
        this.forbidden(s.name, "Store")
        break
      case "ClassDef":
        this.exprs(s.decorator_list)
        this.inUnit(s, "class", () => this.stmts(s.body))
        this.callHelper(s.bases, s.keywords)
        this.forbidden(s.name, "Store")
        break
      case "Return":
        this.returnStmt(s)
        break
      case "Delete":
        this.exprs(s.targets)
        break
      case "Assign":
        this.expr(s.value)
        this.exprs(s.targets)
        break
      case "AugAssign":
        this.augAssign(s)
        break
      case "AnnAssign":
        this.annAssign(s)
        break
      case "For":
        this.pushFBlock({ kind: "for" })
        this.expr(s.iter)
        this.expr(s.target)
        this.stmts(s.body)
        this.unsetLoc()
        this.popFBlock()
        this.stmts(s.orelse)
        break
      case "AsyncFor":
        if (this.unit.kind !== "async_function")
          throw this.error("'async for' outside async function")
        this.expr(s.iter)
        this.pushFBlock({ kind: "for" })
        this.expr(s.target)
        this.stmts(s.body)
        this.popFBlock()
        this.setLoc(s.iter)
        this.stmts(s.orelse)
        break
      case "While":
        this.pushFBlock({ kind: "while" })
        this.expr(s.test)
        this.stmts(s.body)
        this.setLoc(s)
        this.popFBlock()
        this.stmts(s.orelse)
        break
      case "If":
        this.expr(s.test)
        this.stmts(s.body)
        this.stmts(s.orelse)
        break
      case "With":
      case "AsyncWith":
        if (s._type === "AsyncWith" && this.unit.kind !== "async_function") {
          throw this.error("'async with' outside async function")
        }
        this.withItems(s, 0)
        break
      case "Match":
        this.match(s)
        break
      case "Raise":
        if (s.exc !== null) {
          this.expr(s.exc)
          if (s.cause !== null) this.expr(s.cause)
        }
        break
      case "Try":
        if (s.finalbody.length > 0) this.tryFinally(s.finalbody, () => this.tryBody(s))
        else this.tryExcept(s)
        break
      case "TryStar":
        if (s.finalbody.length > 0) this.tryFinally(s.finalbody, () => this.tryStarBody(s))
        else this.tryStarExcept(s)
        break
      case "Assert":
        this.expr(s.test)
        if (s.msg !== null) this.expr(s.msg)
        break
      case "Import":
        for (const a of s.names) {
          const dot = a.name.indexOf(".")
          this.forbidden(a.asname ?? (dot === -1 ? a.name : a.name.slice(0, dot)), "Store")
        }
        break
      case "ImportFrom":
        if (s.lineno > this.future.lineno && s.module === "__future__") {
          throw this.error("from __future__ imports must occur at the beginning of the file")
        }
        for (const a of s.names) {
          if (a.name === "*") break
          this.forbidden(a.asname ?? a.name, "Store")
        }
        break
      case "Expr":
        if (s.value._type !== "Constant") this.expr(s.value)
        break
      case "Break":
      case "Continue":
        this.breakContinue(s._type)
        break
      case "Global":
      case "Nonlocal":
      case "Pass":
        break
    }
  }

  private checkDebugArgs(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.forbidden(p.arg, "Store")
    for (const p of a.args) this.forbidden(p.arg, "Store")
    if (a.vararg !== null) this.forbidden(a.vararg.arg, "Store")
    for (const p of a.kwonlyargs) this.forbidden(p.arg, "Store")
    if (a.kwarg !== null) this.forbidden(a.kwarg.arg, "Store")
  }

  private defaults(a: A.Arguments): void {
    this.exprs(a.defaults)
    for (const d of a.kw_defaults) if (d !== null) this.expr(d)
  }

  /** compiler_visit_annotations: evaluated at definition time unless annotations are postponed. */
  private annotations(a: A.Arguments, returns: A.ExprNode | null): void {
    if (this.future.annotations) return
    const one = (ann: A.ExprNode | null) => {
      if (ann === null) return
      this.expr(ann._type === "Starred" ? ann.value : ann)
    }
    for (const p of a.args) one(p.annotation)
    for (const p of a.posonlyargs) one(p.annotation)
    if (a.vararg !== null) one(a.vararg.annotation)
    for (const p of a.kwonlyargs) one(p.annotation)
    if (a.kwarg !== null) one(a.kwarg.annotation)
    one(returns)
  }

  private returnStmt(s: A.Return): void {
    if (this.unit.ste.type !== "function") throw this.error("'return' outside function")
    if (s.value !== null && this.unit.ste.coroutine && this.unit.ste.generator) {
      throw this.error("'return' with value in async generator")
    }
    const value = s.value
    const preserveTos = value !== null && value._type !== "Constant"
    if (preserveTos) this.expr(value)
    else if (value !== null) this.setLoc(value)
    if (value === null || value.lineno !== s.lineno) this.setLoc(s)
    this.unwind(preserveTos, false)
  }

  private breakContinue(kind: "Break" | "Continue"): void {
    const saved = this.loc
    if (!this.unwind(false, true)) {
      this.loc = saved
      throw this.error(
        kind === "Break" ? "'break' outside loop" : "'continue' not properly in loop",
      )
    }
  }

  /**
   * compiler_unwind_fblock_stack: walks the frame blocks a jump leaves, innermost
   * first, running their cleanups (a finally body is compiled again here). Returns
   * whether a loop was found when `toLoop`; except* blocks cannot be jumped out of.
   */
  private unwind(preserveTos: boolean, toLoop: boolean): boolean {
    const fblocks = this.unit.fblocks
    if (fblocks.length === 0) return false
    const top = fblocks[fblocks.length - 1] as FBlock
    if (top.kind === "exception_group_handler") {
      throw this.error("'break', 'continue' and 'return' cannot appear in an except* block")
    }
    if (toLoop && (top.kind === "while" || top.kind === "for")) return true
    fblocks.pop()
    try {
      if (top.kind === "with" || top.kind === "async_with") {
        this.unsetLoc()
      } else if (top.kind === "finally_try") {
        if (preserveTos) this.pushFBlock({ kind: "pop_value" })
        this.stmts(top.body)
        if (preserveTos) this.popFBlock()
        this.unsetLoc()
      }
      return this.unwind(preserveTos, toLoop)
    } finally {
      fblocks.push(top)
    }
  }

  private augAssign(s: A.AugAssign): void {
    const e = s.target
    const saved = this.loc
    this.setLoc(e)
    if (e._type === "Attribute") {
      this.expr(e.value)
    } else if (e._type === "Subscript") {
      this.expr(e.value)
      this.expr(e.slice)
    }
    this.loc = saved
    this.expr(s.value)
    this.setLoc(e)
    if (e._type === "Name") this.forbidden(e.id, "Store")
  }

  private annAssign(s: A.AnnAssign): void {
    const t = s.target
    if (s.value !== null) {
      this.expr(s.value)
      this.expr(t)
    }
    const moduleOrClass = this.unit.kind === "module" || this.unit.kind === "class"
    if (t._type === "Name") {
      this.forbidden(t.id, "Store")
      if (s.simple && moduleOrClass && !this.future.annotations) this.expr(s.annotation)
    } else if (t._type === "Attribute") {
      this.forbidden(t.attr, "Store")
      if (s.value === null) this.expr(t.value)
    } else if (t._type === "Subscript") {
      if (s.value === null) {
        this.expr(t.value)
        this.annSubscript(t.slice)
      }
    }
    if (!s.simple && !this.future.annotations && moduleOrClass) this.expr(s.annotation)
  }

  private annSubscript(e: A.ExprNode): void {
    if (e._type === "Slice") {
      if (e.lower !== null) this.expr(e.lower)
      if (e.upper !== null) this.expr(e.upper)
      if (e.step !== null) this.expr(e.step)
    } else if (e._type === "Tuple") {
      for (const x of e.elts) this.annSubscript(x)
    } else {
      this.expr(e)
    }
  }

  private withItems(s: A.With | A.AsyncWith, pos: number): void {
    const item = s.items[pos] as A.WithItem
    this.expr(item.context_expr)
    this.pushFBlock({ kind: s._type === "With" ? "with" : "async_with" })
    if (item.optional_vars !== null) this.expr(item.optional_vars)
    if (pos + 1 === s.items.length) this.stmts(s.body)
    else this.withItems(s, pos + 1)
    this.popFBlock()
    this.setLoc(s)
  }

  private tryFinally(finalbody: A.StmtNode[], body: () => void): void {
    this.pushFBlock({ kind: "finally_try", body: finalbody })
    body()
    this.popFBlock()
    this.stmts(finalbody)
    this.unsetLoc()
    this.pushFBlock({ kind: "finally_end" })
    this.stmts(finalbody)
    this.popFBlock()
  }

  private tryBody(s: A.Try): void {
    if (s.handlers.length > 0) this.tryExcept(s)
    else this.stmts(s.body)
  }

  private tryStarBody(s: A.TryStar): void {
    if (s.handlers.length > 0) this.tryStarExcept(s)
    else this.stmts(s.body)
  }

  private tryExcept(s: A.Try): void {
    this.pushFBlock({ kind: "try_except" })
    this.stmts(s.body)
    this.popFBlock()
    this.stmts(s.orelse)
    this.unsetLoc()
    this.pushFBlock({ kind: "exception_handler" })
    const n = s.handlers.length
    s.handlers.forEach((h, i) => {
      this.setLoc(h)
      if (h.type === null && i < n - 1) throw this.error("default 'except:' must be last")
      if (h.type !== null) this.expr(h.type)
      if (h.name !== null) this.forbidden(h.name, "Store")
      this.pushFBlock({ kind: "handler_cleanup" })
      this.stmts(h.body)
      this.popFBlock()
      this.unsetLoc()
    })
    this.popFBlock()
  }

  private tryStarExcept(s: A.TryStar): void {
    this.pushFBlock({ kind: "try_except" })
    this.stmts(s.body)
    this.popFBlock()
    this.unsetLoc()
    this.pushFBlock({ kind: "exception_group_handler" })
    for (const h of s.handlers) {
      this.setLoc(h)
      if (h.type !== null) this.expr(h.type)
      if (h.name !== null) this.forbidden(h.name, "Store")
      this.pushFBlock({ kind: "handler_cleanup" })
      this.stmts(h.body)
      this.popFBlock()
    }
    this.popFBlock()
    this.stmts(s.orelse)
  }

  // ── match ──

  private match(s: A.Match): void {
    this.expr(s.subject)
    const cases = s.cases
    const last = cases[cases.length - 1] as A.MatchCase
    const hasDefault = isWildcard(last.pattern) && cases.length > 1 ? 1 : 0
    for (let i = 0; i < cases.length - hasDefault; i++) {
      const m = cases[i] as A.MatchCase
      this.setLoc(m.pattern)
      const pc: PatternContext = {
        stores: [],
        allowIrrefutable: m.guard !== null || i === cases.length - 1,
      }
      this.pattern(m.pattern, pc)
      for (const name of pc.stores) this.forbidden(name, "Store")
      if (m.guard !== null) this.expr(m.guard)
      this.stmts(m.body)
      this.setLoc(m.pattern)
    }
    if (hasDefault) {
      this.setLoc(last.pattern)
      if (last.guard !== null) this.expr(last.guard)
      this.stmts(last.body)
    }
  }

  private storeName(name: string | null, pc: PatternContext): void {
    if (name === null) return
    this.forbidden(name, "Store")
    if (pc.stores.includes(name))
      throw this.error(`multiple assignments to name ${pyStrRepr(name)} in pattern`)
    pc.stores.push(name)
  }

  private subpattern(p: A.PatternNode, pc: PatternContext): void {
    const saved = pc.allowIrrefutable
    pc.allowIrrefutable = true
    this.pattern(p, pc)
    pc.allowIrrefutable = saved
  }

  private pattern(p: A.PatternNode, pc: PatternContext): void {
    this.setLoc(p)
    switch (p._type) {
      case "MatchValue":
        if (foldConstant(p.value) === NOT_CONSTANT && p.value._type !== "Attribute") {
          throw this.error("patterns may only match literals and attribute lookups")
        }
        this.expr(p.value)
        break
      case "MatchSingleton":
        break
      case "MatchSequence":
        this.sequencePattern(p, pc)
        break
      case "MatchMapping":
        this.mappingPattern(p, pc)
        break
      case "MatchClass":
        this.classPattern(p, pc)
        break
      case "MatchStar":
        this.storeName(p.name, pc)
        break
      case "MatchAs":
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name !== null) {
              throw this.error(
                `name capture ${pyStrRepr(p.name)} makes remaining patterns unreachable`,
              )
            }
            throw this.error("wildcard makes remaining patterns unreachable")
          }
          this.storeName(p.name, pc)
        } else {
          this.pattern(p.pattern, pc)
          this.storeName(p.name, pc)
        }
        break
      case "MatchOr":
        this.orPattern(p, pc)
        break
    }
  }

  private sequencePattern(p: A.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns
    let star = -1
    let onlyWildcard = true
    let starWildcard = false
    patterns.forEach((q, i) => {
      if (q._type === "MatchStar") {
        if (star >= 0) throw this.error("multiple starred names in sequence pattern")
        starWildcard = q.name === null
        onlyWildcard &&= starWildcard
        star = i
      } else {
        onlyWildcard &&= isWildcard(q)
      }
    })
    if (onlyWildcard) return
    if (starWildcard) {
      patterns.forEach((q, i) => {
        if (!isWildcard(q) && i !== star) this.subpattern(q, pc)
      })
      return
    }
    if (star >= 0 && star >= 256) {
      throw this.error("too many expressions in star-unpacking sequence pattern")
    }
    for (const q of patterns) this.subpattern(q, pc)
  }

  private mappingPattern(p: A.MatchMapping, pc: PatternContext): void {
    const size = p.keys.length
    if (size !== p.patterns.length) {
      throw this.error(
        `keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`,
      )
    }
    if (size === 0 && p.rest === null) return
    const seen = new Set<string>()
    for (const key of p.keys) {
      const value = foldConstant(key)
      if (value !== NOT_CONSTANT) {
        const k = constantKey(value)
        if (seen.has(k)) throw this.error(`mapping pattern checks duplicate key (${pyRepr(value)})`)
        seen.add(k)
      } else if (key._type !== "Attribute") {
        throw this.error("mapping pattern keys may only match literals and attribute lookups")
      }
      this.expr(key)
    }
    for (const q of p.patterns) this.subpattern(q, pc)
    this.storeName(p.rest, pc)
  }

  private classPattern(p: A.MatchClass, pc: PatternContext): void {
    const nattrs = p.kwd_attrs.length
    if (nattrs !== p.kwd_patterns.length) {
      throw this.error(
        `kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`,
      )
    }
    if (nattrs > 0) {
      for (let i = 0; i < nattrs; i++) {
        const attr = p.kwd_attrs[i] as string
        this.setLoc(p.kwd_patterns[i] as A.PatternNode)
        this.forbidden(attr, "Store")
        for (let j = i + 1; j < nattrs; j++) {
          if (p.kwd_attrs[j] === attr) {
            this.setLoc(p.kwd_patterns[j] as A.PatternNode)
            throw this.error(`attribute name repeated in class pattern: ${attr}`)
          }
        }
      }
      this.setLoc(p)
    }
    this.expr(p.cls)
    for (const q of [...p.patterns, ...p.kwd_patterns]) {
      if (!isWildcard(q)) this.subpattern(q, pc)
    }
  }

  private orPattern(p: A.MatchOr, pc: PatternContext): void {
    let control: string[] | null = null
    const size = p.patterns.length
    p.patterns.forEach((alt, i) => {
      this.setLoc(alt)
      const sub: PatternContext = {
        stores: [],
        allowIrrefutable: i === size - 1 && pc.allowIrrefutable,
      }
      this.pattern(alt, sub)
      if (control === null) {
        control = sub.stores
      } else if (
        sub.stores.length !== control.length ||
        control.some((name) => !sub.stores.includes(name))
      ) {
        throw this.error("alternative patterns bind different names")
      }
    })
    for (const name of control ?? []) {
      if (pc.stores.includes(name))
        throw this.error(`multiple assignments to name ${pyStrRepr(name)} in pattern`)
      pc.stores.push(name)
    }
  }

  // ── expressions ──

  private exprs(list: A.ExprNode[]): void {
    for (const e of list) this.expr(e)
  }

  private expr(e: A.ExprNode): void {
    const saved = this.loc
    this.setLoc(e)
    this.expr1(e)
    this.loc = saved
  }

  private expr1(e: A.ExprNode): void {
    switch (e._type) {
      case "NamedExpr":
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
        this.checkDebugArgs(e.args)
        this.defaults(e.args)
        this.inUnit(e, "lambda", () => this.expr(e.body))
        break
      case "IfExp":
        this.expr(e.test)
        this.expr(e.body)
        this.expr(e.orelse)
        break
      case "Dict":
        e.values.forEach((v, i) => {
          const k = e.keys[i]
          if (k !== null && k !== undefined) this.expr(k)
          this.expr(v)
        })
        break
      case "Set":
        this.starUnpack(e.elts)
        break
      case "GeneratorExp":
        this.comprehension(e, e.generators, e.elt, null, true)
        break
      case "ListComp":
      case "SetComp":
        this.comprehension(e, e.generators, e.elt, null, false)
        break
      case "DictComp":
        this.comprehension(e, e.generators, e.key, e.value, false)
        break
      case "Await":
        if (this.unit.ste.type !== "function") throw this.error("'await' outside function")
        if (this.unit.kind !== "async_function" && this.unit.kind !== "comprehension") {
          throw this.error("'await' outside async function")
        }
        this.expr(e.value)
        break
      case "Yield":
        if (this.unit.ste.type !== "function") throw this.error("'yield' outside function")
        if (e.value !== null) this.expr(e.value)
        break
      case "YieldFrom":
        if (this.unit.ste.type !== "function") throw this.error("'yield' outside function")
        if (this.unit.kind === "async_function")
          throw this.error("'yield from' inside async function")
        this.expr(e.value)
        break
      case "Compare":
        this.expr(e.left)
        this.exprs(e.comparators)
        break
      case "Call":
        this.validateKeywords(e.keywords)
        this.expr(e.func)
        this.callHelper(e.args, e.keywords)
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
        this.matchAttrStart(e)
        if (e.ctx._type === "Store") this.forbidden(e.attr, "Store")
        break
      case "Subscript":
        this.expr(e.value)
        this.expr(e.slice)
        break
      case "Starred":
        if (e.ctx._type === "Store")
          throw this.error("starred assignment target must be in a list or tuple")
        throw this.error("can't use starred expression here")
      case "Name":
        this.forbidden(e.id, e.ctx._type)
        break
      case "List":
      case "Tuple":
        if (e.ctx._type === "Store") this.assignmentUnpack(e.elts)
        else if (e.ctx._type === "Load") this.starUnpack(e.elts)
        else this.exprs(e.elts)
        break
      case "Slice":
        if (e.lower !== null) this.expr(e.lower)
        if (e.upper !== null) this.expr(e.upper)
        if (e.step !== null) this.expr(e.step)
        break
    }
  }

  /** update_start_location_to_match_attr: a multi-line attribute points at its last line. */
  private matchAttrStart(e: A.Attribute): void {
    if (this.loc.lineno === e.end_lineno) return
    const len = [...e.attr].length
    this.loc = {
      lineno: e.end_lineno,
      col: len <= e.end_col_offset ? e.end_col_offset - len : -1,
      endLineno: Math.max(e.end_lineno, this.loc.endLineno),
      endCol: len <= e.end_col_offset ? this.loc.endCol : -1,
    }
    if (this.loc.lineno === this.loc.endLineno)
      this.loc.endCol = Math.max(this.loc.col, this.loc.endCol)
  }

  private starUnpack(elts: A.ExprNode[]): void {
    for (const x of elts) this.expr(x._type === "Starred" ? x.value : x)
  }

  /** unpack_helper + assignment_helper: at most one starred target, fewer than 256 before it. */
  private assignmentUnpack(elts: A.ExprNode[]): void {
    let seenStar = false
    elts.forEach((x, i) => {
      if (x._type !== "Starred") return
      if (seenStar) throw this.error("multiple starred expressions in assignment")
      if (i >= 256) throw this.error("too many expressions in star-unpacking assignment")
      seenStar = true
    })
    for (const x of elts) this.expr(x._type === "Starred" ? x.value : x)
  }

  private validateKeywords(keywords: A.Keyword[]): void {
    keywords.forEach((k, i) => {
      if (k.arg === null) return
      this.forbidden(k.arg, "Store")
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j] as A.Keyword
        if (other.arg === k.arg) {
          this.setLoc(other)
          throw this.error(`keyword argument repeated: ${k.arg}`)
        }
      }
    })
  }

  private callHelper(args: A.ExprNode[], keywords: A.Keyword[]): void {
    this.validateKeywords(keywords)
    this.starUnpack(args)
    for (const k of keywords) this.expr(k.value)
  }

  /**
   * compiler_comprehension: the body is compiled first (in its own unit), the
   * first iterable afterwards in the enclosing unit.
   */
  private comprehension(
    e: A.ExprNode,
    generators: A.Comprehension[],
    elt: A.ExprNode,
    value: A.ExprNode | null,
    isGenexp: boolean,
  ): void {
    const outerKind = this.unit.kind
    this.inUnit(e, "comprehension", () => {
      this.setLoc(e as Loc & A.ExprNode)
      if (
        this.unit.ste.coroutine &&
        !isGenexp &&
        outerKind !== "async_function" &&
        outerKind !== "comprehension"
      ) {
        throw this.error("asynchronous comprehension outside of an asynchronous function")
      }
      this.comprehensionGenerator(generators, 0, elt, value)
    })
    this.expr((generators[0] as A.Comprehension).iter)
  }

  private comprehensionGenerator(
    generators: A.Comprehension[],
    index: number,
    elt: A.ExprNode,
    value: A.ExprNode | null,
  ): void {
    const gen = generators[index] as A.Comprehension
    if (index > 0) {
      const iter = gen.iter
      const elts = iter._type === "List" || iter._type === "Tuple" ? iter.elts : []
      // The `for y in [f(x)]` idiom evaluates just the one element.
      if (elts.length === 1 && (elts[0] as A.ExprNode)._type !== "Starred")
        this.expr(elts[0] as A.ExprNode)
      else this.expr(iter)
    }
    if (gen.is_async) this.pushFBlock({ kind: "async_comprehension" })
    this.expr(gen.target)
    this.exprs(gen.ifs)
    if (index + 1 < generators.length) {
      this.comprehensionGenerator(generators, index + 1, elt, value)
    } else {
      this.expr(elt)
      if (value !== null) this.expr(value)
    }
    if (gen.is_async) this.popFBlock()
  }
}

function isWildcard(p: A.PatternNode): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null
}

// ── constants, as CPython's AST optimizer folds them before compiling ──

const NOT_CONSTANT: unique symbol = Symbol("not constant")

/**
 * The value of a pattern key or value after constant folding: a Constant, or the
 * negative numbers and complex sums the parser builds as UnaryOp/BinOp.
 */
function foldConstant(e: A.ExprNode): ConstantValue | typeof NOT_CONSTANT {
  if (e._type === "Constant") return e.value
  if (e._type === "UnaryOp" && e.op._type === "USub") {
    const v = foldConstant(e.operand)
    if (typeof v === "bigint") return -v
    if (typeof v === "number") return -v
    if (v instanceof ComplexConst) return new ComplexConst(-v.real, -v.imag)
    return NOT_CONSTANT
  }
  if (e._type === "BinOp" && (e.op._type === "Add" || e.op._type === "Sub")) {
    const l = foldConstant(e.left)
    const r = foldConstant(e.right)
    if (!(r instanceof ComplexConst) || l === NOT_CONSTANT) return NOT_CONSTANT
    const sign = e.op._type === "Add" ? 1 : -1
    const re = typeof l === "bigint" ? Number(l) : typeof l === "number" ? l : NaN
    if (Number.isNaN(re)) return NOT_CONSTANT
    return new ComplexConst(re + sign * r.real, sign * r.imag)
  }
  return NOT_CONSTANT
}

/** A key equal for constants Python considers equal (1 == 1.0 == True, -0.0 == 0). */
function constantKey(v: ConstantValue): string {
  if (v === null) return "None"
  if (typeof v === "boolean") return v ? "n:1" : "n:0"
  if (typeof v === "bigint") return `n:${v}`
  if (typeof v === "number") return Number.isInteger(v) ? `n:${BigInt(v)}` : `f:${v}`
  if (typeof v === "string") return `s:${v}`
  if (v instanceof ComplexConst) return v.imag === 0 ? constantKey(v.real) : `c:${v.real},${v.imag}`
  if (v instanceof BytesConst) return `b:${Array.from(v.bytes).join(",")}`
  return "..."
}

/** repr() of a string, with CPython's choice of quotes and escapes. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    if (ch === quote || ch === "\\") out += "\\" + ch
    else if (ch === "\n") out += "\\n"
    else if (ch === "\r") out += "\\r"
    else if (ch === "\t") out += "\\t"
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0")
    else out += ch
  }
  return out + quote
}

function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan"
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf"
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1)
  const s = String(x)
  return s.replace(/e([+-])(\d)$/, "e$10$2")
}

/** repr() of the constants that can be mapping-pattern keys. */
function pyRepr(v: ConstantValue): string {
  if (v === null) return "None"
  if (typeof v === "boolean") return v ? "True" : "False"
  if (typeof v === "bigint") return String(v)
  if (typeof v === "number") return floatRepr(v)
  if (typeof v === "string") return pyStrRepr(v)
  if (v instanceof ComplexConst) {
    const im = (x: number) => (Number.isInteger(x) && Math.abs(x) < 1e16 ? String(x) : floatRepr(x))
    if (v.real === 0 && !Object.is(v.real, -0)) return `${im(v.imag)}j`
    const sign = v.imag < 0 || Object.is(v.imag, -0) ? "-" : "+"
    return `(${im(v.real)}${sign}${im(Math.abs(v.imag))}j)`
  }
  if (v instanceof BytesConst) {
    let out = "b'"
    for (const b of v.bytes) {
      if (b === 0x27 || b === 0x5c) out += "\\" + String.fromCharCode(b)
      else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b)
      else out += "\\x" + b.toString(16).padStart(2, "0")
    }
    return out + "'"
  }
  return v === ELLIPSIS ? "Ellipsis" : "?"
}
