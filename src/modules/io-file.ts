// open() for reading text files the host grants (Host.openFile): a small
// read-only file object with read, readline, readlines, iteration, close and
// the context-manager protocol. Writing is not available.

import type { PyObject } from "../objects/object.js"
import { allocObject, freeObject, decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { raise, typeError, valueError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { defineMethods, defineGetSets, parseArgs } from "../objects/descr.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { newStr, strValue, isStr } from "../objects/str.js"
import { newInt, intValue } from "../objects/int.js"
import { newList } from "../objects/list.js"
import type { VM } from "../vm/vm.js"

/** What a file object keeps in `v`. */
interface FileData {
  name: string
  mode: string
  text: string
  pos: number
  closed: boolean
}

const FILE_SIZE = 184

function data(o: PyObject): FileData {
  return o.v as FileData
}

function checkOpen(rt: Runtime, o: PyObject): FileData {
  const d = data(o)
  if (d.closed) valueError(rt, "I/O operation on closed file.")
  return d
}

function readLine(d: FileData): string {
  const i = d.text.indexOf("\n", d.pos)
  const end = i < 0 ? d.text.length : i + 1
  const line = d.text.slice(d.pos, end)
  d.pos = end
  return line
}

/** Creates the file type. */
export function initFileType(rt: Runtime): PyType {
  const t = newStaticType(rt, "_io.TextIOWrapper", null, FILE_SIZE, 0, TypeFlags.BASETYPE)
  t.dealloc = (rt2, o) => freeObject(rt2, o)
  t.iter = (rt2, o) => {
    checkOpen(rt2, o)
    o.rc++
    return o
  }
  t.iternext = (rt2, o) => {
    const d = checkOpen(rt2, o)
    const line = readLine(d)
    return line === "" ? null : newStr(rt2, line)
  }
  t.repr = (rt2, o) => {
    const d = data(o)
    return newStr(rt2, `<_io.TextIOWrapper name='${d.name}' mode='${d.mode}' encoding='UTF-8'>`)
  }
  defineMethods(rt, t, {
    read: (rt2, self, args, kwnames) => {
      const d = checkOpen(rt2, self)
      const [n] = parseArgs(
        rt2,
        { fname: "read", names: ["size"], required: 0, posOnly: 1 },
        args,
        kwnames,
      )
      const size = n === null || n === undefined || n === rt2.None ? -1 : Number(intValue(n))
      const end = size < 0 ? d.text.length : Math.min(d.text.length, d.pos + size)
      const s = d.text.slice(d.pos, end)
      d.pos = end
      return newStr(rt2, s)
    },
    readline: { kind: "noargs", fn: (rt2, self) => newStr(rt2, readLine(checkOpen(rt2, self))) },
    readlines: {
      kind: "noargs",
      fn: (rt2, self) => {
        const d = checkOpen(rt2, self)
        const lines: PyObject[] = []
        for (;;) {
          const l = readLine(d)
          if (l === "") break
          lines.push(newStr(rt2, l))
        }
        return newList(rt2, lines)
      },
    },
    close: {
      kind: "noargs",
      fn: (rt2, self) => {
        data(self).closed = true
        rt2.None.rc++
        return rt2.None
      },
    },
    __enter__: {
      kind: "noargs",
      fn: (rt2, self) => {
        checkOpen(rt2, self)
        self.rc++
        return self
      },
    },
    __exit__: {
      fn: (rt2, self) => {
        data(self).closed = true
        rt2.None.rc++
        return rt2.None
      },
    },
    readable: { kind: "noargs", fn: (rt2) => (rt2.True.rc++, rt2.True) },
    writable: { kind: "noargs", fn: (rt2) => (rt2.False.rc++, rt2.False) },
  })
  defineGetSets(rt, t, {
    name: { get: (rt2, o) => newStr(rt2, data(o).name) },
    mode: { get: (rt2, o) => newStr(rt2, data(o).mode) },
    closed: { get: (rt2, o) => ab.pyBool(rt2, data(o).closed) },
  })
  readyType(rt, t)
  return t
}

/** open(file, mode='r', ...): reading only, through the host. */
export function openFile(
  vm: VM,
  fileType: PyType,
  args: PyObject[],
  kwnames: PyObject | null,
): PyObject {
  const rt = vm.rt
  const v = parseArgs(
    rt,
    {
      fname: "open",
      names: ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
      required: 1,
    },
    args,
    kwnames,
  )
  const file = v[0] as PyObject
  if (!isStr(file))
    typeError(rt, `expected str, bytes or os.PathLike object, not ${ab.typeName(file)}`)
  const mode = v[1] === null || v[1] === undefined ? "r" : strValue(v[1])
  const path = strValue(file)
  if (!/^r?t?$/.test(mode.replace("t", "")) && mode !== "rt" && mode !== "r")
    raise(
      rt,
      rt.t.PermissionError ?? rt.t.OSError,
      `heapscope: open() mode '${mode}' is not available (reading only)`,
    )
  const read = vm.host.openFile
  if (read === undefined)
    raise(
      rt,
      rt.t.PermissionError ?? rt.t.OSError,
      "heapscope: open() is not available in this host",
    )
  const text = read.call(vm.host, path)
  if (text === null) {
    const errno = newInt(rt, 2)
    const msg = newStr(rt, "No such file or directory")
    try {
      throw ab.call(rt, rt.t.FileNotFoundError as PyType, [errno, msg, file], null)
    } finally {
      decref(rt, errno)
      decref(rt, msg)
    }
  }
  return allocObject(
    rt,
    fileType,
    FILE_SIZE,
    { name: path, mode, text, pos: 0, closed: false } satisfies FileData,
    null,
  )
}
