// Code generation for code objects and what creates them: modules, function
// definitions, lambdas, comprehensions and class statements.
//
// Every code object's body becomes one JS function `(F, A)`:
//
//   def f(a, b=1):              return function f(F, A) {
//       c = a + b                 let v_a = A[0], v_b = A[1], v_c = null
//       return c                  let t0 = null, t1 = null
//                                 try {
//                                   ...statements...
//                                 } catch (e) {
//                                   ex_ = caughtOut(F, e)      traceback entry, RecursionError
//                                   ...release t1, t0...
//                                 } finally {
//                                   locals released in co_varnames order, or moved
//                                   into the frame object when a traceback holds it
//                                   if (ex_ !== null) throw ex_
//                                 }
//                               }
//
// `A` holds the bound arguments in co_varnames order; their references move
// into the locals (CPython 3.11's frame owns the argument references).

import type * as A from "../../compiler/ast-nodes.js"
import { CO, CodeObject, ConstTuple, SNAP_MARK } from "../code.js"
import {
  expr,
  store,
  storeName,
  constantValue,
  awaitValue,
  sendLoop,
  yieldValue,
} from "./expressions.js"
import { Gen, SC, type ScopeBlock, type ScopeTable } from "./state.js"
import { body as stmts } from "./statements.js"

/** Which kind of comprehension node. */
type CompNode = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp

/**
 * Compiles a module (or the body of exec/eval) to its code object, with the
 * code objects of every nested def, lambda, comprehension and class.
 */
export function compileModule(
  mod: A.Module | A.Expression | A.Interactive,
  table: ScopeTable,
  filename: string,
): CodeObject {
  const code = new CodeObject("<module>", "<module>", filename, 1)
  code.kind = "module"
  const g = new Gen(code, table.top, table, null)
  // compile(..., "single"): expression statements print their value (sys.displayhook).
  if (mod._type === "Interactive") g.interactive = true
  if (mod._type === "Expression") {
    const t = expr(g, mod.body)
    g.emit(`{ const r = ${t}; ${t} = null; return r }`)
    g.pop()
    finish(g, false)
  } else {
    stmts(g, mod.body)
    finish(g, true)
  }
  return code
}

/** The qualified name of a def/class named `name` defined inside the code of `g`. */
function qualnameIn(g: Gen, name: string): string {
  const parent = g.code
  if (parent.kind === "module") return name
  // A name declared global in the enclosing function is qualified as a top-level one.
  // Comprehensions add no ".<locals>" (compiler_set_qualname: only def and lambda do).
  if (parent.kind === "function" && g.ste.comprehension === "") {
    const sc = g.ste.scope(g.mangle(name))
    if (sc === SC.GLOBAL_EXPLICIT) return name
    return `${parent.qualname}.<locals>.${name}`
  }
  return `${parent.qualname}.${name}`
}

/**
 * Sets up the locals of a function code object from its symbol table block:
 * co_varnames (parameters first), cells, free variables.
 */
function setupFunction(g: Gen, args: A.Arguments | null): void {
  const code = g.code
  const ste = g.ste
  if (args !== null) {
    code.posonlyargcount = args.posonlyargs.length
    code.argcount = args.posonlyargs.length + args.args.length
    code.kwonlyargcount = args.kwonlyargs.length
    if (args.vararg !== null) code.flags |= CO.VARARGS
    if (args.kwarg !== null) code.flags |= CO.VARKEYWORDS
  }
  code.flags |= CO.OPTIMIZED | CO.NEWLOCALS
  if (ste.nested) code.flags |= CO.NESTED
  code.varnames = ste.varnames.slice()
  for (const [name, flags] of ste.symbols) {
    const sc = (flags >> 11) & 15
    if (sc === SC.LOCAL && !code.varnames.includes(name)) code.varnames.push(name)
  }
  code.cellvars = ste.cellvars()
  code.freevars = ste.freevars()
  code.cell2arg = code.cellvars.map((c) => code.varnames.slice(0, code.nparams).indexOf(c))
  for (const v of code.varnames) g.localVar(v)
  g.needsSnap = scanSnapNeeds(ste)
  code.cellvars.forEach((c, i) => g.cells.set(c, `c${i}_`))
  code.freevars.forEach((c, i) => g.cells.set(c, `f${i}_`))
}

/**
 * Completes the JS source of `g.code`: prologue (locals, cells, temporaries),
 * the body in a try/catch/finally that releases temporaries and locals, and
 * the implicit `return None`.
 */
function finish(g: Gen, implicitReturn: boolean): void {
  const code = g.code
  if (implicitReturn) {
    const t = constantValue(g, null)
    g.emit(`{ const r = ${t}; ${t} = null; return r }`)
    g.pop()
  }
  const isFn = code.kind === "function"
  const locals = isFn ? code.varnames.map((v) => g.localVar(v)) : []
  const cellVars = code.cellvars.map((_, i) => `c${i}_`)
  const lines: string[] = []
  const fnKw = code.isGenerator ? "function*" : "function"
  // The JS name never shadows the factory's parameters (a class named K, C, R...).
  const safeName = /^[A-Za-z_$][\w$]*$/.test(code.name) ? `py_${code.name}` : "py_code"
  lines.push(`return ${fnKw} ${safeName}(F, A) {`)
  if (locals.length > 0) {
    const np = code.nparams
    lines.push(
      `  let ${locals.map((v, i) => (i < np && code.cell2arg.indexOf(i) < 0 ? `${v} = A[${i}]` : `${v} = null`)).join(", ")}`,
    )
  }
  code.cellvars.forEach((_, i) => {
    const arg = code.cell2arg[i] as number
    lines.push(`  const c${i}_ = newCell(${arg >= 0 ? `A[${arg}]` : "null"})`)
  })
  if (code.cellvars.length > 0) g.h("newCell")
  code.freevars.forEach((_, i) => lines.push(`  const f${i}_ = F.closure[${i}]`))
  if (g.maxDepth > 0)
    lines.push(`  let ${Array.from({ length: g.maxDepth }, (_, k) => `t${k} = null`).join(", ")}`)
  // Free-variable cells are borrowed from the closure: only locals and own cells move.
  const all = [...locals, ...cellVars]
  if (isFn || g.needsSnap) {
    const snapItems = [
      ...locals,
      ...cellVars.map((c) => `${c}.v`),
      ...code.freevars.map((_, i) => `f${i}_.v`),
    ]
    lines.push(`${g.needsSnap ? "" : SNAP_MARK}  F.snap = () => [${snapItems.join(", ")}]`)
  }
  // A suspended generator keeps its locals and its value stack (the
  // temporaries: an awaited coroutine, a for loop's iterator...) in this JS
  // generator's variables: F.owned lets the cycle collector traverse them
  // (gen_traverse).
  const temps = Array.from({ length: g.maxDepth }, (_, k) => `t${k}`)
  if (code.isGenerator && all.length + temps.length > 0)
    lines.push(`  F.owned = () => [${[...all, ...temps].join(", ")}]`)
  // The exception is caught once and thrown again once, at the end of the
  // finally: a `throw` in the catch would be caught again by the finally's
  // implicit handler and rethrown, and each JS throw costs hundreds of ns.
  lines.push("  let ex_ = null")
  if (isFn && !code.isGenerator)
    lines.push("  if (F.popOnExit) { vm.frame = F; vm.depth++; vm.pendingCall = null }")
  lines.push("  try {")
  const bodySrc = g.finishReleases(g.out.map((l) => "  " + l).join("\n"))
  lines.push(bodySrc)
  lines.push("  } catch (e) {")
  lines.push(`    ex_ = ${g.h("caughtOut")}(F, e)`)
  const rel: string[] = []
  for (let k = g.maxDepth - 1; k >= 0; k--)
    rel.push(`    if (t${k} !== null && --t${k}.rc === 0) D(t${k})`)
  lines.push(...rel)
  lines.push("  } finally {")
  if (all.length > 0) {
    lines.push(`    if (F.fobj !== null) ${g.h("frameExit")}(F, [${all.join(", ")}])`)
    lines.push("    else {")
    for (const v of locals) lines.push(`      if (${v} !== null && --${v}.rc === 0) D(${v})`)
    for (const c of cellVars) lines.push(`      if (--${c}.rc === 0) D(${c})`)
    lines.push("    }")
  } else {
    lines.push(`    if (F.fobj !== null) ${g.h("frameExit")}(F, [])`)
  }
  if (isFn && !code.isGenerator) {
    lines.push("    if (F.popOnExit) {")
    lines.push("      vm.frame = F.back")
    lines.push("      vm.depth--")
    lines.push("      const f_ = F.func")
    lines.push("      if (--f_.rc === 0) D(f_)")
    lines.push("    }")
  }
  lines.push("    if (ex_ !== null) throw ex_")
  lines.push("  }")
  lines.push("}")
  const prologue = [
    `const D = R.D`,
    `const INT = rt.t.int`,
    `const FLOAT = rt.t.float`,
    `const TUPLE = rt.t.tuple`,
    `const LIST = rt.t.list`,
    `const newInt = R.newInt`,
    ...[...g.helpers].sort().map((h) => `const ${h} = R.${h}`),
    ...g.factoryDecls,
  ]
  code.source = prologue.join("\n") + "\n" + lines.join("\n") + "\n"
}

/** Compiles the body of a def or lambda into a child code object. */
function functionCode(
  g: Gen,
  node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda,
  name: string,
): CodeObject {
  const ste = g.table.lookup(node)
  const code = new CodeObject(name, qualnameIn(g, name), g.code.filename, node.lineno)
  code.kind = "function"
  const cg = new Gen(code, ste, g.table, g.className)
  setupFunction(cg, node.args)
  if (node._type === "AsyncFunctionDef") {
    // A coroutine, or with `yield` an async generator; both run as JS generators.
    code.flags |= ste.generator ? CO.ASYNC_GENERATOR : CO.COROUTINE
    code.isGenerator = true
  } else if (ste.generator) {
    code.flags |= CO.GENERATOR
    code.isGenerator = true
  }
  if (node._type === "Lambda") {
    const t = expr(cg, node.body)
    cg.emit(`{ const r = ${t}; ${t} = null; return r }`)
    cg.pop()
    finish(cg, false)
  } else {
    // A docstring is co_consts[0] (None when there is none), as in 3.11.
    const first = node.body[0]
    if (
      first !== undefined &&
      first._type === "Expr" &&
      first.value._type === "Constant" &&
      typeof first.value.value === "string"
    )
      cg.constant(first.value.value)
    else cg.constant(null)
    stmts(cg, node.body)
    finish(cg, true)
  }
  return code
}

/** Whether a block uses names that need `F.snap` (locals(), vars(), dir(), eval, exec). */
export function scanSnapNeeds(ste: ScopeBlock): boolean {
  for (const n of ["locals", "vars", "dir", "eval", "exec"]) if (ste.symbols.has(n)) return true
  return false
}

/**
 * MAKE_FUNCTION for a child code object: defaults, keyword defaults and the
 * closure (the cells of the code's free variables, taken from this block).
 * Leaves the new function in a temporary.
 */
function makeFunction(
  g: Gen,
  code: CodeObject,
  args: A.Arguments | null,
  returns: A.ExprNode | null = null,
): string {
  const base = g.depth
  const defaults = args === null ? [] : args.defaults
  let dflt = "null"
  if (defaults.length > 0) {
    for (const d of defaults) expr(g, d)
    const names = defaults.map((_, i) => g.t(base + i))
    g.emit(
      `{ const a = [${names.join(", ")}]; ${names.map((n) => `${n} = null`).join("; ")}; ${names[0]} = ${g.h("build_tuple")}(a) }`,
    )
    g.pop(defaults.length - 1)
    dflt = g.t(base)
  }
  let kwd = "null"
  if (args !== null && args.kw_defaults.some((d) => d !== null)) {
    const acc = g.push()
    g.emit(`${acc} = ${g.h("build_dict")}()`)
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i]
      if (d === null || d === undefined) return
      const v = expr(g, d)
      g.emit(
        `${g.h("dictSet")}(${acc}, N[${g.name(g.mangle(a.arg))}], ${v}); ${g.dec(v)}; ${v} = null`,
      )
      g.pop()
    })
    kwd = acc
  }
  // Annotations, evaluated at definition time (no `from __future__ import annotations`).
  let ann = "null"
  const annotated: [string, A.ExprNode][] = []
  if (args !== null) {
    const all = [...args.posonlyargs, ...args.args]
    if (args.vararg !== null) all.push(args.vararg)
    all.push(...args.kwonlyargs)
    if (args.kwarg !== null) all.push(args.kwarg)
    for (const a of all) if (a.annotation !== null) annotated.push([g.mangle(a.arg), a.annotation])
  }
  if (returns !== null) annotated.push(["return", returns])
  if (annotated.length > 0 && !g.futureAnnotations) {
    const acc = g.push()
    g.emit(`${acc} = ${g.h("build_dict")}()`)
    for (const [name, e] of annotated) {
      const v = expr(g, e)
      g.emit(`${g.h("dictSet")}(${acc}, N[${g.name(name)}], ${v}); ${g.dec(v)}; ${v} = null`)
      g.pop()
    }
    ann = acc
  }
  const closure = code.freevars.map((v) => {
    const c = g.cells.get(v)
    if (c === undefined) throw new Error(`heapscope codegen: no cell for free variable ${v}`)
    return c
  })
  const k = g.constant(code)
  const res = g.t(base)
  const clos = closure.length > 0 ? `[${closure.join(", ")}]` : "null"
  if (g.depth === base) g.push()
  g.emit(
    `{ const d = ${dflt}, k = ${kwd}, n = ${ann}; ${[dflt, kwd, ann]
      .filter((x) => x !== "null")
      .map((x) => `${x} = null; `)
      .join("")}${res} = ${g.h("makeFunction")}(F, C[${k}], d, k, ${clos}, n) }`,
  )
  g.pop(g.depth - base - 1)
  return res
}

/** Applies decorators already evaluated into temporaries (innermost last) to the value in `t`. */
function applyDecorators(g: Gen, decos: string[], t: string, nodes: A.ExprNode[]): void {
  for (let i = decos.length - 1; i >= 0; i--) {
    const d = decos[i] as string
    // The call of a decorator is located at the decorator expression.
    g.at(nodes[i] as A.Located)
    g.emit(
      `{ const f = ${d}, a = [${t}]; ${d} = null; ${t} = null; ${d} = ${g.h("callv")}(F, f, a, null) }`,
    )
    g.emit(`${t} = ${d}; ${d} = null`)
  }
}

/** `def` statement. */
export function functionDef(g: Gen, node: A.FunctionDef | A.AsyncFunctionDef): void {
  const base = g.depth
  const decos: string[] = []
  for (const d of node.decorator_list) decos.push(expr(g, d))
  const code = functionCode(g, node, node.name)
  g.at(node)
  const f = makeFunction(g, code, node.args, node.returns)
  if (decos.length > 0) {
    // Move the function to the bottom-most slot after the decorators are applied.
    applyDecorators(g, decos, f, node.decorator_list)
    const bottom = g.t(base)
    if (bottom !== f) {
      g.emit(`${bottom} = ${f}; ${f} = null`)
    }
    g.pop(g.depth - base - 1)
    storeName(g, node.name, bottom)
  } else {
    storeName(g, node.name, f)
  }
}

/** `lambda` expression. */
export function lambda(g: Gen, node: A.Lambda): string {
  const code = functionCode(g, node, "<lambda>")
  return makeFunction(g, code, node.args)
}

/** List, set and dict comprehensions and generator expressions: a nested function called at once. */
export function comprehension(g: Gen, node: CompNode): string {
  const ste = g.table.lookup(node)
  const name = {
    ListComp: "<listcomp>",
    SetComp: "<setcomp>",
    DictComp: "<dictcomp>",
    GeneratorExp: "<genexpr>",
  }[node._type]
  const code = new CodeObject(name, qualnameIn(g, name), g.code.filename, node.lineno)
  code.kind = "function"
  const cg = new Gen(code, ste, g.table, g.className)
  setupFunction(cg, null)
  code.argcount = 1
  if (!code.varnames.includes(".0")) code.varnames.unshift(".0")
  cg.localVar(".0")
  const isGen = node._type === "GeneratorExp"
  // With `async for` or `await` inside, a generator expression is an async
  // generator and the other comprehensions are coroutines awaited at once.
  const isAsync = ste.coroutine
  if (isGen) {
    code.flags |= isAsync ? CO.ASYNC_GENERATOR : CO.GENERATOR
    code.isGenerator = true
  } else if (isAsync) {
    code.flags |= CO.COROUTINE
    code.isGenerator = true
  }
  let acc: string | null = null
  if (!isGen) {
    acc = cg.push()
    const kind = node._type === "ListComp" ? "list" : node._type === "SetComp" ? "set" : "dict"
    cg.emit(`${acc} = ${cg.h("build_" + kind)}(${kind === "dict" ? "" : "[]"})`)
  }
  compGenerators(cg, node, 0, acc)
  if (acc !== null) {
    cg.emit(`{ const r = ${acc}; ${acc} = null; return r }`)
    cg.pop()
    finish(cg, false)
  } else {
    finish(cg, true)
  }
  // In the enclosing scope: the first iterable, GET_ITER, then call the function with it.
  const first = node.generators[0] as A.Comprehension
  const base = g.depth
  const fn = makeFunction(g, code, null)
  const it = expr(g, first.iter)
  g.at(node)
  const getIter = first.is_async ? "getAIter" : "getIter"
  g.emit(`{ const i = ${g.h(getIter)}(${it}); ${g.dec(it)}; ${it} = i }`)
  g.emit(
    `{ const f = ${fn}, a = [${it}]; ${fn} = null; ${it} = null; ${fn} = ${g.h("callv")}(F, f, a, null) }`,
  )
  g.pop(g.depth - base - 1)
  if (isAsync && !isGen) awaitValue(g, fn, 0)
  return fn
}

/** The nested for/if loops of a comprehension, innermost producing the element. */
function compGenerators(cg: Gen, node: CompNode, i: number, acc: string | null): void {
  const gen = node.generators[i] as A.Comprehension
  const it = cg.push()
  if (i === 0) {
    const dot0 = cg.localVar(".0")
    cg.emit(`${it} = ${dot0}; ${dot0} = null`)
  } else {
    const src = expr(cg, gen.iter)
    cg.pop()
    cg.at(gen.iter as A.Located)
    const getIter = gen.is_async ? "getAIter" : "getIter"
    cg.emit(`{ const i = ${cg.h(getIter)}(${src}); ${cg.dec(src)}; ${it} = i }`)
  }
  cg.emit("for (;;) {")
  cg.indent++
  const x = cg.push()
  if (gen.is_async) asyncNext(cg, it, x)
  else cg.emit(`${x} = ${cg.h("iterNext")}(${it}); if (${x} === null) break`)
  storeTarget(cg, gen.target, x)
  let closers = 0
  for (const test of gen.ifs) {
    const c = condOf(cg, test)
    cg.emit(`if (${c}) {`)
    cg.indent++
    closers++
  }
  if (i + 1 < node.generators.length) {
    compGenerators(cg, node, i + 1, acc)
  } else if (node._type === "DictComp") {
    const k = expr(cg, node.key)
    const v = expr(cg, node.value)
    cg.emit(
      `${cg.h("dictSet")}(${acc}, ${k}, ${v}); ${cg.dec(k)}; ${k} = null; ${cg.dec(v)}; ${v} = null`,
    )
    cg.pop(2)
  } else if (node._type === "GeneratorExp") {
    const v = expr(cg, node.elt)
    cg.emit(
      `{ const y = ${yieldValue(cg, v)}; ${v} = null; const s = yield y; if (--s.rc === 0) D(s) }`,
    )
    cg.pop()
  } else {
    const v = expr(cg, node.elt)
    const add = node._type === "ListComp" ? "listAppend" : "setAdd"
    // The helper steals the item: cleared first, so a failing add releases it once.
    cg.emit(`{ const s = ${v}; ${v} = null; ${cg.h(add)}(${acc}, s) }`)
    cg.pop()
  }
  for (let c = 0; c < closers; c++) {
    cg.indent--
    cg.emit("}")
  }
  cg.indent--
  cg.emit("}")
  cg.emit(`${cg.dec(it)}; ${it} = null`)
  cg.pop()
}

/**
 * The head of an `async for` iteration (GET_ANEXT, the await, END_ASYNC_FOR):
 * awaits `it.__anext__()` into temporary `x`; StopAsyncIteration from it
 * breaks out of the enclosing JS loop.
 */
export function asyncNext(g: Gen, it: string, x: string): void {
  g.emit("try {")
  g.indent++
  g.emit(`${x} = ${g.h("getANext")}(${it})`)
  sendLoop(g, x)
  g.indent--
  g.emit(`} catch (e) { ${g.xdec(x)}; ${x} = null; if (${g.h("asyncForEnd")}(e)) break }`)
}

function condOf(g: Gen, test: A.ExprNode): string {
  const c = g.fresh("c")
  const t = expr(g, test)
  g.emit(`const ${c} = ${g.h("truth")}(${t}); ${g.dec(t)}; ${t} = null`)
  g.pop()
  return c
}

function storeTarget(g: Gen, target: A.ExprNode, v: string): void {
  store(g, target, v)
}

/** `class` statement: LOAD_BUILD_CLASS, the body function, name, bases, keywords, CALL. */
export function classDef(g: Gen, node: A.ClassDef): void {
  const base = g.depth
  const decos: string[] = []
  for (const d of node.decorator_list) decos.push(expr(g, d))
  const ste = g.table.lookup(node)
  const code = new CodeObject(node.name, qualnameIn(g, node.name), g.code.filename, node.lineno)
  code.kind = "class"
  const cg = new Gen(code, ste, g.table, node.name)
  code.cellvars = ste.cellvars()
  code.freevars = ste.freevars()
  code.cellvars.forEach((c, i) => cg.cells.set(c, `c${i}_`))
  code.freevars.forEach((c, i) => cg.cells.set(c, `f${i}_`))
  code.cell2arg = code.cellvars.map(() => -1)
  // __module__ and __qualname__ come first in the class namespace, as in CPython.
  {
    const t = cg.push()
    cg.emit(`${t} = ${cg.h("loadGlobalStr")}(F, "__name__")`)
    storeName(cg, "__module__", t)
    const q = constantValue(cg, code.qualname)
    storeName(cg, "__qualname__", q)
  }
  const first = node.body[0]
  if (
    first !== undefined &&
    first._type === "Expr" &&
    first.value._type === "Constant" &&
    typeof first.value.value === "string"
  ) {
    const d = constantValue(cg, first.value.value)
    storeName(cg, "__doc__", d)
    stmts(cg, node.body.slice(1))
  } else {
    stmts(cg, node.body)
  }
  if (ste.needsClassClosure) {
    const t = cg.push()
    cg.emit(`${t} = c0_; c0_.rc++`)
    storeName(cg, "__classcell__", t)
  }
  finish(cg, true)

  g.at(node)
  const bc = g.push()
  g.emit(`${bc} = ${g.h("loadBuildClass")}(F)`)
  const fn = makeFunction(g, code, null)
  const nm = constantValue(g, node.name)
  const argNames = [fn, nm]
  for (const b of node.bases) argNames.push(expr(g, b))
  for (const k of node.keywords) argNames.push(expr(g, k.value))
  let kw = "null"
  if (node.keywords.length > 0) {
    kw = `K[${g.constant(new ConstTuple(node.keywords.map((k) => k.arg as string)))}]`
  }
  // The __build_class__ call is located at the whole class statement, as in CPython.
  g.at(node)
  g.emit(
    `{ const f = ${bc}, a = [${argNames.join(", ")}]; ${[bc, ...argNames].map((n) => `${n} = null`).join("; ")}; ${bc} = ${g.h("callv")}(F, f, a, ${kw}) }`,
  )
  g.pop(g.depth - base - decos.length - 1)
  if (decos.length > 0) {
    applyDecorators(g, decos, bc, node.decorator_list)
    const bottom = g.t(base)
    g.emit(`${bottom} = ${bc}; ${bc} = null`)
    g.pop(g.depth - base - 1)
    storeName(g, node.name, bottom)
  } else {
    storeName(g, node.name, bc)
  }
}
