// The sort behind list.sort() and sorted(): stable, and comparing only with
// `<` (PyObject_RichCompareBool(x, y, Py_LT)), as CPython's timsort does.
//
// heapscope finds runs and extends short ones with binary insertion exactly
// as timsort does (count_run, binarysort, merge_compute_minrun), so a list of
// fewer than 64 items is sorted with the very same sequence of `<` calls as
// CPython. Longer lists merge adjacent runs pairwise instead of timsort's
// run stack with galloping: same result, a different sequence of `<` calls,
// which only a key or __lt__ with side effects can notice (documented in
// docs/internals/containers.md).
//
// @cpython Objects/listobject.c list_sort_impl, Objects/listsort.txt

import { richCompareBool } from "./abstract.js"
import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import { CompareOp } from "./type.js"

/**
 * merge_compute_minrun: runs shorter than this are extended with binary
 * insertion; n itself below 64, else a value in [32, 64].
 */
export function computeMinrun(n: number): number {
  let r = 0
  while (n >= 64) {
    r |= n & 1
    n = Math.floor(n / 2)
  }
  return n + r
}

/**
 * Sorts `items` in place, stably, by `keys` when given (parallel array,
 * permuted alongside) or by the items themselves. Raises whatever `<` raises;
 * the arrays then hold every element exactly once, in some order.
 */
export function listSortItems(rt: Runtime, items: PyObject[], keys: PyObject[] | null): void {
  const n = items.length
  if (n < 2) return
  const k = keys ?? items
  const lt = (a: PyObject, b: PyObject): boolean => richCompareBool(rt, a, b, CompareOp.LT)
  // Permute an index array, then apply it: items and keys move together.
  const idx: number[] = new Array<number>(n)
  for (let i = 0; i < n; i++) idx[i] = i
  const less = (i: number, j: number): boolean => lt(k[i]!, k[j]!)
  try {
    sortIndices(idx, less)
  } finally {
    const its = idx.map((i) => items[i]!)
    const ks = keys !== null ? idx.map((i) => keys[i]!) : null
    for (let i = 0; i < n; i++) {
      items[i] = its[i]!
      if (ks !== null) keys![i] = ks[i]!
    }
  }
}

function sortIndices(a: number[], less: (i: number, j: number) => boolean): void {
  const n = a.length
  const minrun = computeMinrun(n)
  const runs: [number, number][] = []
  let lo = 0
  while (lo < n) {
    let hi = lo + 1
    if (hi < n) {
      if (less(a[hi]!, a[lo]!)) {
        // Strictly descending run: extend, then reverse (stable because strict).
        while (hi + 1 < n && less(a[hi + 1]!, a[hi]!)) hi++
        reverse(a, lo, hi)
      } else {
        while (hi + 1 < n && !less(a[hi + 1]!, a[hi]!)) hi++
      }
      hi++
    }
    const force = Math.min(n, lo + minrun)
    if (hi < force) {
      binaryInsertion(a, lo, force, hi, less)
      hi = force
    }
    runs.push([lo, hi])
    lo = hi
  }
  const tmp: number[] = new Array<number>(n)
  while (runs.length > 1) {
    const next: [number, number][] = []
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const [l1, h1] = runs[r]!
      const [, h2] = runs[r + 1]!
      merge(a, tmp, l1, h1, h2, less)
      next.push([l1, h2])
    }
    if (runs.length % 2 === 1) next.push(runs[runs.length - 1]!)
    runs.length = 0
    runs.push(...next)
  }
}

function reverse(a: number[], lo: number, hi: number): void {
  while (lo < hi) {
    const t = a[lo]!
    a[lo++] = a[hi]!
    a[hi--] = t
  }
}

/** Sorts a[lo:hi] given that a[lo:start] is already sorted. */
function binaryInsertion(
  a: number[],
  lo: number,
  hi: number,
  start: number,
  less: (i: number, j: number) => boolean,
): void {
  for (let i = start; i < hi; i++) {
    const pivot = a[i]!
    let l = lo
    let r = i
    // Insert after every element not greater than the pivot (stability).
    while (l < r) {
      const m = (l + r) >>> 1
      if (less(pivot, a[m]!)) r = m
      else l = m + 1
    }
    for (let j = i; j > l; j--) a[j] = a[j - 1]!
    a[l] = pivot
  }
}

function merge(
  a: number[],
  tmp: number[],
  lo: number,
  mid: number,
  hi: number,
  less: (i: number, j: number) => boolean,
): void {
  // Already in order: nothing to do (one comparison, as timsort's gallop would find).
  if (!less(a[mid]!, a[mid - 1]!)) return
  for (let i = lo; i < mid; i++) tmp[i] = a[i]!
  let i = lo
  let j = mid
  let k = lo
  try {
    while (i < mid && j < hi) {
      if (less(a[j]!, tmp[i]!)) a[k++] = a[j++]!
      else a[k++] = tmp[i++]!
    }
  } finally {
    while (i < mid) a[k++] = tmp[i++]!
  }
}
