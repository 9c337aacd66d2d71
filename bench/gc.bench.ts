// The cycle collector's cost per object on heapscope and on python3, measured
// inside each interpreter by the same program (bench/gc/collect.py). The two
// run alternately, ROUNDS times each, and the best figure of each is compared:
// the machine is shared, and a loaded moment slows a run by up to 3x.

import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const script = join(root, "bench", "gc", "collect.py")
const ROUNDS = 3

function run(cmd: string[]): string {
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: "utf8", timeout: 600_000 })
  if (r.status !== 0) return `failed (status ${r.status}): ${r.stderr.slice(0, 300)}`
  return r.stdout.trim()
}

/** The [live, garbage] figures (ns per object) a run printed, or null. */
function figures(out: string): [number, number] | null {
  const f = [...out.matchAll(/([\d.]+) ns per/g)].map((m) => Number(m[1]))
  return f.length === 2 ? [f[0]!, f[1]!] : null
}

const interpreters: [string, string[]][] = [
  ["python3", ["python3", script]],
  [
    "heapscope",
    [
      process.execPath,
      "--max-old-space-size=8192",
      join(root, "bin", "heapscope.js"),
      "run",
      script,
    ],
  ],
]
const best = new Map<string, [number, number]>()
for (let round = 1; round <= ROUNDS; round++) {
  for (const [name, cmd] of interpreters) {
    const out = run(cmd)
    console.log(`${name} (round ${round}):\n${out}`)
    const f = figures(out)
    if (f === null) continue
    const b = best.get(name)
    best.set(name, b === undefined ? f : [Math.min(b[0], f[0]), Math.min(b[1], f[1])])
  }
}
const py = best.get("python3")
const hs = best.get("heapscope")
if (py !== undefined && hs !== undefined) {
  console.log(
    `best of ${ROUNDS}: python3 live ${py[0]} ns, garbage ${py[1]} ns; ` +
      `heapscope live ${hs[0]} ns, garbage ${hs[1]} ns`,
  )
  console.log(
    `ratio heapscope/python3: live ${(hs[0] / py[0]).toFixed(2)}x, garbage ${(hs[1] / py[1]).toFixed(2)}x (goal: at most 1.0)`,
  )
}
