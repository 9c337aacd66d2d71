import type { Command } from "../io.js"
import { astCommand } from "./ast.js"
import { heapCommand } from "./heap.js"
import { replCommand } from "./repl.js"
import { runCommand } from "./run.js"

/** Every subcommand of `heapscope`, in the order `heapscope --help` lists them. */
export const commands: Command[] = [runCommand, replCommand, heapCommand, astCommand]
