// Differential check against CPython 3.11's sys._debugmallocstats() (see
// tests/fixtures/memory/gen_debugmallocstats.py for how the expectations were produced and why
// the comparison starts from the interpreter's own heap shape S0 instead of an empty heap).
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { blocksPerPool, createAllocator, type Allocator } from "../../../src/memory/index.js"

interface Snapshot {
  rows: Record<string, [number, number, number]>
  arenasTotal: number
  arenasCurrent: number
  unusedPools: number
  alignmentLoss: number
}
interface Workload {
  requests: [number, number][]
  snapshots: Record<"S0" | "S1" | "S2" | "S3", Snapshot>
}
const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/memory/debugmallocstats.json", import.meta.url), "utf8"),
) as { workloads: Record<string, Workload> }

/** Our snapshot in the fixture's shape, parsed from our own debugmallocstats() text. */
function snapshot(heap: Allocator): Snapshot {
  const report = heap.debugmallocstats()
  const rows: Snapshot["rows"] = {}
  for (const m of report.matchAll(/^\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/gm)) {
    rows[m[1]!] = [Number(m[3]), Number(m[4]), Number(m[5])]
  }
  const value = (label: string) => {
    const m = new RegExp(`^${label.replace(/[#]/g, "\\#")}\\s*=\\s*([\\d,]+)$`, "m").exec(report)
    return Number(m![1]!.replace(/,/g, ""))
  }
  return {
    rows,
    arenasTotal: value("# arenas allocated total"),
    arenasCurrent: value("# arenas allocated current"),
    unusedPools: Number(/^(\d+) unused pools/m.exec(report)![1]),
    alignmentLoss: value("# bytes lost to arena alignment"),
  }
}

/** Rebuilds S0's per-class shape: full pools, then frees spread so that no pool empties. */
function prefill(heap: Allocator, s0: Snapshot): void {
  for (const [cls, [pools, used]] of Object.entries(s0.rows)) {
    const size = (Number(cls) + 1) * 16
    const per = blocksPerPool(Number(cls))
    const blocks: number[] = []
    for (let i = 0; i < pools * per; i++) blocks.push(heap.malloc(size))
    let toFree = pools * per - used
    for (let pass = 0; toFree > 0; pass++) {
      for (let p = 0; p < pools && toFree > 0; p++, toFree--) {
        heap.free(blocks[p * per + per - 1 - pass]!)
      }
    }
  }
}

describe("debugmallocstats shape against CPython 3.11", () => {
  for (const [name, w] of Object.entries(fixture.workloads)) {
    it(`replays the '${name}' workload class by class`, () => {
      const s = w.snapshots
      const heap = createAllocator()
      prefill(heap, s.S0)
      const ours0 = snapshot(heap)
      expect(ours0.rows).toEqual(s.S0.rows)
      // Prerequisite: CPython's arenas were all 63-pool ones, like ours, so totals can match.
      expect(s.S0.alignmentLoss).toBe(s.S0.arenasCurrent * 16384)
      expect(ours0.arenasCurrent).toBe(s.S0.arenasCurrent)
      expect(ours0.unusedPools).toBe(s.S0.unusedPools)
      const base = ours0.arenasTotal - s.S0.arenasTotal

      const live: number[] = []
      for (const [request, count] of w.requests) {
        for (let i = 0; i < count; i++) live.push(heap.calloc(1, request))
      }
      const check = (ours: Snapshot, theirs: Snapshot) => {
        expect(ours.rows).toEqual(theirs.rows)
        expect(ours.arenasCurrent).toBe(theirs.arenasCurrent)
        expect(ours.arenasTotal - base).toBe(theirs.arenasTotal)
        expect(ours.unusedPools).toBe(theirs.unusedPools)
        expect(ours.alignmentLoss).toBe(theirs.alignmentLoss)
      }
      check(snapshot(heap), s.S1)
      for (let i = 0; i < live.length; i += 3) heap.free(live[i]!)
      check(snapshot(heap), s.S2)
      for (let i = 0; i < live.length; i++) if (i % 3 !== 0) heap.free(live[i]!)
      check(snapshot(heap), s.S3)
      heap.check()
    })
  }
})
