import { spawnSync } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { LIB_SOURCES } from "../../../src/modules/lib/sources.js"
import { encodeCode } from "../../../src/vm/code-cache.js"

// bin/heapscope.js with the bundle the build made (npm test builds first), in a
// scratch copy of the layout so the real dist/ is never touched.
const root = join(__dirname, "..", "..", "..")
const script = join(root, "dist", "cli", "heapscope.script.js")

const scratch: string[] = []
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true })
})

function layout(): { dir: string; cli: string; caches: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), "heapscope-bin-"))
  scratch.push(dir)
  mkdirSync(join(dir, "bin"))
  mkdirSync(join(dir, "dist", "cli"), { recursive: true })
  copyFileSync(join(root, "bin", "heapscope.js"), join(dir, "bin", "heapscope.js"))
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n')
  copyFileSync(script, join(dir, "dist", "cli", "heapscope.script.js"))
  const cli = join(dir, "dist", "cli")
  return { dir, cli, caches: () => readdirSync(cli).filter((f) => f.endsWith(".cache")) }
}

function run(dir: string, code: string, nodeArgs: string[] = []) {
  const args = [...nodeArgs, join(dir, "bin", "heapscope.js"), "run", "-c", code]
  return spawnSync(process.execPath, args, { encoding: "utf8" })
}

describe.skipIf(!existsSync(script))("bin/heapscope.js loading the bundled script", () => {
  test("without a cache it runs, then writes one named after the build and this Node", () => {
    const { dir, caches } = layout()
    const r = run(dir, "print(6 * 7)")
    expect(r.stderr).toBe("")
    expect(r.stdout).toBe("42\n")
    expect(r.status).toBe(0)
    const written = caches()
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(/^heapscope\.[0-9a-f]{16}\.v\d+\.\d+\.\d+-\w+\.cache$/)
    // The next run takes it (and leaves it alone).
    const again = run(dir, "print('again')")
    expect(again.stdout).toBe("again\n")
    expect(caches()).toEqual(written)
  })
  test("a damaged cache is refused by V8 and the program still runs", () => {
    const { dir, cli, caches } = layout()
    run(dir, "pass")
    const cache = join(cli, caches()[0]!)
    writeFileSync(cache, Buffer.from("not a code cache"))
    const r = run(dir, "print('still')")
    expect(r.stdout).toBe("still\n")
    expect(r.status).toBe(0)
    expect(statSync(cache).size).toBe(16) // a refused cache is not overwritten
  })
  test("on a Node without process.getBuiltinModule (before 20.16) it imports instead", () => {
    const { dir } = layout()
    const older = ["--import", "data:text/javascript,delete process.getBuiltinModule"]
    const r = run(dir, "import sys; print(sys.argv)", older)
    expect(r.stderr).toBe("")
    expect(r.stdout).toBe("['-c']\n")
  })
  test("imports of library modules take their precompiled code from dist/lib-code", () => {
    const { dir } = layout()
    const lib = join(dir, "dist", "lib-code")
    mkdirSync(lib)
    // A file that matches heapq's source but holds other code proves which one ran.
    const planted = new Interpreter({})
    const code = planted.vm.compile!(planted.vm, "print('from lib-code')\n", "p.py", "exec")
    writeFileSync(join(lib, "heapq.json"), encodeCode(code, LIB_SOURCES["heapq"]!))
    const r = run(dir, "import heapq")
    expect(r.stderr).toBe("")
    expect(r.stdout).toBe("from lib-code\n")
    // A stale file (made from other source) is ignored: the module is compiled.
    writeFileSync(join(lib, "heapq.json"), encodeCode(code, "x = 1\n"))
    const s = run(dir, "import heapq; print(heapq.nsmallest(1, [3, 2]))")
    expect(s.stdout).toBe("[2]\n")
  })
  test("with nothing built it says so, with status 2", () => {
    const { dir, cli } = layout()
    rmSync(cli, { recursive: true })
    const r = run(dir, "print(1)")
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("not built yet")
  })
})
