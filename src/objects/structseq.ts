// Struct sequences (PyStructSequence): tuples whose items also have names, as
// sys.version_info, sys.float_info, sys.int_info and sys.hash_info.
//
//   sys.version_info          a tuple of 5 items (a tuple subtype: indexing,
//   ├── [0] == .major          comparison and unpacking are tuple's), each also
//   ├── [1] == .minor          reachable by name through a read-only member
//   └── ...                    descriptor; repr names the fields
//
// Instances are made only by the runtime: calling the type says "cannot create
// 'sys.version_info' instances", as CPython's sys types do.
//
// @cpython Objects/structseq.c

import { reprString } from "./abstract.js"
import { defineAttr, defineGetSets } from "./descr.js"
import { gcTrack } from "./gcstate.js"
import { newInt } from "./int.js"
import type { PyObject } from "./object.js"
import { allocObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { newStr } from "./str.js"
import { TUPLE_BASICSIZE, TUPLE_ITEMSIZE } from "./tuple.js"
import { TypeFlags, type PyType } from "./type.js"
import { newStaticType, readyType } from "./typeobject.js"

/** A struct sequence type named `name` ("sys.float_info") with these fields, in order. */
export function newStructSeqType(rt: Runtime, name: string, fields: readonly string[]): PyType {
  const flags = TypeFlags.HAVE_GC | TypeFlags.TUPLE_SUBCLASS
  const t = newStaticType(rt, name, rt.t.tuple, TUPLE_BASICSIZE, TUPLE_ITEMSIZE, flags)
  t.repr = (rt2, o) => {
    const items = o.v as PyObject[]
    const parts = fields.map((f, i) => `${f}=${reprString(rt2, items[i]!)}`)
    return newStr(rt2, `${name}(${parts.join(", ")})`)
  }
  const getters: Parameters<typeof defineGetSets>[2] = {}
  fields.forEach((f, i) => {
    getters[f] = {
      get: (_rt, o) => {
        const x = (o.v as PyObject[])[i]!
        x.rc++
        return x
      },
      readonly: true,
    }
  })
  defineGetSets(rt, t, getters)
  for (const k of ["n_sequence_fields", "n_fields"])
    defineAttr(rt, t, k, (rt2) => newInt(rt2, fields.length))
  defineAttr(rt, t, "n_unnamed_fields", (rt2) => newInt(rt2, 0))
  readyType(rt, t)
  // Only the runtime makes instances (readyType inherited tuple's tp_new).
  t.newObj = null
  return t
}

/** A new instance of a struct sequence type; STEALS `items` (one per field). */
export function newStructSeq(rt: Runtime, type: PyType, items: PyObject[]): PyObject {
  const o = allocObject(rt, type, TUPLE_BASICSIZE + TUPLE_ITEMSIZE * items.length, items, null)
  gcTrack(rt, o)
  return o
}
