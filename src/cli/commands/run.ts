// `heapscope run FILE.py [ARGS]`, `heapscope run -c CODE [ARGS]`,
// `heapscope run -m MODULE [ARGS]`: like `python3 FILE.py`.
//
// Exit statuses as python3: 0, 1 for an uncaught exception (traceback on
// stderr), SystemExit's code, 2 for a file that cannot be opened or a bad option.

import { readFileSync, statSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { UsageError, type CliIO, type Command } from "../io.js"
import { Interpreter } from "../../interpreter.js"
import type { Host } from "../../vm/host.js"
import { releaseOptimizer } from "../tiering.js"

/** A host backed by the real file system, writing to the CLI's streams. */
export function nodeHost(io: CliIO): Host {
  let stdinLines: string[] | null = null
  return {
    stdout: (s) => io.stdout(s),
    stderr: (s) => io.stderr(s),
    readFile: (p) => {
      try {
        if (!statSync(p).isFile()) return null
        return readFileSync(p, "utf8")
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
    readLine: () => {
      if (stdinLines === null) {
        try {
          stdinLines = readFileSync(0, "utf8").split("\n")
          if (stdinLines[stdinLines.length - 1] === "") stdinLines.pop()
        } catch {
          stdinLines = []
        }
      }
      return stdinLines.length > 0 ? (stdinLines.shift() as string) : null
    },
    now: () => Date.now() / 1000,
    monotonic: () => performance.now() / 1000,
  }
}

/** Parses the run options; returns what to run and sys.argv. */
function parseRunArgs(args: string[]): {
  mode: "file" | "code" | "module"
  target: string
  argv: string[]
  limits: { maxMemory?: number; timeout?: number; maxSteps?: number }
} {
  const limits: { maxMemory?: number; timeout?: number; maxSteps?: number } = {}
  let i = 0
  while (i < args.length) {
    const a = args[i] as string
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
      }
    } else if (a === "-m") {
      if (args[i + 1] === undefined) throw new UsageError("Argument expected for the -m option")
      const m = args[i + 1] as string
      return { mode: "module", target: m, argv: [m, ...args.slice(i + 2)], limits }
    } else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`)
    else return { mode: "file", target: a, argv: args.slice(i), limits }
  }
  throw new UsageError("usage: heapscope run FILE.py [ARGS] | -c CODE | -m MODULE")
}

/** `heapscope run`. */
export const runCommand: Command = {
  name: "run",
  summary: "run a Python program (FILE.py, -c CODE or -m MODULE) like python3",
  run(args, io) {
    const opts = parseRunArgs(args)
    const host = nodeHost(io)
    if (opts.mode === "file") {
      const path = resolve(opts.target)
      const src = host.readFile(path)
      if (src === null) {
        io.stderr(`heapscope: can't open file '${path}': [Errno 2] No such file or directory\n`)
        return 2
      }
      // sys.path[0] is the script's directory, absolute, as python3 sets it.
      const it = new Interpreter({
        host,
        argv: opts.argv,
        path: [dirname(path)],
        limits: opts.limits,
      })
      releaseOptimizer()
      // python3 names the main script by its absolute path (__file__, tracebacks).
      return it.run(src, path)
    }
    if (opts.mode === "code") {
      const it = new Interpreter({ host, argv: opts.argv, limits: opts.limits })
      releaseOptimizer()
      return it.run(opts.target, "<string>")
    }
    // -m: the module's file (or package's __main__.py) found from the current directory.
    const rel = opts.target.replace(/\./g, "/")
    for (const candidate of [`${rel}.py`, `${rel}/__main__.py`]) {
      const path = resolve(candidate)
      const src = host.readFile(path)
      if (src === null) continue
      const it = new Interpreter({ host, argv: [path, ...opts.argv.slice(1)], limits: opts.limits })
      releaseOptimizer()
      return it.run(src, path)
    }
    io.stderr(`heapscope: No module named ${opts.target}\n`)
    return 1
  },
}
