import { commands } from "./commands/index.js"
import { replCommand } from "./commands/repl.js"
import { REPL_WORKER_ARG, serveReplWorker } from "./commands/repl-worker.js"
import { FatalError, UsageError, type CliIO } from "./io.js"
import { stdWriter } from "./stdio.js"
import { holdOptimizer, releaseOptimizer } from "./tiering.js"

const nodeIO: CliIO = { stdout: stdWriter(1), stderr: stdWriter(2), isProcess: true }

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return `usage: heapscope <command> [options] [args]\n\ncommands:\n${lines.join("\n")}\n`
}

/** Runs the `heapscope` command line and returns the exit status. */
export async function main(argv: string[], io: CliIO = nodeIO): Promise<number> {
  // The commands release it once their interpreter is up (tiering.ts); the
  // finally below covers the commands that have none, and errors.
  holdOptimizer()
  try {
    return await runCommand(argv, io)
  } finally {
    releaseOptimizer()
  }
}

async function runCommand(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv
  // No arguments: the interactive prompt, as python3.
  if (name === undefined) return await replCommand.run([], io)
  // The REPL's interpreter thread runs this entry point again (commands/repl-worker.ts).
  if (name === REPL_WORKER_ARG) return await serveReplWorker()
  if (name === "-h" || name === "--help" || name === "help") {
    io.stdout(usage())
    return 0
  }
  const command = commands.find((c) => c.name === name)
  if (command === undefined) {
    io.stderr(`heapscope: unknown command '${name}'\n${usage()}`)
    return 2
  }
  try {
    return await command.run(rest, io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`heapscope ${command.name}: ${e.message}\n`)
      return 2
    }
    if (e instanceof FatalError) {
      io.stderr(`Fatal Python error: ${e.message}\n`)
      return 1
    }
    throw e
  }
}
