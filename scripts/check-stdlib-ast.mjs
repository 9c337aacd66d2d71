#!/usr/bin/env node
// Parses every .py file of the local python3 stdlib (site-packages excluded)
// with heapscope and with CPython, and compares `ast.dump(tree,
// include_attributes=True)` byte for byte.
//
//   node scripts/check-stdlib-ast.mjs [--limit N] [--filter SUBSTRING] [--show N] [--verbose]
//
// CPython's side runs in one python3 process (scripts/stdlib-ast-dump.py) that
// prints a SHA-1 of each dump; only differing files are dumped in full, to show
// the first difference. Files CPython rejects must be rejected by heapscope too.
// Exit status: 0 when every file agrees, 1 otherwise.

import { execFileSync, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, dirname, relative } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { build } from "esbuild"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")

function arg(name, dflt) {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : dflt
}
const limit = Number(arg("--limit", "0"))
const filter = arg("--filter", "")
const show = Number(arg("--show", "20"))
const verbose = process.argv.includes("--verbose")

/** Bundles the compiler's entry points into one temporary ESM file and imports it. */
export async function loadCompiler() {
  const dir = mkdtempSync(join(tmpdir(), "heapscope-ast-"))
  const entry = join(dir, "entry.ts")
  const out = join(dir, "compiler.mjs")
  const src = root.replace(/\\/g, "/")
  const { writeFileSync, existsSync, readdirSync: ls } = await import("node:fs")
  // decodeSource (PEP 263) lives in whichever compiler file exports it.
  let decoder = ""
  for (const name of ls(join(root, "src/compiler"))) {
    if (!name.endsWith(".ts")) continue
    const text = readFileSync(join(root, "src/compiler", name), "utf8")
    if (/export function decodeSource\b/.test(text) && existsSync(join(root, "src/compiler", name)))
      decoder = `export { decodeSource } from "${src}/src/compiler/${name.replace(/\.ts$/, ".js")}"\n`
  }
  writeFileSync(
    entry,
    `export { parse } from "${src}/src/compiler/parser.js"\n` +
      `export { dump } from "${src}/src/compiler/ast-dump.js"\n` +
      `export { PySyntaxError } from "${src}/src/compiler/errors.js"\n` +
      decoder,
  )
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "error",
  })
  const mod = await import(pathToFileURL(out).href)
  rmSync(dir, { recursive: true, force: true })
  return mod
}

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

function runPython(files, full) {
  const res = spawnSync(
    "python3",
    [join(here, "stdlib-ast-dump.py"), ...(full ? ["--full"] : [])],
    {
      input: files.join("\n") + "\n",
      maxBuffer: 1 << 30,
    },
  )
  if (res.status !== 0) throw new Error("python3 failed: " + res.stderr.toString())
  const out = new Map()
  for (const line of res.stdout.toString().split("\n")) {
    if (!line) continue
    const parts = line.split("\t")
    out.set(parts[1], parts)
  }
  return out
}

function unescapePy(s) {
  return s.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|\\|n|t|r|')/g, (_m, e) => {
    if (e === "\\") return "\\"
    if (e === "n") return "\n"
    if (e === "t") return "\t"
    if (e === "r") return "\r"
    if (e === "'") return "'"
    return String.fromCodePoint(parseInt(e.slice(1), 16))
  })
}

async function main() {
  const { parse, dump, PySyntaxError, decodeSource } = await loadCompiler()
  let { stdlib, files } = stdlibFiles()
  if (filter) files = files.filter((f) => f.includes(filter))
  if (limit > 0) files = files.slice(0, limit)
  const t0 = performance.now()
  const py = runPython(files, false)
  const tPy = performance.now() - t0

  const same = []
  const differ = []
  const weFail = []
  const bothReject = []
  const weAccept = []
  const crashes = []
  const rejectDiffer = []
  const mine = new Map()
  const t1 = performance.now()
  for (const f of files) {
    const bytes = readFileSync(f)
    const ref = py.get(f)
    let text
    let err = null
    try {
      const source = decodeSource ? decodeSource(bytes, f) : new TextDecoder().decode(bytes)
      text = dump(parse(source, f, "exec"), { includeAttributes: true })
    } catch (e) {
      err = e
    }
    const rel = relative(stdlib, f)
    if (ref === undefined) {
      crashes.push(`${rel}: no result from python3`)
      continue
    }
    if (ref[0] === "ERR") {
      if (err !== null)
        bothReject.push(
          `${rel}: python3 ${ref[2]}: ${ref[3]} (line ${ref[4]}); heapscope: ${err.msg ?? err.message}`,
        )
      else weAccept.push(`${rel}: python3 ${ref[2]}: ${ref[3]} (line ${ref[4]})`)
      continue
    }
    if (err !== null) {
      if (err instanceof PySyntaxError)
        weFail.push(`${rel}: ${err.kind}: ${err.msg} (line ${err.lineno}, offset ${err.offset})`)
      else
        crashes.push(
          `${rel}: ${err && err.stack ? err.stack.split("\n").slice(0, 3).join(" | ") : String(err)}`,
        )
      continue
    }
    const hash = createHash("sha1").update(text, "utf8").digest("hex")
    if (hash === ref[2]) same.push(rel)
    else {
      differ.push(f)
      mine.set(f, text)
    }
  }
  const tUs = performance.now() - t1

  // Show where the differing files first differ.
  const diffLines = []
  if (differ.length > 0) {
    const full = runPython(differ.slice(0, show), true)
    for (const f of differ.slice(0, show)) {
      const theirs = unescapePy(full.get(f)[2])
      const ours = mine.get(f)
      let i = 0
      while (i < ours.length && i < theirs.length && ours[i] === theirs[i]) i++
      diffLines.push(
        `${relative(stdlib, f)} @${i}:\n    heapscope: …${ours.slice(Math.max(0, i - 80), i + 80)}\n    python3:   …${theirs.slice(Math.max(0, i - 80), i + 80)}`,
      )
    }
  }

  const section = (title, items, n = show) => {
    if (items.length === 0) return
    console.log(`\n${title} (${items.length}):`)
    for (const x of items.slice(0, verbose ? items.length : n)) console.log("  " + x)
    if (!verbose && items.length > n) console.log(`  ... ${items.length - n} more (--verbose)`)
  }
  section("differ (first difference)", diffLines)
  if (differ.length > show) console.log(`  ... ${differ.length - show} more differing files`)
  section("heapscope rejects, python3 accepts", weFail)
  section("heapscope crashes", crashes)
  section("python3 rejects, heapscope accepts", weAccept)
  section("both reject", bothReject, 5)
  section("both reject, with a different message or line", rejectDiffer)
  const accepted = files.length - bothReject.length - weAccept.length
  console.log(
    `\n${files.length} files: ${same.length}/${accepted} identical dumps, ${differ.length} differ, ` +
      `${weFail.length} rejected by heapscope only, ${crashes.length} crashes; ` +
      `${bothReject.length + weAccept.length} rejected by python3 (${weAccept.length} accepted by heapscope, ` +
      `${bothReject.length - rejectDiffer.length} with the same message and line)`,
  )
  console.log(
    `time: heapscope parse+dump ${(tUs / 1000).toFixed(1)} s, python3 parse+dump+hash ${(tPy / 1000).toFixed(1)} s`,
  )

  // test_syntax.py's doctest snippets: same SyntaxError (class, message, location)?
  const snippets = JSON.parse(
    execFileSync("python3", [join(here, "syntax-snippets.py")]).toString(),
  )
  let agree = 0
  const disagree = []
  for (const c of snippets) {
    let got = null
    try {
      parse(c.source, "<doctest>", "exec")
    } catch (e) {
      got =
        e instanceof PySyntaxError
          ? [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset]
          : ["crash", String(e)]
    }
    const want = c.error ?? null
    if (JSON.stringify(got) === JSON.stringify(want)) agree++
    else
      disagree.push(
        `${JSON.stringify(c.source).slice(0, 70)}: heapscope ${JSON.stringify(got)}, python3 ${JSON.stringify(want)}`,
      )
  }
  section("test_syntax.py snippets that differ", disagree)
  console.log(
    `test_syntax.py: ${agree}/${snippets.length} snippets give the same result (tree, or SyntaxError with message and location)`,
  )
  process.exitCode =
    differ.length +
      weFail.length +
      crashes.length +
      weAccept.length +
      rejectDiffer.length +
      disagree.length ===
    0
      ? 0
      : 1
}

await main()
