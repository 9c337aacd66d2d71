// The main thread of `heapscope run`: it starts the worker thread that runs the
// program (commands/run-worker.ts), forwards Ctrl-C to it, reads standard
// input for it, and ends the process as the program's run says.
//
// Why a worker: Node handles SIGINT on the main thread's event loop, which does
// not turn while Python code runs synchronously, so a program run on the main
// thread could only be killed. Here the main thread only waits: on SIGINT it
// raises a flag in shared memory that the runtime polls (Host.interrupted) and
// turns into KeyboardInterrupt where the program is, so `except
// KeyboardInterrupt`, `finally` and `with` exits run, as in python3.
//
//   main thread (runMain)                          worker (serveRunWorker)
//   ────────────────────────────────────────────   ─────────────────────────────────────
//   new Worker(BOOT_SOURCE, {args})       ──────►  runProgram(args)
//                                                    print → writeSync(1) directly
//   SIGINT → ctl[INTERRUPT] = 1, notify   ─ ─ ─ ►    tick() polls ctl[INTERRUPT]
//                                                    time.sleep → Atomics.wait(ctl, INTERRUPT)
//                                         ◄──────    sys.stdin, input() → post {kind:"read"}
//   process.stdin.read();                                         Atomics.wait(ctl, REPLY, 0)
//   post {piece} (null: end of file, or
//   Ctrl-C), ctl[REPLY] = 1, notify       ─ ─ ─ ►                receiveMessageOnPort(reply)
//                                         ◄──────  post {kind:"done", status, interrupted}
//   the process exits with the status (without waiting for the worker's
//   teardown), or after an uncaught KeyboardInterrupt kills itself with
//   SIGINT, as python3 does
//
// Start-up is what this costs: a worker is a second Node environment (about
// 25 ms). So this module stands alone (no imports; Node's modules are handed
// in): bin/heapscope.js loads it instead of the bundled command line, which
// only the worker loads, from a small CommonJS source (`eval`: no ES module
// loader) and with V8's code cache, as bin/heapscope.js does. Outside the
// bundle (dist/cli/main.js, tests' bundles) commands/run.ts calls runMain and
// the worker runs the entry file again with RUN_WORKER_ARG, as the REPL's does.

import type * as Fs from "node:fs"
import type * as WorkerThreads from "node:worker_threads"

/** The hidden first argument that makes `main()` serve as the run command's worker. */
export const RUN_WORKER_ARG = "--run-worker"

/** How many bytes of standard input one read asks for, on the interpreter's thread (run.ts). */
export const STDIN_CHUNK = 65536

/** Slots of the shared control array. */
export const CTL = {
  /** 1 while a Ctrl-C waits to be turned into KeyboardInterrupt. */
  INTERRUPT: 0,
  /** 1 when the main thread has posted the piece of stdin the worker waits for. */
  REPLY: 1,
  /** Slots in the array. */
  SIZE: 2,
} as const

/** What the main thread hands the worker. */
export interface RunWorkerData {
  /** The `heapscope run` arguments. */
  args: string[]
  /** The shared control array's buffer (CTL slots). */
  ctl: SharedArrayBuffer
  /** Where the main thread posts `{ piece: Uint8Array | null }` answers to read requests. */
  reply: WorkerThreads.MessagePort
  /** The bundled script to load (bin/heapscope.js's), or null: the entry file runs again. */
  script: string | null
  /** Set in the worker by BOOT_SOURCE when there was no code cache: it writes one at the end. */
  writesCache?: boolean
}

/** Messages from the worker. */
export type FromRunWorker =
  | { kind: "read" }
  /** `cache`: the worker goes on to write V8's code cache, which the process must wait for. */
  | { kind: "done"; status: number; interrupted: boolean; cache: boolean }
  /** The reader of stdout or stderr went away: the process ends quietly with this status. */
  | { kind: "exit"; status: number }

/** Node's modules runMain uses (handed in: this module imports nothing). */
export interface RunMainNode {
  fs: typeof Fs
  workers: typeof WorkerThreads
}

/**
 * The worker's start: CommonJS evaluated in the new thread. It loads the
 * bundle as bin/heapscope.js does, with V8's code cache named the same way
 * (the build named on the script's first line, the Node version, the
 * architecture), and calls main() with RUN_WORKER_ARG. When there was no
 * cache it writes one as it ends: it ran the interpreter.
 */
const BOOT_SOURCE = `
const fs = require("node:fs")
const vm = require("node:vm")
const path = require("node:path")
const data = require("node:worker_threads").workerData
const file = data.script
const dir = path.dirname(file)
const source = fs.readFileSync(file, "latin1")
const build = /^\\/\\/ heapscope-bundle ([0-9a-f]+)/.exec(source)?.[1] ?? "unnamed"
const cacheFile = path.join(dir, "heapscope." + build + "." + process.version + "-" + process.arch + ".cache")
let cachedData
try {
  cachedData = fs.readFileSync(cacheFile)
} catch {
  cachedData = undefined
}
const script = new vm.Script(source, { filename: file, cachedData })
data.writesCache = cachedData === undefined
const module = { exports: {} }
script.runInThisContext()(module.exports, require, module, file, dir)
module.exports.main([${JSON.stringify(RUN_WORKER_ARG)}]).then(() => {
  if (cachedData !== undefined) return
  const tmp = cacheFile + "." + process.pid + "." + require("node:worker_threads").threadId + ".tmp"
  try {
    fs.writeFileSync(tmp, script.createCachedData())
    fs.renameSync(tmp, cacheFile)
  } catch {}
})
`

/**
 * Runs `heapscope run args` in a worker and returns the exit status (see the
 * file comment): from the bundled `script` when there is one, else by running
 * `entry` (the command line's entry file) with RUN_WORKER_ARG. V8's flags
 * must be its defaults (the optimizer not held, see tiering.ts): the worker's
 * code cache is refused under other flags than those it was made with.
 */
export async function runMain(
  node: RunMainNode,
  args: string[],
  script: string | null,
  entry: string,
): Promise<number> {
  const { fs, workers } = node
  const ctl = new Int32Array(new SharedArrayBuffer(CTL.SIZE * 4))
  const { port1: reply, port2 } = new workers.MessageChannel()
  const workerData: RunWorkerData = {
    args,
    ctl: ctl.buffer as SharedArrayBuffer,
    reply: port2,
    script,
  }
  // A large stack (address space, touched only as used): deep recursion under a
  // raised sys.setrecursionlimit reaches python3's depths (300000 frames, where
  // the main thread's 1 MB stops near 10000 with an internal error).
  const options = { workerData, transferList: [port2], resourceLimits: { stackSizeMb: 256 } }
  const worker =
    script !== null
      ? new workers.Worker(BOOT_SOURCE, { ...options, eval: true })
      : new workers.Worker(entry, { ...options, argv: [RUN_WORKER_ARG] })
  const stdin = new StdinPump((piece) => {
    reply.postMessage({ piece })
    Atomics.store(ctl, CTL.REPLY, 1)
    Atomics.notify(ctl, CTL.REPLY)
  })
  const onSigint = (): void => {
    Atomics.store(ctl, CTL.INTERRUPT, 1)
    Atomics.notify(ctl, CTL.INTERRUPT)
    // A read waiting for input ends at once; what the terminal gives later is kept.
    stdin.interrupt()
  }
  process.on("SIGINT", onSigint)
  let outcome: { status: number; interrupted: boolean } | null = null
  let failure: Error | null = null
  // The run is over at "done", unless the worker still writes the code cache;
  // then, or if it fails, at its end. The worker's teardown is not waited for.
  let early = false
  await new Promise<void>((resolve) => {
    worker.on("message", (m: FromRunWorker) => {
      if (m.kind === "read") stdin.ask()
      else if (m.kind === "done") {
        outcome = { status: m.status, interrupted: m.interrupted }
        early = !m.cache
        if (early) resolve()
      } else process.exit(m.status)
    })
    worker.on("error", (e) => (failure = e))
    worker.once("exit", () => resolve())
  })
  process.off("SIGINT", onSigint)
  reply.close()
  const result = outcome as { status: number; interrupted: boolean } | null
  if (result === null) {
    const e = failure as Error | null
    const text = `heapscope: internal error: the program's thread failed: ${e?.stack ?? "no result"}\n`
    fs.writeSync(2, text)
    return 1
  }
  if (result.interrupted) killBySigint()
  const status = result.interrupted ? 130 : result.status
  // The worker still ending, or an open stdin (a terminal, a pipe), would keep the process alive.
  if (early || stdin.opened) process.exit(status)
  return status
}

/**
 * python3 after an uncaught KeyboardInterrupt: the default action of SIGINT
 * sent to itself, so that a shell sees a process killed by SIGINT (status
 * 130) and stops a script. Our listener is gone, so Node has given SIGINT
 * its default action back. Where that does not end the process, the caller
 * returns 130 (128 + SIGINT), as python3 does when kill() fails.
 */
function killBySigint(): void {
  try {
    process.kill(process.pid, "SIGINT")
  } catch {
    // Fall through: status 130.
  }
}

/**
 * Standard input read on the main thread for the worker, one request at a
 * time, from process.stdin (made on the first request): a terminal's or a
 * pipe's reads are polled by the event loop, so a read waiting for a line
 * does not hold the process at exit, as a read in the thread pool would. A
 * Ctrl-C answers the waiting request with null at once; what comes later is
 * kept for the next request. The end of input is final (a terminal's Ctrl-D
 * too, unlike python3, which can read on after it).
 */
class StdinPump {
  private stream: NodeJS.ReadStream | null = null
  /** Whether the stream has ended (or failed). */
  private ended = false
  /** Whether the worker waits for an answer. */
  private asking = false

  constructor(private readonly answer: (piece: Uint8Array | null) => void) {}

  /** Whether stdin was opened (its handle may keep the process alive). */
  get opened(): boolean {
    return this.stream !== null
  }

  /** The worker asks for the next piece. */
  ask(): void {
    this.asking = true
    this.serve()
  }

  /** Ctrl-C: the waiting request is answered with null (the worker raises KeyboardInterrupt). */
  interrupt(): void {
    if (!this.asking) return
    this.asking = false
    this.answer(null)
  }

  private serve(): void {
    if (!this.asking) return
    const stream = (this.stream ??= this.open())
    const piece = stream.read() as Buffer | null
    if (piece === null && !this.ended) return // 'readable' or 'end' calls again
    this.asking = false
    // A copy: a Buffer may be a view of a larger pool, which posting would copy whole.
    this.answer(piece === null ? null : new Uint8Array(piece))
  }

  private open(): NodeJS.ReadStream {
    const stream = process.stdin
    const end = (): void => {
      this.ended = true
      this.serve()
    }
    stream.on("readable", () => this.serve())
    stream.on("end", end)
    // An unreadable stdin (closed, a directory) reads as empty, as at end of file.
    stream.on("error", end)
    return stream
  }
}
