// The free-list lines that end sys._debugmallocstats()'s report in 3.11
// (_PyDict_DebugMallocStats, _PyFloat_DebugMallocStats, ...).

import type { Runtime } from "./runtime.js"

/** "%d free %ss * %zd bytes each" right-aligned in 48 columns, then "= " and the product in 21. */
function line(count: number, name: string, size: number): string {
  const label = `${count} free ${name}s * ${size} bytes each`
  const total = String(count * size).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${label.padStart(48)} =${total.padStart(21)}\n`
}

/** The free-list report of `rt`, in CPython 3.11's order: dict, float, list, tuples of 1..20 items. */
export function freeListReport(rt: Runtime): string {
  const n = (key: string): number => rt.freelists[key]?.length ?? 0
  let out = line(n("dict"), "PyDictObject", 48)
  out += line(n("float"), "PyFloatObject", 24)
  out += line(n("list"), "PyListObject", 40)
  for (let size = 1; size <= 20; size++) {
    out += line(n(`tuple${size}`), `${size}-sized PyTupleObject`, 24 + 8 * size)
  }
  return out
}
