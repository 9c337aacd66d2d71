// Shared by the symtable/checks scripts: bundles the compiler's TypeScript with
// esbuild so plain Node can run it, and decodes the JSON python3 writes
// (scripts/symtable_dump.py) into our AST shapes.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { Buffer } from "node:buffer"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { build } from "esbuild"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

/** Imports compileChecks, PySyntaxError, the constant classes and (optionally) parse. */
export async function loadCompiler({ withParser = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "heapscope-checks-"))
  const entry = join(dir, "entry.ts")
  const out = join(dir, "compiler.mjs")
  const src = root.replace(/\\/g, "/")
  writeFileSync(
    entry,
    `export { compileChecks } from "${src}/src/compiler/checks.js"\n` +
      `export { PySyntaxError } from "${src}/src/compiler/errors.js"\n` +
      `export { ComplexConst, BytesConst, ELLIPSIS } from "${src}/src/compiler/constants.js"\n` +
      (withParser ? `export { parse } from "${src}/src/compiler/parser.js"\n` : ""),
  )
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "error",
  })
  const mod = await import(pathToFileURL(out).href)
  rmSync(dir, { recursive: true, force: true })
  return mod
}

/** A float from its JSON form: a number, or the repr of a non-finite one. */
function pyFloat(x) {
  if (typeof x === "number") return x
  return x === "nan" ? NaN : x === "inf" ? Infinity : -Infinity
}

/** A JSON.parse reviver rebuilding ConstantValues with the bundle's classes. */
export function reviver(C) {
  return (_key, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v
    if ("$int" in v) return BigInt(v.$int)
    if ("$float" in v) return pyFloat(v.$float)
    if ("$complex" in v) return new C.ComplexConst(pyFloat(v.$complex[0]), pyFloat(v.$complex[1]))
    if ("$bytes" in v) return new C.BytesConst(Uint8Array.from(Buffer.from(v.$bytes, "hex")))
    if ("$ellipsis" in v) return C.ELLIPSIS
    return v
  }
}

/** Path to the first difference between two JSON values, or null. */
export function firstDiff(a, b, path = "") {
  if (a === b) return null
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${path}: ours ${JSON.stringify(a)} vs python ${JSON.stringify(b)}`
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: shape`
  const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : Object.keys(b)
  for (const k of keys) {
    let label = `${path}.${k}`
    if (Array.isArray(a) && a[k]?.name !== undefined) label = `${path}[${a[k].name}]`
    const d = firstDiff(a[k], b[k], label)
    if (d !== null) return d
  }
  if (Array.isArray(a) && a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`
  return null
}

/** Runs compileChecks and returns python3's shapes: { error } or { warnings }. */
export function runChecks(C, tree, filename, options = {}) {
  const warnings = []
  try {
    const table = C.compileChecks(tree, filename, {
      ...options,
      warn: (w) => void warnings.push({ message: w.message, lineno: w.lineno }),
    })
    return { table, warnings, error: null }
  } catch (e) {
    if (!(e instanceof C.PySyntaxError)) throw e
    const error = {
      msg: e.msg,
      lineno: e.lineno,
      offset: e.offset,
      end_lineno: e.endLineno,
      end_offset: e.endOffset,
    }
    return { table: null, warnings, error }
  }
}
