// _traceback: the pieces of heapscope's uncaught-exception report, for the
// traceback module (src/modules/lib/traceback.py). The report is made in one
// place, vm/traceback.ts; this module hands its parts to Python:
//
//   format_exception(exc, tb, limit, chain)  the report as format_exception lists it
//   format_exception_only(exc)               the last lines ("ValueError: x\n", notes)
//   extract_tb(tb, limit)                    [(filename, lineno, name, text, positions)] oldest first
//   extract_frame(frame)                     the same tuple for a running frame (print_stack)
//   fold(entries)                            entry texts with "[Previous line repeated ...]" folding
//
// `text` is the entry exactly as the report prints it (File line, source
// line, carets); `positions` is (lineno, end_lineno, colno, end_colno) of
// the operation, each None when unknown.
//
// @cpython Lib/traceback.py (the observable output)

import type { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { typeError } from "../objects/errors.js"
import { isException } from "../objects/exceptions.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction, type MethodDef } from "../objects/descr.js"
import { newList } from "../objects/list.js"
import { newTuple } from "../objects/tuple.js"
import { newInt } from "../objects/int.js"
import { intern, isStr, newStr, strValue } from "../objects/str.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"
import { POS_FIELDS } from "../vm/code.js"
import {
  foldEntries,
  formatExceptionChunks,
  formatExceptionOnly,
  frameEntry,
  splitLines,
  tracebackEntries,
  type EntrySource,
} from "../vm/traceback.js"

/** Creates the _traceback module (new reference). */
export function makeTracebackNativeModule(vm: VM): PyObject {
  const rt = vm.rt
  const mod = newModule(vm, "_traceback")
  const d = moduleDict(mod)
  const strList = (items: string[]): PyObject =>
    newList(
      rt,
      items.map((x) => newStr(rt, x)),
    )
  const excArg = (fname: string, o: PyObject): PyObject => {
    if (!isException(o)) typeError(rt, `${fname}() expects an exception, not ${ab.typeName(o)}`)
    return o
  }
  const tbArg = (o: PyObject): PyObject | null => {
    if (o === rt.None) return null
    if (o.type !== vm.types.traceback) typeError(rt, "expected a traceback object or None")
    return o
  }
  const limitArg = (o: PyObject): number | null => {
    if (o === rt.None) return null
    const n = ab.asInt(rt, o)
    const v = Number(n.v)
    decref(rt, n)
    return v
  }
  const opt = (rt2: Runtime, v: number): PyObject =>
    v < 0 ? (rt2.None.rc++, rt2.None) : newInt(rt2, v)
  const entryTuple = (e: EntrySource): PyObject => {
    let positions: PyObject
    if (e.code !== null && e.pos >= 0) {
      const p = e.code.positions
      const b = e.pos * POS_FIELDS
      positions = newTuple(rt, [
        opt(rt, p[b] as number),
        opt(rt, p[b + 1] as number),
        opt(rt, p[b + 2] as number),
        opt(rt, p[b + 3] as number),
      ])
    } else {
      positions = newTuple(rt, [newInt(rt, e.lineno), opt(rt, -1), opt(rt, -1), opt(rt, -1)])
    }
    return newTuple(rt, [
      newStr(rt, e.filename),
      newInt(rt, e.lineno),
      newStr(rt, e.name),
      newStr(rt, e.text()),
      positions,
    ])
  }
  const nargs = (fname: string, args: PyObject[], n: number): void => {
    if (args.length !== n)
      typeError(rt, `${fname}() takes exactly ${n} arguments (${args.length} given)`)
  }
  const defs: Record<string, MethodDef> = {
    format_exception: {
      kind: "fast",
      fn: (_rt2, _s, args) => {
        nargs("format_exception", args, 4)
        const exc = excArg("format_exception", args[0]!)
        const chunks = formatExceptionChunks(
          vm,
          exc,
          limitArg(args[2]!),
          ab.isTrue(rt, args[3]!),
          tbArg(args[1]!),
        )
        return strList(chunks)
      },
    },
    format_exception_only: {
      kind: "fast",
      fn: (_rt2, _s, args) => {
        nargs("format_exception_only", args, 1)
        return strList(
          splitLines(formatExceptionOnly(vm, excArg("format_exception_only", args[0]!))),
        )
      },
    },
    extract_tb: {
      kind: "fast",
      fn: (_rt2, _s, args) => {
        nargs("extract_tb", args, 2)
        const entries = tracebackEntries(vm, tbArg(args[0]!), limitArg(args[1]!))
        return newList(rt, entries.map(entryTuple))
      },
    },
    extract_frame: {
      kind: "fast",
      fn: (_rt2, _s, args) => {
        nargs("extract_frame", args, 1)
        const f = args[0]!
        if (f.type !== vm.types.frame) typeError(rt, `expected a frame, not ${ab.typeName(f)}`)
        return entryTuple(frameEntry(vm, f))
      },
    },
    fold: {
      kind: "fast",
      fn: (_rt2, _s, args) => {
        nargs("fold", args, 1)
        const entries: EntrySource[] = []
        const it = ab.getIter(rt, args[0]!)
        try {
          for (let x = ab.iterNext(rt, it); x !== null; x = ab.iterNext(rt, it)) {
            try {
              const items = x.type === rt.t.tuple ? (x.v as PyObject[]) : []
              if (items.length !== 4 || !items.every((y, i) => i === 1 || isStr(y)))
                typeError(rt, "fold() expects (filename, lineno, name, text) tuples")
              const text = strValue(items[3]!)
              const n = ab.asInt(rt, items[1]!)
              const lineno = Number(n.v)
              decref(rt, n)
              entries.push({
                filename: strValue(items[0]!),
                lineno,
                name: strValue(items[2]!),
                text: () => text,
                code: null,
                pos: -1,
              })
            } finally {
              decref(rt, x)
            }
          }
        } finally {
          decref(rt, it)
        }
        return strList(foldEntries(entries))
      },
    },
  }
  for (const [name, def] of Object.entries(defs)) {
    const f = newBuiltinFunction(rt, name, def, mod, "_traceback")
    ab.setItem(rt, d, intern(rt, name), f)
    decref(rt, f)
  }
  return mod
}
