// Code generation for statements: assignments, control flow, imports,
// and (in exceptions.ts) try/with/raise.
//
// Each statement starts by storing its position in the frame (`F.i = n`),
// the one store per statement that line numbers in tracebacks cost.
// Loops are JS loops with labels; a `for` loop keeps its iterator in a
// temporary that break/return release, as CPython pops it:
//
//   for x in xs:            t0 = getIter(xs)
//       if x: break         L0: for (;;) {
//   else:                     t1 = iterNext(t0); if (t1 === null) break
//       print("done")         ...store x...; if (c) { release t0; break L0_else }
//                           }
//                           release t0
//                           ...else body...

import type * as A from "../../compiler/ast-nodes.js"
import {
  expr,
  store,
  storeName,
  deleteTarget,
  cond,
  constantValue,
  BINOPS,
  nameAccess,
  loadName,
  anchorOf,
  numberFast,
} from "./expressions.js"
import { functionDef, classDef, asyncNext } from "./functions.js"
import type { Gen } from "./state.js"
import { LINE_MARK } from "../trace.js"
import {
  tryStmt,
  withStmt,
  asyncWithStmt,
  raiseStmt,
  unwindForReturn,
  unwindForJump,
} from "./exceptions.js"
import { matchStmt } from "./patterns.js"

/** Emits a list of statements. */
export function body(g: Gen, stmts: A.StmtNode[]): void {
  for (const s of stmts) stmt(g, s)
}

/** Emits one statement. */
export function stmt(g: Gen, s: A.StmtNode): void {
  // The statement's position store carries the line-event marker (trace.ts).
  g.emit(`F.i = ${g.pos(s)} ${LINE_MARK}`)
  switch (s._type) {
    case "Expr": {
      const t = expr(g, s.value)
      if (g.code.kind === "module" && g.interactive) {
        g.emit(`{ const s = ${t}; ${t} = null; ${g.h("displayHook")}(s) }`)
      } else {
        g.emit(`${g.dec(t)}; ${t} = null`)
      }
      g.pop()
      return
    }
    case "Assign": {
      const t = expr(g, s.value)
      const n = s.targets.length
      for (let i = 0; i < n; i++) {
        if (i < n - 1) {
          const u = g.push()
          g.emit(`${u} = ${t}; ${t}.rc++`)
          store(g, s.targets[i] as A.ExprNode, u)
        } else {
          store(g, s.targets[i] as A.ExprNode, t)
        }
      }
      return
    }
    case "AugAssign":
      augAssign(g, s)
      return
    case "AnnAssign": {
      if (s.value !== null) {
        const t = expr(g, s.value)
        store(g, s.target, t)
      }
      if (s.simple && s.target._type === "Name" && g.code.kind !== "function") {
        const a = expr(g, s.annotation)
        g.emit(
          `{ const s = ${a}; ${a} = null; ${g.h("storeAnnotation")}(F, N[${g.name(g.mangle(s.target.id))}], s) }`,
        )
        g.pop()
      }
      return
    }
    case "Delete":
      for (const t of s.targets) deleteTarget(g, t)
      return
    case "Pass":
      return
    case "If":
      ifStmt(g, s)
      return
    case "While":
      whileStmt(g, s)
      return
    case "For":
      forStmt(g, s)
      return
    case "AsyncFor":
      asyncForStmt(g, s)
      return
    case "Break":
      unwindForJump(g, "break")
      return
    case "Continue":
      unwindForJump(g, "continue")
      return
    case "Return": {
      const t = s.value === null ? constantValue(g, null) : expr(g, s.value)
      const r = g.fresh("r")
      g.emit(`const ${r} = ${t}; ${t} = null`)
      g.pop()
      unwindForReturn(g)
      g.emit(`return ${r}`)
      return
    }
    case "FunctionDef":
    case "AsyncFunctionDef":
      functionDef(g, s)
      return
    case "ClassDef":
      classDef(g, s)
      return
    case "Raise":
      raiseStmt(g, s)
      return
    case "Try":
    case "TryStar":
      tryStmt(g, s as A.Try)
      return
    case "With":
      withStmt(g, s, 0)
      return
    case "AsyncWith":
      asyncWithStmt(g, s, 0)
      return
    case "Assert":
      assertStmt(g, s)
      return
    case "Import":
      for (const alias of s.names) importOne(g, alias)
      return
    case "ImportFrom":
      importFrom(g, s)
      return
    case "Global":
    case "Nonlocal":
      return
    case "Match":
      matchStmt(g, s)
      return
  }
}

function augAssign(g: Gen, s: A.AugAssign): void {
  const op = "i" + (BINOPS[s.op._type] as string).replace(/_$/, "")
  const target = s.target
  if (target._type === "Name") {
    const t = loadName(g, target.id, target)
    const v = expr(g, s.value)
    g.at(s)
    g.emit(
      `{ const r = ${numberFast(g, op, t, v)}; ${g.dec(t)}; ${g.dec(v)}; ${v} = null; ${t} = r }`,
    )
    g.pop()
    storeName(g, target.id, t)
    return
  }
  if (target._type === "Attribute") {
    const o = expr(g, target.value)
    const cur = g.push()
    const name = `N[${g.name(g.mangle(target.attr))}]`
    g.at(target)
    g.emit(`${cur} = ${g.h("getAttr")}(${o}, ${name})`)
    const v = expr(g, s.value)
    g.at(s)
    g.emit(
      `{ const r = ${g.h(op)}(${cur}, ${v}); ${g.dec(cur)}; ${g.dec(v)}; ${v} = null; ${cur} = r }`,
    )
    g.pop()
    g.at(target)
    g.emit(
      `${g.h("setAttr")}(${o}, ${name}, ${cur}); ${g.dec(cur)}; ${cur} = null; ${g.dec(o)}; ${o} = null`,
    )
    g.pop(2)
    return
  }
  if (target._type === "Subscript") {
    const o = expr(g, target.value)
    const k = expr(g, target.slice)
    const cur = g.push()
    const [kind, a1, a2] = anchorOf(target)
    g.at(target, kind, a1, a2)
    g.emit(`${cur} = ${g.h("getItem")}(${o}, ${k})`)
    const v = expr(g, s.value)
    g.at(s)
    g.emit(
      `{ const r = ${g.h(op)}(${cur}, ${v}); ${g.dec(cur)}; ${g.dec(v)}; ${v} = null; ${cur} = r }`,
    )
    g.pop()
    g.at(target)
    g.emit(
      `${g.h("setItem")}(${o}, ${k}, ${cur}); ${g.dec(cur)}; ${cur} = null; ${g.dec(o)}; ${o} = null; ${g.dec(k)}; ${k} = null`,
    )
    g.pop(3)
    return
  }
  throw new Error(`heapscope codegen: bad augmented assignment target ${target._type}`)
}

function ifStmt(g: Gen, s: A.If): void {
  const c = cond(g, s.test)
  g.emit(`if (${c}) {`)
  g.indent++
  body(g, s.body)
  g.indent--
  if (s.orelse.length > 0) {
    g.emit("} else {")
    g.indent++
    body(g, s.orelse)
    g.indent--
  }
  g.emit("}")
}

function whileStmt(g: Gen, s: A.While): void {
  const label = g.fresh("L")
  g.emit(`${label}_else: {`)
  g.emit(`${label}: for (;;) {`)
  g.indent++
  // The position is set before tick(), which may raise KeyboardInterrupt: 3.11
  // reports it at the back-edge, located at the test (at the `while` statement
  // when the test is a true constant and no test code exists).
  const constTrue = s.test._type === "Constant" && Boolean(s.test.value)
  g.emit(`F.i = ${g.pos(constTrue ? s : (s.test as A.Located))} ${LINE_MARK}`)
  g.emit(`if (--vm.budget < 0) ${g.h("tick")}(F)`)
  const c = cond(g, s.test)
  g.emit(`if (!${c}) break`)
  g.blocks.push({ kind: "loop", label, depth: g.depth })
  body(g, s.body)
  g.blocks.pop()
  g.indent--
  g.emit("}")
  body(g, s.orelse)
  g.emit("}")
}

function forStmt(g: Gen, s: A.For): void {
  const label = g.fresh("L")
  const src = expr(g, s.iter)
  // GET_ITER carries the for statement's location in 3.11 (the compiler
  // restores it after visiting the iterable), not the iterable's.
  g.at(s)
  g.emit(`{ const i = ${g.h("getIter")}(${src}); ${g.dec(src)}; ${src} = i }`)
  g.emit(`${label}_else: {`)
  g.emit(`${label}: for (;;) {`)
  g.indent++
  g.emit(`if (--vm.budget < 0) ${g.h("tick")}(F)`)
  const x = g.push()
  // Each iteration is a new line event for the `for` line (the back-edge jumps to FOR_ITER).
  g.emit(`F.i = ${g.pos(s)} ${LINE_MARK}`)
  g.emit(`${x} = ${g.h("iterNext")}(${src}); if (${x} === null) break`)
  g.blocks.push({ kind: "for", label, iter: src, depth: g.depth - 1 })
  store(g, s.target, x)
  body(g, s.body)
  g.blocks.pop()
  g.indent--
  g.emit("}")
  g.emit(`${g.dec(src)}; ${src} = null`)
  g.pop()
  body(g, s.orelse)
  g.emit("}")
}

/**
 * `async for x in it:` (GET_AITER, then per iteration GET_ANEXT and an
 * await; StopAsyncIteration from that await ends the loop, END_ASYNC_FOR).
 */
function asyncForStmt(g: Gen, s: A.AsyncFor): void {
  const label = g.fresh("L")
  const src = expr(g, s.iter)
  g.at(s)
  g.emit(`{ const i = ${g.h("getAIter")}(${src}); ${g.dec(src)}; ${src} = i }`)
  g.emit(`${label}_else: {`)
  g.emit(`${label}: for (;;) {`)
  g.indent++
  g.emit(`if (--vm.budget < 0) ${g.h("tick")}(F)`)
  const x = g.push()
  g.emit(`F.i = ${g.pos(s)} ${LINE_MARK}`)
  asyncNext(g, src, x)
  g.blocks.push({ kind: "for", label, iter: src, depth: g.depth - 1 })
  store(g, s.target, x)
  body(g, s.body)
  g.blocks.pop()
  g.indent--
  g.emit("}")
  g.emit(`${g.dec(src)}; ${src} = null`)
  g.pop()
  body(g, s.orelse)
  g.emit("}")
}

function assertStmt(g: Gen, s: A.Assert): void {
  const c = cond(g, s.test)
  g.emit(`if (!${c}) {`)
  g.indent++
  // The AssertionError is raised where the test's final jump is: a
  // comparison (also the last operand of and/or) or else the statement.
  let where: A.Located = s
  const last = s.test._type === "BoolOp" ? s.test.values[s.test.values.length - 1] : s.test
  if (last !== undefined && last._type === "Compare") where = last
  const testPos = g.pos(where)
  if (s.msg !== null) {
    const m = expr(g, s.msg)
    g.emit(`F.i = ${testPos}`)
    g.emit(`{ const m = ${m}; ${m} = null; ${g.h("assertFail")}(F, m) }`)
    g.pop()
  } else {
    g.emit(`F.i = ${testPos}`)
    g.emit(`${g.h("assertFail")}(F, null)`)
  }
  g.indent--
  g.emit("}")
}

/** `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule. */
function importOne(g: Gen, alias: A.Alias): void {
  const t = g.push()
  const name = alias.name
  g.emit(`${t} = ${g.h("importName")}(F, ${JSON.stringify(name)}, null, 0)`)
  if (alias.asname !== null) {
    const parts = name.split(".")
    for (let i = 1; i < parts.length; i++) {
      g.emit(
        `{ const m = ${g.h("importFrom")}(${t}, N[${g.name(parts[i] as string)}]); ${g.dec(t)}; ${t} = m }`,
      )
    }
    storeName(g, alias.asname, t)
  } else {
    storeName(g, name.split(".")[0] as string, t)
  }
}

function importFrom(g: Gen, s: A.ImportFrom): void {
  const t = g.push()
  const mod = s.module ?? ""
  const names = s.names.map((a) => a.name)
  g.emit(
    `${t} = ${g.h("importName")}(F, ${JSON.stringify(mod)}, ${JSON.stringify(names)}, ${s.level ?? 0})`,
  )
  if (names.length === 1 && names[0] === "*") {
    g.emit(`${g.h("importStar")}(F, ${t}); ${g.dec(t)}; ${t} = null`)
    g.pop()
    return
  }
  for (const alias of s.names) {
    const v = g.push()
    g.emit(`${v} = ${g.h("importFrom")}(${t}, N[${g.name(alias.name)}])`)
    storeName(g, alias.asname ?? alias.name, v)
  }
  g.emit(`${g.dec(t)}; ${t} = null`)
  g.pop()
}

export { nameAccess }
