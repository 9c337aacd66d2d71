// `heapscope run FILE.py [ARGS]`, `heapscope run -c CODE [ARGS]`,
// `heapscope run -m MODULE [ARGS]`: like `python3 FILE.py`.
//
// Exit statuses as python3: 0, 1 for an uncaught exception (traceback on
// stderr), SystemExit's code, 2 for a file that cannot be opened or a bad
// option; an uncaught KeyboardInterrupt ends the process by SIGINT. Ctrl-C
// reaches the program through a watcher thread (../sigint-watch.ts).

import { fstatSync, readFileSync, readSync, statSync } from "node:fs"
import { isatty } from "node:tty"
import { dirname, resolve } from "node:path"
import { FatalError, UsageError, type CliIO, type Command } from "../io.js"
import { readLibCode } from "../lib-code.js"
import { Interpreter } from "../../interpreter.js"
import type { Host } from "../../vm/host.js"
import { releaseOptimizer } from "../tiering.js"
import { decodeSource } from "../../compiler/source-encoding.js"
import { PySyntaxError } from "../../compiler/errors.js"
import { formatSyntaxError } from "../../compiler/format-error.js"
import { workerThreadsLater } from "../node-modules.js"
import { startSigintWatch, type SigintWatch } from "../sigint-watch.js"

/** How many bytes of standard input one read asks for (a pipe gives at most this much). */
const STDIN_CHUNK = 65536

/**
 * Standard input read in pieces with `read` (a synchronous read of file
 * descriptor 0, or a request to the watcher thread), decoded as
 * UTF-8 across the pieces: what Host.readStdin returns; null at end of file.
 */
function stdinReader(read: () => Uint8Array | null): () => string | null {
  const decoder = new TextDecoder("utf-8")
  return () => {
    for (;;) {
      const bytes = read()
      if (bytes === null) {
        const rest = decoder.decode()
        return rest === "" ? null : rest
      }
      const text = decoder.decode(bytes, { stream: true })
      // A piece that ends inside a character gives "" when it holds nothing else.
      if (text !== "") return text
    }
  }
}

/**
 * Synchronous reads of file descriptor 0, a piece of at most STDIN_CHUNK bytes
 * each (waiting while a non-blocking pipe is empty); null at end of file. The
 * buffer is made on the first read: most programs never read.
 */
function fd0Reader(): () => Uint8Array | null {
  let buf: Uint8Array | null = null
  let pause: Int32Array | null = null
  return () => {
    buf ??= new Uint8Array(STDIN_CHUNK)
    pause ??= new Int32Array(new SharedArrayBuffer(4))
    for (;;) {
      try {
        const n = readSync(0, buf, 0, buf.length, null)
        return n === 0 ? null : buf.slice(0, n)
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        if (code !== "EAGAIN") return null // closed or unreadable: end of file
        Atomics.wait(pause, 0, 0, 5)
      }
    }
  }
}

/**
 * Lines without their ends (Host.readLine) cut from `readStdin`'s pieces.
 * The runtime reads through readStdin; this is for other users of the host.
 */
function lineReader(readStdin: () => string | null): () => string | null {
  let held = ""
  return () => {
    for (;;) {
      const nl = held.indexOf("\n")
      if (nl >= 0) {
        const line = held.slice(0, nl)
        held = held.slice(nl + 1)
        return line
      }
      const more = readStdin()
      if (more === null) {
        if (held === "") return null
        const line = held
        held = ""
        return line
      }
      held += more
    }
  }
}

/**
 * A host backed by the real file system, writing to the CLI's streams and
 * reading standard input with `readStdin` (by default synchronously from
 * file descriptor 0, in pieces of STDIN_CHUNK bytes).
 */
export function nodeHost(io: CliIO, readStdin?: () => string | null): Host {
  const stdin = readStdin ?? stdinReader(fd0Reader())
  return {
    stdout: (s) => io.stdout(s),
    stderr: (s) => io.stderr(s),
    readFile: (p) => {
      try {
        if (!statSync(p).isFile()) return null
        return readSource(p)
      } catch {
        return null
      }
    },
    // python3 semantics: a script run from the command line may read files.
    openFile: (p) => {
      try {
        return statSync(p).isFile() ? readFileSync(p, "utf8") : null
      } catch {
        return null
      }
    },
    isDir: (p) => {
      try {
        return statSync(p).isDirectory()
      } catch {
        return false
      }
    },
    readStdin: stdin,
    readLine: lineReader(stdin),
    isatty: (fd) => isatty(fd),
    libCode: readLibCode,
    now: () => Date.now() / 1000,
    monotonic: () => performance.now() / 1000,
  }
}

/**
 * The traceback limit asked for by `-X tracemalloc[=N]` or PYTHONTRACEMALLOC=N, as python3
 * reads them: no value means 1, 0 or an empty value means off, and a value that is not a
 * non-negative integer, or above 65535, stops the start-up.
 */
function tracemallocFrames(value: string, source: string): number | undefined {
  if (value === "") return undefined
  if (!/^\+?\d+$/.test(value))
    throw new FatalError(`config_init_tracemalloc: ${source}: invalid number of frames`)
  const n = Number(value)
  if (n === 0) return undefined
  if (n > 65535)
    throw new FatalError(
      "init_interp_main: can't initialize tracemalloc\n" +
        "ValueError: the number of frames must be in range [1; 65535]",
    )
  return n
}

/** What `heapscope run` was asked to run, and how. */
interface RunOptions {
  mode: "file" | "code" | "module"
  target: string
  argv: string[]
  limits: { maxMemory?: number; timeout?: number; maxSteps?: number }
  tracemalloc?: number
}

/** Parses the run options; returns what to run and sys.argv. */
function parseRunArgs(args: string[]): RunOptions {
  const limits: { maxMemory?: number; timeout?: number; maxSteps?: number } = {}
  const env = process.env["PYTHONTRACEMALLOC"]
  let tracemalloc = env === undefined ? undefined : tracemallocFrames(env, "PYTHONTRACEMALLOC")
  let i = 0
  while (i < args.length) {
    const a = args[i] as string
    // -X OPTION or -XOPTION: python3's implementation options; tracemalloc is the one
    // heapscope has, the others are accepted and ignored, as python3 ignores unknown ones.
    if (a.startsWith("-X")) {
      const opt = a.length > 2 ? a.slice(2) : args[i + 1]
      if (opt === undefined) throw new UsageError("Argument expected for the -X option")
      i += a.length > 2 ? 1 : 2
      if (opt === "tracemalloc") tracemalloc = 1
      else if (opt.startsWith("tracemalloc="))
        tracemalloc = tracemallocFrames(opt.slice(12), "-X tracemalloc=NFRAME")
      continue
    }
    const num = (name: string): number => {
      const v = Number(args[i + 1])
      if (args[i + 1] === undefined || !Number.isFinite(v) || v <= 0)
        throw new UsageError(`${name} needs a positive number`)
      i += 2
      return v
    }
    if (a === "--max-memory") limits.maxMemory = num(a)
    else if (a === "--timeout") limits.timeout = num(a)
    else if (a === "--max-steps") limits.maxSteps = num(a)
    else if (a === "-c") {
      if (args[i + 1] === undefined) throw new UsageError("Argument expected for the -c option")
      return {
        mode: "code",
        target: args[i + 1] as string,
        argv: ["-c", ...args.slice(i + 2)],
        limits,
        tracemalloc,
      }
    } else if (a === "-m") {
      if (args[i + 1] === undefined) throw new UsageError("Argument expected for the -m option")
      const m = args[i + 1] as string
      return { mode: "module", target: m, argv: [m, ...args.slice(i + 2)], limits, tracemalloc }
    } else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`)
    else return { mode: "file", target: a, argv: args.slice(i), limits, tracemalloc }
  }
  throw new UsageError("usage: heapscope run FILE.py [ARGS] | -c CODE | -m MODULE")
}

/** How a run ended: the exit status, and whether by an uncaught KeyboardInterrupt. */
interface RunOutcome {
  status: number
  /** python3 then ends by SIGINT (see runCommand). */
  interrupted: boolean
}

/** Runs what the parsed run options name with `host`. */
function runProgram(opts: RunOptions, host: Host, io: CliIO): RunOutcome {
  const start = (argv: string[], path?: string[]): Interpreter => {
    const it = new Interpreter({
      host,
      argv,
      path,
      limits: opts.limits,
      ...(opts.tracemalloc !== undefined ? { tracemalloc: opts.tracemalloc } : {}),
    })
    releaseOptimizer()
    return it
  }
  const done = (it: Interpreter, status: number): RunOutcome => ({
    status,
    interrupted: it.unhandledKeyboardInterrupt,
  })
  if (opts.mode === "file") {
    const path = resolve(opts.target)
    // A directory runs its __main__.py, with the directory as sys.path[0] (as python3).
    const isDir = host.isDir(path)
    const file = isDir ? `${path}/__main__.py` : path
    const src = readScript(file)
    if (src === null) {
      io.stderr(
        isDir
          ? `heapscope: can't find '__main__' module in '${path}'\n`
          : `heapscope: can't open file '${path}': [Errno 2] No such file or directory\n`,
      )
      return { status: isDir ? 1 : 2, interrupted: false }
    }
    // A script whose bytes do not decode (no cookie, not UTF-8) is a SyntaxError
    // before anything runs, with CPython's PEP 263 message.
    if (src instanceof PySyntaxError) {
      io.stderr(formatSyntaxError(src))
      return { status: 1, interrupted: false }
    }
    // sys.path[0] is the script's directory, absolute, as python3 sets it.
    const it = start(opts.argv, [isDir ? path : dirname(path)])
    // python3 names the main script by its absolute path (__file__, tracebacks).
    return done(it, it.run(src, file))
  }
  if (opts.mode === "code") {
    const it = start(opts.argv)
    return done(it, it.run(opts.target, "<string>"))
  }
  // -m: the module's file (or package's __main__.py) found from the current directory.
  const rel = opts.target.replace(/\./g, "/")
  for (const candidate of [`${rel}.py`, `${rel}/__main__.py`]) {
    const path = resolve(candidate)
    const src = host.readFile(path)
    if (src === null) continue
    const it = start([path, ...opts.argv.slice(1)])
    return done(it, it.run(src, path))
  }
  io.stderr(`heapscope: No module named ${opts.target}\n`)
  return { status: 1, interrupted: false }
}

/**
 * `heapscope run`. With the process's own streams, Ctrl-C raises
 * KeyboardInterrupt in the program (a watcher thread sees the signal,
 * sigint-watch.ts); with other streams (tests, embedders) nothing watches it.
 */
export const runCommand: Command = {
  name: "run",
  summary: "run a Python program (FILE.py, -c CODE or -m MODULE) like python3",
  async run(args, io) {
    const opts = parseRunArgs(args)
    if (io.isProcess !== true) {
      // Here an uncaught KeyboardInterrupt cannot end the caller by SIGINT: 130 is that status.
      const r = runProgram(opts, nodeHost(io), io)
      return r.interrupted ? 130 : r.status
    }
    const watch = startSigintWatch(await workerThreadsLater())
    const host: Host = {
      ...nodeHost(io, stdinReader(pieceReader(watch))),
      sleep: (secs) => watch.sleep(secs),
      interrupted: () => watch.interrupted(),
    }
    const r = runProgram(opts, host, io)
    if (!r.interrupted) return r.status
    // python3 after an uncaught KeyboardInterrupt: death by SIGINT (130 in a
    // shell), once the watcher is gone and the signal has its default action.
    // (Not otherwise: stopping a watcher still starting waits for its start.)
    await watch.stop()
    try {
      process.kill(process.pid, "SIGINT")
    } catch {
      // Status 130 then, as python3's when kill() fails.
    }
    return 130
  },
}

/**
 * Standard input for the program on the main thread: a regular file is read
 * here (it never waits); a terminal or a pipe through the watcher, so that
 * Ctrl-C can end a read that waits (sigint-watch.ts).
 */
function pieceReader(watch: SigintWatch): () => Uint8Array | null {
  let direct: boolean | null = null
  const readDirect = fd0Reader()
  return () => {
    if (direct === null) {
      try {
        direct = fstatSync(0).isFile()
      } catch {
        direct = true // no stdin: the direct read reports its end
      }
    }
    return direct ? readDirect() : watch.readPiece()
  }
}

/**
 * The text of a Python source file as python3 decodes it (PEP 263): a UTF-8
 * BOM is dropped and a coding cookie on line 1 or 2 is honoured. Bytes that do
 * not decode that way are read as UTF-8 with replacement characters, and the
 * compiler then reports what it finds.
 */
function readSource(path: string): string {
  const bytes = readFileSync(path)
  try {
    return decodeSource(bytes, path)
  } catch {
    return bytes.toString("utf8")
  }
}

/**
 * The main script's text, decoded as python3 decodes it (PEP 263, read once);
 * the SyntaxError when its bytes do not decode; null when it cannot be read.
 */
function readScript(path: string): string | PySyntaxError | null {
  let bytes: Buffer
  try {
    if (!statSync(path).isFile()) return null
    bytes = readFileSync(path)
  } catch {
    return null
  }
  try {
    return decodeSource(bytes, path, { scriptFile: true })
  } catch (e) {
    if (e instanceof PySyntaxError) return e
    throw e
  }
}
