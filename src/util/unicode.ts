// Unicode character properties as CPython 3.11 sees them (str.isprintable,
// isspace, isdecimal, ...), from the range tables generated from python3
// (unicode-tables.ts). Lookups are a binary search over sorted range bounds.

import { RANGES } from "./unicode-tables.js"

/** A decoded code-point set: sorted bounds [s0, e0, s1, e1, ...] of [start, end) ranges. */
export type CodePointSet = Int32Array

function decode(enc: string): CodePointSet {
  const parts = enc.split(",")
  const out = new Int32Array(parts.length)
  let pos = 0
  for (let i = 0; i < parts.length; i++) {
    pos += parseInt(parts[i]!, 16)
    out[i] = pos
  }
  return out
}

/** Whether code point `cp` is in `set`. */
export function inSet(set: CodePointSet, cp: number): boolean {
  // Find the number of bounds <= cp; an odd count means inside a range.
  let lo = 0
  let hi = set.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (set[mid]! <= cp) lo = mid + 1
    else hi = mid
  }
  return (lo & 1) === 1
}

/**
 * The decoded sets. Each is decoded on first use: decoding all of them costs
 * a few milliseconds that every start-up would pay, while most programs never
 * ask for a non-ASCII character class. The getter replaces itself with the
 * decoded value, so the object is constant once read.
 */
export const UNI: { readonly [K in keyof typeof RANGES]: CodePointSet } = lazySets(RANGES)

function lazySets<K extends string>(tables: Record<K, string>): Record<K, CodePointSet> {
  const sets = {} as Record<K, CodePointSet>
  for (const key of Object.keys(tables) as K[]) {
    Object.defineProperty(sets, key, {
      configurable: true,
      enumerable: true,
      get: () => {
        const value = decode(tables[key])
        Object.defineProperty(sets, key, { value, enumerable: true })
        return value
      },
    })
  }
  return sets
}

/** Python's str.isspace for one code point (fast path for ASCII). */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31)
  return inSet(UNI.space, cp)
}

/** Whether str.isprintable holds for one code point. */
export function isPrintableCp(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127
  return inSet(UNI.printable, cp)
}

/** The decimal value of a code point with Unicode category Nd (0-9), or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48
  if (cp < 128 || !inSet(UNI.decimal, cp)) return -1
  // Nd characters come in runs that start at a zero; count back to the run's start.
  let start = cp
  while (start > 0 && inSet(UNI.decimal, start - 1)) start--
  return (cp - start) % 10
}
