import { afterEach, describe, expect, test, vi } from "vitest"

// What reaches the descriptor, and how often writeSync refuses (EAGAIN) or fails (EPIPE).
const written: string[] = []
let refuse: string | null = null
vi.mock("node:fs", async (orig) => ({
  ...(await orig<typeof import("node:fs")>()),
  writeSync: (_fd: number, bytes: Uint8Array, offset: number) => {
    if (refuse !== null) {
      const e = new Error(refuse) as NodeJS.ErrnoException
      e.code = refuse
      throw e
    }
    // A short write: at most 4 bytes at a time, as a pipe may do.
    const n = Math.min(4, bytes.length - offset)
    written.push(Buffer.from(bytes.subarray(offset, offset + n)).toString("latin1"))
    return n
  },
}))

const { stdWriter } = await import("../../../src/cli/stdio.js")

describe("stdWriter: the CLI writes to fd 1 and 2 directly (src/cli/stdio.ts)", () => {
  afterEach(() => {
    written.length = 0
    refuse = null
    vi.restoreAllMocks()
  })
  test("writes every byte of the UTF-8 text, across short writes", () => {
    stdWriter(1)("h\u00e9llo \u2713\n")
    expect(Buffer.from(written.join(""), "latin1").toString("utf8")).toBe("h\u00e9llo \u2713\n")
  })
  test("EAGAIN hands this write and the later ones to the Node stream", () => {
    const streamed: string[] = []
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      streamed.push(Buffer.from(chunk).toString("utf8"))
      return true
    })
    const write = stdWriter(1)
    write("a")
    refuse = "EAGAIN"
    write("b")
    refuse = null
    write("c")
    expect(written).toEqual(["a"])
    expect(streamed).toEqual(["b", "c"])
  })
  test("EPIPE ends the process quietly with status 0", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited")
    })
    refuse = "EPIPE"
    expect(() => stdWriter(2)("x")).toThrow("exited")
    expect(exit).toHaveBeenCalledWith(0)
  })
  test("other errors are not swallowed", () => {
    refuse = "EIO"
    expect(() => stdWriter(1)("x")).toThrow("EIO")
  })
})
