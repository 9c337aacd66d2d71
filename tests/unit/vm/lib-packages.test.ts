// The importer's library packages (vm/import.ts libSource): collections is
// /heapscope/lib/collections/__init__.py with a __path__, collections.abc its
// submodule; a user package's submodules still come from the user's files.
import { describe, expect, test } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import { MemoryHost } from "../../../src/vm/host.js"
import { LIB_PACKAGES, LIB_SOURCES } from "../../../src/modules/lib/sources.js"

function run(src: string, files: Record<string, string> = {}): { out: string; err: string } {
  const host = new MemoryHost(files)
  const it = new Interpreter({ host, path: ["/app"] })
  it.run(src, "/app/main.py")
  return { out: host.out, err: host.err }
}

describe("library packages", () => {
  test("sources.ts lists collections as a package with its abc submodule", () => {
    expect(LIB_PACKAGES).toContain("collections")
    expect(Object.keys(LIB_SOURCES)).toContain("collections.abc")
    expect(Object.keys(LIB_SOURCES)).not.toContain("collections.__init__")
  })

  test("collections and collections.abc load from the library with package attributes", () => {
    const r = run(
      "import collections.abc, collections\n" +
        "print(collections.__file__, collections.__path__, collections.__package__)\n" +
        "print(collections.abc.__file__, collections.abc.__package__, collections.abc.__name__)\n" +
        "from collections import abc\nprint(abc is collections.abc)\n",
    )
    expect(r.err).toBe("")
    expect(r.out).toBe(
      "/heapscope/lib/collections/__init__.py ['/heapscope/lib/collections'] collections\n" +
        "/heapscope/lib/collections/abc.py collections collections.abc\nTrue\n",
    )
  })

  test("a user package is not given library submodules, and misses are ModuleNotFoundError", () => {
    const r = run(
      "import mypkg.abc\nprint(mypkg.abc.X)\n" +
        "try:\n    import collections.nothing\nexcept ModuleNotFoundError as e:\n    print(e)\n",
      { "/app/mypkg/__init__.py": "", "/app/mypkg/abc.py": "X = 'mine'\n" },
    )
    expect(r.err).toBe("")
    expect(r.out).toBe("mine\nNo module named 'collections.nothing'\n")
  })
})
