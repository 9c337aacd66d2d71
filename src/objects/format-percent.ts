// printf-style formatting: `str % args` and `bytes % args`.
//
//   '%' ['(' key ')'] [flags -+ #0] [width | '*'] ['.' (precision | '*')] [h l L] type
//
// args is a tuple of positional values, or one value, or a mapping (then
// '%(key)s' looks keys up). bytes formatting works on the same engine with
// Latin-1 JS strings standing for byte strings.
//
// @cpython Objects/unicodeobject.c PyUnicode_Format, Objects/bytesobject.c _PyBytes_FormatEx

import {
  asFloat,
  asInt,
  getItem,
  index,
  repr,
  reprString,
  str as strObject,
  strString,
} from "./abstract.js"
import { bytesValue, isBytes, newBytes } from "./bytes.js"
import { raise, typeError, valueError } from "./errors.js"
import { renderDouble } from "./format.js"
import { type IntValue, intToDecimal } from "./int.js"
import type { PyObject } from "./object.js"
import { decref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { isStr, newStr, newStrDecimal, strInfo, strValue } from "./str.js"
import { isTuple, tupleItems } from "./tuple.js"
import { TypeFlags } from "./type.js"

/** ascii()'s escaping: every non-ASCII character as \\xhh, \\uhhhh or \\Uhhhhhhhh. */
export function asciiEscape(s: string): string {
  let out = ""
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (cp < 128) out += ch
    else if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0")
    else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0")
    else out += "\\U" + cp.toString(16).padStart(8, "0")
  }
  return out
}

/** ascii(): repr with every non-ASCII character escaped. */
export function asciiOf(rt: Runtime, o: PyObject): string {
  return asciiEscape(reprString(rt, o))
}

/**
 * PyObject_ASCII: a new reference. An all-ASCII repr is returned as it is
 * (so ascii(3) is the new object that repr(3) made); otherwise the escaped
 * text.
 */
export function asciiObject(rt: Runtime, o: PyObject): PyObject {
  const r = repr(rt, o)
  if (strInfo(r).ascii) return r
  const s = strValue(r)
  decref(rt, r)
  return newStr(rt, asciiEscape(s))
}

interface Flags {
  left: boolean
  plus: boolean
  space: boolean
  alt: boolean
  zero: boolean
  width: number
  prec: number
}

function isIntObj(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.LONG_SUBCLASS) !== 0
}

/** Pads `body` (with its sign/prefix `head`) to the width with spaces or zeros. */
function pad(f: Flags, head: string, body: string, numeric: boolean): string {
  const len = [...head].length + [...body].length
  if (f.width <= len) return head + body
  const n = f.width - len
  if (f.left) return head + body + " ".repeat(n)
  if (f.zero && numeric) return head + "0".repeat(n) + body
  return " ".repeat(n) + head + body
}

/** An int's own decimal text: optional '-', no leading zero, no padding. */
const PLAIN_DECIMAL = /^-?(?:0|[1-9][0-9]*)$/

function formatIntConv(rt: Runtime, v: IntValue, type: string, f: Flags): string {
  const neg = v < 0
  const abs = typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v
  let digits: string
  let prefix = ""
  if (type === "o") {
    digits = abs.toString(8)
    if (f.alt) prefix = "0o"
  } else if (type === "x" || type === "X") {
    digits = abs.toString(16)
    if (type === "X") digits = digits.toUpperCase()
    if (f.alt) prefix = type === "x" ? "0x" : "0X"
  } else digits = intToDecimal(rt, abs)
  if (f.prec > digits.length) digits = "0".repeat(f.prec - digits.length) + digits
  const sign = neg ? "-" : f.plus ? "+" : f.space ? " " : ""
  return pad(f, sign + prefix, digits, true)
}

function formatFloatConv(rt: Runtime, arg: PyObject, type: string, f: Flags): string {
  let x: number
  if (arg.type === rt.t.float) x = arg.v as number
  else {
    let fo: PyObject
    try {
      fo = asFloat(rt, arg)
    } catch (e) {
      if (e instanceof Object && (e as PyObject).type === rt.t.TypeError) {
        decref(rt, e as PyObject)
        return typeError(rt, `must be real number, not ${arg.type.name}`)
      }
      throw e
    }
    x = fo.v as number
    decref(rt, fo)
  }
  const prec = f.prec < 0 ? 6 : f.prec
  const upper = type === "E" || type === "F" || type === "G"
  const neg = x < 0 || Object.is(x, -0)
  let body: string
  if (x !== x) body = upper ? "NAN" : "nan"
  else if (!Number.isFinite(x)) body = upper ? "INF" : "inf"
  else body = renderDouble(x, type.toLowerCase(), prec, f.alt, false, upper)
  const sign = neg && x === x ? "-" : f.plus ? "+" : f.space ? " " : ""
  return pad(f, sign, body, Number.isFinite(x))
}

/**
 * The engine: formats `fmt` with `args`. `bytesMode` switches %s/%b/%c/%r/%a
 * to bytes semantics (the result is then a Latin-1 JS string of bytes).
 *
 * For str, `whole` is the format's own object, and the result may be an
 * object rather than text, as CPython's writer returns an object it was
 * handed unchanged when that is the whole output: `whole` itself for a
 * format without any '%', or the str a conversion made (str(), repr(), an
 * int's decimal text) when its spec is the format's last piece, everything
 * before it was empty, and the spec changed nothing (no padding, no cut).
 */
function percentFormat(
  rt: Runtime,
  fmt: string,
  args: PyObject,
  bytesMode: boolean,
  whole: PyObject | null = null,
): string | PyObject {
  let items: PyObject[]
  let mapping: PyObject | null = null
  if (isTuple(args)) items = tupleItems(args)
  else {
    items = [args]
    if (
      args.type.getitem !== null &&
      !isStr(args) &&
      !isBytes(args) &&
      args.type !== rt.t.bytearray &&
      (args.type.isMapping || args.type === rt.t.dict || args.type.mro.includes(rt.t.dict))
    )
      mapping = args
  }
  let argi = 0
  const nextArg = (): PyObject => {
    if (argi >= items.length) return typeError(rt, "not enough arguments for format string")
    return items[argi++]!
  }
  let out = ""
  let held: PyObject | null = null
  const n = fmt.length
  let i = 0
  let usedKey = false
  while (i < n) {
    const pct = fmt.indexOf("%", i)
    if (pct < 0) {
      if (i === 0 && whole !== null) held = (whole.rc++, whole)
      else out += fmt.slice(i)
      break
    }
    out += fmt.slice(i, pct)
    i = pct + 1
    if (i >= n) return valueError(rt, "incomplete format")
    let arg: PyObject | null = null
    let owned = false
    if (fmt[i] === "(") {
      if (mapping === null) return typeError(rt, "format requires a mapping")
      let depth = 1
      const start = ++i
      while (i < n && depth > 0) {
        if (fmt[i] === "(") depth++
        else if (fmt[i] === ")") depth--
        i++
      }
      if (depth > 0) return valueError(rt, "incomplete format key")
      const keyText = fmt.slice(start, i - 1)
      const key = bytesMode ? newKeyBytes(rt, keyText) : newStr(rt, keyText)
      try {
        arg = getItem(rt, mapping, key)
      } finally {
        decref(rt, key)
      }
      owned = true
      usedKey = true
      argi = -1
    }
    try {
      const f: Flags = {
        left: false,
        plus: false,
        space: false,
        alt: false,
        zero: false,
        width: -1,
        prec: -1,
      }
      for (; i < n; i++) {
        const c = fmt[i]
        if (c === "-") f.left = true
        else if (c === "+") f.plus = true
        else if (c === " ") f.space = true
        else if (c === "#") f.alt = true
        else if (c === "0") f.zero = true
        else break
      }
      const readNum = (): number => {
        if (fmt[i] === "*") {
          i++
          const a = argi < 0 ? typeError(rt, "not enough arguments for format string") : nextArg()
          if (!isIntObj(a)) return typeError(rt, "* wants int")
          const v = a.v as IntValue
          if (typeof v !== "number")
            return raise(rt, rt.t.OverflowError, "Python int too large to convert to C ssize_t")
          return v
        }
        let v = -1
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
          v = (v < 0 ? 0 : v * 10) + (fmt.charCodeAt(i) - 48)
          i++
        }
        return v
      }
      f.width = readNum()
      if (f.width < -1 || (f.width < 0 && fmt[i - 1] === "*")) {
        f.left = true
        f.width = -f.width
      }
      if (fmt[i] === ".") {
        i++
        f.prec = readNum()
        if (f.prec < 0) f.prec = 0
      }
      while (i < n && "hlL".includes(fmt[i]!)) i++
      if (i >= n) return valueError(rt, "incomplete format")
      const type = fmt[i++]!
      if (type === "%") {
        out += "%"
        continue
      }
      if (arg === null) {
        if (argi < 0) return typeError(rt, "not enough arguments for format string")
        arg = nextArg()
      }
      const r = convert(rt, arg, type, f, bytesMode, i - 1, whole !== null)
      if (typeof r === "string") out += r
      else if (out === "" && i === n && (r.v as string) !== "") held = r
      else {
        out += r.v as string
        decref(rt, r)
      }
    } finally {
      if (owned && arg !== null) decref(rt, arg)
    }
  }
  if (!usedKey && mapping === null && argi < items.length) {
    if (held !== null) decref(rt, held)
    return typeError(
      rt,
      `not all arguments converted during ${bytesMode ? "bytes" : "string"} formatting`,
    )
  }
  return held ?? out
}

function newKeyBytes(rt: Runtime, s: string): PyObject {
  const b = new Uint8Array(s.length)
  for (let k = 0; k < s.length; k++) b[k] = s.charCodeAt(k)
  return newBytes(rt, b)
}

function latin1(data: Uint8Array): string {
  let s = ""
  for (let k = 0; k < data.length; k += 8192)
    s += String.fromCharCode(...data.subarray(k, k + 8192))
  return s
}

/**
 * One conversion. With `objects` (str formatting), a conversion that makes
 * a str object and leaves it unchanged returns that object (a new
 * reference) rather than its text: see percentFormat.
 */
function convert(
  rt: Runtime,
  arg: PyObject,
  type: string,
  f: Flags,
  bytesMode: boolean,
  at: number,
  objects: boolean,
): string | PyObject {
  // CPython's fast path: an exact int without width, precision or sign
  // flags has its digits written straight into the buffer (%s, %r and %a
  // too); %X never takes it but its text is rebuilt anyway.
  const plainInt = arg.type === rt.t.int && f.width < 0 && f.prec < 0 && !f.plus && !f.space
  if (objects && !plainInt && (type === "s" || type === "r" || type === "a")) {
    const o =
      type === "s" ? strObject(rt, arg) : type === "r" ? repr(rt, arg) : asciiObject(rt, arg)
    const s = o.v as string
    const text = pad(f, "", f.prec >= 0 ? [...s].slice(0, f.prec).join("") : s, false)
    if (text === s) return o
    decref(rt, o)
    return text
  }
  if (objects && !plainInt && (type === "d" || type === "i" || type === "u")) {
    // _PyUnicode_FormatLong starts from the int's decimal str (a new
    // object) and returns it as it is when neither precision nor width
    // changes it.
    const v = intOperand(rt, arg, type)
    const text = formatIntConv(rt, v, "d", f)
    // The flags only add characters (sign, zeros, padding) around the digits, so the text
    // is unchanged exactly when it is still a plain decimal: no second conversion needed.
    return PLAIN_DECIMAL.test(text) ? newStrDecimal(rt, text) : text
  }
  switch (type) {
    case "s":
    case "r":
    case "a":
    case "b": {
      let s: string
      if (bytesMode) {
        if (type === "r" || type === "a") s = asciiOf(rt, arg)
        else if (isBytes(arg)) s = latin1(bytesValue(arg))
        else if (arg.type === rt.t.bytearray)
          s = latin1((arg.v as Uint8Array).subarray(0, arg.w.size as number))
        else
          return typeError(
            rt,
            `%b requires a bytes-like object, or an object that implements __bytes__, not '${arg.type.name}'`,
          )
      } else if (type === "b") {
        return badChar(rt, type, at)
      } else
        s =
          type === "s" ? strString(rt, arg) : type === "r" ? reprString(rt, arg) : asciiOf(rt, arg)
      if (f.prec >= 0) s = [...s].slice(0, f.prec).join("")
      return pad(f, "", s, false)
    }
    case "c": {
      let ch: string
      if (isIntObj(arg)) {
        const v = arg.v as IntValue
        const max = bytesMode ? 256 : 0x110000
        if (typeof v !== "number" || v < 0 || v >= max)
          return raise(
            rt,
            rt.t.OverflowError,
            `%c arg not in range(${bytesMode ? "256" : "0x110000"})`,
          )
        ch = String.fromCodePoint(v)
      } else if (!bytesMode && isStr(arg) && [...(arg.v as string)].length === 1) {
        ch = arg.v as string
      } else if (bytesMode && isBytes(arg) && bytesValue(arg).length === 1) {
        ch = String.fromCharCode(bytesValue(arg)[0]!)
      } else {
        return typeError(
          rt,
          bytesMode
            ? "%c requires an integer in range(256) or a single byte"
            : "%c requires int or char",
        )
      }
      return pad(f, "", ch, false)
    }
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X":
      return formatIntConv(
        rt,
        intOperand(rt, arg, type),
        type === "i" || type === "u" ? "d" : type,
        f,
      )
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return formatFloatConv(rt, arg, type, f)
    default:
      return badChar(rt, type, at)
  }
}

/** The integer an integer conversion formats: int(arg) for %d %i %u, index(arg) for %o %x %X. */
function intOperand(rt: Runtime, arg: PyObject, type: string): IntValue {
  if (isIntObj(arg)) return arg.v as IntValue
  let io: PyObject
  if (type === "d" || type === "i" || type === "u") {
    if (arg.type.int === null && arg.type.index === null && arg.type.float === null)
      return typeError(rt, `%${type} format: a real number is required, not ${arg.type.name}`)
    io = asInt(rt, arg)
  } else {
    if (arg.type.index === null)
      return typeError(rt, `%${type} format: an integer is required, not ${arg.type.name}`)
    io = index(rt, arg)
  }
  const v = io.v as IntValue
  decref(rt, io)
  return v
}

function badChar(rt: Runtime, c: string, at: number): never {
  const cp = c.codePointAt(0)!
  return valueError(rt, `unsupported format character '${c}' (0x${cp.toString(16)}) at index ${at}`)
}

/** `fmt % args` for str: a new reference to the result (see percentFormat for which object). */
export function percentFormatStr(rt: Runtime, fmt: PyObject, args: PyObject): PyObject {
  const r = percentFormat(rt, fmt.v as string, args, false, fmt)
  return typeof r === "string" ? newStr(rt, r) : r
}

/** `fmt % args` for bytes: the formatted bytes. */
export function percentFormatBytes(rt: Runtime, fmt: Uint8Array, args: PyObject): Uint8Array {
  const s = percentFormat(rt, latin1(fmt), args, true) as string
  const out = new Uint8Array(s.length)
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c > 255) return valueError(rt, "bytes formatting produced a non-byte value")
    out[k] = c
  }
  return out
}
