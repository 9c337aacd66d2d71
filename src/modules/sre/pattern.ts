// re.Pattern objects (compiled patterns) and their methods: search, match,
// fullmatch, findall, finditer, scanner, sub, subn, split.
//
// Payload (`v`): PatternData. The pattern owns its source (`pattern`) and its
// groupindex dict; the translation and the RegExp objects are plain JS data.
// getsizeof: CPython counts the sre code words; heapscope has none, so
// module.ts estimates them from the parse tree (patternSize; exact for most
// patterns, see docs/internals/re.md).
//
// @cpython Modules/_sre/sre.c (pattern_*, scanner_*)

import type { PyObject } from "../../objects/object.js"
import { allocObject, decref, freeObject, incref } from "../../objects/refcount.js"
import { CompareOp, TypeFlags, type PyType } from "../../objects/type.js"
import type { Runtime } from "../../objects/runtime.js"
import { typeError } from "../../objects/errors.js"
import * as ab from "../../objects/abstract.js"
import {
  defineGetSets,
  defineMethods,
  newMappingProxy,
  parseArgs,
  type ArgSpec,
} from "../../objects/descr.js"
import { newStaticType, readyType } from "../../objects/typeobject.js"
import { newInt } from "../../objects/int.js"
import { isStr, newStr, newStrFresh, strInfo, strRepr, strValue } from "../../objects/str.js"
import { bytesRepr, bytesValue, newBytes } from "../../objects/bytes.js"
import { bufferOf, fromLatin1, latin1 } from "../../objects/bytes-methods.js"
import { newTuple } from "../../objects/tuple.js"
import { newList, listAppendSteal } from "../../objects/list.js"
import { newDict, dictSetItem } from "../../objects/dict.js"
import { gcTrack, gcUntrack } from "../../objects/gcstate.js"
import { newGenericAlias } from "../../objects/genericalias.js"
import { callIterNew } from "../../objects/iterobject.js"
import { Program, Subject, groupSpan } from "./exec.js"
import type { Translation } from "./emit.js"
import { groupTexts, newMatch } from "./match.js"
import { F } from "./parse.js"
import type { Template } from "./template.js"

/** Payload of a re.Pattern. `pattern` and `groupindex` are owned. */
export interface PatternData {
  pattern: PyObject
  flags: number
  /** Number of capturing groups (Pattern.groups). */
  groups: number
  groupindex: PyObject
  names: Map<string, number>
  /** Group number -> name (null for unnamed groups). */
  indexgroup: (string | null)[]
  isBytes: boolean
  tr: Translation
  prog: Program
  size: number
  /** Parsed replacement templates by template text (as CPython's lru_cache on _compile_repl). */
  templates: Map<string, Template>
}

/** What Pattern needs from the module: template parsing and raising re.error. */
export interface PatternHooks {
  compileTemplate: (rt: Runtime, pattern: PyObject, repl: PyObject) => Template
}

function pdOf(o: PyObject): PatternData {
  return o.v as PatternData
}

const FLAG_NAMES: [number, string][] = [
  [F.TEMPLATE, "re.TEMPLATE"],
  [F.IGNORECASE, "re.IGNORECASE"],
  [F.LOCALE, "re.LOCALE"],
  [F.MULTILINE, "re.MULTILINE"],
  [F.DOTALL, "re.DOTALL"],
  [F.UNICODE, "re.UNICODE"],
  [F.VERBOSE, "re.VERBOSE"],
  [F.DEBUG, "re.DEBUG"],
  [F.ASCII, "re.ASCII"],
]

/** pattern_repr: re.compile('a+', re.IGNORECASE); the pattern's repr cut to 200 characters. */
function patternRepr(rt: Runtime, o: PyObject): string {
  const pd = pdOf(o)
  let src = pd.isBytes ? bytesRepr(bytesValue(pd.pattern)) : strRepr(strValue(pd.pattern))
  const cps = Array.from(src)
  if (cps.length > 200) src = cps.slice(0, 200).join("")
  let flags = pd.flags
  // UNICODE is implied for str patterns: shown only with another type flag.
  if (!pd.isBytes && (flags & (F.LOCALE | F.UNICODE | F.ASCII)) === F.UNICODE) flags &= ~F.UNICODE
  const names: string[] = []
  for (const [bit, name] of FLAG_NAMES) {
    if (flags & bit) {
      names.push(name)
      flags &= ~bit
    }
  }
  if (flags) names.push(`0x${flags.toString(16)}`)
  void rt
  return names.length > 0 ? `re.compile(${src}, ${names.join("|")})` : `re.compile(${src})`
}

/** A subject for this pattern: its text, or TypeError for the wrong kind of object. */
export function subjectOf(rt: Runtime, pd: PatternData, o: PyObject): Subject {
  if (isStr(o)) {
    if (pd.isBytes) typeError(rt, "cannot use a bytes pattern on a string-like object")
    return new Subject(strValue(o), strInfo(o).bmp)
  }
  const data = bufferOf(rt, o)
  if (data === null) typeError(rt, `expected string or bytes-like object, got '${o.type.name}'`)
  if (!pd.isBytes) typeError(rt, "cannot use a string pattern on a bytes-like object")
  return new Subject(latin1(data), true)
}

/** state_init's pos/endpos: clamped to [0, len]. Returns [pos, endpos] in code points. */
function clampPos(
  rt: Runtime,
  sub: Subject,
  pos: PyObject | null,
  endpos: PyObject | null,
): [number, number] {
  const n = sub.cpLength
  let p = pos === null ? 0 : ab.asSsize(rt, pos, null)
  let e = endpos === null ? n : ab.asSsize(rt, endpos, null)
  p = p < 0 ? 0 : p > n ? n : p
  e = e < 0 ? 0 : e > n ? n : e
  return [p, e]
}

const POS_SPEC = (fname: string): ArgSpec => ({
  fname,
  names: ["string", "pos", "endpos"],
  required: 1,
})

/** One pass over a subject, as CPython's SRE_STATE: text up to endpos, the next start, must_advance. */
class Scan {
  readonly s: string
  start: number
  mustAdvance = false
  done = false

  constructor(
    readonly pd: PatternData,
    readonly sub: Subject,
    readonly pos: number,
    readonly endpos: number,
  ) {
    const eu = sub.toUnit(endpos)
    this.s = eu === sub.text.length ? sub.text : sub.text.slice(0, eu)
    this.start = sub.toUnit(pos)
    if (pos > endpos) this.done = true
  }

  /** The next match (search or match at the current start), advancing past it; null at the end. */
  next(sticky: boolean): RegExpExecArray | null {
    if (this.done) return null
    const prog = this.pd.prog
    const m = sticky
      ? prog.matchAt(this.sub, this.s, this.start, this.mustAdvance)
      : prog.searchAt(this.sub, this.s, this.start, this.mustAdvance)
    if (m === null) {
      this.done = true
      return null
    }
    const end = m.index + m[0].length
    this.mustAdvance = end === m.index
    this.start = end
    return m
  }
}

function newMatchFrom(
  rt: Runtime,
  pat: PyObject,
  string: PyObject,
  scan: Scan,
  m: RegExpExecArray | null,
): PyObject {
  if (m === null) return incref(rt.None)
  return newMatch(rt, pat, string, scan.sub, scan.pos, scan.endpos, m)
}

function startScan(
  rt: Runtime,
  self: PyObject,
  fname: string,
  args: PyObject[],
  kw: PyObject | null,
): [PyObject, Scan] {
  const [string, pos, endpos] = parseArgs(rt, POS_SPEC(fname), args, kw)
  const pd = pdOf(self)
  const sub = subjectOf(rt, pd, string!)
  const [p, e] = clampPos(rt, sub, pos, endpos)
  return [string!, new Scan(pd, sub, p, e)]
}

/** Subject text (Latin-1 for bytes) as a new str or bytes, the pattern's kind. */
function textObj(rt: Runtime, pd: PatternData, text: string): PyObject {
  return pd.isBytes ? newBytes(rt, fromLatin1(text)) : newStr(rt, text)
}

/** The value of group g of a RegExp result as str/bytes (empty for an unmatched group when `empty`). */
function groupObj(
  rt: Runtime,
  scan: Scan,
  m: RegExpExecArray,
  g: number,
  empty: boolean,
): PyObject {
  const r = groupSpan(scan.pd.tr, m, g)
  if (r === undefined) return empty ? textObj(rt, scan.pd, "") : incref(rt.None)
  return textObj(rt, scan.pd, scan.sub.text.slice(r[0], r[1]))
}

function findall(rt: Runtime, self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const [, scan] = startScan(rt, self, "findall", args, kw)
  const out = newList(rt)
  try {
    const n = scan.pd.groups
    for (let m = scan.next(false); m !== null; m = scan.next(false)) {
      // No group: the whole match; one group: its text; more: a tuple of them.
      let item: PyObject
      if (n <= 1) item = groupObj(rt, scan, m, n, true)
      else {
        const items: PyObject[] = []
        for (let g = 1; g <= n; g++) items.push(groupObj(rt, scan, m, g, true))
        item = newTuple(rt, items)
      }
      listAppendSteal(rt, out, item)
    }
  } catch (e) {
    decref(rt, out)
    throw e
  }
  return out
}

function split(rt: Runtime, self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const [string, maxsplitObj] = parseArgs(
    rt,
    { fname: "split", names: ["string", "maxsplit"], required: 1 },
    args,
    kw,
  )
  const pd = pdOf(self)
  const sub = subjectOf(rt, pd, string!)
  const maxsplit = maxsplitObj === null ? 0 : ab.asSsize(rt, maxsplitObj, null)
  const scan = new Scan(pd, sub, 0, sub.cpLength)
  const out = newList(rt)
  const piece = (a: number, b: number): PyObject => textObj(rt, pd, sub.text.slice(a, b))
  try {
    let last = 0
    let n = 0
    while (maxsplit === 0 || n < maxsplit) {
      const m = scan.next(false)
      if (m === null) break
      listAppendSteal(rt, out, piece(last, m.index))
      for (let g = 1; g <= pd.groups; g++) listAppendSteal(rt, out, groupObj(rt, scan, m, g, false))
      n++
      last = m.index + m[0].length
      if (maxsplit < 0) break
    }
    listAppendSteal(rt, out, piece(last, sub.text.length))
  } catch (e) {
    decref(rt, out)
    throw e
  }
  return out
}

function isCallable(o: PyObject): boolean {
  return o.type.call !== null
}

/** pattern_subx: sub and subn. */
function subx(
  rt: Runtime,
  hooks: PatternHooks,
  self: PyObject,
  args: PyObject[],
  kw: PyObject | null,
  subn: boolean,
): PyObject {
  const [repl, string, countObj] = parseArgs(
    rt,
    { fname: subn ? "subn" : "sub", names: ["repl", "string", "count"], required: 2 },
    args,
    kw,
  )
  const pd = pdOf(self)
  const sub = subjectOf(rt, pd, string!)
  const count = countObj === null ? 0 : ab.asSsize(rt, countObj, null)
  let filter: PyObject | null = null
  let template: Template | null = null
  let literal: PyObject | null = null
  if (isCallable(repl!)) filter = repl!
  else {
    // Not a str or bytes-like: the template parser rejects it.
    let hasBackslash = true
    if (isStr(repl!)) hasBackslash = strValue(repl!).includes("\\")
    else hasBackslash = bufferOf(rt, repl!)?.includes(92) ?? true
    if (hasBackslash) template = hooks.compileTemplate(rt, self, repl!)
    else literal = repl!
  }
  const scan = new Scan(pd, sub, 0, sub.cpLength)
  // Pieces: JS strings (literal text) or owned objects (from repl functions / literal repl).
  const pieces: (string | PyObject)[] = []
  const release = (): void => {
    for (const p of pieces) if (typeof p !== "string") decref(rt, p)
  }
  let i = 0
  let n = 0
  try {
    while (count === 0 || n < count) {
      if (count < 0) break
      const m = scan.next(false)
      if (m === null) break
      const b = m.index
      const e = b + m[0].length
      if (i < b) pieces.push(sub.text.slice(i, b))
      if (filter !== null) {
        const mo = newMatch(rt, self, string!, sub, 0, sub.cpLength, m)
        let item: PyObject
        try {
          item = ab.call(rt, filter, [mo], null)
        } finally {
          decref(rt, mo)
        }
        if (item === rt.None) decref(rt, item)
        else pieces.push(item)
      } else if (template !== null) {
        const texts: (string | null)[] = []
        for (let g = 0; g <= pd.groups; g++) {
          const r = groupSpan(pd.tr, m, g)
          texts.push(r === undefined ? null : sub.text.slice(r[0], r[1]))
        }
        // expand_template joins the template's parts: one part is that group's
        // (or literal's) text, several make a new str object.
        const s = expandTexts(template, texts)
        if (template.length === 1 || pd.isBytes) pieces.push(s)
        else pieces.push(newStrFresh(rt, s))
      } else pieces.push(incref(literal!))
      i = e
      n++
    }
    if (n === 0 && string!.type === (pd.isBytes ? rt.t.bytes : rt.t.str)) {
      const r = incref(string!)
      return subn ? newTuple(rt, [r, newInt(rt, 0)]) : r
    }
    if (i < sub.text.length) pieces.push(sub.text.slice(i))
    const result = joinPieces(rt, pd.isBytes, pieces)
    return subn ? newTuple(rt, [result, newInt(rt, n)]) : result
  } finally {
    release()
  }
}

/**
 * Joins the pieces as str.join / bytes.join would, with their messages for a
 * wrong item. For str, as PyUnicode_Join: a single exact str piece is the
 * result itself, a single piece of the subject's text is a substring (the
 * cached str for one character), two or more pieces fill a new str.
 */
function joinPieces(rt: Runtime, isBytes: boolean, pieces: (string | PyObject)[]): PyObject {
  if (!isBytes && pieces.length === 1) {
    const p = pieces[0]!
    if (typeof p === "string") return newStr(rt, p)
    if (p.type === rt.t.str) return incref(p)
  }
  let out = ""
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!
    if (typeof p === "string") out += p
    else if (!isBytes) {
      if (!isStr(p))
        typeError(rt, `sequence item ${k}: expected str instance, ${p.type.name} found`)
      out += strValue(p)
    } else {
      const b = bufferOf(rt, p)
      if (b === null)
        typeError(rt, `sequence item ${k}: expected a bytes-like object, ${p.type.name} found`)
      out += latin1(b)
    }
  }
  return isBytes ? newBytes(rt, fromLatin1(out)) : newStrFresh(rt, out)
}

/** A template filled with group texts (null: unmatched, expands to nothing). */
export function expandTexts(template: Template, texts: (string | null)[]): string {
  let s = ""
  for (const part of template) s += typeof part === "string" ? part : (texts[part] ?? "")
  return s
}

/** Match.expand(template): new reference. */
export function matchExpand(
  rt: Runtime,
  hooks: PatternHooks,
  m: PyObject,
  repl: PyObject,
): PyObject {
  const pattern = (m.v as { pattern: PyObject }).pattern
  const pd = pdOf(pattern)
  const template = hooks.compileTemplate(rt, pattern, repl)
  return textObj(rt, pd, expandTexts(template, groupTexts(m)))
}

/** Scanner payload: the pattern and subject (owned) and the scan state. */
interface ScannerData {
  pattern: PyObject
  string: PyObject
  scan: Scan
}

/** sizeof(ScannerObject): the object header, the pattern and CPython's SRE_STATE (3.11, 64-bit). */
const SCANNER_SIZE = 240

function initScannerType(rt: Runtime): PyType {
  const t = newStaticType(rt, "_sre.SRE_Scanner", null, SCANNER_SIZE, 0, TypeFlags.HAVE_GC)
  t.newObj = (rt2) => typeError(rt2, "cannot create '_sre.SRE_Scanner' instances")
  t.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const d = o.v as ScannerData
    decref(rt2, d.string)
    decref(rt2, d.pattern)
    freeObject(rt2, o)
  }
  t.traverse = (o, visit) => {
    const d = o.v as ScannerData
    visit(d.string)
    visit(d.pattern)
  }
  const step = (sticky: boolean) => (rt2: Runtime, self: PyObject) => {
    const d = self.v as ScannerData
    return newMatchFrom(rt2, d.pattern, d.string, d.scan, d.scan.next(sticky))
  }
  defineMethods(rt, t, {
    match: { kind: "noargs", fn: step(true) },
    search: { kind: "noargs", fn: step(false) },
  })
  defineGetSets(rt, t, { pattern: { get: (_rt2, o) => incref((o.v as ScannerData).pattern) } })
  readyType(rt, t)
  return t
}

function newScanner(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kw: PyObject | null,
  fname: string,
): PyObject {
  const [string, scan] = startScan(rt, self, fname, args, kw)
  const o = allocObject(rt, rt.t.re_Scanner!, SCANNER_SIZE, { pattern: self, string, scan }, null)
  self.rc++
  string.rc++
  gcTrack(rt, o)
  return o
}

/** Creates re.Pattern (and the scanner type) once per runtime. */
export function initPatternType(rt: Runtime, hooks: PatternHooks): PyType {
  rt.t.re_Scanner = initScannerType(rt)
  const t = newStaticType(rt, "re.Pattern", null, 120, 4, TypeFlags.HAVE_GC)
  t.weaklistoffset = 64
  t.newObj = (rt2) => typeError(rt2, "cannot create 're.Pattern' instances")
  t.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const d = pdOf(o)
    decref(rt2, d.pattern)
    decref(rt2, d.groupindex)
    freeObject(rt2, o)
  }
  t.traverse = (o, visit) => {
    visit(pdOf(o).groupindex)
    visit(pdOf(o).pattern)
  }
  t.repr = (rt2, o) => newStr(rt2, patternRepr(rt2, o))
  // pattern_hash mixes in the code too; the source and flags decide equality here.
  t.hash = (rt2, o) => {
    const d = pdOf(o)
    const h = ab.hash(rt2, d.pattern)
    const x = (typeof h === "bigint" ? h : BigInt(h)) ^ BigInt(d.flags)
    if (x === -1n) return -2
    return Number.isSafeInteger(Number(x)) ? Number(x) : x
  }
  t.richcompare = (rt2, a, b, op) => {
    if ((op !== CompareOp.EQ && op !== CompareOp.NE) || b.type !== t)
      return incref(rt2.NotImplemented)
    const x = pdOf(a)
    const y = pdOf(b)
    const eq =
      a === b ||
      (x.flags === y.flags &&
        x.isBytes === y.isBytes &&
        ab.richCompareBool(rt2, x.pattern, y.pattern, CompareOp.EQ))
    return ab.pyBool(rt2, op === CompareOp.EQ ? eq : !eq)
  }
  const one =
    (fname: string, kind: "search" | "match" | "full") =>
    (rt2: Runtime, self: PyObject, args: PyObject[], kw: PyObject | null) => {
      const [string, scan] = startScan(rt2, self, fname, args, kw)
      if (scan.done) return incref(rt2.None)
      const m =
        kind === "full" ? scan.pd.prog.fullAt(scan.s, scan.start) : scan.next(kind === "match")
      return newMatchFrom(rt2, self, string, scan, m)
    }
  defineMethods(rt, t, {
    search: { fn: one("search", "search") },
    match: { fn: one("match", "match") },
    fullmatch: { fn: one("fullmatch", "full") },
    findall: { fn: findall },
    finditer: {
      fn: (rt2, self, args, kw) => {
        const sc = newScanner(rt2, self, args, kw, "finditer")
        try {
          const search = ab.getAttrStr(rt2, sc, "search")
          try {
            return callIterNew(rt2, search, rt2.None)
          } finally {
            decref(rt2, search)
          }
        } finally {
          decref(rt2, sc)
        }
      },
    },
    scanner: { fn: (rt2, self, args, kw) => newScanner(rt2, self, args, kw, "scanner") },
    sub: { fn: (rt2, self, args, kw) => subx(rt2, hooks, self, args, kw, false) },
    subn: { fn: (rt2, self, args, kw) => subx(rt2, hooks, self, args, kw, true) },
    split: { fn: split },
    __copy__: { kind: "noargs", fn: (_rt2, self) => incref(self) },
    __deepcopy__: { kind: "o", fn: (_rt2, self) => incref(self) },
    __class_getitem__: {
      binding: "class",
      kind: "o",
      fn: (rt2, cls, args) => newGenericAlias(rt2, cls, args[0]!),
    },
    __sizeof__: { kind: "noargs", fn: (rt2, self) => newInt(rt2, pdOf(self).size) },
  })
  defineGetSets(rt, t, {
    pattern: { get: (_rt2, o) => incref(pdOf(o).pattern) },
    flags: { get: (rt2, o) => newInt(rt2, pdOf(o).flags) },
    groups: { get: (rt2, o) => newInt(rt2, pdOf(o).groups) },
    groupindex: { get: (rt2, o) => newMappingProxy(rt2, pdOf(o).groupindex) },
  })
  readyType(rt, t)
  return t
}

/** Makes a Pattern (new reference); borrows `source`. */
export function newPattern(
  rt: Runtime,
  source: PyObject,
  flags: number,
  groups: number,
  names: Map<string, number>,
  tr: Translation,
  prog: Program,
  size: number,
): PyObject {
  const gi = newDict(rt)
  const indexgroup: (string | null)[] = new Array<string | null>(groups + 1).fill(null)
  for (const [name, g] of names) {
    const k = newStr(rt, name)
    const v = newInt(rt, g)
    dictSetItem(rt, gi, k, v)
    decref(rt, k)
    decref(rt, v)
    indexgroup[g] = name
  }
  const data: PatternData = {
    pattern: source,
    flags,
    groups,
    groupindex: gi,
    names,
    indexgroup,
    isBytes: !isStr(source),
    tr,
    prog,
    size,
    templates: new Map(),
  }
  const o = allocObject(rt, rt.t.re_Pattern!, size, data, null)
  source.rc++
  gcTrack(rt, o)
  return o
}
