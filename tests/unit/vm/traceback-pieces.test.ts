// The pieces of the exception report that the traceback module shares with
// the uncaught-exception path (vm/traceback.ts): folding of repeated entries
// and the split of the last lines.
import { describe, expect, test } from "vitest"
import { foldEntries, splitLines, type EntrySource } from "../../../src/vm/traceback.js"

function entry(filename: string, lineno: number, name: string): EntrySource {
  return { filename, lineno, name, text: () => `${name}@${lineno}\n`, code: null, pos: -1 }
}

describe("foldEntries", () => {
  test("three identical entries stay, the fourth and later fold into one line", () => {
    const three = [1, 2, 3].map(() => entry("a.py", 5, "f"))
    expect(foldEntries(three)).toEqual(["f@5\n", "f@5\n", "f@5\n"])
    const four = [...three, entry("a.py", 5, "f")]
    expect(foldEntries(four)).toEqual([
      "f@5\n",
      "f@5\n",
      "f@5\n",
      "  [Previous line repeated 1 more time]\n",
    ])
    const nine = [...four, ...four, entry("a.py", 5, "f"), entry("a.py", 6, "f")]
    expect(foldEntries(nine).slice(3)).toEqual([
      "  [Previous line repeated 6 more times]\n",
      "f@6\n",
    ])
  })

  test("entries differing in file, line or name are not repeats", () => {
    const e = [
      entry("a.py", 1, "f"),
      entry("b.py", 1, "f"),
      entry("b.py", 1, "g"),
      entry("b.py", 2, "g"),
    ]
    expect(foldEntries(e)).toHaveLength(4)
  })

  test("folded entries are not formatted", () => {
    let made = 0
    const e: EntrySource = { ...entry("a.py", 1, "f"), text: () => (made++, "x\n") }
    foldEntries(Array.from({ length: 100 }, () => e))
    expect(made).toBe(3)
  })
})

describe("splitLines", () => {
  test("keeps each line's newline, a last line without one too", () => {
    expect(splitLines("ValueError: x\nnote\n")).toEqual(["ValueError: x\n", "note\n"])
    expect(splitLines("a\n\nb")).toEqual(["a\n", "\n", "b"])
    expect(splitLines("")).toEqual([])
  })
})
