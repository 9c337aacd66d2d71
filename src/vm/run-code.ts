// Running module-level code: a script, an imported module, exec() and eval().

import type { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import { dictGetItem, dictSetItem } from "../objects/dict.js"
import { intern } from "../objects/str.js"
import { CodeObject } from "./code.js"
import { decodeCode } from "./code-cache.js"
import { codeNames, ensureCompiled, makeConstants, type ConstCache } from "./compile-code.js"
import { Frame } from "./frame.js"
import type { VM } from "./vm.js"
import { bodyFor, traceEvent, traceFrameDone } from "./trace.js"

/** Compiles `source` (raising SyntaxError) in the given mode. */
export function compileSource(
  vm: VM,
  source: string,
  filename: string,
  mode: "exec" | "eval" | "single",
  cached: string | null = null,
): CodeObject {
  if (vm.compile === null) throw new Error("heapscope: no compiler installed in this VM")
  vm.sources.set(filename, source.split(/\r?\n/))
  // Interactive input is a complete statement; CPython's compile() accepts it without a newline.
  if (mode === "single" && !source.endsWith("\n")) source += "\n"
  // The precompiled form of a library module (code-cache.ts), if it was made from this source.
  const code =
    (cached !== null ? decodeCode(cached, source) : null) ?? vm.compile(vm, source, filename, mode)
  nameAll(vm, code)
  return code
}

/**
 * Makes the constants, names, co_name and co_qualname of every code object of a module
 * now, as CPython has them once the module is compiled: a function's first `def` or a
 * comprehension's first run allocates none of them (tracemalloc would see it). The same
 * walk turns on vm.snapAll when one of them names the attribute f_locals (see SNAP_MARK).
 */
function nameAll(vm: VM, code: CodeObject, cache: ConstCache = new Map()): void {
  if (!vm.snapAll && code.names.includes("f_locals")) vm.snapAll = true
  makeConstants(vm, code, cache)
  for (const c of code.consts) {
    if (c instanceof CodeObject) {
      codeNames(vm.rt, c)
      nameAll(vm, c, cache)
    }
  }
}

/**
 * Runs module-level code with the given globals and locals (borrowed
 * dicts). `__builtins__` is added to globals when missing. Returns the
 * value of the code (None for exec mode; a new reference).
 */
export function runCodeObject(
  vm: VM,
  code: CodeObject,
  globals: PyObject,
  locals: PyObject,
): PyObject {
  const rt = vm.rt
  ensureCompiled(vm, code)
  const bkey = intern(rt, "__builtins__")
  if (dictGetItem(rt, globals, bkey) === null) dictSetItem(rt, globals, bkey, vm.builtinsModule)
  const F = new Frame(code, null, globals, vm.builtins, locals, null, vm.frame, false)
  if (vm.depth >= vm.recursionLimit) {
    const make = rt.hooks.newException as NonNullable<typeof rt.hooks.newException>
    throw make(rt, rt.t.RecursionError, "maximum recursion depth exceeded")
  }
  vm.frame = F
  vm.depth++
  try {
    if (!vm.tracing) return (code.body as (F: Frame, A: null[]) => PyObject)(F, [])
    traceEvent(vm, F, "call", null)
    const r = bodyFor(vm, code)(F, []) as PyObject
    traceEvent(vm, F, "return", r)
    return r
  } finally {
    traceFrameDone(vm, F)
    vm.frame = F.back
    vm.depth--
  }
}

/** Compiles and runs `source` as module code in `globals`/`locals`. */
export function runCode(
  vm: VM,
  source: string,
  filename: string,
  globals: PyObject,
  locals: PyObject,
  cached: string | null = null,
): void {
  const code = compileSource(vm, source, filename, "exec", cached)
  decref(vm.rt, runCodeObject(vm, code, globals, locals))
}
