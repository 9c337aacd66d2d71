// The linecache module: the lines of source files, as tracebacks and the
// warnings module show them. heapscope keeps the lines of every file it
// compiled (the main script, imported modules, its own library under
// /heapscope/lib/) in `vm.sources`; other files are read through the host
// when it grants it, and then kept there too.
//
//   getline(filename, lineno, module_globals=None)   the line with its "\n", or ""
//   getlines(filename, module_globals=None)          every line, each with "\n"
//   clearcache(), checkcache(filename=None)          accepted, nothing to do
//
// "<string>", "<stdin>" and other "<...>" names have no lines, as in CPython.
//
// @cpython Lib/linecache.py

import type { PyObject } from "../objects/object.js"
import { decref, incref } from "../objects/refcount.js"
import { typeError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction, type MethodDef } from "../objects/descr.js"
import { newList } from "../objects/list.js"
import { intern, isStr, newStr, strValue } from "../objects/str.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"

/** The lines of `filename` (without their line ends), or null when there is no such source. */
function linesOf(vm: VM, filename: string): string[] | null {
  if (filename === "" || (filename.startsWith("<") && filename.endsWith(">"))) return null
  let lines = vm.sources.get(filename)
  if (lines === undefined) {
    const text = vm.host.readFile(filename)
    if (text === null) return null
    lines = text.split(/\r?\n/)
    vm.sources.set(filename, lines)
  }
  return lines
}

/**
 * Every line with its "\n". A file's text split at line ends leaves an empty
 * last piece when the text ends with one: that piece is not a line.
 */
function fullLines(lines: string[]): string[] {
  const n = lines.length > 0 && lines[lines.length - 1] === "" ? lines.length - 1 : lines.length
  return lines.slice(0, n).map((l) => l + "\n")
}

/** Creates the linecache module (new reference). */
export function makeLinecacheModule(vm: VM): PyObject {
  const rt = vm.rt
  const mod = newModule(vm, "linecache")
  const d = moduleDict(mod)
  const filenameArg = (fname: string, o: PyObject | undefined): string => {
    if (o === undefined) typeError(rt, `${fname}() missing required argument 'filename'`)
    // CPython looks a non-str name up in its cache and finds nothing.
    return isStr(o) ? strValue(o) : ""
  }
  const defs: Record<string, MethodDef> = {
    getline: {
      kind: "fast",
      fn: (rt2, _self, args) => {
        if (args.length < 2 || args.length > 3)
          typeError(
            rt2,
            `getline() takes from 2 to 3 positional arguments but ${args.length} were given`,
          )
        const lines = fullLines(linesOf(vm, filenameArg("getline", args[0])) ?? [])
        const n = ab.asInt(rt2, args[1]!)
        const i = typeof n.v === "number" ? n.v : 0
        decref(rt2, n)
        return newStr(rt2, i >= 1 && i <= lines.length ? lines[i - 1]! : "")
      },
    },
    getlines: {
      kind: "fast",
      fn: (rt2, _self, args) => {
        if (args.length < 1 || args.length > 2)
          typeError(
            rt2,
            `getlines() takes from 1 to 2 positional arguments but ${args.length} were given`,
          )
        const lines = fullLines(linesOf(vm, filenameArg("getlines", args[0])) ?? [])
        return newList(
          rt2,
          lines.map((l) => newStr(rt2, l)),
        )
      },
    },
    clearcache: { kind: "noargs", fn: (rt2) => incref(rt2.None) },
    checkcache: { kind: "fast", fn: (rt2) => incref(rt2.None) },
  }
  for (const [name, def] of Object.entries(defs)) {
    const f = newBuiltinFunction(rt, name, def, mod, "linecache")
    ab.setItem(rt, d, intern(rt, name), f)
    decref(rt, f)
  }
  return mod
}
