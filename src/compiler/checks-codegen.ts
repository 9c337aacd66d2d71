// Stage 3 of the compile checks: the SyntaxErrors and SyntaxWarnings of
// compile.c, found by walking the tree in code-generation order with
// compile.c's frame-block stack and "current location" (see checks.ts).
//
// @cpython Python/compile.c

import type * as A from "./ast-nodes.js"
import type { CompileCheckOptions, FutureFeatures } from "./checks.js"
import {
  INDEXED_DISPLAYS,
  NOT_SUBSCRIPTABLE,
  foldedConstant,
  inferType,
} from "./checks-constants.js"
import { PySyntaxError, type CompileWarning } from "./errors.js"
import {
  PatternChecker,
  isWildcard,
  type PatternContext,
  type PatternHost,
} from "./checks-patterns.js"
import type { Loc, SymbolTable, SymbolTableEntry } from "./symtable.js"

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

/** The current source location; lineno -1 is compile.c's "unset" (an artificial instruction). */
interface CurLoc {
  lineno: number
  col: number
  endLineno: number
  endCol: number
}

export class CodegenChecker implements PatternHost {
  private readonly table: SymbolTable
  private readonly future: FutureFeatures
  private readonly filename: string
  private readonly allowTopLevelAwait: boolean
  private readonly warnHook: ((w: CompileWarning) => void) | null
  private readonly patterns: PatternChecker = new PatternChecker(this)
  private unit!: Unit
  private loc: CurLoc = { lineno: 1, col: 0, endLineno: 1, endCol: 0 }

  constructor(
    table: SymbolTable,
    future: FutureFeatures,
    filename: string,
    options: CompileCheckOptions,
  ) {
    this.table = table
    this.future = future
    this.filename = filename
    this.allowTopLevelAwait = options.allowTopLevelAwait === true
    this.warnHook = options.warn ?? null
  }

  /** compiler_warn: a SyntaxWarning at the current line. */
  private warn(message: string): void {
    if (this.warnHook !== null) {
      this.warnHook({
        category: "SyntaxWarning",
        message,
        filename: this.filename,
        lineno: this.loc.lineno,
      })
    }
  }

  /** IS_TOP_LEVEL_AWAIT: the flag is set and we are in the module's own code. */
  private get topLevelAwait(): boolean {
    return this.allowTopLevelAwait && this.unit.ste.type === "module"
  }

  error(msg: string): PySyntaxError {
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

  setLoc(n: Loc): void {
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
  /** Starts compiling `node`'s block as a new code unit; returns what exitUnit restores. */
  private enterUnit(node: A.Node, kind: UnitKind): [Unit, CurLoc] {
    const saved: [Unit, CurLoc] = [this.unit, this.loc]
    this.unit = { ste: this.table.lookup(node), kind, fblocks: [] }
    return saved
  }

  private exitUnit([unit, loc]: [Unit, CurLoc]): void {
    this.unit = unit
    this.loc = loc
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
  forbidden(name: string, ctx: "Store" | "Del" | "Load"): void {
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
        {
          const outer = this.enterUnit(s, s._type === "FunctionDef" ? "function" : "async_function")
          const body = s.body
          for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++) {
            this.stmt(body[i] as A.StmtNode)
          }
          this.exitUnit(outer)
        }
        this.forbidden(s.name, "Store")
        break
      case "ClassDef":
        this.exprs(s.decorator_list)
        {
          const outer = this.enterUnit(s, "class")
          this.stmts(s.body)
          this.exitUnit(outer)
        }
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
        if (this.topLevelAwait) this.unit.ste.coroutine = true
        else if (this.unit.kind !== "async_function") {
          throw this.error("'async for' outside async function")
        }
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
        // compile.c emits the test twice (at the top and at the bottom of the loop).
        this.expr(s.test)
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
        if (s._type === "AsyncWith") {
          if (this.topLevelAwait) this.unit.ste.coroutine = true
          else if (this.unit.kind !== "async_function") {
            throw this.error("'async with' outside async function")
          }
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
        if (s.test._type === "Tuple" && s.test.elts.length > 0) {
          this.warn("assertion is always true, perhaps remove parentheses?")
        }
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
      this.patterns.pattern(m.pattern, pc)
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

  // ── expressions ──

  private exprs(list: A.ExprNode[]): void {
    for (const e of list) this.expr(e)
  }

  /**
   * compiler_visit_expr: sets the location to `e` for its own checks, then
   * restores it. One JS frame per nesting level (lambdas included): parser-made
   * trees can be about 3000 levels deep (`lambda: lambda: ...`, `-(-(...))`).
   */
  expr(e: A.ExprNode): void {
    const saved = this.loc
    this.setLoc(e)
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
        {
          const outer = this.enterUnit(e, "lambda")
          this.expr(e.body)
          this.exitUnit(outer)
        }
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
        if (!this.topLevelAwait) {
          if (this.unit.ste.type !== "function") throw this.error("'await' outside function")
          if (this.unit.kind !== "async_function" && this.unit.kind !== "comprehension") {
            throw this.error("'await' outside async function")
          }
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
        this.checkCompare(e)
        this.expr(e.left)
        this.exprs(e.comparators)
        break
      case "Call":
        this.validateKeywords(e.keywords)
        this.checkCaller(e.func)
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
        if (e.ctx._type === "Load") {
          this.checkSubscripter(e.value)
          this.checkIndex(e.value, e.slice)
        }
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
    this.loc = saved
  }

  /** check_compare: `is` / `is not` with a literal (after constant folding) is suspicious. */
  private checkCompare(e: A.Compare): void {
    const isArg = (x: A.ExprNode) => {
      const c = foldedConstant(x)
      return c === null || c.singleton
    }
    let left = isArg(e.left)
    for (let i = 0; i < e.ops.length; i++) {
      const op = (e.ops[i] as A.CmpOpKind)._type
      const right = isArg(e.comparators[i] as A.ExprNode)
      if ((op === "Is" || op === "IsNot") && (!left || !right)) {
        this.warn(
          op === "Is"
            ? '"is" with a literal. Did you mean "=="?'
            : '"is not" with a literal. Did you mean "!="?',
        )
        return
      }
      left = right
    }
  }

  /** check_caller: calling a literal or a display. */
  private checkCaller(f: A.ExprNode): void {
    switch (f._type) {
      case "Constant":
      case "Tuple":
      case "List":
      case "ListComp":
      case "Dict":
      case "DictComp":
      case "Set":
      case "SetComp":
      case "GeneratorExp":
      case "JoinedStr":
      case "FormattedValue":
        this.warn(`'${inferType(f)}' object is not callable; perhaps you missed a comma?`)
    }
  }

  /** check_subscripter: subscripting something that never supports it. */
  private checkSubscripter(v: A.ExprNode): void {
    const warn = () =>
      this.warn(`'${inferType(v)}' object is not subscriptable; perhaps you missed a comma?`)
    const c = foldedConstant(v)
    if (c !== null) {
      if (NOT_SUBSCRIPTABLE.has(c.type)) warn()
      return
    }
    switch (v._type) {
      case "Set":
      case "SetComp":
      case "GeneratorExp":
      case "Lambda":
        warn()
    }
  }

  /** check_index: a sequence literal indexed by something that is not an int or a slice. */
  private checkIndex(v: A.ExprNode, index: A.ExprNode): void {
    const indexType = inferType(index)
    if (indexType === null || indexType === "int" || indexType === "bool") return
    const c = foldedConstant(v)
    if (c !== null) {
      if (c.type !== "str" && c.type !== "bytes" && c.type !== "tuple") return
    } else if (!INDEXED_DISPLAYS.has(v._type)) {
      return
    }
    this.warn(
      `${inferType(v)} indices must be integers or slices, not ${indexType}; ` +
        "perhaps you missed a comma?",
    )
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
    const topLevelAwait = this.topLevelAwait
    const outer = this.enterUnit(e, "comprehension")
    this.setLoc(e as Loc & A.ExprNode)
    const isAsync = this.unit.ste.coroutine
    if (
      isAsync &&
      !isGenexp &&
      outerKind !== "async_function" &&
      outerKind !== "comprehension" &&
      !topLevelAwait
    ) {
      throw this.error("asynchronous comprehension outside of an asynchronous function")
    }
    this.comprehensionGenerator(generators, 0, elt, value)
    this.exitUnit(outer)
    if (topLevelAwait && isAsync) this.unit.ste.coroutine = true
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

/** A module or function body's docstring statement. */
export function isDocstring(s: A.StmtNode | undefined): boolean {
  return (
    s !== undefined &&
    s._type === "Expr" &&
    s.value._type === "Constant" &&
    typeof s.value.value === "string"
  )
}
