// The cycle collector's cost per object on heapscope and on python3, measured
// inside each interpreter by the same program (bench/gc/collect.py) in one run.

import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const script = join(root, "bench", "gc", "collect.py")

function run(cmd: string[]): string {
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: "utf8", timeout: 600_000 })
  if (r.status !== 0) return `failed (status ${r.status}): ${r.stderr.slice(0, 300)}`
  return r.stdout.trim()
}

const figures = (out: string): number[] =>
  [...out.matchAll(/([\d.]+) ns per/g)].map((m) => Number(m[1]))
const py = run(["python3", script])
const hs = run([
  process.execPath,
  "--max-old-space-size=8192",
  join(root, "bin", "heapscope.js"),
  "run",
  script,
])
console.log(`python3:\n${py}\nheapscope:\n${hs}`)
const [pl, pg] = figures(py)
const [hl, hg] = figures(hs)
if (pl !== undefined && hl !== undefined && pg !== undefined && hg !== undefined) {
  console.log(
    `ratio heapscope/python3: live ${(hl / pl).toFixed(2)}x, garbage ${(hg / pg).toFixed(2)}x (goal: at most 1.0)`,
  )
}
