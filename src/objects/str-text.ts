// Pure text algorithms behind str's methods, on JS strings (no objects, no
// runtime): code-point indexing, Python's whitespace and line boundaries,
// splitting, case mapping with Python's Unicode tables, and the codecs
// (UTF-8, ASCII, Latin-1) with the common error handlers.
//
// Code points: a JS string with surrogate pairs is indexed through code-point
// arrays (the slow path); BMP-only strings use JS indices directly.
//
// @cpython Objects/unicodeobject.c, Objects/stringlib/*

import { inSet, isSpaceCp, UNI } from "../util/unicode.js"

/** The code points of `s` as one-code-point strings (the slow path of indexing). */
export function codePoints(s: string): string[] {
  return Array.from(s)
}

/** Whether a JS string contains a surrogate pair (then JS and code-point indices differ). */
export function hasSurrogatePair(s: string): boolean {
  return /[\ud800-\udbff][\udc00-\udfff]/.test(s)
}

/** Converts a code-point index into a JS index of `s` (clamped to the end). */
export function cpToJs(s: string, bmp: boolean, cp: number): number {
  if (bmp) return cp
  let j = 0
  for (let i = 0; i < cp && j < s.length; i++) {
    const c = s.charCodeAt(j)
    j += c >= 0xd800 && c <= 0xdbff && j + 1 < s.length && isLow(s.charCodeAt(j + 1)) ? 2 : 1
  }
  return j
}

/** Converts a JS index of `s` into a code-point index. */
export function jsToCp(s: string, bmp: boolean, js: number): number {
  if (bmp) return js
  let n = 0
  for (let j = 0; j < js; n++) {
    const c = s.charCodeAt(j)
    j += c >= 0xd800 && c <= 0xdbff && j + 1 < s.length && isLow(s.charCodeAt(j + 1)) ? 2 : 1
  }
  return n
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** Python's str.isspace() for a single UTF-16 unit (every whitespace is in the BMP). */
export function isSpaceUnit(c: number): boolean {
  return isSpaceCp(c)
}

/** Line boundaries of str.splitlines: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
export function isLineBreak(c: number): boolean {
  return (
    c === 10 ||
    c === 13 ||
    c === 11 ||
    c === 12 ||
    c === 0x1c ||
    c === 0x1d ||
    c === 0x1e ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  )
}

/** str.split() with no separator: runs of whitespace, at most `maxsplit` splits (-1: no limit). */
export function splitWhitespace(
  s: string,
  maxsplit: number,
  isSpace: (c: number) => boolean = isSpaceCp,
): string[] {
  const out: string[] = []
  const n = s.length
  let i = 0
  while (i < n && isSpace(s.charCodeAt(i))) i++
  while (i < n) {
    if (maxsplit >= 0 && out.length === maxsplit) {
      // The rest is kept as it is, trailing whitespace included.
      out.push(s.slice(i))
      return out
    }
    let j = i
    while (j < n && !isSpace(s.charCodeAt(j))) j++
    out.push(s.slice(i, j))
    i = j
    while (i < n && isSpace(s.charCodeAt(i))) i++
  }
  return out
}

/** str.rsplit() with no separator. */
export function rsplitWhitespace(
  s: string,
  maxsplit: number,
  isSpace: (c: number) => boolean = isSpaceCp,
): string[] {
  const out: string[] = []
  let i = s.length
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--
  while (i > 0) {
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i))
      break
    }
    let j = i
    while (j > 0 && !isSpace(s.charCodeAt(j - 1))) j--
    out.push(s.slice(j, i))
    i = j
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--
  }
  return out.reverse()
}

/** str.split(sep, maxsplit) with a non-empty separator. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = []
  let i = 0
  while (maxsplit < 0 || out.length < maxsplit) {
    const j = s.indexOf(sep, i)
    if (j < 0) break
    out.push(s.slice(i, j))
    i = j + sep.length
  }
  out.push(s.slice(i))
  return out
}

/** str.rsplit(sep, maxsplit) with a non-empty separator. */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = []
  let end = s.length
  while (maxsplit < 0 || out.length < maxsplit) {
    if (end < sep.length) break
    const j = s.lastIndexOf(sep, end - sep.length)
    if (j < 0) break
    out.push(s.slice(j + sep.length, end))
    end = j
  }
  out.push(s.slice(0, end))
  return out.reverse()
}

/** str.splitlines(keepends). */
export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = []
  const n = s.length
  let i = 0
  while (i < n) {
    let j = i
    while (j < n && !isLineBreak(s.charCodeAt(j))) j++
    let eol = j
    if (j < n) {
      eol = s.charCodeAt(j) === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1
    }
    out.push(s.slice(i, keepends ? eol : j))
    i = eol
  }
  return out
}

/** Strips characters in `chars` (null: Python whitespace) from the chosen ends. */
export function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  let a = 0
  let b = s.length
  if (chars === null) {
    // Whitespace is all in the BMP: code units are enough.
    if (left) while (a < b && isSpaceCp(s.charCodeAt(a))) a++
    if (right) while (b > a && isSpaceCp(s.charCodeAt(b - 1))) b--
    return a === 0 && b === s.length ? s : s.slice(a, b)
  }
  if (!hasSurrogate(chars) && !hasSurrogatePair(s)) {
    // No code point is split in two on either side: compare code units.
    if (left) while (a < b && chars.indexOf(s[a]!) >= 0) a++
    if (right) while (b > a && chars.indexOf(s[b - 1]!) >= 0) b--
    return a === 0 && b === s.length ? s : s.slice(a, b)
  }
  const set = new Set(Array.from(chars))
  const cps = Array.from(s)
  b = cps.length
  if (left) while (a < b && set.has(cps[a]!)) a++
  if (right) while (b > a && set.has(cps[b - 1]!)) b--
  return cps.slice(a, b).join("")
}

/** Whether `s` holds any UTF-16 surrogate (paired or not). */
function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) return true
  }
  return false
}

/** str.expandtabs(tabsize): columns restart after \n and \r. */
export function expandTabs(s: string, tabsize: number): string {
  let out = ""
  let col = 0
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize)
        out += " ".repeat(n)
        col += n
      }
    } else {
      out += ch
      col = ch === "\n" || ch === "\r" ? 0 : col + 1
    }
  }
  return out
}

/** Number of non-overlapping occurrences of `sub` in `s` (an empty `sub` counts len + 1 positions). */
export function countSub(s: string, sub: string, cpLen: number, maxcount = Infinity): number {
  if (sub.length === 0) return Math.min(cpLen + 1, maxcount)
  let n = 0
  let i = s.indexOf(sub)
  while (i >= 0 && n < maxcount) {
    n++
    i = s.indexOf(sub, i + sub.length)
  }
  return n
}

/** str.replace(old, new, count): an empty `old` inserts `new` around every code point. */
export function replaceSub(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Infinity
  if (old.length === 0) {
    const cps = Array.from(s)
    let out = ""
    let k = 0
    for (let i = 0; i <= cps.length; i++) {
      if (k < count) {
        out += rep
        k++
      }
      if (i < cps.length) out += cps[i]
    }
    return out
  }
  let out = ""
  let i = 0
  let k = 0
  while (k < count) {
    const j = s.indexOf(old, i)
    if (j < 0) break
    out += s.slice(i, j) + rep
    i = j + old.length
    k++
  }
  return out + s.slice(i)
}

// --- case mapping -------------------------------------------------------------------

/** The Unicode titlecase of one code point (uppercase except for the digraphs that have their own). */
export function titleOf(ch: string): string {
  const cp = ch.codePointAt(0)!
  if (cp >= 0x1c4 && cp <= 0x1cc)
    return String.fromCharCode(0x1c5 + 3 * Math.floor((cp - 0x1c4) / 3))
  if (cp >= 0x1f1 && cp <= 0x1f3) return "\u01f2"
  if (inSet(UNI.title, cp)) return ch
  const u = ch.toUpperCase()
  // Full mappings that start with a titlecase letter keep the rest lowercase ('ﬁ' → 'Fi').
  if (u.length > 1 && Array.from(u).length > 1) {
    const [first, ...rest] = Array.from(u)
    return first + rest.join("").toLowerCase()
  }
  return u
}

/** Cased property (Python's definition: lower, upper or title letters and others with Other_*case). */
export function isCasedCp(cp: number): boolean {
  return inSet(UNI.cased, cp)
}

/** str.title(): titlecase after an uncased character, lowercase after a cased one. */
export function titleCase(s: string): string {
  const cps = Array.from(s)
  let out = ""
  let prevCased = false
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!
    out += prevCased ? lowerAt(cps, i) : titleOf(ch)
    prevCased = isCasedCp(ch.codePointAt(0)!)
  }
  return out
}

/**
 * Lowercase of cps[i], with the Final_Sigma rule CPython applies: a capital
 * sigma after a cased letter and not before one becomes 'ς'.
 */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i]!
  if (ch !== "\u03a3") return ch.toLowerCase()
  const before = i > 0 && isCasedCp(cps[i - 1]!.codePointAt(0)!)
  const after = i + 1 < cps.length && isCasedCp(cps[i + 1]!.codePointAt(0)!)
  return before && !after ? "\u03c2" : "\u03c3"
}

/** Lowercase of one code point alone (no final-sigma context). */
function lowerChar(ch: string): string {
  return ch === "\u03a3" ? "\u03c3" : ch.toLowerCase()
}

/** str.lower(): JS's full mapping (final sigma included, as CPython 3.11). */
export function lowerCase(s: string): string {
  return s.toLowerCase()
}

/** str.capitalize(): first character titlecased (3.8+), the rest lowercased. */
export function capitalize(s: string): string {
  if (s.length === 0) return s
  const first = String.fromCodePoint(s.codePointAt(0)!)
  return titleOf(first) + s.slice(first.length).toLowerCase()
}

/** str.swapcase(): uppercase ↔ lowercase; titlecase letters stay. */
export function swapCase(s: string): string {
  const cps = Array.from(s)
  let out = ""
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!
    const cp = ch.codePointAt(0)!
    if (inSet(UNI.upper, cp)) out += lowerAt(cps, i)
    else if (inSet(UNI.lower, cp)) out += ch.toUpperCase()
    else out += ch
  }
  return out
}

/**
 * str.casefold(): per character, uppercase then lowercase, which gives the
 * full case folding for nearly every character ('ß' → 'ss', 'ς' → 'σ');
 * U+0131 (dotless i) folds to itself. Cherokee folds differ (see docs).
 */
export function caseFold(s: string): string {
  let out = ""
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (cp < 128) out += ch.toLowerCase()
    else if (cp === 0x131) out += ch
    else for (const u of ch.toUpperCase()) out += lowerChar(u)
  }
  return out
}

/** str.islower / isupper / istitle. */
export function isLowerText(s: string): boolean {
  let cased = false
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (inSet(UNI.upper, cp) || inSet(UNI.title, cp)) return false
    if (inSet(UNI.lower, cp)) cased = true
  }
  return cased
}

export function isUpperText(s: string): boolean {
  let cased = false
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (inSet(UNI.lower, cp) || inSet(UNI.title, cp)) return false
    if (inSet(UNI.upper, cp)) cased = true
  }
  return cased
}

export function isTitleText(s: string): boolean {
  let cased = false
  let prevCased = false
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (inSet(UNI.upper, cp) || inSet(UNI.title, cp)) {
      if (prevCased) return false
      prevCased = true
      cased = true
    } else if (inSet(UNI.lower, cp)) {
      if (!prevCased) return false
      prevCased = true
      cased = true
    } else prevCased = false
  }
  return cased
}

/** Whether every code point of a non-empty `s` is in `set`. */
export function allIn(s: string, set: Int32Array): boolean {
  if (s.length === 0) return false
  for (const ch of s) if (!inSet(set, ch.codePointAt(0)!)) return false
  return true
}

/** str.isidentifier(). */
export function isIdentifier(s: string): boolean {
  if (s.length === 0) return false
  let first = true
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (!inSet(first ? UNI.idStart : UNI.idContinue, cp)) return false
    first = false
  }
  return true
}
