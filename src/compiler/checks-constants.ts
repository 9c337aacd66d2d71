// Constants as the compile checks see them: what CPython's AST optimizer folds
// before compile.c looks (pattern keys, `is` operands, called or subscripted
// literals), their type names and their repr() for error messages.
//
// @cpython Python/ast_opt.c, Python/compile.c infer_type

import type * as A from "./ast-nodes.js"
import {
  BytesConst,
  CodePointsStr,
  ComplexConst,
  ELLIPSIS,
  type ConstantValue,
} from "./constants.js"

/** Constant types check_subscripter knows cannot be subscripted. */
export const NOT_SUBSCRIPTABLE = new Set([
  "NoneType",
  "ellipsis",
  "int",
  "bool",
  "float",
  "complex",
])

/** Displays check_index warns about when indexed by a non-integer. */
export const INDEXED_DISPLAYS = new Set([
  "Tuple",
  "List",
  "ListComp",
  "JoinedStr",
  "FormattedValue",
])

const NUMERIC_RANK = ["bool", "int", "float", "complex"]

/**
 * What an expression becomes after CPython's AST optimizer when it becomes a
 * constant: its type name and whether it is one of the named singletons. Only
 * the folds that matter for the warnings are modelled (literals, `__debug__`,
 * unary operators, + and - on numbers, strings, bytes and tuples, tuples of
 * constants); anything else counts as not folded.
 * @cpython Python/ast_opt.c fold_unaryop, fold_binop, fold_tuple
 */
export function foldedConstant(e: A.ExprNode): { type: string; singleton: boolean } | null {
  switch (e._type) {
    case "Constant": {
      const type = constantType(e.value)
      return { type, singleton: type === "NoneType" || type === "bool" || type === "ellipsis" }
    }
    case "Name":
      if (e.id !== "__debug__" || e.ctx._type !== "Load") return null
      return { type: "bool", singleton: true }
    case "UnaryOp": {
      const x = foldedConstant(e.operand)
      if (x === null) return null
      if (e.op._type === "Not") return { type: "bool", singleton: true }
      if (e.op._type === "Invert") {
        return x.type === "int" || x.type === "bool" ? { type: "int", singleton: false } : null
      }
      if (!NUMERIC_RANK.includes(x.type)) return null
      return { type: x.type === "bool" ? "int" : x.type, singleton: false }
    }
    case "BinOp": {
      const l = foldedConstant(e.left)
      const r = foldedConstant(e.right)
      if (l === null || r === null || (e.op._type !== "Add" && e.op._type !== "Sub")) return null
      const li = NUMERIC_RANK.indexOf(l.type)
      const ri = NUMERIC_RANK.indexOf(r.type)
      if (li >= 0 && ri >= 0) {
        return { type: NUMERIC_RANK[Math.max(li, ri, 1)] as string, singleton: false }
      }
      const sameSequence = l.type === r.type && ["str", "bytes", "tuple"].includes(l.type)
      return e.op._type === "Add" && sameSequence ? { type: l.type, singleton: false } : null
    }
    case "Tuple":
      if (e.ctx._type !== "Load" || !e.elts.every((x) => foldedConstant(x) !== null)) return null
      return { type: "tuple", singleton: false }
    default:
      return null
  }
}

function constantType(v: ConstantValue): string {
  if (v === null) return "NoneType"
  if (typeof v === "boolean") return "bool"
  if (typeof v === "bigint") return "int"
  if (typeof v === "number") return "float"
  if (typeof v === "string") return "str"
  if (v instanceof ComplexConst) return "complex"
  if (v instanceof CodePointsStr) return "str"
  if (v instanceof BytesConst) return "bytes"
  return "ellipsis"
}

/** infer_type: the type name of a literal, display or constant; null when unknown. */
export function inferType(e: A.ExprNode): string | null {
  const c = foldedConstant(e)
  if (c !== null) return c.type
  switch (e._type) {
    case "Tuple":
      return "tuple"
    case "List":
    case "ListComp":
      return "list"
    case "Dict":
    case "DictComp":
      return "dict"
    case "Set":
    case "SetComp":
      return "set"
    case "GeneratorExp":
      return "generator"
    case "Lambda":
      return "function"
    case "JoinedStr":
    case "FormattedValue":
      return "str"
    default:
      return null
  }
}

// ── constants, as CPython's AST optimizer folds them before compiling ──

export const NOT_CONSTANT: unique symbol = Symbol("not constant")

/**
 * The value of a pattern key or value after constant folding: a Constant, or the
 * negative numbers and complex sums the parser builds as UnaryOp/BinOp.
 */
export function foldConstant(e: A.ExprNode): ConstantValue | typeof NOT_CONSTANT {
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
export function constantKey(v: ConstantValue): string {
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
export function pyRepr(v: ConstantValue): string {
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
