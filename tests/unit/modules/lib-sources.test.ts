import { spawnSync } from "node:child_process"
import { describe, expect, it } from "vitest"

describe("library modules written in Python", () => {
  it("are embedded from the current src/modules/lib/*.py (scripts/gen-lib-modules.mjs)", () => {
    const r = spawnSync(process.execPath, ["scripts/gen-lib-modules.mjs", "--check"], {
      encoding: "utf8",
    })
    expect(r.stderr).toBe("")
    expect(r.status).toBe(0)
  })
})
