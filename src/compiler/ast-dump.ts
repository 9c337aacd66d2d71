// ast.dump(): the text CPython 3.11's `ast.dump(tree, include_attributes=...)`
// prints, byte for byte, so our trees can be compared with python3's.
//
//   Module(body=[Expr(value=Constant(value=1, lineno=1, col_offset=0, ...), ...)], type_ignores=[])
//   └ class name, then every field as name=value in the class's field order;
//     an optional field (`expr?`) holding None is left out; with
//     include_attributes, lineno/col_offset/end_lineno/end_col_offset follow.
//
// @cpython Lib/ast.py dump (annotate_fields=True, indent=None)

import { NODE_INFO, type Located, type Node } from "./ast-nodes.js"
import {
  BytesConst,
  CodePointsStr,
  ComplexConst,
  ELLIPSIS,
  type ConstantValue,
} from "./constants.js"
import { complexRepr, floatRepr } from "../util/float-repr.js"
import { PRINTABLE_RANGE_DELTAS } from "./unicode-printable.js"
import { rangeClass } from "../util/unicode-identifier.js"

/** Options of {@link dump}; `includeAttributes` adds the four position attributes. */
export interface DumpOptions {
  includeAttributes?: boolean
}

/** Returns `ast.dump(node, include_attributes=...)` as CPython 3.11 prints it. */
export function dump(node: Node, options: DumpOptions = {}): string {
  const attrs = options.includeAttributes === true
  // An explicit work stack instead of recursion, so trees as deep as the
  // parser allows never overflow the JS stack. Items are popped in order:
  // a string is output as is, a Work entry is formatted (pushing its parts
  // in reverse). Output grows by concatenation (V8 ropes), which is much
  // faster here than collecting pieces and joining them.
  const stack: (string | Work)[] = [{ value: node, kind: "node" }]
  let out = ""
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item === "string") {
      out += item
      continue
    }
    const { value, kind } = item
    if (Array.isArray(value)) {
      if (value.length === 0) {
        out += "[]"
        continue
      }
      out += "["
      stack.push("]")
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], kind })
        if (i > 0) stack.push(", ")
      }
      continue
    }
    if (value === null || value === undefined) {
      out += "None"
      continue
    }
    switch (kind) {
      case "identifier":
      case "string":
        out += strRepr(value as string)
        continue
      case "int":
        out += String(value)
        continue
      case "constant":
        out += constantRepr(value as ConstantValue)
        continue
    }
    const n = value as Node
    const info = NODE_INFO[n._type]
    const rec = n as unknown as Record<string, unknown>
    out += n._type + "("
    // Collect the parts first (in order), then push them reversed.
    const parts: (string | Work)[] = []
    let first = true
    const fields = info.fields
    for (let i = 0; i < fields.length; i++) {
      const [name, fkind, card] = fields[i]!
      const v = rec[name]
      if (card === "opt" && (v === null || v === undefined)) continue
      parts.push((first ? "" : ", ") + name + "=")
      parts.push({
        value: v,
        kind: card === "list" || fkind === "constant" || isScalar(fkind) ? fkind : "node",
      })
      first = false
    }
    if (attrs && info.located) {
      const loc = n as unknown as Located
      parts.push(
        (first ? "" : ", ") +
          "lineno=" +
          loc.lineno +
          ", col_offset=" +
          loc.col_offset +
          ", end_lineno=" +
          loc.end_lineno +
          ", end_col_offset=" +
          loc.end_col_offset,
      )
    }
    stack.push(")")
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!)
  }
  return out
}

/** One value waiting to be formatted; `kind` is its ASDL type ("node" for any node). */
interface Work {
  value: unknown
  kind: string
}

function isScalar(kind: string): boolean {
  return kind === "identifier" || kind === "string" || kind === "int"
}

/** `repr()` of a constant as CPython prints it inside an AST dump. */
export function constantRepr(value: ConstantValue): string {
  if (value === null) return "None"
  switch (typeof value) {
    case "boolean":
      return value ? "True" : "False"
    case "bigint":
      return value.toString()
    case "number":
      return floatRepr(value)
    case "string":
      return strRepr(value)
  }
  if (value === ELLIPSIS) return "Ellipsis"
  if (value instanceof BytesConst) return bytesRepr(value.bytes)
  if (value instanceof ComplexConst) return complexRepr(value.real, value.imag)
  if (value instanceof CodePointsStr) return strReprCodePoints(value.codePoints)
  throw new Error(`constantRepr: not a constant: ${String(value)}`)
}

// Characters repr() escapes: those CPython 3.11 calls non-printable (categories
// Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs except the space) in its Unicode 14.0 database.
// The table is generated from python3 so the answer does not depend on the
// Unicode version of the JavaScript engine.
// @cpython Objects/unicodectype.c _PyUnicode_IsPrintable
// Decoded on the first call (rangeClass), not when the module loads: every
// start-up loads this module, few programs ask.
/** Python 3.11's `chr(cp).isprintable()`. */
export const isPrintable: (cp: number) => boolean = rangeClass(PRINTABLE_RANGE_DELTAS)

const SIMPLE = /^[\x20-\x7e]*$/

/** Python's `repr(str)`: quote choice and escapes as `unicode_repr` does them. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  if (SIMPLE.test(s) && !s.includes("\\") && !s.includes(quote)) return quote + s + quote
  return strReprCodePoints(Array.from(s, (ch) => ch.codePointAt(0)!))
}

/** `repr()` of a str given as code points (lone surrogates included). */
export function strReprCodePoints(cps: readonly number[]): string {
  const quote = cps.includes(0x27) && !cps.includes(0x22) ? '"' : "'"
  let out = quote
  for (const cp of cps) {
    const ch = String.fromCodePoint(cp)
    if (ch === quote || ch === "\\") out += "\\" + ch
    else if (ch === "\t") out += "\\t"
    else if (ch === "\n") out += "\\n"
    else if (ch === "\r") out += "\\r"
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2)
    else if (cp < 0x7f) out += ch
    else if (!isPrintable(cp)) {
      if (cp <= 0xff) out += "\\x" + hex(cp, 2)
      else if (cp <= 0xffff) out += "\\u" + hex(cp, 4)
      else out += "\\U" + hex(cp, 8)
    } else out += ch
  }
  return out + quote
}

/** Python's `repr(bytes)`. */
export function bytesRepr(bytes: Uint8Array): string {
  let hasSingle = false
  let hasDouble = false
  for (const b of bytes) {
    if (b === 0x27) hasSingle = true
    else if (b === 0x22) hasDouble = true
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27
  let out = "b" + String.fromCharCode(quote)
  for (const b of bytes) {
    if (b === quote || b === 0x5c) out += "\\" + String.fromCharCode(b)
    else if (b === 0x09) out += "\\t"
    else if (b === 0x0a) out += "\\n"
    else if (b === 0x0d) out += "\\r"
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + hex(b, 2)
    else out += String.fromCharCode(b)
  }
  return out + String.fromCharCode(quote)
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0")
}
