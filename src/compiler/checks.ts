// The SyntaxErrors CPython finds after parsing: ast.parse() accepts these
// programs, compile() does not. Three stages, in CPython's order:
//
//   1. future.c   the `from __future__ import ...` block at the top of a module
//   2. symtable.c scopes (buildSymtable in symtable.ts)
//   3. compile.c  code generation: 'return' outside function, starred targets,
//                 loops and except* blocks, match patterns, __debug__, ...
//
// Stage 3 walks the tree in the order compile.c emits code (which is not source
// order: an assignment's value before its targets, a comprehension's body before
// its first iterable, decorators before defaults) and tracks the "current
// location" the way compile.c does, so the first error and its position match.
//
// @cpython Python/future.c, Python/compile.c

import type * as A from "./ast-nodes.js"
import { CodegenChecker, isDocstring } from "./checks-codegen.js"
import { PySyntaxError, type CompileWarning } from "./errors.js"
import { buildSymtable, type Loc, type SymbolTable } from "./symtable.js"

/** Features `from __future__ import` accepts in 3.11 (all but `annotations` are no-ops). */
const FUTURE_FEATURES = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "barry_as_FLUFL",
  "generator_stop",
  "annotations",
])

/** What the future pass found. `lineno` is the line of the last future import, -1 if none. */
export interface FutureFeatures {
  annotations: boolean
  barryAsFlufl: boolean
  lineno: number
}

/** Options of {@link compileChecks}. */
export interface CompileCheckOptions {
  /** compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for/with at module level (asyncio REPL). */
  allowTopLevelAwait?: boolean
  /** Receives compile.c's SyntaxWarnings in the order CPython emits them (duplicates included). */
  warn?: (warning: CompileWarning) => void
  /**
   * The current contents of the file `filename` names, when there is one (a
   * script, an imported module). CPython reads the offending line back from
   * that file for SyntaxError.text; without a file (`-c`, exec of a string)
   * text stays null, as in CPython.
   */
  fileText?: string
}

/**
 * Runs CPython's post-parse checks on a module and returns its symbol table.
 * Throws a PySyntaxError for the first error CPython reports, with its message
 * and position (1-based columns in UTF-8 bytes, as compile() gives them; an
 * offset CPython leaves as None is -1 here... see docs/internals/compiler-symtable.md).
 */
export function compileChecks(
  mod: A.ModNode,
  filename: string,
  options: CompileCheckOptions = {},
): SymbolTable {
  try {
    const future = futureFeatures(mod, filename)
    const table = buildSymtable(mod, filename, { futureAnnotations: future.annotations })
    new CodegenChecker(table, future, filename, options).module(mod)
    return table
  } catch (e) {
    if (e instanceof PySyntaxError && options.fileText !== undefined && e.text === null) {
      throw withProgramText(e, options.fileText)
    }
    throw e
  }
}

/**
 * PyErr_ProgramTextObject: the error's line as read back from the file, with
 * universal newlines (every line ending becomes "\n"); none for line -1 or past
 * the end. (CPython reads the file's bytes; `fileText` is its decoded text.)
 */
function withProgramText(e: PySyntaxError, fileText: string): PySyntaxError {
  let text: string | null = null
  if (e.lineno >= 1) {
    const re = /\r\n|\r|\n/g
    let start = 0
    for (let line = 1; line <= e.lineno; line++) {
      const m = re.exec(fileText)
      const end = m === null ? fileText.length : m.index
      if (line === e.lineno) {
        if (start < fileText.length || m !== null)
          text = fileText.slice(start, end) + (m ? "\n" : "")
        break
      }
      if (m === null) break
      start = m.index + m[0].length
    }
  }
  if (text !== null) text = lastChunk(text)
  return new PySyntaxError(
    e.kind,
    e.msg,
    e.filename,
    e.lineno,
    e.offset,
    e.endLineno,
    e.endOffset,
    text,
  )
}

/** CPython reads the file through a 1000-byte buffer: of a longer line, only the last piece remains. */
const PROGRAM_TEXT_CHUNK = 999

function lastChunk(line: string): string {
  const bytes = new TextEncoder().encode(line)
  if (bytes.length <= PROGRAM_TEXT_CHUNK) return line
  const start = Math.floor((bytes.length - 1) / PROGRAM_TEXT_CHUNK) * PROGRAM_TEXT_CHUNK
  return new TextDecoder("utf-8").decode(bytes.subarray(start))
}

// ───────────────────────────── future.c ─────────────────────────────

/**
 * future_parse: reads the future imports that open a module. Errors here carry
 * no end column (CPython's SyntaxError.end_offset is None; we store -1).
 */
export function futureFeatures(mod: A.ModNode, filename: string): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, barryAsFlufl: false, lineno: -1 }
  if (mod._type !== "Module" && mod._type !== "Interactive") return ff
  const body = mod.body
  let done = false
  let prevLine = 0
  for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++) {
    const s = body[i] as A.StmtNode
    if (done && s.lineno > prevLine) return ff
    prevLine = s.lineno
    if (s._type === "ImportFrom" && s.module === "__future__") {
      // Only reachable for `import x; from __future__ import y` on one line.
      // Only reachable for `import x; from __future__ import y` on one line; CPython
      // forgets the +1 here, so the offset is the 0-based column.
      if (done) {
        const msg = "from __future__ imports must occur at the beginning of the file"
        throw pointError(msg, filename, s, s.col_offset)
      }
      for (const a of s.names) {
        if (!FUTURE_FEATURES.has(a.name)) {
          const msg =
            a.name === "braces" ? "not a chance" : `future feature ${a.name} is not defined`
          throw pointError(msg, filename, s, s.col_offset + 1)
        }
        if (a.name === "annotations") ff.annotations = true
        if (a.name === "barry_as_FLUFL") ff.barryAsFlufl = true
      }
      ff.lineno = s.lineno
    } else {
      done = true
    }
  }
  return ff
}

function pointError(msg: string, filename: string, s: Loc, offset: number): PySyntaxError {
  return new PySyntaxError("SyntaxError", msg, filename, s.lineno, offset, s.lineno, -1, null)
}
