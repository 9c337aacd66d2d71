// Loads the fixtures written by scripts/gen-symtable-fixtures.py: python3's AST of
// each snippet (decoded into our node shapes) with its symbol table or its error.

import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { ModNode } from "../../../src/compiler/ast-nodes.js"
import { BytesConst, ComplexConst, ELLIPSIS } from "../../../src/compiler/constants.js"

const DIR = fileURLToPath(new URL("../../fixtures/compiler/symtable/", import.meta.url))

/** A block as python3's `symtable` module (and the matching code object) describe it. */
export interface PyBlock {
  type: string
  name: string
  lineno: number
  nested: boolean
  optimized: boolean
  varnames: string[]
  symbols: Record<string, unknown>[]
  parameters?: string[]
  locals?: string[]
  globals?: string[]
  nonlocals?: string[]
  frees?: string[]
  methods?: string[]
  code: {
    generator: boolean
    coroutine: boolean
    async_generator: boolean
    params: string[]
    cellvars: string[]
    freevars: string[]
  } | null
  children: PyBlock[]
}

export interface PyError {
  msg: string
  lineno: number
  offset: number
  end_lineno: number
  end_offset: number | null
}

export interface FixtureCase {
  name: string
  source: string
  ast: ModNode
  /** compile() mode when not "exec" (the AST is then an Expression or Interactive). */
  mode?: "eval" | "single"
  /** Compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT. */
  top_level_await?: boolean
  table?: PyBlock
  error?: PyError
  /** SyntaxError.text when the snippet is compiled from a real file. */
  file_text?: string | null
  warnings?: { message: string; lineno: number }[]
}

/** A float from its JSON form: a number, or the repr of a non-finite one. */
function pyFloat(x: number | string): number {
  if (typeof x === "number") return x
  return x === "nan" ? NaN : x === "inf" ? Infinity : -Infinity
}

/** Rebuilds ConstantValues from the JSON encoding of gen-symtable-fixtures.py. */
function revive(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v
  const o = v as Record<string, unknown>
  if ("$int" in o) return BigInt(o.$int as string)
  if ("$float" in o) return pyFloat(o.$float as number | string)
  if ("$complex" in o) {
    const [re, im] = o.$complex as [number | string, number | string]
    return new ComplexConst(pyFloat(re), pyFloat(im))
  }
  if ("$bytes" in o) return new BytesConst(Uint8Array.from(Buffer.from(o.$bytes as string, "hex")))
  if ("$ellipsis" in o) return ELLIPSIS
  return v
}

/** The cases of one fixture file ("tables.json" or "errors.json"). */
export function loadCases(file: string): FixtureCase[] {
  const data = JSON.parse(readFileSync(DIR + file, "utf8"), revive) as { cases: FixtureCase[] }
  return data.cases
}
