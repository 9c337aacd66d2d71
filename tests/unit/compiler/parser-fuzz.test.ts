// Property: whatever bytes we feed the parser (valid programs with tokens or
// characters deleted, inserted or duplicated, or random text), it returns a
// tree or throws a PySyntaxError / CompilerLimitError, quickly; never another
// exception, a stack overflow or a hang.

import fc from "fast-check"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { dump } from "../../../src/compiler/ast-dump.js"
import { PySyntaxError } from "../../../src/compiler/errors.js"
import { CompilerLimitError } from "../../../src/compiler/parser-core.js"
import { parse } from "../../../src/compiler/parser.js"

const cases = JSON.parse(
  readFileSync(new URL("../../fixtures/compiler/ast-expected.json", import.meta.url), "utf8"),
) as { source: string }[]
const corpus = cases.map((c) => c.source).filter((s) => s.length > 0)
const PIECES = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  ";",
  "=",
  "==",
  ".",
  "*",
  "**",
  "->",
  ":=",
  "@",
  "\n",
  "    ",
  "\t",
  "\\\n",
  "'",
  '"',
  "'''",
  "f'{",
  "}",
  "#",
  "if ",
  "else ",
  "lambda ",
  "yield ",
  "async ",
  "await ",
  "match ",
  "case ",
  "def ",
  "class ",
  "for ",
  "in ",
  "not ",
  "is ",
  "from ",
  "import ",
  "return ",
  "with ",
  "as ",
  "try:",
  "except ",
  "finally:",
  "x",
  "1",
  "0x",
  "1e",
  "é",
  "\u00a0",
]

/** Parses and dumps; returns what happened and how long it took. */
function attempt(src: string): { ok: boolean; ms: number } {
  const t0 = performance.now()
  try {
    dump(parse(src, "<fuzz>"), { includeAttributes: true })
  } catch (e) {
    if (!(e instanceof PySyntaxError) && !(e instanceof CompilerLimitError)) throw e
  }
  return { ok: true, ms: performance.now() - t0 }
}

const mutation = fc.oneof(
  fc.record({ op: fc.constant("delete"), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant("insert"), at: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ op: fc.constant("duplicate"), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
)

function mutate(
  src: string,
  muts: { op: string; at: number; len?: number; piece?: string }[],
): string {
  let s = src
  for (const m of muts) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1)
    if (m.op === "delete") s = s.slice(0, at) + s.slice(at + m.len!)
    else if (m.op === "insert") s = s.slice(0, at) + m.piece! + s.slice(at)
    else s = s.slice(0, at) + s.slice(at, at + m.len!) + s.slice(at)
  }
  return s
}

describe("parser fuzzing", () => {
  it("mutated programs give a tree or a SyntaxError, fast", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...corpus), { minLength: 1, maxLength: 4 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (parts, muts) => {
          const r = attempt(mutate(parts.join(""), muts))
          expect(r.ms).toBeLessThan(500)
        },
      ),
      { numRuns: 1500 },
    )
  })

  it("random token soup gives a tree or a SyntaxError, fast", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const r = attempt(pieces.join(""))
        expect(r.ms).toBeLessThan(500)
      }),
      { numRuns: 1500 },
    )
  })

  it("random strings give a tree or a SyntaxError", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        attempt(s)
      }),
      { numRuns: 1000 },
    )
  })
})
