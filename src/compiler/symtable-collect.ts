// Pass 1 of the symbol table: one walk over the AST that opens a block per
// namespace and records what each block does with each name (its flags), and
// raises the errors symtable.c finds while walking.
//
// @cpython Python/symtable.c symtable_visit_stmt, symtable_visit_expr, ...

import type * as A from "./ast-nodes.js"
import type { PySyntaxError } from "./errors.js"
import {
  CompilerRecursionError,
  DEF_ANNOT,
  DEF_COMP_ITER,
  DEF_GLOBAL,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  SymbolTableEntry,
  USE,
  mangle,
  syntaxError,
  type BlockType,
  type ComprehensionKind,
  type Loc,
} from "./symtable-entry.js"
import { assert } from "../util/index.js"

/**
 * CPython's symtable gives up past about 3000 nested statements, expressions
 * and patterns (the recursion limit times COMPILER_STACK_FRAME_SCALE); so do we,
 * with CompilerRecursionError. Our later passes use about one JS frame per
 * level of the shapes that can nest that deep without brackets (unary, lambda,
 * conditional, binary, attribute and call chains), so they fit in Node's stack.
 */
const MAX_DEPTH = 3000

/**
 * What a statement, a pattern or a comprehension costs against MAX_DEPTH. They
 * take several JS frames per level; the parser never nests them deeper than
 * 100 (indentation) or 200 (brackets), so charging them more changes nothing
 * for parsed code and keeps synthetic trees from overflowing the stack.
 */
const HEAVY = 3

const COMPREHENSIONS = new Set(["ListComp", "SetComp", "DictComp", "GeneratorExp"])

// ───────────────────────────── pass 1: collect ─────────────────────────────

/** The first pass: one walk over the AST filling the blocks. */
export class SymtableBuilder {
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
    this.enterNode(HEAVY)
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
    this.depth -= HEAVY
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
    const weight = COMPREHENSIONS.has(e._type) ? HEAVY : 1
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
    this.enterNode(HEAVY)
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
    this.depth -= HEAVY
  }
}
