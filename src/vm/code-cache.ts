// Code objects as JSON: the compiled form of heapscope's library modules, made once at
// build time (scripts/gen-lib-code.mjs) so that `import re` runs the module without parsing
// and compiling 50 KB of Python first. CPython's .pyc files do the same job.
//
//   build:   source ──compile──► CodeObject ──encodeCode──► { hash, code } ──► dist/lib-code/NAME.json
//   import:  host.libCode(NAME) ──decodeCode──► CodeObject (when `hash` is the source's hash)
//
// Only compile-time data is stored (names, counts, flags, constants, positions, the generated
// JavaScript); what the vm fills in at run time (K, N, body, the Python-level objects) is not.
// Constants keep their JS types: ints are bigints, floats numbers (with NaN, the infinities
// and -0), and the compiler's own classes are tagged.

import {
  BytesConst,
  CodePointsStr,
  ComplexConst,
  ELLIPSIS,
  type ConstantValue,
} from "../compiler/constants.js"
import { CodeObject, ConstTuple } from "./code.js"

/** The version of the format; a file of another version is ignored. */
const FORMAT = 1

type Const = ConstantValue | CodeObject | ConstTuple

/** Fields the vm fills in at run time: never stored. */
const RUNTIME_FIELDS = new Set(["body", "tracedBody", "K", "N", "pyobj", "nameObj", "qualnameObj"])

/** FNV-1a over the UTF-16 code units: tells a stale file from the source it was made from. */
export function sourceHash(source: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function encodeFloat(x: number): unknown {
  if (Number.isFinite(x) && !Object.is(x, -0)) return x
  return { n: Object.is(x, -0) ? "-0" : String(x) }
}

function decodeFloat(v: unknown): number {
  if (typeof v === "number") return v
  const s = (v as { n: string }).n
  return s === "-0" ? -0 : Number(s)
}

function encodeConst(c: Const): unknown {
  if (c === null || typeof c === "boolean" || typeof c === "string") return c
  if (typeof c === "number") return { f: encodeFloat(c) }
  if (typeof c === "bigint") return { i: c.toString() }
  if (c instanceof CodeObject) return { code: encodeCodeObject(c) }
  if (c instanceof ConstTuple) return { t: c.items.map(encodeConst), z: c.frozen }
  if (c instanceof ComplexConst) return { c: [encodeFloat(c.real), encodeFloat(c.imag)] }
  if (c instanceof BytesConst) return { b: Array.from(c.bytes) }
  if (c instanceof CodePointsStr) return { p: c.codePoints }
  if (c === ELLIPSIS) return { e: 1 }
  throw new Error(`code cache: cannot store constant ${String(c)}`)
}

function decodeConst(v: unknown): Const {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v
  const o = v as Record<string, unknown>
  if ("f" in o) return decodeFloat(o["f"])
  if ("i" in o) return BigInt(o["i"] as string)
  if ("code" in o) return decodeCodeObject(o["code"] as Record<string, unknown>)
  if ("t" in o)
    return new ConstTuple(
      (o["t"] as unknown[]).map(decodeConst) as ConstantValue[],
      o["z"] === true,
    )
  if ("c" in o) {
    const [re, im] = o["c"] as unknown[]
    return new ComplexConst(decodeFloat(re), decodeFloat(im))
  }
  if ("b" in o) return new BytesConst(Uint8Array.from(o["b"] as number[]))
  if ("p" in o) return new CodePointsStr(o["p"] as number[])
  if ("e" in o) return ELLIPSIS
  throw new Error("code cache: unknown constant")
}

function encodeCodeObject(code: CodeObject): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(code)) {
    if (RUNTIME_FIELDS.has(k)) continue
    out[k] = k === "consts" ? (v as Const[]).map(encodeConst) : v
  }
  return out
}

function decodeCodeObject(o: Record<string, unknown>): CodeObject {
  const code = new CodeObject(
    o["name"] as string,
    o["qualname"] as string,
    o["filename"] as string,
    o["firstlineno"] as number,
  )
  for (const [k, v] of Object.entries(o)) {
    if (k === "consts") code.consts = (v as unknown[]).map(decodeConst)
    else if (!RUNTIME_FIELDS.has(k)) (code as unknown as Record<string, unknown>)[k] = v
  }
  return code
}

/** The JSON text of `code`, compiled from `source`. */
export function encodeCode(code: CodeObject, source: string): string {
  return JSON.stringify({ format: FORMAT, hash: sourceHash(source), code: encodeCodeObject(code) })
}

/** The code object stored in `json`, or null when it was made from another source or format. */
export function decodeCode(json: string, source: string): CodeObject | null {
  let data: { format?: unknown; hash?: unknown; code?: unknown }
  try {
    data = JSON.parse(json) as typeof data
  } catch {
    return null
  }
  if (data.format !== FORMAT || data.hash !== sourceHash(source)) return null
  return decodeCodeObject(data.code as Record<string, unknown>)
}
