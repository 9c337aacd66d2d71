// Unicode character names, as Python's unicodedata knows them: the lookup behind
// "\N{EM DASH}" in string literals, and later unicodedata.name()/lookup().
// @cpython Modules/unicodedata.c _getcode, _getucname
//
// Where the names come from (unicode-names-data.ts, made by scripts/gen-unicode-names.py):
//
//   HANGUL SYLLABLE GAG      computed: 0xAC00 + (L*21 + V)*28 + T from the jamo short names
//   CJK UNIFIED IDEOGRAPH-4E00, NUSHU CHARACTER-1B170, ...
//                            computed: NAME_RANGES lists [prefix, first, last]
//   every other name         stored: word numbers into NAME_WORDS
//   aliases (BOM, NBSP, ...) stored: accepted by lookup, never returned by name()
//
// Stored numbers use NAME_DIGITS: zero or more "continuation" digits (the digits
// from NAME_TERMINALS on) then one "terminal" digit. NAME_ENTRIES lists the names
// in code point order, separated by " "; an entry that does not follow the
// previous code point starts with "!" and the number of code points skipped.
// NAME_ALIASES entries are the code point, then the words.
//
// The tables are decoded on first use (about 33,000 names) and kept: they are a
// pure function of constant data, so sharing them between interpreters is safe.

import {
  NAME_ALIASES,
  NAME_DIGITS,
  NAME_ENTRIES,
  NAME_RANGES,
  NAME_TERMINALS,
  NAME_WORDS,
} from "./unicode-names-data.js"

export { UNIDATA_VERSION } from "./unicode-names-data.js"

const JAMO_L = [
  "G",
  "GG",
  "N",
  "D",
  "DD",
  "R",
  "M",
  "B",
  "BB",
  "S",
  "SS",
  "",
  "J",
  "JJ",
  "C",
  "K",
  "T",
  "P",
  "H",
]
const JAMO_V = [
  "A",
  "AE",
  "YA",
  "YAE",
  "EO",
  "E",
  "YEO",
  "YE",
  "O",
  "WA",
  "WAE",
  "OE",
  "YO",
  "U",
  "WEO",
  "WE",
  "WI",
  "YU",
  "EU",
  "YI",
  "I",
]
const JAMO_T = [
  "",
  "G",
  "GG",
  "GS",
  "N",
  "NJ",
  "NH",
  "D",
  "L",
  "LG",
  "LM",
  "LB",
  "LS",
  "LT",
  "LP",
  "LH",
  "M",
  "B",
  "BS",
  "S",
  "SS",
  "NG",
  "J",
  "C",
  "K",
  "T",
  "P",
  "H",
]
const SBASE = 0xac00
const SCOUNT = 11172
const HANGUL_PREFIX = "HANGUL SYLLABLE "
const CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"

interface Tables {
  byName: Map<string, number>
  byCode: Map<number, string>
}

// The one lazily filled cache in this module (see the header comment).
let tables: Tables | null = null

function decodeTables(): Tables {
  const words = NAME_WORDS.split(" ")
  const digit = new Int16Array(128).fill(-1)
  for (let i = 0; i < NAME_DIGITS.length; i++) digit[NAME_DIGITS.charCodeAt(i)] = i
  const T = NAME_TERMINALS
  const C = NAME_DIGITS.length - T
  const byName = new Map<string, number>()
  const byCode = new Map<number, string>()
  const parts: string[] = []
  // Entries: ["!" gap] word-numbers, separated by " ". Aliases: code word-numbers.
  for (const [src, aliases] of [
    [NAME_ENTRIES, false],
    [NAME_ALIASES, true],
  ] as const) {
    const n = src.length
    let pos = 0
    let cp = -1
    while (pos < n) {
      let code = -1
      let gap = false
      if (!aliases && src.charCodeAt(pos) === 33 /* ! */) {
        gap = true
        pos++
      }
      // Read numbers until the separator; the first one may be a gap or a code.
      parts.length = 0
      let first = true
      while (pos < n && src.charCodeAt(pos) !== 32) {
        let v = 0
        let d = digit[src.charCodeAt(pos++)]!
        while (d >= T) {
          v = v * C + (d - T) + 1
          d = digit[src.charCodeAt(pos++)]!
        }
        v = v * T + d
        if (first && aliases) code = v
        else if (first && gap) cp += v
        else parts.push(words[v]!)
        first = false
      }
      pos++
      const name = parts.join(" ")
      if (aliases) byName.set(name, code)
      else {
        cp++
        byName.set(name, cp)
        byCode.set(cp, name)
      }
    }
  }
  return { byName, byCode }
}

function getTables(): Tables {
  if (tables === null) tables = decodeTables()
  return tables
}

/** Uppercases ASCII letters only, as CPython's name lookup does. */
function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase())
}

/** Longest entry of `table` that `s` has at `pos`, as [index, length]; [-1, 0] if none. */
function findSyllable(s: string, pos: number, table: string[]): [number, number] {
  let best = -1
  let len = 0
  for (let i = 0; i < table.length; i++) {
    const e = table[i]!
    if ((best < 0 || e.length > len) && s.startsWith(e, pos)) {
      best = i
      len = e.length
    }
  }
  return [best, len]
}

function isUnifiedIdeograph(cp: number): boolean {
  for (const [prefix, first, last] of NAME_RANGES) {
    if (prefix === "CJK UNIFIED IDEOGRAPH" && cp >= first && cp <= last) return true
  }
  return false
}

/**
 * The code point named `name` (case-insensitive; aliases accepted, named
 * sequences not), or -1. This is what "\N{...}" accepts.
 */
export function lookupUnicodeName(name: string): number {
  // Hangul syllables and unified ideographs are matched case-sensitively, as CPython does.
  if (name.startsWith(HANGUL_PREFIX)) {
    let pos = HANGUL_PREFIX.length
    const [l, ll] = findSyllable(name, pos, JAMO_L)
    pos += ll
    const [v, vl] = findSyllable(name, pos, JAMO_V)
    pos += vl
    const [t, tl] = findSyllable(name, pos, JAMO_T)
    pos += tl
    if (l < 0 || v < 0 || t < 0 || pos !== name.length) return -1
    return SBASE + (l * JAMO_V.length + v) * JAMO_T.length + t
  }
  if (name.startsWith(CJK_PREFIX)) {
    const hex = name.slice(CJK_PREFIX.length)
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1
    const cp = parseInt(hex, 16)
    return isUnifiedIdeograph(cp) ? cp : -1
  }
  const n = asciiUpper(name)
  const dash = n.lastIndexOf("-")
  if (dash > 0) {
    const prefix = n.slice(0, dash)
    const hex = n.slice(dash + 1)
    if (/^[0-9A-F]{4,6}$/.test(hex)) {
      const cp = parseInt(hex, 16)
      for (const [p, first, last] of NAME_RANGES) {
        if (
          p === prefix &&
          p !== "CJK UNIFIED IDEOGRAPH" &&
          cp >= first &&
          cp <= last &&
          hex === formatHex(cp)
        )
          return cp
      }
    }
  }
  return getTables().byName.get(n) ?? -1
}

function formatHex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0")
}

/** The name unicodedata.name() gives code point `cp`, or null if it has none. */
export function unicodeName(cp: number): string | null {
  if (cp >= SBASE && cp < SBASE + SCOUNT) {
    const s = cp - SBASE
    const l = Math.floor(s / (JAMO_V.length * JAMO_T.length))
    const v = Math.floor((s % (JAMO_V.length * JAMO_T.length)) / JAMO_T.length)
    const t = s % JAMO_T.length
    return HANGUL_PREFIX + JAMO_L[l]! + JAMO_V[v]! + JAMO_T[t]!
  }
  for (const [prefix, first, last] of NAME_RANGES) {
    if (cp >= first && cp <= last) return `${prefix}-${formatHex(cp)}`
  }
  return getTables().byCode.get(cp) ?? null
}
