// Code generation for try/except/else/finally, with, raise, and for the
// unwinding that break, continue and return do on the way out.
//
// A Python `try` is a JS try whose catch first calls `caught(F, e)`: that
// turns host errors into Python exceptions (a JS stack overflow becomes
// RecursionError), adds this frame's traceback entry (PyTraceBack_Here)
// unless the exception is being re-raised inside the same frame, and the
// catch then releases the temporaries above the try's depth:
//
//   try:                   try { ...body... }
//       body               catch (x) {
//   except E as e:           let e0 = caught(F, x)
//       handler              ...release temporaries above the try...
//                            const p0 = vm.exc; vm.exc = e0      handled exception (sys.exc_info)
//                            try {
//                              if (excMatch(e0, E)) { e = e0; ...handler...; e = None; del e }
//                              else { vm.rr = e0; throw e0 }     RERAISE: no new traceback entry
//                            } finally { vm.exc = p0; release e0 unless re-raised }
//                          }

import type * as A from "../../compiler/ast-nodes.js"
import { expr, storeName, deleteName, constantValue, awaitValue, sendLoop } from "./expressions.js"
import type { Gen } from "./state.js"
import { body } from "./statements.js"
import { store } from "./expressions.js"

/** `try` statements (with except handlers, else and finally clauses). */
export function tryStmt(g: Gen, s: A.Try): void {
  if (s.finalbody.length > 0) {
    tryFinally(g, s.finalbody, () => {
      if (s.handlers.length > 0) tryExcept(g, s)
      else body(g, s.body)
    })
  } else {
    tryExcept(g, s)
  }
}

function tryFinally(g: Gen, finalbody: A.StmtNode[], inner: () => void): void {
  const x = g.fresh("x")
  const depth = g.depth
  g.emit(`{ let ${x} = null`)
  g.emit("try {")
  g.indent++
  g.blocks.push({ kind: "finally", depth })
  inner()
  g.blocks.pop()
  g.indent--
  g.emit("} catch (e) {")
  g.indent++
  g.emit(`${x} = ${g.h("caught")}(F, e)`)
  g.releaseTemps(depth)
  g.indent--
  g.emit("} finally {")
  g.indent++
  // While the finally body runs with an exception pending, that exception is
  // the handled one (new exceptions get it as __context__).
  const p = g.fresh("p")
  g.emit(`const ${p} = vm.exc; if (${x} !== null) vm.exc = ${x}`)
  g.emit("try {")
  g.indent++
  body(g, finalbody)
  g.indent--
  g.emit(
    `} catch (e) { vm.exc = ${p}; if (${x} !== null) { const o = ${x}; ${x} = null; if (--o.rc === 0) D(o) } throw e }`,
  )
  g.emit(`vm.exc = ${p}`)
  g.emit(`if (${x} !== null) { const e = ${x}; ${x} = null; vm.rr = e; throw e }`)
  g.indent--
  g.emit("} }")
}

function tryExcept(g: Gen, s: A.Try): void {
  const depth = g.depth
  const ok = s.orelse.length > 0 ? g.fresh("ok") : null
  if (ok !== null) g.emit(`let ${ok} = false`)
  g.emit("try {")
  g.indent++
  g.blocks.push({ kind: "try", depth })
  body(g, s.body)
  g.blocks.pop()
  if (ok !== null) g.emit(`${ok} = true`)
  g.indent--
  g.emit("} catch (x) {")
  g.indent++
  const e = g.fresh("e")
  const p = g.fresh("p")
  g.emit(`let ${e} = ${g.h("caught")}(F, x)`)
  g.releaseTemps(depth)
  g.emit(`const ${p} = vm.exc; vm.exc = ${e}`)
  g.emit("try {")
  g.indent++
  g.blocks.push({ kind: "handler", depth })
  let first = true
  let closers = 0
  for (const h of s.handlers) {
    // A later handler's type is evaluated inside the previous test's else
    // branch (the evaluation is statements, which cannot sit before `else`).
    if (!first) {
      g.emit("else {")
      closers++
    }
    if (h.type === null) {
      g.emit("{")
    } else {
      const t = expr(g, h.type)
      g.at(h)
      const m = g.fresh("m")
      g.emit(`{ const ${m} = ${g.h("excMatch")}(${e}, ${t}); ${g.dec(t)}; ${t} = null`)
      g.pop()
      g.emit(`if (${m}) {`)
      closers++
    }
    first = false
    g.indent++
    g.emit(`vm.rr = null`)
    if (h.name !== null) {
      const v = g.push()
      g.emit(`${v} = ${e}; ${e}.rc++`)
      storeName(g, h.name, v)
      g.emit("try {")
      g.indent++
      body(g, h.body)
      g.indent--
      g.emit("} finally {")
      g.indent++
      // `e = None; del e`, without moving the frame's position (a traceback
      // being recorded still points at the raising line).
      const n = constantValue(g, null)
      storeName(g, h.name, n)
      deleteName(g, h.name, null)
      g.indent--
      g.emit("}")
    } else {
      body(g, h.body)
    }
    g.indent--
    g.emit("}")
  }
  const lastIsBare = s.handlers.length > 0 && s.handlers[s.handlers.length - 1]?.type === null
  if (!lastIsBare) {
    g.emit(`else { vm.rr = ${e}; const r = ${e}; ${e} = null; throw r }`)
  }
  for (let i = 0; i < closers; i++) g.emit("}")
  g.blocks.pop()
  g.indent--
  g.emit(`} finally { vm.exc = ${p}; if (${e} !== null && --${e}.rc === 0) D(${e}) }`)
  g.indent--
  g.emit("}")
  if (ok !== null) {
    g.emit(`if (${ok}) {`)
    g.indent++
    body(g, s.orelse)
    g.indent--
    g.emit("}")
  }
}

/** `with a as x, b as y:` is `with a as x: with b as y:`. */
export function withStmt(g: Gen, s: A.With, i: number): void {
  withItem(g, s, i, false)
}

/**
 * `async with a as x:` (BEFORE_ASYNC_WITH, the awaits of __aenter__() and
 * __aexit__(...)). As `with`, but both calls are awaited, and the exit runs
 * in the JS finally, which may suspend (a generator can yield in finally):
 *
 *   ex = beforeAsyncWith(mgr); val = await vm.wval; bind x
 *   try { body } catch (e) { pending = caught(e) }
 *   finally {
 *     no exception:  await asyncExit(ex, null)
 *     exception:     sw = truth(await asyncExit(ex, pending)), with the
 *                    exception handled meanwhile; re-raise it unless sw
 *   }
 */
export function asyncWithStmt(g: Gen, s: A.AsyncWith, i: number): void {
  withItem(g, s, i, true)
}

/** Item `i` of a `with` or `async with`, the rest nested inside its body. */
function withItem(g: Gen, s: A.With | A.AsyncWith, i: number, isAsync: boolean): void {
  const item = s.items[i] as A.WithItem
  const ex = expr(g, item.context_expr)
  g.at(s)
  const val = g.push()
  const enter = isAsync ? `${g.h("beforeAsyncWith")}(m)` : `${g.h("beforeWith")}(F, m)`
  g.emit(`{ const m = ${ex}; ${ex} = null; ${ex} = ${enter}; ${val} = vm.wval; vm.wval = null }`)
  if (isAsync) awaitValue(g, val, 1)
  if (item.optional_vars !== null) store(g, item.optional_vars, val)
  else {
    g.emit(`${g.dec(val)}; ${val} = null`)
    g.pop()
  }
  const x = g.fresh("x")
  const depth = g.depth
  g.emit(`{ let ${x} = null`)
  g.emit("try {")
  g.indent++
  g.blocks.push({ kind: "with", depth })
  if (i + 1 < s.items.length) withItem(g, s, i + 1, isAsync)
  else body(g, s.body)
  g.blocks.pop()
  g.indent--
  g.emit("} catch (e) {")
  g.indent++
  g.emit(`${x} = ${g.h("caught")}(F, e)`)
  g.releaseTemps(depth)
  g.indent--
  g.emit("} finally {")
  g.indent++
  g.emit(`F.i = ${g.pos(s)}`)
  if (isAsync) asyncWithExit(g, ex, x)
  else {
    g.emit(`{ const f = ${ex}; ${ex} = null`)
    g.emit(`  if (${x} === null) ${g.h("withExit")}(F, f)`)
    g.emit(`  else { const e = ${x}; ${x} = null; ${g.h("withExitExc")}(F, f, e) } }`)
  }
  g.indent--
  g.emit("} }")
  g.pop()
}

/** The finally of `async with`: await __aexit__, and re-raise unless it returned true. */
function asyncWithExit(g: Gen, ex: string, x: string): void {
  const a = g.push()
  g.emit(`if (${x} === null) {`)
  g.indent++
  g.emit(`{ const f = ${ex}; ${ex} = null; ${a} = ${g.h("asyncExit")}(f, null) }`)
  sendLoop(g, a)
  g.emit(`${g.dec(a)}; ${a} = null`)
  g.indent--
  g.emit("} else {")
  g.indent++
  const p = g.fresh("p")
  const sw = g.fresh("sw")
  g.emit(`const ${p} = vm.exc; vm.exc = ${x}; let ${sw} = false`)
  g.emit("try {")
  g.indent++
  g.emit(`{ const f = ${ex}; ${ex} = null; ${a} = ${g.h("asyncExit")}(f, ${x}) }`)
  sendLoop(g, a)
  g.emit(`${sw} = ${g.h("truth")}(${a}); ${g.dec(a)}; ${a} = null`)
  g.indent--
  g.emit(
    `} catch (y) { vm.exc = ${p}; ${g.xdec(a)}; ${a} = null; { const o = ${x}; ${x} = null; if (--o.rc === 0) D(o) } throw y }`,
  )
  g.emit(`vm.exc = ${p}`)
  g.emit(
    `if (${sw}) { const o = ${x}; ${x} = null; if (--o.rc === 0) D(o) } else { const e = ${x}; ${x} = null; vm.rr = e; throw e }`,
  )
  g.indent--
  g.emit("}")
  g.pop()
}

/** `raise`, `raise exc`, `raise exc from cause`. */
export function raiseStmt(g: Gen, s: A.Raise): void {
  if (s.exc === null) {
    g.emit(`throw ${g.h("reraiseExc")}(F)`)
    return
  }
  const e = expr(g, s.exc)
  let c = "null"
  if (s.cause !== null) c = expr(g, s.cause)
  g.at(s)
  if (c === "null")
    g.emit(`{ const e = ${e}; ${e} = null; throw ${g.h("raiseExc")}(F, e, null, false) }`)
  else {
    g.emit(
      `{ const e = ${e}, c = ${c}; ${e} = null; ${c} = null; throw ${g.h("raiseExc")}(F, e, c, true) }`,
    )
    g.pop()
  }
  g.pop()
}

/** Before `return`: releases the iterators of the enclosing for loops, innermost first. */
export function unwindForReturn(g: Gen): void {
  for (let i = g.blocks.length - 1; i >= 0; i--) {
    const b = g.blocks[i]
    if (b !== undefined && b.kind === "for" && b.iter !== undefined)
      g.emit(`if (${b.iter} !== null) { ${g.dec(b.iter)}; ${b.iter} = null }`)
  }
}

/** `break` and `continue`: jump to the innermost loop, releasing its iterator on break. */
export function unwindForJump(g: Gen, kind: "break" | "continue"): void {
  for (let i = g.blocks.length - 1; i >= 0; i--) {
    const b = g.blocks[i]
    if (b === undefined || (b.kind !== "loop" && b.kind !== "for")) continue
    if (kind === "continue") {
      g.emit(`continue ${b.label}`)
      return
    }
    if (b.kind === "for" && b.iter !== undefined) g.emit(`${g.dec(b.iter)}; ${b.iter} = null`)
    g.emit(`break ${b.label}_else`)
    return
  }
  throw new Error(`heapscope codegen: '${kind}' outside loop`)
}
