// sys.stdin, sys.stdout and sys.stderr: text streams over the host.
//
// stdout and stderr hand every write() to Host.stdout / Host.stderr (which
// write at once: there is no buffer to flush). stdin keeps a buffer of text
// read from the host in pieces (Host.readStdin: a line from a terminal, up to
// 64 KiB from a pipe or a file) and cuts it as python3's TextIOWrapper does
// on Linux (newline="\n": no translation, "\r\n" stays):
//
//   host pieces ──► "ab\ncd\nef"                 readline() → "ab\n"
//                     ▲pos                        read(3)    → "cd\n"
//                                                  readline() → "ef"  (no end: end of file)
//                                                  readline() → ""    (end of file)
//
// input() reads its line from the same buffer (inputLine below), so input()
// and sys.stdin.readline() can be mixed as in python3. At the end of input a
// read returns what is left and "" after that; the next read asks the host
// again (a terminal goes on after Ctrl-D). Hosts without readStdin give lines
// through readLine(), each taken as ending with "\n".
//
// @cpython Modules/_io/textio.c, Python/pylifecycle.c create_stdio

import type { PyObject } from "../objects/object.js"
import { allocObject, decref, freeObject, incref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { raise, typeError, valueError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { defineGetSets, defineMethods, parseArgs } from "../objects/descr.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { newStr, strValue, isStr } from "../objects/str.js"
import { newBytes } from "../objects/bytes.js"
import { bufferOf } from "../objects/bytes-methods.js"
import { newInt, intValue } from "../objects/int.js"
import { newList } from "../objects/list.js"
import type { VM } from "../vm/vm.js"
import { checkInterrupt } from "../vm/limits.js"

type O = PyObject

/** The text read from the host and not yet consumed (see the file comment). */
export class StdinBuffer {
  /** Text read from the host; what is before `pos` has been consumed. */
  private text = ""
  private pos = 0

  constructor(private readonly vm: VM) {}

  /**
   * Reads one more piece from the host onto the buffer; false at the end of
   * input. A Ctrl-C while the host waited raises KeyboardInterrupt (nothing
   * is lost: the text already buffered stays).
   */
  private more(): boolean {
    const host = this.vm.host
    let piece: string | null
    if (host.readStdin !== undefined) piece = host.readStdin()
    else {
      const line = host.readLine()
      piece = line === null ? null : line + "\n"
    }
    checkInterrupt(this.vm)
    if (piece === null) return false
    // Dropping the consumed text now and then keeps long inputs linear.
    if (this.pos > 65536 && this.pos * 2 > this.text.length) {
      this.text = this.text.slice(this.pos)
      this.pos = 0
    }
    this.text += piece
    return true
  }

  /** Takes `n` characters from the front of the buffer. */
  private take(n: number): string {
    const s = this.text.slice(this.pos, this.pos + n)
    this.pos += s.length
    return s
  }

  /** One line with its "\n" (or what is left at the end of input), at most `limit` characters when limit >= 0. */
  readline(limit = -1): string {
    // How much of the buffered text is known to hold no "\n" (relative to
    // pos: more() may move the text).
    let scanned = 0
    for (;;) {
      const nl = this.text.indexOf("\n", this.pos + scanned)
      const have = this.text.length - this.pos
      if (nl >= 0) {
        const len = nl + 1 - this.pos
        return this.take(limit >= 0 ? Math.min(len, limit) : len)
      }
      if (limit >= 0 && have >= limit) return this.take(limit)
      scanned = have
      if (!this.more()) return this.take(have)
    }
  }

  /**
   * The text of at most `n` bytes of UTF-8, for sys.stdin.buffer.read(n) and
   * readline(n) (`line`: up to the first "\n"). Whole characters only: fewer
   * bytes when the next character does not fit (python3 would split it),
   * except that a first character is always taken.
   */
  readBytes(n: number, line = false): string {
    let out = ""
    let bytes = 0
    while (bytes < n) {
      if (this.pos >= this.text.length && !this.more()) break
      const c = String.fromCodePoint(this.text.codePointAt(this.pos) as number)
      const size = utf8Length(c)
      if (bytes > 0 && bytes + size > n) break
      out += c
      bytes += size
      this.pos += c.length
      if (line && c === "\n") break
    }
    return out
  }

  /** `n` characters (fewer at the end of input), or everything up to the end of input when n < 0. */
  read(n = -1): string {
    while (n < 0 || this.text.length - this.pos < n) if (!this.more()) break
    return this.take(n < 0 ? this.text.length - this.pos : n)
  }
}

/** How many bytes `s` takes in UTF-8. */
function utf8Length(s: string): number {
  let n = 0
  for (const c of s) {
    const cp = c.codePointAt(0) as number
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

/** What a standard stream object keeps in `v`. */
interface StreamData {
  name: string
  fd: number
  /** Where write() goes (stdout, stderr), or null for stdin. */
  write: ((text: string) => void) | null
  /** stdin's buffer, or null for stdout and stderr. */
  input: StdinBuffer | null
  /** The `errors` attribute (python3: surrogateescape, stderr backslashreplace). */
  errors: string
  closed: boolean
  /** The `buffer` attribute's object (owned), made on first use. */
  buffer: O | null
}

const STREAM_SIZE = 184

function data(o: O): StreamData {
  return o.v as StreamData
}

/** The stream's data when it is open; ValueError as python3 when closed. */
function open(rt: Runtime, o: O): StreamData {
  const d = data(o)
  if (d.closed) valueError(rt, "I/O operation on closed file.")
  return d
}

/** stdin's buffer; io.UnsupportedOperation's message (as an OSError) for stdout and stderr. */
function readable(rt: Runtime, o: O): StdinBuffer {
  const d = open(rt, o)
  if (d.input === null) raise(rt, rt.t.OSError as PyType, "not readable")
  return d.input
}

/** The optional positional `size` argument of `fname`: an int, or None / absent for -1. */
function sizeArg(rt: Runtime, fname: string, args: O[], kwnames: O | null): number {
  const [a] = parseArgs(rt, { fname, names: ["size"], required: 0, posOnly: 1 }, args, kwnames)
  if (a === null || a === undefined || a === rt.None) return -1
  if (!ab.typeCheck(a, rt.t.int))
    typeError(rt, `argument should be integer or None, not '${ab.typeName(a)}'`)
  return Number(intValue(a))
}

/** Creates the type of the three standard streams (_io.TextIOWrapper). */
export function initStdStreamType(vm: VM): PyType {
  const rt = vm.rt
  const t = newStaticType(rt, "_io.TextIOWrapper", null, STREAM_SIZE, 0, TypeFlags.HAVE_GC)
  t.dealloc = (rt2, o) => {
    const b = data(o).buffer
    freeObject(rt2, o)
    if (b !== null) decref(rt2, b)
  }
  // The types of the `buffer` objects, made when a program first asks for one.
  let bufferTypes: { reader: PyType; writer: PyType } | null = null
  t.iter = (rt2, o) => {
    open(rt2, o)
    o.rc++
    return o
  }
  t.iternext = (rt2, o) => {
    const line = readable(rt2, o).readline()
    return line === "" ? null : newStr(rt2, line)
  }
  t.repr = (rt2, o) => {
    const d = data(o)
    const mode = d.input !== null ? "r" : "w"
    return newStr(rt2, `<_io.TextIOWrapper name='${d.name}' mode='${mode}' encoding='utf-8'>`)
  }
  defineMethods(rt, t, {
    write: {
      kind: "o",
      fn: (rt2, self, args) => {
        const d = open(rt2, self)
        if (d.write === null) raise(rt2, rt2.t.OSError as PyType, "not writable")
        const s = args[0] as O
        if (!isStr(s)) typeError(rt2, `write() argument must be str, not ${ab.typeName(s)}`)
        const text = strValue(s)
        d.write(text)
        return newInt(rt2, text.length)
      },
    },
    read: (rt2, self, args, kwnames) => {
      const buf = readable(rt2, self)
      return newStr(rt2, buf.read(sizeArg(rt2, "read", args, kwnames)))
    },
    readline: (rt2, self, args, kwnames) => {
      const buf = readable(rt2, self)
      return newStr(rt2, buf.readline(sizeArg(rt2, "readline", args, kwnames)))
    },
    readlines: (rt2, self, args, kwnames) => {
      const buf = readable(rt2, self)
      // hint: stop once that many characters have been read (python3's IOBase.readlines).
      const hint = sizeArg(rt2, "readlines", args, kwnames)
      const lines: O[] = []
      let total = 0
      for (;;) {
        const line = buf.readline()
        if (line === "") break
        lines.push(newStr(rt2, line))
        total += line.length
        if (hint > 0 && total >= hint) break
      }
      return newList(rt2, lines)
    },
    flush: {
      kind: "noargs",
      fn: (rt2, self) => {
        open(rt2, self)
        return incref(rt2.None)
      },
    },
    isatty: {
      kind: "noargs",
      fn: (rt2, self) => {
        const d = open(rt2, self)
        const isatty = vm.host.isatty
        return ab.pyBool(rt2, isatty !== undefined && isatty.call(vm.host, d.fd))
      },
    },
    fileno: { kind: "noargs", fn: (rt2, self) => newInt(rt2, open(rt2, self).fd) },
    readable: {
      kind: "noargs",
      fn: (rt2, self) => ab.pyBool(rt2, open(rt2, self).input !== null),
    },
    writable: {
      kind: "noargs",
      fn: (rt2, self) => ab.pyBool(rt2, open(rt2, self).write !== null),
    },
    seekable: {
      kind: "noargs",
      fn: (rt2, self) => {
        open(rt2, self)
        return ab.pyBool(rt2, false)
      },
    },
    close: {
      kind: "noargs",
      fn: (rt2, self) => {
        data(self).closed = true
        return incref(rt2.None)
      },
    },
    __enter__: {
      kind: "noargs",
      fn: (rt2, self) => {
        open(rt2, self)
        self.rc++
        return self
      },
    },
    __exit__: {
      fn: (rt2, self) => {
        data(self).closed = true
        return incref(rt2.None)
      },
    },
  })
  defineGetSets(rt, t, {
    name: { get: (rt2, o) => newStr(rt2, data(o).name) },
    mode: { get: (rt2, o) => newStr(rt2, data(o).input !== null ? "r" : "w") },
    encoding: { get: (rt2) => newStr(rt2, "utf-8") },
    errors: { get: (rt2, o) => newStr(rt2, data(o).errors) },
    closed: { get: (rt2, o) => ab.pyBool(rt2, data(o).closed) },
    line_buffering: { get: (rt2) => ab.pyBool(rt2, false) },
    buffer: {
      get: (rt2, o) => {
        const d = data(o)
        if (d.buffer === null) {
          bufferTypes ??= initBufferTypes(vm)
          const type = d.input !== null ? bufferTypes.reader : bufferTypes.writer
          // The buffer keeps the stream's data, not the stream: no reference cycle.
          d.buffer = allocObject(rt2, type, BUFFER_SIZE, d, null)
        }
        d.buffer.rc++
        return d.buffer
      },
    },
    newlines: { get: (rt2) => incref(rt2.None) },
  })
  readyType(rt, t)
  return t
}

const BUFFER_SIZE = 64

/**
 * The bytes side of the standard streams (`sys.stdin.buffer`,
 * `sys.stdout.buffer`): the same text, as UTF-8. The reader takes from
 * stdin's buffer, so text and bytes reads can be mixed; the writer decodes
 * what it is given (a character may be split across writes) and writes it
 * as text. A buffer object keeps its stream's StreamData in `v` (the
 * stream owns the buffer object; a buffer that outlives its stream goes on
 * working).
 */
function initBufferTypes(vm: VM): { reader: PyType; writer: PyType } {
  const rt = vm.rt
  // A buffer object's `v` is its stream's StreamData: data() and open() serve both.
  /** stdin's buffer through the reader. */
  const input = (rt2: Runtime, o: O): StdinBuffer => open(rt2, o).input as StdinBuffer
  const encoder = new TextEncoder()
  const bytes = (rt2: Runtime, text: string): O => newBytes(rt2, encoder.encode(text))
  const common = (t: PyType, mode: string): void => {
    t.dealloc = (rt2, o) => freeObject(rt2, o)
    t.repr = (rt2, o) => {
      const name = data(o).name
      return newStr(rt2, `<${t.name} name='${name}'>`)
    }
    defineMethods(rt, t, {
      fileno: { kind: "noargs", fn: (rt2, self) => newInt(rt2, open(rt2, self).fd) },
      isatty: {
        kind: "noargs",
        fn: (rt2, self) => {
          const isatty = vm.host.isatty
          const fd = open(rt2, self).fd
          return ab.pyBool(rt2, isatty !== undefined && isatty.call(vm.host, fd))
        },
      },
      flush: {
        kind: "noargs",
        fn: (rt2, self) => {
          open(rt2, self)
          return incref(rt2.None)
        },
      },
    })
    defineGetSets(rt, t, {
      name: { get: (rt2, o) => newStr(rt2, data(o).name) },
      mode: { get: (rt2) => newStr(rt2, mode) },
      closed: { get: (rt2, o) => ab.pyBool(rt2, data(o).closed) },
      raw: { get: (rt2, o) => (o.rc++, o) },
    })
  }
  const reader = newStaticType(rt, "_io.BufferedReader", null, BUFFER_SIZE, 0, 0)
  common(reader, "rb")
  reader.iter = (rt2, o) => {
    open(rt2, o)
    o.rc++
    return o
  }
  reader.iternext = (rt2, o) => {
    const line = input(rt2, o).readline()
    return line === "" ? null : bytes(rt2, line)
  }
  defineMethods(rt, reader, {
    read: (rt2, self, args, kwnames) => {
      const buf = input(rt2, self)
      const n = sizeArg(rt2, "read", args, kwnames)
      return bytes(rt2, n < 0 ? buf.read() : buf.readBytes(n))
    },
    readline: (rt2, self, args, kwnames) => {
      const buf = input(rt2, self)
      const n = sizeArg(rt2, "readline", args, kwnames)
      if (n < 0) return bytes(rt2, buf.readline())
      return bytes(rt2, buf.readBytes(n, true))
    },
    readlines: {
      kind: "noargs",
      fn: (rt2, self) => {
        const buf = input(rt2, self)
        const lines: O[] = []
        for (let l = buf.readline(); l !== ""; l = buf.readline()) lines.push(bytes(rt2, l))
        return newList(rt2, lines)
      },
    },
    readable: { kind: "noargs", fn: (rt2) => ab.pyBool(rt2, true) },
    writable: { kind: "noargs", fn: (rt2) => ab.pyBool(rt2, false) },
  })
  readyType(rt, reader)
  const writer = newStaticType(rt, "_io.BufferedWriter", null, BUFFER_SIZE, 0, 0)
  common(writer, "wb")
  defineMethods(rt, writer, {
    write: {
      kind: "o",
      fn: (rt2, self, args) => {
        const d = open(rt2, self)
        const b = args[0] as O
        const view = bufferOf(rt2, b)
        if (view === null)
          typeError(rt2, `a bytes-like object is required, not '${ab.typeName(b)}'`)
        const n = view.length
        // One decoder per stream, kept in the buffer object's second slot.
        const decoder = (self.w ??= new TextDecoder("utf-8")) as TextDecoder
        const text = decoder.decode(view, { stream: true })
        if (text !== "" && d.write !== null) d.write(text)
        return newInt(rt2, n)
      },
    },
    readable: { kind: "noargs", fn: (rt2) => ab.pyBool(rt2, false) },
    writable: { kind: "noargs", fn: (rt2) => ab.pyBool(rt2, true) },
  })
  readyType(rt, writer)
  return { reader, writer }
}

/** The three standard streams (new references), as sys holds them. */
export function makeStdStreams(vm: VM): { stdin: O; stdout: O; stderr: O } {
  const rt = vm.rt
  const t = initStdStreamType(vm)
  const make = (d: Omit<StreamData, "closed" | "buffer">): O =>
    allocObject(
      rt,
      t,
      STREAM_SIZE,
      { ...d, closed: false, buffer: null } satisfies StreamData,
      null,
    )
  return {
    stdin: make({
      name: "<stdin>",
      fd: 0,
      write: null,
      input: new StdinBuffer(vm),
      errors: "surrogateescape",
    }),
    stdout: make({
      name: "<stdout>",
      fd: 1,
      write: (s) => vm.host.stdout(s),
      input: null,
      errors: "surrogateescape",
    }),
    stderr: make({
      name: "<stderr>",
      fd: 2,
      write: (s) => vm.host.stderr(s),
      input: null,
      errors: "backslashreplace",
    }),
  }
}

/**
 * The line input() returns, from `stdin` (sys.stdin): its own buffer when it
 * is the standard stream, else its readline() method, as python3 does when
 * stdin is not a terminal; null at the end of input.
 */
export function inputLine(vm: VM, stdin: O): string | null {
  const rt = vm.rt
  const buffer = (stdin.v as Partial<StreamData> | null)?.input
  let line: string
  if (buffer instanceof StdinBuffer) {
    open(rt, stdin)
    line = buffer.readline()
  } else {
    const r = ab.callMethod(rt, stdin, "readline", [])
    try {
      if (!isStr(r)) typeError(rt, "object.readline() returned non-string")
      line = strValue(r)
    } finally {
      decref(rt, r)
    }
  }
  if (line === "") return null
  return line.endsWith("\n") ? line.slice(0, -1) : line
}
