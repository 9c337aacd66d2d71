// From the parsed pattern (parse.ts) to the source of a JavaScript RegExp
// with the `u` flag, which does the matching. Both engines backtrack, try
// alternatives left to right and prefer longer greedy repeats, so the
// translation is mostly one node for one construct; the exceptions:
//
//   Python                      JavaScript (u flag, never m or s)
//   .            (no DOTALL)    [^\n]             JS's . also stops at \r \u2028 \u2029
//   ^ / $        (no M)         ^  /  (?=\n?$)    $ also before a final newline
//   ^ / $        (MULTILINE)    (?:^|(?<=\n)) / (?=\n|$)   only \n ends a line
//   \A \Z                       ^  $
//   \d \w \s     (str)          \p{Nd}  [\p{L}\p{N}_]  str.isspace()'s list
//   \b \B                       lookarounds on that \w (JS's \b is ASCII-only)
//   (?>x)  x*+                  (?=(x))\k          k: a hidden capture group
//   (?i:x) (?-i:x)              case variants spelled out ([kK\u212a])
//
//   (?(1)y|n)  \1 (optional)  a hidden capture tells whether group 1 took part
//   x?           (x may be empty)  (?:x|)      Python takes an empty iteration
//
// Python group g is JS group groupMap[g] (hidden groups shift the numbers).
// Details and what stays different: docs/internals/re.md.
//
// @cpython Lib/re/_compiler.py (what each construct means)

import { F, MAXREPEAT, SreSyntax, widthOf, type Node, type Parsed, type SetItem } from "./parse.js"

/** The translation: RegExp source and flags, group map, and how to iterate. */
export interface Translation {
  source: string
  jsFlags: string
  /** Python group number -> JS group number (index 0 is 0). */
  groupMap: number[]
  /** Python group -> JS group of its final-empty-iteration copy, which wins when set (sparse). */
  altMap: number[]
  /** For each Python group, the groups it is nested in (to order their closing for lastindex). */
  parents: number[][]
  /** An empty match may be preferred where a non-empty one exists (needs the retry in search). */
  mayPreferEmpty: boolean
}

interface Ctx {
  bytes: boolean
  manualCase: boolean
  count: number
  map: number[]
  parents: number[][]
  open: number[]
  widths: [number, number][]
  /** Groups that get a hidden "was set" capture (conditions, references to optional groups). */
  marks: Set<number>
  /** Python group -> JS group of its copy in a final-empty-iteration lookahead (see finalEmpty). */
  alt: number[]
  /** While emitting such a copy: its groups fill `alt`, not `map`. */
  copying: boolean
  /** Number of final-empty-iteration lookaheads so far (names their hidden groups). */
  finals: number
  /** Groups referenced by \\g or (?(g)...): their repeats get no copy (two JS groups, one reference). */
  referenced: Set<number>
}

/** The whitespace of str.isspace(), as ranges. */
const UNI_SPACE: [number, number][] = [
  [0x09, 0x0d],
  [0x1c, 0x20],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
]
const ASCII_SPACE: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
]
const ASCII_WORD: [number, number][] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]
const ASCII_DIGIT: [number, number][] = [[0x30, 0x39]]
const MAXCP = 0x10ffff

/**
 * Lower-case letters that share an upper case with another lower-case letter
 * (i and dotless i, s and long s, sigma and final sigma, ...): under
 * IGNORECASE Python matches a character whose lower case is any of a group.
 * @cpython Lib/re/_casefix.py _EXTRA_CASES
 */
const CASE_GROUPS: number[][] = [
  [0x69, 0x131],
  [0x73, 0x17f],
  [0xb5, 0x3bc],
  [0x345, 0x3b9, 0x1fbe],
  [0x390, 0x1fd3],
  [0x3b0, 0x1fe3],
  [0x3b2, 0x3d0],
  [0x3b5, 0x3f5],
  [0x3b8, 0x3d1],
  [0x3ba, 0x3f0],
  [0x3c0, 0x3d6],
  [0x3c1, 0x3f1],
  [0x3c2, 0x3c3],
  [0x3c6, 0x3d5],
  [0x432, 0x1c80],
  [0x434, 0x1c81],
  [0x43e, 0x1c82],
  [0x441, 0x1c83],
  [0x442, 0x1c84, 0x1c85],
  [0x44a, 0x1c86],
  [0x463, 0x1c87],
  [0x1c88, 0xa64b],
  [0x1e61, 0x1e9b],
  [0xfb05, 0xfb06],
]

/**
 * Characters whose (simple) lower case l has an upper case other than them:
 * upper(l) does not lead back to them (and U+0130, whose full lower case in
 * JavaScript is two characters).
 */
const LOWER_SPECIAL: [number, number][] = [
  [0x130, 0x69],
  [0x3f4, 0x3b8],
  [0x1e9e, 0xdf],
  [0x2126, 0x3c9],
  [0x212a, 0x6b],
  [0x212b, 0xe5],
  [0x1c5, 0x1c6],
  [0x1c8, 0x1c9],
  [0x1cb, 0x1cc],
  [0x1f2, 0x1f3],
  [0x1fbc, 0x1fb3],
  [0x1fcc, 0x1fc3],
  [0x1ffc, 0x1ff3],
  ...[0x1f88, 0x1f98, 0x1fa8].flatMap((b) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map((i): [number, number] => [b + i, b + i - 8]),
  ),
]

function single(s: string): number | null {
  const cp = s.codePointAt(0)
  if (cp === undefined) return null
  return s.length === (cp > 0xffff ? 2 : 1) ? cp : null
}

/** sre's lower(): the simple lower-case mapping of a code point. */
function pyLower(c: number): number {
  for (const [from, to] of LOWER_SPECIAL) if (from === c) return to
  return single(String.fromCodePoint(c).toLowerCase()) ?? c
}

/**
 * The code points Python's IGNORECASE takes as equal to `c` (c included):
 * those whose lower case is lower(c) or a letter of its CASE_GROUPS group.
 */
export function caseVariants(c: number, asciiOnly: boolean): number[] {
  if (asciiOnly) {
    if (c >= 0x41 && c <= 0x5a) return [c, c + 32]
    if (c >= 0x61 && c <= 0x7a) return [c, c - 32]
    return [c]
  }
  const lo = pyLower(c)
  const lowers = CASE_GROUPS.find((g) => g.includes(lo)) ?? [lo]
  const out = new Set<number>([c])
  for (const l of lowers) {
    out.add(l)
    const u = single(String.fromCodePoint(l).toUpperCase())
    if (u !== null && pyLower(u) === l) out.add(u)
    for (const [from, to] of LOWER_SPECIAL) if (to === l) out.add(from)
  }
  for (const v of [...out]) {
    const t = single(String.fromCodePoint(v).toUpperCase())
    if (t !== null && lowers.includes(pyLower(t))) out.add(t)
  }
  return [...out]
}

/** The code points whose case relations JavaScript's `i` flag does not know as Python does. */
function isSpecialCase(c: number): boolean {
  return (
    CASE_GROUPS.some((g) => g.includes(c)) || LOWER_SPECIAL.some(([a, b]) => a === c || b === c)
  )
}

function hex(c: number): string {
  return `\\u{${c.toString(16)}}`
}

/** A code point as a RegExp atom (letters and digits plain, everything else escaped). */
function lit(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))
    return String.fromCharCode(c)
  return hex(c)
}

function rangesText(r: [number, number][]): string {
  return r.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("")
}

/** The code points up to `top` not in the ranges `r`. */
function complement(r: [number, number][], top = MAXCP): [number, number][] {
  const out: [number, number][] = []
  let next = 0
  for (const [a, b] of r) {
    if (a > next) out.push([next, a - 1])
    next = b + 1
  }
  if (next <= top) out.push([next, top])
  return out
}

/**
 * The inside of a class for a category, or null when only a whole class can
 * say it (\W in str). For bytes the complements stop at U+00FF: above, the
 * `i` flag would let U+017F and U+212A (long s, Kelvin sign) bring s and k in.
 */
function categoryInner(cat: string, ascii: boolean, bytes = false): string | null {
  const neg = cat === cat.toUpperCase()
  const base = cat.toLowerCase()
  if (ascii) {
    const r = base === "d" ? ASCII_DIGIT : base === "w" ? ASCII_WORD : ASCII_SPACE
    return rangesText(neg ? complement(r, bytes ? 0xff : MAXCP) : r)
  }
  if (base === "d") return neg ? "\\P{Nd}" : "\\p{Nd}"
  if (base === "s") return rangesText(neg ? complement(UNI_SPACE) : UNI_SPACE)
  return neg ? null : "\\p{L}\\p{N}_"
}

function wordClass(ascii: boolean): string {
  return `[${categoryInner("w", ascii)!}]`
}

function isAscii(ctx: Ctx, flags: number): boolean {
  return ctx.bytes || (flags & (F.ASCII | F.LOCALE)) !== 0
}

function emitSet(ctx: Ctx, items: SetItem[], neg: boolean, flags: number): string {
  const ascii = isAscii(ctx, flags)
  const icase = (flags & F.IGNORECASE) !== 0
  let inner = ""
  const alts: string[] = []
  const extra = new Set<number>()
  for (const it of items) {
    if (it.k === "lit") {
      inner += hex(it.c)
      if (icase) for (const v of caseVariants(it.c, ascii)) if (v !== it.c) extra.add(v)
    } else if (it.k === "range") {
      inner += `${hex(it.lo)}-${hex(it.hi)}`
      if (icase && it.hi - it.lo <= 5000)
        for (let c = it.lo; c <= it.hi; c++)
          for (const v of caseVariants(c, ascii)) if (v < it.lo || v > it.hi) extra.add(v)
    } else {
      const t = categoryInner(it.cat, ascii, ctx.bytes)
      if (t === null) alts.push(`[^${categoryInner("w", false)!}]`)
      else inner += t
    }
  }
  for (const v of extra) inner += hex(v)
  if (alts.length === 0) return neg ? (inner === "" ? "[\\s\\S]" : `[^${inner}]`) : `[${inner}]`
  if (neg)
    return `(?:${alts.map((a) => `(?!${a})`).join("")}${inner === "" ? "[\\s\\S]" : `[^${inner}]`})`
  return `(?:${inner === "" ? "" : `[${inner}]|`}${alts.join("|")})`
}

function emitLiteral(ctx: Ctx, c: number, flags: number): string {
  if ((flags & F.IGNORECASE) !== 0) {
    const vs = caseVariants(c, isAscii(ctx, flags))
    // With the `i` flag JavaScript folds the usual pairs itself.
    if (vs.length > 1 && (ctx.manualCase || vs.some(isSpecialCase)))
      return `[${vs.map(hex).join("")}]`
  }
  return lit(c)
}

function quantifier(min: number, max: number): string {
  if (max === MAXREPEAT) return min === 0 ? "*" : min === 1 ? "+" : `{${min},}`
  if (min === 0 && max === 1) return "?"
  return min === max ? `{${min}}` : `{${min},${max}}`
}

function atomicWrap(ctx: Ctx, inner: () => string): string {
  const k = ++ctx.count
  return `(?:(?=(${inner()}))\\${k})`
}

/**
 * "Group g is set" at the current position. A backreference to a group that
 * did not match matches the empty string in JavaScript (it fails in Python),
 * so such a group captures, hidden, the rest of the text from where it
 * started (S, in group _m<g>). Here, at p >= that start: if g is unset, \\k
 * matches the empty string and both tests fail; if g is set, S is longer than
 * what follows p unless p is g's start, and then S is exactly what follows.
 * The one case left undecided: g empty at the very end of the text.
 */
function isSet(g: number): string {
  return `(?:(?!\\k<_m${g}>)|(?=\\k<_m${g}>$)(?!$))`
}

/** Capture groups (Python numbers) in a sequence. */
function groupsIn(seq: Node[]): number[] {
  const out: number[] = []
  walk(seq, (x) => {
    if (x.k === "group" && x.g !== null) out.push(x.g)
  })
  return out
}

/**
 * A greedy repeat whose body can match the empty string ends, in Python,
 * with one more iteration that matched nothing, and that iteration's
 * captures stay ((a*)* on "aab" leaves group 1 ''); JavaScript refuses that
 * iteration and keeps the previous captures. Only for bodies with groups
 * that nothing refers to (their copy would be a second JS group).
 */
function needsFinalEmpty(ctx: Ctx, n: Node & { k: "rep" }): boolean {
  // With a finite maximum the loop may have stopped because it reached it.
  if (ctx.copying || n.max !== MAXREPEAT || widthOf(ctx.widths, n.body)[0] !== 0) return false
  const gs = groupsIn(n.body)
  return gs.length > 0 && gs.every((g) => !ctx.referenced.has(g) && !ctx.marks.has(g))
}

/**
 * After the loop: if the body matches the empty string right here, a copy
 * of it in a lookahead records that iteration's captures (in `alt` groups,
 * which win over the loop's when set). The body must end where it started:
 * the rest of the text (hidden group _f<k>) must follow its end.
 */
function finalEmpty(ctx: Ctx, body: Node[], flags: number): string {
  const k = ctx.finals++
  ctx.count++
  ctx.copying = true
  const copy = emitSeq(ctx, body, flags)
  ctx.copying = false
  return `(?:(?=(?<_f${k}>[\\s\\S]*))(?=(?:${copy})\\k<_f${k}>$)|)`
}

function emitSeq(ctx: Ctx, seq: Node[], flags: number): string {
  let out = ""
  for (const n of seq) out += emitNode(ctx, n, flags)
  return out
}

function emitNode(ctx: Ctx, n: Node, flags: number): string {
  switch (n.k) {
    case "lit":
      return emitLiteral(ctx, n.c, flags)
    case "any":
      return (flags & F.DOTALL) !== 0 ? "[\\s\\S]" : "[^\\n]"
    case "in":
      return emitSet(ctx, n.items, n.neg, flags)
    case "at": {
      const m = (flags & F.MULTILINE) !== 0
      switch (n.at) {
        case "^":
          return m ? "(?:^|(?<=\\n))" : "^"
        case "$":
          return m ? "(?=\\n|$)" : "(?=\\n?$)"
        case "A":
          return "^"
        case "Z":
          return "$"
        case "b": {
          const w = wordClass(isAscii(ctx, flags))
          return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`
        }
        case "B": {
          const w = wordClass(isAscii(ctx, flags))
          return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))(?!^$)`
        }
      }
      break
    }
    case "group": {
      const f = (flags | n.add) & ~n.del
      if (n.g === null) return `(?:${emitSeq(ctx, n.body, f)})`
      const k = ++ctx.count
      if (ctx.copying) ctx.alt[n.g] = k
      else {
        ctx.map[n.g] = k
        ctx.parents[n.g] = [...ctx.open]
      }
      ctx.open.push(n.g)
      let mark = ""
      if (ctx.marks.has(n.g)) {
        ctx.count++
        mark = `(?=(?<_m${n.g}>[\\s\\S]*))`
      }
      const body = emitSeq(ctx, n.body, f)
      ctx.open.pop()
      return `(${mark}${body})`
    }
    case "look": {
      if (n.behind) {
        const [lo, hi] = widthOf(ctx.widths, n.body)
        if (lo !== hi) throw new SreSyntax("look-behind requires fixed-width pattern", null)
      }
      const head = (n.behind ? "(?<" : "(?") + (n.neg ? "!" : "=")
      return `${head}${emitSeq(ctx, n.body, flags)})`
    }
    case "atomic":
      return atomicWrap(ctx, () => emitSeq(ctx, n.body, flags))
    case "rep": {
      if (n.min === 0 && n.max === 1 && n.mode !== 2 && widthOf(ctx.widths, n.body)[0] === 0) {
        // JavaScript refuses an iteration that matches nothing and backtracks
        // into it; Python takes it. For x? an alternation says Python's order.
        const body = emitSeq(ctx, n.body, flags)
        return n.mode === 0 ? `(?:${body}|)` : `(?:|${body})`
      }
      const q = quantifier(n.min, n.max)
      if (n.mode === 2) return atomicWrap(ctx, () => `(?:${emitSeq(ctx, n.body, flags)})${q}`)
      const loop = `(?:${emitSeq(ctx, n.body, flags)})${q}${n.mode === 1 ? "?" : ""}`
      return n.mode === 0 && needsFinalEmpty(ctx, n) ? loop + finalEmpty(ctx, n.body, flags) : loop
    }
    case "ref":
      if (ctx.marks.has(n.g)) return `(?:(?=${isSet(n.g)})\\${ctx.map[n.g]!})`
      return `(?:\\${ctx.map[n.g]!})`
    case "cond": {
      if (!ctx.marks.has(n.g)) return `(?:${emitSeq(ctx, n.yes, flags)})`
      const t = isSet(n.g)
      const yes = emitSeq(ctx, n.yes, flags)
      const no = n.no === null ? "" : emitSeq(ctx, n.no, flags)
      return `(?:(?=${t})${yes}|(?!${t})${no})`
    }
    case "branch":
      return `(?:${n.alts.map((a) => emitSeq(ctx, a, flags)).join("|")})`
  }
  throw new Error("re: unknown node")
}

function walk(seq: Node[], f: (n: Node) => void): void {
  for (const n of seq) {
    f(n)
    switch (n.k) {
      case "group":
      case "look":
      case "atomic":
      case "rep":
        walk(n.body, f)
        break
      case "cond":
        walk(n.yes, f)
        if (n.no) walk(n.no, f)
        break
      case "branch":
        for (const a of n.alts) walk(a, f)
        break
      default:
        break
    }
  }
}

function isLatin1Letter(c: number): boolean {
  return c >= 0xc0 && c <= 0xfe && c !== 0xd7 && c !== 0xf7
}

/** Whether a literal or a set member of the pattern is (or spans) a Latin-1 letter. */
function mentionsLatin1Letter(seq: Node[]): boolean {
  let found = false
  walk(seq, (n) => {
    if (n.k === "lit" && isLatin1Letter(n.c)) found = true
    if (n.k === "in")
      for (const it of n.items) {
        if (it.k === "lit" && isLatin1Letter(it.c)) found = true
        if (it.k === "range" && it.lo <= 0xfe && it.hi >= 0xc0) found = true
      }
  })
  return found
}

/** Collects the groups that may not take part in a match (under a branch, an optional repeat, ...). */
function findOptional(seq: Node[], under: boolean, out: Set<number>): void {
  for (const n of seq) {
    switch (n.k) {
      case "group":
        if (under && n.g !== null) out.add(n.g)
        findOptional(n.body, under, out)
        break
      case "rep":
        findOptional(n.body, under || n.min === 0, out)
        break
      case "look":
        findOptional(n.body, under || n.neg, out)
        break
      case "atomic":
        findOptional(n.body, under, out)
        break
      case "branch":
        for (const a of n.alts) findOptional(a, true, out)
        break
      case "cond":
        findOptional(n.yes, true, out)
        if (n.no) findOptional(n.no, true, out)
        break
      default:
        break
    }
  }
}

/** Translates a parsed pattern; throws SreSyntax for what JavaScript cannot express. */
export function translate(p: Parsed, bytes: boolean): Translation {
  let scopedCase = false
  let preferEmpty = false
  walk(p.tree, (n) => {
    if (n.k === "group" && ((n.add | n.del) & (F.IGNORECASE | F.ASCII | F.LOCALE)) !== 0)
      scopedCase = true
    if (n.k === "rep" && n.mode === 1) preferEmpty = true
    if (n.k === "ref" || n.k === "look" || n.k === "atomic" || n.k === "cond") preferEmpty = true
    if (n.k === "rep" && n.mode === 2) preferEmpty = true
    if (n.k === "branch") {
      for (let i = 0; i < n.alts.length - 1; i++)
        if (widthOf(p.widths, n.alts[i]!)[0] === 0) preferEmpty = true
    }
  })
  const marks = new Set<number>()
  const optional = new Set<number>()
  findOptional(p.tree, false, optional)
  const referenced = new Set<number>()
  walk(p.tree, (n) => {
    // A group that always takes part and closed before the condition needs no test.
    if (n.k === "cond" && !(n.closed && !optional.has(n.g))) marks.add(n.g)
    if (n.k === "ref" && optional.has(n.g)) marks.add(n.g)
    if (n.k === "ref" || n.k === "cond") referenced.add(n.g)
  })
  const globalI = (p.flags & F.IGNORECASE) !== 0
  const asciiCase = bytes || (p.flags & (F.ASCII | F.LOCALE)) !== 0
  // A bytes subject holds only U+0000..U+00FF, where JavaScript's `i` folds
  // nothing but ASCII letters and the Latin-1 ones: if the pattern names no
  // Latin-1 letter, the flag is right for bytes and keeps backreferences
  // case-insensitive.
  const bytesWithI = bytes && !mentionsLatin1Letter(p.tree)
  const manualCase = scopedCase || (globalI && asciiCase && !bytesWithI)
  const ctx: Ctx = {
    bytes,
    manualCase,
    count: 0,
    map: [0],
    parents: [[]],
    open: [],
    widths: p.widths,
    marks,
    alt: [],
    copying: false,
    finals: 0,
    referenced,
  }
  const body = emitSeq(ctx, p.tree, p.flags)
  const width = widthOf(p.widths, p.tree)
  for (let g = 1; g < p.groups; g++) {
    if (ctx.map[g] === undefined) {
      ctx.map[g] = 0
      ctx.parents[g] = []
    }
  }
  return {
    source: body === "" ? "(?:)" : body,
    jsFlags: "du" + (globalI && !manualCase ? "i" : ""),
    groupMap: ctx.map,
    altMap: ctx.alt,
    parents: ctx.parents,
    // Only a pattern that can match both the empty string and something longer.
    mayPreferEmpty: preferEmpty && width[0] === 0 && width[1] > 0,
  }
}
