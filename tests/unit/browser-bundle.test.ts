import { build } from "esbuild"
import { describe, expect, it } from "vitest"

describe("the runtime in a browser", () => {
  it("bundles for the browser platform with no Node module (everything below src/cli)", async () => {
    const result = await build({
      entryPoints: ["src/index.ts"],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    })
    expect(result.errors).toEqual([])
    const js = result.outputFiles[0]!.text
    // (Booleans, so a failure does not print the whole bundle.)
    expect(/from\s+["']node:/.test(js)).toBe(false)
    expect(/require\(["']node:/.test(js)).toBe(false)
    // The bundle really contains the interpreter and the pymalloc heap.
    expect(/\bInterpreter = class\b|class Interpreter\b/.test(js)).toBe(true)
    expect(js.includes("PymallocHeap")).toBe(true)
  })
})
