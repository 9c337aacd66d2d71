// The precompiled form of code objects (src/vm/code-cache.ts): what comes back is what the
// compiler made, constants of every kind included, and a stale file is refused.

import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { LIB_PACKAGES, LIB_SOURCES } from "../../../src/modules/lib/sources.js"
import { decodeCode, encodeCode } from "../../../src/vm/code-cache.js"
import { MemoryHost } from "../../../src/vm/host.js"

const ROOT = join(import.meta.dirname, "..", "..", "..")

function compile(it: Interpreter, source: string, filename = "m.py") {
  return it.vm.compile!(it.vm, source, filename, "exec")
}

describe("code cache", () => {
  test("every library module comes back as the compiler made it", () => {
    const it = new Interpreter({})
    for (const [name, source] of Object.entries(LIB_SOURCES)) {
      const json = encodeCode(compile(it, source, `/heapscope/lib/${name}.py`), source)
      const back = decodeCode(json, source)
      expect(back, name).not.toBeNull()
      expect(encodeCode(back!, source), name).toBe(json)
    }
  })

  test("constants keep their types: floats, ints, complex, bytes, surrogates, ellipsis, frozensets", () => {
    const source = [
      "x = 2.5",
      "a = (1e400, -1e400, -0.0, 0.5, 2 ** 80, -7, 3j, -0j, b'\\x00\\xff', '\\ud834\\udd1e', ...)",
      "b = x in {1, 2.5, 'z'}",
      "def f(k=(None, True, False, 'text', 1.0)):",
      "    return [k, lambda: 12345678901234567890]",
      "print(a, b, f(), f()[1]())",
    ].join("\n")
    // The same module imported as a library module, compiled or decoded.
    const run = (cached: boolean): string => {
      let out = ""
      const host = Object.assign(new MemoryHost(), {
        libCode: (name: string): string | null => {
          if (!cached || name !== "consts_mod") return null
          return encodeCode(
            compile(new Interpreter({}), source, "/heapscope/lib/consts_mod.py"),
            source,
          )
        },
      })
      const it = new Interpreter({ host, stdout: (s) => (out += s) })
      it.vm.sourceModules.set("consts_mod", source)
      expect(it.run("import consts_mod\n")).toBe(0)
      return out
    }
    const direct = run(false)
    expect(direct).toContain("(inf, -inf, -0.0, 0.5, 1208925819614629174706176, -7, 3j, (-0-0j)")
    expect(run(true)).toBe(direct)
  })

  test("a file made from another source, another format or garbage is refused", () => {
    const it = new Interpreter({})
    const json = encodeCode(compile(it, "x = 1\n"), "x = 1\n")
    expect(decodeCode(json, "x = 2\n")).toBeNull()
    expect(decodeCode(json.replace('"format":1', '"format":0'), "x = 1\n")).toBeNull()
    expect(decodeCode("{not json", "x = 1\n")).toBeNull()
  })

  test("imports use Host.libCode when it matches, and compile the source when it does not", () => {
    const asked: string[] = []
    const base = new MemoryHost()
    let out = ""
    const host = Object.assign(base, {
      libCode: (name: string): string | null => {
        asked.push(name)
        // A stale file for bisect (compiled from other source): must be ignored.
        if (name === "bisect") return encodeCode(compile(new Interpreter({}), "x = 1\n"), "x = 1\n")
        const source = LIB_SOURCES[name]!
        const filename = LIB_PACKAGES.includes(name)
          ? `/heapscope/lib/${name}/__init__.py`
          : `/heapscope/lib/${name.replace(/\./g, "/")}.py`
        return encodeCode(compile(new Interpreter({}), source, filename), source)
      },
    })
    const it = new Interpreter({ host, stdout: (s) => (out += s) })
    expect(
      it.run(
        "import heapq, bisect\nprint(heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 3], 2))\n",
      ),
    ).toBe(0)
    expect(out).toBe("[1, 4] 1\n")
    expect(asked).toEqual(expect.arrayContaining(["heapq", "bisect"]))
  })

  test("the build wrote a current file for every library module", () => {
    const dir = join(ROOT, "dist", "lib-code")
    if (!existsSync(dir)) return // running before any build: nothing to check
    for (const [name, source] of Object.entries(LIB_SOURCES)) {
      const json = readFileSync(join(dir, `${name}.json`), "utf8")
      expect(decodeCode(json, source), name).not.toBeNull()
    }
  })
})
