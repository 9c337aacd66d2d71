// Exceptions in flight: traceback entries, frame objects, and printing an
// uncaught exception exactly as CPython 3.11 does.
//
// When an exception reaches a frame (raised there, or propagating out of a
// call made there), the frame gets a traceback entry (PyTraceBack_Here):
//
//   exc.__traceback__ ──► tb(<module>, line 17) ──next──► tb(h, line 16) ──next──► tb(g, line 14)
//                           │ frame object                 │                       │
//                           ▼                              ▼                       ▼
//                         <module>'s frame object        h's                     g's: keeps g's locals
//
// A re-raise inside the same frame (bare `raise`, an unmatched except, the
// end of a finally) adds no entry: `vm.rr` marks it.

import { PyObject } from "../objects/object.js"
import { allocObject, freeObject, decref, trashcanDealloc } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { raise } from "../objects/errors.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { excState, setTraceback } from "../objects/exceptions.js"
import { gcTrack, gcUntrack } from "../objects/gcstate.js"
import * as ab from "../objects/abstract.js"
import { strValue, newStr, intern } from "../objects/str.js"
import { newInt } from "../objects/int.js"
import { newDict, dictSetItem } from "../objects/dict.js"
import { defineGetSets, defineMethods } from "../objects/descr.js"
import { hexAddr } from "../objects/objectobject.js"
import { codeObject } from "./compile-code.js"
import { frameLocals } from "./frame-locals.js"
import { LimitExceeded, ExitRequest } from "./limits.js"
import { Anchor, POS_FIELDS, type CodeObject } from "./code.js"
import type { Frame } from "./frame.js"
import type { VM } from "./vm.js"
import { offerSuggestion } from "./suggestions.js"

/** What a frame object keeps in `v`. */
export interface FrameObjectData {
  /** The running frame, or null once it exited. */
  frame: Frame | null
  code: CodeObject
  /**
   * Globals: borrowed while the frame runs (the running frame keeps them, as
   * 3.11's _PyInterpreterFrame does), owned once it exited (frame === null).
   */
  globals: PyObject
  /** The locals taken over when the frame exited (owned), in co_varnames + cells + free order. */
  fast: (PyObject | null)[] | null
  /** Line number when the frame exited. */
  lineno: number
  /** The caller's frame object (owned) or null. */
  back: PyObject | null
}

/** What a traceback object keeps in `v`. */
export interface TracebackData {
  next: PyObject | null
  frame: PyObject
  /** Position index in the frame's code (tb_lasti's role). */
  pos: number
  lineno: number
}

/**
 * PyFrameObject's basicsize: 48 bytes of frame object, then the embedded interpreter frame's
 * 72 bytes before its `localsplus` slots (8 bytes each, one per local, cell and free variable
 * and one per value-stack slot). heapscope has no value stack: its frames count the locals
 * only (tests/divergences/frame-size.py).
 */
const FRAME_BASICSIZE = 120
const FRAME_ITEMSIZE = 8

/** The size of a frame object of `code` (allocated, and what __sizeof__ reports). */
function frameSize(code: CodeObject): number {
  return FRAME_BASICSIZE + FRAME_ITEMSIZE * code.nlocalsplus
}
/** PyTracebackObject: header, tb_next, tb_frame, tb_lasti, tb_lineno (getsizeof 56 with GC). */
const TRACEBACK_BASICSIZE = 40

/** Creates the frame and traceback types. */
export function initTracebackTypes(rt: Runtime): { frame: PyType; traceback: PyType } {
  const frame = newStaticType(rt, "frame", null, FRAME_BASICSIZE, FRAME_ITEMSIZE, TypeFlags.HAVE_GC)
  // Both deallocs are trashcan-protected, as 3.11's: a traceback chain (an
  // exception raised again and again keeps growing its tb_next list) or a chain
  // of frames can be far longer than the JS stack is deep.
  frame.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    trashcanDealloc(rt2, o, frameDeallocBody)
  }
  const frameDeallocBody = (rt2: Runtime, o: PyObject): void => {
    const d = o.v as FrameObjectData
    const fast = d.fast
    d.fast = null
    if (fast !== null) for (const x of fast) if (x !== null) decref(rt2, x)
    if (d.back !== null) decref(rt2, d.back)
    if (d.frame === null) decref(rt2, d.globals)
    freeObject(rt2, o)
  }
  frame.traverse = (o, visit) => {
    const d = o.v as FrameObjectData
    if (d.fast !== null) for (const x of d.fast) if (x !== null) visit(x)
    if (d.back !== null) visit(d.back)
    if (d.frame === null) visit(d.globals)
  }
  const tb = newStaticType(rt, "traceback", null, TRACEBACK_BASICSIZE, 0, TypeFlags.HAVE_GC)
  tb.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    trashcanDealloc(rt2, o, tbDeallocBody)
  }
  const tbDeallocBody = (rt2: Runtime, o: PyObject): void => {
    const d = o.v as TracebackData
    if (d.next !== null) decref(rt2, d.next)
    decref(rt2, d.frame)
    freeObject(rt2, o)
  }
  tb.traverse = (o, visit) => {
    const d = o.v as TracebackData
    if (d.next !== null) visit(d.next)
    visit(d.frame)
  }
  const vmOf = (rt2: Runtime): VM => rt2.vmState as VM
  const fd = (o: PyObject): FrameObjectData => o.v as FrameObjectData
  frame.repr = (rt2, o) => {
    const d = fd(o)
    return newStr(
      rt2,
      `<frame at ${hexAddr(o.addr)}, file '${d.code.filename}', line ${frameLineno(o)}, code ${d.code.name}>`,
    )
  }
  defineMethods(rt, frame, {
    // frame_sizeof, less the value stack heapscope does not have.
    __sizeof__: {
      kind: "noargs",
      fn: (rt2, o) => newInt(rt2, frameSize(fd(o).code)),
    },
  })
  defineGetSets(rt, frame, {
    f_back: {
      get: (rt2, o) => {
        const F = fd(o).frame
        const back = F === null ? null : F.back
        if (back === null) {
          rt2.None.rc++
          return rt2.None
        }
        const b = frameObject(vmOf(rt2), back)
        b.rc++
        return b
      },
    },
    f_lineno: { get: (rt2, o) => newInt(rt2, frameLineno(o)) },
    f_lasti: { get: (rt2, o) => newInt(rt2, (fd(o).frame?.i ?? 0) * 2) },
    f_code: { get: (rt2, o) => codeObject(vmOf(rt2), fd(o).code) },
    f_globals: {
      get: (_rt2, o) => {
        const g = fd(o).globals
        g.rc++
        return g
      },
    },
    f_builtins: {
      get: (rt2) => {
        const b = vmOf(rt2).builtins
        b.rc++
        return b
      },
    },
    f_locals: {
      get: (rt2, o) => {
        const d = fd(o)
        const F = d.frame
        if (F !== null && F.locals !== null) {
          F.locals.rc++
          return F.locals
        }
        if (F !== null) return frameLocals(vmOf(rt2), F)
        const out = newDict(rt2)
        if (d.fast !== null) {
          const names = [...d.code.varnames, ...d.code.cellvars, ...d.code.freevars]
          d.fast.forEach((v, i) => {
            if (v === null) return
            const val =
              i >= d.code.varnames.length && v.type === vmOf(rt2).types.cell
                ? (v.v as PyObject | null)
                : v
            if (val !== null) dictSetItem(rt2, out, intern(rt2, names[i] as string), val)
          })
        }
        return out
      },
    },
  })
  const td = (o: PyObject): TracebackData => o.v as TracebackData
  defineGetSets(rt, tb, {
    tb_next: {
      get: (rt2, o) => {
        const n = td(o).next ?? rt2.None
        n.rc++
        return n
      },
    },
    tb_frame: {
      get: (_rt2, o) => {
        const f = td(o).frame
        f.rc++
        return f
      },
    },
    tb_lineno: { get: (rt2, o) => newInt(rt2, td(o).lineno) },
    tb_lasti: { get: (rt2, o) => newInt(rt2, td(o).pos * 2) },
  })
  readyType(rt, frame)
  readyType(rt, tb)
  return { frame, traceback: tb }
}

/** The frame object of a running frame, created on first use (borrowed: the Frame owns it). */
export function frameObject(vm: VM, F: Frame): PyObject {
  if (F.fobj !== null) return F.fobj
  const rt = vm.rt
  const data: FrameObjectData = {
    frame: F,
    code: F.code,
    globals: F.globals,
    fast: null,
    lineno: 0,
    back: null,
  }
  // Untracked while the frame runs, as 3.11's _PyFrame_New_NoTrack: the
  // collector only sees a frame object once it owns the locals (frameExit).
  const o = allocObject(rt, vm.types.frame, frameSize(F.code), data, null)
  F.fobj = o
  return o
}

/** The current line of a frame object. */
export function frameLineno(o: PyObject): number {
  const d = o.v as FrameObjectData
  return d.frame !== null ? d.frame.lineno : d.lineno
}

/**
 * The frame exits while its frame object is alive: the locals' references
 * move into the frame object (which keeps them as long as a traceback or
 * anyone else holds it), then the Frame drops its own reference.
 */
export function frameExit(rt: Runtime, F: Frame, locals: (PyObject | null)[]): void {
  const o = F.fobj as PyObject
  const d = o.v as FrameObjectData
  d.lineno = F.lineno
  d.frame = null
  d.globals.rc++ // now owned
  F.fobj = null
  if (o.rc > 1) {
    d.fast = locals
    gcTrack(rt, o) // take_ownership
    decref(rt, o)
  } else {
    decref(rt, o)
    for (const x of locals) if (x !== null) decref(rt, x)
  }
}

/**
 * A frame that will never run again (an unfinished generator being freed)
 * drops its frame object: if someone else still holds it, it takes ownership
 * first (3.11's _PyFrame_Clear and take_ownership), of `locals` (references
 * handed over, co_varnames order) when given, else of no locals.
 */
export function frameDrop(rt: Runtime, F: Frame, locals: (PyObject | null)[] = []): void {
  if (F.fobj !== null) frameExit(rt, F, locals)
  else for (const x of locals) if (x !== null) decref(rt, x)
}

/** PyTraceBack_Here: prepends an entry for frame F at its current position to exc's traceback. */
export function tracebackHere(vm: VM, F: Frame, exc: PyObject): void {
  const rt = vm.rt
  const fo = frameObject(vm, F)
  fo.rc++
  const st = excState(exc)
  const next = st.traceback
  if (next !== null) next.rc++
  const data: TracebackData = { next, frame: fo, pos: F.i, lineno: F.lineno }
  const tb = allocObject(rt, vm.types.traceback, TRACEBACK_BASICSIZE, data, null)
  gcTrack(rt, tb)
  setTraceback(rt, exc, tb)
  decref(rt, tb)
}

/**
 * A call whose body never started (the stack overflowed on its entry): the
 * function and the arguments callPython handed over are released here.
 */
function releasePendingCall(vm: VM): void {
  const F = vm.pendingCall
  if (F === null) return
  const A = vm.pendingArgs
  vm.pendingCall = null
  vm.pendingArgs = null
  if (A !== null) for (const a of A) if (a !== null) decref(vm.rt, a)
  if (F.func !== null) decref(vm.rt, F.func)
}

/** Turns whatever JS threw into a Python exception object, or rethrows what Python must not catch. */
export function toPython(vm: VM, e: unknown): PyObject {
  if (e instanceof PyObject) return e
  if (e instanceof RangeError && e.message.includes("call stack")) {
    // The overflow may have cut off cleanups on its way: a dealloc right after a
    // count reached 0 (the collector frees such objects first), a Py_ReprLeave
    // (a stale entry would make a later repr of a reused object print "[...]").
    vm.rt.maybeStranded = true
    vm.rt.reprStack.length = 0
    releasePendingCall(vm)
    const make = vm.rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
    return make(vm.rt, vm.rt.t.RecursionError, "maximum recursion depth exceeded")
  }
  if (e instanceof LimitExceeded || e instanceof ExitRequest) throw e
  throw e
}

/**
 * The catch of a Python `try` in frame F: converts the thrown value, adds
 * F's traceback entry unless this is a re-raise inside F. Returns the
 * exception (the catcher now owns the reference).
 */
export function caught(vm: VM, F: Frame, e: unknown): PyObject {
  const exc = toPython(vm, e)
  if (vm.rr === exc) vm.rr = null
  else tracebackHere(vm, F, exc)
  return exc
}

/** The catch of a whole function body: as caught(), and the re-raise mark never leaves the frame. */
export function caughtOut(vm: VM, F: Frame, e: unknown): unknown {
  const exc = toPython(vm, e)
  if (vm.rr === exc) vm.rr = null
  else tracebackHere(vm, F, exc)
  return exc
}

// ---------------------------------------------------------------------------
// Printing

/** UTF-8 byte offset -> character offset within a line. */
function byteToChar(line: string, byteOff: number): number {
  let bytes = 0
  let i = 0
  for (const ch of line) {
    if (bytes >= byteOff) return i
    const c = ch.codePointAt(0) as number
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    i += ch.length
  }
  return i
}

/** The source line `lineno` of `filename`, or null. */
function sourceLine(vm: VM, filename: string, lineno: number): string | null {
  // Like linecache: "<string>", "<stdin>"... have no file to show lines from.
  if (filename.startsWith("<") && filename.endsWith(">")) return null
  let lines = vm.sources.get(filename)
  if (lines === undefined) {
    const text = filename.startsWith("<") ? null : vm.host.readFile(filename)
    if (text === null) return null
    lines = text.split(/\r?\n/)
    vm.sources.set(filename, lines)
  }
  return lines[lineno - 1] ?? null
}

/** The lines of one traceback entry (File ..., the source line, the carets). */
function formatEntry(vm: VM, code: CodeObject, pos: number, lineno: number): string {
  let out = `  File "${code.filename}", line ${lineno}, in ${code.name}\n`
  const line = sourceLine(vm, code.filename, lineno)
  if (line === null) return out
  const stripped = line.trim()
  if (stripped === "") return out
  out += `    ${stripped}\n`
  if (pos < 0) return out
  const p = code.positions
  const base = pos * POS_FIELDS
  const l0 = p[base] as number
  const l1 = p[base + 1] as number
  const c0 = p[base + 2] as number
  const c1 = p[base + 3] as number
  if (c0 < 0 || c1 < 0 || l0 !== lineno) return out
  const lead = line.length - line.trimStart().length
  let start = byteToChar(line, c0)
  let end = byteToChar(line, c1)
  const anchor = l0 === l1 ? (p[base + 4] as number) : Anchor.NONE
  if (l0 !== l1) end = lead + stripped.length
  let left = 0
  let right = 0
  if (anchor === Anchor.BINOP) {
    // The operator: skip spaces after the left operand.
    const a1 = byteToChar(line, p[base + 5] as number)
    const a2 = byteToChar(line, p[base + 6] as number)
    const opStr = line.slice(a1, a2)
    const off = opStr.length - opStr.trimStart().length
    left = a1 + off - start
    right = left + 1
    if (off + 1 < opStr.length && !/\s/.test(opStr[off + 1] as string)) right++
  } else if (anchor === Anchor.SUBSCRIPT) {
    left = byteToChar(line, p[base + 5] as number) - start
    right = byteToChar(line, (p[base + 6] as number) + 1) - start
  }
  const hasAnchor = anchor !== Anchor.NONE
  if (end - start < stripped.length || (hasAnchor && right - left > 0)) {
    if (start < lead) start = lead
    let carets: string
    if (hasAnchor)
      carets = "~".repeat(left) + "^".repeat(right - left) + "~".repeat(end - start - right)
    else carets = "^".repeat(end - start)
    out += `    ${" ".repeat(start - lead)}${carets}\n`
  }
  return out
}

/** One traceback entry before formatting: the folding key and its text, made on demand. */
export interface EntrySource {
  filename: string
  lineno: number
  name: string
  text: () => string
  /** The code and position index the entry points at (-1: none), for FrameSummary's columns. */
  code: CodeObject | null
  pos: number
}

/**
 * The entries as CPython's StackSummary.format writes them, one string each:
 * a fourth and later consecutive repeat of the same (file, line, function)
 * is folded into one "[Previous line repeated N more times]" line.
 */
export function foldEntries(entries: Iterable<EntrySource>): string[] {
  const out: string[] = []
  let last: string | null = null
  let count = 0
  const flush = (): void => {
    if (count > 3) {
      const n = count - 3
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`)
    }
  }
  for (const e of entries) {
    const key = `${e.filename}:${e.lineno}:${e.name}`
    if (key === last) {
      count++
      if (count > 3) continue
    } else {
      flush()
      last = key
      count = 1
    }
    out.push(e.text())
  }
  flush()
  return out
}

/**
 * The entries of a traceback, oldest first; `limit` as traceback.extract_tb
 * takes it (null: all, n >= 0: the first n, n < 0: the last -n).
 */
export function tracebackEntries(
  vm: VM,
  tb: PyObject | null,
  limit: number | null = null,
): EntrySource[] {
  const all: EntrySource[] = []
  for (let t = tb; t !== null; t = (t.v as TracebackData).next) {
    const d = t.v as TracebackData
    const fd = d.frame.v as FrameObjectData
    all.push({
      filename: fd.code.filename,
      lineno: d.lineno,
      name: fd.code.name,
      text: () => formatEntry(vm, fd.code, d.pos, d.lineno),
      code: fd.code,
      pos: d.pos,
    })
  }
  if (limit === null) return all
  return limit >= 0 ? all.slice(0, limit) : all.slice(Math.max(0, all.length + limit))
}

/**
 * The entry of a running frame (print_stack's entries). CPython 3.11 gives
 * stack entries no columns, so they have no carets.
 */
export function frameEntry(vm: VM, fobj: PyObject): EntrySource {
  const fd = fobj.v as FrameObjectData
  const lineno = frameLineno(fobj)
  return {
    filename: fd.code.filename,
    lineno,
    name: fd.code.name,
    text: () => formatEntry(vm, fd.code, -1, lineno),
    code: null,
    pos: -1,
  }
}

/** "ValueError: msg" / "ValueError" / "__main__.E: msg", as the default excepthook prints it. */
export function formatExceptionOnly(vm: VM, exc: PyObject): string {
  const rt = vm.rt
  const tp = exc.type
  let name = tp.qualname
  const modObj = tp.dict === null ? null : ab.lookupAttrStr(rt, tp, "__module__")
  if (modObj !== null) {
    const m = modObj.type === rt.t.str ? strValue(modObj) : null
    decref(rt, modObj)
    if (m !== null && m !== "builtins" && m !== "__main__") name = `${m}.${name}`
  }
  if (tp.name.includes(".") && modObj === null) name = tp.name
  let msg: string
  try {
    msg = ab.strString(rt, exc)
  } catch (e) {
    if (!(e instanceof PyObject)) throw e
    decref(rt, e)
    msg = "<exception str() failed>"
  }
  if (tp === rt.t.SyntaxError || (tp.mro as PyType[]).includes(rt.t.SyntaxError as PyType)) {
    return formatSyntaxError(vm, exc, name)
  }
  const hint = offerSuggestion(vm, exc)
  if (hint !== null) msg += `. Did you mean: '${hint}'?`
  let out = msg === "" ? `${name}\n` : `${name}: ${msg}\n`
  // PEP 678: notes added with add_note() follow the message, one per line.
  const notes = ab.lookupAttrStr(rt, exc, "__notes__")
  if (notes !== null) {
    if (notes.type === rt.t.list || notes.type === rt.t.tuple) {
      for (const n of notes.v as PyObject[]) {
        if (n.type === rt.t.str) out += `${strValue(n)}\n`
        else {
          try {
            out += `${ab.strString(rt, n)}\n`
          } catch (e) {
            if (!(e instanceof PyObject)) throw e
            decref(rt, e)
            out += "<note str() failed>\n"
          }
        }
      }
    }
    decref(rt, notes)
  }
  return out
}

function formatSyntaxError(vm: VM, exc: PyObject, name: string): string {
  const rt = vm.rt
  const get = (a: string): PyObject | null => ab.lookupAttrStr(rt, exc, a)
  const str = (o: PyObject | null): string | null =>
    o !== null && o.type === rt.t.str ? strValue(o) : null
  const num = (o: PyObject | null): number | null =>
    o !== null && o.type === rt.t.int ? Number(o.v) : null
  const fn = get("filename")
  const ln = get("lineno")
  const off = get("offset")
  const eoff = get("end_offset")
  const txt = get("text")
  const m = get("msg")
  let out = ""
  const filename = str(fn)
  const lineno = num(ln)
  if (filename !== null && lineno !== null) out += `  File "${filename}", line ${lineno}\n`
  const text = str(txt)
  if (text !== null) {
    // @cpython Lib/traceback.py TracebackException._format_syntax_error
    const rtext = text.replace(/\n+$/, "")
    const ltext = rtext.replace(/^[ \n\f]+/, "")
    const spaces = rtext.length - ltext.length
    out += `    ${ltext}\n`
    const o = num(off)
    if (o !== null) {
      const e0 = num(eoff)
      let e = e0 === null || e0 === 0 ? o : e0
      if (o === e || e === -1) e = o + 1
      const colno = o - 1 - spaces
      const endColno = e - 1 - spaces
      if (colno >= 0) {
        const caretSpace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : " ")).join("")
        out += `    ${caretSpace}${"^".repeat(Math.max(0, endColno - colno))}\n`
      }
    }
  }
  for (const x of [fn, ln, off, eoff, txt]) if (x !== null) decref(rt, x)
  const msg = str(m) ?? ""
  if (m !== null) decref(rt, m)
  return out + `${name}: ${msg}\n`
}

/** The whole report of an uncaught exception, with its cause/context chain (print_exception). */
export function formatException(vm: VM, exc: PyObject, seen = new Set<PyObject>()): string {
  return formatExceptionChunks(vm, exc, null, true, undefined, seen).join("")
}

/**
 * The report of an exception as traceback.format_exception returns it: one
 * string per piece (each chained report, the joining sentence, the header,
 * each entry, each line of the exception itself). `limit` applies to every
 * traceback of the chain; `tb` replaces the first exception's own
 * traceback when given (print_exception(type, value, tb)).
 */
export function formatExceptionChunks(
  vm: VM,
  exc: PyObject,
  limit: number | null,
  chain: boolean,
  tb?: PyObject | null,
  seen = new Set<PyObject>(),
): string[] {
  const out: string[] = []
  formatInto(vm, out, exc, limit, chain, tb, seen, { depth: 0, needClose: false })
  return out
}

/** Exception groups: members shown, nesting shown (CPython's max_group_width/depth defaults). */
const MAX_GROUP_WIDTH = 15
const MAX_GROUP_DEPTH = 10
const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n"
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n"

/** Where the report is inside exception groups (CPython's _ExceptionPrintContext). */
interface PrintContext {
  /** Nesting of groups: each level indents by two and draws a margin. */
  depth: number
  /** The last member's closing line is still to be drawn. */
  needClose: boolean
}

/**
 * Appends `texts` with the margin of the current group depth before every line:
 *
 *   depth 0:  "Traceback ...\n"       depth 1:  "  | Traceback ...\n"   (or "  + " for
 *                                     depth 2:  "    | ValueError: 1\n"   the group's header)
 */
function emit(out: string[], ctx: PrintContext, texts: string | string[], margin = "|"): void {
  const list = typeof texts === "string" ? [texts] : texts
  if (ctx.depth === 0) {
    out.push(...list)
    return
  }
  const prefix = `${" ".repeat(2 * ctx.depth)}${margin} `
  for (const t of list) out.push(t.replace(/^(?=[^])/gm, prefix))
}

/**
 * One exception's report and, first, the reports of the exceptions it was
 * caused by or raised while handling (oldest first, walked without
 * recursion so long chains cannot exhaust the JS stack). An exception group
 * is followed by its members in numbered boxes:
 *
 *   + Exception Group Traceback (most recent call last):
 *   |   File "prog.py", line 1, in <module>
 *   | ExceptionGroup: eg (2 sub-exceptions)
 *   +-+---------------- 1 ----------------
 *     | ValueError: 1
 *     +---------------- 2 ----------------
 *     | KeyError: 2
 *     +------------------------------------
 */
function formatInto(
  vm: VM,
  out: string[],
  exc: PyObject,
  limit: number | null,
  chain: boolean,
  tb: PyObject | null | undefined,
  seen: Set<PyObject>,
  ctx: PrintContext,
): void {
  const rt = vm.rt
  seen.add(exc)
  const links: { msg: string | null; e: PyObject }[] = []
  for (let e: PyObject | null = exc; e !== null;) {
    const st = excState(e)
    let next: PyObject | null = null
    let msg: string | null = null
    if (chain) {
      if (st.cause !== null && !seen.has(st.cause)) {
        next = st.cause
        msg = CAUSE_MESSAGE
      } else if (st.context !== null && !st.suppressContext && !seen.has(st.context)) {
        next = st.context
        msg = CONTEXT_MESSAGE
      }
    }
    links.push({ msg, e })
    if (next !== null) seen.add(next)
    e = next
  }
  for (let k = links.length - 1; k >= 0; k--) {
    const { msg, e } = links[k]!
    if (msg !== null) emit(out, ctx, msg)
    const own = e === exc && tb !== undefined ? tb : excState(e).traceback
    const entries = tracebackEntries(vm, own, limit)
    const members = groupMembers(rt, e)
    if (members === null) {
      if (entries.length > 0) {
        emit(out, ctx, "Traceback (most recent call last):\n")
        emit(out, ctx, foldEntries(entries))
      }
      emit(out, ctx, splitLines(formatExceptionOnly(vm, e)))
      continue
    }
    if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(out, ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`)
      continue
    }
    const topLevel = ctx.depth === 0
    if (topLevel) ctx.depth++
    if (entries.length > 0) {
      emit(out, ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|")
      emit(out, ctx, foldEntries(entries))
    }
    emit(out, ctx, splitLines(formatExceptionOnly(vm, e)))
    const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1
    ctx.needClose = false
    for (let i = 0; i < n; i++) {
      const last = i === n - 1
      if (last) ctx.needClose = true
      const truncated = i >= MAX_GROUP_WIDTH
      const title = truncated ? "..." : `${i + 1}`
      out.push(
        `${" ".repeat(2 * ctx.depth)}${i === 0 ? "+-" : "  "}+---------------- ${title} ----------------\n`,
      )
      ctx.depth++
      if (!truncated) formatInto(vm, out, members[i]!, limit, chain, undefined, seen, ctx)
      else {
        const remaining = members.length - MAX_GROUP_WIDTH
        emit(out, ctx, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`)
      }
      if (last && ctx.needClose) {
        out.push(`${" ".repeat(2 * ctx.depth)}+------------------------------------\n`)
        ctx.needClose = false
      }
      ctx.depth--
    }
    if (topLevel) ctx.depth = 0
  }
}

/** The members of an exception group (borrowed), or null for other exceptions. */
function groupMembers(rt: Runtime, e: PyObject): PyObject[] | null {
  const g = rt.t.BaseExceptionGroup as PyType | undefined
  if (g === undefined || !(e.type.mro as PyType[]).includes(g)) return null
  const m = ab.lookupAttrStr(rt, e, "exceptions")
  if (m === null) return null
  const items = m.type === rt.t.tuple ? (m.v as PyObject[]).slice() : null
  // The group keeps its tuple (and so the members) alive while we format.
  decref(rt, m)
  return items
}

/** Lines with their "\n", as format_exception_only lists them. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/** Raises RecursionError for the JS-side recursion guard. */
export function recursionError(vm: VM): never {
  return raise(vm.rt, vm.rt.t.RecursionError, "maximum recursion depth exceeded")
}
