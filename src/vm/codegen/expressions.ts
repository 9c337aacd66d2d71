// Code generation for expressions.
//
// `expr(g, node)` emits the JS that evaluates `node` and returns the name of
// the temporary (at the depth on entry) that then holds the result as an
// owned reference, exactly where CPython's value stack would hold it:
//
//   x.attr + 1     (x a fast local)
//
//   F.i = 3
//   t0 = v_x; if (t0 === null) unboundLocal(N[0]); t0.rc++      LOAD_FAST
//   { const r = getAttr(t0, N[1]); if (--t0.rc === 0) D(t0); t0 = r }   LOAD_ATTR
//   t1 = K[0]; t1.rc++                                            LOAD_CONST
//   { const r = add(t0, t1); ...decref t0, t1...; t1 = null; t0 = r }   BINARY_OP

import { intPowExact } from "../../objects/float.js"
import type * as A from "../../compiler/ast-nodes.js"
import { BytesConst, ComplexConst } from "../../compiler/constants.js"
import { Anchor, CO, ConstTuple } from "../code.js"
import { type Gen, SC } from "./state.js"
import { lambda, comprehension } from "./functions.js"

/** Helper names of the binary operators, by AST operator. */
export const BINOPS: Record<string, string> = {
  Add: "add",
  Sub: "sub",
  Mult: "mul",
  MatMult: "matmul",
  Div: "truediv",
  FloorDiv: "floordiv",
  Mod: "mod",
  Pow: "pow",
  LShift: "lshift",
  RShift: "rshift",
  BitOr: "or_",
  BitXor: "xor",
  BitAnd: "and_",
}

/** JS operators of the rich comparisons, by CompareOp number (the small-int fast path). */
const CMP_JS = ["<", "<=", "===", "!==", ">", ">="]

/**
 * JS for `a op b` with the number fast paths inlined: for + and -, two ints
 * held as JS numbers whose result stays a safe integer; for + - *, two exact
 * floats; else the helper. `INT`, `FLOAT` and `newInt` are constants of
 * every factory.
 */
export function numberFast(g: Gen, helper: string, a: string, b: string): string {
  const sym = FAST_OPS[helper]
  if (sym === undefined) return `${g.h(helper)}(${a}, ${b})`
  // Two exact floats: float_add/sub/mul on the doubles (no int fast path for *,
  // whose products leave the safe range too easily to be worth the test).
  const flt = `(${a}.type === FLOAT && ${b}.type === FLOAT) ? ${g.h("newFloat")}(rt, ${a}.v ${sym} ${b}.v) : ${g.h(helper)}(${a}, ${b})`
  if (sym === "*") return flt
  const x = g.fresh("x")
  g.emit(`let ${x} = 0`)
  return `(${a}.type === INT && ${b}.type === INT && typeof ${a}.v === "number" && typeof ${b}.v === "number" && Number.isSafeInteger(${x} = ${a}.v ${sym} ${b}.v)) ? newInt(rt, ${x}) : ${flt}`
}

/** The operators with inlined fast paths, by helper name. */
const FAST_OPS: Record<string, string> = {
  add: "+",
  iadd: "+",
  sub: "-",
  isub: "-",
  mul: "*",
  imul: "*",
}

/** A new per-site attribute cache (ops.ts getAttrCached): [type, type version, entry index]. */
function attrCache(g: Gen): string {
  const c = g.fresh("ac")
  g.factoryDecls.push(`const ${c} = [null, -1, -1]`)
  return c
}

/** CompareOp numbers of the rich comparisons. */
const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 }

/** Evaluates `node` into a new temporary; returns its name. */
export function expr(g: Gen, node: A.ExprNode): string {
  if (node._type === "BinOp" || node._type === "UnaryOp" || node._type === "Subscript") {
    const folded = foldConst(node)
    if (folded !== undefined) return constantValue(g, folded)
  }
  switch (node._type) {
    case "Constant":
      return constant(g, node)
    case "Name":
      return loadName(g, node.id, node)
    case "BinOp":
      return binop(g, node)
    case "UnaryOp":
      return unaryop(g, node)
    case "BoolOp":
      return boolop(g, node)
    case "Compare":
      return compare(g, node)
    case "Call":
      return call(g, node)
    case "Attribute": {
      const t = expr(g, node.value)
      g.at(node)
      g.emit(
        `{ const r = ${g.h("getAttrCached")}(${t}, N[${g.name(g.mangle(node.attr))}], ${attrCache(g)}); ${g.dec(t)}; ${t} = r }`,
      )
      return t
    }
    case "Subscript":
      return subscript(g, node)
    case "Tuple":
    case "List":
    case "Set":
      return display(g, node)
    case "Dict":
      return dict(g, node)
    case "IfExp": {
      const c = cond(g, node.test)
      const t = g.push()
      g.pop()
      g.emit(`if (${c}) {`)
      g.indent++
      expr(g, node.body)
      g.pop()
      g.indent--
      g.emit("} else {")
      g.indent++
      expr(g, node.orelse)
      g.pop()
      g.indent--
      g.emit("}")
      g.push()
      return t
    }
    case "NamedExpr": {
      const t = expr(g, node.value)
      g.emit(`${t}.rc++`)
      const u = g.push()
      g.emit(`${u} = ${t}`)
      store(g, node.target as A.ExprNode, u)
      return t
    }
    case "JoinedStr":
      return joinedStr(g, node)
    case "FormattedValue":
      return formattedValue(g, node)
    case "Lambda":
      return lambda(g, node)
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return comprehension(g, node)
    case "Slice":
      return slice(g, node)
    case "Yield": {
      const t = node.value === null ? constantValue(g, null) : expr(g, node.value)
      g.emit(`{ const y = ${yieldValue(g, t)}; ${t} = null; ${t} = yield y }`)
      return t
    }
    case "YieldFrom": {
      const t = expr(g, node.value)
      g.at(node)
      yieldFrom(g, t)
      return t
    }
    case "Await": {
      const t = expr(g, node.value)
      g.at(node)
      awaitValue(g, t, 0)
      return t
    }
    case "Starred":
      throw new Error("heapscope codegen: starred expression outside a display or call")
  }
}

/**
 * Emits `yield from` over the iterable in temporary `t`, leaving the
 * delegation's result in `t` (owned).
 */
function yieldFrom(g: Gen, t: string): void {
  g.emit(`${t} = ${g.h("yfIter")}(F, ${t})`)
  sendLoop(g, t)
}

/**
 * `await` of the object in temporary `t` (GET_AWAITABLE `where`, then the
 * send loop), leaving the result in `t` (owned). `where` selects the message
 * for an object that is not awaitable (0 await, 1 async with's __aenter__).
 */
export function awaitValue(g: Gen, t: string, where: number): void {
  g.emit(`{ const a = ${g.h("getAwaitable")}(${t}, ${where}); ${g.dec(t)}; ${t} = a }`)
  sendLoop(g, t)
}

/**
 * The SEND loop of `yield from` and `await` over the iterator in temporary
 * `t` (owned), leaving the delegation's result in `t`:
 *
 *   r = send(it, None)                  first step
 *   until it is done:
 *     F.yf = it; s = yield r            suspended: cr_await/gi_yieldfrom is it
 *       (thrown in: r = throw into it)  throw/close are forwarded (yfThrow)
 *     r = send(it, s)
 *
 * The protocol (send, throw, close forwarding) is in the runtime helpers
 * yfStep and yfThrow; the loop lives here because only the body can `yield`.
 */
export function sendLoop(g: Gen, t: string): void {
  const r = g.fresh("r")
  g.emit(`{ let ${r} = ${g.h("yfStep")}(F, ${t}, null)`)
  g.emit(`  for (;;) {`)
  g.emit(`    if (vm.yfDone) { vm.yfDone = false; ${g.dec(t)}; ${t} = ${r}; break }`)
  g.emit(`    let s`)
  g.emit(
    `    F.yf = ${t}; try { s = yield ${r} } catch (e) { F.yf = null; ${r} = ${g.h("yfThrow")}(F, ${t}, e); continue }`,
  )
  g.emit(`    F.yf = null; ${r} = ${g.h("yfStep")}(F, ${t}, s)`)
  g.emit(`  }`)
  g.emit(`}`)
}

/** The JS expression a `yield` of temporary `t` hands out: wrapped in an async generator. */
export function yieldValue(g: Gen, t: string): string {
  return (g.code.flags & CO.ASYNC_GENERATOR) !== 0 ? `${g.h("asyncGenWrap")}(${t})` : t
}

/** CPython's AST optimizer limits (Python/ast_opt.c). */
const MAX_INT_SIZE = 128
const MAX_COLLECTION_SIZE = 256
const MAX_STR_SIZE = 4096

function bitLen(b: bigint): number {
  return (b < 0n ? -b : b).toString(2).length
}

/** Python's floor division and modulo on bigints. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q
}

/** The AST optimizer's total-items limit for folded tuples (nested items count). */
const MAX_TOTAL_ITEMS = 1024

/** A folded constant: a plain constant or a tuple of them. */
type Folded = A.Constant["value"] | ConstTuple

/** Items of a folded tuple, nested tuples' items included (check_complexity). */
function totalItems(t: ConstTuple): number {
  let n = t.items.length
  for (const x of t.items) if (x instanceof ConstTuple) n += totalItems(x)
  return n
}

/**
 * What CPython's AST optimizer makes a constant: literals, folded operations (fold), tuple
 * displays whose items all fold (fold_tuple), `tuple + tuple` and `tuple * int` within its
 * limits, and the subscript of a constant by a constant (fold_subscr). Returns undefined
 * when the expression stays a run-time computation.
 * @cpython Python/ast_opt.c fold_tuple, fold_subscr, safe_multiply
 */
export function foldConst(node: A.ExprNode): Folded | undefined {
  if (node._type === "Tuple") {
    if (node.ctx._type !== "Load") return undefined
    const items: Folded[] = []
    for (const e of node.elts) {
      if (e._type === "Starred") return undefined
      const v = foldConst(e)
      if (v === undefined) return undefined
      items.push(v)
    }
    return new ConstTuple(items as A.Constant["value"][])
  }
  if (node._type === "Subscript") {
    if (node.ctx._type !== "Load") return undefined
    const v = foldConst(node.value)
    const i = node.slice._type === "Slice" ? undefined : foldConst(node.slice)
    if (v === undefined || i === undefined) return undefined
    return subscriptConst(v, i)
  }
  if (node._type === "BinOp") {
    const l = foldConst(node.left)
    const r = foldConst(node.right)
    if (l instanceof ConstTuple || r instanceof ConstTuple) {
      if (l === undefined || r === undefined) return undefined
      return tupleBinop(node.op._type, l, r)
    }
  }
  if (node._type === "UnaryOp" && node.op._type === "Not") {
    const v = foldConst(node.operand)
    return v === undefined ? undefined : !constTruth(v)
  }
  return fold(node)
}

/** Truth of a folded constant, as `not` folds it. */
function constTruth(v: Folded): boolean {
  if (v === null) return false
  if (typeof v === "boolean") return v
  if (typeof v === "bigint") return v !== 0n
  if (typeof v === "number") return v !== 0
  if (typeof v === "string") return v.length > 0
  if (v instanceof ConstTuple) return v.items.length > 0
  if (v instanceof BytesConst) return v.bytes.length > 0
  if (v instanceof ComplexConst) return v.real !== 0 || v.imag !== 0
  return true
}

/** `tuple + tuple` and `tuple * int` (either order) of folded constants. */
function tupleBinop(op: string, l: Folded, r: Folded): Folded | undefined {
  const isInt = (x: Folded): x is bigint | boolean =>
    typeof x === "bigint" || typeof x === "boolean"
  if (op === "Add" && l instanceof ConstTuple && r instanceof ConstTuple) {
    return new ConstTuple([...l.items, ...r.items])
  }
  if (op !== "Mult") return undefined
  const t = l instanceof ConstTuple ? l : r instanceof ConstTuple ? r : undefined
  const count = l instanceof ConstTuple ? r : l
  if (t === undefined || !isInt(count)) return undefined
  const n = Number(count)
  const size = t.items.length
  if (size > 0) {
    if (n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return undefined
    if (n > 0 && totalItems(t) > Math.floor(MAX_TOTAL_ITEMS / n)) return undefined
  }
  const items: A.Constant["value"][] = []
  for (let k = 0; k < n; k++) items.push(...t.items)
  return new ConstTuple(items)
}

/** `constant[index]` for a tuple, str or bytes and an int index in range; else undefined. */
function subscriptConst(v: Folded, i: Folded): Folded | undefined {
  if (!(typeof i === "bigint" || typeof i === "boolean")) return undefined
  let k = Number(i)
  if (v instanceof ConstTuple) {
    if (k < 0) k += v.items.length
    return k >= 0 && k < v.items.length ? (v.items[k] as Folded) : undefined
  }
  if (typeof v === "string") {
    const cps = Array.from(v)
    if (k < 0) k += cps.length
    return k >= 0 && k < cps.length ? cps[k] : undefined
  }
  if (v instanceof BytesConst) {
    if (k < 0) k += v.bytes.length
    return k >= 0 && k < v.bytes.length ? BigInt(v.bytes[k]!) : undefined
  }
  return undefined
}

/**
 * Constant folding of unary and binary operations on constants, as
 * CPython's AST optimizer does (`-5`, `2 ** 10`, `"a" + "b"`), within its
 * size limits. Returns undefined when the operation is not folded.
 * @cpython Python/ast_opt.c fold_binop, fold_unaryop
 */
export function fold(node: A.ExprNode): A.Constant["value"] | undefined {
  if (node._type === "Constant") return node.value
  if (node._type === "UnaryOp") {
    const v = fold(node.operand)
    if (v === undefined) return undefined
    const k = node.op._type
    if (typeof v === "bigint" || typeof v === "boolean") {
      const b = typeof v === "boolean" ? BigInt(v) : v
      if (k === "USub") return -b
      if (k === "UAdd") return b
      if (k === "Invert") return -b - 1n
      return undefined
    }
    if (typeof v === "number") {
      if (k === "USub") return -v
      if (k === "UAdd") return v
    }
    return undefined
  }
  if (node._type !== "BinOp") return undefined
  const l = fold(node.left)
  const r = fold(node.right)
  if (l === undefined || r === undefined) return undefined
  const op = node.op._type
  const isInt = (x: unknown): x is bigint | boolean =>
    typeof x === "bigint" || typeof x === "boolean"
  if (isInt(l) && isInt(r)) {
    const a = typeof l === "boolean" ? BigInt(l) : l
    const b = typeof r === "boolean" ? BigInt(r) : r
    switch (op) {
      case "Add":
        return a + b
      case "Sub":
        return a - b
      case "Mult":
        if (a !== 0n && b !== 0n && bitLen(a) + bitLen(b) > MAX_INT_SIZE) return undefined
        return a * b
      case "FloorDiv":
        return b === 0n ? undefined : floorDiv(a, b)
      case "Mod":
        return b === 0n ? undefined : a - floorDiv(a, b) * b
      case "Pow":
        // long_pow with a negative exponent is float_pow(float(a), float(b)): folded
        // with the runtime's correctly rounded integral power (JS ** is not: 10 ** -5).
        if (b < 0n) {
          const x = Number(a)
          return x === 0 || b < -2048n || !Number.isFinite(x)
            ? undefined
            : intPowExact(x, Number(b))
        }
        if (a !== 0n && b > 0n && BigInt(bitLen(a)) * b > BigInt(MAX_INT_SIZE)) return undefined
        return a ** b
      case "LShift":
        if (b < 0n) return undefined
        if (a !== 0n && BigInt(bitLen(a)) + b > BigInt(MAX_INT_SIZE)) return undefined
        return a << b
      case "RShift":
        return b < 0n ? undefined : a >> b
      case "BitAnd":
        return a & b
      case "BitOr":
        return a | b
      case "BitXor":
        return a ^ b
      case "Div": {
        if (b === 0n) return undefined
        const q = Number(a) / Number(b)
        return Number.isSafeInteger(Number(a)) && Number.isSafeInteger(Number(b)) ? q : undefined
      }
    }
    return undefined
  }
  const num = (x: unknown): number | undefined =>
    typeof x === "number"
      ? x
      : isInt(x)
        ? Number.isSafeInteger(Number(x))
          ? Number(x)
          : undefined
        : undefined
  if (
    (typeof l === "number" || typeof r === "number") &&
    num(l) !== undefined &&
    num(r) !== undefined
  ) {
    const a = num(l) as number
    const b = num(r) as number
    switch (op) {
      case "Add":
        return a + b
      case "Sub":
        return a - b
      case "Mult":
        return a * b
      case "Div":
        return b === 0 ? undefined : a / b
    }
    return undefined
  }
  // Concatenation has no size limit; repetition makes at most MAX_STR_SIZE characters or
  // bytes, and a negative count is left to run time (unless the sequence is empty).
  if (op === "Add" && typeof l === "string" && typeof r === "string") return l + r
  if (op === "Add" && l instanceof BytesConst && r instanceof BytesConst) {
    const out = new Uint8Array(l.bytes.length + r.bytes.length)
    out.set(l.bytes)
    out.set(r.bytes, l.bytes.length)
    return new BytesConst(out)
  }
  if (op === "Mult") {
    const seq = isInt(r) ? l : isInt(l) ? r : undefined
    const count = isInt(r) ? r : l
    if (typeof seq === "string" || seq instanceof BytesConst) {
      const size = typeof seq === "string" ? seq.length : seq.bytes.length
      const n = Number(count)
      if (size > 0 && (n < 0 || n * size > MAX_STR_SIZE)) return undefined
      if (typeof seq === "string") return n <= 0 ? "" : seq.repeat(n)
      const out = new Uint8Array(Math.max(0, n) * size)
      for (let i = 0; i < n; i++) out.set(seq.bytes, i * size)
      return new BytesConst(out)
    }
  }
  void MAX_COLLECTION_SIZE
  return undefined
}

/** LOAD_CONST. */
function constant(g: Gen, node: A.Constant): string {
  return constantValue(g, node.value)
}

/** Pushes a constant value. */
export function constantValue(g: Gen, v: A.Constant["value"] | ConstTuple): string {
  const t = g.push()
  g.emit(`${t} = K[${g.constant(v)}]; ${t}.rc++`)
  return t
}

/** How a name is reached in the current block. */
export type NameAccess = "fast" | "deref" | "classderef" | "global" | "name"

/** Decides how the current block reaches `name` (already mangled). */
export function nameAccess(g: Gen, name: string): NameAccess {
  const scope = g.ste.scope(name)
  const kind = g.code.kind
  if (scope === SC.FREE) return kind === "class" ? "classderef" : "deref"
  if (scope === SC.CELL) return kind === "class" ? "name" : "deref"
  if (kind === "function") {
    if (scope === SC.LOCAL) return "fast"
    if (scope === SC.GLOBAL_EXPLICIT || scope === SC.GLOBAL_IMPLICIT) return "global"
    return "global"
  }
  if (scope === SC.GLOBAL_EXPLICIT) return "global"
  return "name"
}

/** LOAD_FAST / LOAD_DEREF / LOAD_CLASSDEREF / LOAD_GLOBAL / LOAD_NAME. */
export function loadName(g: Gen, id: string, node: A.Located): string {
  const name = g.mangle(id)
  const how = nameAccess(g, name)
  const t = g.push()
  switch (how) {
    case "fast": {
      const v = g.localVar(name)
      g.emit(
        `${t} = ${v}; if (${t} === null) { F.i = ${g.pos(node)}; ${g.h("unboundLocal")}(N[${g.name(name)}]) } ${t}.rc++`,
      )
      break
    }
    case "deref": {
      const c = g.cells.get(name) as string
      g.emit(
        `${t} = ${c}.v; if (${t} === null) { F.i = ${g.pos(node)}; ${g.h("unboundDeref")}(F, N[${g.name(name)}]) } ${t}.rc++`,
      )
      break
    }
    case "classderef": {
      const c = g.cells.get(name) as string
      g.at(node)
      g.emit(`${t} = ${g.h("loadClassDeref")}(F, N[${g.name(name)}], ${c})`)
      break
    }
    case "global": {
      // LOAD_GLOBAL with a per-site cache keyed by the globals and builtins
      // dict versions (ma_version_tag), as CPython 3.11's specialized LOAD_GLOBAL.
      const c = g.fresh("gc")
      g.factoryDecls.push(`const ${c} = [null, -1, -1, null]`)
      g.at(node)
      g.emit(
        `${t} = (${c}[0] === F.globals && ${c}[1] === F.globals.v.version && ${c}[2] === F.builtins.v.version) ? ${c}[3] : ${g.h("loadGlobalCached")}(F, N[${g.name(name)}], ${c}); ${t}.rc++`,
      )
      break
    }
    case "name":
      g.at(node)
      g.emit(`${t} = ${g.h("loadName")}(F, N[${g.name(name)}])`)
      break
  }
  return t
}

/**
 * Stores the owned reference in temporary `v` into a name (consumes it; the
 * temporary is popped). The old value is released after the store, as CPython.
 */
export function storeName(g: Gen, id: string, v: string): void {
  const name = g.mangle(id)
  const how = nameAccess(g, name)
  switch (how) {
    case "fast": {
      const x = g.localVar(name)
      g.emit(`{ const o = ${x}; ${x} = ${v}; ${v} = null; if (o !== null && --o.rc === 0) D(o) }`)
      break
    }
    case "deref":
    case "classderef": {
      const c = g.cells.get(name) as string
      g.emit(
        `{ const o = ${c}.v; ${c}.v = ${v}; ${v} = null; if (o !== null && --o.rc === 0) D(o) }`,
      )
      break
    }
    case "global":
      g.emit(`{ const x = ${v}; ${v} = null; ${g.h("storeGlobal")}(F, N[${g.name(name)}], x) }`)
      break
    case "name":
      g.emit(`{ const x = ${v}; ${v} = null; ${g.h("storeName")}(F, N[${g.name(name)}], x) }`)
      break
  }
  g.pop()
}

/** `del name`. */
export function deleteName(g: Gen, id: string, node: A.Located | null): void {
  const name = g.mangle(id)
  const how = nameAccess(g, name)
  if (node !== null) g.at(node)
  switch (how) {
    case "fast": {
      const x = g.localVar(name)
      g.emit(
        `{ const o = ${x}; if (o === null) ${g.h("unboundLocal")}(N[${g.name(name)}]); ${x} = null; if (--o.rc === 0) D(o) }`,
      )
      break
    }
    case "deref":
    case "classderef": {
      const c = g.cells.get(name) as string
      g.emit(
        `{ const o = ${c}.v; if (o === null) ${g.h("unboundDeref")}(F, N[${g.name(name)}]); ${c}.v = null; if (--o.rc === 0) D(o) }`,
      )
      break
    }
    case "global":
      g.emit(`${g.h("deleteGlobal")}(F, N[${g.name(name)}])`)
      break
    case "name":
      g.emit(`${g.h("deleteName")}(F, N[${g.name(name)}])`)
      break
  }
}

/** Stores the owned reference in temporary `v` into an assignment target (consumes and pops it). */
export function store(g: Gen, target: A.ExprNode, v: string): void {
  switch (target._type) {
    case "Name":
      storeName(g, target.id, v)
      return
    case "Attribute": {
      const o = expr(g, target.value)
      g.at(target)
      g.emit(
        `${g.h("setAttrCached")}(${o}, N[${g.name(g.mangle(target.attr))}], ${v}, ${attrCache(g)})`,
      )
      g.emit(`${g.dec(o)}; ${o} = null; ${g.dec(v)}; ${v} = null`)
      g.pop(2)
      return
    }
    case "Subscript": {
      const o = expr(g, target.value)
      const k = expr(g, target.slice)
      const [kind, a1, a2] = anchorOf(target)
      g.at(target, kind, a1, a2)
      g.emit(`${g.h("setItem")}(${o}, ${k}, ${v})`)
      g.emit(`${g.dec(o)}; ${o} = null; ${g.dec(k)}; ${k} = null; ${g.dec(v)}; ${v} = null`)
      g.pop(3)
      return
    }
    case "Tuple":
    case "List": {
      const elts = target.elts
      const star = elts.findIndex((e) => e._type === "Starred")
      g.at(target)
      const arr = g.fresh("u")
      // The helper steals the sequence: the temporary is cleared first, so an
      // exception it raises does not release the sequence a second time.
      const s = g.fresh("s")
      const fast = g.fresh("f")
      g.emit(`const ${s} = ${v}; ${v} = null`)
      if (star < 0) {
        // UNPACK_SEQUENCE_TUPLE/_LIST: an exact tuple or list of the right length
        // gives its items directly (no helper, no copy).
        g.emit(
          `const ${fast} = (${s}.type === TUPLE || ${s}.type === LIST) && ${s}.v.length === ${elts.length}`,
        )
        g.emit(`const ${arr} = ${fast} ? ${s}.v : ${g.h("unpack")}(${s}, ${elts.length})`)
      } else {
        g.emit(`const ${arr} = ${g.h("unpackEx")}(${s}, ${star}, ${elts.length - star - 1})`)
      }
      g.pop()
      // The items go on the stack in reverse so the first target is stored first, as UNPACK_SEQUENCE.
      const base = g.depth
      const pushed: string[] = []
      for (let i = elts.length - 1; i >= 0; i--) {
        const t = g.push()
        pushed.push(t)
        g.emit(`${t} = ${arr}[${i}]`)
      }
      if (star < 0) {
        // The items are taken before the sequence is released (which may free it).
        g.emit(
          `if (${fast}) { ${pushed.map((t) => `${t}.rc++`).join("; ")}; if (--${s}.rc === 0) D(${s}) }`,
        )
      }
      for (let i = 0; i < elts.length; i++) {
        let e = elts[i] as A.ExprNode
        if (e._type === "Starred") e = e.value
        const t = g.t(base + elts.length - 1 - i)
        // Only the top of the stack may be consumed: targets are stored top first.
        store(g, e, t)
      }
      return
    }
    case "Starred":
      store(g, target.value, v)
      return
    default:
      throw new Error(`heapscope codegen: cannot store to ${target._type}`)
  }
}

/** `del target`. */
export function deleteTarget(g: Gen, target: A.ExprNode): void {
  switch (target._type) {
    case "Name":
      deleteName(g, target.id, target)
      return
    case "Attribute": {
      const o = expr(g, target.value)
      g.at(target)
      g.emit(
        `${g.h("delAttr")}(${o}, N[${g.name(g.mangle(target.attr))}]); ${g.dec(o)}; ${o} = null`,
      )
      g.pop()
      return
    }
    case "Subscript": {
      const o = expr(g, target.value)
      const k = expr(g, target.slice)
      g.at(target)
      g.emit(`${g.h("delItem")}(${o}, ${k}); ${g.dec(o)}; ${o} = null; ${g.dec(k)}; ${k} = null`)
      g.pop(2)
      return
    }
    case "Tuple":
    case "List":
      for (const e of target.elts) deleteTarget(g, e)
      return
    default:
      throw new Error(`heapscope codegen: cannot delete ${target._type}`)
  }
}

/** Byte offset of an AST column relative to another on the same line. */
export function anchorOf(node: A.BinOp | A.Subscript): [number, number, number] {
  if (node._type === "BinOp") {
    if (node.left.end_lineno !== node.lineno || node.right.lineno !== node.lineno)
      return [Anchor.NONE, 0, 0]
    return [Anchor.BINOP, node.left.end_col_offset, node.right.col_offset]
  }
  if (node.value.end_lineno !== node.lineno || node.slice.end_lineno !== node.lineno)
    return [Anchor.NONE, 0, 0]
  return [Anchor.SUBSCRIPT, node.value.end_col_offset, node.slice.end_col_offset]
}

function binop(g: Gen, node: A.BinOp): string {
  const asFString = percentAsJoinedStr(node)
  if (asFString !== null) return joinedStr(g, asFString)
  const a = expr(g, node.left)
  const b = expr(g, node.right)
  const [k, a1, a2] = anchorOf(node)
  g.at(node, k, a1, a2)
  const op = BINOPS[node.op._type] as string
  g.emit(
    `{ const r = ${numberFast(g, op, a, b)}; ${g.dec(a)}; ${g.dec(b)}; ${b} = null; ${a} = r }`,
  )
  g.pop()
  return a
}

/**
 * The AST optimizer's rewrite of `"literal" % (a, b)` into an f-string when
 * every unit is a simple %s, %r or %a (flags, a width and a precision of at
 * most two digits each; only '-' matters: it drops the '>' of the spec), the
 * right side is a tuple display that is not itself a constant and has no
 * starred item, and units and items are as many. So `'%s' % (x,)` is
 * f'{x!s}': FORMAT_VALUE, not str.__mod__ (which objects it returns shows).
 * Returns null when the rewrite does not apply.
 * @cpython Python/ast_opt.c optimize_format
 */
function percentAsJoinedStr(node: A.BinOp): A.JoinedStr | null {
  if (node.op._type !== "Mod" || node.right._type !== "Tuple") return null
  const fmt = fold(node.left)
  if (typeof fmt !== "string") return null
  const elts = node.right.elts
  if (elts.some((e) => e._type === "Starred")) return null
  // A tuple of constants is folded first, and str % constant is never folded.
  if (elts.every((e) => fold(e) !== undefined)) return null
  const at = (n: A.Located) => ({
    lineno: n.lineno,
    col_offset: n.col_offset,
    end_lineno: n.end_lineno,
    end_col_offset: n.end_col_offset,
  })
  const noPos = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 }
  const constant = (s: string): A.Constant => ({
    _type: "Constant",
    value: s,
    kind: null,
    ...noPos,
  })
  const values: A.ExprNode[] = []
  const n = fmt.length
  let pos = 0
  let used = 0
  for (;;) {
    let lit = ""
    while (pos < n) {
      if (fmt[pos] !== "%") lit += fmt[pos++]
      else if (fmt[pos + 1] === "%") {
        lit += "%"
        pos += 2
      } else break
    }
    if (lit !== "") values.push(constant(lit))
    if (pos >= n) break
    if (used >= elts.length) return null
    pos++
    // Flags, then at most two digits of width, '.', at most two digits of precision.
    let left = false
    while (pos < n && "-+ #0".includes(fmt[pos]!)) left = fmt[pos++] === "-" || left
    const digits = (): number | null => {
      let v = -1
      let k = 0
      while (pos < n && fmt[pos]! >= "0" && fmt[pos]! <= "9") {
        if (++k > 2) return null
        v = (v < 0 ? 0 : v * 10) + Number(fmt[pos++])
      }
      return v
    }
    const width = digits()
    if (width === null) return null
    let prec = -1
    if (fmt[pos] === ".") {
      pos++
      const p = digits()
      if (p === null) return null
      prec = Math.max(p, 0)
    }
    if (pos >= n) return null
    const conv = fmt[pos++]!
    if (conv !== "s" && conv !== "r" && conv !== "a") return null
    let spec = !left && width > 0 ? ">" : ""
    if (width >= 0) spec += String(width)
    if (prec >= 0) spec += "." + String(prec)
    const value = elts[used++]!
    values.push({
      _type: "FormattedValue",
      value,
      conversion: conv.charCodeAt(0),
      format_spec: spec === "" ? null : constant(spec),
      ...at(value),
    })
  }
  if (used < elts.length) return null
  return { _type: "JoinedStr", values, ...at(node) }
}

function unaryop(g: Gen, node: A.UnaryOp): string {
  const t = expr(g, node.operand)
  if (node.op._type === "Not") {
    g.at(node)
    g.emit(
      `{ const r = ${g.h("truth")}(${t}) ? ${g.h("FALSE")}() : ${g.h("TRUE")}(); ${g.dec(t)}; ${t} = r }`,
    )
    return t
  }
  const h = { USub: "neg", UAdd: "pos", Invert: "inv" }[node.op._type] as string
  g.at(node)
  g.emit(`{ const r = ${g.h(h)}(${t}); ${g.dec(t)}; ${t} = r }`)
  return t
}

function boolop(g: Gen, node: A.BoolOp): string {
  const isAnd = node.op._type === "And"
  const t = expr(g, node.values[0] as A.ExprNode)
  let closers = 0
  for (let i = 1; i < node.values.length; i++) {
    g.emit(`if (${isAnd ? "" : "!"}${g.h("truth")}(${t})) {`)
    g.indent++
    closers++
    g.emit(`${g.dec(t)}; ${t} = null`)
    g.pop()
    expr(g, node.values[i] as A.ExprNode)
  }
  for (let i = 0; i < closers; i++) {
    g.indent--
    g.emit("}")
  }
  return t
}

/** JS for the result object of comparing temporaries a and b (both borrowed). */
function compareExpr(g: Gen, op: A.CmpOpKind, a: string, b: string): string {
  const k = op._type
  if (k === "Is") return `(${a} === ${b}) ? ${g.h("TRUE")}() : ${g.h("FALSE")}()`
  if (k === "IsNot") return `(${a} !== ${b}) ? ${g.h("TRUE")}() : ${g.h("FALSE")}()`
  if (k === "In") return `${g.h("contains")}(${b}, ${a}) ? ${g.h("TRUE")}() : ${g.h("FALSE")}()`
  if (k === "NotIn") return `${g.h("contains")}(${b}, ${a}) ? ${g.h("FALSE")}() : ${g.h("TRUE")}()`
  return `${g.h("compare")}(${a}, ${b}, ${CMP[k]})`
}

function compare(g: Gen, node: A.Compare): string {
  const a = expr(g, node.left)
  // a < b < c: the middle operand stays for the next comparison; the first
  // false result ends the chain and is the value of the whole expression.
  let closers = 0
  const n = node.ops.length
  for (let i = 0; i < n; i++) {
    const op = node.ops[i] as A.CmpOpKind
    const b = expr(g, node.comparators[i] as A.ExprNode)
    g.at(node)
    if (i === n - 1) {
      g.emit(
        `{ const r = ${compareExpr(g, op, a, b)}; ${g.dec(a)}; ${g.dec(b)}; ${b} = null; ${a} = r }`,
      )
      g.pop()
    } else {
      g.emit(`{ const r = ${compareExpr(g, op, a, b)}; ${g.dec(a)}; ${a} = r }`)
      g.emit(`if (${g.h("truth")}(${a})) {`)
      g.indent++
      closers++
      g.emit(`${g.dec(a)}; ${a} = ${b}; ${b} = null`)
      g.pop()
    }
  }
  for (let i = 0; i < closers; i++) {
    g.indent--
    const b = g.t(g.depth)
    g.emit(`} else { ${g.xdec(b)}; ${b} = null }`)
  }
  return a
}

/**
 * Evaluates a condition to a JS boolean expression (the temporary is
 * released before the branch, as POP_JUMP_IF_FALSE). Returns the JS variable.
 */
export function cond(g: Gen, node: A.ExprNode): string {
  const c = g.fresh("c")
  if (node._type === "UnaryOp" && node.op._type === "Not") {
    const inner = cond(g, node.operand)
    g.emit(`const ${c} = !${inner}`)
    return c
  }
  if (node._type === "BoolOp") {
    // `if a and b:` jumps on each operand's truth, tested once (POP_JUMP_IF_FALSE),
    // never on the value of the whole `and`.
    const isAnd = node.op._type === "And"
    g.emit(`let ${c} = false`)
    const n = node.values.length
    for (let i = 0; i < n; i++) {
      const ci = cond(g, node.values[i] as A.ExprNode)
      g.emit(`${c} = ${ci}`)
      if (i < n - 1) {
        g.emit(`if (${isAnd ? "" : "!"}${c}) {`)
        g.indent++
      }
    }
    for (let i = 0; i < n - 1; i++) {
      g.indent--
      g.emit("}")
    }
    return c
  }
  if (node._type === "Compare" && node.ops.length === 1) {
    const k = (node.ops[0] as A.CmpOpKind)._type
    if (k === "Is" || k === "IsNot" || k === "In" || k === "NotIn") {
      const a = expr(g, node.left)
      const b = expr(g, node.comparators[0] as A.ExprNode)
      g.at(node)
      const test =
        k === "Is"
          ? `${a} === ${b}`
          : k === "IsNot"
            ? `${a} !== ${b}`
            : `${k === "NotIn" ? "!" : ""}${g.h("contains")}(${b}, ${a})`
      g.emit(`const ${c} = ${test}; ${g.dec(a)}; ${a} = null; ${g.dec(b)}; ${b} = null`)
      g.pop(2)
      return c
    }
  }
  if (
    node._type === "Compare" &&
    node.ops.length === 1 &&
    (node.ops[0] as A.CmpOpKind)._type in CMP
  ) {
    const a = expr(g, node.left)
    const b = expr(g, node.comparators[0] as A.ExprNode)
    g.at(node)
    const op = CMP[(node.ops[0] as A.CmpOpKind)._type]
    g.emit(
      `const ${c} = (${a}.type === INT && ${b}.type === INT && typeof ${a}.v === "number" && typeof ${b}.v === "number") ? ${a}.v ${CMP_JS[op as number]} ${b}.v : ${g.h("compareBool")}(${a}, ${b}, ${op}); ${g.dec(a)}; ${a} = null; ${g.dec(b)}; ${b} = null`,
    )
    g.pop(2)
    return c
  }
  const t = expr(g, node)
  g.emit(`const ${c} = ${g.h("truth")}(${t}); ${g.dec(t)}; ${t} = null`)
  g.pop()
  return c
}

function subscript(g: Gen, node: A.Subscript): string {
  const o = expr(g, node.value)
  const k = expr(g, node.slice)
  const [kind, a1, a2] = anchorOf(node)
  g.at(node, kind, a1, a2)
  g.emit(
    `{ const r = ${g.h("getItem")}(${o}, ${k}); ${g.dec(o)}; ${g.dec(k)}; ${k} = null; ${o} = r }`,
  )
  g.pop()
  return o
}

function slice(g: Gen, node: A.Slice): string {
  const base = g.depth
  const parts = [node.lower, node.upper, node.step]
  const used = node.step === null ? 2 : 3
  for (let i = 0; i < used; i++) {
    const p = parts[i]
    if (p === null || p === undefined) constantValue(g, null)
    else expr(g, p)
  }
  const names = Array.from({ length: used }, (_, i) => g.t(base + i))
  g.emit(
    `{ const r = ${g.h("slice")}(${names.join(", ")}${used === 2 ? ", null" : ""}); ${names.map((n) => `${n} = null`).join("; ")}; ${names[0]} = r }`,
  )
  g.pop(used - 1)
  return names[0] as string
}

/** Tuple, list and set displays (with starred items). */
function display(g: Gen, node: A.Tuple | A.List | A.Set): string {
  const kind = node._type === "Tuple" ? "tuple" : node._type === "List" ? "list" : "set"
  const elts = node.elts
  const hasStar = elts.some((e) => e._type === "Starred")
  const allConst = elts.every((e) => e._type === "Constant")
  if (kind === "tuple") {
    // The AST optimizer folds a tuple of constants (nested and folded ones too) into one.
    const folded = foldConst(node)
    if (folded !== undefined) return constantValue(g, folded)
  }
  if (allConst && elts.length > 2) {
    // BUILD_LIST 0; LOAD_CONST (tuple); LIST_EXTEND (SET_UPDATE for sets), as 3.11 compiles it.
    const acc = g.push()
    g.emit(`${acc} = ${g.h("build_" + kind)}([])`)
    const k = g.constant(
      new ConstTuple(
        elts.map((e) => (e as A.Constant).value),
        kind === "set",
      ),
    )
    g.emit(`${g.h(kind === "set" ? "setUpdate" : "listExtend")}(${acc}, K[${k}])`)
    return acc
  }
  if (!hasStar) {
    const base = g.depth
    if (elts.length === 0) {
      const t = g.push()
      g.emit(`${t} = ${g.h("build_" + kind)}([])`)
      return t
    }
    for (const e of elts) expr(g, e)
    const names = elts.map((_, i) => g.t(base + i))
    g.at(node as A.Located)
    g.emit(
      `{ const a = [${names.join(", ")}]; ${names.map((n) => `${n} = null`).join("; ")}; ${names[0]} = ${g.h("build_" + kind)}(a) }`,
    )
    g.pop(elts.length - 1)
    return names[0] as string
  }
  // BUILD_LIST then LIST_APPEND / LIST_EXTEND (SET_ADD / SET_UPDATE), then LIST_TO_TUPLE.
  const acc = g.push()
  g.emit(`${acc} = ${g.h(kind === "set" ? "build_set" : "build_list")}([])`)
  for (const e of elts) {
    if (e._type === "Starred") {
      const t = expr(g, e.value)
      g.at(e)
      g.emit(
        `${g.h(kind === "set" ? "setUpdate" : "listExtend")}(${acc}, ${t}); ${g.dec(t)}; ${t} = null`,
      )
    } else {
      const t = expr(g, e)
      g.emit(
        `{ const s = ${t}; ${t} = null; ${g.h(kind === "set" ? "setAdd" : "listAppend")}(${acc}, s) }`,
      )
    }
    g.pop()
  }
  if (kind === "tuple")
    g.emit(`{ const r = ${g.h("listToTuple")}(${acc}); ${g.dec(acc)}; ${acc} = r }`)
  return acc
}

function dict(g: Gen, node: A.Dict): string {
  const acc = g.push()
  g.emit(`${acc} = ${g.h("build_dict")}()`)
  for (let i = 0; i < node.keys.length; i++) {
    const k = node.keys[i]
    const v = node.values[i] as A.ExprNode
    if (k === null || k === undefined) {
      const t = expr(g, v)
      g.at(v)
      g.emit(`${g.h("dictUpdate")}(${acc}, ${t}); ${g.dec(t)}; ${t} = null`)
      g.pop()
    } else {
      const kt = expr(g, k)
      const vt = expr(g, v)
      g.at(node)
      g.emit(
        `${g.h("dictSet")}(${acc}, ${kt}, ${vt}); ${g.dec(kt)}; ${kt} = null; ${g.dec(vt)}; ${vt} = null`,
      )
      g.pop(2)
    }
  }
  return acc
}

function formattedValue(g: Gen, node: A.FormattedValue): string {
  const t = expr(g, node.value)
  const conv = node.conversion
  if (conv === 115 || conv === 114 || conv === 97) {
    const h = conv === 115 ? "str" : conv === 114 ? "repr" : "ascii"
    g.emit(`{ const r = ${g.h(h)}(${t}); ${g.dec(t)}; ${t} = r }`)
  }
  if (node.format_spec !== null) {
    const s = expr(g, node.format_spec)
    g.emit(
      `{ const r = ${g.h("format")}(${t}, ${s}); ${g.dec(t)}; ${g.dec(s)}; ${s} = null; ${t} = r }`,
    )
    g.pop()
  } else {
    g.emit(`{ const r = ${g.h("format")}(${t}, null); ${g.dec(t)}; ${t} = r }`)
  }
  return t
}

function joinedStr(g: Gen, node: A.JoinedStr): string {
  const base = g.depth
  if (node.values.length === 0) return constantValue(g, "")
  for (const v of node.values) expr(g, v)
  if (node.values.length === 1) return g.t(base)
  const names = node.values.map((_, i) => g.t(base + i))
  g.emit(
    `{ const a = [${names.join(", ")}]; ${names.map((n) => `${n} = null`).join("; ")}; ${names[0]} = ${g.h("joinStr")}(a) }`,
  )
  g.pop(names.length - 1)
  return names[0] as string
}

/** Whether a call needs the general form (CALL_FUNCTION_EX). */
function isExCall(node: A.Call): boolean {
  return node.args.some((a) => a._type === "Starred") || node.keywords.some((k) => k.arg === null)
}

function call(g: Gen, node: A.Call): string {
  if (isExCall(node)) return callEx(g, node)
  const f = node.func
  const base = g.depth
  let selfTemp: string | null = null
  let fn: string
  if (f._type === "Attribute") {
    // LOAD_METHOD: self stays on the stack below the function when the attribute is a plain method.
    selfTemp = expr(g, f.value)
    fn = g.push()
    g.at(f)
    g.emit(
      // A bound method (mself false) holds its own reference to self: release the receiver's.
      `${fn} = ${g.h("loadMethod")}(${selfTemp}, N[${g.name(g.mangle(f.attr))}], ${attrCache(g)}); if (!vm.mself) { const s = ${selfTemp}; ${selfTemp} = null; if (--s.rc === 0) D(s) }`,
    )
  } else {
    fn = expr(g, f)
  }
  const argNames: string[] = []
  for (const a of node.args) argNames.push(expr(g, a))
  for (const k of node.keywords) argNames.push(expr(g, k.value))
  let kw = "null"
  if (node.keywords.length > 0)
    kw = `K[${g.constant(new ConstTuple(node.keywords.map((k) => k.arg as string)))}]`
  const super0 = superZeroArgs(g, node)
  g.at(node)
  const all = argNames.join(", ")
  const nulls = [fn, ...argNames].map((n) => `${n} = null`).join("; ")
  const res = g.t(base)
  if (super0 !== null) {
    g.emit(`{ const f = ${fn}; ${nulls}; ${res} = ${g.h("callSuper0")}(F, f, ${super0}) }`)
  } else if (selfTemp !== null) {
    g.emit(
      `{ const f = ${fn}, s = ${selfTemp}, a = s !== null ? [s${argNames.length > 0 ? ", " + all : ""}] : [${all}]; ${selfTemp} = null; ${nulls}; ${res} = ${g.h("callv")}(F, f, a, ${kw}) }`,
    )
  } else {
    g.emit(`{ const f = ${fn}, a = [${all}]; ${nulls}; ${res} = ${g.h("callv")}(F, f, a, ${kw}) }`)
  }
  g.pop(g.depth - base - 1)
  return res
}

/**
 * For `super()` with no arguments inside a method: the JS expressions of the
 * `__class__` cell and of the first argument, or null when not applicable.
 */
function superZeroArgs(g: Gen, node: A.Call): string | null {
  if (node.func._type !== "Name" || node.func.id !== "super") return null
  if (node.args.length > 0 || node.keywords.length > 0) return null
  if (g.code.kind !== "function") return null
  const cls = g.cells.get("__class__")
  if (cls === undefined) return "null, null"
  const first = g.code.varnames[0]
  if (g.code.argcount + g.code.posonlyargcount === 0 || first === undefined) {
    return `${cls}, null`
  }
  const firstCell = g.cells.get(first)
  return `${cls}, ${firstCell !== undefined ? firstCell + ".v" : g.localVar(first)}`
}

/** f(*args, **kwargs): builds the positional tuple and the keyword dict, then CALL_FUNCTION_EX. */
function callEx(g: Gen, node: A.Call): string {
  const fn = expr(g, node.func)
  const args = g.push()
  g.emit(`${args} = ${g.h("build_list")}([])`)
  for (const a of node.args) {
    if (a._type === "Starred") {
      const t = expr(g, a.value)
      g.at(a)
      g.emit(`${g.h("listExtend")}(${args}, ${t}); ${g.dec(t)}; ${t} = null`)
    } else {
      const t = expr(g, a)
      g.emit(`{ const s = ${t}; ${t} = null; ${g.h("listAppend")}(${args}, s) }`)
    }
    g.pop()
  }
  const kw = g.push()
  g.emit(`${kw} = null`)
  for (const k of node.keywords) {
    const t = expr(g, k.value)
    g.at(k)
    if (k.arg === null) {
      g.emit(`if (${kw} === null) ${kw} = ${g.h("build_dict")}()`)
      g.emit(`${g.h("dictMergeKw")}(${fn}, ${kw}, ${t}); ${g.dec(t)}; ${t} = null`)
    } else {
      g.emit(`if (${kw} === null) ${kw} = ${g.h("build_dict")}()`)
      g.emit(
        `${g.h("dictSetKw")}(${fn}, ${kw}, N[${g.name(k.arg)}], ${t}); ${g.dec(t)}; ${t} = null`,
      )
    }
    g.pop()
  }
  g.at(node)
  g.emit(
    `{ const f = ${fn}, a = ${args}, k = ${kw}; ${fn} = null; ${args} = null; ${kw} = null; ${fn} = ${g.h("callEx")}(F, f, a, k) }`,
  )
  g.pop(2)
  return fn
}
