// Parser throughput on the local python3 stdlib, next to CPython's own
// ast.parse on the same files, measured in the same run.
//
//   node bench/run.mjs parse           (when the bench runner is present)
//   npx esbuild bench/parse.bench.ts --bundle --platform=node --format=esm \
//     --outfile=/tmp/parse.bench.mjs && node /tmp/parse.bench.mjs
//
// Options (environment): PARSE_BENCH_RUNS (default 3, best run counts),
// PARSE_BENCH_LIMIT (only the first N files).
//
// heapscope's figure covers what ast.parse covers: bytes -> text (PEP 263),
// tokenizing and parsing into AST nodes. The ratio is heapscope time / CPython
// time: below 1.0 means heapscope is faster.

import { execFileSync, spawnSync } from "node:child_process"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { PySyntaxError } from "../src/compiler/errors.js"
import { parse } from "../src/compiler/parser.js"
import { decodeSource } from "../src/compiler/source-encoding.js"

function stdlibFiles(): string[] {
  const stdlib = execFileSync("python3", [
    "-c",
    "import sysconfig;print(sysconfig.get_paths()['stdlib'])",
  ])
    .toString()
    .trim()
  const files: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name === "site-packages" || name === "__pycache__") continue
      const p = join(d, name)
      const st = statSync(p, { throwIfNoEntry: false })
      if (st === undefined) continue
      if (st.isDirectory()) walk(p)
      else if (name.endsWith(".py")) files.push(p)
    }
  }
  walk(stdlib)
  return files
}

const PY_BENCH = `
import ast, sys, time, warnings
warnings.simplefilter("ignore")
files = sys.stdin.read().split("\\n")
data = [open(f, "rb").read() for f in files if f]
runs = int(sys.argv[1])
best = None
for _ in range(runs):
    t = time.perf_counter()
    for d in data:
        try:
            ast.parse(d)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    dt = time.perf_counter() - t
    best = dt if best is None or dt < best else best
print(best)
`

function main(): void {
  const runs = Number(process.env.PARSE_BENCH_RUNS ?? "3")
  let files = stdlibFiles()
  const limit = Number(process.env.PARSE_BENCH_LIMIT ?? "0")
  if (limit > 0) files = files.slice(0, limit)
  const data = files.map((f) => readFileSync(f))
  let lines = 0
  for (const d of data) for (const b of d) if (b === 10) lines++

  const once = (): number => {
    const t0 = performance.now()
    for (let i = 0; i < data.length; i++) {
      try {
        parse(decodeSource(data[i]!, files[i]!), files[i]!)
      } catch (e) {
        if (!(e instanceof PySyntaxError) && !(e instanceof Error && e.name.endsWith("Error")))
          throw e
      }
    }
    return (performance.now() - t0) / 1000
  }
  once() // warm up the JIT
  let ours = Infinity
  for (let r = 0; r < runs; r++) ours = Math.min(ours, once())

  const py = spawnSync("python3", ["-c", PY_BENCH, String(runs)], {
    input: files.join("\n"),
    maxBuffer: 1 << 20,
  })
  if (py.status !== 0) throw new Error("python3 failed: " + py.stderr.toString())
  const theirs = Number(py.stdout.toString().trim())

  const fmt = (n: number): string => Math.round(n).toLocaleString("en-US")
  console.log(`parse: ${files.length} stdlib files, ${fmt(lines)} lines (best of ${runs})`)
  console.log(`  heapscope parse   ${ours.toFixed(2)} s   ${fmt(lines / ours)} lines/s`)
  console.log(`  CPython ast.parse ${theirs.toFixed(2)} s   ${fmt(lines / theirs)} lines/s`)
  console.log(`  ratio heapscope/CPython time: ${(ours / theirs).toFixed(2)}`)
}

main()
