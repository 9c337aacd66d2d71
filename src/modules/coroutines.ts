// _coroutines: heapscope's private helpers for the coroutine parts of the
// Python-level library (src/modules/lib/types.py), which cannot reach the
// code objects themselves:
//
//   _coroutines.iterable_coroutine(func)   what types.coroutine does to a generator
//                                          function: its code gets CO_ITERABLE_COROUTINE,
//                                          so its generators can be awaited

import type { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction } from "../objects/descr.js"
import { intern } from "../objects/str.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"
import { markIterableCoroutine } from "../vm/coroutine.js"

/** Creates the _coroutines module (new reference). */
export function makeCoroutinesModule(vm: VM): PyObject {
  const rt = vm.rt
  const mod = newModule(vm, "_coroutines")
  const d = moduleDict(mod)
  const f = newBuiltinFunction(
    rt,
    "iterable_coroutine",
    {
      kind: "o",
      fn: (rt2, _self, args) => {
        markIterableCoroutine(vm, args[0] as PyObject)
        rt2.None.rc++
        return rt2.None
      },
    },
    mod,
    "_coroutines",
  )
  ab.setItem(rt, d, intern(rt, "iterable_coroutine"), f)
  decref(rt, f)
  return mod
}
