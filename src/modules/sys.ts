// The sys module (core parts): argv, path, modules, stdout/stderr, refcounts
// and sizes, interning, the recursion limit, exit, version facts, frames and
// the exception being handled.
//
// @cpython Python/sysmodule.c

import type { PyObject } from "../objects/object.js"
import { decref, GC_HEAD_SIZE } from "../objects/refcount.js"
import { PyType, TypeFlags } from "../objects/type.js"
import { raise, typeError, valueError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction, checkPositional, type MethodImpl } from "../objects/descr.js"
import { newInt, intValue, intAsSsize } from "../objects/int.js"
import { newStr, strValue, isStr, internInPlace, intern } from "../objects/str.js"
import { newTuple } from "../objects/tuple.js"
import { newFloat } from "../objects/float.js"
import { newStructSeq, newStructSeqType } from "../objects/structseq.js"
import { newList } from "../objects/list.js"
import { newDict, dictSetItem } from "../objects/dict.js"
import { excState } from "../objects/exceptions.js"
import { dictItems } from "../objects/dict.js"
import type { VM } from "../vm/vm.js"
import { PymallocHeap } from "../objects/heap.js"
import { freeListReport } from "../objects/freelists.js"
import { newModule, moduleDict } from "../vm/import.js"
import { frameObject, formatException } from "../vm/traceback.js"
import { anyTracer } from "../vm/trace.js"
import { makeStdStreams } from "./stdio.js"

type O = PyObject

function inc(o: O): O {
  o.rc++
  return o
}

/** Creates the sys module (new reference); `argv` becomes sys.argv. */
export function makeSys(vm: VM, argv: string[], path: string[]): O {
  const rt = vm.rt
  const t = rt.t
  const mod = newModule(vm, "sys")
  const d = moduleDict(mod)
  vm.sys = mod
  const items = (...xs: (number | string)[]): O[] =>
    xs.map((x) => (typeof x === "number" ? newInt(rt, x) : newStr(rt, x)))
  const set = (name: string, v: O): void => {
    dictSetItem(rt, d, intern(rt, name), v)
    decref(rt, v)
  }
  const def = (name: string, fn: MethodImpl): void =>
    set(name, newBuiltinFunction(rt, name, fn, mod, "sys"))

  vm.modules = newDict(rt)
  set("modules", inc(vm.modules))
  set(
    "argv",
    newList(
      rt,
      argv.map((a) => newStr(rt, a)),
    ),
  )
  set(
    "path",
    newList(
      rt,
      path.map((p) => newStr(rt, p)),
    ),
  )
  set("executable", newStr(rt, "/usr/bin/python3"))
  // Where python3 would be installed, consistent with sys.executable; no
  // virtual environment. heapscope's own library is built in.
  for (const name of ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"])
    set(name, newStr(rt, "/usr"))
  set("platlibdir", newStr(rt, "lib"))
  set("abiflags", newStr(rt, ""))
  set("pycache_prefix", inc(rt.None))
  set("_xoptions", newDict(rt))
  // Imports are heapscope's own (src/vm/import.ts), not importlib's finders:
  // these are empty, and what a program appends to them is not consulted.
  set("meta_path", newList(rt, []))
  set("path_hooks", newList(rt, []))
  set("path_importer_cache", newDict(rt))
  set("platform", newStr(rt, "linux"))
  set("byteorder", newStr(rt, "little"))
  set("maxsize", newInt(rt, 2n ** 63n - 1n))
  set("maxunicode", newInt(rt, 0x10ffff))
  set("version", newStr(rt, "3.11.7 (heapscope) [TypeScript]"))
  set("hexversion", newInt(rt, 0x030b07f0))
  set("api_version", newInt(rt, 1013))
  // Struct sequences: tuples with named fields, reprs as CPython's.
  const versionType = newStructSeqType(rt, "sys.version_info", [
    "major",
    "minor",
    "micro",
    "releaselevel",
    "serial",
  ])
  const versionInfo = (): O => newStructSeq(rt, versionType, items(3, 11, 7, "final", 0))
  set("version_info", versionInfo())
  const structSeq = (name: string, fields: Record<string, O>): O =>
    newStructSeq(
      rt,
      newStructSeqType(rt, `sys.${name}`, Object.keys(fields)),
      Object.values(fields),
    )
  set(
    "float_info",
    structSeq("float_info", {
      max: newFloat(rt, Number.MAX_VALUE),
      max_exp: newInt(rt, 1024),
      max_10_exp: newInt(rt, 308),
      min: newFloat(rt, 2.2250738585072014e-308),
      min_exp: newInt(rt, -1021),
      min_10_exp: newInt(rt, -307),
      dig: newInt(rt, 15),
      mant_dig: newInt(rt, 53),
      epsilon: newFloat(rt, Number.EPSILON),
      radix: newInt(rt, 2),
      rounds: newInt(rt, 1),
    }),
  )
  set(
    "int_info",
    structSeq("int_info", {
      bits_per_digit: newInt(rt, 30),
      sizeof_digit: newInt(rt, 4),
      default_max_str_digits: newInt(rt, 4300),
      str_digits_check_threshold: newInt(rt, 640),
    }),
  )
  set(
    "hash_info",
    structSeq("hash_info", {
      width: newInt(rt, 64),
      modulus: newInt(rt, 2n ** 61n - 1n),
      inf: newInt(rt, 314159),
      nan: newInt(rt, 0),
      imag: newInt(rt, 1000003),
      algorithm: newStr(rt, "siphash13"),
      hash_bits: newInt(rt, 64),
      seed_bits: newInt(rt, 128),
      cutoff: newInt(rt, 0),
    }),
  )
  set("float_repr_style", newStr(rt, "short"))
  set("warnoptions", newList(rt, []))
  set(
    "builtin_module_names",
    newTuple(
      rt,
      ["builtins", "sys"].map((s) => newStr(rt, s)),
    ),
  )
  set("dont_write_bytecode", inc(rt.True))
  const impl = newDict(rt)
  const ns = (k: string, v: O): void => {
    dictSetItem(rt, impl, intern(rt, k), v)
    decref(rt, v)
  }
  ns("name", newStr(rt, "cpython"))
  ns("cache_tag", newStr(rt, "cpython-311"))
  ns("version", versionInfo())
  ns("hexversion", newInt(rt, 0x030b07f0))
  set("implementation", makeNamespace(vm, impl))
  decref(rt, impl)
  // python3's flags for `python3 FILE.py` with PYTHONHASHSEED=0 and
  // PYTHONDONTWRITEBYTECODE=1 (the differential tests' settings, which
  // heapscope's fixed hashes and sys.dont_write_bytecode match).
  const flagValues: [string, number | boolean][] = [
    ["debug", 0],
    ["inspect", 0],
    ["interactive", 0],
    ["optimize", 0],
    ["dont_write_bytecode", 1],
    ["no_user_site", 0],
    ["no_site", 0],
    ["ignore_environment", 0],
    ["verbose", 0],
    ["bytes_warning", 0],
    ["quiet", 0],
    ["hash_randomization", 0],
    ["isolated", 0],
    ["dev_mode", false],
    ["utf8_mode", 0],
    ["warn_default_encoding", 0],
    ["safe_path", false],
    ["int_max_str_digits", -1],
  ]
  set(
    "flags",
    structSeq(
      "flags",
      Object.fromEntries(
        flagValues.map(([k, v]) => [
          k,
          typeof v === "boolean" ? inc(v ? rt.True : rt.False) : newInt(rt, v),
        ]),
      ),
    ),
  )
  set(
    "thread_info",
    structSeq("thread_info", {
      name: newStr(rt, "pthread"),
      lock: newStr(rt, "semaphore"),
      version: inc(rt.None),
    }),
  )

  const std = makeStdStreams(vm)
  for (const [name, stream] of Object.entries(std)) {
    stream.rc++
    set(name, stream)
    set(`__${name}__`, stream)
  }

  def("getrefcount", (rt2, _s, args) => {
    checkPositional(rt2, "getrefcount", args.length, 1, 1)
    return newInt(rt2, (args[0] as O).rc)
  })
  def("getsizeof", (rt2, _s, args) => {
    checkPositional(rt2, "getsizeof", args.length, 1, 2)
    return getSizeOf(vm, args[0] as O, (args[1] as O | undefined) ?? null)
  })
  def("_debugmallocstats", (rt2, _s, args) => {
    checkPositional(rt2, "_debugmallocstats", args.length, 0, 0)
    const heap = rt2.heap
    // CPython writes the report to the C stderr, not through sys.stderr.
    if (heap instanceof PymallocHeap)
      vm.host.stderr(heap.allocator.debugmallocstats(freeListReport(rt2)))
    rt2.None.rc++
    return rt2.None
  })
  def("getallocatedblocks", (rt2, _s, args) => {
    checkPositional(rt2, "getallocatedblocks", args.length, 0, 0)
    const heap = rt2.heap
    return newInt(rt2, heap instanceof PymallocHeap ? heap.allocator.stats().allocatedBlocks : 0)
  })
  // sys_displayhook: builtins._ is None while the repr is written, then the value.
  def("displayhook", (rt2, _s, args) => {
    checkPositional(rt2, "displayhook", args.length, 1, 1)
    const o = args[0] as O
    if (o === rt2.None) return inc(rt2.None)
    const underscore = intern(rt2, "_")
    try {
      ab.setAttr(rt2, vm.builtinsModule, underscore, rt2.None)
      const out = ab.lookupAttrStr(rt2, vm.sys, "stdout")
      if (out === null || out === rt2.None) {
        if (out !== null) decref(rt2, out)
        raise(rt2, rt2.t.RuntimeError, "lost sys.stdout")
      }
      try {
        for (const text of [ab.reprString(rt2, o), "\n"]) {
          const s = newStr(rt2, text)
          try {
            decref(rt2, ab.callMethod(rt2, out, "write", [s]))
          } finally {
            decref(rt2, s)
          }
        }
      } finally {
        decref(rt2, out)
      }
      ab.setAttr(rt2, vm.builtinsModule, underscore, o)
    } finally {
      decref(rt2, underscore)
    }
    return inc(rt2.None)
  })
  set("__displayhook__", ab.getAttrStr(rt, mod, "displayhook"))
  def("intern", (rt2, _s, args) => {
    checkPositional(rt2, "intern", args.length, 1, 1)
    const s = args[0] as O
    if (s.type !== rt2.t.str) typeError(rt2, `intern() argument must be str, not ${ab.typeName(s)}`)
    s.rc++
    return internInPlace(rt2, s)
  })
  // The hooks an event loop installs for async generators (asyncgen.ts reads them).
  def("set_asyncgen_hooks", (rt2, _s, args, kwnames) => {
    const names = ["firstiter", "finalizer"]
    const kw = kwnames === null ? [] : (kwnames.v as O[]).map(strValue)
    const npos = args.length - kw.length
    if (npos > 2)
      typeError(rt2, `set_asyncgen_hooks() takes at most 2 arguments (${args.length} given)`)
    const vals: (O | undefined)[] = [args[0], args[1]].slice(0, npos)
    kw.forEach((k, j) => {
      const i = names.indexOf(k)
      if (i < 0) typeError(rt2, `set_asyncgen_hooks() got an unexpected keyword argument '${k}'`)
      vals[i] = args[npos + j]
    })
    for (const i of [1, 0]) {
      const v = vals[i]
      if (v !== undefined && v !== rt2.None && v.type.call === null)
        typeError(rt2, `callable ${names[i]} expected, got ${ab.typeName(v)}`)
    }
    const put = (v: O | undefined, old: O | null): O | null => {
      if (v === undefined) return old
      if (old !== null) decref(rt2, old)
      if (v === rt2.None) return null
      v.rc++
      return v
    }
    vm.asyncgenFinalizer = put(vals[1], vm.asyncgenFinalizer)
    vm.asyncgenFirstiter = put(vals[0], vm.asyncgenFirstiter)
    return inc(rt2.None)
  })
  // CPython returns a struct sequence asyncgen_hooks(firstiter=..., finalizer=...).
  def("get_asyncgen_hooks", (rt2) =>
    newTuple(rt2, [inc(vm.asyncgenFirstiter ?? rt2.None), inc(vm.asyncgenFinalizer ?? rt2.None)]),
  )
  def("getrecursionlimit", (rt2) => newInt(rt2, vm.recursionLimit))
  def("get_int_max_str_digits", (rt2, _s, args) => {
    checkPositional(rt2, "get_int_max_str_digits", args.length, 0, 0)
    return newInt(rt2, rt2.intMaxStrDigits)
  })
  def("set_int_max_str_digits", (rt2, _s, args, kwnames) => {
    const kw = kwnames === null ? [] : (kwnames.v as O[]).map((k) => strValue(k))
    const npos = args.length - kw.length
    if (args.length !== 1 || (kw.length === 1 && kw[0] !== "maxdigits"))
      typeError(
        rt2,
        npos + kw.length === 0
          ? "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"
          : `set_int_max_str_digits() takes at most 1 argument (${args.length} given)`,
      )
    const n = intAsSsize(rt2, args[0] as O)
    if (n !== 0 && n <= 640) valueError(rt2, "maxdigits must be 0 or larger than 640")
    rt2.intMaxStrDigits = n
    return inc(rt2.None)
  })
  let switchInterval = 0.005
  def("getswitchinterval", (rt2) => newFloat(rt2, switchInterval))
  def("setswitchinterval", (rt2, _s, args) => {
    checkPositional(rt2, "setswitchinterval", args.length, 1, 1)
    const f = ab.asFloat(rt2, args[0] as O)
    const x = f.v as number
    decref(rt2, f)
    if (!(x > 0)) valueError(rt2, "switch interval must be strictly positive")
    switchInterval = x
    return inc(rt2.None)
  })
  def("is_finalizing", (rt2) => inc(vm.finalizing ? rt2.True : rt2.False))
  def("setrecursionlimit", (rt2, _s, args) => {
    checkPositional(rt2, "setrecursionlimit", args.length, 1, 1)
    const a = args[0] as O
    if (a.type === rt2.t.float) typeError(rt2, "'float' object cannot be interpreted as an integer")
    const n = ab.asSsize(rt2, a, rt2.t.OverflowError)
    if (n < 1) valueError(rt2, "recursion limit must be greater or equal than 1")
    if (n <= vm.depth)
      raise(
        rt2,
        rt2.t.RecursionError,
        `cannot set the recursion limit to ${n} at the recursion depth ${vm.depth}: the limit is too low`,
      )
    vm.recursionLimit = n
    return inc(rt2.None)
  })
  def("exit", (rt2, _s, args) => {
    checkPositional(rt2, "exit", args.length, 0, 1)
    throw ab.call(rt2, t.SystemExit, args, null)
  })
  def("_getframe", (rt2, _s, args) => {
    checkPositional(rt2, "_getframe", args.length, 0, 1)
    let depth = args.length === 0 ? 0 : Number(intValue(args[0] as O))
    let F = vm.frame
    while (depth > 0 && F !== null) {
      F = F.back
      depth--
    }
    if (F === null) valueError(rt2, "call stack is not deep enough")
    return inc(frameObject(vm, F))
  })
  def("exc_info", (rt2) => {
    const e = vm.exc
    if (e === null) return newTuple(rt2, [inc(rt2.None), inc(rt2.None), inc(rt2.None)])
    const tb = excState(e).traceback ?? rt2.None
    return newTuple(rt2, [inc(e.type), inc(e), inc(tb)])
  })
  def("exception", (rt2) => inc(vm.exc ?? rt2.None))
  // settrace / setprofile: the VM slot holds the function (owned) or null for None.
  const setHook = (name: string, slot: "pyTrace" | "pyProfile") =>
    def(name, (rt2, _s, args) => {
      checkPositional(rt2, name, args.length, 1, 1)
      const fn = args[0] as O
      const old = vm[slot]
      vm[slot] = fn === rt2.None ? null : (fn.rc++, fn)
      if (old !== null) decref(rt2, old)
      vm.tracing = anyTracer(vm)
      return inc(rt2.None)
    })
  setHook("settrace", "pyTrace")
  def("gettrace", (rt2) => inc(vm.pyTrace ?? rt2.None))
  // The profile function gets 'call' and 'return' events of Python code (trace.ts);
  // built-in functions give no 'c_call' events here.
  setHook("setprofile", "pyProfile")
  def("getprofile", (rt2) => inc(vm.pyProfile ?? rt2.None))
  def("call_tracing", (rt2, _s, args) => {
    checkPositional(rt2, "call_tracing", args.length, 2, 2)
    const a = args[1] as O
    if (a.type !== rt2.t.tuple)
      typeError(rt2, `call_tracing() argument 2 must be tuple, not ${ab.typeName(a)}`)
    return ab.call(rt2, args[0] as O, (a.v as O[]).slice(), null)
  })
  // Audit hooks: heapscope raises no audit events of its own; sys.audit() calls the hooks.
  const auditHooks: O[] = []
  def("addaudithook", (rt2, _s, args) => {
    checkPositional(rt2, "addaudithook", args.length, 1, 1)
    const hook = args[0] as O
    hook.rc++
    auditHooks.push(hook)
    return inc(rt2.None)
  })
  def("audit", (rt2, _s, args) => {
    if (args.length < 1) typeError(rt2, "audit() missing 1 required positional argument: 'event'")
    const event = args[0] as O
    if (!isStr(event))
      typeError(rt2, `expected str for argument 'event', not ${ab.typeName(event)}`)
    if (auditHooks.length === 0) return inc(rt2.None)
    const rest = newTuple(rt2, args.slice(1).map(inc))
    try {
      for (const hook of auditHooks.slice()) decref(rt2, ab.call(rt2, hook, [event, rest], null))
    } finally {
      decref(rt2, rest)
    }
    return inc(rt2.None)
  })
  // Settings that change nothing here but that programs read back.
  let originDepth = 0
  def("get_coroutine_origin_tracking_depth", (rt2) => newInt(rt2, originDepth))
  def("set_coroutine_origin_tracking_depth", (rt2, _s, args) => {
    checkPositional(rt2, "set_coroutine_origin_tracking_depth", args.length, 1, 1)
    const n = intAsSsize(rt2, args[0] as O)
    if (n < 0) valueError(rt2, "depth must be >= 0")
    originDepth = n
    return inc(rt2.None)
  })
  let dlopenFlags = 2
  def("getdlopenflags", (rt2) => newInt(rt2, dlopenFlags))
  def("setdlopenflags", (rt2, _s, args) => {
    checkPositional(rt2, "setdlopenflags", args.length, 1, 1)
    dlopenFlags = intAsSsize(rt2, args[0] as O)
    return inc(rt2.None)
  })
  def("excepthook", (rt2, _s, args) => {
    checkPositional(rt2, "excepthook", args.length, 3, 3)
    const exc = args[1] as O
    const err = ab.lookupAttrStr(rt2, mod, "stderr")
    const text = formatException(vm, exc)
    if (err === null || err === rt2.None) vm.host.stderr(text)
    else {
      try {
        const s = newStr(rt2, text)
        decref(rt2, ab.callMethod(rt2, err, "write", [s]))
        decref(rt2, s)
      } finally {
        decref(rt2, err)
      }
    }
    return inc(rt2.None)
  })
  set("__excepthook__", ab.getAttrStr(rt, mod, "excepthook"))
  def("getdefaultencoding", (rt2) => newStr(rt2, "utf-8"))
  def("getfilesystemencoding", (rt2) => newStr(rt2, "utf-8"))
  def("getfilesystemencodeerrors", (rt2) => newStr(rt2, "surrogateescape"))
  return mod
}

/** A namespace object for sys.implementation and sys.flags (attributes from `dict`, borrowed). */
function makeNamespace(vm: VM, dict: O): O {
  const rt = vm.rt
  const m = newModule(vm, "namespace")
  const md = moduleDict(m)
  for (const [k, v] of dictItems(dict)) dictSetItem(rt, md, k, v)
  return m
}

/**
 * sys.getsizeof: type(o).__sizeof__(o) plus the GC header for GC types;
 * `default` only on TypeError. @cpython Python/sysmodule.c _PySys_GetSizeOf
 */
function getSizeOf(vm: VM, o: O, dflt: O | null): O {
  const rt = vm.rt
  let size: number
  try {
    const m = ab.lookupSpecial(rt, o, "__sizeof__")
    if (m === null) {
      typeError(rt, `Type ${ab.typeName(o)} doesn't define __sizeof__`)
    }
    let r: O
    try {
      r = ab.call(rt, m, [], null)
    } finally {
      decref(rt, m)
    }
    try {
      if (!(r.type === rt.t.int || ab.typeCheck(r, rt.t.int)))
        typeError(rt, "an integer is required")
      size = Number(intValue(r))
    } finally {
      decref(rt, r)
    }
  } catch (e) {
    if (dflt !== null && e instanceof Object && ab.isPyError(e, rt.t.TypeError)) {
      decref(rt, e as O)
      return inc(dflt)
    }
    throw e
  }
  if (size < 0) valueError(rt, "__sizeof__() should return >= 0")
  let extra = 0
  if ((o.type.flags & TypeFlags.HAVE_GC) !== 0) extra += GC_HEAD_SIZE
  if ((o.type.flags & TypeFlags.MANAGED_DICT) !== 0) extra += 16
  return newInt(rt, size + extra)
}

export { PyType }
