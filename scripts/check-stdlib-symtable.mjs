#!/usr/bin/env node
// Builds the symbol table of every .py file of the local python3 stdlib with
// heapscope and compares it with python3's `symtable` module (block tree, names
// in order with their raw flags and scopes, parameters) and with python3's code
// objects (generator/coroutine flags, co_cellvars, co_freevars). Files that
// ast.parse accepts but compile() rejects must give the same SyntaxError.
//
//   node scripts/check-stdlib-symtable.mjs [--our-parser] [--limit N] [--filter SUBSTRING] [--show N]
//
// By default the trees come from python3's ast module (scripts/stdlib-symtable-dump.py
// --ast), which checks the symtable alone; --our-parser parses with heapscope instead,
// which checks parser + symtable together. Slow (about a minute): not part of `npm test`.
// Exit status: 0 when every file agrees, 1 otherwise.

import { execFileSync, spawnSync } from "node:child_process"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { firstDiff, loadCompiler, reviver, runChecks } from "./compiler-bundle.mjs"

const here = dirname(fileURLToPath(import.meta.url))

function arg(name, dflt) {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : dflt
}
const limit = Number(arg("--limit", "0"))
const filter = arg("--filter", "")
const show = Number(arg("--show", "10"))
const ourParser = process.argv.includes("--our-parser")

function stdlibFiles() {
  const stdlib = execFileSync("python3", [
    "-c",
    "import sysconfig;print(sysconfig.get_paths()['stdlib'])",
  ])
    .toString()
    .trim()
  const files = []
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      if (name === "site-packages" || name === "__pycache__") continue
      const st = statSync(p, { throwIfNoEntry: false })
      if (st === undefined) continue
      if (st.isDirectory()) walk(p)
      else if (name.endsWith(".py")) files.push(p)
    }
  }
  walk(stdlib)
  return { stdlib, files }
}

/** python3's answers for a batch of files, one parsed JSON object per file. */
function runPython(files, revive) {
  const args = [join(here, "stdlib-symtable-dump.py"), ...(ourParser ? [] : ["--ast"])]
  const res = spawnSync("python3", args, { input: files.join("\n") + "\n", maxBuffer: 1 << 30 })
  if (res.status !== 0) throw new Error("python3 failed: " + res.stderr.toString())
  return res.stdout
    .toString()
    .split("\n")
    .filter((l) => l)
    .map((l) => {
      try {
        return JSON.parse(l, revive)
      } catch (e) {
        throw new Error(`bad JSON from python3 for ${l.slice(0, 100)}: ${e.message.slice(0, 100)}`)
      }
    })
}

/** Our table in the compact shape of stdlib-symtable-dump.py. */
function describe(ste, theirs) {
  const out = {
    type: ste.type,
    name: ste.name,
    lineno: ste.lineno,
    nested: ste.nested,
    optimized: ste.type === "function",
    varnames: [...ste.varnames],
    symbols: passThroughSorted([...ste.symbols].map(([n, f]) => [n, f])),
    code: null,
    children: [],
  }
  if (ste.type !== "module" && theirs?.code) {
    out.code = {
      generator: ste.generator && !ste.coroutine,
      coroutine: ste.coroutine && !ste.generator,
      async_generator: ste.generator && ste.coroutine,
      params: [...ste.varnames],
      cellvars: ste.cellvars(),
      freevars: ste.freevars(),
    }
  }
  out.children = ste.children.map((c, i) => describe(c, theirs?.children?.[i]))
  return out
}

/**
 * Names that a block only passes through to a child (flags exactly FREE << 11)
 * are appended by CPython while iterating a set, i.e. in string-hash order,
 * which changes with PYTHONHASHSEED; compare them sorted.
 */
function passThroughSorted(symbols) {
  const through = symbols
    .filter(([, f]) => f === 4 << 11)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return [...symbols.filter(([, f]) => f !== 4 << 11), ...through]
}

function sortTables(t) {
  t.symbols = passThroughSorted(t.symbols)
  t.children.forEach(sortTables)
  return t
}

async function main() {
  const C = await loadCompiler({ withParser: ourParser })
  const revive = reviver(C)
  let { stdlib, files } = stdlibFiles()
  if (filter) files = files.filter((f) => f.includes(filter))
  if (limit > 0) files = files.slice(0, limit)
  const counts = {
    same: 0,
    differ: 0,
    sameError: 0,
    errorDiffers: 0,
    skipped: 0,
    crash: 0,
    parserFails: 0,
    sameWarnings: 0,
    warningsDiffer: 0,
  }
  const problems = []
  let tOurs = 0
  const BATCH = 40
  for (let i = 0; i < files.length; i += BATCH) {
    for (const r of runPython(files.slice(i, i + BATCH), revive)) {
      const name = relative(stdlib, r.path)
      if (r.skip) {
        counts.skipped++
        continue
      }
      let tree = r.ast
      const t0 = performance.now()
      if (ourParser) {
        try {
          tree = C.parse(readFileSync(r.path, "utf8"), r.path, "exec")
        } catch {
          counts.parserFails++
          continue
        }
      }
      let result
      try {
        result = runChecks(C, tree, r.path)
      } catch (e) {
        counts.crash++
        problems.push(
          `${name}: crash ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e}`,
        )
        continue
      }
      const { table, warnings, error: err } = result
      tOurs += performance.now() - t0
      if (r.error || err) {
        const want = r.error ? { ...r.error, end_offset: r.error.end_offset ?? -1 } : null
        const d = firstDiff(err, want)
        if (d === null) counts.sameError++
        else {
          counts.errorDiffers++
          problems.push(`${name}: error ${d}`)
        }
        continue
      }
      const dw = firstDiff(warnings, r.warnings ?? [])
      if (dw === null) counts.sameWarnings++
      else {
        counts.warningsDiffer++
        problems.push(`${name}: warnings ${dw}`)
      }
      const d = firstDiff(describe(table.top, r.table), sortTables(r.table))
      if (d === null) counts.same++
      else {
        counts.differ++
        problems.push(`${name}: ${d}`)
      }
    }
  }
  for (const p of problems.slice(0, show)) console.log(p)
  console.log(
    `files: ${files.length}  identical tables: ${counts.same}  differing: ${counts.differ}  ` +
      `same SyntaxError: ${counts.sameError}  different error: ${counts.errorDiffers}  ` +
      `crashes: ${counts.crash}  rejected by ast.parse: ${counts.skipped}  ` +
      `same SyntaxWarnings: ${counts.sameWarnings}  different warnings: ${counts.warningsDiffer}` +
      (ourParser ? `  our parser failed: ${counts.parserFails}` : ""),
  )
  console.log(
    `heapscope time (${ourParser ? "parse + " : ""}symtable + checks): ${(tOurs / 1000).toFixed(2)}s`,
  )
  process.exitCode = problems.length === 0 ? 0 : 1
}

await main()
