import { createAllocator, type Allocator } from "../../memory/index.js"
import { UsageError, type Command } from "../io.js"

const HELP = `usage: heapscope heap --demo [--json] [--debug]

Shows heapscope's private heap (pymalloc arenas, pools and size classes).
  --demo    run a mixed workload on a fresh heap and print sys._debugmallocstats()'s
            report for it, followed by a short summary
  --json    print the statistics as JSON instead
  --debug   use the debug allocator (PYTHONMALLOC=debug): every block is 32 bytes bigger
`

/**
 * A deterministic mixed workload shaped like a small Python program's: many floats and small
 * tuples, lists whose item arrays grow by realloc, some big buffers, and frees in between.
 */
export function demoWorkload(heap: Allocator): void {
  let seed = 0x2545f491
  const rand = () => {
    // xorshift32: integer-only, so the workload is the same on every machine.
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return seed >>> 0
  }
  const live: number[] = []
  for (let i = 0; i < 20000; i++) live.push(heap.malloc(24)) // floats
  for (let i = 0; i < 8000; i++) live.push(heap.malloc(40 + 8 * (rand() % 4))) // small tuples
  for (let i = 0; i < 3000; i++) live.push(heap.malloc(56)) // list objects ...
  for (let i = 0; i < 3000; i++) {
    let p = heap.mem.malloc(32) // ... and their item arrays, grown by appends
    for (let cap = 4; cap < 4 + (rand() % 60); cap += (cap >> 3) + 6)
      p = heap.mem.realloc(p, cap * 8)
    live.push(p)
  }
  for (let i = 0; i < 300; i++) live.push(heap.malloc(600 + (rand() % 5000))) // big strings
  // Half of everything dies, in an unpredictable order.
  for (let i = 0; i < live.length; i++) {
    if (rand() % 2 === 0) {
      const p = live[i]!
      live[i] = 0
      heap.free(p)
    }
  }
  for (let i = 0; i < 5000; i++) heap.malloc(16 + (rand() % 200)) // new objects reuse the holes
}

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
}

/** `heapscope heap --demo`: the allocator's statistics after a mixed workload. */
export const heapCommand: Command = {
  name: "heap",
  summary: "show the private heap (--demo: statistics after a mixed workload)",
  run(args, io) {
    let demo = false
    let json = false
    let debug = false
    for (const a of args) {
      if (a === "--demo") demo = true
      else if (a === "--json") json = true
      else if (a === "--debug") debug = true
      else if (a === "-h" || a === "--help") {
        io.stdout(HELP)
        return 0
      } else if (a.startsWith("-")) throw new UsageError(`unknown option '${a}' (see --help)`)
      else throw new UsageError(`unexpected argument '${a}' (see --help)`)
    }
    if (!demo) throw new UsageError("nothing to show yet: use --demo (see --help)")
    const heap = createAllocator({ debug })
    demoWorkload(heap)
    const s = heap.stats()
    if (json) {
      io.stdout(JSON.stringify(s, null, 2) + "\n")
      return 0
    }
    io.stdout(heap.debugmallocstats())
    const line = (label: string, value: string) => `  ${label.padEnd(22)}${value}\n`
    io.stdout(
      "\nSummary\n" +
        line("blocks in use", `${group(s.allocatedBlocks)} (sys.getallocatedblocks())`) +
        line("bytes in use", `${group(s.bytesInUse)} (peak ${group(s.peakBytesInUse)})`) +
        line("pools in use", `${group(s.poolsInUse)} (${group(s.unusedPools)} unused)`) +
        line(
          "arenas",
          `${s.arenasInUse} mapped, ${s.arenasAllocatedTotal} allocated in total, ` +
            `${s.arenasReclaimed} reclaimed`,
        ) +
        line("raw blocks", `${group(s.rawBlocks)} (${group(s.rawBytes)} bytes)`) +
        line("memory obtained", `${group(s.mappedBytes)} bytes (peak ${group(s.peakMappedBytes)})`),
    )
    return 0
  },
}
