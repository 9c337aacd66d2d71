// Runs the Python programs in bench/programs/ on heapscope and on python3, one
// after the other in the same run, and prints the ratios of wall time and of
// peak RSS (both measured by /usr/bin/time), with their geometric means.
// The outputs of the two must be identical, or the program counts as failed.
//
//   npm run bench -- programs            all programs, best of 3 runs each
//                                        (start-up: best of 5, with `node -e 0` for reference)
//   HEAPSCOPE_BENCH_RUNS=1 npm run bench -- programs
//   HEAPSCOPE_BENCH_ONLY=startup npm run bench -- programs   rows whose name contains "startup"
//   HEAPSCOPE_BENCH_TRACEMALLOC=1 npm run bench -- programs  both run with -X tracemalloc

import { spawnSync } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = join(dirname(fileURLToPath(import.meta.url)), "..")
const root = join(here, "..")
const dir = join(root, "bench", "programs")
const cli = join(root, "bin", "heapscope.js")
const runs = Number(process.env.HEAPSCOPE_BENCH_RUNS ?? 3)
const only = process.env.HEAPSCOPE_BENCH_ONLY ?? ""
/** `-X tracemalloc` for both interpreters: the price of tracing every allocation. */
const xopts = process.env.HEAPSCOPE_BENCH_TRACEMALLOC ? ["-X", "tracemalloc"] : []

interface Measure {
  seconds: number
  kb: number
  stdout: string
  status: number | null
}

function measure(cmd: string[], rounds = runs): Measure {
  let best: Measure | null = null
  for (let i = 0; i < rounds; i++) {
    const r = spawnSync("/usr/bin/time", ["-f", "%e %M", ...cmd], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
      timeout: 600_000,
    })
    const lines = r.stderr.trimEnd().split("\n")
    const [secs, kb] = lines[lines.length - 1]!.split(" ").map(Number)
    const m = { seconds: secs!, kb: kb!, stdout: r.stdout, status: r.status }
    if (best === null || m.seconds < best.seconds) best = m
  }
  return best!
}

if (!existsSync(join(root, "dist", "cli", "main.js"))) {
  console.error("bench programs: build first (npm run build)")
  process.exit(2)
}

const programs = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort()
const rows: string[] = []
let logTime = 0
let logMem = 0
let counted = 0
let failures = 0
console.log(`runs per program: ${runs} (best wall time kept)`)
console.log(
  "| program | python3 s | heapscope s | time ratio | python3 MB | heapscope MB | RSS ratio |",
)
console.log("| --- | --- | --- | --- | --- | --- | --- |")
for (const p of ["<startup: print(1)>", ...programs].filter((n) => n.includes(only))) {
  const startup = p.startsWith("<")
  const pyArgs = [...xopts, ...(startup ? ["-c", "print(1)"] : [join(dir, p)])]
  const hsArgs = ["run", ...xopts, ...(startup ? ["-c", "print(1)"] : [join(dir, p)])]
  // Start-up is short and noisy: best of at least 5.
  const rounds = startup ? Math.max(runs, 5) : runs
  const py = measure(["python3", ...pyArgs], rounds)
  const hs = measure([process.execPath, cli, ...hsArgs], rounds)
  const same = hs.status === 0 && hs.stdout === py.stdout
  const tr = hs.seconds / Math.max(py.seconds, 0.01)
  const mr = hs.kb / py.kb
  const row = `| ${p} | ${py.seconds.toFixed(2)} | ${same ? hs.seconds.toFixed(2) : "FAILED"} | ${same ? tr.toFixed(2) : "-"} | ${(py.kb / 1024).toFixed(1)} | ${(hs.kb / 1024).toFixed(1)} | ${mr.toFixed(2)} |`
  console.log(row)
  rows.push(row)
  if (startup) {
    // Node's own start-up, measured the same way: the floor under heapscope's.
    const node = measure([process.execPath, "-e", "0"], rounds)
    console.log(
      `  (same run: \`node -e 0\` ${node.seconds.toFixed(2)} s, ${(node.kb / 1024).toFixed(1)} MB)`,
    )
  }
  if (!same) {
    failures++
    const err = hs.stdout.split("\n").slice(0, 3).join(" / ")
    console.log(`  (${p}: heapscope exit ${hs.status}, output differs: ${err.slice(0, 200)})`)
  } else if (!startup) {
    logTime += Math.log(tr)
    logMem += Math.log(mr)
    counted++
  }
}
if (counted > 0) {
  console.log(
    `\ngeometric mean over ${counted} programs: time ${Math.exp(logTime / counted).toFixed(2)}x, peak RSS ${Math.exp(logMem / counted).toFixed(2)}x CPython`,
  )
}
if (failures > 0)
  console.log(`${failures} program(s) failed or printed something else than python3`)
