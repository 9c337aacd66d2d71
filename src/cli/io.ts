/** The two text streams a CLI command writes to; tests pass in-memory ones. */
export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  /**
   * True for the process's own stdout and stderr (main.ts): `heapscope run`
   * then takes Ctrl-C and reads stdin through a watcher thread (sigint-watch.ts).
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
/** A start-up failure python3 reports as "Fatal Python error: ..." with status 1. */
export class FatalError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "FatalError"
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "UsageError"
  }
}
