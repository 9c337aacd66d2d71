import { beforeEach, describe, expect, test, vi } from "vitest"

// V8's flags, as the command line sets them, in order with what the program prints.
const log: string[] = []
vi.mock("node:v8", () => ({ setFlagsFromString: (flags: string) => void log.push(flags) }))

const { main } = await import("../../../src/cli/main.js")

const io = { stdout: (s: string) => void log.push(`out:${s}`), stderr: () => {} }

describe("TurboFan is held back while the interpreter starts (src/cli/tiering.ts)", () => {
  beforeEach(() => {
    log.length = 0
  })
  test("run -c: held from the start, released before the program runs", async () => {
    expect(await main(["run", "-c", "print(1)"], io)).toBe(0)
    expect(log[0]).toBe("--no-opt")
    expect(log.indexOf("--opt")).toBeGreaterThan(0)
    expect(log.indexOf("--opt")).toBeLessThan(log.indexOf("out:1\n"))
    expect(log[log.length - 1]).toBe("--opt")
  })
  test("a command without an interpreter still ends with V8's default", async () => {
    expect(await main(["--help"], io)).toBe(0)
    expect(log[0]).toBe("--no-opt")
    expect(log[log.length - 1]).toBe("--opt")
  })
  test("a failing command restores the default too", async () => {
    expect(await main(["run", "--max-steps"], io)).toBe(2)
    expect(log[log.length - 1]).toBe("--opt")
  })
})
