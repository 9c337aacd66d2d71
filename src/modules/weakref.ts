// The _weakref module (native): ref, proxy, getweakrefcount, getweakrefs and
// the weakref types. The `weakref` module users import is Python code built
// on it (src/modules/lib/weakref.ts).
//
// @cpython Modules/_weakref.c

import type { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import { typeError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import {
  newBuiltinFunction,
  parseArgs,
  checkPositional,
  type MethodImpl,
} from "../objects/descr.js"
import { newInt } from "../objects/int.js"
import { intern } from "../objects/str.js"
import { newList } from "../objects/list.js"
import { dictGetItem, dictDelItem } from "../objects/dict.js"
import {
  getWeakrefCount,
  getWeakrefs,
  newWeakref,
  supportsWeakrefs,
  weakrefReferent,
} from "../gc/weakref.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"

type O = PyObject

function inc(o: O): O {
  o.rc++
  return o
}

/** Creates the _weakref module (new reference). */
export function makeWeakrefModule(vm: VM): O {
  const rt = vm.rt
  const mod = newModule(vm, "_weakref")
  const d = moduleDict(mod)
  const set = (name: string, v: O): void => {
    ab.setItem(rt, d, intern(rt, name), v)
    decref(rt, v)
  }
  const def = (name: string, fn: MethodImpl, kind: "o" | "fast" | "fastkw"): void =>
    set(name, newBuiltinFunction(rt, name, { fn, kind }, mod, "_weakref"))

  def(
    "getweakrefcount",
    (rt2, _self, args) =>
      newInt(rt2, supportsWeakrefs(args[0]!.type) ? getWeakrefCount(rt2, args[0]!) : 0),
    "o",
  )
  def(
    "getweakrefs",
    (rt2, _self, args) => {
      const o = args[0]!
      return newList(rt2, supportsWeakrefs(o.type) ? getWeakrefs(rt2, o).map(inc) : [])
    },
    "o",
  )
  def(
    "proxy",
    (rt2, _self, args, kw) => {
      if (kw !== null && (kw.v as O[]).length > 0)
        typeError(rt2, "proxy() takes no keyword arguments")
      checkPositional(rt2, "proxy", args.length, 1, 2)
      const ob = args[0]!
      const cb = args[1] ?? null
      const callable = ob.type.call !== null
      return newWeakref(rt2, callable ? rt2.t.weakref_callableproxy! : rt2.t.weakref_proxy!, ob, cb)
    },
    "fast",
  )
  def(
    "_remove_dead_weakref",
    (rt2, _self, args, kw) => {
      const [dct, key] = parseArgs(
        rt2,
        { fname: "_remove_dead_weakref", names: ["dct", "key"], required: 2, posOnly: 2 },
        args,
        kw,
      )
      if (dct!.type !== rt2.t.dict && !ab.isInstance(rt2, dct!, rt2.t.dict))
        typeError(rt2, "not a dict")
      const wr = dictGetItem(rt2, dct!, key!)
      if (wr !== null && weakrefReferent(wr) === null) dictDelItem(rt2, dct!, key!)
      return inc(rt2.None)
    },
    "fastkw",
  )
  set("ref", inc(rt.t.weakref_ref!))
  set("ReferenceType", inc(rt.t.weakref_ref!))
  set("ProxyType", inc(rt.t.weakref_proxy!))
  set("CallableProxyType", inc(rt.t.weakref_callableproxy!))
  return mod
}
