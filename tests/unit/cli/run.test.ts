import { describe, expect, test } from "vitest"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { main } from "../../../src/cli/main.js"

function capture(): {
  io: { stdout(s: string): void; stderr(s: string): void }
  out: string[]
  err: string[]
} {
  const out: string[] = []
  const err: string[] = []
  return { io: { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) }, out, err }
}

describe("heapscope run", () => {
  test("-c runs code with sys.argv", async () => {
    const c = capture()
    const status = await main(["run", "-c", "import sys; print(sys.argv)", "x"], c.io)
    expect(status).toBe(0)
    expect(c.out.join("")).toBe("['-c', 'x']\n")
  })

  test("a file that cannot be opened gives status 2", async () => {
    const c = capture()
    const status = await main(["run", "/nonexistent/y.py"], c.io)
    expect(status).toBe(2)
    expect(c.err.join("")).toBe(
      "heapscope: can't open file '/nonexistent/y.py': [Errno 2] No such file or directory\n",
    )
  })

  test("source files are decoded as python3 decodes them: BOM, coding cookie", async () => {
    // Expected outputs from python3 3.11 for the same files.
    const dir = mkdtempSync(join(tmpdir(), "hs-run-"))
    writeFileSync(join(dir, "bom.py"), Buffer.from('\ufeffimport latin\nprint("bom", latin.s)\n'))
    writeFileSync(
      join(dir, "latin.py"),
      Buffer.concat([
        Buffer.from("# -*- coding: latin-1 -*-\ns = '"),
        Buffer.from([0x63, 0x61, 0x66, 0xe9]),
        Buffer.from("'\n"),
      ]),
    )
    const c = capture()
    const status = await main(["run", join(dir, "bom.py")], c.io)
    expect(c.err.join("")).toBe("")
    expect(status).toBe(0)
    expect(c.out.join("")).toBe("bom caf\u00e9\n")
  })

  test("a script that is not UTF-8 and has no cookie is python3's SyntaxError", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hs-run-"))
    const path = join(dir, "bad.py")
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('print("ok '), Buffer.from([0xff, 0x22, 0x29, 0x0a])]),
    )
    const c = capture()
    expect(await main(["run", path], c.io)).toBe(1)
    expect(c.out.join("")).toBe("")
    expect(c.err.join("")).toBe(
      `SyntaxError: Non-UTF-8 code starting with '\\xff' in file ${path} on line 1, ` +
        "but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
    )
  })

  test("a directory runs its __main__.py, or says it has none (status 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hs-run-"))
    const c = capture()
    expect(await main(["run", dir], c.io)).toBe(1)
    expect(c.err.join("")).toBe(`heapscope: can't find '__main__' module in '${dir}'\n`)
    writeFileSync(
      join(dir, "__main__.py"),
      "import sys\nprint(sys.argv[1:], __name__, __file__.endswith('__main__.py'), sys.path[0] == sys.argv[0])\n",
    )
    const d = capture()
    expect(await main(["run", dir, "x"], d.io)).toBe(0)
    expect(d.out.join("")).toBe("['x'] __main__ True True\n")
  })

  test("an uncaught exception gives status 1 and a traceback naming the absolute path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hs-run-"))
    const path = join(dir, "boom.py")
    writeFileSync(path, "print('start')\nraise ValueError('boom')\n")
    const c = capture()
    const status = await main(["run", path], c.io)
    expect(status).toBe(1)
    expect(c.out.join("")).toBe("start\n")
    expect(c.err.join("")).toBe(
      `Traceback (most recent call last):\n  File "${path}", line 2, in <module>\n    raise ValueError('boom')\nValueError: boom\n`,
    )
  })

  test("a bad option is a usage error (status 2)", async () => {
    const c = capture()
    expect(await main(["run", "--bogus"], c.io)).toBe(2)
  })

  test("an uncaught KeyboardInterrupt gives 130 (python3 dies by SIGINT; a shell says 130)", async () => {
    const c = capture()
    const status = await main(["run", "-c", "raise KeyboardInterrupt"], c.io)
    expect(status).toBe(130)
    expect(c.err.join("")).toBe(
      'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nKeyboardInterrupt\n',
    )
  })

  describe("-X tracemalloc and PYTHONTRACEMALLOC (python3's rules, checked against python3 3.11)", () => {
    const probe =
      "import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())"
    const cases: [string[], string | undefined, number, string, string][] = [
      [["-X", "tracemalloc"], undefined, 0, "True 1\n", ""],
      [["-X", "tracemalloc=5"], undefined, 0, "True 5\n", ""],
      [["-Xtracemalloc=2"], undefined, 0, "True 2\n", ""],
      [["-X", "tracemalloc=0"], undefined, 0, "False 1\n", ""],
      [["-X", "tracemalloc=+3"], undefined, 0, "True 3\n", ""],
      [["-X", "dev"], undefined, 0, "False 1\n", ""],
      [[], "3", 0, "True 3\n", ""],
      [[], "0", 0, "False 1\n", ""],
      [["-X", "tracemalloc=6"], "3", 0, "True 6\n", ""],
      [
        ["-X", "tracemalloc=abc"],
        undefined,
        1,
        "",
        "Fatal Python error: config_init_tracemalloc: -X tracemalloc=NFRAME: invalid number of frames\n",
      ],
      [
        ["-X", "tracemalloc=-1"],
        undefined,
        1,
        "",
        "Fatal Python error: config_init_tracemalloc: -X tracemalloc=NFRAME: invalid number of frames\n",
      ],
      [
        [],
        "x",
        1,
        "",
        "Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: invalid number of frames\n",
      ],
      [
        ["-X", "tracemalloc=70000"],
        undefined,
        1,
        "",
        "Fatal Python error: init_interp_main: can't initialize tracemalloc\n" +
          "ValueError: the number of frames must be in range [1; 65535]\n",
      ],
      [["-X"], undefined, 2, "", "heapscope run: Argument expected for the -X option\n"],
    ]
    for (const [opts, env, status, out, err] of cases) {
      test(`${opts.join(" ") || "(no option)"} with PYTHONTRACEMALLOC=${env ?? "(unset)"}`, async () => {
        const saved = process.env["PYTHONTRACEMALLOC"]
        if (env === undefined) delete process.env["PYTHONTRACEMALLOC"]
        else process.env["PYTHONTRACEMALLOC"] = env
        try {
          const c = capture()
          const args =
            opts[0] === "-X" && opts.length === 1 ? ["run", "-X"] : ["run", ...opts, "-c", probe]
          expect(await main(args, c.io)).toBe(status)
          expect(c.out.join("")).toBe(out)
          expect(c.err.join("")).toBe(err)
        } finally {
          if (saved === undefined) delete process.env["PYTHONTRACEMALLOC"]
          else process.env["PYTHONTRACEMALLOC"] = saved
        }
      })
    }
  })
})
