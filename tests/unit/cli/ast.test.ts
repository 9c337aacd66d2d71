// `heapscope ast`: the dump on stdout, CPython-formatted SyntaxErrors on
// stderr with status 1, status 2 for a file that cannot be opened.

import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { main } from "../../../src/cli/main.js"

function capture() {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) },
    out: () => out.join(""),
    err: () => err.join(""),
  }
}

describe("heapscope ast", () => {
  it("dumps -c code with attributes, as python3's ast.dump(..., include_attributes=True)", async () => {
    const c = capture()
    expect(await main(["ast", "-c", "x = 1"], c.io)).toBe(0)
    // python3 -c "import ast; print(ast.dump(ast.parse('x = 1'), include_attributes=True))"
    expect(c.out()).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, " +
        "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, " +
        "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])\n",
    )
  })

  it("can leave the attributes out", async () => {
    const c = capture()
    expect(await main(["ast", "--no-attributes", "-c", "f(*a)"], c.io)).toBe(0)
    expect(c.out()).toBe(
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', " +
        "ctx=Load()), ctx=Load())], keywords=[]))], type_ignores=[])\n",
    )
  })

  it("reads a file, decoding it per PEP 263", async () => {
    const dir = mkdtempSync(join(tmpdir(), "heapscope-ast-"))
    const file = join(dir, "latin.py")
    writeFileSync(file, Buffer.from("# -*- coding: latin-1 -*-\ns = '\xe9'\n", "latin1"))
    const c = capture()
    expect(await main(["ast", "--no-attributes", file], c.io)).toBe(0)
    expect(c.out()).toContain("Constant(value='é')")
  })

  it("prints a SyntaxError as python3 does and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "heapscope-ast-"))
    const file = join(dir, "bad.py")
    writeFileSync(file, "x = 1\nfoo(a b)\n")
    const c = capture()
    expect(await main(["ast", file], c.io)).toBe(1)
    expect(c.err()).toBe(
      `  File "${file}", line 2\n    foo(a b)\n        ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n`,
    )
    const d = capture()
    expect(await main(["ast", "-c", "foo("], d.io)).toBe(1)
    expect(d.err()).toBe(
      `  File "<string>", line 1\n    foo(\n       ^\nSyntaxError: '(' was never closed\n`,
    )
  })

  it("reports a missing file with status 2", async () => {
    const c = capture()
    expect(await main(["ast", "/nonexistent/x.py"], c.io)).toBe(2)
    expect(c.err()).toBe(
      "heapscope: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n",
    )
  })

  it("reports nesting beyond CPython's limit as RecursionError", async () => {
    const c = capture()
    expect(await main(["ast", "-c", "-".repeat(5000) + "1"], c.io)).toBe(1)
    expect(c.err()).toBe("RecursionError: maximum recursion depth exceeded during compilation\n")
  })
})

describe("heapscope ast on undecodable files", () => {
  it("prints decoding errors as python3 does for a script", async () => {
    const dir = mkdtempSync(join(tmpdir(), "heapscope-ast-"))
    const file = join(dir, "bad.py")
    writeFileSync(file, Buffer.from([0xe9, 0x20, 0x3d, 0x20, 0x31, 0x0a]))
    const c = capture()
    expect(await main(["ast", file], c.io)).toBe(1)
    // python3 bad.py
    expect(c.err()).toBe(
      `SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${file} on line 1, ` +
        "but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
    )
  })
})
