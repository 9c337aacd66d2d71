// String concatenation, f-strings, literal decoding and \N{} names compared with
// CPython 3.11; expectations from scripts/gen-strings-fixtures.py.
// F-string fields in the fixtures hold only names or nested strings, so a tiny
// stand-in plays the parser here; the parser's own tests cover the rest.

import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import type * as A from "../../../src/compiler/ast-nodes.js"
import { BytesConst, ComplexConst } from "../../../src/compiler/constants.js"
import { PySyntaxError, type CompileWarning } from "../../../src/compiler/errors.js"
import { LiteralError, parseNumber } from "../../../src/compiler/literals.js"
import { detectEncoding } from "../../../src/compiler/source-encoding.js"
import { concatenateStrings, type StringsContext } from "../../../src/compiler/strings.js"
import { TokenType, type Token } from "../../../src/compiler/token.js"
import { Tokenizer, byteToCharOffset, decodeSource } from "../../../src/compiler/tokenizer.js"
import { lookupUnicodeName } from "../../../src/util/unicode-names.js"

type Outcome =
  | { node: unknown; warnings: [string, string, number][] }
  | {
      error: {
        kind: string
        msg: string
        lineno: number
        offset: number
        endLineno: number
        endOffset: number
      }
    }
interface Fixtures {
  numbers: { text: string; value: { int?: string; float?: string; imag?: string } }[]
  strings: { source: string; plain: Outcome; werror: Outcome }[]
  names: [string, number][]
  encodings: { hex: string; plain: Outcome }[]
  scripts: { hex: string; error: string | null }[]
}

const fixtures = JSON.parse(
  readFileSync(new URL("../../fixtures/compiler/strings.json", import.meta.url), "utf8"),
) as Fixtures

function pyFloat(r: string): number {
  return r === "inf" ? Infinity : r === "-inf" ? -Infinity : Number(r)
}

describe("number literals", () => {
  for (const c of fixtures.numbers) {
    it(c.text.slice(0, 40), () => {
      const v = parseNumber(c.text)
      if (c.value.int !== undefined) expect(v).toBe(BigInt(c.value.int))
      else if (c.value.float !== undefined) expect(Object.is(v, pyFloat(c.value.float))).toBe(true)
      else {
        expect(v).toBeInstanceOf(ComplexConst)
        expect((v as ComplexConst).imag).toBe(pyFloat(c.value.imag!))
      }
    })
  }
  it("refuses decimal ints longer than 4300 digits like CPython", () => {
    expect(() => parseNumber("1".repeat(4301))).toThrow(LiteralError)
    expect(() => parseNumber("1".repeat(4301))).toThrow(/value has 4301 digits/)
  })
})

/** Our node in the JSON shape the fixture script writes. */
function toJson(node: unknown): unknown {
  if (node === null || typeof node === "number" || typeof node === "boolean") return node
  if (typeof node === "string") return { str: node }
  if (node instanceof BytesConst) return { bytes: Array.from(node.bytes) }
  if (Array.isArray(node)) return node.map(toJson)
  const o = node as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) {
    out[k] = k === "_type" || k.endsWith("lineno") || k.endsWith("offset") ? v : toJson(v)
  }
  return out
}

/** Parses `x = <strings>` with the stand-in parser; returns our outcome in fixture form. */
function run(source: string, werror: boolean, byteOffsets = false): Outcome {
  const warnings: CompileWarning[] = []
  try {
    const node = parseStrings(source, "<t>", werror, (w) => warnings.push(w), byteOffsets)
    return { node: toJson(node), warnings: warnings.map((w) => [w.category, w.message, w.lineno]) }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e
    const { kind, msg, lineno, offset, endLineno, endOffset } = e
    return { error: { kind, msg, lineno, offset, endLineno, endOffset } }
  }
}

function errorAt(
  tok: Tokenizer,
  msg: string,
  t: Token,
  filename: string,
  byteOffsets = false,
): PySyntaxError {
  // CPython converts against its error text: the tokenizer's buffer when the error
  // is on its current line (which may start on an earlier line, after a multi-line
  // string). Here every statement is the whole source, so the tokenizer's state at
  // the end is its state at the error.
  const line = tok.errorText(t.lineno)
  // Columns are bytes; CPython reports characters, except for a bytes source with
  // no BOM or cookie (tok->encoding is NULL then).
  const conv = (b: number) => (byteOffsets ? b : byteToCharOffset(line, b))
  return new PySyntaxError(
    "SyntaxError",
    msg,
    filename,
    t.lineno,
    conv(t.col + 1),
    t.endLineno,
    conv(t.endCol + 1),
    line,
  )
}

function parseStrings(
  source: string,
  filename: string,
  werror: boolean,
  warn: (w: CompileWarning) => void,
  byteOffsets: boolean,
): A.ExprNode {
  const tok = new Tokenizer(source, { filename })
  const tokens: Token[] = []
  for (;;) {
    const t = tok.next()
    tokens.push(t)
    if (t.type === TokenType.ENDMARKER) break
  }
  // Skip "x =" or "(" and collect the STRING run (parentheses allowed around it).
  let i = 0
  while (tokens[i]!.type !== TokenType.STRING) i++
  const strings: Token[] = []
  while (tokens[i]!.type === TokenType.STRING) strings.push(tokens[i++]!)
  const lastFetched = tokens[i]!
  const ctx: StringsContext = {
    filename,
    warningsAsErrors: werror,
    warn,
    syntaxError: (msg, t) => errorAt(tok, msg, t ?? lastFetched, filename, byteOffsets),
    parseFStringExpr: (src, lineno, col) => {
      // The stand-in parser: "(name)" or "(strings)".
      const inner = new Tokenizer(src, {
        filename,
        lineOffset: lineno - 1,
        firstLineColOffset: col,
      })
      const ts: Token[] = []
      for (;;) {
        const t = inner.next()
        if (t.type === TokenType.ENDMARKER) break
        if (t.type !== TokenType.NEWLINE) ts.push(t)
      }
      const body = ts.slice(1, -1)
      if (body.length === 1 && body[0]!.type === TokenType.NAME) {
        const t = body[0]!
        return {
          _type: "Name",
          id: t.string,
          ctx: { _type: "Load" },
          lineno: t.lineno,
          col_offset: t.col,
          end_lineno: t.endLineno,
          end_col_offset: t.endCol,
        } as A.ExprNode
      }
      if (body.length > 0 && body.every((t) => t.type === TokenType.STRING)) {
        return concatenateStrings(body, {
          ...ctx,
          syntaxError: (m, t) => errorAt(inner, m, t ?? ts[ts.length - 1]!, filename),
        })
      }
      throw new Error(`stand-in parser cannot parse ${src}`)
    },
  }
  return concatenateStrings(strings, ctx)
}

describe("strings rule: constants, f-strings, errors and warnings", () => {
  for (const c of fixtures.strings) {
    it(JSON.stringify(c.source).slice(0, 70), () => {
      expect(run(c.source, false)).toEqual(c.plain)
      expect(run(c.source, true)).toEqual(c.werror)
    })
  }
})

describe("\\N{} names", () => {
  it("accepts what CPython accepts", () => {
    for (const [name, cp] of fixtures.names)
      expect([name, lookupUnicodeName(name)]).toEqual([name, cp])
  })
})

describe("f-string fields handed to the parser", () => {
  function sources(literal: string): [string, number, number][] {
    const got: [string, number, number][] = []
    const tok = new Tokenizer(`x = ${literal}`)
    const tokens: Token[] = []
    for (let t = tok.next(); t.type !== TokenType.ENDMARKER; t = tok.next()) tokens.push(t)
    const strings = tokens.filter((t) => t.type === TokenType.STRING)
    concatenateStrings(strings, {
      filename: "<t>",
      syntaxError: (msg) => new PySyntaxError("SyntaxError", msg, "<t>", 0, 0, 0, 0, null),
      parseFStringExpr: (src, lineno, col) => {
        got.push([src, lineno, col])
        return {
          _type: "Name",
          id: "_",
          ctx: { _type: "Load" },
          lineno,
          col_offset: col,
          end_lineno: lineno,
          end_col_offset: col,
        } as A.ExprNode
      },
    })
    return got
  }

  it("keeps comparison operators and walrus in the expression", () => {
    expect(sources("f'{x!=y}{x==y}{x<y}{x>=y}{x<=y}'").map((s) => s[0])).toEqual([
      "(x!=y)",
      "(x==y)",
      "(x<y)",
      "(x>=y)",
      "(x<=y)",
    ])
    expect(sources("f'{[x]}{x[y]}{ {1: 2}[1] }{(a:=1)}'").map((s) => s[0])).toEqual([
      "([x])",
      "(x[y])",
      "( {1: 2}[1] )",
      "((a:=1))",
    ])
    // "a:=1" at the top level is a format spec "=1", as in CPython.
    expect(sources("f'{a:=1}'").map((s) => s[0])).toEqual(["(a)"])
  })

  it("passes where the field sits: same line, later line, after a newline", () => {
    expect(sources("f'ab{x}'")).toEqual([["(x)", 1, 8]])
    expect(sources("f'''\n  {x}'''")).toEqual([["(x)", 2, 2]])
    expect(sources("f'é{x}'")).toEqual([["(x)", 1, 8]])
  })
})

describe("source decoding (PEP 263) as compile(bytes) does it", () => {
  for (const c of fixtures.encodings) {
    const bytes = Uint8Array.from(c.hex.match(/../g)!.map((h) => parseInt(h, 16)))
    it(JSON.stringify(new TextDecoder("latin1").decode(bytes)).slice(0, 70), () => {
      let got: Outcome
      try {
        const { bom, cookie } = detectEncoding(bytes)
        got = run(decodeSource(bytes, "<t>"), false, !bom && cookie === null)
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e
        // CPython leaves end_lineno/end_offset None for encoding errors.
        got = {
          error: {
            kind: e.kind,
            msg: e.msg,
            lineno: e.lineno,
            offset: e.offset,
            endLineno: null!,
            endOffset: null!,
          },
        }
      }
      expect(got).toEqual(c.plain)
    })
  }
})

describe("source decoding as `python3 script.py` reads its script", () => {
  for (const c of fixtures.scripts) {
    const bytes = Uint8Array.from(c.hex.match(/../g)!.map((h) => parseInt(h, 16)))
    it(JSON.stringify(new TextDecoder("latin1").decode(bytes)).slice(0, 70), () => {
      let error: string | null = null
      try {
        decodeSource(bytes, "<file>", { scriptFile: true })
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e
        error = e.msg
      }
      expect(error).toBe(c.error)
    })
  }
})
