// Assignment, deletion and loop targets: which expressions may be targets,
// how they get Store/Del context, and the names CPython's messages use for
// everything else ("cannot assign to function call").
//
// @cpython Parser/pegen.c _PyPegen_get_invalid_target, _PyPegen_get_expr_name;
//          Parser/action_helpers.c _PyPegen_set_expr_context

import type * as A from "./ast-nodes.js"
import { ELLIPSIS } from "./constants.js"

type E = A.ExprNode

/** Which kind of target a context change is for (CPython's TARGETS_TYPE). */
export const enum Targets {
  STAR = 0,
  DEL = 1,
  FOR = 2,
}

// ---- targets ----------------------------------------------------------------------

/** Is `e` something CPython's bitwise_or rule could have produced (parentheses count)? */
export function isBitwiseOrLevel(e: E, parenthesized: Set<E>): boolean {
  if (parenthesized.has(e)) return true
  switch (e._type) {
    case "BoolOp":
    case "Compare":
    case "IfExp":
    case "Lambda":
    case "NamedExpr":
    case "Starred":
    case "Tuple":
    case "Yield":
    case "YieldFrom":
      return e._type === "Tuple" && e.elts.length === 0
    case "UnaryOp":
      return e.op._type !== "Not"
    default:
      return true
  }
}

/**
 * Targets CPython's invalid_named_expression leaves alone (its
 * `!(list|tuple|genexp|'True'|'None'|'False')` lookahead).
 */
export function notHereTarget(e: E): boolean {
  if (e._type === "List" || e._type === "Tuple" || e._type === "GeneratorExp") return true
  return e._type === "Constant" && (e.value === null || e.value === true || e.value === false)
}

/**
 * The first part of `e` that cannot be a target, or null.
 * @cpython Parser/pegen.c _PyPegen_get_invalid_target
 */
export function invalidTarget(e: E, type: Targets): E | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const bad = invalidTarget(x, type)
        if (bad !== null) return bad
      }
      return null
    case "Starred":
      if (type === Targets.DEL) return e
      return invalidTarget(e.value, type)
    case "Compare":
      if (type === Targets.FOR) {
        if (e.ops[0]!._type === "In") return invalidTarget(e.left, type)
        return null
      }
      return e
    case "Name":
    case "Subscript":
    case "Attribute":
      return null
    default:
      return e
  }
}

/** Sets `ctx` on a valid target and on every part of it, in place. */
export function applyContext(e: E, ctx: A.ExprContext): void {
  switch (e._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx
      return
    case "Starred":
      e.ctx = ctx
      applyContext(e.value, ctx)
      return
    case "List":
    case "Tuple":
      e.ctx = ctx
      for (const x of e.elts) applyContext(x, ctx)
      return
    default:
      return
  }
}

/** What CPython calls an expression in messages ("function call", "literal", ...). */
export function exprName(e: E): string {
  switch (e._type) {
    case "Attribute":
      return "attribute"
    case "Subscript":
      return "subscript"
    case "Starred":
      return "starred"
    case "Name":
      return "name"
    case "List":
      return "list"
    case "Tuple":
      return "tuple"
    case "Lambda":
      return "lambda"
    case "Call":
      return "function call"
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression"
    case "GeneratorExp":
      return "generator expression"
    case "Yield":
    case "YieldFrom":
      return "yield expression"
    case "Await":
      return "await expression"
    case "ListComp":
      return "list comprehension"
    case "SetComp":
      return "set comprehension"
    case "DictComp":
      return "dict comprehension"
    case "Dict":
      return "dict literal"
    case "Set":
      return "set display"
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression"
    case "Constant": {
      const v = e.value
      if (v === null) return "None"
      if (v === true) return "True"
      if (v === false) return "False"
      if (v === ELLIPSIS) return "ellipsis"
      return "literal"
    }
    case "Compare":
      return "comparison"
    case "IfExp":
      return "conditional expression"
    case "NamedExpr":
      return "named expression"
    default:
      return "expression"
  }
}
