/** The two text streams a CLI command writes to; tests pass in-memory ones. */
export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  /**
   * True for the process's own file descriptors 1 and 2 (main.ts): `heapscope
   * run` may then run the program in a worker thread writing to them directly.
   */
  isProcess?: boolean
}

/** What a subcommand module exports: its name, one line of help, and its body. */
export interface Command {
  name: string
  summary: string
  /** Returns the process exit status. */
  run(args: string[], io: CliIO): number | Promise<number>
}

/** A usage problem: reported on stderr with exit status 2, like python3's bad options. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "UsageError"
  }
}
