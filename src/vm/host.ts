// The host interface: everything the runtime needs from the outside world.
//
// The runtime never touches Node, the browser or the file system directly.
// The CLI, the lab worker and the tests each hand the Interpreter a Host:
//
//   Python code ──► print / sys.stdout.write ──► host.stdout(text)
//               ──► import mod               ──► host.readModule(path)
//               ──► input(), sys.stdin       ──► host.readStdin() (or readLine())
//               ──► time.time()              ──► host.now()
//   every few thousand loop iterations       ──► host.interrupted()  (Ctrl-C)
//
// Anything a host leaves out is simply unavailable to Python code (open()
// raises, imports of files fail with ModuleNotFoundError).

/** What the runtime may ask of its embedder. Every member is synchronous. */
export interface Host {
  /** Writes text to the process's standard output. */
  stdout(text: string): void
  /** Writes text to standard error. */
  stderr(text: string): void
  /**
   * Returns the source of the file at `path`, or null when it does not exist or
   * cannot be read. Used for the main script, imports and traceback source lines.
   */
  readFile(path: string): string | null
  /** Whether `path` is an existing directory (packages, sys.path entries). */
  isDir(path: string): boolean
  /**
   * open(path) for reading: the file's text, or null when it does not exist.
   * Leave it out to deny Python code any file access (open() then raises).
   */
  openFile?(path: string): string | null
  /**
   * One line of standard input without its newline, or null at end of file.
   * Used for input() and sys.stdin by hosts without `readStdin` (each line then
   * reads as ending with "\n").
   */
  readLine(): string | null
  /**
   * The next piece of standard input as it comes, line ends included: a line
   * from a terminal, up to a buffer's worth from a pipe or a file; null at end
   * of file (a later call may return more: a terminal goes on after Ctrl-D).
   * sys.stdin and input() keep their own buffer on top of it (src/modules/stdin.ts).
   * A host with `interrupted` returns null at once when an interrupt arrives.
   */
  readStdin?(): string | null
  /** Whether the file descriptor (0, 1, 2) is a terminal (sys.stdin.isatty()); false without it. */
  isatty?(fd: number): boolean
  /** Wall-clock time in seconds since the epoch (time.time()). */
  now(): number
  /** Monotonic time in seconds (time.perf_counter(), timeouts). */
  monotonic(): number
  /**
   * Blocks for `seconds` (time.sleep()); without it the runtime waits on its own.
   * A host with `interrupted` should return early when an interrupt arrives.
   */
  sleep?(seconds: number): void
  /**
   * The interrupt source (Ctrl-C): true once per interrupt request, which it
   * consumes. The runtime polls it every few thousand loop iterations and after
   * input() and time.sleep(), and raises KeyboardInterrupt where the program is.
   * Typically `Atomics.exchange(flag, 0, 0) !== 0` on a SharedArrayBuffer that
   * another thread (the CLI's main thread, the lab's page) sets while this one runs.
   */
  interrupted?(): boolean
  /**
   * The precompiled code of heapscope's library module `name` ("re", "collections.abc"):
   * the JSON that scripts/gen-lib-code.mjs writes at build time (see code-cache.ts), or
   * null. Without it, library modules are compiled from their source when imported.
   */
  libCode?(name: string): string | null
}

/** A host with no file system: stdout/stderr collected into strings (tests, the lab). */
export class MemoryHost implements Host {
  out = ""
  err = ""
  /** Path -> source, for imports and the main script. */
  readonly files: Map<string, string>
  /** Lines returned by readLine(), in order. */
  readonly stdinLines: string[]

  constructor(files: Record<string, string> = {}, stdinLines: string[] = []) {
    this.files = new Map(Object.entries(files))
    this.stdinLines = stdinLines.slice()
  }

  stdout(text: string): void {
    this.out += text
  }

  stderr(text: string): void {
    this.err += text
  }

  readFile(path: string): string | null {
    return this.files.get(path) ?? null
  }

  /** open() reads the in-memory files too. */
  openFile(path: string): string | null {
    return this.files.get(path) ?? null
  }

  isDir(path: string): boolean {
    const prefix = path.endsWith("/") ? path : path + "/"
    for (const k of this.files.keys()) if (k.startsWith(prefix)) return true
    return false
  }

  readLine(): string | null {
    return this.stdinLines.length > 0 ? (this.stdinLines.shift() as string) : null
  }

  now(): number {
    return Date.now() / 1000
  }

  monotonic(): number {
    return performance.now() / 1000
  }
}
