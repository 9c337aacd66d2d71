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

describe("heapscope command line", () => {
  it("lists its commands with --help", async () => {
    const c = capture()
    expect(await main(["--help"], c.io)).toBe(0)
    expect(c.out()).toMatch(/^usage: heapscope/)
    expect(c.out()).toContain("heap")
  })
  it("rejects an unknown command with status 2", async () => {
    const c = capture()
    expect(await main(["frobnicate"], c.io)).toBe(2)
    expect(c.err()).toContain("unknown command 'frobnicate'")
  })
})
