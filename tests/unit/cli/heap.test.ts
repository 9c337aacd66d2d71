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

describe("heapscope heap", () => {
  it("--demo prints the debugmallocstats report and a summary", async () => {
    const c = capture()
    expect(await main(["heap", "--demo"], c.io)).toBe(0)
    const out = c.out()
    expect(out).toMatch(/^Small block threshold = 512, in 32 size classes\.\n/)
    expect(out).toMatch(/^ {4}1 {5}32 +\d+ +\d+ +\d+$/m)
    expect(out).toMatch(/^# arenas allocated current +=\s+[1-9]/m)
    expect(out).toContain("\nSummary\n")
    expect(out).toMatch(/blocks in use +[\d,]+ \(sys\.getallocatedblocks\(\)\)/)
    expect(c.err()).toBe("")
  })
  it("--json prints the statistics as JSON", async () => {
    const c = capture()
    expect(await main(["heap", "--demo", "--json"], c.io)).toBe(0)
    const s = JSON.parse(c.out())
    expect(s.classes).toHaveLength(32)
    expect(s.allocatedBlocks).toBeGreaterThan(0)
  })
  it("rejects bad options with status 2 and a clear message", async () => {
    for (const args of [["heap"], ["heap", "--demo", "--frob"], ["heap", "x"]]) {
      const c = capture()
      expect(await main(args, c.io)).toBe(2)
      expect(c.err()).toMatch(
        /^heapscope heap: (nothing to show yet|unknown option '--frob'|unexpected argument 'x')/,
      )
    }
  })
})
