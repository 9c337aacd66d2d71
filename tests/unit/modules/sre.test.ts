// The re translation without the interpreter: the parser's errors and positions,
// what emit.ts produces for the constructs that are not one-to-one, and the
// search rules of exec.ts (code-point indices, empty matches).
import { describe, expect, test } from "vitest"
import {
  F,
  SreSyntax,
  SreValue,
  parsePattern,
  toCodePoints,
} from "../../../src/modules/sre/parse.js"
import { caseVariants, translate } from "../../../src/modules/sre/emit.js"
import { Program, Subject } from "../../../src/modules/sre/exec.js"
import { parseTemplate, TemplateIndexError } from "../../../src/modules/sre/template.js"

function tr(p: string, flags = 0) {
  return translate(parsePattern(toCodePoints(p), true, flags), false)
}

function err(p: string, flags = 0): [string, number | null] | string {
  try {
    tr(p, flags)
    return "ok"
  } catch (e) {
    if (e instanceof SreSyntax) return [e.msg, e.pos]
    if (e instanceof SreValue) return `${e.kind}: ${e.msg}`
    throw e
  }
}

/** All match spans (code points) of p in s, iterating as findall does. */
function spans(p: string, s: string, flags = 0): [number, number][] {
  const prog = new Program(tr(p, flags))
  const sub = new Subject(s, !/[\ud800-\udbff]/.test(s))
  const out: [number, number][] = []
  let start = 0
  let must = false
  for (;;) {
    const m = prog.searchAt(sub, s, start, must)
    if (m === null) break
    const e = m.index + m[0].length
    out.push([sub.toCp(m.index), sub.toCp(e)])
    must = e === m.index
    start = e
  }
  return out
}

describe("parser errors (CPython's messages and positions)", () => {
  test.each([
    ["(", ["missing ), unterminated subpattern", 0]],
    ["a)", ["unbalanced parenthesis", 1]],
    ["a**", ["multiple repeat", 2]],
    ["*", ["nothing to repeat", 0]],
    ["[a", ["unterminated character set", 0]],
    ["\\q", ["bad escape \\q", 0]],
    ["a\\", ["bad escape (end of pattern)", 1]],
    ["(?P=n)", ["unknown group name 'n'", 4]],
    ["(?P<a>x)(?P<a>y)", ["redefinition of group name 'a' as group 2; was group 1", 12]],
    ["a(?i)b", ["global flags not at the start of the expression", 1]],
    ["(?<=a+)b", ["look-behind requires fixed-width pattern", null]],
    ["[z-a]", ["bad character range z-a", 1]],
    ["\\400", ["octal escape value \\400 outside of range 0-0o377", 0]],
  ] as [string, [string, number | null]][])("%s", (p, want) => {
    expect(err(p)).toEqual(want)
  })

  test("flags that cannot go together are ValueErrors", () => {
    expect(err("x", F.LOCALE)).toBe("ValueError: cannot use LOCALE flag with a str pattern")
    expect(err("a{4294967295}")).toBe("OverflowError: the repetition number is too large")
  })
})

describe("translation", () => {
  test("$ without MULTILINE also matches before a final newline", () => {
    expect(spans("a$", "a\n")).toEqual([[0, 1]])
    expect(spans("a\\Z", "a\n")).toEqual([])
    expect(spans("(?m)^b", "a\nb\rb")).toEqual([[2, 3]])
  })

  test("\\w and \\b are Unicode for str patterns, ASCII with (?a)", () => {
    expect(spans("\\w+", "héllo")).toEqual([[0, 5]])
    expect(spans("(?a)\\w+", "héllo")).toEqual([
      [0, 1],
      [2, 5],
    ])
    expect(spans("\\bé", " é")).toEqual([[1, 2]])
  })

  test("atomic groups take a hidden JS group; Python groups keep their numbers", () => {
    const t = tr("(?>a+)(b)")
    expect(t.groupMap).toEqual([0, 2])
    expect(new RegExp(t.source, t.jsFlags).exec("aab")![2]).toBe("b")
  })

  test("a reference to an optional group fails when the group did not take part", () => {
    expect(spans("(a)?\\1b", "b")).toEqual([])
    expect(spans("(<)?x(?(1)>|!)", "<x> x!")).toEqual([
      [0, 3],
      [4, 6],
    ])
  })

  test("IGNORECASE follows Python's equivalences", () => {
    expect(caseVariants(0x69, false).sort((a, b) => a - b)).toEqual([0x49, 0x69, 0x130, 0x131])
    expect(caseVariants(0x6b, true)).toEqual([0x6b, 0x4b])
    expect(spans("(?i)k", "kK\u212a")).toHaveLength(3)
    expect(spans("(?i:k)", "kK\u212a")).toHaveLength(3)
  })
})

describe("search rules", () => {
  test("indices are code points", () => {
    expect(spans("b", "😀b😀b")).toEqual([
      [1, 2],
      [3, 4],
    ])
  })

  test("no match starts inside a surrogate pair", () => {
    expect(spans("\\B", "a😀😀b").every(([s]) => s <= 4)).toBe(true)
    expect(spans("\\B", "a😀😀b")).toEqual([[2, 2]])
  })

  test("after an empty match a non-empty one may start at the same place", () => {
    expect(spans("|a", "a")).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ])
    expect(spans("x*", "ab")).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ])
  })
})

describe("templates", () => {
  const names = new Map([["n", 1]])
  test("groups, names and escapes", () => {
    expect(parseTemplate(toCodePoints("a\\1\\g<n>\\n\\g<0>"), true, 1, names)).toEqual([
      "a",
      1,
      1,
      "\n",
      0,
    ])
  })
  test("errors", () => {
    expect(() => parseTemplate(toCodePoints("\\2"), true, 1, names)).toThrow(SreSyntax)
    expect(() => parseTemplate(toCodePoints("\\g<x>"), true, 1, names)).toThrow(TemplateIndexError)
  })
})
