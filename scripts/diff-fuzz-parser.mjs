#!/usr/bin/env node
// Differential fuzzing of the parser against python3: random stdlib snippets
// with characters deleted, inserted or duplicated are parsed by both; the
// tree dumps, or the SyntaxErrors (class, message, location), must agree.
//
//   node scripts/diff-fuzz-parser.mjs [SEED] [COUNT] [SHOW]
//
// Exit status 1 if any case accepts/rejects differently, dumps differently or
// crashes; differing error messages or locations are reported and counted.

import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { build } from "esbuild"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..").replace(/\\/g, "/")
const [seed = "1", count = "2000", showArg = "8"] = process.argv.slice(2)
const show = Number(showArg)

const dir = mkdtempSync(join(tmpdir(), "heapscope-diff-"))
writeFileSync(
  join(dir, "entry.ts"),
  `export { parse } from "${root}/src/compiler/parser.js"\nexport { dump } from "${root}/src/compiler/ast-dump.js"\n`,
)
await build({
  entryPoints: [join(dir, "entry.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: join(dir, "c.mjs"),
  logLevel: "error",
})
const { parse, dump } = await import(pathToFileURL(join(dir, "c.mjs")).href)
rmSync(dir, { recursive: true, force: true })

const cases = JSON.parse(
  execFileSync("python3", [join(here, "parser-diff-cases.py"), seed, count], {
    maxBuffer: 1 << 30,
  }).toString(),
)
const stats = { same: 0, acceptReject: 0, dump: 0, message: 0, location: 0, crash: 0 }
const shown = {}
const report = (kind, ...lines) => {
  shown[kind] = (shown[kind] ?? 0) + 1
  if (shown[kind] <= show) console.log(kind, ...lines)
}
for (const c of cases) {
  let got
  try {
    got = { dump: dump(parse(c.source), { includeAttributes: true }) }
  } catch (e) {
    got = e.kind
      ? { error: [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset] }
      : { crash: String(e && e.stack).slice(0, 300) }
  }
  const src = JSON.stringify(c.source).slice(0, 160)
  if (got.crash) {
    stats.crash++
    report("crash", src, got.crash)
  } else if ((c.dump !== undefined) !== (got.dump !== undefined)) {
    stats.acceptReject++
    report("accept/reject", src, JSON.stringify(got.error ?? c.error))
  } else if (c.dump !== undefined) {
    if (got.dump === c.dump) stats.same++
    else {
      stats.dump++
      report("dump", src)
    }
  } else if (JSON.stringify(got.error) === JSON.stringify(c.error)) stats.same++
  else {
    const kind = got.error[1] === c.error[1] ? "location" : "message"
    stats[kind]++
    report(
      kind,
      src,
      "\n  heapscope",
      JSON.stringify(got.error),
      "\n  python3  ",
      JSON.stringify(c.error),
    )
  }
}
console.log(`${cases.length} cases (seed ${seed}):`, JSON.stringify(stats))
process.exitCode = stats.acceptReject + stats.dump + stats.crash === 0 ? 0 : 1
