// Known differences from CPython 3.11: each tests/divergences/<name>.py states
// (in its header) what differs, why, the workaround and the issue, and stores
// heapscope's documented output in <name>.ours.txt and CPython's in
// <name>.cpython.txt (regenerate with `python3 scripts/regen-divergences.py`).
// The test expects our documented output and a real difference from CPython,
// so fixing a divergence makes it fail: then move the program to tests/py.

import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import { Interpreter } from "../src/interpreter.js"

const DIR = join(import.meta.dirname, "divergences")

describe("documented divergences from CPython", () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith(".py"))) {
    test(f, () => {
      const src = readFileSync(join(DIR, f), "utf8")
      expect(src).toMatch(/^# description: .+\n# cause: /)
      let out = ""
      const it = new Interpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) })
      it.run(src, f)
      const base = join(DIR, f.slice(0, -3))
      const ours = readFileSync(`${base}.ours.txt`, "utf8")
      const cpython = readFileSync(`${base}.cpython.txt`, "utf8")
      expect(out).toBe(ours)
      expect(out).not.toBe(cpython)
    })
  }
})
