import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { dump } from "../../compiler/ast-dump.js"
import { PySyntaxError } from "../../compiler/errors.js"
import { formatSyntaxError } from "../../compiler/format-error.js"
import { CompilerLimitError } from "../../compiler/parser-core.js"
import { parse } from "../../compiler/parser.js"
import { decodeSource } from "../../compiler/source-encoding.js"
import { UsageError, type CliIO, type Command } from "../io.js"

const USAGE = "usage: heapscope ast [--no-attributes] (FILE.py | -c CODE)"

/**
 * `heapscope ast FILE.py` / `heapscope ast -c CODE`: prints the tree as
 * `ast.dump(ast.parse(source), include_attributes=True)` does in python3, so
 * the two can be compared byte for byte. A SyntaxError is printed as python3
 * prints it for a script (status 1); a file that cannot be read gives status 2.
 */
export const astCommand: Command = {
  name: "ast",
  summary: "print the AST of a Python file as ast.dump(..., include_attributes=True)",
  run(args, io) {
    let includeAttributes = true
    let code: string | null = null
    let file: string | null = null
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!
      if (a === "--no-attributes") includeAttributes = false
      else if (a === "-h" || a === "--help") {
        io.stdout(USAGE + "\n")
        return 0
      } else if (a === "-c") {
        if (i + 1 >= args.length) throw new UsageError("argument expected for the -c option")
        code = args[++i]!
      } else if (file === null && code === null && !a.startsWith("-")) file = a
      else throw new UsageError(`unexpected argument '${a}'\n${USAGE}`)
    }
    if (code !== null) return show(code, "<string>", false, includeAttributes, io)
    if (file === null) throw new UsageError(USAGE)
    let bytes: Uint8Array
    try {
      bytes = readFileSync(file)
    } catch (e) {
      const err = e as NodeJS.ErrnoException
      const errno =
        err.code === "ENOENT" ? 2 : err.code === "EISDIR" ? 21 : err.code === "EACCES" ? 13 : 5
      const what =
        err.code === "ENOENT"
          ? "No such file or directory"
          : err.code === "EISDIR"
            ? "Is a directory"
            : err.code === "EACCES"
              ? "Permission denied"
              : String(err.message)
      io.stderr(`heapscope: can't open file '${resolve(file)}': [Errno ${errno}] ${what}\n`)
      return 2
    }
    let source: string
    try {
      // python3 3.11 names its script by absolute path in errors.
      source = decodeSource(bytes, resolve(file), { scriptFile: true })
    } catch (e) {
      if (e instanceof PySyntaxError) {
        io.stderr(formatSyntaxError(e))
        return 1
      }
      throw e
    }
    return show(source, resolve(file), true, includeAttributes, io)
  },
}

function show(
  source: string,
  filename: string,
  fileMode: boolean,
  attrs: boolean,
  io: CliIO,
): number {
  try {
    const tree = parse(source, filename, "exec", { fileMode })
    io.stdout(dump(tree, { includeAttributes: attrs }) + "\n")
    return 0
  } catch (e) {
    if (e instanceof PySyntaxError) {
      io.stderr(formatSyntaxError(e))
      return 1
    }
    if (e instanceof CompilerLimitError) {
      io.stderr(e.message === "" ? `${e.kind}\n` : `${e.kind}: ${e.message}\n`)
      return 1
    }
    throw e
  }
}
