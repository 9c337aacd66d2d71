// The REPL on a real terminal: the built command line runs under script(1),
// which gives it a pseudo-terminal, and the test types into it, Ctrl-C and
// Ctrl-D included. While Python code runs the terminal is in cooked mode, so
// the Ctrl-C byte becomes a real SIGINT from the terminal driver, as when a
// user presses it. The expected screens are python3 3.11's for the same keys
// (checked by hand with tmux; see docs/internals/cli.md, "Interrupts").
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest"
import { spawn, spawnSync } from "node:child_process"
import { rmSync } from "node:fs"

import { join } from "node:path"
import { bundleCli } from "./bundle-cli.js"

const hasScript = spawnSync("script", ["--version"]).status === 0
let dir = ""
/** Sessions of the running test, killed afterwards even when it failed (an endless loop may run). */
const sessions: Session[] = []

beforeAll(async () => {
  if (!hasScript) return
  // The command line bundled from src/ (as scripts/bundle-cli.mjs does), so the test needs no build.
  dir = await bundleCli("hs-tty-")
}, 30000)

afterEach(() => {
  for (const s of sessions.splice(0)) s.kill()
})

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true })
})

/**
 * The text a terminal shows for `raw` output: the little of a terminal that
 * readline uses (CR, LF, backspace, cursor to column, erase to the end).
 */
function screen(raw: string): string {
  const lines: string[][] = [[]]
  let row = 0
  let col = 0
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string
    const line = lines[row] as string[]
    if (c === "\r") col = 0
    else if (c === "\n") {
      row++
      col = 0
      lines[row] ??= []
    } else if (c === "\b") col = Math.max(0, col - 1)
    else if (c === "\x1b") {
      const m = /^\x1b\[([0-9;]*)([A-Za-z])/.exec(raw.slice(i, i + 16))
      if (m === null) continue
      i += m[0].length - 1
      const n = Number(m[1] || "1")
      if (m[2] === "G") col = n - 1
      else if (m[2] === "C") col += n
      else if (m[2] === "D") col = Math.max(0, col - n)
      else if (m[2] === "J" || m[2] === "K") {
        line.length = Math.min(line.length, col)
        if (m[2] === "J") lines.length = row + 1
      }
    } else {
      while (line.length < col) line.push(" ")
      line[col++] = c
    }
  }
  return lines.map((l) => l.join("")).join("\n")
}

/** A REPL session on a pseudo-terminal. */
class Session {
  raw = ""
  status: number | null = null
  private readonly child
  private readonly closed: Promise<void>

  constructor() {
    // script(1) runs the command through $SHELL (dash when unset, as in CI); `exec` leaves
    // no shell in the terminal's process group to die of the SIGINT itself.
    this.child = spawn(
      "script",
      ["-qfec", `exec node ${join(dir, "heapscope.mjs")}`, "/dev/null"],
      {
        stdio: ["pipe", "pipe", "pipe"],
      },
    )
    this.child.stdout.on("data", (d: Buffer) => (this.raw += d.toString()))
    this.child.stderr.on("data", (d: Buffer) => (this.raw += d.toString()))
    sessions.push(this)
    this.closed = new Promise((resolve) =>
      this.child.on("close", (code) => {
        this.status = code
        resolve()
      }),
    )
  }

  /** What the terminal shows (with everything scrolled off kept). */
  get text(): string {
    return screen(this.raw)
  }

  /** Waits until the text has `count` occurrences of `s` (after what came before). */
  async until(s: string, count = 1): Promise<void> {
    const deadline = Date.now() + 15000
    while (this.text.split(s).length - 1 < count) {
      if (Date.now() > deadline || this.status !== null)
        throw new Error(`no ${JSON.stringify(s)} x${count} in ${JSON.stringify(this.text)}`)
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  type(keys: string): void {
    this.child.stdin.write(keys)
  }

  /** Ctrl-C once the loop has surely started (the terminal is cooked then). */
  async interrupt(after = 300): Promise<void> {
    await new Promise((r) => setTimeout(r, after))
    this.type("\x03")
  }

  /** Ends the terminal's process group (script, the shell, node and its worker). */
  kill(): void {
    if (this.status === null) this.child.kill("SIGKILL")
  }

  async end(): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 15000)
    await this.closed
    clearTimeout(timer)
    return this.status
  }
}

const KI =
  'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n'

describe.skipIf(!hasScript)("the REPL on a terminal", () => {
  test("Ctrl-C stops an endless loop with KeyboardInterrupt; the session goes on", async () => {
    const s = new Session()
    await s.until(">>> ")
    // Ctrl-C at the prompt drops the line typed so far.
    s.type("abc")
    await s.until(">>> abc")
    s.type("\x03")
    await s.until(">>> ", 2)
    s.type("x = 0\rwhile True:\r    x += 1\r\r")
    await s.until("... ", 2)
    await s.interrupt()
    await s.until("KeyboardInterrupt\n>>> ", 2)
    s.type("x > 0\r")
    await s.until("True\n>>> ")
    // finally blocks run, except catches it.
    s.type("try:\r    while True: pass\rexcept KeyboardInterrupt:\r    print('caught')\r\r")
    await s.until("... ", 6)
    await s.interrupt()
    await s.until("caught\n>>> ")
    s.type("\x04")
    expect(await s.end()).toBe(0)
    expect(s.text).toContain(">>> abc\nKeyboardInterrupt\n>>> x = 0\n>>> while True:\n")
    expect(s.text).toContain(`^C${KI}>>> x > 0\nTrue\n`)
    expect(s.text).toContain("^Ccaught\n>>> \n")
  }, 30000)

  test("input() and time.sleep() take Ctrl-C too, and exit() gives its status", async () => {
    const s = new Session()
    await s.until(">>> ")
    s.type("name = input('name? ')\r")
    await s.until("')\nname? ")
    s.type("bob\r")
    await s.until(">>> ", 2)
    s.type("input('q? ')\r")
    await s.until("')\nq? ")
    s.type("partial\x03")
    await s.until(">>> ", 3)
    s.type("import time; time.sleep(30)\r")
    await s.interrupt(500)
    await s.until(">>> ", 4)
    s.type("print(name, end='')\r")
    await s.until("bob>>> ")
    s.type("exit(3)\r")
    expect(await s.end()).toBe(3)
    expect(s.text).toContain(`>>> input('q? ')\nq? ${KI}>>> import time`)
    expect(s.text).toContain(`time.sleep(30)\n^C${KI}>>> print(name, end='')\nbob>>> exit(3)\n`)
  }, 30000)
})
