// Str literals with escaped lone surrogates: Python keeps '\ud834\udd1e' as two
// code points, which a JS string would merge. Expected dumps come from python3
// (tests/fixtures/compiler/surrogates.json).
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parse } from "../../../src/compiler/parser.js"
import { dump } from "../../../src/compiler/ast-dump.js"

const cases = JSON.parse(readFileSync("tests/fixtures/compiler/surrogates.json", "utf8")) as {
  source: string
  dump: string
}[]

describe("lone surrogates in str literals", () => {
  for (const c of cases) {
    it(c.source, () => {
      expect(dump(parse(c.source, "<unknown>", "exec"), { includeAttributes: true })).toBe(c.dump)
    })
  }
})
