import type { Command } from "../io.js"

/** `heapscope heap --demo`: the allocator's statistics after a mixed workload. */
export const heapCommand: Command = {
  name: "heap",
  summary: "show the private heap (--demo: statistics after a mixed workload)",
  run(_args, io) {
    io.stderr("heapscope heap: not implemented yet\n")
    return 1
  },
}
