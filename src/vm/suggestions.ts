// "Did you mean: 'len'?": the suggestions CPython 3.11 appends to a printed
// NameError or AttributeError. The closest candidate by a Levenshtein distance
// where a case change costs 1 and any other edit 2, within a third of the
// characters involved; candidates are dir(obj) for an AttributeError, and the
// failing frame's local names, then its globals, then its builtins for a
// NameError.
//
// @cpython Python/suggestions.c

import { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import type { PyType } from "../objects/type.js"
import { excField, excState } from "../objects/exceptions.js"
import * as ab from "../objects/abstract.js"
import { strValue, intern } from "../objects/str.js"
import { dictGetItem, dictItems } from "../objects/dict.js"
import type { VM } from "./vm.js"

const MAX_CANDIDATE_ITEMS = 750
const MAX_STRING_SIZE = 40
const MOVE_COST = 2
const CASE_COST = 1

const encoder = new TextEncoder()

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST
  if (a === b) return 0
  if (a >= 65 && a <= 90) a += 32
  if (b >= 65 && b <= 90) b += 32
  return a === b ? CASE_COST : MOVE_COST
}

/** levenshtein_distance over UTF-8 bytes, giving up above `maxCost`. */
function distance(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let as = 0
  let bs = 0
  let ae = a.length
  let be = b.length
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++
    bs++
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--
    be--
  }
  let an = ae - as
  let bn = be - bs
  if (an === 0 || bn === 0) return (an + bn) * MOVE_COST
  if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return maxCost + 1
  if (bn < an) {
    ;[a, b] = [b, a]
    ;[as, bs] = [bs, as]
    ;[an, bn] = [bn, an]
  }
  if ((bn - an) * MOVE_COST > maxCost) return maxCost + 1
  const buffer = new Array<number>(an)
  for (let i = 0, tmp = MOVE_COST; i < an; i++, tmp += MOVE_COST) buffer[i] = tmp
  let result = 0
  for (let bi = 0; bi < bn; bi++) {
    const code = b[bs + bi]!
    let dist = (result = bi * MOVE_COST)
    let minimum = Infinity
    for (let i = 0; i < an; i++) {
      const substitute = dist + substitutionCost(code, a[as + i]!)
      dist = buffer[i]!
      const insertDelete = Math.min(result, dist) + MOVE_COST
      result = Math.min(insertDelete, substitute)
      buffer[i] = result
      if (result < minimum) minimum = result
    }
    if (minimum > maxCost) return maxCost + 1
  }
  return result
}

/** calculate_suggestions: the best candidate for `name`, or null. */
export function calculateSuggestion(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null
  const nameBytes = encoder.encode(name)
  let best: string | null = null
  let bestDistance = Infinity
  for (const item of candidates) {
    if (item === name) continue
    const itemBytes = encoder.encode(item)
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6)
    maxDistance = Math.min(maxDistance, bestDistance - 1)
    const d = distance(nameBytes, itemBytes, maxDistance)
    if (d > maxDistance) continue
    if (best === null || d < bestDistance) {
      best = item
      bestDistance = d
    }
  }
  return best
}

function strKeys(vm: VM, d: PyObject | null): string[] {
  if (d === null || d.type !== vm.rt.t.dict) return []
  return dictItems(d)
    .map(([k]) => k)
    .filter((k) => k.type === vm.rt.t.str)
    .map((k) => strValue(k))
}

function attr(vm: VM, o: PyObject, name: string): PyObject | null {
  return ab.lookupAttrStr(vm.rt, o, name)
}

/**
 * The suggestion for a printed exception (_Py_Offer_Suggestions), or null.
 * Never raises: any failure while looking just means no suggestion.
 */
export function offerSuggestion(vm: VM, exc: PyObject): string | null {
  const rt = vm.rt
  const isA = (t: PyType | undefined): boolean =>
    t !== undefined && (exc.type === t || (exc.type.mro as PyType[]).includes(t))
  try {
    if (isA(rt.t.AttributeError)) {
      const name = excField(exc, "name")
      const obj = excField(exc, "obj")
      if (name === null || obj === null || name.type !== rt.t.str) return null
      const dirFn = dictGetItem(rt, vm.builtins, intern(rt, "dir"))
      if (dirFn === null) return null
      const list = ab.call(rt, dirFn, [obj], null)
      try {
        const names = (list.v as PyObject[]).filter((x) => x.type === rt.t.str).map(strValue)
        return calculateSuggestion(names, strValue(name))
      } finally {
        decref(rt, list)
      }
    }
    if (exc.type === rt.t.NameError) {
      const field = excField(exc, "name")
      let name: string | null = field !== null && field.type === rt.t.str ? strValue(field) : null
      if (name === null) {
        const args = excState(exc).args
        const first = args === null ? undefined : (args.v as PyObject[])[0]
        const m =
          first !== undefined && first.type === rt.t.str
            ? /^name '(.+)' is not defined$/.exec(strValue(first))
            : null
        name = m === null ? null : m[1]!
      }
      let tb = excState(exc).traceback
      if (name === null || tb === null || tb === rt.None) return null
      for (;;) {
        const next = attr(vm, tb, "tb_next")
        if (next === null || next === rt.None) {
          if (next !== null) decref(rt, next)
          break
        }
        decref(rt, next) // the traceback chain keeps it alive
        tb = next
      }
      const frame = attr(vm, tb, "tb_frame")
      if (frame === null) return null
      try {
        const code = attr(vm, frame, "f_code")
        let locals: string[] = []
        if (code !== null) {
          const vn = attr(vm, code, "co_varnames")
          if (vn !== null) {
            locals = (vn.v as PyObject[]).filter((x) => x.type === rt.t.str).map(strValue)
            decref(rt, vn)
          }
          decref(rt, code)
        }
        const found = calculateSuggestion(locals, name)
        if (found !== null) return found
        for (const which of ["f_globals", "f_builtins"]) {
          const d = attr(vm, frame, which)
          const keys = strKeys(vm, d)
          if (d !== null) decref(rt, d)
          const s = calculateSuggestion(keys, name)
          if (s !== null) return s
        }
        return null
      } finally {
        decref(rt, frame)
      }
    }
  } catch (e) {
    if (e instanceof PyObject) {
      decref(rt, e)
      return null
    }
    throw e
  }
  return null
}
