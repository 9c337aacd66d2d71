// The pattern parser of heapscope's re: Python regular-expression syntax to a
// small tree, with CPython 3.11's grammar, error messages and error positions
// (Lib/re/_parser.py is the behaviour we reproduce; the code is our own).
//
// The pattern is read as a list of code points, so positions are Python
// indices (a bytes pattern is read as Latin-1, one code point per byte):
//
//   pattern  "(?P<x>a|b)\\1"       tokens   "(" "?" "P" "<" "x" ">" "a" "|" "b" ")" "\\1"
//   tree     group 1 [branch [lit a] [lit b]], ref 1
//
// A token is one character, or a backslash and the character after it (so
// "\\" at the very end of the pattern is "bad escape (end of pattern)").
// Errors are thrown as SreSyntax (re.error's msg and pos) or SreValue (a
// ValueError / OverflowError raised as such by re.compile).
//
// @cpython Lib/re/_parser.py

import { isIdentifier } from "../../objects/str-text.js"
import { strRepr } from "../../objects/str.js"
import { lookupUnicodeName } from "../../util/unicode-names.js"
import { SreSyntax, SreValue, Tokenizer, asciiRepr, cpLen, pyInt, type Warn } from "./tokenizer.js"

export { SreSyntax, SreValue, toCodePoints } from "./tokenizer.js"

/** The SRE_FLAG_* values (re.IGNORECASE is 2, ...). */
export const F = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const

const TYPE_FLAGS = F.ASCII | F.LOCALE | F.UNICODE
const GLOBAL_FLAGS = F.DEBUG | F.TEMPLATE
/** _sre.MAXREPEAT and MAXGROUPS of a 64-bit CPython. */
export const MAXREPEAT = 4294967295
export const MAXGROUPS = 2147483647

const FLAG_CHARS: Record<string, number> = {
  i: F.IGNORECASE,
  L: F.LOCALE,
  m: F.MULTILINE,
  s: F.DOTALL,
  x: F.VERBOSE,
  a: F.ASCII,
  t: F.TEMPLATE,
  u: F.UNICODE,
}

/** A member of a character set: a code point, a range, or a category (d D s S w W). */
export type SetItem =
  { k: "lit"; c: number } | { k: "range"; lo: number; hi: number } | { k: "cat"; cat: string }

/** One node of the parsed pattern. `rep.mode`: 0 greedy, 1 lazy, 2 possessive. */
export type Node =
  | { k: "lit"; c: number }
  | { k: "any" }
  | { k: "in"; items: SetItem[]; neg: boolean }
  | { k: "at"; at: "^" | "$" | "A" | "Z" | "b" | "B" }
  | { k: "group"; g: number | null; add: number; del: number; body: Node[] }
  | { k: "look"; behind: boolean; neg: boolean; body: Node[] }
  | { k: "atomic"; body: Node[] }
  | { k: "rep"; min: number; max: number; mode: 0 | 1 | 2; body: Node[] }
  | { k: "ref"; g: number }
  | { k: "cond"; g: number; yes: Node[]; no: Node[] | null; pos: number; closed: boolean }
  | { k: "branch"; alts: Node[][] }

/** What parsing produced: the tree, the final flags, the group count and names. */
export interface Parsed {
  tree: Node[]
  flags: number
  /** Number of capturing groups plus one (group 0), as State.groups. */
  groups: number
  groupindex: Map<string, number>
  /** Per group: [min, max] width in characters (Infinity for unbounded). */
  widths: [number, number][]
}

const DIGITS = "0123456789"
const OCTDIGITS = "01234567"
const HEXDIGITS = "0123456789abcdefABCDEF"
const ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
const WHITESPACE = " \t\n\r\v\f"
const SPECIAL_CHARS = ".\\[{()*+?^$|"
const REPEAT_CHARS = "*+?{"

/** The parser's State: flags, groups, names, and what lookbehinds may refer to. */
class State {
  flags = 0
  groupdict = new Map<string, number>()
  groupwidths: ([number, number] | null)[] = [null]
  lookbehindgroups: number | null = null
  grouprefpos = new Map<number, number>()

  get groups(): number {
    return this.groupwidths.length
  }

  opengroup(name: string | null): number {
    const gid = this.groups
    this.groupwidths.push(null)
    if (this.groups > MAXGROUPS) throw new SreSyntax("too many groups", null)
    if (name !== null) {
      const ogid = this.groupdict.get(name)
      if (ogid !== undefined)
        throw new SreSyntax(
          `redefinition of group name ${strRepr(name)} as group ${gid}; was group ${ogid}`,
          null,
        )
      this.groupdict.set(name, gid)
    }
    return gid
  }

  closegroup(gid: number, p: Node[]): void {
    this.groupwidths[gid] = getwidth(this, p)
  }

  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null
  }

  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error("cannot refer to an open group")
      if (gid >= this.lookbehindgroups)
        throw source.error("cannot refer to group defined in the same lookbehind subpattern")
    }
  }
}

/** SubPattern.getwidth: [min, max] characters a sequence can match (Infinity: unbounded). */
function getwidth(state: State | [number, number][], seq: Node[]): [number, number] {
  let lo = 0
  let hi = 0
  for (const n of seq) {
    switch (n.k) {
      case "branch": {
        let i = Infinity
        let j = 0
        for (const alt of n.alts) {
          const [l, h] = getwidth(state, alt)
          i = Math.min(i, l)
          j = Math.max(j, h)
        }
        lo += i
        hi += j
        break
      }
      case "atomic":
      case "group": {
        const [i, j] = getwidth(state, n.body)
        lo += i
        hi += j
        break
      }
      case "rep": {
        const [i, j] = getwidth(state, n.body)
        lo += i * n.min
        if (n.max === MAXREPEAT && j) hi = Infinity
        else hi += j * n.max
        break
      }
      case "lit":
      case "any":
      case "in":
        lo += 1
        hi += 1
        break
      case "ref": {
        const w = state instanceof State ? state.groupwidths[n.g] : state[n.g]
        const [i, j] = w ?? [0, 0]
        lo += i
        hi += j
        break
      }
      case "cond": {
        let [i, j] = getwidth(state, n.yes)
        if (n.no !== null) {
          const [l, h] = getwidth(state, n.no)
          i = Math.min(i, l)
          j = Math.max(j, h)
        } else i = 0
        lo += i
        hi += j
        break
      }
      default:
        break
    }
  }
  return [lo, hi]
}

/** The [min, max] width of a parsed sequence, given the groups' widths. */
export function widthOf(widths: [number, number][], seq: Node[]): [number, number] {
  return getwidth(widths, seq)
}

function literal(c: string): Node {
  return { k: "lit", c: c.codePointAt(0)! }
}

const CLASS_ESCAPES: Record<string, number> = {
  "\\a": 7,
  "\\b": 8,
  "\\f": 12,
  "\\n": 10,
  "\\r": 13,
  "\\t": 9,
  "\\v": 11,
  "\\\\": 92,
}

const CATEGORY_CHARS = "dDsSwW"

/** The escapes shared by sets and patterns: \x \u \U \N{...}; null when not one of them. */
function numericEscape(source: Tokenizer, escape: string): number | null {
  const c = escape[1]!
  if (c === "x") {
    escape += source.getwhile(2, HEXDIGITS)
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length)
    return parseInt(escape.slice(2), 16)
  }
  if (c === "u" && source.istext) {
    escape += source.getwhile(4, HEXDIGITS)
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length)
    return parseInt(escape.slice(2), 16)
  }
  if (c === "U" && source.istext) {
    escape += source.getwhile(8, HEXDIGITS)
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length)
    const v = parseInt(escape.slice(2), 16)
    if (v > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length)
    return v
  }
  if (c === "N" && source.istext) {
    if (!source.match("{")) throw source.error("missing {")
    const charname = source.getuntil("}", "character name")
    const v = lookupUnicodeName(charname)
    if (v < 0)
      throw source.error(`undefined character name ${strRepr(charname)}`, cpLen(charname) + 4)
    return v
  }
  return null
}

/** _class_escape: an escape inside [...]: a literal code point or a category item. */
function classEscape(source: Tokenizer, escape: string): SetItem {
  const code = CLASS_ESCAPES[escape]
  if (code !== undefined) return { k: "lit", c: code }
  const c = escape[1]!
  if (CATEGORY_CHARS.includes(c)) return { k: "cat", cat: c }
  const num = numericEscape(source, escape)
  if (num !== null) return { k: "lit", c: num }
  if (OCTDIGITS.includes(c)) {
    escape += source.getwhile(2, OCTDIGITS)
    const v = parseInt(escape.slice(1), 8)
    if (v > 0o377)
      throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length)
    return { k: "lit", c: v }
  }
  if (!DIGITS.includes(c) && escape.length === 2) {
    if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${escape}`, escape.length)
    return { k: "lit", c: escape.codePointAt(1)! }
  }
  throw source.error(`bad escape ${escape}`, cpLen(escape))
}

/** _escape: an escape outside a set: an anchor, a category, a literal or a group reference. */
function escapeNode(source: Tokenizer, escape: string, state: State): Node {
  const c = escape[1]!
  switch (escape) {
    case "\\A":
      return { k: "at", at: "A" }
    case "\\Z":
      return { k: "at", at: "Z" }
    case "\\b":
      return { k: "at", at: "b" }
    case "\\B":
      return { k: "at", at: "B" }
  }
  if (CATEGORY_CHARS.includes(c)) return { k: "in", items: [{ k: "cat", cat: c }], neg: false }
  const code = CLASS_ESCAPES[escape]
  if (code !== undefined) return { k: "lit", c: code }
  const num = numericEscape(source, escape)
  if (num !== null) return { k: "lit", c: num }
  if (c === "0") {
    escape += source.getwhile(2, OCTDIGITS)
    return { k: "lit", c: parseInt(escape.slice(1), 8) }
  }
  if (DIGITS.includes(c)) {
    // An octal escape (three octal digits) or a group reference.
    const nx = source.next
    if (nx !== null && nx.length === 1 && DIGITS.includes(nx)) {
      escape += source.get()
      const n2 = source.next
      if (
        OCTDIGITS.includes(escape[1]!) &&
        OCTDIGITS.includes(escape[2]!) &&
        n2 !== null &&
        n2.length === 1 &&
        OCTDIGITS.includes(n2)
      ) {
        escape += source.get()
        const v = parseInt(escape.slice(1), 8)
        if (v > 0o377)
          throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length)
        return { k: "lit", c: v }
      }
    }
    const group = parseInt(escape.slice(1), 10)
    if (group < state.groups) {
      if (!state.checkgroup(group))
        throw source.error("cannot refer to an open group", escape.length)
      state.checklookbehindgroup(group, source)
      return { k: "ref", g: group }
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1)
  }
  if (escape.length === 2) {
    if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${escape}`, escape.length)
    return { k: "lit", c: escape.codePointAt(1)! }
  }
  throw source.error(`bad escape ${escape}`, cpLen(escape))
}

function sameNode(a: Node, b: Node): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** _parse_sub: an alternation a|b|c (common prefixes factored out, as CPython does). */
function parseSub(source: Tokenizer, state: State, verbose: boolean, nested: number): Node[] {
  const items: Node[][] = []
  for (;;) {
    items.push(parse(source, state, verbose, nested + 1, nested === 0 && items.length === 0))
    if (!source.match("|")) break
    if (nested === 0) verbose = (state.flags & F.VERBOSE) !== 0
  }
  if (items.length === 1) return items[0]!
  const out: Node[] = []
  // Factor a common first item out of every branch (it changes nothing we can
  // observe but group numbering stays the same either way).
  for (;;) {
    const first = items[0]![0]
    if (first === undefined || first.k === "group" || first.k === "cond") break
    if (!items.every((it) => it.length > 0 && sameNode(it[0]!, first))) break
    for (const it of items) it.shift()
    out.push(first)
  }
  out.push({ k: "branch", alts: items })
  return out
}

/** _parse: a sequence up to "|", ")" or the end. */
function parse(
  source: Tokenizer,
  state: State,
  verbose: boolean,
  nested: number,
  first: boolean,
): Node[] {
  const sub: Node[] = []
  for (;;) {
    const tok = source.next
    if (tok === null) break
    if (tok === "|" || tok === ")") break
    source.get()
    if (verbose) {
      if (WHITESPACE.includes(tok)) continue
      if (tok === "#") {
        for (;;) {
          const t = source.get()
          if (t === null || t === "\n") break
        }
        continue
      }
    }
    if (tok[0] === "\\" && tok.length === 2) {
      sub.push(escapeNode(source, tok, state))
    } else if (!SPECIAL_CHARS.includes(tok)) {
      sub.push(literal(tok))
    } else if (tok === "[") {
      sub.push(parseSet(source))
    } else if (REPEAT_CHARS.includes(tok)) {
      const here = source.tell()
      let min = 0
      let max = MAXREPEAT
      if (tok === "?") max = 1
      else if (tok === "+") min = 1
      else if (tok === "{") {
        if (source.next === "}") {
          sub.push(literal(tok))
          continue
        }
        let lo = ""
        let hi = ""
        while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next))
          lo += source.get()
        if (source.match(",")) {
          while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next))
            hi += source.get()
        } else hi = lo
        if (!source.match("}")) {
          sub.push(literal(tok))
          source.seek(here)
          continue
        }
        if (lo) {
          min = Number(lo)
          if (min >= MAXREPEAT)
            throw new SreValue("OverflowError", "the repetition number is too large")
        }
        if (hi) {
          max = Number(hi)
          if (max >= MAXREPEAT)
            throw new SreValue("OverflowError", "the repetition number is too large")
          if (max < min)
            throw source.error("min repeat greater than max repeat", source.tell() - here)
        }
      }
      const item = sub.length > 0 ? sub[sub.length - 1]! : null
      if (item === null || item.k === "at")
        throw source.error("nothing to repeat", source.tell() - here + tok.length)
      if (item.k === "rep") throw source.error("multiple repeat", source.tell() - here + tok.length)
      let body: Node[] = [item]
      if (item.k === "group" && item.g === null && item.add === 0 && item.del === 0)
        body = item.body
      const mode = source.match("?") ? 1 : source.match("+") ? 2 : 0
      sub[sub.length - 1] = { k: "rep", min, max, mode, body }
    } else if (tok === ".") {
      sub.push({ k: "any" })
    } else if (tok === "(") {
      const r = parseParen(source, state, verbose, nested, first && sub.length === 0)
      if (r === "global") {
        // (parseParen refused global flags anywhere but at the very start)
        verbose = (state.flags & F.VERBOSE) !== 0
        continue
      }
      if (r !== null) sub.push(r)
    } else if (tok === "^") {
      sub.push({ k: "at", at: "^" })
    } else if (tok === "$") {
      sub.push({ k: "at", at: "$" })
    } else {
      throw new Error("re parser: unexpected special character")
    }
  }
  // Unpack plain non-capturing groups (?:...) into the sequence.
  const out: Node[] = []
  for (const n of sub) {
    if (n.k === "group" && n.g === null && n.add === 0 && n.del === 0) out.push(...n.body)
    else out.push(n)
  }
  return out
}

/** A character set [...]; the "[" has been read. */
function parseSet(source: Tokenizer): Node {
  const here = source.tell() - 1
  const set: SetItem[] = []
  if (source.next === "[")
    source.warn("FutureWarning", `Possible nested set at position ${source.tell()}`)
  const negate = source.match("^")
  for (;;) {
    const t = source.get()
    if (t === null) throw source.error("unterminated character set", source.tell() - here)
    if (t === "]" && set.length > 0) break
    let code1: SetItem
    if (t[0] === "\\" && t.length === 2) code1 = classEscape(source, t)
    else {
      if (set.length > 0 && "-&~|".includes(t) && source.next === t) {
        const what =
          t === "-"
            ? "difference"
            : t === "&"
              ? "intersection"
              : t === "~"
                ? "symmetric difference"
                : "union"
        source.warn("FutureWarning", `Possible set ${what} at position ${source.tell() - 1}`)
      }
      code1 = { k: "lit", c: t.codePointAt(0)! }
    }
    if (source.match("-")) {
      const that = source.get()
      if (that === null) throw source.error("unterminated character set", source.tell() - here)
      if (that === "]") {
        set.push(code1)
        set.push({ k: "lit", c: 45 })
        break
      }
      let code2: SetItem
      if (that[0] === "\\" && that.length === 2) code2 = classEscape(source, that)
      else {
        if (that === "-")
          source.warn("FutureWarning", `Possible set difference at position ${source.tell() - 2}`)
        code2 = { k: "lit", c: that.codePointAt(0)! }
      }
      const msg = `bad character range ${t}-${that}`
      const off = cpLen(t) + 1 + cpLen(that)
      if (code1.k !== "lit" || code2.k !== "lit") throw source.error(msg, off)
      if (code2.c < code1.c) throw source.error(msg, off)
      set.push({ k: "range", lo: code1.c, hi: code2.c })
    } else set.push(code1)
  }
  const uniq: SetItem[] = []
  const seen = new Set<string>()
  for (const it of set) {
    const key = JSON.stringify(it)
    if (!seen.has(key)) {
      seen.add(key)
      uniq.push(it)
    }
  }
  if (uniq.length === 1 && uniq[0]!.k === "lit" && !negate) return { k: "lit", c: uniq[0]!.c }
  return { k: "in", items: uniq, neg: negate }
}

/** "(" has been read: a group, an extension, or global flags ("global"); null for a comment. */
function parseParen(
  source: Tokenizer,
  state: State,
  verbose: boolean,
  nested: number,
  first: boolean,
): Node | "global" | null {
  const start = source.tell() - 1
  let capture = true
  let atomic = false
  let name: string | null = null
  let add = 0
  let del = 0
  if (source.match("?")) {
    const ch = source.get()
    if (ch === null) throw source.error("unexpected end of pattern")
    if (ch === "P") {
      if (source.match("<")) {
        name = source.getuntil(">", "group name")
        source.checkgroupname(name, 1)
      } else if (source.match("=")) {
        const nm = source.getuntil(")", "group name")
        source.checkgroupname(nm, 1)
        const gid = state.groupdict.get(nm)
        if (gid === undefined)
          throw source.error(`unknown group name ${strRepr(nm)}`, cpLen(nm) + 1)
        if (!state.checkgroup(gid))
          throw source.error("cannot refer to an open group", cpLen(nm) + 1)
        state.checklookbehindgroup(gid, source)
        return { k: "ref", g: gid }
      } else {
        const c2 = source.get()
        if (c2 === null) throw source.error("unexpected end of pattern")
        throw source.error("unknown extension ?P" + c2, c2.length + 2)
      }
    } else if (ch === ":") {
      capture = false
    } else if (ch === "#") {
      for (;;) {
        if (source.next === null)
          throw source.error("missing ), unterminated comment", source.tell() - start)
        if (source.get() === ")") break
      }
      return null
    } else if (ch === "=" || ch === "!" || ch === "<") {
      let kind = ch
      let behind = false
      let saved: number | null = null
      if (ch === "<") {
        const c2 = source.get()
        if (c2 === null) throw source.error("unexpected end of pattern")
        if (c2 !== "=" && c2 !== "!") throw source.error("unknown extension ?<" + c2, c2.length + 2)
        kind = c2
        behind = true
        saved = state.lookbehindgroups
        if (saved === null) state.lookbehindgroups = state.groups
      }
      const p = parseSub(source, state, verbose, nested + 1)
      if (behind && saved === null) state.lookbehindgroups = null
      if (!source.match(")"))
        throw source.error("missing ), unterminated subpattern", source.tell() - start)
      return { k: "look", behind, neg: kind === "!", body: p }
    } else if (ch === "(") {
      return parseConditional(source, state, verbose, nested, start)
    } else if (ch === ">") {
      capture = false
      atomic = true
    } else if (ch in FLAG_CHARS || ch === "-") {
      const flags = parseFlags(source, state, ch)
      if (flags === null) {
        if (!first)
          throw source.error(
            "global flags not at the start of the expression",
            source.tell() - start,
          )
        return "global"
      }
      ;[add, del] = flags
      capture = false
    } else {
      throw source.error("unknown extension ?" + ch, ch.length + 1)
    }
  }
  let group: number | null = null
  if (capture) {
    try {
      group = state.opengroup(name)
    } catch (e) {
      if (e instanceof SreSyntax) throw source.error(e.msg, cpLen(name ?? "") + 1)
      throw e
    }
  }
  const subVerbose = (verbose || (add & F.VERBOSE) !== 0) && (del & F.VERBOSE) === 0
  const p = parseSub(source, state, subVerbose, nested + 1)
  if (!source.match(")"))
    throw source.error("missing ), unterminated subpattern", source.tell() - start)
  if (group !== null) state.closegroup(group, p)
  if (atomic) return { k: "atomic", body: p }
  return { k: "group", g: group, add, del, body: p }
}

/** (?(id/name)yes|no); "(?(" has been read. */
function parseConditional(
  source: Tokenizer,
  state: State,
  verbose: boolean,
  nested: number,
  start: number,
): Node {
  const condname = source.getuntil(")", "group name")
  let condgroup: number
  if (isIdentifier(condname)) {
    source.checkgroupname(condname, 1)
    const g = state.groupdict.get(condname)
    if (g === undefined)
      throw source.error(`unknown group name ${strRepr(condname)}`, cpLen(condname) + 1)
    condgroup = g
  } else {
    const n = pyInt(condname)
    if (Number.isNaN(n) || n < 0)
      throw source.error(`bad character in group name ${strRepr(condname)}`, cpLen(condname) + 1)
    condgroup = n
    if (condgroup === 0) throw source.error("bad group number", cpLen(condname) + 1)
    if (condgroup >= MAXGROUPS)
      throw source.error(`invalid group reference ${condgroup}`, cpLen(condname) + 1)
    if (!state.grouprefpos.has(condgroup))
      state.grouprefpos.set(condgroup, source.tell() - cpLen(condname) - 1)
    if (!/^[0-9]+$/.test(condname))
      source.warn(
        "DeprecationWarning",
        `bad character in group name ${source.istext ? strRepr(condname) : asciiRepr(condname)} at position ${source.tell() - cpLen(condname) - 1}`,
      )
  }
  state.checklookbehindgroup(condgroup, source)
  const closed = state.checkgroup(condgroup)
  const pos = start
  const yes = parse(source, state, verbose, nested + 1, false)
  let no: Node[] | null = null
  if (source.match("|")) {
    no = parse(source, state, verbose, nested + 1, false)
    if (source.next === "|") throw source.error("conditional backref with more than two branches")
  }
  if (!source.match(")"))
    throw source.error("missing ), unterminated subpattern", source.tell() - start)
  return { k: "cond", g: condgroup, yes, no, pos, closed }
}

/** _parse_flags: "(?" and the first flag character have been read. */
function parseFlags(source: Tokenizer, state: State, ch: string | null): [number, number] | null {
  let add = 0
  let del = 0
  if (ch !== "-") {
    for (;;) {
      const flag = FLAG_CHARS[ch!]!
      if (source.istext) {
        if (ch === "L")
          throw source.error("bad inline flags: cannot use 'L' flag with a str pattern")
      } else if (ch === "u")
        throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
      add |= flag
      if ((flag & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== flag)
        throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
      ch = source.get()
      if (ch === null) throw source.error("missing -, : or )")
      if (ch === ")" || ch === "-" || ch === ":") break
      if (!(ch in FLAG_CHARS)) {
        const msg = isAlpha(ch) ? "unknown flag" : "missing -, : or )"
        throw source.error(msg, ch.length)
      }
    }
  }
  if (ch === ")") {
    state.flags |= add
    return null
  }
  if ((add & GLOBAL_FLAGS) !== 0)
    throw source.error("bad inline flags: cannot turn on global flag", 1)
  if (ch === "-") {
    ch = source.get()
    if (ch === null) throw source.error("missing flag")
    if (!(ch in FLAG_CHARS)) {
      const msg = isAlpha(ch) ? "unknown flag" : "missing flag"
      throw source.error(msg, ch.length)
    }
    for (;;) {
      const flag = FLAG_CHARS[ch]!
      if ((flag & TYPE_FLAGS) !== 0)
        throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
      del |= flag
      ch = source.get()
      if (ch === null) throw source.error("missing :")
      if (ch === ":") break
      if (!(ch in FLAG_CHARS)) {
        const msg = isAlpha(ch) ? "unknown flag" : "missing :"
        throw source.error(msg, ch.length)
      }
    }
  }
  if ((del & GLOBAL_FLAGS) !== 0)
    throw source.error("bad inline flags: cannot turn off global flag", 1)
  if ((add & del) !== 0) throw source.error("bad inline flags: flag turned on and off", 1)
  return [add, del]
}

function isAlpha(s: string): boolean {
  return /^\p{L}+$/u.test(s)
}

/** fix_flags: checks the type flags against the pattern's type and adds UNICODE to str patterns. */
export function fixFlags(istext: boolean, flags: number): number {
  if (istext) {
    if (flags & F.LOCALE)
      throw new SreValue("ValueError", "cannot use LOCALE flag with a str pattern")
    if (!(flags & F.ASCII)) flags |= F.UNICODE
    else if (flags & F.UNICODE)
      throw new SreValue("ValueError", "ASCII and UNICODE flags are incompatible")
  } else {
    if (flags & F.UNICODE)
      throw new SreValue("ValueError", "cannot use UNICODE flag with a bytes pattern")
    if (flags & F.LOCALE && flags & F.ASCII)
      throw new SreValue("ValueError", "ASCII and LOCALE flags are incompatible")
  }
  return flags
}

/** sre_parse.parse: the whole pattern; throws SreSyntax / SreValue. */
export function parsePattern(
  cps: number[],
  istext: boolean,
  flags: number,
  warn: Warn = () => {},
): Parsed {
  const source = new Tokenizer(cps, istext, warn)
  const state = new State()
  state.flags = flags
  const tree = parseSub(source, state, (flags & F.VERBOSE) !== 0, 0)
  state.flags = fixFlags(istext, state.flags)
  if (source.next !== null) throw source.error("unbalanced parenthesis")
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new SreSyntax(`invalid group reference ${g}`, pos)
  }
  const widths = state.groupwidths.map((w) => w ?? ([0, 0] as [number, number]))
  return {
    tree,
    flags: state.flags,
    groups: state.groups,
    groupindex: state.groupdict,
    widths,
  }
}
