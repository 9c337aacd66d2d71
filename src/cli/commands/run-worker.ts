// The worker side of `heapscope run`: the thread that runs the program while
// the main thread (../run-main.ts, where the protocol is drawn) forwards
// Ctrl-C and reads stdin for it.

import * as fs from "node:fs"
import { UsageError, type CliIO } from "../io.js"
import { workerThreadsModule } from "../node-modules.js"
import {
  CTL,
  RUN_WORKER_ARG,
  runMain,
  type FromRunWorker,
  type RunWorkerData,
} from "../run-main.js"
import { releaseOptimizer } from "../tiering.js"
import { nodeHost, runProgram, stdinReader, type RunOutcome } from "./run.js"

/** The bundled script this code was loaded from, or null outside the bundle. */
function bundleFile(): string | null {
  // In the bundle, __filename is the script bin/heapscope.js compiled (see scripts/bundle-cli.mjs).
  const f = typeof __filename === "string" ? __filename : ""
  return f.endsWith(".script.js") ? f : null
}

/**
 * `heapscope run args` in a worker, from the bundle or the unbundled modules
 * (bin/heapscope.js calls runMain itself, without loading the bundle here).
 */
export async function runInWorker(args: string[]): Promise<number> {
  const workers = await workerThreadsModule()
  // V8's flags are the process's: the worker's code cache is only taken with the default ones.
  releaseOptimizer()
  return await runMain({ fs, workers }, args, bundleFile(), fs.realpathSync(process.argv[1] ?? ""))
}

/**
 * Writes all of `text` to a file descriptor, synchronously; waits and retries
 * while a non-blocking pipe is full. When the reader went away (EPIPE) the
 * main thread ends the process quietly and this thread waits for that.
 */
function writeAll(
  fd: number,
  text: string,
  pause: Int32Array,
  post: (m: FromRunWorker) => void,
): void {
  const buf = Buffer.from(text, "utf8")
  let off = 0
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === "EPIPE") {
        post({ kind: "exit", status: 0 })
        for (;;) Atomics.wait(pause, 0, 0)
      }
      if (code !== "EAGAIN") throw e
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}

/** The worker's side: runs the program with a host that asks the main thread for stdin. */
export async function serveRunWorker(): Promise<number> {
  const workers = await workerThreadsModule()
  const port = workers.parentPort
  const data = workers.workerData as RunWorkerData | null
  if (port === null || data === null) throw new Error(`${RUN_WORKER_ARG} is for the run worker`)
  const ctl = new Int32Array(data.ctl)
  const pause = new Int32Array(new SharedArrayBuffer(4))
  const post = (m: FromRunWorker): void => port.postMessage(m)
  const io: CliIO = {
    stdout: (s) => writeAll(1, s, pause, post),
    stderr: (s) => writeAll(2, s, pause, post),
  }
  const readPiece = (): Uint8Array | null => {
    post({ kind: "read" })
    Atomics.wait(ctl, CTL.REPLY, 0)
    Atomics.store(ctl, CTL.REPLY, 0)
    const m = workers.receiveMessageOnPort(data.reply)
    return (m?.message as { piece: Uint8Array | null } | undefined)?.piece ?? null
  }
  const host = {
    ...nodeHost(io, stdinReader(readPiece)),
    sleep: (secs: number) => {
      // Wakes early when the main thread raises the interrupt flag.
      if (secs > 0) Atomics.wait(ctl, CTL.INTERRUPT, 0, secs * 1000)
    },
    interrupted: () =>
      Atomics.load(ctl, CTL.INTERRUPT) !== 0 && Atomics.exchange(ctl, CTL.INTERRUPT, 0) !== 0,
  }
  let outcome: RunOutcome
  try {
    outcome = runProgram(data.args, host, io)
  } catch (e) {
    // Bad options, as main() reports them (bin/heapscope.js does not look at them).
    if (!(e instanceof UsageError)) throw e
    io.stderr(`heapscope run: ${e.message}\n`)
    outcome = { status: 2, interrupted: false }
  }
  post({ kind: "done", ...outcome, cache: data.writesCache === true })
  data.reply.close()
  return outcome.status
}
