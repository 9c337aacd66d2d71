// Ctrl-C for a program running on the main thread (`heapscope run`).
//
// Node handles SIGINT on the main thread's event loop, which does not turn
// while Python code runs synchronously. So a small worker thread watches the
// signal instead: libuv delivers a signal to every event loop that watches
// it, and the worker's loop is free. It raises a flag in shared memory, which
// the runtime polls (Host.interrupted) and turns into KeyboardInterrupt where
// the program is:
//
//   main thread (the interpreter)                 watcher worker (WATCH_SOURCE)
//   ────────────────────────────────────────────   ──────────────────────────────────
//   runs the program; after START_AFTER,
//   or in a sleep or a read:
//   new Worker(WATCH_SOURCE), unref()     ──────►  Signal.start(SIGINT)
//                                                      │
//     tick() polls ctl[INTERRUPT]          ◄ ─ ─ ─ ─  SIGINT → ctl[INTERRUPT] = 1, notify
//     time.sleep → Atomics.wait(ctl, INTERRUPT)       │
//     sys.stdin / input() on a terminal or pipe:      │
//       post "read", Atomics.wait(ctl, REPLY) ─────►  stdin stream .read() → post {piece}
//       receiveMessageOnPort(reply)        ◄ ─ ─ ─ ─  ctl[REPLY] = 1, notify
//                                                      (Ctrl-C: answers null at once)
//
// Node gives workers no process.on("SIGINT"); the watcher uses the signal
// handle behind it, from process.binding("signal_wrap") (on that function's
// list of bindings kept for compatibility). Where that is missing the watcher
// does nothing and Ctrl-C kills the process, as before.
//
// Why not run the program in the worker (as the REPL does) and keep the main
// thread for the signal? Start-up: the program's thread would wait for a
// second Node environment and load the bundle again, about 30 ms on every
// run (0.13 s instead of 0.10 s for `print(1)`). The watcher starts only once
// a run has gone on for START_AFTER (or waits in sleep or a read), runs on
// the other core when one is free, and costs the main thread about 2 ms.
//
// Standard input: a terminal's or a pipe's read cannot be interrupted on the
// main thread (libuv's signal handler restarts it), so those reads happen in
// the watcher, through a stream made on the first request: a read waiting for
// a line is answered with null on Ctrl-C, and what comes later is kept for the
// next request. A regular file is read directly (it never waits).

import type * as WorkerThreads from "node:worker_threads"

/** Slots of the shared control array. */
const CTL = {
  /** 1 while a Ctrl-C waits to be turned into KeyboardInterrupt. */
  INTERRUPT: 0,
  /** 1 when the watcher has posted the piece of stdin the main thread waits for. */
  REPLY: 1,
  /** Slots in the array. */
  SIZE: 2,
} as const

/**
 * The watcher: CommonJS evaluated in the worker (no ES module loader to
 * start). It imports nothing of heapscope; workerData is `{ ctl, reply }`.
 */
const WATCH_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads")
const ctl = new Int32Array(workerData.ctl)
const reply = workerData.reply
let stream = null
let ended = false
let asking = false
function answer(piece) {
  asking = false
  reply.postMessage({ piece })
  Atomics.store(ctl, ${CTL.REPLY}, 1)
  Atomics.notify(ctl, ${CTL.REPLY})
}
function serve() {
  if (!asking) return
  if (stream === null) stream = open()
  const piece = stream === null ? null : stream.read()
  if (piece === null && !ended) return
  answer(piece === null ? null : new Uint8Array(piece))
}
function end() {
  ended = true
  serve()
}
function open() {
  try {
    const tty = require("node:tty")
    let s
    if (tty.isatty(0)) s = new tty.ReadStream(0)
    else {
      const st = require("node:fs").fstatSync(0)
      if (st.isFIFO() || st.isSocket()) s = new (require("node:net").Socket)({ fd: 0, readable: true, writable: false })
      else s = require("node:fs").createReadStream("", { fd: 0, autoClose: false })
    }
    s.on("readable", serve)
    s.on("end", end)
    s.on("error", end)
    return s
  } catch {
    ended = true
    return null
  }
}
parentPort.on("message", () => {
  asking = true
  serve()
})
// Nothing may be written to this thread's stdout or stderr: the parent does
// not read them (stdout: true), and unread output would hold the process at
// exit. process.binding() warns that it is deprecated; other warnings too.
process.noDeprecation = true
process.removeAllListeners("warning")
try {
  const { Signal } = process.binding("signal_wrap")
  const signal = new Signal()
  signal.onsignal = () => {
    Atomics.store(ctl, ${CTL.INTERRUPT}, 1)
    Atomics.notify(ctl, ${CTL.INTERRUPT})
    if (asking) answer(null)
  }
  signal.start(require("node:os").constants.signals.SIGINT)
  signal.unref()
} catch {}
`

/** The main thread's handle on the watcher (see the file comment). */
export interface SigintWatch {
  /** Whether a Ctrl-C came since the last call (Host.interrupted: each one is reported once). */
  interrupted(): boolean
  /** time.sleep(): waits, returning early on Ctrl-C. */
  sleep(seconds: number): void
  /** The next piece of a terminal's or a pipe's input; null at the end of input or on Ctrl-C. */
  readPiece(): Uint8Array | null
  /**
   * Ends the watcher; afterwards SIGINT has its default action again (libuv
   * restores it when no loop watches the signal any more).
   */
  stop(): Promise<void>
}

/**
 * How long a run goes before the watcher starts, in seconds. A watcher costs
 * about 25 ms of CPU to start, on the other core when there is one free, and
 * a little to stop at exit: most short runs would pay for it without ever
 * needing it (on a busy machine `print(1)` took 45 ms longer). Until then a
 * Ctrl-C kills the process, as it does while python3 starts.
 */
const START_AFTER = 0.05

/**
 * The watcher, started on demand (it never keeps the process alive): by
 * sleep() and readPiece(), which may wait, and by interrupted() once the run
 * has gone on for START_AFTER seconds (the runtime polls it from the start of
 * the run, every few milliseconds at most).
 */
export function startSigintWatch(loadWorkers: () => typeof WorkerThreads): SigintWatch {
  const ctl = new Int32Array(new SharedArrayBuffer(CTL.SIZE * 4))
  const since = performance.now()
  let worker: WorkerThreads.Worker | null = null
  let workers: typeof WorkerThreads | null = null
  let reply: WorkerThreads.MessagePort | null = null
  const start = (): WorkerThreads.Worker => {
    if (worker !== null) return worker
    workers = loadWorkers()
    const channel = new workers.MessageChannel()
    reply = channel.port1
    reply.unref()
    const port2 = channel.port2
    worker = new workers.Worker(WATCH_SOURCE, {
      eval: true,
      workerData: { ctl: ctl.buffer, reply: port2 },
      transferList: [port2],
      stdout: true,
      stderr: true,
    })
    worker.unref()
    // A watcher that fails leaves Ctrl-C to kill the process, as without it.
    worker.on("error", () => {})
    return worker
  }
  return {
    interrupted: () => {
      if (worker === null) {
        if (performance.now() - since > START_AFTER * 1000) start()
        return false
      }
      return Atomics.load(ctl, CTL.INTERRUPT) !== 0 && Atomics.exchange(ctl, CTL.INTERRUPT, 0) !== 0
    },
    sleep: (seconds) => {
      start()
      if (seconds > 0) Atomics.wait(ctl, CTL.INTERRUPT, 0, seconds * 1000)
    },
    readPiece: () => {
      start().postMessage("read")
      Atomics.wait(ctl, CTL.REPLY, 0)
      Atomics.store(ctl, CTL.REPLY, 0)
      const m = workers!.receiveMessageOnPort(reply!)
      return (m?.message as { piece: Uint8Array | null } | undefined)?.piece ?? null
    },
    stop: async () => {
      if (worker !== null) await worker.terminate()
    },
  }
}
