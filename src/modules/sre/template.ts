// Replacement templates of re.sub and Match.expand: "\\1", "\\g<name>",
// "\\g<0>", "\\n" and the other escapes, parsed into literal pieces and group
// numbers with CPython 3.11's messages and positions.
//
//   "a\\1b\\g<x>"  ->  ["a", 1, "b", 2]      (x is group 2)
//
// @cpython Lib/re/_parser.py parse_template

import { strRepr } from "../../objects/str.js"
import { isIdentifier } from "../../objects/str-text.js"
import { MAXGROUPS } from "./parse.js"
import { Tokenizer, asciiRepr, cpLen, pyInt, type Warn } from "./tokenizer.js"

/** A parsed template: literal text (code points as a JS string) and group numbers, in order. */
export type Template = (string | number)[]

/** An IndexError to raise (an unknown group name in "\\g<name>"). */
export class TemplateIndexError {
  constructor(readonly msg: string) {}
}

const ESCAPES: Record<string, string> = {
  "\\a": "\x07",
  "\\b": "\b",
  "\\f": "\f",
  "\\n": "\n",
  "\\r": "\r",
  "\\t": "\t",
  "\\v": "\v",
  "\\\\": "\\",
}
const DIGITS = "0123456789"
const OCTDIGITS = "01234567"
const ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

function isDigitTok(t: string | null, set: string): boolean {
  return t !== null && t.length === 1 && set.includes(t)
}

/**
 * Parses `cps` (the template's code points; Latin-1 for bytes) against a
 * pattern with `groups` groups and names `groupindex`. Throws SreSyntax
 * (re.error, position in the template) or TemplateIndexError.
 */
export function parseTemplate(
  cps: number[],
  istext: boolean,
  groups: number,
  groupindex: Map<string, number>,
  warn: Warn = () => {},
): Template {
  const s = new Tokenizer(cps, istext, warn)
  const out: Template = []
  let literal = ""
  const addgroup = (index: number, pos: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos)
    if (literal !== "") out.push(literal)
    literal = ""
    out.push(index)
  }
  for (;;) {
    let t = s.get()
    if (t === null) break
    if (t[0] === "\\" && t.length === 2) {
      const c = t[1]!
      if (c === "g") {
        if (!s.match("<")) throw s.error("missing <")
        const name = s.getuntil(">", "group name")
        let index: number
        if (isIdentifier(name)) {
          s.checkgroupname(name, 1)
          const g = groupindex.get(name)
          if (g === undefined) throw new TemplateIndexError(`unknown group name ${strRepr(name)}`)
          index = g
        } else {
          index = pyInt(name)
          if (Number.isNaN(index) || index < 0)
            throw s.error(`bad character in group name ${strRepr(name)}`, cpLen(name) + 1)
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, cpLen(name) + 1)
          if (!/^[0-9]+$/.test(name))
            warn(
              "DeprecationWarning",
              `bad character in group name ${istext ? strRepr(name) : asciiRepr(name)} at position ${s.tell() - cpLen(name) - 1}`,
            )
        }
        addgroup(index, cpLen(name) + 1)
      } else if (c === "0") {
        if (isDigitTok(s.next, OCTDIGITS)) {
          t += s.get()
          if (isDigitTok(s.next, OCTDIGITS)) t += s.get()
        }
        literal += String.fromCharCode(parseInt(t.slice(1), 8) & 0xff)
      } else if (DIGITS.includes(c)) {
        let isoctal = false
        if (isDigitTok(s.next, DIGITS)) {
          t += s.get()
          if (OCTDIGITS.includes(c) && OCTDIGITS.includes(t[2]!) && isDigitTok(s.next, OCTDIGITS)) {
            t += s.get()
            isoctal = true
            const v = parseInt(t.slice(1), 8)
            if (v > 0o377)
              throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length)
            literal += String.fromCharCode(v)
          }
        }
        if (!isoctal) addgroup(Number(t.slice(1)), t.length - 1)
      } else {
        const e = ESCAPES[t]
        if (e !== undefined) literal += e
        else {
          if (ASCIILETTERS.includes(c)) throw s.error(`bad escape ${t}`, t.length)
          literal += t
        }
      }
    } else literal += t
  }
  if (literal !== "") out.push(literal)
  return out
}
