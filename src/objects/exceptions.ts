// The built-in exception hierarchy of 3.11 (Objects/exceptions.c).
//
// An exception instance is a GC object; its payload:
//   v  the instance `__dict__` (dict object) or null (`__notes__` lives there)
//   w  ExcState: args, __traceback__, __context__, __cause__,
//      __suppress_context__ and the subtype's own fields
//      (StopIteration.value, OSError.errno, SyntaxError.lineno, ...)
//
//   addr-16 ┌─────────────────────────┐
//           │ PyGC_Head               │
//   addr    ├─────────────────────────┤
//           │ ob_refcnt, ob_type      │
//           │ dict* args* notes*      │  PyBaseExceptionObject: 72 bytes,
//           │ traceback* context*     │  getsizeof(ValueError()) == 88
//           │ cause* suppress_context │
//           │ subtype fields …        │  KeyError 72, OSError 112, SyntaxError 136
//           └─────────────────────────┘
//
// Raising from runtime code: `raise(rt, rt.t.KeyError, "msg")` (errors.ts)
// calls the newException hook installed here.

import { PyObject } from "./object.js"
import { allocObject, decref, freeObject, incref, trashcanDealloc, xdecref } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { PyType, TypeFlags, isSubtype } from "./type.js"
import { typeError } from "./errors.js"
import { gcTrack, gcUntrack } from "./gcstate.js"
import { isStr, newStr } from "./str.js"
import { isTuple, newTuple, tupleItems } from "./tuple.js"
import { listAppend, newList, isList } from "./list.js"
import { isInt } from "./int.js"
import { bytesValue, isBytes } from "./bytes.js"
import {
  call,
  setAttr,
  lookupAttrStr,
  reprString,
  setAttrStr,
  str as pyStr,
  strString,
} from "./abstract.js"
import { dictItems, isDict } from "./dict.js"
import { defineGetSets, defineMethods, parseArgs } from "./descr.js"
import type { GetSetDef } from "./descr.js"
import { newStaticType, typeExtra } from "./typeobject.js"

/** What an exception instance keeps in `w`. All fields are owned references or null. */
export class ExcState {
  /** The args tuple (never null once initialized). */
  args: PyObject | null = null
  traceback: PyObject | null = null
  context: PyObject | null = null
  cause: PyObject | null = null
  suppressContext = false
  /** Subtype fields by attribute name (value, code, name, errno, msg, lineno, ...), owned. */
  fields: Map<string, PyObject> | null = null
  /**
   * `args` is still the tuple __new__ made, and __init__ has not run yet. A
   * call `E(x)` hands the same argument tuple to tp_new and tp_init in
   * CPython, so the first __init__ with the same items keeps that tuple
   * rather than building a second one (which the GC counts would show).
   */
  argsFromNew = false
}

/** Name, bases, basicsize and doc of every built-in exception type (generated from python3). */
const HIERARCHY: [string, string, number, string | null][] = [
  ["BaseException", "", 72, "Common base class for all exceptions"],
  ["BaseExceptionGroup", "BaseException", 88, "A combination of multiple unrelated exceptions."],
  ["ExceptionGroup", "BaseExceptionGroup,Exception", 96, null],
  ["Exception", "BaseException", 72, "Common base class for all non-exit exceptions."],
  ["ArithmeticError", "Exception", 72, "Base class for arithmetic errors."],
  ["FloatingPointError", "ArithmeticError", 72, "Floating point operation failed."],
  ["OverflowError", "ArithmeticError", 72, "Result too large to be represented."],
  [
    "ZeroDivisionError",
    "ArithmeticError",
    72,
    "Second argument to a division or modulo operation was zero.",
  ],
  ["AssertionError", "Exception", 72, "Assertion failed."],
  ["AttributeError", "Exception", 88, "Attribute not found."],
  ["BufferError", "Exception", 72, "Buffer error."],
  ["EOFError", "Exception", 72, "Read beyond end of file."],
  ["ImportError", "Exception", 96, "Import can't find module, or can't find name in module."],
  ["ModuleNotFoundError", "ImportError", 96, "Module not found."],
  ["LookupError", "Exception", 72, "Base class for lookup errors."],
  ["IndexError", "LookupError", 72, "Sequence index out of range."],
  ["KeyError", "LookupError", 72, "Mapping key not found."],
  ["MemoryError", "Exception", 72, "Out of memory."],
  ["NameError", "Exception", 80, "Name not found globally."],
  ["UnboundLocalError", "NameError", 80, "Local name referenced but not bound to a value."],
  ["OSError", "Exception", 112, "Base class for I/O related errors."],
  ["BlockingIOError", "OSError", 112, "I/O operation would block."],
  ["ChildProcessError", "OSError", 112, "Child process error."],
  ["ConnectionError", "OSError", 112, "Connection error."],
  ["BrokenPipeError", "ConnectionError", 112, "Broken pipe."],
  ["ConnectionAbortedError", "ConnectionError", 112, "Connection aborted."],
  ["ConnectionRefusedError", "ConnectionError", 112, "Connection refused."],
  ["ConnectionResetError", "ConnectionError", 112, "Connection reset."],
  ["FileExistsError", "OSError", 112, "File already exists."],
  ["FileNotFoundError", "OSError", 112, "File not found."],
  ["InterruptedError", "OSError", 112, "Interrupted by signal."],
  ["IsADirectoryError", "OSError", 112, "Operation doesn't work on directories."],
  ["NotADirectoryError", "OSError", 112, "Operation only works on directories."],
  ["PermissionError", "OSError", 112, "Not enough permissions."],
  ["ProcessLookupError", "OSError", 112, "Process not found."],
  ["TimeoutError", "OSError", 112, "Timeout expired."],
  ["ReferenceError", "Exception", 72, "Weak ref proxy used after referent went away."],
  ["RuntimeError", "Exception", 72, "Unspecified run-time error."],
  ["NotImplementedError", "RuntimeError", 72, "Method or function hasn't been implemented yet."],
  ["RecursionError", "RuntimeError", 72, "Recursion limit exceeded."],
  ["StopAsyncIteration", "Exception", 72, "Signal the end from iterator.__anext__()."],
  ["StopIteration", "Exception", 80, "Signal the end from iterator.__next__()."],
  ["SyntaxError", "Exception", 136, "Invalid syntax."],
  ["IndentationError", "SyntaxError", 136, "Improper indentation."],
  ["TabError", "IndentationError", 136, "Improper mixture of spaces and tabs."],
  [
    "SystemError",
    "Exception",
    72,
    "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.",
  ],
  ["TypeError", "Exception", 72, "Inappropriate argument type."],
  ["ValueError", "Exception", 72, "Inappropriate argument value (of correct type)."],
  ["UnicodeError", "ValueError", 72, "Unicode related error."],
  ["UnicodeDecodeError", "UnicodeError", 112, "Unicode decoding error."],
  ["UnicodeEncodeError", "UnicodeError", 112, "Unicode encoding error."],
  ["UnicodeTranslateError", "UnicodeError", 112, "Unicode translation error."],
  ["Warning", "Exception", 72, "Base class for warning categories."],
  [
    "BytesWarning",
    "Warning",
    72,
    "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.",
  ],
  ["DeprecationWarning", "Warning", 72, "Base class for warnings about deprecated features."],
  ["EncodingWarning", "Warning", 72, "Base class for warnings about encodings."],
  [
    "FutureWarning",
    "Warning",
    72,
    "Base class for warnings about constructs that will change semantically\nin the future.",
  ],
  [
    "ImportWarning",
    "Warning",
    72,
    "Base class for warnings about probable mistakes in module imports",
  ],
  [
    "PendingDeprecationWarning",
    "Warning",
    72,
    "Base class for warnings about features which will be deprecated\nin the future.",
  ],
  ["ResourceWarning", "Warning", 72, "Base class for warnings about resource usage."],
  ["RuntimeWarning", "Warning", 72, "Base class for warnings about dubious runtime behavior."],
  ["SyntaxWarning", "Warning", 72, "Base class for warnings about dubious syntax."],
  [
    "UnicodeWarning",
    "Warning",
    72,
    "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.",
  ],
  ["UserWarning", "Warning", 72, "Base class for warnings generated by user code."],
  ["GeneratorExit", "BaseException", 72, "Request that a generator exit."],
  ["KeyboardInterrupt", "BaseException", 72, "Program interrupted by user."],
  ["SystemExit", "BaseException", 80, "Request to exit from the interpreter."],
]

/** Fields each exception type adds (exposed as read/write attributes, None when unset). */
const FIELDS: Record<string, string[]> = {
  StopIteration: ["value"],
  SystemExit: ["code"],
  ImportError: ["msg", "name", "path"],
  AttributeError: ["name", "obj"],
  NameError: ["name"],
  OSError: ["errno", "strerror", "filename", "filename2"],
  SyntaxError: [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
  ],
  UnicodeError: ["encoding", "object", "start", "end", "reason"],
  BaseExceptionGroup: ["message", "exceptions"],
}

/** OSError(errno, ...) picks the subclass for these errno values (POSIX numbers, Linux). */
const ERRNO_MAP: Record<number, string> = {
  11: "BlockingIOError",
  114: "BlockingIOError",
  115: "BlockingIOError",
  10: "ChildProcessError",
  32: "BrokenPipeError",
  108: "BrokenPipeError",
  103: "ConnectionAbortedError",
  111: "ConnectionRefusedError",
  104: "ConnectionResetError",
  17: "FileExistsError",
  2: "FileNotFoundError",
  21: "IsADirectoryError",
  20: "NotADirectoryError",
  4: "InterruptedError",
  1: "PermissionError",
  13: "PermissionError",
  3: "ProcessLookupError",
  110: "TimeoutError",
}

// ---------------------------------------------------------------------------
// Accessors

/** The ExcState of an exception instance. */
export function excState(exc: PyObject): ExcState {
  return exc.w as ExcState
}

/** Whether `o` is an exception instance (PyExceptionInstance_Check). */
export function isException(o: PyObject): boolean {
  return (o.type.flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0
}

/** A subtype field (borrowed) or null. */
export function excField(exc: PyObject, name: string): PyObject | null {
  const f = excState(exc).fields
  return f === null ? null : (f.get(name) ?? null)
}

/** Sets a subtype field; borrows `value` (null clears). */
export function setExcField(
  rt: Runtime,
  exc: PyObject,
  name: string,
  value: PyObject | null,
): void {
  const st = excState(exc)
  if (st.fields === null) st.fields = new Map()
  const old = st.fields.get(name) ?? null
  if (value === null) st.fields.delete(name)
  else st.fields.set(name, incref(value))
  xdecref(rt, old)
}

/** PyException_SetTraceback: borrows `tb` (None or null clear it). */
export function setTraceback(rt: Runtime, exc: PyObject, tb: PyObject | null): void {
  const st = excState(exc)
  const old = st.traceback
  st.traceback = tb === null || tb === rt.None ? null : incref(tb)
  xdecref(rt, old)
}

/** PyException_SetContext: STEALS `ctx` (may be null). */
export function setContext(rt: Runtime, exc: PyObject, ctx: PyObject | null): void {
  const st = excState(exc)
  const old = st.context
  st.context = ctx
  xdecref(rt, old)
}

/** PyException_SetCause: STEALS `cause` (may be null) and sets __suppress_context__. */
export function setCause(rt: Runtime, exc: PyObject, cause: PyObject | null): void {
  const st = excState(exc)
  const old = st.cause
  st.cause = cause
  st.suppressContext = true
  xdecref(rt, old)
}

/** PyErr_GivenExceptionMatches: `exc` (instance or class) against a class or tuple of classes. */
export function exceptionMatches(rt: Runtime, exc: PyObject, cls: PyObject): boolean {
  if (isTuple(cls)) {
    for (const c of tupleItems(cls)) if (exceptionMatches(rt, exc, c)) return true
    return false
  }
  const t = exc instanceof PyType ? exc : exc.type
  return cls instanceof PyType && isSubtype(t, cls)
}

// ---------------------------------------------------------------------------
// Creation

function excAlloc(rt: Runtime, type: PyType, args: PyObject[]): PyObject {
  const st = new ExcState()
  const o = allocObject(rt, type, type.basicsize, null, st)
  st.args = newTuple(
    rt,
    args.map((a) => incref(a)),
  )
  st.argsFromNew = true
  gcTrack(rt, o)
  return o
}

/**
 * Builds an exception of `type` whose args are `(message,)`, or `()` when
 * `message` is null (PyErr_SetString / PyErr_SetNone). New reference; for a
 * class derived from an exception type it goes through the class's
 * __new__/__init__.
 */
export function newException(rt: Runtime, type: PyType, message: string | null): PyObject {
  if (message === null) return newExceptionArgs(rt, type, [])
  const m = newStr(rt, message)
  try {
    return newExceptionArgs(rt, type, [m])
  } finally {
    decref(rt, m)
  }
}

/** `type(*args)` for an exception type: args borrowed, new reference. */
export function newExceptionArgs(rt: Runtime, type: PyType, args: PyObject[]): PyObject {
  if (type === rt.t.MemoryError && args.length === 0) return memoryErrorNew(rt, type, args, null)
  const e =
    !type.isHeapType && type.newObj === excNew && type.init === excInit && !(type.name in FIELDS)
      ? excAlloc(rt, type, args)
      : call(rt, type, args, null)
  const link = rt.hooks.excContext
  if (link !== null) link(rt, e)
  return e
}

/**
 * The AttributeError for a missing attribute, with CPython's message and its
 * `name`/`obj` fields (used for "Did you mean" suggestions). New reference,
 * to be thrown.
 */
export function attributeError(rt: Runtime, o: PyObject, name: PyObject): PyObject {
  const n = isStr(name) ? (name.v as string) : reprString(rt, name)
  let msg: string
  if (o instanceof PyType) msg = `type object '${o.qualname}' has no attribute '${n}'`
  else if (o.type.name === "module") {
    const mn = lookupAttrStr(rt, o, "__name__")
    msg =
      mn !== null && isStr(mn)
        ? `module '${mn.v as string}' has no attribute '${n}'`
        : `module has no attribute '${n}'`
    if (mn !== null) decref(rt, mn)
  } else msg = `'${o.type.name}' object has no attribute '${n}'`
  const e = newException(rt, rt.t.AttributeError, msg)
  setExcField(rt, e, "name", name)
  setExcField(rt, e, "obj", o)
  return e
}

function excNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames.v as PyObject[]).length
  return excAlloc(rt, type, args.slice(0, args.length - nkw))
}

function positional(args: PyObject[], kwnames: PyObject | null): PyObject[] {
  const nkw = kwnames === null ? 0 : (kwnames.v as PyObject[]).length
  return nkw === 0 ? args : args.slice(0, args.length - nkw)
}

function setArgs(rt: Runtime, o: PyObject, args: PyObject[]): void {
  const st = excState(o)
  const old = st.args
  if (st.argsFromNew) {
    st.argsFromNew = false
    if (old !== null && sameItems(old.v as PyObject[], args)) return
  }
  st.args = newTuple(
    rt,
    args.map((a) => incref(a)),
  )
  xdecref(rt, old)
}

function sameItems(a: PyObject[], b: PyObject[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function excInit(rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    typeError(rt, `${o.type.name}() takes no keyword arguments`)
  setArgs(rt, o, args)
}

// --- subtype inits ---

function kwInit(names: string[], after?: (rt: Runtime, o: PyObject, pos: PyObject[]) => void) {
  return (rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null): void => {
    const pos = positional(args, kwnames)
    const kws = kwnames === null ? [] : (kwnames.v as PyObject[])
    let base: PyType = o.type
    while (base.isHeapType) base = base.base!
    for (let i = 0; i < kws.length; i++) {
      const k = kws[i]!.v as string
      if (!names.includes(k))
        typeError(rt, `'${k}' is an invalid keyword argument for ${base.name}()`)
      setExcField(rt, o, k, args[pos.length + i]!)
    }
    setArgs(rt, o, pos)
    if (after !== undefined) after(rt, o, pos)
  }
}

function simpleInit(f: (rt: Runtime, o: PyObject, pos: PyObject[]) => void) {
  return (rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null): void => {
    excInit(rt, o, args, kwnames)
    f(rt, o, args)
  }
}

const stopIterationInit = simpleInit((rt, o, pos) =>
  setExcField(rt, o, "value", pos.length > 0 ? pos[0]! : rt.None),
)

const systemExitInit = simpleInit((rt, o, pos) => {
  if (pos.length === 0) setExcField(rt, o, "code", rt.None)
  else if (pos.length === 1) setExcField(rt, o, "code", pos[0]!)
  else setExcField(rt, o, "code", excState(o).args!)
})

const importErrorInit = kwInit(["name", "path"], (rt, o, pos) =>
  setExcField(rt, o, "msg", pos.length === 1 ? pos[0]! : rt.None),
)

/** oserror_use_init: a subclass with its own __init__ parses OSError's arguments there, not in __new__. */
function osErrorUsesInit(type: PyType): boolean {
  return type.init !== osErrorInit && type.newObj === osErrorNew
}

function osErrorNew(
  rt: Runtime,
  type: PyType,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const pos = positional(args, kwnames)
  let t = type
  if (type === rt.t.OSError && pos.length >= 2 && isInt(pos[0]!) && typeof pos[0]!.v === "number") {
    const sub = ERRNO_MAP[pos[0]!.v as number]
    if (sub !== undefined) t = rt.t[sub]!
  }
  const o = excAlloc(rt, t, pos)
  if (!osErrorUsesInit(t)) osErrorFill(rt, o, pos)
  return o
}

function osErrorFill(rt: Runtime, o: PyObject, pos: PyObject[]): void {
  if (pos.length < 2 || pos.length > 5) return
  setExcField(rt, o, "errno", pos[0]!)
  setExcField(rt, o, "strerror", pos[1]!)
  if (pos.length >= 3) {
    if (isSubtype(o.type, rt.t.BlockingIOError) && isInt(pos[2]!))
      setExcField(rt, o, "characters_written", pos[2]!)
    else setExcField(rt, o, "filename", pos[2]!)
    if (pos.length === 5) setExcField(rt, o, "filename2", pos[4]!)
    if (pos[2] !== rt.None) setArgs(rt, o, pos.slice(0, 2))
  }
}

function osErrorInit(rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    typeError(rt, `${o.type.name}() takes no keyword arguments`)
  // Plain OSError calls were parsed by __new__; a subclass's own __init__ reaches here.
  if (osErrorUsesInit(o.type)) {
    setArgs(rt, o, args)
    osErrorFill(rt, o, args)
  }
}

const syntaxErrorInit = simpleInit((rt, o, pos) => {
  if (pos.length >= 1) setExcField(rt, o, "msg", pos[0]!)
  if (pos.length === 2) {
    const info = call(rt, rt.t.tuple, [pos[1]!], null)
    try {
      const it = tupleItems(info)
      if (it.length < 4 || it.length > 6)
        typeError(rt, `function takes at least 4 arguments (${it.length} given)`)
      const names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
      for (let i = 0; i < it.length; i++) setExcField(rt, o, names[i]!, it[i]!)
    } finally {
      decref(rt, info)
    }
  }
})

function unicodeInit(kind: "decode" | "encode" | "translate") {
  return (rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null): void => {
    excInit(rt, o, args, kwnames)
    const name = `Unicode${kind[0]!.toUpperCase()}${kind.slice(1)}Error`
    const names =
      kind === "translate"
        ? ["object", "start", "end", "reason"]
        : ["encoding", "object", "start", "end", "reason"]
    const a = parseArgs(
      rt,
      { fname: name, names, required: names.length, posOnly: names.length },
      args,
      null,
    )
    const check = (o2: PyObject, ok: boolean, what: string, idx: number) => {
      if (!ok) typeError(rt, `argument ${idx} must be ${what}, not ${o2.type.name}`)
    }
    let i = 0
    if (kind !== "translate") {
      check(a[0]!, isStr(a[0]!), "str", 1)
      setExcField(rt, o, "encoding", a[i++]!)
    }
    const obj = a[i]!
    if (kind === "decode")
      check(obj, isBytes(obj) || obj.type === rt.t.bytearray, "bytes-like object", i + 1)
    else check(obj, isStr(obj), "str", i + 1)
    setExcField(rt, o, "object", a[i++]!)
    setExcField(rt, o, "start", a[i++]!)
    setExcField(rt, o, "end", a[i++]!)
    setExcField(rt, o, "reason", a[i++]!)
  }
}

// --- exception groups (construction and str; split/subgroup belong to except*) ---

function groupNew(rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
    typeError(rt, "BaseExceptionGroup.__new__() takes no keyword arguments")
  if (args.length !== 2)
    typeError(rt, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`)
  const [msg, seq] = args as [PyObject, PyObject]
  if (!isStr(msg))
    typeError(rt, `BaseExceptionGroup.__new__() argument 1 must be str, not ${msg.type.name}`)
  if (!seq.type.isSequence || seq.type.getitem === null || isStr(seq))
    typeError(rt, "second argument (exceptions) must be a sequence")
  const excs = call(rt, rt.t.tuple, [seq], null)
  try {
    const items = tupleItems(excs)
    if (items.length === 0)
      raise(rt, rt.t.ValueError!, "second argument (exceptions) must be a non-empty sequence")
    let allExceptions = true
    items.forEach((e, i) => {
      if (!isException(e))
        raise(rt, rt.t.ValueError!, `Item ${i} of second argument (exceptions) is not an exception`)
      if (!isSubtype(e.type, rt.t.Exception!)) allExceptions = false
    })
    let t = type
    if (type === rt.t.BaseExceptionGroup && allExceptions) t = rt.t.ExceptionGroup!
    else if (isSubtype(type, rt.t.Exception!) && !allExceptions)
      typeError(rt, "Cannot nest BaseExceptions in an ExceptionGroup")
    const o = excAlloc(rt, t, args)
    setExcField(rt, o, "message", msg)
    setExcField(rt, o, "exceptions", excs)
    return o
  } finally {
    decref(rt, excs)
  }
}

function groupStr(rt: Runtime, o: PyObject): PyObject {
  const msg = excField(o, "message")
  const excs = excField(o, "exceptions")
  const n = excs === null ? 0 : tupleItems(excs).length
  const m = msg === null ? "" : strString(rt, msg)
  return newStr(rt, `${m} (${n} sub-exception${n === 1 ? "" : "s"})`)
}

function raise(rt: Runtime, type: PyType, message: string): never {
  throw newException(rt, type, message)
}

// ---------------------------------------------------------------------------
// str / repr

function argsOf(o: PyObject): PyObject[] {
  const a = excState(o).args
  return a === null ? [] : tupleItems(a)
}

function excStr(rt: Runtime, o: PyObject): PyObject {
  const args = argsOf(o)
  if (args.length === 0) return incref(rt.emptyStr)
  // str() of the only argument is returned as it is (a new str for an int).
  if (args.length === 1) return pyStr(rt, args[0]!)
  return pyStr(rt, excState(o).args!)
}

function excRepr(rt: Runtime, o: PyObject): PyObject {
  const name = o.type.name.slice(o.type.name.lastIndexOf(".") + 1)
  const args = argsOf(o)
  if (args.length === 1) return newStr(rt, `${name}(${reprString(rt, args[0]!)})`)
  return newStr(rt, `${name}${reprString(rt, excState(o).args!)}`)
}

function keyErrorStr(rt: Runtime, o: PyObject): PyObject {
  const args = argsOf(o)
  if (args.length === 1) return newStr(rt, reprString(rt, args[0]!))
  return excStr(rt, o)
}

function importErrorStr(rt: Runtime, o: PyObject): PyObject {
  const msg = excField(o, "msg")
  if (msg !== null && msg.type === rt.t.str) return incref(msg)
  return excStr(rt, o)
}

function osErrorStr(rt: Runtime, o: PyObject): PyObject {
  const errno = excField(o, "errno")
  const strerror = excField(o, "strerror")
  const fn = excField(o, "filename")
  const fn2 = excField(o, "filename2")
  const s = (x: PyObject | null) => strString(rt, x ?? rt.None)
  if (fn !== null && fn !== rt.None) {
    if (fn2 !== null && fn2 !== rt.None)
      return newStr(
        rt,
        `[Errno ${s(errno)}] ${s(strerror)}: ${reprString(rt, fn)} -> ${reprString(rt, fn2)}`,
      )
    return newStr(rt, `[Errno ${s(errno)}] ${s(strerror)}: ${reprString(rt, fn)}`)
  }
  if (errno !== null && strerror !== null && errno !== rt.None && strerror !== rt.None)
    return newStr(rt, `[Errno ${s(errno)}] ${s(strerror)}`)
  return excStr(rt, o)
}

function syntaxErrorStr(rt: Runtime, o: PyObject): PyObject {
  const msg = excField(o, "msg")
  const fn = excField(o, "filename")
  const ln = excField(o, "lineno")
  const mo = pyStr(rt, msg ?? argsOf(o)[0] ?? rt.None)
  const file =
    fn !== null && isStr(fn) ? (fn.v as string).slice((fn.v as string).lastIndexOf("/") + 1) : null
  const line = ln !== null && isInt(ln) ? String(ln.v) : null
  // Without a file name or a line number, str(msg) itself.
  if (file === null && line === null) return mo
  const m = mo.v as string
  decref(rt, mo)
  if (file !== null && line !== null) return newStr(rt, `${m} (${file}, line ${line})`)
  if (file !== null) return newStr(rt, `${m} (${file})`)
  return newStr(rt, `${m} (line ${line})`)
}

function charEscape(cp: number): string {
  if (cp <= 0xff) return "\\x" + cp.toString(16).padStart(2, "0")
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0")
  return "\\U" + cp.toString(16).padStart(8, "0")
}

function unicodeErrorStr(kind: "decode" | "encode" | "translate") {
  return (rt: Runtime, o: PyObject): PyObject => {
    const obj = excField(o, "object")
    const start = excField(o, "start")
    const end = excField(o, "end")
    const reason = strString(rt, excField(o, "reason") ?? rt.None)
    const enc = kind === "translate" ? "" : strString(rt, excField(o, "encoding") ?? rt.None)
    if (obj === null || start === null || end === null) return incref(rt.emptyStr)
    const st = Number(start.v)
    const en = Number(end.v)
    if (kind === "decode") {
      const data = isBytes(obj) ? bytesValue(obj) : (obj.v as Uint8Array)
      if (st < data.length && en === st + 1)
        return newStr(
          rt,
          `'${enc}' codec can't decode byte 0x${data[st]!.toString(16).padStart(2, "0")} in position ${st}: ${reason}`,
        )
      return newStr(rt, `'${enc}' codec can't decode bytes in position ${st}-${en - 1}: ${reason}`)
    }
    const cps = Array.from(obj.v as string)
    const verb = kind === "encode" ? `'${enc}' codec can't encode` : "can't translate"
    if (st < cps.length && en === st + 1)
      return newStr(
        rt,
        `${verb} character '${charEscape(cps[st]!.codePointAt(0)!)}' in position ${st}: ${reason}`,
      )
    return newStr(rt, `${verb} characters in position ${st}-${en - 1}: ${reason}`)
  }
}

// ---------------------------------------------------------------------------
// dealloc, traverse, clear

function excClear(rt: Runtime, o: PyObject): void {
  const st = o.w as ExcState | null
  if (st === null) return
  const f = st.fields
  st.fields = null
  if (f !== null) for (const v of f.values()) decref(rt, v)
  const d = o.v as PyObject | null
  o.v = null
  xdecref(rt, d)
  const { args, traceback, cause, context } = st
  st.args = st.traceback = st.cause = st.context = null
  xdecref(rt, args)
  xdecref(rt, traceback)
  xdecref(rt, cause)
  xdecref(rt, context)
}

/** BaseException_dealloc: trashcan-protected, so a long __context__ chain cannot overflow the stack. */
function excDealloc(rt: Runtime, o: PyObject): void {
  gcUntrack(rt, o)
  trashcanDealloc(rt, o, excDeallocBody)
}

function excDeallocBody(rt: Runtime, o: PyObject): void {
  excClear(rt, o)
  freeObject(rt, o)
}

// --- MemoryError: a free list filled at start-up, so raising it needs no allocation ---

/** Size of the MemoryError free list (MEMERRORS_SAVE), filled when exceptions are created. */
export const MEMERRORS_SAVE = 16

function memoryErrorNew(
  rt: Runtime,
  type: PyType,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const fl = rt.freelists.MemoryError
  const nkw = kwnames === null ? 0 : (kwnames.v as PyObject[]).length
  // Only exact MemoryError() with no arguments comes from the free list (as 3.11).
  if (type !== rt.t.MemoryError || args.length - nkw !== 0 || fl === undefined || fl.length === 0)
    return excNew(rt, type, args, kwnames)
  const o = fl.pop()!
  o.rc = 1
  const st = excState(o)
  st.args = incref(rt.emptyTuple)
  gcTrack(rt, o)
  return o
}

function memoryErrorDealloc(rt: Runtime, o: PyObject): void {
  const fl = rt.freelists.MemoryError
  if (o.type !== rt.t.MemoryError || fl === undefined || fl.length >= MEMERRORS_SAVE) {
    excDealloc(rt, o)
    return
  }
  gcUntrack(rt, o)
  excClear(rt, o)
  o.w = new ExcState()
  fl.push(o)
}

function fillMemoryErrors(rt: Runtime): void {
  const fl: PyObject[] = []
  rt.freelists.MemoryError = fl
  for (let i = 0; i < MEMERRORS_SAVE; i++) {
    const o = allocObject(rt, rt.t.MemoryError!, rt.t.MemoryError!.basicsize, null, new ExcState())
    o.rc = 0
    fl.push(o)
  }
}

function excTraverse(o: PyObject, visit: (c: PyObject) => void): void {
  const st = o.w as ExcState | null
  if (o.v !== null) visit(o.v as PyObject)
  if (st === null) return
  for (const x of [st.args, st.traceback, st.cause, st.context]) if (x !== null) visit(x)
  if (st.fields !== null) for (const v of st.fields.values()) visit(v)
}

// ---------------------------------------------------------------------------
// Attributes and methods of BaseException

function isExcOrNone(rt: Runtime, v: PyObject): boolean {
  return v === rt.None || isException(v)
}

const baseGetSets: Record<string, GetSetDef> = {
  args: {
    get: (rt, o) => incref(excState(o).args ?? rt.emptyTuple),
    set: (rt, o, v) => {
      if (v === null) typeError(rt, "args may not be deleted")
      const t = call(rt, rt.t.tuple, [v], null)
      const st = excState(o)
      const old = st.args
      st.args = t
      st.argsFromNew = false
      xdecref(rt, old)
    },
  },
  __traceback__: {
    get: (rt, o) => incref(excState(o).traceback ?? rt.None),
    set: (rt, o, v) => {
      if (v === null) typeError(rt, "__traceback__ may not be deleted")
      if (v !== rt.None && v.type.name !== "traceback")
        typeError(rt, "__traceback__ must be a traceback or None")
      setTraceback(rt, o, v)
    },
  },
  __context__: {
    get: (rt, o) => incref(excState(o).context ?? rt.None),
    set: (rt, o, v) => {
      if (v === null) typeError(rt, "__context__ may not be deleted")
      if (!isExcOrNone(rt, v))
        typeError(rt, "exception context must be None or derive from BaseException")
      setContext(rt, o, v === rt.None ? null : incref(v))
    },
  },
  __cause__: {
    get: (rt, o) => incref(excState(o).cause ?? rt.None),
    set: (rt, o, v) => {
      if (v === null) typeError(rt, "__cause__ may not be deleted")
      if (!isExcOrNone(rt, v))
        typeError(rt, "exception cause must be None or derive from BaseException")
      setCause(rt, o, v === rt.None ? null : incref(v))
    },
  },
  __suppress_context__: {
    get: (rt, o) => incref(excState(o).suppressContext ? rt.True : rt.False),
    set: (rt, o, v) => {
      if (v === null) typeError(rt, "can't delete __suppress_context__ attribute")
      excState(o).suppressContext = v === rt.True || (v !== rt.False && v !== rt.None && v.v !== 0)
    },
  },
}

function fieldGetSet(name: string): GetSetDef {
  return {
    get: (rt, o) => incref(excField(o, name) ?? rt.None),
    set: (rt, o, v) => setExcField(rt, o, name, v ?? rt.None),
  }
}

function installBaseMethods(rt: Runtime, t: PyType): void {
  defineGetSets(rt, t, baseGetSets)
  defineMethods(rt, t, {
    with_traceback: {
      kind: "o",
      fn: (rt, self, args) => {
        baseGetSets.__traceback__!.set!(rt, self, args[0]!)
        return incref(self)
      },
    },
    add_note: {
      kind: "o",
      fn: (rt, self, args) => {
        const note = args[0]!
        if (!isStr(note)) typeError(rt, `note must be a str, not '${note.type.name}'`)
        let notes = lookupAttrStr(rt, self, "__notes__")
        if (notes === null) {
          notes = newList(rt, [])
          setAttrStr(rt, self, "__notes__", notes)
        }
        try {
          if (!isList(notes)) typeError(rt, "Cannot add note: __notes__ is not a list")
          listAppend(rt, notes, note)
        } finally {
          decref(rt, notes)
        }
        return incref(rt.None)
      },
    },
    __reduce__: {
      kind: "noargs",
      fn: (rt, self) => {
        const items = [incref(self.type), incref(excState(self).args ?? rt.emptyTuple)]
        if (self.v !== null) items.push(incref(self.v as PyObject))
        return newTuple(rt, items)
      },
    },
    __setstate__: {
      kind: "o",
      fn: (rt, self, args) => {
        // BaseException.__setstate__: each item of the state dict becomes an attribute.
        const st = args[0]!
        if (st !== rt.None) {
          if (!isDict(st)) typeError(rt, "state is not a dictionary")
          for (const [k, v] of dictItems(st)) setAttr(rt, self, k, v)
        }
        return incref(rt.None)
      },
    },
  })
}

// ---------------------------------------------------------------------------
// Type creation

/** Creates every built-in exception type in rt.t under its Python name and installs the hook. */
export function initExceptions(rt: Runtime): void {
  // Create each type once all its bases exist (ExceptionGroup needs Exception).
  const pending = HIERARCHY.slice()
  const ordered: typeof HIERARCHY = []
  while (pending.length > 0) {
    const i = pending.findIndex(
      ([, bases]) => bases === "" || bases.split(",").every((b) => ordered.some((e) => e[0] === b)),
    )
    ordered.push(pending.splice(i, 1)[0]!)
  }
  for (const [name, bases, size, doc] of ordered) {
    const existing = rt.t[name]
    if (existing !== undefined && existing !== null && existing.name === name) continue
    const baseList = bases === "" ? [] : bases.split(",").map((b) => rt.t[b]!)
    const flags = TypeFlags.BASETYPE | TypeFlags.HAVE_GC | TypeFlags.BASE_EXC_SUBCLASS
    const t = newStaticType(rt, name, baseList[0] ?? rt.t.object, size, 0, flags)
    if (baseList.length > 1) t.bases = baseList
    typeExtra(t).doc = doc
    t.hasDict = true
    t.dictInV = true
    if (name === "BaseException") {
      t.dealloc = excDealloc
      t.traverse = excTraverse
      t.clear = excClear
      t.newObj = excNew
      t.init = excInit
      t.str = excStr
      t.repr = excRepr
      installBaseMethods(rt, t)
    }
    rt.t[name] = t
    const fields = FIELDS[name]
    if (fields !== undefined) {
      const gs: Record<string, GetSetDef> = {}
      for (const f of fields) gs[f] = fieldGetSet(f)
      if (name === "OSError") gs.characters_written = fieldGetSet("characters_written")
      defineGetSets(rt, t, gs)
    }
  }
  const t = rt.t
  t.StopIteration!.init = stopIterationInit
  t.SystemExit!.init = systemExitInit
  t.ImportError!.init = importErrorInit
  t.ImportError!.str = importErrorStr
  t.AttributeError!.init = kwInit(["name", "obj"])
  t.NameError!.init = kwInit(["name"])
  t.KeyError!.str = keyErrorStr
  t.OSError!.newObj = osErrorNew
  t.OSError!.init = osErrorInit
  t.OSError!.str = osErrorStr
  t.SyntaxError!.init = syntaxErrorInit
  t.SyntaxError!.str = syntaxErrorStr
  t.UnicodeDecodeError!.init = unicodeInit("decode")
  t.UnicodeDecodeError!.str = unicodeErrorStr("decode")
  t.UnicodeEncodeError!.init = unicodeInit("encode")
  t.UnicodeEncodeError!.str = unicodeErrorStr("encode")
  t.UnicodeTranslateError!.init = unicodeInit("translate")
  t.UnicodeTranslateError!.str = unicodeErrorStr("translate")
  t.MemoryError!.newObj = memoryErrorNew
  t.MemoryError!.dealloc = memoryErrorDealloc
  fillMemoryErrors(rt)
  t.BaseExceptionGroup!.newObj = groupNew
  t.BaseExceptionGroup!.init = (rt, o, args, kwnames) => {
    if (kwnames !== null && (kwnames.v as PyObject[]).length > 0)
      typeError(rt, `${o.type.name}() takes no keyword arguments`)
    setArgs(rt, o, args)
  }
  t.BaseExceptionGroup!.str = groupStr
  // IOError and EnvironmentError are aliases of OSError (the builtins module exposes rt.t's exceptions).
  t.IOError = t.OSError!
  t.EnvironmentError = t.OSError!
  rt.hooks.newException = newException
}
