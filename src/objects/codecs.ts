// The built-in codecs str.encode and bytes.decode use: UTF-8, UTF-16, UTF-32,
// ASCII and Latin-1, with the error handlers strict, ignore, replace, backslashreplace,
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
type Codec =
  | "utf-8"
  | "ascii"
  | "latin-1"
  | "utf-16"
  | "utf-16-le"
  | "utf-16-be"
  | "utf-32"
  | "utf-32-le"
  | "utf-32-be"

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
  utf_16: "utf-16",
  utf16: "utf-16",
  u16: "utf-16",
  utf_16_le: "utf-16-le",
  utf_16le: "utf-16-le",
  unicodelittleunmarked: "utf-16-le",
  utf_16_be: "utf-16-be",
  utf_16be: "utf-16-be",
  unicodebigunmarked: "utf-16-be",
  utf_32: "utf-32",
  utf32: "utf-32",
  u32: "utf-32",
  utf_32_le: "utf-32-le",
  utf_32le: "utf-32-le",
  utf_32_be: "utf-32-be",
  utf_32be: "utf-32-be",
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
  const unicode = limit === 0x110000 // a UTF: only surrogates are unencodable
  const emit = emitterFor(codec)
  const out: number[] = []
  // "utf-16" and "utf-32" start with a byte order mark (little-endian, as CPython on x86).
  if (codec === "utf-16") out.push(0xff, 0xfe)
  else if (codec === "utf-32") out.push(0xff, 0xfe, 0, 0)
  let i = 0
  while (i < cps.length) {
    const cp = cps[i]!
    const isSurrogate = cp >= 0xd800 && cp <= 0xdfff
    const ok = unicode ? !isSurrogate : cp < limit
    if (ok) {
      emit(out, cp)
      i++
      continue
    }
    // A run of characters this codec cannot encode.
    let j = i + 1
    while (j < cps.length) {
      const c = cps[j]!
      const bad = unicode ? c >= 0xd800 && c <= 0xdfff : c >= limit
      if (!bad) break
      j++
    }
    const reason = unicode ? "surrogates not allowed" : `ordinal not in range(${limit})`
    switch (errors) {
      case "strict":
        return encodeError(rt, codec, cps, i, j, reason)
      case "ignore":
        break
      case "replace":
        for (let k = i; k < j; k++) emit(out, 0x3f)
        break
      case "backslashreplace":
        for (let k = i; k < j; k++) for (const c of charEscape(cps[k]!)) emit(out, c.charCodeAt(0))
        break
      case "xmlcharrefreplace":
        for (let k = i; k < j; k++) for (const c of `&#${cps[k]};`) emit(out, c.charCodeAt(0))
        break
      case "surrogateescape":
        for (let k = i; k < j; k++) {
          const c = cps[k]!
          if (c < 0xdc80 || c > 0xdcff || (unicode && codec !== "utf-8"))
            return encodeError(rt, codec, cps, k, k + 1, reason)
          out.push(c - 0xdc00)
        }
        break
      case "surrogatepass":
        if (!unicode) return encodeError(rt, codec, cps, i, j, reason)
        for (let k = i; k < j; k++) (codec === "utf-8" ? pushUtf8 : emit)(out, cps[k]!)
        break
      default:
        return unknownHandler(rt, errors)
    }
    i = j
  }
  return newBytes(rt, Uint8Array.from(out))
}

/** How a codec writes one code point (a UTF's code unit or units; a byte for ASCII and Latin-1). */
function emitterFor(codec: Codec): (out: number[], cp: number) => void {
  switch (codec) {
    case "utf-8":
      return pushUtf8
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be": {
      const be = codec === "utf-16-be"
      const unit = (out: number[], u: number) =>
        be ? out.push(u >> 8, u & 0xff) : out.push(u & 0xff, u >> 8)
      return (out, cp) => {
        if (cp < 0x10000) unit(out, cp)
        else {
          unit(out, 0xd800 + ((cp - 0x10000) >> 10))
          unit(out, 0xdc00 + ((cp - 0x10000) & 0x3ff))
        }
      }
    }
    case "utf-32":
    case "utf-32-le":
    case "utf-32-be": {
      const be = codec === "utf-32-be"
      return (out, cp) => {
        const b = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, 0]
        out.push(...(be ? b.reverse() : b))
      }
    }
    default:
      return (out, cp) => void out.push(cp)
  }
}

/**
 * UTF-16 and UTF-32 decoding: a byte order mark picks the order for "utf-16"
 * and "utf-32" (little-endian without one); errors name the order actually
 * used ("'utf-16-le' codec can't decode ...").
 */
function decodeWide(rt: Runtime, data: Uint8Array, codec: Codec, errors: string): string {
  const wide32 = codec.startsWith("utf-32")
  const size = wide32 ? 4 : 2
  let be = codec.endsWith("-be")
  let i = 0
  const n = data.length
  if (codec === "utf-16" && n >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) i = 2
    else if (data[0] === 0xfe && data[1] === 0xff) {
      i = 2
      be = true
    }
  } else if (codec === "utf-32" && n >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      i = 4
      be = true
    }
  }
  const name = ((wide32 ? "utf-32" : "utf-16") + (be ? "-be" : "-le")) as Codec
  const unitAt = (k: number): number => {
    if (!wide32) return be ? (data[k]! << 8) | data[k + 1]! : data[k]! | (data[k + 1]! << 8)
    const b = [data[k]!, data[k + 1]!, data[k + 2]!, data[k + 3]!]
    if (be) b.reverse()
    return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0
  }
  let out = ""
  while (i < n) {
    let end: number
    let reason: string
    if (n - i < size) {
      end = n
      reason = "truncated data"
    } else {
      const u = unitAt(i)
      if (wide32) {
        if (u > 0x10ffff) reason = "code point not in range(0x110000)"
        else if (u >= 0xd800 && u <= 0xdfff)
          reason = "code point in surrogate code point range(0xd800, 0xe000)"
        else {
          out += String.fromCodePoint(u)
          i += 4
          continue
        }
        end = i + 4
      } else if (u < 0xd800 || u > 0xdfff) {
        out += String.fromCharCode(u)
        i += 2
        continue
      } else if (u >= 0xdc00) {
        end = i + 2
        reason = "illegal encoding"
      } else if (n - i < 4) {
        end = n
        reason = "unexpected end of data"
      } else {
        const v = unitAt(i + 2)
        if (v >= 0xdc00 && v <= 0xdfff) {
          out += String.fromCharCode(u, v)
          i += 4
          continue
        }
        end = i + 2
        reason = "illegal UTF-16 surrogate"
      }
    }
    switch (errors) {
      case "strict":
        return decodeError(rt, name, data, i, end, reason)
      case "ignore":
        break
      case "replace":
        out += "\ufffd"
        break
      case "backslashreplace":
        for (let k = i; k < end; k++) out += "\\x" + data[k]!.toString(16).padStart(2, "0")
        break
      case "surrogateescape":
      case "surrogatepass":
        return decodeError(rt, name, data, i, end, reason)
      default:
        return unknownHandler(rt, errors)
    }
    i = end
  }
  return out
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
  if (codec.startsWith("utf-16") || codec.startsWith("utf-32"))
    return decodeWide(rt, data, codec, errors)
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
