// `heapscope` with no arguments (or `heapscope repl`): the interactive prompt.
// On a terminal it reads statements at ">>> " / "... ", runs them in one
// __main__ as python3's REPL does (expression values are echoed), and ends on
// Ctrl-D or exit(). Ctrl-C at the prompt discards the input being typed
// ("KeyboardInterrupt"). With stdin not a terminal, like python3, the whole
// input is read and run as a program named <stdin>.

import { readFileSync } from "node:fs"
import type { Command } from "../io.js"
import { Interpreter } from "../../interpreter.js"
import { parse } from "../../compiler/parser.js"
import { PySyntaxError } from "../../compiler/errors.js"
import { nodeHost } from "./run.js"
import { releaseOptimizer } from "../tiering.js"

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
    if (e instanceof PySyntaxError) return INCOMPLETE.some((re) => re.test(e.msg)) && last !== ""
    return false
  }
  return compound && last.trim() !== ""
}

/** The REPL command. */
export const replCommand: Command = {
  name: "repl",
  summary: "the interactive prompt (also `heapscope` with no arguments)",
  async run(args, io) {
    const it = new Interpreter({ host: nodeHost(io), argv: [""] })
    releaseOptimizer()
    if (!process.stdin.isTTY || args.includes("--no-tty")) {
      // python3 reading a program from a pipe.
      const source = readFileSync(0, "utf8")
      return it.run(source, "<stdin>")
    }
    io.stdout(
      `heapscope 0.1.0 (Python 3.11 semantics) on Node ${process.version}\n` +
        'Type "exit()" or Ctrl-D to leave.\n',
    )
    // Loaded here, not with the module: every other command would pay for it at start-up.
    const { createInterface } = await import("node:readline")
    const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: ">>> " })
    let lines: string[] = []
    let status = 0
    await new Promise<void>((done) => {
      rl.on("SIGINT", () => {
        io.stdout("\nKeyboardInterrupt\n")
        lines = []
        rl.write(null, { ctrl: true, name: "u" }) // drop what was typed on the line
        rl.setPrompt(">>> ")
        rl.prompt()
      })
      rl.on("line", (line) => {
        lines.push(line)
        if (lines.length === 1 && line.trim() === "") {
          lines = []
        } else if (needsMore(lines)) {
          rl.setPrompt("... ")
          rl.prompt()
          return
        } else {
          const r = it.runInteractive(lines.join("\n") + "\n")
          lines = []
          if (r.exit) {
            status = r.status
            rl.close()
            return
          }
        }
        rl.setPrompt(">>> ")
        rl.prompt()
      })
      rl.on("close", () => done())
      rl.prompt()
    })
    it.finishInteractive()
    io.stdout("\n")
    return status
  },
}
