// str.format / str.format_map and format(value, spec):
//
//   "literal {field_name!conversion:format_spec} literal {{ }}"
//   field_name = arg_name ("." attribute | "[" key "]")*
//   arg_name   = "" (automatic numbering) | digits | identifier
//
// The spec may itself contain fields ("{0:{1}}"), expanded once more (two
// levels at most: "Max string recursion exceeded"). Attribute and item
// lookups go through abstract.ts.
//
// @cpython Objects/stringlib/unicode_format.h, Objects/abstract.c PyObject_Format

import {
  call,
  getAttr,
  getItem,
  lookupSpecial,
  repr,
  reprString,
  str as strObject,
  strString,
} from "./abstract.js"
import { raise, typeError, valueError } from "./errors.js"
import { newExceptionArgs } from "./exceptions.js"
import { formatComplexSpec, formatFloatSpec, formatIntSpec, formatStrSpec } from "./format.js"
import { asciiObject, asciiOf } from "./format-percent.js"
import { newInt } from "./int.js"
import type { PyObject } from "./object.js"
import { decref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { isStr, newStr } from "./str.js"

/**
 * PyObject_Format: format(obj, spec) as a JS string. Exact str/int/float/complex
 * take a fast path; anything else calls type(obj).__format__(obj, spec).
 */
export function formatObject(rt: Runtime, obj: PyObject, spec: string): string {
  const r = renderValue(rt, obj, spec)
  if (typeof r === "string") return r
  const s = r.v as string
  decref(rt, r)
  return s
}

/**
 * render_field: what formatting `obj` with `spec` writes into str.format's
 * buffer. A JS string for the text the formatter writes character by
 * character (an exact int's digits, padded or cut text); a new reference to
 * a str object when the whole object is written (_PyUnicodeWriter_WriteStr):
 * an exact str that the spec leaves as it is, str() of an exact float or
 * complex under an empty spec, or what __format__ returned for any other
 * type. A format whose only output is such an object returns that very
 * object (the writer's read-only mode, see `render`).
 */
function renderValue(rt: Runtime, obj: PyObject, spec: string): PyObject | string {
  const t = obj.type
  if (t === rt.t.str) {
    const s = obj.v as string
    const r = spec === "" ? s : formatStrSpec(rt, s, spec)
    // An empty str is never written (the result stays the '' singleton).
    if (r !== s || s === "") return r
    obj.rc++
    return obj
  }
  if (t === rt.t.int) return formatIntSpec(rt, obj, spec)
  if (spec === "" && (t === rt.t.float || t === rt.t.complex)) return strObject(rt, obj)
  if (t === rt.t.float) return formatFloatSpec(rt, obj, spec)
  if (t === rt.t.complex) return formatComplexSpec(rt, obj, spec)
  return formatCall(rt, obj, spec)
}

/** type(obj).__format__(obj, spec), checked to be a str: a new reference. */
function formatCall(rt: Runtime, obj: PyObject, spec: string): PyObject {
  const t = obj.type
  const meth = lookupSpecial(rt, obj, "__format__")
  if (meth === null) return typeError(rt, `Type ${t.name} doesn't define __format__`)
  const specObj = newStr(rt, spec)
  let r: PyObject
  try {
    r = call(rt, meth, [specObj], null)
  } finally {
    decref(rt, specObj)
    decref(rt, meth)
  }
  if (!isStr(r)) {
    const name = r.type.name
    decref(rt, r)
    return typeError(rt, `__format__ must return a str, not ${name}`)
  }
  return r
}

/**
 * f-string FORMAT_VALUE: applies the conversion ('' | 'r' | 's' | 'a') then
 * format(value, spec); returns the text.
 */
export function formatValue(rt: Runtime, obj: PyObject, conversion: string, spec: string): string {
  if (conversion === "") return formatObject(rt, obj, spec)
  const text =
    conversion === "r"
      ? reprString(rt, obj)
      : conversion === "a"
        ? asciiOf(rt, obj)
        : strString(rt, obj)
  return formatStrSpec(rt, text, spec)
}

/** The arguments a format string draws from. */
interface Source {
  args: PyObject[]
  /** Keyword arguments (str.format) ... */
  kwargs: Map<string, PyObject> | null
  /** ... or a mapping (format_map). */
  mapping: PyObject | null
  /** Automatic numbering state: -1 unused, else the next index; manual: true once a number was given. */
  auto: number
  manual: boolean
}

const AUTO_SWITCH = "cannot switch from automatic field numbering to manual field specification"
const MANUAL_SWITCH = "cannot switch from manual field specification to automatic field numbering"

/** Resolves a field name to an object (new reference). */
function getField(rt: Runtime, src: Source, name: string): PyObject {
  let i = 0
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++
  const first = name.slice(0, i)
  let obj: PyObject
  if (first === "") {
    if (src.manual) return valueError(rt, MANUAL_SWITCH)
    if (src.mapping !== null) return valueError(rt, "Format string contains positional fields")
    if (src.auto < 0) src.auto = 0
    obj = positional(rt, src, src.auto++)
  } else if (/^\d+$/.test(first)) {
    if (src.auto >= 0) return valueError(rt, AUTO_SWITCH)
    src.manual = true
    if (src.mapping !== null) return valueError(rt, "Format string contains positional fields")
    const n = Number(first)
    if (!Number.isSafeInteger(n)) return valueError(rt, "Too many decimal digits in format string")
    obj = positional(rt, src, n)
  } else {
    obj = keyword(rt, src, first)
  }
  // The rest: .attr and [key] parts.
  try {
    while (i < name.length) {
      const c = name[i]
      if (c === ".") {
        let j = i + 1
        while (j < name.length && name[j] !== "." && name[j] !== "[") j++
        const attr = name.slice(i + 1, j)
        if (attr === "") return valueError(rt, "Empty attribute in format string")
        const a = newStr(rt, attr)
        let next: PyObject
        try {
          next = getAttr(rt, obj, a)
        } finally {
          decref(rt, a)
        }
        decref(rt, obj)
        obj = next
        i = j
      } else if (c === "[") {
        const j = name.indexOf("]", i + 1)
        if (j < 0) return valueError(rt, "Missing ']' in format string")
        const keyText = name.slice(i + 1, j)
        if (keyText === "") return valueError(rt, "Empty attribute in format string")
        const key = /^\d+$/.test(keyText) ? newInt(rt, Number(keyText)) : newStr(rt, keyText)
        let next: PyObject
        try {
          next = getItem(rt, obj, key)
        } finally {
          decref(rt, key)
        }
        decref(rt, obj)
        obj = next
        i = j + 1
        if (i < name.length && name[i] !== "." && name[i] !== "[")
          return valueError(rt, "Only '.' or '[' may follow ']' in format field specifier")
      } else {
        return valueError(rt, "Only '.' or '[' may follow ']' in format field specifier")
      }
    }
  } catch (e) {
    decref(rt, obj)
    throw e
  }
  return obj
}

function positional(rt: Runtime, src: Source, n: number): PyObject {
  if (n >= src.args.length)
    return raise(
      rt,
      rt.t.IndexError,
      `Replacement index ${n} out of range for positional args tuple`,
    )
  const o = src.args[n]!
  o.rc++
  return o
}

function keyword(rt: Runtime, src: Source, name: string): PyObject {
  const key = newStr(rt, name)
  try {
    if (src.mapping !== null) return getItem(rt, src.mapping, key)
    const v = src.kwargs?.get(name)
    if (v === undefined) throw newExceptionArgs(rt, rt.t.KeyError, [key])
    v.rc++
    return v
  } finally {
    decref(rt, key)
  }
}

/**
 * Expands one format string (depth counts the nesting of specs) into a JS
 * string, or, when `whole` is given (the top level of str.format), into a
 * str object: CPython's writer returns an object it was handed as it is when
 * that object is the last piece of the format and everything before it was
 * empty ('{}'.format(s) is s, '{!r}'.format(3) is the new repr); `whole` is
 * the format string's own object, returned when the format has no field and
 * no escaped brace at all.
 */
function render(rt: Runtime, fmt: string, src: Source, depth: number): string
function render(rt: Runtime, fmt: string, src: Source, depth: number, whole: PyObject): PyObject
function render(
  rt: Runtime,
  fmt: string,
  src: Source,
  depth: number,
  whole?: PyObject,
): string | PyObject {
  if (depth <= 0) return valueError(rt, "Max string recursion exceeded")
  let out = ""
  const n = fmt.length
  let i = 0
  while (i < n) {
    const c = fmt[i]!
    if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}"
        i += 2
        continue
      }
      return valueError(rt, "Single '}' encountered in format string")
    }
    if (c !== "{") {
      let j = i
      while (j < n && fmt[j] !== "{" && fmt[j] !== "}") j++
      if (whole !== undefined && i === 0 && j === n) {
        whole.rc++
        return whole
      }
      out += fmt.slice(i, j)
      i = j
      continue
    }
    if (fmt[i + 1] === "{") {
      out += "{"
      i += 2
      continue
    }
    // A field: find its closing brace, counting nested braces.
    // Brackets in the field name ("{0[}]}") hide braces, as CPython's scanner does.
    let count = 1
    let j = i + 1
    let inName = true
    for (; j < n; j++) {
      const ch = fmt[j]
      if (inName && count === 1 && ch === "[") {
        while (j < n && fmt[j] !== "]") j++
        if (j >= n) break
        continue
      }
      if (count === 1 && (ch === ":" || ch === "!")) inName = false
      if (ch === "{") count++
      else if (ch === "}" && --count === 0) break
    }
    if (j >= n) {
      return valueError(
        rt,
        count > 1 || i + 1 < n
          ? "expected '}' before end of string"
          : "Single '{' encountered in format string",
      )
    }
    const r = renderField(rt, fmt.slice(i + 1, j), src, depth)
    i = j + 1
    if (typeof r === "string") out += r
    else if (whole !== undefined && out === "" && i === n && (r.v as string) !== "") return r
    else {
      out += r.v as string
      decref(rt, r)
    }
  }
  return whole === undefined ? out : newStr(rt, out)
}

function renderField(rt: Runtime, field: string, src: Source, depth: number): string | PyObject {
  // Field name: up to '!' or ':' outside brackets.
  let k = 0
  while (k < field.length) {
    const c = field[k]
    if (c === "[") {
      while (k < field.length && field[k] !== "]") k++
      if (k < field.length) k++
      continue
    }
    if (c === "{") return valueError(rt, "unexpected '{' in field name")
    if (c === "!" || c === ":") break
    k++
  }
  const name = field.slice(0, k)
  let conversion = ""
  let spec = ""
  if (field[k] === "!") {
    if (k + 1 >= field.length) return valueError(rt, "unmatched '{' in format spec")
    conversion = field[k + 1]!
    k += 2
    if (k < field.length && field[k] !== ":")
      return valueError(rt, "expected ':' after conversion specifier")
  }
  if (field[k] === ":") spec = field.slice(k + 1)
  let obj = getField(rt, src, name)
  try {
    if (conversion !== "") {
      // The converted str replaces the value (a new reference).
      const conv =
        conversion === "r"
          ? repr(rt, obj)
          : conversion === "s"
            ? strObject(rt, obj)
            : conversion === "a"
              ? asciiObject(rt, obj)
              : valueError(rt, `Unknown conversion specifier ${conversion}`)
      decref(rt, obj)
      obj = conv
    }
    const expandedSpec = spec.includes("{") ? render(rt, spec, src, depth - 1) : spec
    return renderValue(rt, obj, expandedSpec)
  } finally {
    decref(rt, obj)
  }
}

/** str.format(*args, **kwargs): `args` holds positionals then keyword values named by `kwnames`. */
export function strFormat(
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const fmt = self.v as string
  const names = kwnames === null ? [] : (kwnames.v as PyObject[]).map((k) => k.v as string)
  const npos = args.length - names.length
  const kwargs = new Map<string, PyObject>()
  names.forEach((nm, j) => kwargs.set(nm, args[npos + j]!))
  const src: Source = { args: args.slice(0, npos), kwargs, mapping: null, auto: -1, manual: false }
  return render(rt, fmt, src, 2, self)
}

/** str.format_map(mapping). */
export function strFormatMap(rt: Runtime, self: PyObject, mapping: PyObject): PyObject {
  const src: Source = { args: [], kwargs: null, mapping, auto: -1, manual: false }
  return render(rt, self.v as string, src, 2, self)
}
