// Parser + ast.dump against CPython 3.11: every snippet of
// tests/fixtures/compiler/ast-snippets.txt must give the same
// `ast.dump(tree, include_attributes=True)` or the same SyntaxError
// (class, message, line, offset, end line, end offset).
// Expected results come from scripts/regen-ast-fixtures.py (run with python3).

import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { dump } from "../../../src/compiler/ast-dump.js"
import { PySyntaxError } from "../../../src/compiler/errors.js"
import { formatSyntaxError } from "../../../src/compiler/format-error.js"
import { parse, type ParseMode } from "../../../src/compiler/parser.js"

interface Case {
  name: string
  mode: ParseMode
  source: string
  dump?: string
  error?: {
    kind: string
    msg: string
    lineno: number
    offset: number
    end_lineno: number
    end_offset: number
  }
  stderr?: string
}

const cases = JSON.parse(
  readFileSync(new URL("../../fixtures/compiler/ast-expected.json", import.meta.url), "utf8"),
) as Case[]

/** What heapscope gives for one case, in the fixture's shape. */
export function run(c: Case): Pick<Case, "dump" | "error"> {
  try {
    return { dump: dump(parse(c.source, "<test>", c.mode), { includeAttributes: true }) }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e
    return {
      error: {
        kind: e.kind,
        msg: e.msg,
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.endLineno,
        end_offset: e.endOffset,
      },
    }
  }
}

describe("parser against CPython 3.11 (valid code)", () => {
  for (const c of cases.filter((c) => c.dump !== undefined)) {
    it(`${c.name}: ${JSON.stringify(c.source).slice(0, 60)}`, () => {
      expect(run(c)).toEqual({ dump: c.dump })
    })
  }
})

describe("parser against CPython 3.11 (syntax errors)", () => {
  for (const c of cases.filter((c) => c.error !== undefined)) {
    it(`${c.name}: ${JSON.stringify(c.source).slice(0, 60)}`, () => {
      const got = run(c)
      expect(got.error?.msg).toBe(c.error!.msg)
      expect(got).toEqual({ error: c.error })
    })
  }
})

describe("formatSyntaxError prints what `python3 x.py` prints", () => {
  for (const c of cases.filter((c) => c.stderr !== undefined && c.mode === "exec")) {
    it(`${c.name}: ${JSON.stringify(c.source).slice(0, 60)}`, () => {
      let err: unknown = null
      try {
        parse(c.source, "x.py", "exec", { fileMode: true })
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(PySyntaxError)
      expect(formatSyntaxError(err as PySyntaxError)).toBe(c.stderr)
    })
  }
})
