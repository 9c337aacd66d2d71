// The REPL's interpreter thread. Node handles SIGINT on the main thread's event
// loop, which does not turn while Python code runs synchronously; so the REPL
// runs its Interpreter in a worker thread, and the main thread keeps the
// terminal: it reads the prompts, and on Ctrl-C raises a flag in shared memory
// that the runtime polls (Host.interrupted) and turns into KeyboardInterrupt.
//
//   main thread (ReplWorker, repl.ts)             worker (serveReplWorker)
//   ───────────────────────────────────────────   ───────────────────────────────────
//   post {kind:"run", source}            ──────►  it.runInteractive(source)
//                                                   print → writeSync(1) directly
//   SIGINT → ctl[INTERRUPT] = 1, notify  ─ ─ ─ ►    tick() polls ctl[INTERRUPT]
//                                                   time.sleep → Atomics.wait(ctl, INTERRUPT)
//                                        ◄──────    input() → post {kind:"input", prompt}
//   reads the line, posts {line} on the                        Atomics.wait(ctl, REPLY, 0)
//   reply port, ctl[REPLY] = 1, notify   ─ ─ ─ ►               receiveMessageOnPort(reply)
//                                        ◄──────  post {kind:"done", status, exit, tail}
//   post {kind:"finish"}                 ──────►  atexit, finalization
//                                        ◄──────  post {kind:"finished"}; the worker ends
//
// The worker runs the command line's own entry point (process.argv[1], the
// heapscope script, however it loads the code) with the hidden argument
// REPL_WORKER_ARG, which main() hands to serveReplWorker.

import { realpathSync, writeSync } from "node:fs"
import type * as WorkerThreads from "node:worker_threads"
import { Interpreter } from "../../interpreter.js"
import type { Host } from "../../vm/host.js"
import { workerThreadsModule } from "../node-modules.js"
import { nodeHost } from "./run.js"
import { releaseOptimizer } from "../tiering.js"

/** The hidden first argument that makes `main()` serve as the REPL's worker. */
export const REPL_WORKER_ARG = "--repl-worker"

/** Slots of the shared control array. */
const CTL = {
  /** 1 while a Ctrl-C waits to be turned into KeyboardInterrupt. */
  INTERRUPT: 0,
  /** 1 when the main thread has posted the line input() waits for. */
  REPLY: 1,
  /** Slots in the array. */
  SIZE: 2,
} as const

/** What the main thread hands the worker at creation. */
interface ReplWorkerData {
  /** The shared control array's buffer (CTL slots). */
  ctl: SharedArrayBuffer
  /** Where the main thread posts `{ line: string | null }` replies to input requests. */
  reply: WorkerThreads.MessagePort
}

/** Messages from the main thread. */
type ToWorker = { kind: "run"; source: string } | { kind: "finish" }

/**
 * Messages to the main thread. `tail` is the text written since the last
 * newline (the terminal's current line), which the next prompt must keep.
 */
type FromWorker =
  | { kind: "input"; prompt: string }
  | { kind: "done"; status: number; exit: boolean; tail: string }
  | { kind: "finished" }

/** What running one input gave. */
export interface RunResult {
  status: number
  /** Whether the input asked to leave (exit(), SystemExit). */
  exit: boolean
  /** What the output left on the terminal's current line. */
  tail: string
}

/** The main thread's handle on the interpreter worker (see the file comment). */
export class ReplWorker {
  private readonly worker: WorkerThreads.Worker
  private readonly ctl: Int32Array
  private readonly reply: WorkerThreads.MessagePort
  /** Answers input() requests (a line, or null for Ctrl-D; Ctrl-C also raises the flag). */
  private readonly readInput: (prompt: string) => Promise<string | null>
  /** The handler of the request in progress, or null when the worker is idle. */
  private pending: ((m: FromWorker | Error) => void) | null = null
  /** Whether Python code is running (Ctrl-C then interrupts it). */
  running = false

  /**
   * Starts the worker; `readInput` reads a line for input() in Python code:
   * the line, or null at the end of input; on Ctrl-C it calls interrupt() first.
   */
  constructor(
    workers: typeof WorkerThreads,
    readInput: (prompt: string) => Promise<string | null>,
  ) {
    this.readInput = readInput
    const sab = new SharedArrayBuffer(CTL.SIZE * 4)
    this.ctl = new Int32Array(sab)
    const { port1, port2 } = new workers.MessageChannel()
    this.reply = port1
    const data: ReplWorkerData = { ctl: sab, reply: port2 }
    this.worker = new workers.Worker(realpathSync(process.argv[1] ?? ""), {
      argv: [REPL_WORKER_ARG],
      workerData: data,
      transferList: [port2],
    })
    this.worker.on("message", (m: FromWorker) => {
      if (m.kind === "input") void this.answerInput(m.prompt)
      else this.pending?.(m)
    })
    this.worker.on("error", (e) => this.pending?.(e))
  }

  /** Ctrl-C: raises the flag the runtime polls and wakes a sleeping time.sleep(). */
  interrupt(): void {
    Atomics.store(this.ctl, CTL.INTERRUPT, 1)
    Atomics.notify(this.ctl, CTL.INTERRUPT)
  }

  /** Runs one complete input in the session's __main__. */
  async run(source: string): Promise<RunResult> {
    const r = await this.request({ kind: "run", source })
    if (r instanceof Error) throw r
    return r.kind === "done" ? r : { status: 0, exit: false, tail: "" }
  }

  /** Ends the session in the worker (atexit functions, finalization); the worker then exits. */
  async finish(): Promise<void> {
    const r = await this.request({ kind: "finish" })
    this.reply.close()
    if (r instanceof Error) throw r
  }

  private async answerInput(prompt: string): Promise<void> {
    this.running = false
    const line = await this.readInput(prompt)
    this.running = true
    this.reply.postMessage({ line })
    Atomics.store(this.ctl, CTL.REPLY, 1)
    Atomics.notify(this.ctl, CTL.REPLY)
  }

  private request(m: ToWorker): Promise<FromWorker | Error> {
    return new Promise((resolve) => {
      this.pending = (r) => {
        this.pending = null
        this.running = false
        resolve(r)
      }
      // A Ctrl-C that came after the previous input ended is forgotten.
      Atomics.store(this.ctl, CTL.INTERRUPT, 0)
      this.running = m.kind === "run"
      this.worker.postMessage(m)
    })
  }
}

/**
 * Writes all of `text` to a file descriptor, synchronously, as CPython writes
 * to a blocking stdout; waits and retries while a non-blocking pipe is full.
 * Output to a closed stream is dropped.
 */
function writeAll(fd: number, text: string, pause: Int32Array): void {
  const buf = Buffer.from(text, "utf8")
  let off = 0
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") return
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}

/**
 * The worker's side: an Interpreter whose host writes to the terminal itself
 * and asks the main thread for input() lines. Resolves when the session ends.
 */
export async function serveReplWorker(): Promise<number> {
  const workers = await workerThreadsModule()
  const port = workers.parentPort
  const data = workers.workerData as ReplWorkerData | null
  if (port === null || data === null) throw new Error(`${REPL_WORKER_ARG} is for the REPL's worker`)
  const ctl = new Int32Array(data.ctl)
  const pause = new Int32Array(new SharedArrayBuffer(4))
  let tail = ""
  const write = (fd: number, s: string): void => {
    writeAll(fd, s, pause)
    const nl = s.lastIndexOf("\n")
    tail = nl < 0 ? (tail + s).slice(-200) : s.slice(nl + 1)
  }
  const post = (m: FromWorker): void => port.postMessage(m)
  const host: Host = {
    ...nodeHost({ stdout: (s) => write(1, s), stderr: (s) => write(2, s) }),
    // input() and sys.stdin read lines from the main thread's terminal, with its prompt.
    readStdin: undefined,
    readLine: () => {
      post({ kind: "input", prompt: tail })
      Atomics.wait(ctl, CTL.REPLY, 0)
      Atomics.store(ctl, CTL.REPLY, 0)
      const m = workers.receiveMessageOnPort(data.reply)
      const line = (m?.message as { line: string | null } | undefined)?.line ?? null
      // After Enter the cursor is on a new line; after Ctrl-C or Ctrl-D it stays after the prompt.
      if (line !== null) tail = ""
      return line
    },
    sleep: (secs) => {
      // Wakes early when the main thread raises the interrupt flag.
      if (secs > 0) Atomics.wait(ctl, CTL.INTERRUPT, 0, secs * 1000)
    },
    interrupted: () =>
      Atomics.load(ctl, CTL.INTERRUPT) !== 0 && Atomics.exchange(ctl, CTL.INTERRUPT, 0) !== 0,
  }
  const it = new Interpreter({ host, argv: [""] })
  releaseOptimizer()
  return new Promise((resolve) => {
    port.on("message", (m: ToWorker) => {
      if (m.kind === "run") {
        // The prompt and the line typed after it ended the terminal's line.
        tail = ""
        const r = it.runInteractive(m.source)
        post({ kind: "done", status: r.status, exit: r.exit, tail })
      } else {
        it.finishInteractive()
        post({ kind: "finished" })
        port.close()
        resolve(0)
      }
    })
  })
}
