// The builtins module: print, len, repr, the built-in types, iteration
// helpers, attribute access, exec/eval/compile, __import__, __build_class__...
//
// Functions follow the vectorcall shape of descr.ts (MethodImpl): arguments
// borrowed, result a new reference, CPython 3.11's argument messages.
//
// @cpython Python/bltinmodule.c

import type { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { PyType, TypeFlags } from "../objects/type.js"
import { raise, typeError, valueError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import {
  newBuiltinFunction,
  checkPositional,
  parseArgs,
  type MethodImpl,
  type ArgSpec,
} from "../objects/descr.js"
import { newInt, intValue } from "../objects/int.js"
import { newStr, strValue, isStr, intern } from "../objects/str.js"
import { newTuple } from "../objects/tuple.js"
import { newList } from "../objects/list.js"
import { sequenceList } from "../objects/listmethods.js"
import { newDict, dictGetItem, dictSetItem, dictItems, isDict } from "../objects/dict.js"
import { calculateMetaclass } from "../objects/typeobject.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict, importName } from "../vm/import.js"
import { compileSource, runCodeObject } from "../vm/run-code.js"
import { codeObject } from "../vm/compile-code.js"
import type { CodeObject } from "../vm/code.js"
import { frameLocals } from "../vm/frame-locals.js"
import { inputLine } from "./stdio.js"
import { initIterTypes } from "./builtins-iter.js"
import { initFileType, openFile } from "./io-file.js"
import { callIterNew } from "../objects/iterobject.js"
import { genSend } from "../vm/generator.js"
import { builtinAiter, builtinAnext } from "../vm/coroutine.js"

type O = PyObject

/** Positional arguments and keyword (name, value) pairs of a vectorcall. */
function splitArgs(args: O[], kwnames: O | null): [O[], Map<string, O>] {
  const names = kwnames === null ? [] : (kwnames.v as O[])
  const npos = args.length - names.length
  const kw = new Map<string, O>()
  names.forEach((n, i) => kw.set(strValue(n), args[npos + i] as O))
  return [args.slice(0, npos), kw]
}

function noKw(rt: Runtime, name: string, kwnames: O | null): void {
  if (kwnames !== null && (kwnames.v as O[]).length > 0)
    typeError(rt, `${name}() takes no keyword arguments`)
}

function inc(o: O): O {
  o.rc++
  return o
}

/** Writes a str object to a file-like object through its write method. */
function writeTo(rt: Runtime, file: O, text: string): void {
  const s = newStr(rt, text)
  try {
    decref(rt, ab.callMethod(rt, file, "write", [s]))
  } finally {
    decref(rt, s)
  }
}

const ROUND_SPEC: ArgSpec = { fname: "round", names: ["number", "ndigits"], required: 1 }

const SUM_SPEC: ArgSpec = { fname: "sum", names: ["iterable", "start"], required: 1, posOnly: 1 }

/** Creates the builtins module (new reference) and fills vm.builtins. */
export function makeBuiltins(vm: VM): O {
  const rt = vm.rt
  const t = rt.t
  const mod = newModule(vm, "builtins")
  const d = moduleDict(mod)
  const set = (name: string, v: O): void => {
    dictSetItem(rt, d, intern(rt, name), v)
    decref(rt, v)
  }
  // An implementation that does not take `kwnames` (fewer than 4 parameters)
  // is a positional-only builtin: keyword arguments are refused as CPython does
  // ("len() takes no keyword arguments"), rather than taken as positional.
  const def = (name: string, fn: MethodImpl): void => {
    const impl: MethodImpl =
      fn.length >= 4
        ? fn
        : (rt2, self, args, kwnames) => {
            if (kwnames !== null && (kwnames.v as O[]).length > 0)
              typeError(rt2, `${name}() takes no keyword arguments`)
            return fn(rt2, self, args, kwnames)
          }
    set(name, newBuiltinFunction(rt, name, impl, mod, "builtins"))
  }
  vm.builtinsModule = mod
  vm.builtins = d
  const iterTypes = initIterTypes(rt)

  // --- constants and types ---
  set("None", inc(rt.None))
  set("Ellipsis", inc(rt.Ellipsis))
  set("NotImplemented", inc(rt.NotImplemented))
  set("True", inc(rt.True))
  set("False", inc(rt.False))
  set("__debug__", inc(rt.True))
  const typeNames = [
    "object",
    "type",
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "tuple",
    "list",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
    "super",
    "property",
    "classmethod",
    "staticmethod",
    "memoryview",
  ]
  for (const n of typeNames) {
    const tp = t[n]
    if (tp !== undefined) set(n, inc(tp))
  }
  for (const [n, tp] of Object.entries(iterTypes)) set(n, inc(tp))
  // Every exception type.
  for (const [n, tp] of Object.entries(t)) {
    if (
      tp instanceof PyType &&
      t.BaseException !== undefined &&
      tp.mro.includes(t.BaseException as PyType)
    )
      if (!n.includes(".")) set(n, inc(tp))
  }

  // --- output and input ---
  def("print", (rt2, _self, args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames)
    for (const k of kw.keys())
      if (!["sep", "end", "file", "flush"].includes(k))
        typeError(rt2, `'${k}' is an invalid keyword argument for print()`)
    const pick = (k: string): O | null => {
      const v = kw.get(k)
      return v === undefined || v === rt2.None ? null : v
    }
    const sepO = pick("sep")
    const endO = pick("end")
    if (sepO !== null && !isStr(sepO))
      typeError(rt2, `sep must be None or a string, not ${ab.typeName(sepO)}`)
    if (endO !== null && !isStr(endO))
      typeError(rt2, `end must be None or a string, not ${ab.typeName(endO)}`)
    const sep = sepO === null ? " " : strValue(sepO)
    const end = endO === null ? "\n" : strValue(endO)
    let file = pick("file")
    let ownFile = false
    if (file === null) {
      file = ab.lookupAttrStr(rt2, vm.sys, "stdout")
      ownFile = true
      if (file === null || file === rt2.None) {
        if (file !== null) decref(rt2, file)
        return inc(rt2.None)
      }
    }
    try {
      if (!file.type.isHeapType) {
        // heapscope's own file objects: one write, nobody can tell.
        let out = ""
        for (let i = 0; i < pos.length; i++) {
          if (i > 0) out += sep
          out += ab.strString(rt2, pos[i] as O)
        }
        out += end
        writeTo(rt2, file, out)
      } else {
        // A Python-level file (io.StringIO, a class with write()) sees what
        // CPython's print does: one write() per argument, separator and end.
        for (let i = 0; i < pos.length; i++) {
          if (i > 0) writeTo(rt2, file, sep)
          writeTo(rt2, file, ab.strString(rt2, pos[i] as O))
        }
        writeTo(rt2, file, end)
      }
      const fl = kw.get("flush")
      if (fl !== undefined && ab.isTrue(rt2, fl)) decref(rt2, ab.callMethod(rt2, file, "flush", []))
    } finally {
      if (ownFile) decref(rt2, file)
    }
    return inc(rt2.None)
  })
  def("input", (rt2, _self, args, kwnames) => {
    noKw(rt2, "input", kwnames)
    checkPositional(rt2, "input", args.length, 0, 1)
    if (args.length === 1) {
      const out = ab.lookupAttrStr(rt2, vm.sys, "stdout")
      if (out !== null) {
        writeTo(rt2, out, ab.strString(rt2, args[0] as O))
        decref(rt2, out)
      }
    }
    // From sys.stdin's buffer (or its readline()); a Ctrl-C while the host
    // waited for the line raises KeyboardInterrupt there, not EOFError.
    const stdin = ab.lookupAttrStr(rt2, vm.sys, "stdin")
    if (stdin === null || stdin === rt2.None) {
      if (stdin !== null) decref(rt2, stdin)
      raise(rt2, t.RuntimeError, "input(): lost sys.stdin")
    }
    let line: string | null
    try {
      line = inputLine(vm, stdin)
    } finally {
      decref(rt2, stdin)
    }
    if (line === null) raise(rt2, t.EOFError, "EOF when reading a line")
    return newStr(rt2, line)
  })
  const fileType = initFileType(rt)
  def("open", (_rt2, _s, args, kwnames) => openFile(vm, fileType, args, kwnames))

  // --- simple functions ---
  def("len", (rt2, _s, args, kwnames) => {
    noKw(rt2, "len", kwnames)
    checkPositional(rt2, "len", args.length, 1, 1)
    return newInt(rt2, ab.length(rt2, args[0] as O))
  })
  def("repr", (rt2, _s, args, kwnames) => {
    noKw(rt2, "repr", kwnames)
    checkPositional(rt2, "repr", args.length, 1, 1)
    return ab.repr(rt2, args[0] as O)
  })
  def("ascii", (rt2, _s, args) => {
    checkPositional(rt2, "ascii", args.length, 1, 1)
    return vm.R.ascii(args[0] as O)
  })
  def("abs", (rt2, _s, args) => {
    checkPositional(rt2, "abs", args.length, 1, 1)
    return ab.unaryOp(rt2, args[0] as O, "absolute")
  })
  def("id", (rt2, _s, args) => {
    checkPositional(rt2, "id", args.length, 1, 1)
    return newInt(rt2, (args[0] as O).addr)
  })
  def("hash", (rt2, _s, args) => {
    checkPositional(rt2, "hash", args.length, 1, 1)
    const h = ab.hash(rt2, args[0] as O)
    return newInt(rt2, h as number | bigint)
  })
  def("callable", (rt2, _s, args) => {
    checkPositional(rt2, "callable", args.length, 1, 1)
    return ab.pyBool(rt2, (args[0] as O).type.call !== null)
  })
  def("chr", (rt2, _s, args) => {
    checkPositional(rt2, "chr", args.length, 1, 1)
    const i = ab.asSsize(rt2, args[0] as O, t.OverflowError)
    if (i < 0 || i > 0x10ffff) valueError(rt2, "chr() arg not in range(0x110000)")
    return newStr(rt2, String.fromCodePoint(i))
  })
  def("ord", (rt2, _s, args) => {
    checkPositional(rt2, "ord", args.length, 1, 1)
    const o = args[0] as O
    if (isStr(o)) {
      const s = strValue(o)
      const n = [...s].length
      if (n !== 1) typeError(rt2, `ord() expected a character, but string of length ${n} found`)
      return newInt(rt2, s.codePointAt(0) as number)
    }
    if (o.type === t.bytes || o.type === t.bytearray) {
      const b = o.v as Uint8Array
      const n = o.type === t.bytearray ? (o.w as { size: number }).size : b.length
      if (n !== 1) typeError(rt2, `ord() expected a character, but string of length ${n} found`)
      return newInt(rt2, b[0] as number)
    }
    typeError(rt2, `ord() expected string of length 1, but ${ab.typeName(o)} found`)
  })
  const radix = (name: string, base: number, prefix: string): void =>
    def(name, (rt2, _s, args) => {
      checkPositional(rt2, name, args.length, 1, 1)
      const i = ab.index(rt2, args[0] as O)
      const v = BigInt(intValue(i) as number | bigint)
      decref(rt2, i)
      const neg = v < 0n
      const s = (neg ? -v : v).toString(base)
      return newStr(rt2, `${neg ? "-" : ""}${prefix}${s}`)
    })
  radix("bin", 2, "0b")
  radix("oct", 8, "0o")
  radix("hex", 16, "0x")
  def("divmod", (rt2, _s, args) => {
    checkPositional(rt2, "divmod", args.length, 2, 2)
    return ab.binaryOp(rt2, args[0] as O, args[1] as O, "divmod", "divmod()")
  })
  def("pow", (rt2, _s, args, kwnames) => {
    const v = parseArgs(
      rt2,
      { fname: "pow", names: ["base", "exp", "mod"], required: 2 },
      args,
      kwnames,
    )
    return ab.power(rt2, v[0] as O, v[1] as O, v[2] ?? rt2.None)
  })
  def("round", (rt2, _s, args, kwnames) => {
    const v = parseArgs(rt2, ROUND_SPEC, args, kwnames)
    const num = v[0] as O
    const f = ab.lookupSpecial(rt2, num, "__round__")
    if (f === null) typeError(rt2, `type ${ab.typeName(num)} doesn't define __round__ method`)
    try {
      const nd = v[1]
      return ab.call(rt2, f, nd === null || nd === undefined || nd === rt2.None ? [] : [nd], null)
    } finally {
      decref(rt2, f)
    }
  })
  def("format", (rt2, _s, args) => {
    checkPositional(rt2, "format", args.length, 1, 2)
    const spec = (args[1] as O | undefined) ?? null
    if (spec !== null && !isStr(spec)) {
      const name = spec === rt2.None ? "None" : ab.typeName(spec)
      typeError(rt2, `format() argument 2 must be str, not ${name}`)
    }
    return vm.R.format(args[0] as O, spec)
  })

  // --- iteration ---
  def("iter", (rt2, _s, args, kwnames) => {
    noKw(rt2, "iter", kwnames)
    checkPositional(rt2, "iter", args.length, 1, 2)
    if (args.length === 1) return ab.getIter(rt2, args[0] as O)
    const callable = args[0] as O
    if (callable.type.call === null) typeError(rt2, "iter(v, w): v must be callable")
    return callIterNew(rt2, callable, args[1] as O)
  })
  def("aiter", (rt2, _s, args, kwnames) => {
    noKw(rt2, "aiter", kwnames)
    checkPositional(rt2, "aiter", args.length, 1, 1)
    return builtinAiter(vm, args[0] as O)
  })
  def("next", (rt2, _s, args, kwnames) => {
    noKw(rt2, "next", kwnames)
    checkPositional(rt2, "next", args.length, 1, 2)
    const it = args[0] as O
    if (it.type === vm.types.generator) {
      // A generator's return value travels in StopIteration.value.
      try {
        return genSend(vm, it, null, true) as O
      } catch (e) {
        if (args.length === 2 && e instanceof Object && ab.isPyError(e, t.StopIteration)) {
          decref(rt2, e as O)
          return inc(args[1] as O)
        }
        throw e
      }
    }
    const f = it.type.iternext
    if (f === null) typeError(rt2, `'${ab.typeName(it)}' object is not an iterator`)
    if (args.length === 1 && (it.type.flags & TypeFlags.HEAPTYPE) !== 0) {
      // A class's __next__: its StopIteration propagates as raised (with its value).
      const nx = ab.lookupSpecial(rt2, it, "__next__") as O
      try {
        return ab.call(rt2, nx, [], null)
      } finally {
        decref(rt2, nx)
      }
    }
    const x = f(rt2, it)
    if (x !== null) return x
    if (args.length === 2) return inc(args[1] as O)
    raise(rt2, t.StopIteration, null)
  })
  def("anext", (rt2, _s, args, kwnames) => {
    noKw(rt2, "anext", kwnames)
    checkPositional(rt2, "anext", args.length, 1, 2)
    return builtinAnext(vm, args[0] as O, args.length === 2 ? (args[1] as O) : null)
  })
  const anyAll = (name: string, want: boolean): void =>
    def(name, (rt2, _s, args) => {
      checkPositional(rt2, name, args.length, 1, 1)
      const it = ab.getIter(rt2, args[0] as O)
      try {
        for (;;) {
          const x = ab.iterNext(rt2, it)
          if (x === null) return ab.pyBool(rt2, !want)
          const b = ab.isTrue(rt2, x)
          decref(rt2, x)
          if (b === want) return ab.pyBool(rt2, want)
        }
      } finally {
        decref(rt2, it)
      }
    })
  anyAll("any", true)
  anyAll("all", false)
  def("sum", (rt2, _s, args, kwnames) => {
    const v = parseArgs(rt2, SUM_SPEC, args, kwnames)
    let acc = v[1] ?? newInt(rt2, 0)
    if (v[1] !== null && v[1] !== undefined) {
      if (isStr(acc)) typeError(rt2, "sum() can't sum strings [use ''.join(seq) instead]")
      if (acc.type === t.bytes) typeError(rt2, "sum() can't sum bytes [use b''.join(seq) instead]")
      if (acc.type === t.bytearray)
        typeError(rt2, "sum() can't sum bytearray [use b''.join(seq) instead]")
      acc.rc++
    }
    const it = ab.getIter(rt2, v[0] as O)
    try {
      for (;;) {
        const x = ab.iterNext(rt2, it)
        if (x === null) return acc
        try {
          const r = vm.R.add(acc, x) as O
          decref(rt2, acc)
          acc = r
        } finally {
          decref(rt2, x)
        }
      }
    } catch (e) {
      decref(rt2, acc)
      throw e
    } finally {
      decref(rt2, it)
    }
  })
  const minmax = (name: string, op: number): void =>
    def(name, (rt2, _s, args, kwnames) => {
      const [pos, kw] = splitArgs(args, kwnames)
      for (const k of kw.keys())
        if (k !== "key" && k !== "default")
          typeError(rt2, `'${k}' is an invalid keyword argument for ${name}()`)
      if (pos.length === 0) typeError(rt2, `${name} expected at least 1 argument, got 0`)
      const key = kw.get("key") ?? null
      const dflt = kw.get("default") ?? null
      if (pos.length > 1 && dflt !== null)
        typeError(rt2, `Cannot specify a default for ${name}() with multiple positional arguments`)
      // Several positional arguments: iterate over them as a tuple.
      let it: O
      if (pos.length === 1) it = ab.getIter(rt2, pos[0] as O)
      else {
        const tup = newTuple(rt2, pos.map(inc))
        it = ab.getIter(rt2, tup)
        decref(rt2, tup)
      }
      let best: O | null = null
      let bestKey: O | null = null
      try {
        for (;;) {
          const x = ab.iterNext(rt2, it)
          if (x === null) break
          const k = key === null || key === rt2.None ? inc(x) : ab.call(rt2, key, [x], null)
          if (best === null) {
            best = x
            bestKey = k
            continue
          }
          if (ab.richCompareBool(rt2, k, bestKey as O, op as 0)) {
            decref(rt2, best)
            decref(rt2, bestKey as O)
            best = x
            bestKey = k
          } else {
            decref(rt2, x)
            decref(rt2, k)
          }
        }
      } catch (e) {
        if (best !== null) decref(rt2, best)
        if (bestKey !== null) decref(rt2, bestKey)
        throw e
      } finally {
        decref(rt2, it)
      }
      if (bestKey !== null) decref(rt2, bestKey)
      if (best === null) {
        if (dflt !== null) return inc(dflt)
        valueError(rt2, `${name}() arg is an empty sequence`)
      }
      return best
    })
  minmax("min", 0)
  minmax("max", 4)
  def("sorted", (rt2, _s, args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames)
    if (pos.length !== 1) typeError(rt2, `sorted expected 1 argument, got ${pos.length}`)
    // PySequence_List, as builtin_sorted: a list from the free list, then extend.
    const l = sequenceList(rt2, pos[0] as O)
    try {
      const names = [...kw.keys()]
      const vals = names.map((n) => kw.get(n) as O)
      const kn =
        names.length > 0
          ? newTuple(
              rt2,
              names.map((n) => newStr(rt2, n)),
            )
          : null
      try {
        decref(rt2, ab.callMethod(rt2, l, "sort", vals, kn))
      } finally {
        if (kn !== null) decref(rt2, kn)
      }
    } catch (e) {
      decref(rt2, l)
      throw e
    }
    return l
  })

  // --- types and attributes ---
  def("isinstance", (rt2, _s, args) => {
    checkPositional(rt2, "isinstance", args.length, 2, 2)
    return ab.pyBool(rt2, ab.isInstance(rt2, args[0] as O, args[1] as O))
  })
  def("issubclass", (rt2, _s, args) => {
    checkPositional(rt2, "issubclass", args.length, 2, 2)
    return ab.pyBool(rt2, ab.isSubclass(rt2, args[0] as O, args[1] as O))
  })
  const nameArg = (rt2: Runtime, fn: string, o: O): O => {
    if (!isStr(o)) typeError(rt2, `attribute name must be string, not '${ab.typeName(o)}'`)
    void fn
    return o
  }
  def("getattr", (rt2, _s, args) => {
    checkPositional(rt2, "getattr", args.length, 2, 3)
    const name = nameArg(rt2, "getattr", args[1] as O)
    if (args.length === 3) {
      const v = ab.lookupAttr(rt2, args[0] as O, name)
      return v ?? inc(args[2] as O)
    }
    return ab.getAttr(rt2, args[0] as O, name)
  })
  def("setattr", (rt2, _s, args) => {
    checkPositional(rt2, "setattr", args.length, 3, 3)
    ab.setAttr(rt2, args[0] as O, nameArg(rt2, "setattr", args[1] as O), args[2] as O)
    return inc(rt2.None)
  })
  def("delattr", (rt2, _s, args) => {
    checkPositional(rt2, "delattr", args.length, 2, 2)
    ab.delAttr(rt2, args[0] as O, nameArg(rt2, "delattr", args[1] as O))
    return inc(rt2.None)
  })
  def("hasattr", (rt2, _s, args) => {
    checkPositional(rt2, "hasattr", args.length, 2, 2)
    const v = ab.lookupAttr(rt2, args[0] as O, nameArg(rt2, "hasattr", args[1] as O))
    if (v === null) return inc(rt2.False)
    decref(rt2, v)
    return inc(rt2.True)
  })
  def("vars", (rt2, _s, args) => {
    checkPositional(rt2, "vars", args.length, 0, 1)
    if (args.length === 0) return localsDict(vm)
    const v = ab.lookupAttrStr(rt2, args[0] as O, "__dict__")
    if (v === null) typeError(rt2, "vars() argument must have __dict__ attribute")
    return v
  })
  def("dir", (rt2, _s, args) => {
    checkPositional(rt2, "dir", args.length, 0, 1)
    if (args.length === 0) {
      const l = localsDict(vm)
      const keys = dictItems(l).map(([k]) => inc(k))
      decref(rt2, l)
      const r = newList(rt2, keys)
      decref(rt2, ab.callMethod(rt2, r, "sort", []))
      return r
    }
    const f = ab.lookupSpecial(rt2, args[0] as O, "__dir__")
    if (f === null) typeError(rt2, "object does not provide __dir__")
    let res: O
    try {
      res = ab.call(rt2, f, [], null)
    } finally {
      decref(rt2, f)
    }
    // _dir_object: PySequence_List of the answer (a list from the free list), then sort.
    let r: O
    try {
      r = sequenceList(rt2, res)
    } finally {
      decref(rt2, res)
    }
    decref(rt2, ab.callMethod(rt2, r, "sort", []))
    return r
  })
  def("globals", (rt2) => {
    const F = vm.frame
    if (F === null) return newDict(rt2)
    return inc(F.globals)
  })
  def("locals", () => localsDict(vm))

  // --- code ---
  const execEval = (name: "exec" | "eval"): void =>
    def(name, (rt2, _s, args, kwnames) => {
      const v = parseArgs(
        rt2,
        { fname: name, names: ["source", "globals", "locals"], required: 1, posOnly: 3 },
        args,
        kwnames,
      )
      const src = v[0] as O
      let g = v[1] ?? null
      let l = v[2] ?? null
      if (g === rt2.None) g = null
      if (l === rt2.None) l = null
      if (g !== null && !isDict(g))
        typeError(rt2, `${name}() globals must be a dict, not ${ab.typeName(g)}`)
      const F = vm.frame
      let ownLocals: O | null = null
      if (g === null) {
        if (F === null) typeError(rt2, `${name}() needs a frame`)
        g = F.globals
        if (l === null) {
          ownLocals = F.locals !== null ? inc(F.locals) : localsDict(vm)
          l = ownLocals
        }
      }
      if (l === null) l = g
      try {
        let code: CodeObject
        if (src.type === vm.types.code) code = src.v as CodeObject
        else {
          let text: string
          if (isStr(src)) text = strValue(src)
          else if (src.type === t.bytes) text = new TextDecoder().decode(src.v as Uint8Array)
          else typeError(rt2, `${name}() arg 1 must be a string, bytes or code object`)
          if (name === "eval") text = text.replace(/^[ \t]+/, "")
          code = compileSource(vm, text, "<string>", name === "eval" ? "eval" : "exec")
        }
        const r = runCodeObject(vm, code, g, l)
        if (name === "exec") {
          decref(rt2, r)
          return inc(rt2.None)
        }
        return r
      } finally {
        if (ownLocals !== null) decref(rt2, ownLocals)
      }
    })
  execEval("exec")
  execEval("eval")
  def("compile", (rt2, _s, args, kwnames) => {
    const v = parseArgs(
      rt2,
      {
        fname: "compile",
        names: ["source", "filename", "mode", "flags", "dont_inherit", "optimize"],
        required: 3,
      },
      args,
      kwnames,
    )
    const src = v[0] as O
    const text = isStr(src) ? strValue(src) : new TextDecoder().decode(src.v as Uint8Array)
    const mode = strValue(v[2] as O)
    if (mode !== "exec" && mode !== "eval" && mode !== "single")
      valueError(rt2, "compile() mode must be 'exec', 'eval' or 'single'")
    const code = compileSource(vm, text, ab.strString(rt2, v[1] as O), mode)
    return codeObject(vm, code)
  })
  def("__import__", (rt2, _s, args, kwnames) => {
    const v = parseArgs(
      rt2,
      {
        fname: "__import__",
        names: ["name", "globals", "locals", "fromlist", "level"],
        required: 1,
      },
      args,
      kwnames,
    )
    const name = strValue(v[0] as O)
    const fl = v[3]
    const fromlist =
      fl === null || fl === undefined || fl === rt2.None || ab.length(rt2, fl) === 0
        ? null
        : (ab.call(rt2, t.list, [fl], null).v as O[]).map((x) => strValue(x))
    const level = v[4] === null || v[4] === undefined ? 0 : Number(intValue(v[4]))
    if (vm.frame === null) typeError(rt2, "__import__ needs a frame")
    return importName(vm, vm.frame, name, fromlist, level)
  })
  def("__build_class__", (rt2, _s, args, kwnames) => buildClass(vm, rt2, args, kwnames))
  const exitFn = (name: string): void =>
    def(name, (rt2, _s, args) => {
      checkPositional(rt2, name, args.length, 0, 1)
      throw ab.call(rt2, t.SystemExit, args, null)
    })
  exitFn("exit")
  exitFn("quit")
  return mod
}

/** locals() of the current frame as a dict (new reference). */
function localsDict(vm: VM): O {
  const F = vm.frame
  if (F === null) return newDict(vm.rt)
  if (F.locals !== null) return inc(F.locals)
  return frameLocals(vm, F)
}

/**
 * __build_class__(func, name, *bases, metaclass=..., **kwds): runs the class
 * body in a namespace from __prepare__, then calls the metaclass.
 * @cpython Python/bltinmodule.c builtin___build_class__
 */
function buildClass(vm: VM, rt: Runtime, args: O[], kwnames: O | null): O {
  const [pos, kw] = splitArgs(args, kwnames)
  if (pos.length < 2) typeError(rt, "__build_class__: not enough arguments")
  const func = pos[0] as O
  const name = pos[1] as O
  if (func.type !== vm.types.function) typeError(rt, "__build_class__: func must be a function")
  if (!isStr(name)) typeError(rt, "__build_class__: name is not a string")
  const bases = pos.slice(2)
  // PEP 560: __mro_entries__.
  const resolved: O[] = []
  let changed = false
  for (const b of bases) {
    if (b instanceof PyType) {
      resolved.push(inc(b))
      continue
    }
    const me = ab.lookupAttrStr(rt, b, "__mro_entries__")
    if (me === null) {
      resolved.push(inc(b))
      continue
    }
    changed = true
    const origBases = newTuple(rt, bases.map(inc))
    const r = ab.call(rt, me, [origBases], null)
    decref(rt, origBases)
    decref(rt, me)
    for (const x of r.v as O[]) resolved.push(inc(x))
    decref(rt, r)
  }
  const basesTuple = newTuple(rt, resolved)
  let meta: O | null = kw.get("metaclass") ?? null
  kw.delete("metaclass")
  try {
    let isClass = false
    if (meta === null) {
      meta = resolved.length === 0 ? rt.t.type : (resolved[0] as O).type
      isClass = true
    } else isClass = meta instanceof PyType
    if (isClass) meta = calculateMetaclass(rt, meta as PyType, resolved)
    meta.rc++
    try {
      const kwNames = [...kw.keys()]
      const kwVals = kwNames.map((k) => kw.get(k) as O)
      const kwTuple =
        kwNames.length > 0
          ? newTuple(
              rt,
              kwNames.map((k) => newStr(rt, k)),
            )
          : null
      let ns: O
      const prep = ab.lookupAttrStr(rt, meta, "__prepare__")
      if (prep !== null) {
        try {
          ns = ab.call(rt, prep, [name, basesTuple, ...kwVals], kwTuple)
        } finally {
          decref(rt, prep)
        }
      } else ns = newDict(rt)
      try {
        if (!ab.isInstance(rt, ns, rt.t.dict) && ns.type.getitem === null) {
          typeError(
            rt,
            `${(meta as PyType).name}.__prepare__() must return a mapping, not ${ab.typeName(ns)}`,
          )
        }
        // Run the body with ns as its locals.
        runClassBody(vm, func, ns)
        if (changed) {
          const ob = newTupleInc(rt, bases)
          dictSetItem(rt, ns, intern(rt, "__orig_bases__"), ob)
          decref(rt, ob)
        }
        const cell = isDict(ns) ? dictGetItem(rt, ns, intern(rt, "__classcell__")) : null
        if (cell !== null) cell.rc++
        try {
          const cls = ab.call(rt, meta, [name, basesTuple, ns, ...kwVals], kwTuple)
          // The __class__ cell of the methods (super() and __class__) now names the class.
          if (
            cell !== null &&
            cell.type === vm.types.cell &&
            cell.v === null &&
            cls instanceof PyType
          ) {
            cls.rc++
            cell.v = cls
          }
          return cls
        } finally {
          if (cell !== null) decref(rt, cell)
        }
      } finally {
        decref(rt, ns)
        if (kwTuple !== null) decref(rt, kwTuple)
      }
    } finally {
      decref(rt, meta)
    }
  } finally {
    decref(rt, basesTuple)
  }
}

function newTupleInc(rt: Runtime, items: O[]): O {
  return newTuple(rt, items.map(inc))
}

import { Frame } from "../vm/frame.js"
import type { FuncData } from "../vm/function.js"
import { ensureCompiled } from "../vm/compile-code.js"
import { bodyFor } from "../vm/trace.js"

/** Runs a class body function with `ns` as its locals dict. */
function runClassBody(vm: VM, func: O, ns: O): void {
  const d = func.v as FuncData
  const code = d.code
  ensureCompiled(vm, code)
  const F = new Frame(code, null, d.globals, d.builtins, ns, d.closure, vm.frame, false)
  vm.frame = F
  vm.depth++
  try {
    const r = bodyFor(vm, code)(F, []) as O
    decref(vm.rt, r)
  } finally {
    vm.frame = F.back
    vm.depth--
  }
}
