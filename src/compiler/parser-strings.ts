// Adapter between the parser and the string-literal code (strings.ts, owned by
// the tokenizer side). Until strings.ts lands this holds a minimal version
// that handles plain str and bytes literals; f-strings are rejected.

import type * as A from "./ast-nodes.js"
import { BytesConst } from "./constants.js"
import { PySyntaxError } from "./errors.js"
import type { FStringExprParser } from "./parser-expr.js"
import type { Token } from "./token.js"

/** Turns adjacent STRING tokens into one Constant (or JoinedStr) node. */
export function concatStrings(
  tokens: Token[],
  _parseExpr: FStringExprParser,
  filename: string,
  _source: string,
): A.ExprNode {
  const first = tokens[0]!
  const last = tokens[tokens.length - 1]!
  let bytes: number[] | null = null
  let str = ""
  let kind: string | null = null
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const text = t.string
    let p = 0
    let isBytes = false
    let isRaw = false
    for (; ; p++) {
      const c = text[p]!.toLowerCase()
      if (c === "b") isBytes = true
      else if (c === "r") isRaw = true
      else if (c === "u") {
        if (i === 0) kind = "u"
      } else if (c === "f") {
        throw new PySyntaxError(
          "SyntaxError",
          "f-strings are not supported yet",
          filename,
          t.lineno,
          t.col + 1,
          t.lineno,
          t.col + 1,
          null,
        )
      } else break
    }
    const q = text[p]!
    const triple = text.startsWith(q + q + q, p)
    const body = text.slice(p + (triple ? 3 : 1), text.length - (triple ? 3 : 1))
    if (i === 0 && isBytes) bytes = []
    if ((bytes !== null) !== isBytes)
      throw new PySyntaxError(
        "SyntaxError",
        "cannot mix bytes and nonbytes literals",
        filename,
        first.lineno,
        first.col + 1,
        last.endLineno,
        last.endCol + 1,
        null,
      )
    const decoded = isRaw ? body : unescape(body, isBytes)
    if (bytes !== null) {
      for (let j = 0; j < decoded.length; j++) bytes.push(decoded.charCodeAt(j))
    } else str += decoded
  }
  return {
    _type: "Constant",
    value: bytes !== null ? new BytesConst(Uint8Array.from(bytes)) : str,
    kind,
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.endLineno,
    end_col_offset: last.endCol,
  }
}

const SIMPLE: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
}

function unescape(s: string, isBytes: boolean): string {
  if (!s.includes("\\")) return s
  let out = ""
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c !== "\\") {
      out += c
      continue
    }
    const n = s[++i]!
    if (n in SIMPLE) out += SIMPLE[n]
    else if (n >= "0" && n <= "7") {
      let j = i
      while (j < i + 3 && s[j]! >= "0" && s[j]! <= "7") j++
      out += String.fromCodePoint(parseInt(s.slice(i, j), 8) & (isBytes ? 0xff : 0x1ff))
      i = j - 1
    } else if (n === "x") {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16))
      i += 2
    } else if (!isBytes && n === "u") {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 5), 16))
      i += 4
    } else if (!isBytes && n === "U") {
      out += String.fromCodePoint(parseInt(s.slice(i + 1, i + 9), 16))
      i += 8
    } else out += "\\" + n
  }
  return out
}
