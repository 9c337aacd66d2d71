// Modules and the import system, over the host interface.
//
//   import a.b          importName("a.b")  -> imports a, then a.b; binds a
//   from .m import x    importName("m", ["x"], level 1) -> resolves against __package__
//
// Finding a module: sys.modules first, then the built-in modules the
// Interpreter registered (sys, builtins, ...), then for each directory of
// sys.path (or the package's __path__): <dir>/<name>.py, or
// <dir>/<name>/__init__.py for a package. Files are read through host.readFile.
//
// @cpython Python/import.c, Lib/importlib/_bootstrap.py (the observable parts)

import type { PyObject } from "../objects/object.js"
import { allocObject, freeObject, decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { raise, typeError } from "../objects/errors.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { defineGetSets, defineMethods, parseArgs, type ArgSpec } from "../objects/descr.js"
import { genericGetAttr, genericSetAttr } from "../objects/objectobject.js"
import {
  newDict,
  dictGetItem,
  dictSetItem,
  dictDelItem,
  dictItems,
  isDict,
} from "../objects/dict.js"
import { newStr, strValue, intern, isStr } from "../objects/str.js"
import { newList } from "../objects/list.js"
import { gcTrack, gcUntrack } from "../objects/gcstate.js"
import * as ab from "../objects/abstract.js"
import type { Frame } from "./frame.js"
import type { VM } from "./vm.js"
import { runCode } from "./run-code.js"

/** What a module object keeps in `v`. */
export interface ModuleData {
  /** The module's namespace (owned). */
  dict: PyObject
}

/** getsizeof(module) = 72 in 3.11 (GC header included). */
const MODULE_BASICSIZE = 56

const MODULE_INIT_SPEC: ArgSpec = { fname: "module", names: ["name", "doc"], required: 1 }

/** Creates the module type. */
export function initModuleType(rt: Runtime): PyType {
  const m = newStaticType(
    rt,
    "module",
    null,
    MODULE_BASICSIZE,
    0,
    TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  )
  m.hasDict = true
  m.weaklistoffset = 40 // md_weaklist
  m.dictOf = (_rt, o) => (o.v as ModuleData).dict
  // types.ModuleType(name, doc=None): new_module gives an empty namespace,
  // module___init__ fills in the five names.
  m.newObj = (rt2, type) => {
    const o = allocObject(rt2, type, type.basicsize, { dict: newDict(rt2) } as ModuleData, null)
    gcTrack(rt2, o)
    return o
  }
  m.init = (rt2, o, args, kwnames) => {
    const [name, doc] = parseArgs(rt2, MODULE_INIT_SPEC, args, kwnames)
    if (!isStr(name!))
      typeError(rt2, `module() argument 'name' must be str, not ${name!.type.name}`)
    const d = (o.v as ModuleData).dict
    dictSetItem(rt2, d, intern(rt2, "__name__"), name!)
    dictSetItem(rt2, d, intern(rt2, "__doc__"), doc ?? rt2.None)
    for (const k of ["__package__", "__loader__", "__spec__"])
      dictSetItem(rt2, d, intern(rt2, k), rt2.None)
  }
  m.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const d = o.v as ModuleData
    decref(rt2, d.dict)
    freeObject(rt2, o)
  }
  m.traverse = (o, visit) => visit((o.v as ModuleData).dict)
  m.getattro = (rt2, o, name) => {
    const r = genericGetAttr(rt2, o, name)
    if (r !== null) return r
    const d = (o.v as ModuleData).dict
    const ga = dictGetItem(rt2, d, intern(rt2, "__getattr__"))
    if (ga !== null) return ab.call(rt2, ga, [name], null)
    const n = dictGetItem(rt2, d, intern(rt2, "__name__"))
    const mname = n !== null && n.type === rt2.t.str ? strValue(n) : "?"
    raise(rt2, rt2.t.AttributeError, `module '${mname}' has no attribute '${strValue(name)}'`)
  }
  m.setattro = (rt2, o, name, value) => genericSetAttr(rt2, o, name, value)
  m.repr = (rt2, o) => {
    const d = (o.v as ModuleData).dict
    const n = dictGetItem(rt2, d, intern(rt2, "__name__"))
    const f = dictGetItem(rt2, d, intern(rt2, "__file__"))
    const name = n !== null ? ab.reprString(rt2, n) : "'?'"
    if (f !== null && f.type === rt2.t.str)
      return newStr(rt2, `<module ${name} from '${strValue(f)}'>`)
    // Without a file: "(built-in)" for the interpreter's own modules, as
    // BuiltinImporter's spec says; a module made by types.ModuleType has none.
    const vm = rt2.vmState as VM
    if (
      o === vm.sys ||
      o === vm.builtinsModule ||
      (n !== null && isStr(n) && vm.builtinModules.has(strValue(n)))
    )
      return newStr(rt2, `<module ${name} (built-in)>`)
    return newStr(rt2, `<module ${name}>`)
  }
  defineGetSets(rt, m, {
    __dict__: {
      get: (_rt2, o) => {
        const d = (o.v as ModuleData).dict
        d.rc++
        return d
      },
    },
  })
  defineMethods(rt, m, {
    // module_dir: the namespace's own __dir__ when it has one (PEP 562), else its keys.
    __dir__: {
      kind: "noargs",
      fn: (rt2, self) => {
        const d = ab.getAttr(rt2, self, intern(rt2, "__dict__"))
        try {
          if (!isDict(d))
            return raise(rt2, rt2.t.TypeError, "<module>.__dict__ is not a dictionary")
          const dirfunc = dictGetItem(rt2, d, intern(rt2, "__dir__"))
          if (dirfunc !== null) return ab.call(rt2, dirfunc, [], null)
          const keys: PyObject[] = []
          for (const [k] of dictItems(d)) keys.push((k.rc++, k))
          return newList(rt2, keys)
        } finally {
          decref(rt2, d)
        }
      },
    },
  })
  readyType(rt, m)
  return m
}

/** A new module object named `name` with a fresh namespace (new reference). */
export function newModule(vm: VM, name: string): PyObject {
  const rt = vm.rt
  const dict = newDict(rt)
  const o = allocObject(rt, vm.types.module, MODULE_BASICSIZE, { dict } as ModuleData, null)
  gcTrack(rt, o)
  setStr(rt, dict, "__name__", name)
  for (const k of ["__doc__", "__package__", "__loader__", "__spec__"]) {
    dictSetItem(rt, dict, intern(rt, k), rt.None)
  }
  return o
}

function setStr(rt: Runtime, d: PyObject, key: string, value: string): void {
  const v = newStr(rt, value)
  dictSetItem(rt, d, intern(rt, key), v)
  decref(rt, v)
}

/** The namespace of a module (borrowed). */
export function moduleDict(m: PyObject): PyObject {
  return (m.v as ModuleData).dict
}

/** Built-in module factories by name (filled by the Interpreter). */
export type BuiltinModuleFactory = (vm: VM) => PyObject

/** Resolves a relative import name against the importing module's package. */
function resolveName(vm: VM, F: Frame, name: string, level: number): string {
  const rt = vm.rt
  const g = F.globals
  let pkg: string | null = null
  const p = dictGetItem(rt, g, intern(rt, "__package__"))
  if (p !== null && p.type === rt.t.str) pkg = strValue(p)
  else {
    const n = dictGetItem(rt, g, intern(rt, "__name__"))
    const isPkg = dictGetItem(rt, g, intern(rt, "__path__")) !== null
    if (n !== null && n.type === rt.t.str) {
      const s = strValue(n)
      pkg = isPkg ? s : s.includes(".") ? s.slice(0, s.lastIndexOf(".")) : ""
    }
  }
  if (pkg === null || pkg === "")
    raise(rt, rt.t.ImportError, "attempted relative import with no known parent package")
  const parts = pkg.split(".")
  if (level - 1 > parts.length - 1 && level > 1)
    raise(rt, rt.t.ImportError, "attempted relative import beyond top-level package")
  const base = parts.slice(0, parts.length - (level - 1)).join(".")
  return name === "" ? base : `${base}.${name}`
}

/** The module `fullname` from sys.modules, loading it (and its parents) if needed. New reference. */
export function importModule(vm: VM, fullname: string): PyObject {
  const rt = vm.rt
  const key = newStr(rt, fullname)
  try {
    const have = dictGetItem(rt, vm.modules, key)
    if (have !== null) {
      if (have === rt.None)
        raise(rt, rt.t.ModuleNotFoundError, `import of ${fullname} halted; None in sys.modules`)
      have.rc++
      return have
    }
  } finally {
    decref(rt, key)
  }
  const dot = fullname.lastIndexOf(".")
  let searchPath: string[]
  let parent: PyObject | null = null
  if (dot >= 0) {
    parent = importModule(vm, fullname.slice(0, dot))
    const pd = moduleDict(parent)
    const pp = dictGetItem(rt, pd, intern(rt, "__path__"))
    if (pp === null) {
      decref(rt, parent)
      const e = notFound(
        vm,
        fullname,
        `No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`,
      )
      throw e
    }
    searchPath = (pp.v as PyObject[]).map((x) => strValue(x))
  } else {
    const builtin = vm.builtinModules.get(fullname)
    if (builtin !== undefined) {
      const m = builtin(vm)
      const k = newStr(rt, fullname)
      dictSetItem(rt, vm.modules, k, m)
      decref(rt, k)
      return m
    }
    const lib = libSource(vm, fullname, null, fullname)
    if (lib !== null) return lib
    searchPath = sysPath(vm)
  }
  try {
    const leaf = dot >= 0 ? fullname.slice(dot + 1) : fullname
    // A submodule of a library package (collections.abc) comes from the library too.
    if (parent !== null && searchPath.includes(libPath(fullname.slice(0, dot)))) {
      const lib = libSource(vm, fullname, parent, leaf)
      if (lib !== null) return lib
    }
    for (const dir of searchPath) {
      const base = dir === "" ? leaf : `${dir.replace(/\/$/, "")}/${leaf}`
      const pkgInit = `${base}/__init__.py`
      let src = vm.host.readFile(pkgInit)
      if (src !== null) return loadSource(vm, fullname, pkgInit, src, base, parent, leaf)
      src = vm.host.readFile(`${base}.py`)
      if (src !== null) return loadSource(vm, fullname, `${base}.py`, src, null, parent, leaf)
    }
    throw notFound(vm, fullname, `No module named '${fullname}'`)
  } finally {
    if (parent !== null) decref(rt, parent)
  }
}

/** The directory of a library package, or the file name of a library module without ".py". */
function libPath(fullname: string): string {
  return `/heapscope/lib/${fullname.replace(/\./g, "/")}`
}

/**
 * Loads a module of heapscope's own library (vm.sourceModules), or returns
 * null when there is none of that name. A package's file is its __init__.py:
 *
 *   collections       /heapscope/lib/collections/__init__.py   __path__ = ["/heapscope/lib/collections"]
 *   collections.abc   /heapscope/lib/collections/abc.py
 *   io                /heapscope/lib/io.py
 */
function libSource(
  vm: VM,
  fullname: string,
  parent: PyObject | null,
  leaf: string,
): PyObject | null {
  const source = vm.sourceModules.get(fullname)
  if (source === undefined) return null
  const pkg = vm.sourcePackages.has(fullname)
  const cached = vm.host.libCode?.(fullname) ?? null
  const file = libFileName(fullname, pkg)
  return loadSource(
    vm,
    fullname,
    file,
    source,
    pkg ? libPath(fullname) : null,
    parent,
    leaf,
    cached,
  )
}

/** The file name a library module runs under (its tracebacks', `__file__`'s, lib-code's). */
export function libFileName(fullname: string, isPackage: boolean): string {
  return isPackage ? `${libPath(fullname)}/__init__.py` : `${libPath(fullname)}.py`
}

function notFound(vm: VM, name: string, msg: string): PyObject {
  const rt = vm.rt
  const make = rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
  const e = make(rt, rt.t.ModuleNotFoundError, msg)
  try {
    const n = newStr(rt, name)
    ab.setAttrStr(rt, e, "name", n)
    decref(rt, n)
  } catch (x) {
    decref(rt, x as PyObject)
  }
  return e
}

/** sys.path as JS strings. */
function sysPath(vm: VM): string[] {
  const rt = vm.rt
  const p = ab.lookupAttrStr(rt, vm.sys, "path")
  if (p === null) return []
  try {
    if (p.type !== rt.t.list) return []
    return (p.v as PyObject[]).filter((x) => x.type === rt.t.str).map((x) => strValue(x))
  } finally {
    decref(rt, p)
  }
}

/**
 * importlib.util.cache_from_source: where CPython would keep the module's bytecode
 * (`dir/__pycache__/name.cpython-311.pyc`), its `__cached__` even when nothing is written.
 */
export function cachedPath(filename: string): string {
  const slash = filename.lastIndexOf("/")
  const dir = filename.slice(0, slash + 1)
  const base = filename.slice(slash + 1)
  const dot = base.lastIndexOf(".")
  const stem = dot > 0 ? base.slice(0, dot) : base
  return `${dir}__pycache__/${stem}.cpython-311.pyc`
}

/** Creates, registers and executes a module from source. New reference. */
function loadSource(
  vm: VM,
  fullname: string,
  filename: string,
  src: string,
  pkgDir: string | null,
  parent: PyObject | null,
  leaf: string,
  cached: string | null = null,
): PyObject {
  const rt = vm.rt
  const m = newModule(vm, fullname)
  const d = moduleDict(m)
  const pkgName =
    pkgDir !== null
      ? fullname
      : fullname.includes(".")
        ? fullname.slice(0, fullname.lastIndexOf("."))
        : ""
  setStr(rt, d, "__package__", pkgName)
  // CPython's order: __path__ (packages), __file__, __cached__, then __builtins__.
  if (pkgDir !== null) {
    const p = newList(rt, [newStr(rt, pkgDir)])
    dictSetItem(rt, d, intern(rt, "__path__"), p)
    decref(rt, p)
  }
  setStr(rt, d, "__file__", filename)
  setStr(rt, d, "__cached__", cachedPath(filename))
  const key = newStr(rt, fullname)
  dictSetItem(rt, vm.modules, key, m)
  try {
    runCode(vm, src, filename, d, d, cached)
  } catch (e) {
    dictDelItem(rt, vm.modules, key)
    decref(rt, key)
    decref(rt, m)
    throw e
  }
  decref(rt, key)
  if (parent !== null) {
    const v = ab.lookupAttrStr(rt, m, "__name__")
    if (v !== null) decref(rt, v)
    ab.setAttrStr(rt, parent, leaf, m)
  }
  // The module in sys.modules may have been replaced by its own code.
  const k2 = newStr(rt, fullname)
  const cur = dictGetItem(rt, vm.modules, k2)
  decref(rt, k2)
  decref(rt, m)
  if (cur === null)
    raise(rt, rt.t.ImportError, `Loaded module ${fullname} not found in sys.modules`)
  cur.rc++
  return cur
}

/**
 * IMPORT_NAME: returns the top-level package for `import a.b` (no fromlist),
 * else the module itself, after importing the names of the fromlist that
 * are submodules. New reference.
 */
export function importName(
  vm: VM,
  F: Frame,
  name: string,
  fromlist: string[] | null,
  level: number,
): PyObject {
  const full = level > 0 ? resolveName(vm, F, name, level) : name
  if (full === "") raise(vm.rt, vm.rt.t.ValueError, "Empty module name")
  const m = importModule(vm, full)
  if (fromlist === null || fromlist.length === 0) {
    if (level === 0 && full.includes(".")) {
      decref(vm.rt, m)
      return importModule(vm, full.slice(0, full.indexOf(".")))
    }
    return m
  }
  // from package import submodule: import the submodules named in the fromlist.
  const d = moduleDict(m)
  if (dictGetItem(vm.rt, d, intern(vm.rt, "__path__")) !== null) {
    for (const item of fromlist) {
      if (item === "*") continue
      if (dictGetItem(vm.rt, d, intern(vm.rt, item)) !== null) continue
      try {
        decref(vm.rt, importModule(vm, `${full}.${item}`))
      } catch (e) {
        if (!(e instanceof Object && ab.isPyError(e, vm.rt.t.ModuleNotFoundError))) throw e
        decref(vm.rt, e as PyObject)
      }
    }
  }
  return m
}

/** IMPORT_FROM: the attribute, or the submodule from sys.modules, else ImportError. */
export function importFrom(vm: VM, m: PyObject, name: PyObject): PyObject {
  const rt = vm.rt
  const v = ab.lookupAttr(rt, m, name)
  if (v !== null) return v
  const mn = ab.lookupAttrStr(rt, m, "__name__")
  const modName = mn !== null && mn.type === rt.t.str ? strValue(mn) : "<unknown module name>"
  if (mn !== null) decref(rt, mn)
  const sub = newStr(rt, `${modName}.${strValue(name)}`)
  const found = dictGetItem(rt, vm.modules, sub)
  decref(rt, sub)
  if (found !== null) {
    found.rc++
    return found
  }
  const f = ab.lookupAttrStr(rt, m, "__file__")
  const where = f !== null && f.type === rt.t.str ? strValue(f) : "unknown location"
  if (f !== null) decref(rt, f)
  raise(rt, rt.t.ImportError, `cannot import name '${strValue(name)}' from '${modName}' (${where})`)
}

/** `from m import *`: __all__ if defined, else every public name. */
export function importStar(vm: VM, F: Frame, m: PyObject): void {
  const rt = vm.rt
  const target = F.locals ?? F.globals
  const all = ab.lookupAttrStr(rt, m, "__all__")
  if (all !== null) {
    try {
      const it = ab.getIter(rt, all)
      try {
        for (;;) {
          const n = ab.iterNext(rt, it)
          if (n === null) break
          try {
            const v = ab.getAttr(rt, m, n)
            dictSetItem(rt, target, n, v)
            decref(rt, v)
          } finally {
            decref(rt, n)
          }
        }
      } finally {
        decref(rt, it)
      }
    } finally {
      decref(rt, all)
    }
    return
  }
  const d = ab.lookupAttrStr(rt, m, "__dict__")
  if (d === null || !isDict(d)) return
  for (const [k, v] of dictItems(d)) {
    if (k.type === rt.t.str && !strValue(k).startsWith("_")) dictSetItem(rt, target, k, v)
  }
  decref(rt, d)
}
