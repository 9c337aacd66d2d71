// Python 3.11's identifier character classes (Unicode 14, as its unicodedata),
// independent of the Unicode version of the JavaScript engine.
// @cpython Objects/unicodeobject.c _PyUnicode_ScanIdentifier (XID_Start / XID_Continue)

import { XID_CONTINUE_DELTAS, XID_START_DELTAS } from "./unicode-identifier-data.js"

/**
 * Decodes a table of range starts (base-36 deltas, alternating "not in class" /
 * "in class" from U+0000) into a membership test. The table is decoded on the
 * first test (most programs never test a non-ASCII character), not when the
 * module loads.
 */
export function rangeClass(deltas: string): (cp: number) => boolean {
  let starts: Uint32Array | null = null
  return (c: number): boolean => {
    const s = (starts ??= decodeStarts(deltas))
    // The last start <= c; odd ranges are in the class.
    let lo = 0
    let hi = s.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (s[mid]! <= c) lo = mid
      else hi = mid - 1
    }
    return (lo & 1) === 1
  }
}

function decodeStarts(deltas: string): Uint32Array {
  const parts = deltas.split(",")
  const starts = new Uint32Array(parts.length)
  let cp = 0
  for (let i = 0; i < parts.length; i++) {
    cp += parseInt(parts[i]!, 36)
    starts[i] = cp
  }
  return starts
}

/** Can code point `cp` start a Python identifier (XID_Start or "_")? */
export const isXidStart: (cp: number) => boolean = rangeClass(XID_START_DELTAS)

/** Can code point `cp` continue a Python identifier (XID_Continue)? */
export const isXidContinue: (cp: number) => boolean = rangeClass(XID_CONTINUE_DELTAS)
