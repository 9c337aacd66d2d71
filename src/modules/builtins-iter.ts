// The lazy iterator types of the builtins module: enumerate, zip, map, filter.
// (reversed and callable_iterator come from objects/iterobject.ts.)
//
// Each owns what it iterates (references in `v`, a JS object) and is a GC
// object of CPython's size:
//   enumerate 72, zip 64, map 64, filter 64 bytes (getsizeof, GC header included).
//
// @cpython Python/bltinmodule.c, Objects/enumobject.c

import type { PyObject } from "../objects/object.js"
import { allocObject, freeObject, decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { TypeFlags, type PyType } from "../objects/type.js"
import { typeError } from "../objects/errors.js"
import { newStaticType, readyType } from "../objects/typeobject.js"
import { gcTrack, gcUntrack } from "../objects/gcstate.js"
import * as ab from "../objects/abstract.js"
import { newInt } from "../objects/int.js"
import { newTuple } from "../objects/tuple.js"
import { strValue } from "../objects/str.js"

type O = PyObject

interface IterState {
  /** Owned references released at dealloc, in order. */
  refs: O[]
}

function mk(
  rt: Runtime,
  name: string,
  size: number,
  make: (rt: Runtime, type: PyType, args: O[], kw: Map<string, O>) => IterState,
  next: (rt: Runtime, st: IterState) => O | null,
): PyType {
  const t = newStaticType(rt, name, null, size - 16, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE)
  t.newObj = (rt2, type, args, kwnames) => {
    const names = kwnames === null ? [] : (kwnames.v as O[])
    const npos = args.length - names.length
    const kw = new Map<string, O>()
    names.forEach((n, i) => kw.set(strValue(n), args[npos + i] as O))
    const st = make(rt2, type, args.slice(0, npos), kw)
    const o = allocObject(rt2, type, size - 16, st, null)
    gcTrack(rt2, o)
    return o
  }
  t.dealloc = (rt2, o) => {
    gcUntrack(rt2, o)
    const st = o.v as IterState
    for (const r of st.refs) decref(rt2, r)
    freeObject(rt2, o)
  }
  t.traverse = (o, visit) => {
    for (const r of (o.v as IterState).refs) visit(r)
  }
  t.iter = (_rt, o) => {
    o.rc++
    return o
  }
  t.iternext = (rt2, o) => next(rt2, o.v as IterState)
  readyType(rt, t)
  return t
}

/** Creates enumerate, zip, map and filter (plus the iterator types objects/ made). */
export function initIterTypes(rt: Runtime): Record<string, PyType> {
  const out: Record<string, PyType> = {}
  out.enumerate = mk(
    rt,
    "enumerate",
    72,
    (rt2, _t, args, kw) => {
      const it = args[0] ?? kw.get("iterable")
      if (it === undefined)
        typeError(rt2, "enumerate() missing required argument 'iterable' (pos 1)")
      const start = args[1] ?? kw.get("start")
      const i = ab.getIter(rt2, it)
      const s = start === undefined ? newInt(rt2, 0) : ab.index(rt2, start)
      return { refs: [i, s] } as IterState
    },
    (rt2, st) => {
      const x = ab.iterNext(rt2, st.refs[0] as O)
      if (x === null) return null
      const n = st.refs[1] as O
      const next = ab.binaryOp(rt2, n, rt2.smallInts[6] as O, "add", "+")
      st.refs[1] = next
      return newTuple(rt2, [n, x])
    },
  )
  out.zip = mk(
    rt,
    "zip",
    64,
    (rt2, _t, args, kw) => {
      const strict = kw.get("strict")
      for (const k of kw.keys())
        if (k !== "strict") typeError(rt2, `zip() got an unexpected keyword argument '${k}'`)
      const its: O[] = []
      try {
        for (let i = 0; i < args.length; i++) {
          try {
            its.push(ab.getIter(rt2, args[i] as O))
          } catch (e) {
            if (
              e instanceof Object &&
              ab.isPyError(e, rt2.t.TypeError) &&
              (args[i] as O).type.iter === null
            ) {
              decref(rt2, e as O)
              typeError(rt2, `zip argument #${i + 1} must support iteration`)
            }
            throw e
          }
        }
      } catch (e) {
        for (const x of its) decref(rt2, x)
        throw e
      }
      const st = { refs: its, strict: strict !== undefined && ab.isTrue(rt2, strict) }
      return st as IterState
    },
    (rt2, st) => {
      const its = st.refs
      if (its.length === 0) return null
      const items: O[] = []
      for (let i = 0; i < its.length; i++) {
        const x = ab.iterNext(rt2, its[i] as O)
        if (x === null) {
          for (const y of items) decref(rt2, y)
          if ((st as IterState & { strict: boolean }).strict) {
            if (i > 0) {
              const plural = i === 1 ? " " : "s 1-"
              ab.isTrue(rt2, rt2.True)
              return raiseZip(rt2, `zip() argument ${i + 1} is shorter than argument${plural}${i}`)
            }
            for (let j = 1; j < its.length; j++) {
              const y = ab.iterNext(rt2, its[j] as O)
              if (y !== null) {
                decref(rt2, y)
                const plural = j === 1 ? " " : "s 1-"
                return raiseZip(rt2, `zip() argument ${j + 1} is longer than argument${plural}${j}`)
              }
            }
          }
          return null
        }
        items.push(x)
      }
      return newTuple(rt2, items)
    },
  )
  out.map = mk(
    rt,
    "map",
    48,
    (rt2, _t, args, kw) => {
      if (kw.size > 0) typeError(rt2, "map() takes no keyword arguments")
      if (args.length < 2) typeError(rt2, "map() must have at least two arguments.")
      const f = args[0] as O
      f.rc++
      const refs: O[] = [f]
      try {
        for (const a of args.slice(1)) refs.push(ab.getIter(rt2, a))
      } catch (e) {
        for (const x of refs) decref(rt2, x)
        throw e
      }
      return { refs }
    },
    (rt2, st) => {
      const vals: O[] = []
      for (let i = 1; i < st.refs.length; i++) {
        const x = ab.iterNext(rt2, st.refs[i] as O)
        if (x === null) {
          for (const y of vals) decref(rt2, y)
          return null
        }
        vals.push(x)
      }
      try {
        return ab.call(rt2, st.refs[0] as O, vals, null)
      } finally {
        for (const y of vals) decref(rt2, y)
      }
    },
  )
  out.filter = mk(
    rt,
    "filter",
    48,
    (rt2, _t, args, kw) => {
      if (kw.size > 0) typeError(rt2, "filter() takes no keyword arguments")
      if (args.length !== 2) typeError(rt2, `filter expected 2 arguments, got ${args.length}`)
      const f = args[0] as O
      f.rc++
      let it: O
      try {
        it = ab.getIter(rt2, args[1] as O)
      } catch (e) {
        decref(rt2, f)
        throw e
      }
      return { refs: [f, it] }
    },
    (rt2, st) => {
      const f = st.refs[0] as O
      for (;;) {
        const x = ab.iterNext(rt2, st.refs[1] as O)
        if (x === null) return null
        let ok: boolean
        try {
          if (f === rt2.None || f === rt2.t.bool) ok = ab.isTrue(rt2, x)
          else {
            const r = ab.call(rt2, f, [x], null)
            ok = ab.isTrue(rt2, r)
            decref(rt2, r)
          }
        } catch (e) {
          decref(rt2, x)
          throw e
        }
        if (ok) return x
        decref(rt2, x)
      }
    },
  )
  out.reversed = mk(
    rt,
    "reversed",
    48,
    (rt2, _t, args, kw) => {
      if (kw.size > 0) typeError(rt2, "reversed() takes no keyword arguments")
      if (args.length !== 1) typeError(rt2, `reversed expected 1 argument, got ${args.length}`)
      const seq = args[0] as O
      const rev = ab.lookupSpecial(rt2, seq, "__reversed__")
      if (rev === rt2.None) {
        // `__reversed__ = None` says "not reversible" (Mapping does so).
        decref(rt2, rev)
        typeError(rt2, `'${ab.typeName(seq)}' object is not reversible`)
      }
      if (rev !== null) {
        try {
          // reversed(x) returns x.__reversed__() itself; wrap it so next() delegates.
          const it = ab.call(rt2, rev, [], null)
          return { refs: [it], index: -2 } as IterState
        } finally {
          decref(rt2, rev)
        }
      }
      if (seq.type.getitem === null || seq.type.length === null || isDictLike(rt2, seq))
        typeError(rt2, `'${ab.typeName(seq)}' object is not reversible`)
      seq.rc++
      return { refs: [seq], index: ab.length(rt2, seq) - 1 } as IterState
    },
    (rt2, st) => {
      const s = st as IterState & { index: number }
      if (s.index === -2) return ab.iterNext(rt2, s.refs[0] as O)
      if (s.index < 0) return null
      const k = newInt(rt2, s.index--)
      try {
        return ab.getItem(rt2, s.refs[0] as O, k)
      } finally {
        decref(rt2, k)
      }
    },
  )
  const revNew = out.reversed.newObj as NonNullable<PyType["newObj"]>
  out.reversed.newObj = (rt2, type, args, kwnames) => {
    // reversed(x) is x.__reversed__() itself when the type defines it.
    if (args.length === 1 && kwnames === null) {
      const rev = ab.lookupSpecial(rt2, args[0] as O, "__reversed__")
      if (rev === rt2.None) decref(rt2, rev)
      else if (rev !== null) {
        try {
          return ab.call(rt2, rev, [], null)
        } finally {
          decref(rt2, rev)
        }
      }
    }
    return revNew(rt2, type, args, kwnames)
  }
  return out
}

function isDictLike(rt: Runtime, o: O): boolean {
  return ab.typeCheck(o, rt.t.dict)
}

function raiseZip(rt: Runtime, msg: string): never {
  const make = rt.hooks.newException as NonNullable<Runtime["hooks"]["newException"]>
  throw make(rt, rt.t.ValueError, msg)
}
