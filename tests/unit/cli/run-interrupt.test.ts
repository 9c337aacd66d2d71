// Ctrl-C during `heapscope run`: a watcher thread sees SIGINT and the runtime
// raises KeyboardInterrupt in the program (src/cli/sigint-watch.ts). The
// command line is bundled from src/ with esbuild (as repl-tty.test.ts does),
// so these tests need no build; the built bin/heapscope.js (the bundle
// compiled with node:vm) is tested too when dist/ is there.
//
// Two ways to send the interrupt: `kill -INT` on a child whose stdio are pipes,
// and the Ctrl-C key on a pseudo-terminal made by script(1). The expected
// outputs are python3 3.11's for the same programs and keys (checked by hand:
// a traceback ending in KeyboardInterrupt after `finally` ran, then death by
// SIGINT, which a shell reports as status 130).
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest"
import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { existsSync, rmSync, writeFileSync } from "node:fs"

import { join } from "node:path"
import { bundleCli } from "./bundle-cli.js"

const root = join(__dirname, "..", "..", "..")
const hasScript = spawnSync("script", ["--version"]).status === 0
const built = existsSync(join(root, "dist", "cli", "heapscope.script.js"))
let dir = ""
const children: ChildProcess[] = []

beforeAll(async () => {
  dir = await bundleCli("hs-run-int-")
}, 30000)

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL")
})

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true })
})

/** A program file in the scratch directory; returns its path. */
function program(name: string, source: string): string {
  const path = join(dir, name)
  writeFileSync(path, source)
  return path
}

interface Ended {
  out: string
  err: string
  status: number | null
  signal: NodeJS.Signals | null
}

/**
 * Runs `heapscope run args` with piped stdio, sends SIGINT once stdout shows
 * `ready` (and `delay` ms more: the watcher starts 50 ms into a run, unless a
 * sleep or a read starts it, and needs some time to start on a busy machine),
 * and resolves when the process has ended.
 */
function interruptAfterReady(entry: string, args: string[], delay = 600): Promise<Ended> {
  const child = spawn(process.execPath, [entry, "run", ...args], { stdio: "pipe" })
  children.push(child)
  let out = ""
  let err = ""
  let sent = false
  const timer = setTimeout(() => child.kill("SIGKILL"), 15000)
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString()
    if (!sent && out.includes("ready\n")) {
      sent = true
      setTimeout(() => child.kill("SIGINT"), delay)
    }
  })
  child.stderr.on("data", (d: Buffer) => (err += d.toString()))
  return new Promise((resolve) =>
    child.on("close", (status, signal) => {
      clearTimeout(timer)
      resolve({ out, err, status, signal })
    }),
  )
}

const SLEEP_FINALLY = `import time
try:
    print("ready", flush=True)
    time.sleep(30)
finally:
    print("finally")
`

const LOOP_EXCEPT = `class Res:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__)
n = 0
try:
    with Res():
        print("ready", flush=True)
        while True:
            n += 1
except KeyboardInterrupt:
    print("caught", n > 0)
print("after")
`

describe("heapscope run takes kill -INT as python3 does", () => {
  test("an uncaught KeyboardInterrupt: finally runs, the traceback, then death by SIGINT", async () => {
    const path = program("sleep_finally.py", SLEEP_FINALLY)
    const r = await interruptAfterReady(join(dir, "heapscope.mjs"), [path])
    expect(r.out).toBe("ready\nfinally\n")
    expect(r.err).toBe(
      `Traceback (most recent call last):\n  File "${path}", line 4, in <module>\n` +
        "    time.sleep(30)\nKeyboardInterrupt\n",
    )
    expect(r.signal).toBe("SIGINT")
  }, 20000)

  test("a loop is interrupted: with exits and except clauses run, the program goes on", async () => {
    const path = program("loop_except.py", LOOP_EXCEPT)
    const r = await interruptAfterReady(join(dir, "heapscope.mjs"), [path])
    expect(r.err).toBe("")
    expect(r.out).toBe("ready\nexit KeyboardInterrupt\ncaught True\nafter\n")
    expect(r.status).toBe(0)
  }, 20000)

  test("input() waiting on an open pipe is interrupted; -c names <string>", async () => {
    const code =
      'print("ready", flush=True)\ntry:\n    input()\nexcept KeyboardInterrupt:\n    print("no line")\nraise SystemExit(4)'
    const r = await interruptAfterReady(join(dir, "heapscope.mjs"), ["-c", code])
    expect(r.out).toBe("ready\nno line\n")
    expect(r.status).toBe(4)
  }, 20000)

  test.skipIf(!built)(
    "the built bin/heapscope.js",
    async () => {
      const path = program("sleep_finally2.py", SLEEP_FINALLY)
      const r = await interruptAfterReady(join(root, "bin", "heapscope.js"), [path])
      expect(r.out).toBe("ready\nfinally\n")
      expect(r.err).toMatch(/time\.sleep\(30\)\nKeyboardInterrupt\n$/)
      expect(r.signal).toBe("SIGINT")
      const loop = program("loop_except2.py", LOOP_EXCEPT)
      const l = await interruptAfterReady(join(root, "bin", "heapscope.js"), [loop])
      expect(l.out).toBe("ready\nexit KeyboardInterrupt\ncaught True\nafter\n")
      expect(l.status).toBe(0)
    },
    20000,
  )
})

describe("output while a watcher thread runs", () => {
  test("stdout and stderr sent to one pipe keep the program's order", () => {
    const code =
      "import sys\nfor i in range(3):\n    print('out', i)\n    sys.stderr.write(f'err {i}\\n')\nraise SystemExit(5)"
    const r = spawnSync(
      "sh",
      ["-c", 'exec "$0" "$1" run -c "$2" 2>&1', process.execPath, join(dir, "heapscope.mjs"), code],
      { encoding: "utf8" },
    )
    expect(r.stdout).toBe("out 0\nerr 0\nout 1\nerr 1\nout 2\nerr 2\n")
    expect(r.status).toBe(5)
  })

  test("a reader that goes away (| head -1) ends the run quietly with status 0", () => {
    const r = spawnSync(
      "sh",
      [
        "-c",
        '{ "$0" "$1" run -c "for i in range(10**6): print(i)"; echo "status $?" >&2; } | head -1',
        process.execPath,
        join(dir, "heapscope.mjs"),
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 15000 },
    )
    expect(r.stdout).toBe("0\n")
    expect(r.stderr).toBe("status 0\n")
  })
})

describe.skipIf(!hasScript)("heapscope run on a terminal takes Ctrl-C", () => {
  /** Runs the command line under script(1), types Ctrl-C once `ready` shows; the screen and status. */
  async function onTerminal(args: string): Promise<{ screen: string; status: number | null }> {
    // script runs the command through $SHELL (dash in CI): `exec` leaves no shell to die of SIGINT.
    const child = spawn(
      "script",
      ["-qfec", `exec node ${join(dir, "heapscope.mjs")} run ${args}`, "/dev/null"],
      { stdio: "pipe" },
    )
    children.push(child)
    let raw = ""
    let sent = false
    const timer = setTimeout(() => child.kill("SIGKILL"), 15000)
    const onData = (d: Buffer): void => {
      raw += d.toString()
      if (!sent && raw.includes("ready")) {
        sent = true
        setTimeout(() => child.stdin.write("\x03"), 600)
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    const status = await new Promise<number | null>((resolve) =>
      child.on("close", (code) => resolve(code)),
    )
    clearTimeout(timer)
    return { screen: raw.replace(/\r\n/g, "\n"), status }
  }

  test("time.sleep() in try/finally: ^C, finally, traceback, status 130", async () => {
    const path = program("tty_sleep.py", SLEEP_FINALLY)
    const r = await onTerminal(path)
    expect(r.screen).toBe(
      "ready\n^Cfinally\nTraceback (most recent call last):\n" +
        `  File "${path}", line 4, in <module>\n    time.sleep(30)\nKeyboardInterrupt\n`,
    )
    expect(r.status).toBe(130)
  }, 20000)

  test("input() on the terminal", async () => {
    const path = program(
      "tty_input.py",
      'try:\n    input("ready? ")\nexcept KeyboardInterrupt:\n    print("caught")\n',
    )
    const r = await onTerminal(path)
    expect(r.screen).toBe("ready? ^Ccaught\n")
    expect(r.status).toBe(0)
  }, 20000)
})
