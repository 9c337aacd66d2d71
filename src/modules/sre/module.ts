// The _sre module: what src/modules/lib/re.py builds on.
//
//   re.compile(p, flags) -> re._compile -> _sre.compile(p, flags)
//        parse.ts (Python syntax, re.error) -> emit.ts (JS RegExp source)
//        -> exec.ts Program (the RegExp objects) -> pattern.ts re.Pattern
//
// re.error is a Python class defined in re.py; the functions here raise it by
// looking it up in sys.modules['re'] when needed (as CPython's C code calls
// back into the re package for templates).
//
// @cpython Modules/_sre/sre.c

import type { PyObject } from "../../objects/object.js"
import { decref } from "../../objects/refcount.js"
import { raise, typeError } from "../../objects/errors.js"
import * as ab from "../../objects/abstract.js"
import { bufferOf, latin1 } from "../../objects/bytes-methods.js"
import { newBuiltinFunction } from "../../objects/descr.js"
import { intValue, newInt } from "../../objects/int.js"
import { intern, isStr, newStr, strValue } from "../../objects/str.js"
import { bytesValue } from "../../objects/bytes.js"
import { newTuple } from "../../objects/tuple.js"
import type { VM } from "../../vm/vm.js"
import { importModule, moduleDict, newModule } from "../../vm/import.js"
import { translate } from "./emit.js"
import { Program } from "./exec.js"
import { initMatchType } from "./match.js"
import {
  F,
  MAXGROUPS,
  MAXREPEAT,
  SreSyntax,
  SreValue,
  parsePattern,
  toCodePoints,
  type Node,
} from "./parse.js"
import {
  initPatternType,
  matchExpand,
  newPattern,
  type PatternData,
  type PatternHooks,
} from "./pattern.js"
import { TemplateIndexError, parseTemplate, type Template } from "./template.js"

/** `module.name` (new reference), importing the module (re, warnings: written in Python). */
function moduleAttr(vm: VM, module: string, name: string): PyObject {
  const m = importModule(vm, module)
  try {
    return ab.getAttrStr(vm.rt, m, name)
  } finally {
    decref(vm.rt, m)
  }
}

/** Raises re.error(msg, pattern, pos) (pattern borrowed; pos null: no position). */
function raiseReError(vm: VM, msg: string, pattern: PyObject | null, pos: number | null): never {
  const rt = vm.rt
  const cls = moduleAttr(vm, "re", "error")
  const args: PyObject[] = [newStr(rt, msg)]
  if (pos !== null && pattern !== null) {
    pattern.rc++
    args.push(pattern, newInt(rt, pos))
  }
  let exc: PyObject
  try {
    exc = ab.call(rt, cls, args, null)
  } finally {
    for (const a of args) decref(rt, a)
    decref(rt, cls)
  }
  throw exc
}

/** warnings.warn(msg, category, stacklevel) from native code (level 1: the innermost Python frame). */
function warn(vm: VM, category: string, msg: string, stacklevel: number): void {
  const rt = vm.rt
  const f = moduleAttr(vm, "warnings", "warn")
  const cat = rt.t[category]!
  cat.rc++
  const kw = newTuple(rt, [newStr(rt, "stacklevel")])
  const args = [newStr(rt, msg), cat, newInt(rt, stacklevel)]
  try {
    decref(rt, ab.call(rt, f, args, kw))
  } finally {
    for (const a of args) decref(rt, a)
    decref(rt, kw)
    decref(rt, f)
  }
}

function codePointsOf(o: PyObject): number[] {
  return isStr(o) ? toCodePoints(strValue(o)) : Array.from(bytesValue(o))
}

/**
 * An estimate of the sre code words a sequence compiles to (for getsizeof):
 * LITERAL 2, ANY 1, IN + skip + items + FAILURE, MARK 2 each side, REPEAT /
 * REPEAT_ONE + skip + min + max + body + UNTIL / SUCCESS, ASSERT + skip +
 * back + body + SUCCESS, ... Calibrated on python3's sizes of small patterns.
 */
function codeWords(seq: Node[]): number {
  let n = 0
  for (const x of seq) {
    switch (x.k) {
      case "lit":
      case "at":
      case "ref":
        n += 2
        break
      case "any":
        n += 1
        break
      case "in":
        if (x.neg && x.items.length === 1 && x.items[0]!.k === "lit") n += 2
        else n += 3 + x.items.reduce((a, it) => a + (it.k === "range" ? 3 : 2), 0)
        break
      case "group":
        n += (x.g === null ? 0 : 4) + codeWords(x.body)
        break
      case "look":
        n += 4 + codeWords(x.body)
        break
      case "atomic":
        n += 3 + codeWords(x.body)
        break
      case "rep":
        n += 5 + codeWords(x.body)
        break
      case "cond":
        n += 4 + codeWords(x.yes) + (x.no === null ? 0 : codeWords(x.no))
        break
      case "branch":
        n += 2 + x.alts.reduce((a, b) => a + 3 + codeWords(b), 0)
        break
    }
  }
  return n
}

/** The length of the literal prefix sre puts in the pattern's INFO block (leading literals). */
function prefixLength(seq: Node[]): [number, boolean] {
  let n = 0
  for (const x of seq) {
    if (x.k === "lit") n++
    else if (x.k === "group" && x.add === 0 && x.del === 0) {
      const [m, whole] = prefixLength(x.body)
      n += m
      if (!whole) return [n, false]
    } else return [n, false]
  }
  return [n, true]
}

/** sizeof(PatternObject) plus its code: 120 bytes, the prefix (8 + 8 per character), 4 per word. */
function patternSize(tree: Node[], flags: number): number {
  const prefix = (flags & F.IGNORECASE) !== 0 ? 0 : prefixLength(tree)[0]
  return 120 + (prefix > 0 ? 8 + 8 * prefix : 0) + 4 * codeWords(tree)
}

/** _sre.compile(pattern, flags=0): a new re.Pattern; raises re.error, ValueError, OverflowError. */
function compile(vm: VM, pattern: PyObject, flagsObj: PyObject | undefined): PyObject {
  const rt = vm.rt
  const istext = isStr(pattern)
  if (!istext && !ab.typeCheck(pattern, rt.t.bytes))
    typeError(rt, "first argument must be string or compiled pattern")
  let flags = 0
  if (flagsObj !== undefined) {
    const f = ab.index(rt, flagsObj)
    flags = Number(intValue(f))
    decref(rt, f)
  }
  let parsed
  let tr
  try {
    // Level 3: re.compile / re.search -> re._compile -> here.
    parsed = parsePattern(codePointsOf(pattern), istext, flags, (c, m) => warn(vm, c, m, 3))
    tr = translate(parsed, !istext)
  } catch (e) {
    if (e instanceof SreSyntax) raiseReError(vm, e.msg, pattern, e.pos)
    if (e instanceof SreValue) raise(rt, rt.t[e.kind]!, e.msg)
    throw e
  }
  const prog = new Program(tr)
  try {
    prog.check()
  } catch (e) {
    if (e instanceof SyntaxError)
      raiseReError(vm, `heapscope's re cannot run this pattern (${e.message})`, null, null)
    throw e
  }
  const size = patternSize(parsed.tree, parsed.flags)
  return newPattern(rt, pattern, parsed.flags, parsed.groups - 1, parsed.groupindex, tr, prog, size)
}

/** Parses a replacement template for `pattern` (cached on the pattern); raises re.error / IndexError. */
function compileTemplate(vm: VM, pattern: PyObject, repl: PyObject): Template {
  const rt = vm.rt
  const pd = pattern.v as PatternData
  let text: string
  if (isStr(repl)) text = strValue(repl)
  else {
    const b = bufferOf(rt, repl)
    if (b === null)
      typeError(rt, `decoding to str: need a bytes-like object, ${repl.type.name} found`)
    text = latin1(b)
  }
  const have = pd.templates.get(text)
  if (have !== undefined) return have
  let t: Template
  try {
    t = parseTemplate(toCodePoints(text), !pd.isBytes, pd.groups, pd.names, (c, m) =>
      warn(vm, c, m, 2),
    )
  } catch (e) {
    if (e instanceof SreSyntax) raiseReError(vm, e.msg, repl, e.pos)
    if (e instanceof TemplateIndexError) raise(rt, rt.t.IndexError, e.msg)
    throw e
  }
  if (pd.templates.size >= 512) pd.templates.clear()
  pd.templates.set(text, t)
  return t
}

/** Creates the _sre module (new reference). */
export function makeSreModule(vm: VM): PyObject {
  const rt = vm.rt
  const hooks: PatternHooks = {
    compileTemplate: (_rt, pattern, repl) => compileTemplate(vm, pattern, repl),
  }
  if (rt.t.re_Pattern === undefined || rt.t.re_Pattern === null) {
    rt.t.re_Pattern = initPatternType(rt, hooks)
    rt.t.re_Match = initMatchType(rt, (rt2, m, t) => matchExpand(rt2, hooks, m, t))
  }
  const mod = newModule(vm, "_sre")
  const d = moduleDict(mod)
  const put = (name: string, v: PyObject): void => {
    ab.setItem(rt, d, intern(rt, name), v)
    decref(rt, v)
  }
  const fn = (name: string, f: (args: PyObject[]) => PyObject, min: number, max: number): void => {
    put(
      name,
      newBuiltinFunction(
        rt,
        name,
        {
          kind: "fast",
          fn: (rt2, _self, args) => {
            if (args.length < min || args.length > max)
              typeError(
                rt2,
                `${name}() takes ${min === max ? "exactly" : "at most"} ${max} arguments (${args.length} given)`,
              )
            return f(args)
          },
        },
        mod,
        "_sre",
      ),
    )
  }
  fn("compile", (args) => compile(vm, args[0]!, args[1]), 1, 2)
  put("MAXREPEAT", newInt(rt, MAXREPEAT))
  put("MAXGROUPS", newInt(rt, MAXGROUPS))
  put("MAGIC", newInt(rt, 20220615))
  put("CODESIZE", newInt(rt, 4))
  put("Pattern", (rt.t.re_Pattern!.rc++, rt.t.re_Pattern!))
  put("Match", (rt.t.re_Match!.rc++, rt.t.re_Match!))
  return mod
}
