// re.Match objects: what one successful match found.
//
// Payload (`v`): MatchData. The match owns a reference to the subject
// (`string`) and to its pattern (`re`), as CPython's does, so
// sys.getrefcount of a matched string goes up by one per live match. Group
// spans are kept twice: in code points (what Python sees) and in JS units
// (to slice the text). Size: 88 bytes plus 16 per group (group 0 included),
// plus the GC header: `re.match('a', 'a')` is 120 bytes, one more group 136.
//
// @cpython Modules/_sre/sre.c (match_*)

import type { PyObject } from "../../objects/object.js"
import { allocObject, decref, freeObject, incref } from "../../objects/refcount.js"
import { TypeFlags, type PyType } from "../../objects/type.js"
import type { Runtime } from "../../objects/runtime.js"
import { raise, typeError } from "../../objects/errors.js"
import * as ab from "../../objects/abstract.js"
import { checkPositional, defineGetSets, defineMethods, parseArgs } from "../../objects/descr.js"
import { newStaticType, readyType } from "../../objects/typeobject.js"
import { newInt } from "../../objects/int.js"
import { newStr, strRepr } from "../../objects/str.js"
import { bytesRepr, newBytes } from "../../objects/bytes.js"
import { newTuple } from "../../objects/tuple.js"
import { dictGetItem, dictSetItem, newDict } from "../../objects/dict.js"
import { gcTrack, gcUntrack } from "../../objects/gcstate.js"
import { newGenericAlias } from "../../objects/genericalias.js"
import { isIndexable } from "../../objects/sequtil.js"
import { fromLatin1, isBytearray } from "../../objects/bytes-methods.js"
import { bytearrayView } from "../../objects/bytearray.js"
import { groupSpan, type Subject } from "./exec.js"
import type { PatternData } from "./pattern.js"

/** Payload of a re.Match. `string` and `pattern` are owned references. */
export interface MatchData {
  string: PyObject
  pattern: PyObject
  sub: Subject
  isBytes: boolean
  pos: number
  endpos: number
  /** [start, end] per group in code points; -1 for a group that did not match. */
  spans: number[]
  /** The same in JS units (the same array when the subject has no surrogate pair). */
  uspans: number[]
  lastindex: number
}

/** sizeof(MatchObject) without its ssize_t marks. */
const MATCH_BASICSIZE = 88

function md(o: PyObject): MatchData {
  return o.v as MatchData
}

/** Makes a Match from a RegExp result (new reference); borrows `pattern` and `string`. */
export function newMatch(
  rt: Runtime,
  pattern: PyObject,
  string: PyObject,
  sub: Subject,
  pos: number,
  endpos: number,
  m: RegExpExecArray,
): PyObject {
  const pd = pattern.v as PatternData
  const n = pd.groups + 1
  const uspans = new Array<number>(2 * n).fill(-1)
  // Code points and JS units differ only past a surrogate pair.
  const spans = sub.bmp ? uspans : new Array<number>(2 * n).fill(-1)
  let last = -1
  let lastEnd = -1
  for (let g = 0; g < n; g++) {
    const r = groupSpan(pd.tr, m, g)
    if (r === undefined) continue
    uspans[2 * g] = r[0]
    uspans[2 * g + 1] = r[1]
    spans[2 * g] = sub.toCp(r[0])
    spans[2 * g + 1] = sub.toCp(r[1])
    // lastindex: the group that closed last; of two ending together the
    // later one, unless it is nested in the earlier one.
    if (
      g > 0 &&
      (last < 0 || r[1] > lastEnd || (r[1] === lastEnd && !pd.tr.parents[g]!.includes(last)))
    ) {
      last = g
      lastEnd = r[1]
    }
  }
  const data: MatchData = {
    string,
    pattern,
    sub,
    isBytes: pd.isBytes,
    pos,
    endpos,
    spans,
    uspans,
    lastindex: last,
  }
  const t = rt.t.re_Match!
  const o = allocObject(rt, t, MATCH_BASICSIZE + 16 * n, data, null)
  string.rc++
  pattern.rc++
  gcTrack(rt, o)
  return o
}

/** The text of group `g` as a new str/bytes, or `dflt` (borrowed) if it did not match. */
function groupValue(rt: Runtime, o: PyObject, g: number, dflt: PyObject): PyObject {
  const d = md(o)
  const us = d.uspans[2 * g]!
  if (us < 0) return incref(dflt)
  const ue = d.uspans[2 * g + 1]!
  if (d.isBytes) {
    // A bytearray is read again: its content may have changed since the match
    // (slice clamps to its present length).
    if (isBytearray(rt, d.string)) return newBytes(rt, bytearrayView(d.string).slice(us, ue))
    if (us === 0 && ue === d.sub.text.length && d.string.type === rt.t.bytes)
      return incref(d.string)
    return newBytes(rt, fromLatin1(d.sub.text.slice(us, ue)))
  }
  if (us === 0 && ue === d.sub.text.length && d.string.type === rt.t.str) return incref(d.string)
  return newStr(rt, d.sub.text.slice(us, ue))
}

/** match_getindex: a group number from an int or a group name; IndexError "no such group". */
function groupIndex(rt: Runtime, o: PyObject, key: PyObject): number {
  const d = md(o)
  const pd = d.pattern.v as PatternData
  let i = -1
  if (isIndexable(key)) {
    i = ab.asSsize(rt, key, null)
  } else {
    const v = dictGetItem(rt, pd.groupindex, key)
    if (v !== null && isIndexable(v)) i = ab.asSsize(rt, v, null)
  }
  if (i < 0 || i > pd.groups) raise(rt, rt.t.IndexError, "no such group")
  return i
}

function matchGroup(rt: Runtime, self: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0) return groupValue(rt, self, 0, rt.None)
  if (args.length === 1) return groupValue(rt, self, groupIndex(rt, self, args[0]!), rt.None)
  const items: PyObject[] = []
  try {
    for (const a of args) items.push(groupValue(rt, self, groupIndex(rt, self, a), rt.None))
  } catch (e) {
    for (const it of items) decref(rt, it)
    throw e
  }
  return newTuple(rt, items)
}

function spanArg(rt: Runtime, self: PyObject, name: string, args: PyObject[]): number {
  checkPositional(rt, name, args.length, 0, 1)
  return args.length === 0 ? 0 : groupIndex(rt, self, args[0]!)
}

function reprOf(rt: Runtime, d: MatchData): string {
  const us = d.uspans[0]!
  const ue = d.uspans[1]!
  const text = d.sub.text.slice(us, ue)
  return d.isBytes ? bytesRepr(fromLatin1(text)) : strRepr(text)
}

/** `%.50R`: the repr cut to 50 characters. */
function cut(s: string, n: number): string {
  const cps = Array.from(s)
  return cps.length > n ? cps.slice(0, n).join("") : s
}

function defaultArg(
  rt: Runtime,
  spec: string,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const [dflt] = parseArgs(rt, { fname: spec, names: ["default"], required: 0 }, args, kwnames)
  return dflt ?? rt.None
}

/** Creates the re.Match type (once per runtime). */
export function initMatchType(
  rt: Runtime,
  expand: (rt: Runtime, m: PyObject, t: PyObject) => PyObject,
): PyType {
  const t = newStaticType(rt, "re.Match", null, MATCH_BASICSIZE, 8, TypeFlags.HAVE_GC)
  t.newObj = (rt2) => typeError(rt2, "cannot create 're.Match' instances")
  t.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const d = md(o)
    decref(rt2, d.string)
    decref(rt2, d.pattern)
    freeObject(rt2, o)
  }
  t.traverse = (o, visit) => {
    const d = md(o)
    visit(d.string)
    visit(d.pattern)
  }
  t.repr = (rt2, o) => {
    const d = md(o)
    return newStr(
      rt2,
      `<re.Match object; span=(${d.spans[0]}, ${d.spans[1]}), match=${cut(reprOf(rt2, d), 50)}>`,
    )
  }
  t.getitem = (rt2, o, key) => groupValue(rt2, o, groupIndex(rt2, o, key), rt2.None)
  defineMethods(rt, t, {
    group: { kind: "fast", fn: (rt2, self, args) => matchGroup(rt2, self, args) },
    groups: {
      fn: (rt2, self, args, kw) => {
        const dflt = defaultArg(rt2, "groups", args, kw)
        const n = (md(self).pattern.v as PatternData).groups
        const items: PyObject[] = []
        for (let g = 1; g <= n; g++) items.push(groupValue(rt2, self, g, dflt))
        return newTuple(rt2, items)
      },
    },
    groupdict: {
      fn: (rt2, self, args, kw) => {
        const dflt = defaultArg(rt2, "groupdict", args, kw)
        const pd = md(self).pattern.v as PatternData
        const d = newDict(rt2)
        try {
          for (const [name, g] of pd.names) {
            const k = newStr(rt2, name)
            const v = groupValue(rt2, self, g, dflt)
            dictSetItem(rt2, d, k, v)
            decref(rt2, k)
            decref(rt2, v)
          }
        } catch (e) {
          decref(rt2, d)
          throw e
        }
        return d
      },
    },
    start: {
      kind: "fast",
      fn: (rt2, self, args) => newInt(rt2, md(self).spans[2 * spanArg(rt2, self, "start", args)]!),
    },
    end: {
      kind: "fast",
      fn: (rt2, self, args) =>
        newInt(rt2, md(self).spans[2 * spanArg(rt2, self, "end", args) + 1]!),
    },
    span: {
      kind: "fast",
      fn: (rt2, self, args) => {
        const g = spanArg(rt2, self, "span", args)
        const d = md(self)
        return newTuple(rt2, [newInt(rt2, d.spans[2 * g]!), newInt(rt2, d.spans[2 * g + 1]!)])
      },
    },
    expand: {
      fn: (rt2, self, args, kw) => {
        const [t] = parseArgs(rt2, { fname: "expand", names: ["template"], required: 1 }, args, kw)
        return expand(rt2, self, t!)
      },
    },
    __copy__: { kind: "noargs", fn: (_rt2, self) => incref(self) },
    __deepcopy__: { kind: "o", fn: (_rt2, self) => incref(self) },
    __class_getitem__: {
      binding: "class",
      kind: "o",
      fn: (rt2, cls, args) => newGenericAlias(rt2, cls, args[0]!),
    },
    __sizeof__: {
      kind: "noargs",
      fn: (rt2, self) =>
        newInt(rt2, MATCH_BASICSIZE + 16 * ((md(self).pattern.v as PatternData).groups + 1)),
    },
  })
  defineGetSets(rt, t, {
    string: { get: (_rt2, o) => incref(md(o).string) },
    re: { get: (_rt2, o) => incref(md(o).pattern) },
    pos: { get: (rt2, o) => newInt(rt2, md(o).pos) },
    endpos: { get: (rt2, o) => newInt(rt2, md(o).endpos) },
    lastindex: {
      get: (rt2, o) => (md(o).lastindex < 0 ? incref(rt2.None) : newInt(rt2, md(o).lastindex)),
    },
    lastgroup: {
      get: (rt2, o) => {
        const d = md(o)
        const pd = d.pattern.v as PatternData
        const name = d.lastindex < 0 ? undefined : pd.indexgroup[d.lastindex]
        return name === undefined || name === null ? incref(rt2.None) : newStr(rt2, name)
      },
    },
    regs: {
      get: (rt2, o) => {
        const d = md(o)
        const items: PyObject[] = []
        for (let g = 0; 2 * g < d.spans.length; g++)
          items.push(
            newTuple(rt2, [newInt(rt2, d.spans[2 * g]!), newInt(rt2, d.spans[2 * g + 1]!)]),
          )
        return newTuple(rt2, items)
      },
    },
  })
  readyType(rt, t)
  return t
}

/** The text of every group of a match, for template expansion (null: did not match). */
export function groupTexts(o: PyObject): (string | null)[] {
  const d = md(o)
  const out: (string | null)[] = []
  for (let g = 0; 2 * g < d.uspans.length; g++) {
    const us = d.uspans[2 * g]!
    out.push(us < 0 ? null : d.sub.text.slice(us, d.uspans[2 * g + 1]!))
  }
  return out
}

/** The subject of a match (borrowed). */
export function matchString(o: PyObject): PyObject {
  return md(o).string
}
