#!/usr/bin/env node
// Differential fuzzing of compileChecks: scripts/fuzz-compile-checks.py inserts
// error- or warning-prone statements at random places of small stdlib modules
// and records what python3's compile() says; we must say the same (first
// SyntaxError with its position, or the same SyntaxWarnings).
//
//   node scripts/fuzz-compile-checks.mjs [--seed N] [--count N] [--show N]

import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { firstDiff, loadCompiler, reviver, runChecks } from "./compiler-bundle.mjs"

const here = dirname(fileURLToPath(import.meta.url))
function arg(name, dflt) {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : dflt
}
const seed = Number(arg("--seed", "1"))
const count = Number(arg("--count", "300"))
const show = Number(arg("--show", "10"))

const C = await loadCompiler()
const res = spawnSync(
  "python3",
  [join(here, "fuzz-compile-checks.py"), String(seed), String(count)],
  {
    maxBuffer: 1 << 30,
  },
)
if (res.status !== 0) throw new Error("python3 failed: " + res.stderr.toString())
let same = 0
const problems = []
for (const line of res.stdout.toString().split("\n")) {
  if (!line) continue
  const c = JSON.parse(line, reviver(C))
  let ours
  try {
    ours = runChecks(C, c.ast, "<fuzz>")
  } catch (e) {
    problems.push(`${c.name}: crash ${e.stack.split("\n").slice(0, 3).join(" | ")}`)
    continue
  }
  const want = c.error ? { ...c.error, end_offset: c.error.end_offset ?? -1 } : null
  const d = c.error
    ? firstDiff(ours.error, want)
    : firstDiff(ours, { ...ours, error: null, warnings: c.warnings })
  if (d === null) same++
  else problems.push(`${c.name}: ${d}`)
}
for (const p of problems.slice(0, show)) console.log(p)
console.log(
  `seed ${seed}: ${same + problems.length} cases, ${same} agree, ${problems.length} differ`,
)
process.exitCode = problems.length === 0 ? 0 : 1
