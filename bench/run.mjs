#!/usr/bin/env node
// Runs the benchmarks: every bench/*.bench.ts is one. Each is bundled with esbuild into
// bench/out/<name>.mjs (git-ignored) and run with node, one after the other, never in
// parallel (the machine is shared).
//   node bench/run.mjs            run them all
//   node bench/run.mjs memory     run bench/memory.bench.ts only (any name or substring)
//   node bench/run.mjs --list     list them
import { spawnSync } from "node:child_process"
import { mkdirSync, readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, "out")
const all = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.slice(0, -".bench.ts".length))
  .sort()

const args = process.argv.slice(2)
if (args.includes("--list")) {
  process.stdout.write(all.join("\n") + "\n")
  process.exit(0)
}
const wanted = args.filter((a) => !a.startsWith("-"))
const chosen = wanted.length === 0 ? all : all.filter((n) => wanted.some((w) => n.includes(w)))
if (chosen.length === 0) {
  process.stderr.write(
    `bench: no benchmark matches ${wanted.join(", ")}; available: ${all.join(", ") || "none"}\n`,
  )
  process.exit(2)
}

mkdirSync(out, { recursive: true })
let failed = 0
for (const name of chosen) {
  const outfile = join(out, `${name}.mjs`)
  await build({
    entryPoints: [join(here, `${name}.bench.ts`)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
  })
  process.stdout.write(`\n=== ${name} ===\n`)
  const r = spawnSync(process.execPath, ["--enable-source-maps", outfile], {
    stdio: "inherit",
  })
  if (r.status !== 0) failed++
}
process.exit(failed === 0 ? 0 : 1)
