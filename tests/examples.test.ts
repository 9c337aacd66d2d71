// The examples the README sends newcomers to print exactly what python3 prints.
// Expected outputs: `python3 examples/NAME.py > tests/examples/NAME.stdout` (run from the
// repository root; nothing in them depends on where the repository is).

import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import { Interpreter } from "../src/interpreter.js"

const ROOT = join(import.meta.dirname, "..")

describe("examples/ print what python3 prints", () => {
  for (const f of readdirSync(join(ROOT, "examples")).filter((n) => n.endsWith(".py"))) {
    test(f, () => {
      let out = ""
      let err = ""
      const path = join(ROOT, "examples", f)
      const it = new Interpreter({
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
        argv: [path],
      })
      expect(it.run(readFileSync(path, "utf8"), path)).toBe(0)
      expect(err).toBe("")
      const expected = readFileSync(
        join(ROOT, "tests", "examples", f.replace(/\.py$/, ".stdout")),
        "utf8",
      )
      expect(out).toBe(expected)
    })
  }
})
