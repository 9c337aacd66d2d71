// The built-in codecs str.encode and bytes.decode use: UTF-8, ASCII and
// Latin-1, with the error handlers strict, ignore, replace, backslashreplace,
// xmlcharrefreplace (encoding), surrogateescape and surrogatepass (UTF-8),
// and CPython's messages ("'ascii' codec can't encode character '\xe9' in
// position 0: ordinal not in range(128)").
//
// @cpython Objects/unicodeobject.c, Objects/stringlib/codecs.h, Python/codecs.c

import { newBytes } from "./bytes.js"
import { raise } from "./errors.js"
import { newExceptionArgs } from "./exceptions.js"
import { newInt } from "./int.js"
import type { PyObject } from "./object.js"
import { decref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStr } from "./str.js"
import type { PyType } from "./type.js"

/** The codecs heapscope knows, by normalized name. */
type Codec = "utf-8" | "ascii" | "latin-1"

const ALIASES: Record<string, Codec> = {
  utf_8: "utf-8",
  utf8: "utf-8",
  u8: "utf-8",
  utf: "utf-8",
  cp65001: "utf-8",
  utf8_ucs2: "utf-8",
  utf8_ucs4: "utf-8",
  ascii: "ascii",
  us_ascii: "ascii",
  "646": "ascii",
  us: "ascii",
  ansi_x3_4_1968: "ascii",
  iso646_us: "ascii",
  latin_1: "latin-1",
  latin1: "latin-1",
  latin: "latin-1",
  l1: "latin-1",
  iso_8859_1: "latin-1",
  iso8859_1: "latin-1",
  "8859": "latin-1",
  cp819: "latin-1",
  iso_ir_100: "latin-1",
  csisolatin1: "latin-1",
}

/** Looks up an encoding name as encodings.normalize_encoding does; LookupError if unknown. */
export function lookupCodec(rt: Runtime, name: string): Codec {
  const norm = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "_")
    .replace(/^_|_$/g, "")
  const c = ALIASES[norm]
  if (c === undefined) return raise(rt, rt.t.LookupError, `unknown encoding: ${name}`)
  return c
}

/** How UnicodeEncodeError/UnicodeDecodeError print one character: \xNN, \uNNNN or \UNNNNNNNN. */
function charEscape(cp: number): string {
  if (cp <= 0xff) return "\\x" + cp.toString(16).padStart(2, "0")
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0")
  return "\\U" + cp.toString(16).padStart(8, "0")
}

function unknownHandler(rt: Runtime, errors: string): never {
  return raise(rt, rt.t.LookupError, `unknown error handler name '${errors}'`)
}

/** Raises UnicodeEncodeError(encoding, text, start, end, reason); its str() gives CPython's message. */
function encodeError(
  rt: Runtime,
  codec: Codec,
  cps: number[],
  start: number,
  end: number,
  reason: string,
): never {
  const text = cps.map((c) => String.fromCodePoint(c)).join("")
  throw unicodeError(rt, rt.t.UnicodeEncodeError!, codec, newStr(rt, text), start, end, reason)
}

/** Raises UnicodeDecodeError(encoding, data, start, end, reason). */
function decodeError(
  rt: Runtime,
  codec: Codec,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
): never {
  throw unicodeError(
    rt,
    rt.t.UnicodeDecodeError!,
    codec,
    newBytes(rt, data.slice()),
    start,
    end,
    reason,
  )
}

/** Builds the exception from its five arguments; `object` is stolen. */
function unicodeError(
  rt: Runtime,
  type: PyType,
  codec: Codec,
  object: PyObject,
  start: number,
  end: number,
  reason: string,
): PyObject {
  const args = [newStr(rt, codec), object, newInt(rt, start), newInt(rt, end), newStr(rt, reason)]
  try {
    return newExceptionArgs(rt, type, args)
  } finally {
    for (const a of args) decref(rt, a)
  }
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp)
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f))
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f))
  else
    out.push(
      0xf0 | (cp >> 18),
      0x80 | ((cp >> 12) & 0x3f),
      0x80 | ((cp >> 6) & 0x3f),
      0x80 | (cp & 0x3f),
    )
}

/**
 * Encodes a str's text; returns a new bytes object. Unencodable runs go to
 * the error handler (strict raises UnicodeEncodeError).
 */
export function encodeStr(rt: Runtime, s: string, encoding: string, errors: string): PyObject {
  const codec = lookupCodec(rt, encoding)
  const cps: number[] = []
  for (const ch of s) cps.push(ch.codePointAt(0)!)
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000
  const out: number[] = []
  let i = 0
  while (i < cps.length) {
    const cp = cps[i]!
    const isSurrogate = cp >= 0xd800 && cp <= 0xdfff
    const ok = codec === "utf-8" ? !isSurrogate : cp < limit
    if (ok) {
      if (codec === "utf-8") pushUtf8(out, cp)
      else out.push(cp)
      i++
      continue
    }
    // A run of characters this codec cannot encode.
    let j = i + 1
    while (j < cps.length) {
      const c = cps[j]!
      const bad = codec === "utf-8" ? c >= 0xd800 && c <= 0xdfff : c >= limit
      if (!bad) break
      j++
    }
    const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`
    switch (errors) {
      case "strict":
        return encodeError(rt, codec, cps, i, j, reason)
      case "ignore":
        break
      case "replace":
        for (let k = i; k < j; k++) out.push(0x3f)
        break
      case "backslashreplace":
        for (let k = i; k < j; k++) for (const c of charEscape(cps[k]!)) out.push(c.charCodeAt(0))
        break
      case "xmlcharrefreplace":
        for (let k = i; k < j; k++) for (const c of `&#${cps[k]};`) out.push(c.charCodeAt(0))
        break
      case "surrogateescape":
        for (let k = i; k < j; k++) {
          const c = cps[k]!
          if (c < 0xdc80 || c > 0xdcff) return encodeError(rt, codec, cps, k, k + 1, reason)
          out.push(c - 0xdc00)
        }
        break
      case "surrogatepass":
        if (codec !== "utf-8") return encodeError(rt, codec, cps, i, j, reason)
        for (let k = i; k < j; k++) pushUtf8(out, cps[k]!)
        break
      default:
        return unknownHandler(rt, errors)
    }
    i = j
  }
  return newBytes(rt, Uint8Array.from(out))
}

/** Length of the valid UTF-8 prefix of the sequence at `i`, and whether it ended early. */
function utf8Error(data: Uint8Array, i: number): { end: number; reason: string } {
  const b0 = data[i]!
  let need: number
  let lo = 0x80
  let hi = 0xbf
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2
    if (b0 === 0xe0) lo = 0xa0
    if (b0 === 0xed) hi = 0x9f
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3
    if (b0 === 0xf0) lo = 0x90
    if (b0 === 0xf4) hi = 0x8f
  } else return { end: i + 1, reason: "invalid start byte" }
  let j = i + 1
  for (let k = 0; k < need; k++, j++) {
    if (j >= data.length) return { end: data.length, reason: "unexpected end of data" }
    const b = data[j]!
    const l = k === 0 ? lo : 0x80
    const h = k === 0 ? hi : 0xbf
    if (b < l || b > h) return { end: j, reason: "invalid continuation byte" }
  }
  return { end: j, reason: "" }
}

/** Decodes bytes to a JS string with the given codec and error handler. */
export function decodeBytes(
  rt: Runtime,
  data: Uint8Array,
  encoding: string,
  errors: string,
): string {
  const codec = lookupCodec(rt, encoding)
  let out = ""
  if (codec === "latin-1") {
    for (let i = 0; i < data.length; i += 8192)
      out += String.fromCharCode(...data.subarray(i, i + 8192))
    return out
  }
  const n = data.length
  let i = 0
  let run = 0 // start of the pending run of ASCII bytes
  const flush = (end: number) => {
    for (let k = run; k < end; k += 8192)
      out += String.fromCharCode(...data.subarray(k, Math.min(end, k + 8192)))
  }
  while (i < n) {
    const b = data[i]!
    if (b < 0x80) {
      i++
      continue
    }
    flush(i)
    let end: number
    let reason: string
    if (codec === "utf-8") {
      const e = utf8Error(data, i)
      if (e.reason === "") {
        // A complete, valid sequence.
        let cp = b & (b >= 0xf0 ? 0x07 : b >= 0xe0 ? 0x0f : 0x1f)
        for (let k = i + 1; k < e.end; k++) cp = (cp << 6) | (data[k]! & 0x3f)
        out += String.fromCodePoint(cp)
        i = e.end
        run = i
        continue
      }
      end = e.end
      reason = e.reason
    } else {
      end = i + 1
      reason = "ordinal not in range(128)"
    }
    switch (errors) {
      case "strict":
        return decodeError(rt, codec, data, i, end, reason)
      case "ignore":
        break
      case "replace":
        out += "\ufffd"
        break
      case "backslashreplace":
        for (let k = i; k < end; k++) out += "\\x" + data[k]!.toString(16).padStart(2, "0")
        break
      case "surrogateescape":
        for (let k = i; k < end; k++) out += String.fromCharCode(0xdc00 + data[k]!)
        break
      default:
        return unknownHandler(rt, errors)
    }
    i = end
    run = i
  }
  flush(n)
  return out
}
