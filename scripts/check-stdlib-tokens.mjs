#!/usr/bin/env node
// Tokenizes every .py file of the local python3 stdlib with heapscope and compares
// the stream with Lib/tokenize's (NL and COMMENT left out; NEWLINE, INDENT, DEDENT
// and ENDMARKER compared on what both define: see scripts/stdlib-tokens-dump.py),
// and reports how long heapscope's tokenizer took.
//
//   node scripts/check-stdlib-tokens.mjs [--show N]
//
// Files Lib/tokenize rejects, and files where the two tokenizers legitimately
// differ ("<>", tabs that CPython's C tokenizer rejects), are listed, not failed.

import { execFileSync, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, relative } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Buffer } from "node:buffer"
import { build } from "esbuild"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")
const showIdx = process.argv.indexOf("--show")
const show = showIdx >= 0 ? Number(process.argv[showIdx + 1]) : 10

async function load() {
  const dir = mkdtempSync(join(tmpdir(), "heapscope-tok-"))
  const entry = join(dir, "entry.ts")
  writeFileSync(entry, `export * from "${root}/src/compiler/tokenizer.js"\n`)
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: join(dir, "t.mjs"),
    logLevel: "error",
  })
  const mod = await import(pathToFileURL(join(dir, "t.mjs")).href)
  rmSync(dir, { recursive: true, force: true })
  return mod
}

function project(toks) {
  const out = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (t.type === 4) out.push(`4 ${t.lineno} ${t.endCol}`)
    else if (t.type === 5) out.push(`5 ${t.lineno}`)
    else if (t.type === 6) {
      const n = toks[i + 1]
      out.push(n === undefined || n.type === 6 || n.type === 0 ? "6" : `6 ${t.lineno}`)
    } else if (t.type === 0) out.push("0")
    else
      out.push(
        `${t.type} ${Buffer.from(t.string, "utf8").toString("hex")} ${t.lineno} ${t.col} ${t.endLineno} ${t.endCol}`,
      )
  }
  return out.join("\n") + "\n"
}

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

const tok = await load()
const res = spawnSync("python3", [join(here, "stdlib-tokens-dump.py")], {
  input: files.join("\n") + "\n",
  maxBuffer: 1 << 28,
})
const py = new Map()
for (const line of res.stdout.toString().split("\n")) {
  if (!line) continue
  const [h, p] = line.split("\t")
  py.set(p, h)
}

let same = 0
let ms = 0
let bytes = 0
let ntok = 0
const differ = []
const ourErrors = []
const pyErrors = []
for (const f of files) {
  const raw = readFileSync(f)
  let text
  try {
    text = tok.decodeSource(new Uint8Array(raw), f)
  } catch (e) {
    ourErrors.push(`${relative(stdlib, f)}: ${e.msg ?? e}`)
    continue
  }
  let toks
  const t0 = performance.now()
  try {
    toks = tok.tokenize(text, { filename: f })
  } catch (e) {
    ms += performance.now() - t0
    ourErrors.push(`${relative(stdlib, f)}: ${e.msg ?? e} (line ${e.lineno})`)
    continue
  }
  ms += performance.now() - t0
  bytes += raw.length
  ntok += toks.length
  const h = createHash("sha1").update(project(toks)).digest("hex")
  const want = py.get(f)
  if (want === "ERR") pyErrors.push(relative(stdlib, f))
  else if (want === h) same++
  else differ.push(relative(stdlib, f))
}
console.log(`differ (${differ.length}):`)
for (const d of differ.slice(0, show)) console.log("  " + d)
console.log(`heapscope tokenizer errors (${ourErrors.length}):`)
for (const d of ourErrors.slice(0, show)) console.log("  " + d)
console.log(`Lib/tokenize errors (${pyErrors.length}): ${pyErrors.slice(0, show).join(", ")}`)
console.log(
  `${files.length} files: ${same} identical token streams; tokenized ${(bytes / 1e6).toFixed(1)} MB, ${ntok} tokens in ${(ms / 1000).toFixed(2)} s`,
)
