// Token streams and tokenizer errors compared with CPython 3.11; the expectations
// come from scripts/gen-tokenizer-fixtures.py (tests/fixtures/compiler/tokenizer.json).

import { readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { PySyntaxError, type CompileWarning } from "../../../src/compiler/errors.js"
import { TokenType, type Token } from "../../../src/compiler/token.js"
import {
  Tokenizer,
  decodeSource,
  isPrintableCodePoint,
  tokenize,
} from "../../../src/compiler/tokenizer.js"
import { isXidContinue, isXidStart } from "../../../src/util/unicode-identifier.js"

interface PyToken {
  type: number
  string: string
  lineno: number
  col: number
  endLineno: number
  endCol: number
}
type PyOutcome =
  | { ok: true; warnings: [string, string, number][] }
  | {
      ok?: undefined
      kind: string
      msg: string
      lineno: number
      offset: number
      endLineno: number
      endOffset: number
      text: string | null
    }
interface Fixtures {
  evalErrors: { source: string; plain: PyOutcome }[]
  charClasses: [number, boolean, boolean, boolean][]
  typeComments: {
    source: string
    comments?: string[]
    ignores?: [number, string][]
    error?: string
  }[]
  tokens: { source: string; tokens: PyToken[] }[]
  errors: { source: string; plain: PyOutcome; werror: PyOutcome }[]
}

const fixtures = JSON.parse(
  readFileSync(new URL("../../fixtures/compiler/tokenizer.json", import.meta.url), "utf8"),
) as Fixtures

const ERRORTOKEN = 60

/** Project a CPython tokenize token and ours onto the facts both define the same way. */
function comparable(t: PyToken | Token, next: PyToken | Token | undefined, ours: boolean) {
  const type = t.type === ERRORTOKEN ? TokenType.OP : t.type
  switch (type) {
    case TokenType.NEWLINE:
      // tokenize puts NEWLINE on the "\n"; the C tokenizer ends it there.
      return { type, lineno: t.lineno, at: ours ? t.endCol : t.col }
    case TokenType.INDENT:
      return { type, lineno: t.lineno }
    case TokenType.DEDENT: {
      const last = next === undefined || next.type === TokenType.DEDENT || next.type === 0
      return last ? { type } : { type, lineno: t.lineno }
    }
    case TokenType.ENDMARKER:
      return { type }
    default:
      return {
        type,
        string: t.string,
        lineno: t.lineno,
        col: t.col,
        endLineno: t.endLineno,
        endCol: t.endCol,
      }
  }
}

describe("token streams match CPython's tokenize (without NL and COMMENT)", () => {
  for (const c of fixtures.tokens) {
    it(JSON.stringify(c.source).slice(0, 60), () => {
      const ours = tokenize(c.source)
      const want = c.tokens.map((t, i) => comparable(t, c.tokens[i + 1], false))
      const got = ours.map((t, i) => comparable(t, ours[i + 1], true))
      expect(got).toEqual(want)
      // Token text is the source slice.
      for (const t of ours)
        expect(t.string).toBe(new Tokenizer(c.source).source.slice(t.start, t.end))
    })
  }
})

function outcome(source: string, werror: boolean, execInput = true): PyOutcome {
  const warnings: CompileWarning[] = []
  try {
    tokenize(source, {
      filename: "<t>",
      execInput,
      warningsAsErrors: werror,
      warn: (w) => warnings.push(w),
    })
    return { ok: true, warnings: warnings.map((w) => [w.category, w.message, w.lineno]) }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e
    return {
      kind: e.kind,
      msg: e.msg,
      lineno: e.lineno,
      offset: e.offset,
      endLineno: e.endLineno,
      endOffset: e.endOffset,
      text: e.text,
    }
  }
}

describe("tokenizer errors and warnings match compile()", () => {
  for (const c of fixtures.errors) {
    it(JSON.stringify(c.source).slice(0, 60), () => {
      expect(outcome(c.source, false)).toEqual(c.plain)
      expect(outcome(c.source, true)).toEqual(c.werror)
    })
  }
})

describe("eval-mode sources (no newline added) match compile(..., 'eval')", () => {
  for (const c of fixtures.evalErrors) {
    it(JSON.stringify(c.source), () => {
      expect(outcome(c.source, false, false)).toEqual(c.plain)
    })
  }
})

describe("tokenizer API", () => {
  it("marks INDENT, DEDENT and ENDMARKER with col -1 like CPython", () => {
    const toks = tokenize("if x:\n  y\n")
    const kinds = toks.filter((t) => t.col === -1).map((t) => t.type)
    expect(kinds).toEqual([TokenType.INDENT, TokenType.DEDENT, TokenType.ENDMARKER])
  })

  it("shifts f-string expression tokens on their first line only", () => {
    const toks = tokenize("(a +\nb)", { lineOffset: 4, firstLineColOffset: 10 })
    const a = toks[1]!
    const b = toks[3]!
    expect([a.lineno, a.col]).toEqual([5, 11])
    expect([b.lineno, b.col]).toEqual([6, 0])
  })

  it("checkRestForErrors prefers tokenizer errors after a generic parser error", () => {
    const tok = new Tokenizer("x = = 1\ny = 'abc\n")
    tok.next()
    expect(tok.checkRestForErrors(1)?.msg).toBe("unterminated string literal (detected at line 2)")
    const tok2 = new Tokenizer("x = = 1\nif y:\n    a\n  b\n")
    tok2.next()
    expect(tok2.checkRestForErrors(1)).toBeNull()
    const tok3 = new Tokenizer("x = (\n1 2\n")
    tok3.next()
    expect(tok3.checkRestForErrors(2)?.msg).toBe("'(' was never closed")
  })

  it("is fast enough on a large input", () => {
    const src =
      "def f(a, b):\n    return a + b * 2 # c\n\nx = [f(i, 'abc') for i in range(10)]\n".repeat(
        5000,
      )
    const t0 = performance.now()
    const n = tokenize(src).length
    const ms = performance.now() - t0
    expect(n).toBeGreaterThan(100_000)
    expect(ms).toBeLessThan(2000)
  })
})

describe("tokenizer details the parser relies on", () => {
  it("gives unknown ASCII characters as OP tokens and <> as one token", () => {
    const toks = tokenize("x = $ ? ` a<>b\n")
    expect(toks.slice(2, 8).map((t) => [t.type, t.string])).toEqual([
      [TokenType.OP, "$"],
      [TokenType.OP, "?"],
      [TokenType.OP, "`"],
      [TokenType.NAME, "a"],
      [TokenType.OP, "<>"],
      [TokenType.NAME, "b"],
    ])
  })

  it("errorText keeps the newline only on the tokenizer's current line", () => {
    const tok = new Tokenizer("a\nb\n")
    tok.next()
    expect(tok.errorText(1)).toBe("a\n")
    tok.next()
    tok.next()
    expect(tok.errorText(1)).toBe("a")
    expect(tok.errorText(2)).toBe("b\n")
  })
})

describe("tokenizer properties", () => {
  const line = fc.tuple(
    fc.array(fc.constantFrom(" ", "\t", "\f"), { maxLength: 10 }),
    fc.constantFrom(
      "x",
      "if y:",
      "(",
      ")",
      "[1,",
      "]",
      "# c",
      "",
      "'s'",
      "'''",
      "\\",
      "0x1f",
      "1e5j",
      "é",
      "€",
    ),
  )
  it("only ever throws PySyntaxError, and keeps its stacks consistent", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const src = lines.map(([ws, text]) => ws.join("") + text).join("\n")
        const tok = new Tokenizer(src)
        try {
          for (let i = 0; i < 10_000; i++) {
            const t = tok.next()
            tok.checkInvariants()
            if (t.type === TokenType.ENDMARKER) return
          }
          throw new Error("no ENDMARKER")
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw e
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe("type comments (ast.parse(type_comments=True))", () => {
  for (const c of fixtures.typeComments) {
    it(JSON.stringify(c.source).slice(0, 60), () => {
      const toks = tokenize(c.source, { typeComments: true })
      const comments = toks.filter((t) => t.type === TokenType.TYPE_COMMENT).map((t) => t.string)
      const ignores = toks
        .filter((t) => t.type === TokenType.TYPE_IGNORE)
        .map((t) => [t.lineno, t.string])
      if (c.error !== undefined) {
        // CPython's parser rejects a TYPE_COMMENT where the grammar has none.
        expect(comments.length).toBeGreaterThan(0)
        return
      }
      expect(comments.sort()).toEqual(c.comments)
      expect(ignores).toEqual(c.ignores)
    })
  }

  it("gives a NEWLINE after a type comment alone on its line, none after a lone ignore", () => {
    const types = (src: string) => tokenize(src, { typeComments: true }).map((t) => t.type)
    const { NAME, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, TYPE_COMMENT, TYPE_IGNORE } = TokenType
    expect(types("def f():\n    # type: () -> None\n    pass\n")).toEqual([
      NAME,
      NAME,
      OP,
      OP,
      OP,
      NEWLINE,
      TYPE_COMMENT,
      NEWLINE,
      INDENT,
      NAME,
      NEWLINE,
      DEDENT,
      ENDMARKER,
    ])
    expect(types("# type: ignore\nx\n")).toEqual([TYPE_IGNORE, NAME, NEWLINE, ENDMARKER])
    expect(types("x  # type: int\n")).toEqual([NAME, TYPE_COMMENT, NEWLINE, ENDMARKER])
    expect(types("x  # type: int\n").length).toBe(tokenize("x  # type: int\n").length + 1)
  })
})

describe("character classes follow Python 3.11's Unicode 14, not the JS engine's", () => {
  it("XID_Start, XID_Continue and isprintable agree on sampled code points", () => {
    const got = fixtures.charClasses.map(([cp]) => [
      cp,
      isXidStart(cp),
      isXidContinue(cp),
      isPrintableCodePoint(cp),
    ])
    expect(got).toEqual(fixtures.charClasses)
  })

  it("rejects a Unicode 15 ideograph in a name, as python3.11 does", () => {
    // Unassigned in Unicode 14, so not printable either: compile() says exactly this.
    expect(() => tokenize("x = \u{31350}\n")).toThrow("invalid non-printable character U+31350")
  })
})

describe("undecodable bytes in names", () => {
  it("fail like compile(bytes), with U+FFFD in the error text", () => {
    const src = decodeSource(Uint8Array.from([0x78, 0xff, 0x20, 0x3d, 0x20, 0x31, 0x0a]), "<t>")
    try {
      tokenize(src)
      expect.unreachable()
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e
      // python3: compile(b'x\xff = 1\n', 't', 'exec')
      expect([e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text]).toEqual([
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
        1,
        2,
        1,
        -1,
        "x\ufffd = 1\n",
      ])
    }
  })
})
