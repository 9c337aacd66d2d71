// The differential tests: every tests/py/<area>/<name>.py runs through the
// Interpreter and must produce exactly what CPython 3.11 produced
// (tests/py/<area>/<name>.expected.json, made by scripts/regen-py-expected.py):
// the same stdout, the same stderr (tracebacks included) and exit status.
// Files starting with "_" are helper modules imported by the tests. A program
// with a <name>.stdin file beside it reads that file as its standard input
// (python3 was fed the same file), in pieces of a few characters that do not
// fall on line ends, to exercise sys.stdin's buffer.

import { readFileSync, readdirSync, statSync, existsSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, test } from "vitest"
import { Interpreter } from "../src/interpreter.js"
import type { Host } from "../src/vm/host.js"

const ROOT = join(import.meta.dirname, "..")
const PY = join(ROOT, "tests", "py")

function programs(): string[] {
  const out: string[] = []
  for (const area of readdirSync(PY).sort()) {
    const dir = join(PY, area)
    if (!statSync(dir).isDirectory()) continue
    for (const f of readdirSync(dir).sort())
      if (f.endsWith(".py") && !f.startsWith("_")) out.push(relative(ROOT, join(dir, f)))
  }
  return out
}

/** How many characters of a .stdin file the test host gives at a time. */
const STDIN_PIECE = 5

interface Expected {
  stdout: string
  stderr: string
  status: number
}

/** Runs one program as `python3 <rel>` would from the repository root. */
function run(rel: string): Expected {
  let stdout = ""
  let stderr = ""
  const stdinFile = join(ROOT, rel.replace(/\.py$/, ".stdin"))
  let stdin = existsSync(stdinFile) ? readFileSync(stdinFile, "utf8") : ""
  const host: Host = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (p) => {
      const abs = p.startsWith("/") ? p : join(ROOT, p)
      try {
        return statSync(abs).isFile() ? readFileSync(abs, "utf8") : null
      } catch {
        return null
      }
    },
    openFile: (p) => {
      const abs = p.startsWith("/") ? p : join(ROOT, p)
      try {
        return statSync(abs).isFile() ? readFileSync(abs, "utf8") : null
      } catch {
        return null
      }
    },
    isDir: (p) => existsSync(join(ROOT, p)) && statSync(join(ROOT, p)).isDirectory(),
    readLine: () => null,
    readStdin: () => {
      if (stdin.length === 0) return null
      const piece = stdin.slice(0, STDIN_PIECE)
      stdin = stdin.slice(STDIN_PIECE)
      return piece
    },
    now: () => Date.now() / 1000,
    monotonic: () => performance.now() / 1000,
  }
  const it = new Interpreter({ host, argv: [rel] })
  const status = it.run(readFileSync(join(ROOT, rel), "utf8"), rel)
  return { stdout, stderr, status }
}

describe("differential tests against CPython 3.11", () => {
  for (const rel of programs()) {
    test(rel, () => {
      const expected = JSON.parse(
        readFileSync(join(ROOT, rel.replace(/\.py$/, ".expected.json")), "utf8"),
      ) as Expected
      const got = run(rel)
      // Addresses (id(), reprs) never match between two implementations.
      const norm = (s: string): string => s.replace(/0x[0-9a-f]{6,}/g, "0xADDR")
      expect(norm(got.stdout)).toBe(norm(expected.stdout))
      expect(norm(got.stderr)).toBe(norm(expected.stderr))
      expect(got.status).toBe(expected.status)
    })
  }
})
