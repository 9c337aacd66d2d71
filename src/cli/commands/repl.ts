// `heapscope` with no arguments (or `heapscope repl`): the interactive prompt.
// On a terminal it reads statements at ">>> " / "... ", runs them in one
// __main__ as python3's REPL does (expression values are echoed), and ends on
// Ctrl-D or exit(). Ctrl-C at the prompt discards the input being typed
// ("KeyboardInterrupt"); Ctrl-C while a statement runs raises KeyboardInterrupt
// in it. For that the interpreter runs in a worker thread (repl-worker.ts)
// while this thread keeps the terminal (repl-terminal.ts). With stdin not a
// terminal, like python3, the whole input is read and run as a program named
// <stdin>, on this thread.

import { readFileSync } from "node:fs"
import type { Command } from "../io.js"
import { Interpreter } from "../../interpreter.js"
import { parse } from "../../compiler/parser.js"
import { PySyntaxError } from "../../compiler/errors.js"
import { eventsModule, readlineModule, workerThreadsModule } from "../node-modules.js"
import { nodeHost } from "./run.js"
import { releaseOptimizer } from "../tiering.js"
import { ReplWorker } from "./repl-worker.js"
import { Terminal } from "./repl-terminal.js"

/** Messages of syntax errors that only mean "the statement goes on". */
const INCOMPLETE = [
  /was never closed$/,
  /^unexpected EOF while parsing$/,
  /^expected an indented block/,
  /^unterminated triple-quoted string literal/,
]

/**
 * Whether the lines typed so far need more: an unfinished bracket, string or
 * block, or a compound statement not yet ended by an empty line.
 */
export function needsMore(lines: readonly string[]): boolean {
  const source = lines.join("\n") + "\n"
  const last = lines[lines.length - 1] ?? ""
  // A compound statement ends with an empty line; a simple one as soon as it parses.
  const first = (lines[0] ?? "").trimStart()
  const compound =
    /^(if|elif|else|for|while|try|except|finally|with|def|class|async|match|case)\b/.test(first) ||
    first.startsWith("@") ||
    /:\s*(#.*)?$/.test(lines[0] ?? "")
  try {
    parse(source, "<stdin>", "single")
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return false
    if (INCOMPLETE.some((re) => re.test(e.msg))) return last !== ""
    // A try block not yet followed by its handlers: the except may come next,
    // unless something else already came after the block.
    return (
      /^expected 'except' or 'finally' block$/.test(e.msg) &&
      last !== "" &&
      e.lineno === lines.length &&
      e.offset > last.length
    )
    return false
  }
  return compound && last.trim() !== ""
}

/** The REPL command. */
export const replCommand: Command = {
  name: "repl",
  summary: "the interactive prompt (also `heapscope` with no arguments)",
  async run(args, io) {
    if (!process.stdin.isTTY || args.includes("--no-tty")) {
      // python3 reading a program from a pipe.
      const it = new Interpreter({ host: nodeHost(io), argv: [""] })
      releaseOptimizer()
      const source = readFileSync(0, "utf8")
      const status = it.run(source, "<stdin>")
      // python3 ends by SIGINT then; this thread cannot catch it, 130 is that status.
      return it.unhandledKeyboardInterrupt ? 130 : status
    }
    const [readline, workers, events] = await Promise.all([
      readlineModule(),
      workerThreadsModule(),
      eventsModule(),
    ])
    const terminal = new Terminal(readline, events)
    // V8's flags are the process's, and the worker's code cache is refused
    // under other flags than the defaults it was made with (tiering.ts).
    releaseOptimizer()
    // Started first: the worker loads while the banner and the first prompt show.
    const worker = new ReplWorker(workers, async (prompt) => {
      const r = await terminal.read(prompt, true)
      if (r.kind === "interrupt") worker.interrupt()
      return r.kind === "line" ? r.line : null
    })
    io.stdout(
      `heapscope 0.1.0 (Python 3.11 semantics) on Node ${process.version}\n` +
        'Type "exit()" or Ctrl-D to leave.\n',
    )
    // Ctrl-C while a statement runs (the terminal is in cooked mode then).
    const onSigint = (): void => {
      if (worker.running) worker.interrupt()
    }
    process.on("SIGINT", onSigint)
    let lines: string[] = []
    let status = 0
    // Output that did not end its line stays in front of the next prompt, as in python3.
    let tail = ""
    try {
      for (;;) {
        const r = await terminal.read(tail + (lines.length === 0 ? ">>> " : "... "))
        tail = ""
        if (r.kind === "interrupt") {
          io.stdout("\nKeyboardInterrupt\n")
          lines = []
          continue
        }
        if (r.kind === "eof") {
          io.stdout("\n")
          break
        }
        lines.push(r.line)
        if (lines.length === 1 && r.line.trim() === "") lines = []
        else if (!needsMore(lines)) {
          const done = await worker.run(lines.join("\n") + "\n")
          lines = []
          tail = done.tail
          if (done.exit) {
            status = done.status
            break
          }
        }
      }
      await worker.finish()
    } finally {
      terminal.close()
      process.off("SIGINT", onSigint)
    }
    return status
  },
}
