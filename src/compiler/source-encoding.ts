// Source bytes -> source text, as compile(bytes) and import do it (PEP 263):
// UTF-8 unless a BOM or a coding cookie on line 1 or 2 says otherwise.
// @cpython Parser/tokenizer.c decode_str, check_bom, check_coding_spec, get_normal_name
//
//   "\xEF\xBB\xBF"  BOM          -> UTF-8 (a cookie other than utf-8 is an error)
//   "# -*- coding: latin-1 -*-"  -> that codec (line 2 counts only if line 1 is
//                                   blank or a comment)
//   neither                      -> UTF-8
//
// Like CPython in string mode, UTF-8 sources are not validated up front: a byte
// that is not valid UTF-8 becomes a lone surrogate U+DC80+byte (Python's
// "surrogateescape"), harmless in a comment; in a string literal or a name it is
// reported with CPython's "(unicode error) 'utf-8' codec can't decode ..." message
// by literals.ts and tokenizer.ts (see utf8ErrorAt).

import { PySyntaxError } from "./errors.js"

/** Python's name for the codecs we support (after get_normal_name and alias lookup). */
const CODECS: Record<string, string> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  u8: "utf-8",
  utf: "utf-8",
  cp65001: "utf-8",
  "iso-8859-1": "latin-1",
  latin1: "latin-1",
  l1: "latin-1",
  "iso8859-1": "latin-1",
  iso8859_1: "latin-1",
  "8859": "latin-1",
  cp819: "latin-1",
  latin: "latin-1",
  ascii: "ascii",
  "us-ascii": "ascii",
  "646": "ascii",
}

/** Python codec names that a WHATWG TextDecoder label decodes the same way (or nearly). */
const WHATWG: Record<string, string> = {
  cp1252: "windows-1252",
  "windows-1252": "windows-1252",
  cp1250: "windows-1250",
  "windows-1250": "windows-1250",
  cp1251: "windows-1251",
  "windows-1251": "windows-1251",
  cp1253: "windows-1253",
  cp1254: "windows-1254",
  cp1255: "windows-1255",
  cp1256: "windows-1256",
  cp1257: "windows-1257",
  cp1258: "windows-1258",
  "koi8-r": "koi8-r",
  koi8_r: "koi8-r",
  "koi8-u": "koi8-u",
  "euc-jp": "euc-jp",
  euc_jp: "euc-jp",
  "shift-jis": "shift_jis",
  shift_jis: "shift_jis",
  sjis: "shift_jis",
  cp932: "shift_jis",
  gbk: "gbk",
  gb2312: "gbk",
  gb18030: "gb18030",
  big5: "big5",
  "euc-kr": "euc-kr",
  euc_kr: "euc-kr",
  "mac-roman": "macintosh",
  macroman: "macintosh",
}
for (let n = 2; n <= 16; n++) {
  if (n === 12) continue
  WHATWG[`iso-8859-${n}`] = `iso-8859-${n}`
  WHATWG[`iso8859-${n}`] = `iso-8859-${n}`
  WHATWG[`latin-${n}`] = `iso-8859-${n}`
}

/** CPython's get_normal_name: lowercases, "_" -> "-", folds the utf-8 and latin-1 spellings. */
export function normalEncodingName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, "-")
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8"
  if (
    buf === "latin-1" ||
    buf === "iso-8859-1" ||
    buf === "iso-latin-1" ||
    buf.startsWith("latin-1-") ||
    buf.startsWith("iso-8859-1-") ||
    buf.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1"
  }
  return s
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/**
 * The coding cookie of one line (bytes [from, to)), or null. The cookie must be in
 * a comment that is alone on its line (@cpython get_coding_spec).
 */
function codingSpec(b: Uint8Array, from: number, to: number): string | null {
  const size = to - from
  let i = 0
  for (; i < size - 6; i++) {
    const c = b[from + i]!
    if (c === 35) break
    if (c !== 32 && c !== 9 && c !== 12) return null
  }
  for (; i < size - 6; i++) {
    const t = from + i
    if (
      b[t] === 99 &&
      b[t + 1] === 111 &&
      b[t + 2] === 100 &&
      b[t + 3] === 105 &&
      b[t + 4] === 110 &&
      b[t + 5] === 103
    ) {
      let p = t + 6
      if (b[p] !== 58 && b[p] !== 61) continue
      do p++
      while (b[p] === 32 || b[p] === 9)
      const begin = p
      while (p < to && (isAlnum(b[p]!) || b[p] === 45 || b[p] === 95 || b[p] === 46)) p++
      if (p > begin) {
        let name = ""
        for (let k = begin; k < p; k++) name += String.fromCharCode(b[k]!)
        return normalEncodingName(name)
      }
    }
  }
  return null
}

/** Is the line [from, to) blank or only a comment (so line 2 may still hold a cookie)? */
function onlyComment(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = b[i]!
    if (c === 35 || c === 10 || c === 13) return true
    if (c !== 32 && c !== 9 && c !== 12) return false
  }
  return true
}

function lineEnd(b: Uint8Array, from: number): number {
  let i = from
  while (i < b.length && b[i] !== 10 && b[i] !== 13) i++
  return i < b.length ? i + 1 : i
}

/** The encoding a source declares: "utf-8" by default, else the cookie's name. */
export function detectEncoding(bytes: Uint8Array): {
  encoding: string
  bom: boolean
  cookie: string | null
} {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const start = bom ? 3 : 0
  const e1 = lineEnd(bytes, start)
  let cookie = codingSpec(bytes, start, e1)
  if (cookie === null && onlyComment(bytes, start, e1) && e1 < bytes.length) {
    // A "\r\n" line end counts as one.
    let s2 = e1
    if (bytes[e1 - 1] === 13 && bytes[e1] === 10) s2++
    cookie = codingSpec(bytes, s2, lineEnd(bytes, s2))
  }
  return { encoding: cookie ?? "utf-8", bom, cookie }
}

function encodingError(msg: string, filename: string): PySyntaxError {
  // CPython reports these with lineno 0, offset -1 and no text or end position.
  return new PySyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null)
}

/** Options of decodeSource. */
export interface DecodeSourceOptions {
  /**
   * Decode as `python3 file.py` reads its script (CPython's file tokenizer) rather
   * than as compile(bytes) and import do: without a BOM or cookie the whole file must
   * be UTF-8 ("Non-UTF-8 code starting with '\xe9' in file f.py on line 1, but no
   * encoding declared; ..."), and codec problems read "encoding problem: X".
   */
  scriptFile?: boolean
}

/**
 * Decodes Python source bytes to text following PEP 263, with CPython's errors:
 * "unknown encoding: X", "encoding problem: X with BOM", and the codec's message
 * when the bytes do not decode.
 */
export function decodeSource(
  bytes: Uint8Array,
  filename: string,
  options: DecodeSourceOptions = {},
): string {
  const file = options.scriptFile ?? false
  const { encoding, bom, cookie } = detectEncoding(bytes)
  const body = bom ? bytes.subarray(3) : bytes
  if (bom && cookie !== null && cookie !== "utf-8") {
    throw encodingError(`encoding problem: ${cookie} with BOM`, filename)
  }
  const codec = CODECS[encoding.toLowerCase()] ?? CODECS[encoding.toLowerCase().replace(/-/g, "_")]
  if (codec === "utf-8") {
    if (file && !bom && cookie === null) checkScriptUtf8(body, filename)
    return decodeUtf8Escaping(body)
  }
  if (codec === "latin-1") {
    let s = ""
    for (let i = 0; i < body.length; i += 8192) {
      s += String.fromCharCode(...body.subarray(i, Math.min(body.length, i + 8192)))
    }
    return s
  }
  if (codec === "ascii") {
    for (let i = 0; i < body.length; i++) {
      if (body[i]! >= 0x80) {
        throw encodingError(
          file
            ? `encoding problem: ${encoding}`
            : `'ascii' codec can't decode byte 0x${body[i]!.toString(16)} in position ${i}: ordinal not in range(128)`,
          filename,
        )
      }
    }
    return new TextDecoder("utf-8").decode(body)
  }
  const label = WHATWG[encoding.toLowerCase()]
  if (label === undefined) {
    throw encodingError(
      file ? `encoding problem: ${encoding}` : `unknown encoding: ${encoding}`,
      filename,
    )
  }
  try {
    return decodeWith(label, body)
  } catch (_e) {
    throw encodingError(
      file ? `encoding problem: ${encoding}` : `'${encoding}' codec can't decode the source`,
      filename,
    )
  }
}

/** The file tokenizer's check that an undeclared script is UTF-8 (@cpython Parser/tokenizer.c, file mode). */
function checkScriptUtf8(b: Uint8Array, filename: string): void {
  let line = 1
  for (let i = 0; i < b.length;) {
    const c = b[i]!
    if (c === 10) line++
    const n = utf8SequenceLength(b, i)
    if (n === 0) {
      throw encodingError(
        `Non-UTF-8 code starting with '\\x${c.toString(16).padStart(2, "0")}' in file ${filename} on line ${line}, ` +
          "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
        filename,
      )
    }
    i += n
  }
}

// cp1252's 0x80..0x9F (0 = undefined in Python's codec).
const CP1252_C1 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0,
  0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0, 0x17e, 0x178,
]

/**
 * TextDecoder, except for bytes 0x80..0x9F of the single-byte Latin codecs, which
 * Node 20's decoder drops: ISO-8859-x maps them to U+0080..U+009F, cp1252 by table.
 */
function decodeWith(label: string, body: Uint8Array): string {
  const dec = new TextDecoder(label, { fatal: true })
  const latin = label.startsWith("iso-8859-")
  if (!latin && label !== "windows-1252") return dec.decode(body)
  let out = ""
  let run = 0
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!
    if (b < 0x80 || b > 0x9f) continue
    const cp = latin ? b : CP1252_C1[b - 0x80]!
    if (cp === 0) throw new Error("undefined byte")
    out += dec.decode(body.subarray(run, i)) + String.fromCharCode(cp)
    run = i + 1
  }
  return out + dec.decode(body.subarray(run))
}

/**
 * UTF-8 decoding where each byte of an invalid sequence becomes U+DC80+byte
 * (Python's surrogateescape), so later stages can report it where CPython does.
 */
export function decodeUtf8Escaping(b: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b)
  } catch (_e) {
    // Fall through to the slow path.
  }
  let out = ""
  let i = 0
  let runStart = 0
  const dec = new TextDecoder("utf-8")
  while (i < b.length) {
    const n = utf8SequenceLength(b, i)
    if (n > 0) {
      i += n
      continue
    }
    out += dec.decode(b.subarray(runStart, i)) + String.fromCharCode(0xdc00 + b[i]!)
    i++
    runStart = i
  }
  return out + dec.decode(b.subarray(runStart))
}

/** Length of the valid UTF-8 sequence at b[i], or 0 if it is not valid (CPython's rules). */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!
  if (c < 0x80) return 1
  const [n, lo, hi] = leadInfo(c)
  if (n === 0 || i + n > b.length) return 0
  const c1 = b[i + 1]!
  if (c1 < lo || c1 > hi) return 0
  for (let k = 2; k < n; k++) {
    const ck = b[i + k]!
    if (ck < 0x80 || ck > 0xbf) return 0
  }
  return n
}

/** Sequence length and the allowed range of the second byte for a lead byte. */
function leadInfo(c: number): [number, number, number] {
  if (c >= 0xc2 && c <= 0xdf) return [2, 0x80, 0xbf]
  if (c === 0xe0) return [3, 0xa0, 0xbf]
  if (c === 0xed) return [3, 0x80, 0x9f]
  if (c >= 0xe1 && c <= 0xef) return [3, 0x80, 0xbf]
  if (c === 0xf0) return [4, 0x90, 0xbf]
  if (c >= 0xf1 && c <= 0xf3) return [4, 0x80, 0xbf]
  if (c === 0xf4) return [4, 0x80, 0x8f]
  return [0, 0, 0]
}

/**
 * If `s` holds escaped undecodable bytes (see decodeUtf8Escaping), the message
 * CPython's UTF-8 decoder gives for the first one, as in
 * "'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data";
 * positions count bytes from the start of `s`. Null if `s` is clean.
 */
export function utf8ErrorAt(s: string): string | null {
  let first = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (
      c >= 0xdc80 &&
      c <= 0xdcff &&
      !(i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)
    ) {
      first = i
      break
    }
  }
  if (first < 0) return null
  // Back to bytes: the clean prefix as UTF-8, then the escaped bytes as they were.
  const prefix = new TextEncoder().encode(s.slice(0, first))
  const rest: number[] = []
  for (let i = first; i < s.length && rest.length < 4; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xdc80 && c <= 0xdcff) rest.push(c - 0xdc00)
    else break
  }
  const pos = prefix.length
  const lead = rest[0]!
  const [n, lo, hi] = leadInfo(lead)
  let reason: string
  let len = 1
  if (n === 0) reason = "invalid start byte"
  else {
    // How far the sequence gets before it breaks.
    let k = 1
    while (k < n && k < rest.length) {
      const ck = rest[k]!
      const ok = k === 1 ? ck >= lo && ck <= hi : ck >= 0x80 && ck <= 0xbf
      if (!ok) break
      k++
    }
    const next = first + rest.length
    const atEnd = next >= s.length
    if (k < n && k === rest.length && atEnd) {
      reason = "unexpected end of data"
      len = k
    } else {
      reason = "invalid continuation byte"
      len = k
    }
  }
  return len === 1
    ? `'utf-8' codec can't decode byte 0x${lead.toString(16).padStart(2, "0")} in position ${pos}: ${reason}`
    : `'utf-8' codec can't decode bytes in position ${pos}-${pos + len - 1}: ${reason}`
}
