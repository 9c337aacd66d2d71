// A Runtime with the container types for unit tests, on a TestHeap. The test
// files mock abstract/typeobject/descr/exceptions with containers-mocks.ts
// (see the vi.mock lines at the top of each container test).

import { PyObject } from "../../../src/objects/object.js"
import { Runtime } from "../../../src/objects/runtime.js"
import { PyType, TypeFlags } from "../../../src/objects/type.js"
import { initIntType, newInt, initStrType, newStr } from "./containers-numtext.js"
import { newStaticObject } from "../../../src/objects/static.js"
import { initContainerTypes } from "../../../src/objects/containers.js"
import { TestHeap } from "./test-heap.js"
import { methodTables, setStrFactory } from "./containers-mocks.js"
import { clearTupleFreeLists, tupleFromBorrowed } from "../../../src/objects/tuple.js"
import { clearListFreeList } from "../../../src/objects/list.js"
import { clearDictFreeLists } from "../../../src/objects/dict.js"
import { allocObject, decref, freeObject } from "../../../src/objects/refcount.js"

export interface Harness {
  rt: Runtime
  heap: TestHeap
  int(n: number | bigint): PyObject
  str(s: string): PyObject
  /** Calls method `name` of `self`'s type (args borrowed); returns a new reference. */
  call(self: PyObject, name: string, ...args: PyObject[]): PyObject
  /** Calls with keyword arguments. */
  callKw(self: PyObject, name: string, args: PyObject[], kw: Record<string, PyObject>): PyObject
  /** Runs `f` and returns the Python exception it raised as "TypeName: message". */
  raises(f: () => unknown): string
  /** A non-GC object whose deallocation appends `label` to `order`. */
  tracer(label: string): PyObject
  order: string[]
  /** Calls a type (tp_new then tp_init), args borrowed. */
  make(type: PyType, ...args: PyObject[]): PyObject
  /** Number of live heap blocks once every free list is emptied. */
  liveBlocks(): number
}

export function makeHarness(): Harness {
  const heap = new TestHeap()
  const rt = new Runtime(heap)
  const type = new PyType(null, "type", null, 0, 0, TypeFlags.TYPE_SUBCLASS)
  type.type = type
  rt.t.type = type
  const object = new PyType(type, "object", null, 16, 0, TypeFlags.BASETYPE)
  object.mro = [object]
  rt.t.object = object
  type.base = object
  type.mro = [type, object]
  const none = new PyType(type, "NoneType", object, 16, 0, 0)
  none.mro = [none, object]
  rt.None = newStaticObject(rt, none, 16, null, null, 1000)
  const ni = new PyType(type, "NotImplementedType", object, 16, 0, 0)
  rt.NotImplemented = newStaticObject(rt, ni, 16, null, null, 1000)
  initIntType(rt)
  const bool = new PyType(type, "bool", rt.t.int, 28, 0, TypeFlags.LONG_SUBCLASS)
  bool.mro = [bool, rt.t.int, object]
  rt.t.bool = bool
  rt.False = newStaticObject(rt, bool, 28, 0, null, 1000)
  rt.True = newStaticObject(rt, bool, 28, 1, null, 1000)
  initStrType(rt)
  setStrFactory(newStr)
  for (const name of [
    "BaseException",
    "TypeError",
    "ValueError",
    "KeyError",
    "IndexError",
    "RuntimeError",
    "MemoryError",
    "OverflowError",
    "StopIteration",
    "SystemError",
  ]) {
    const t = new PyType(type, name, object, 16, 0, TypeFlags.BASE_EXC_SUBCLASS)
    t.mro = [t, object]
    t.dealloc = () => {}
    rt.t[name] = t
  }
  rt.hooks.newException = (rt, t, msg) => new PyObject(t, 0, msg, null)
  initContainerTypes(rt)
  const order: string[] = []
  const tracerType = new PyType(type, "Tracer", object, 24, 0, 0)
  tracerType.mro = [tracerType, object]
  tracerType.dealloc = (rt, o) => {
    order.push(o.v as string)
    freeObject(rt, o)
  }
  tracerType.hash = (_rt, o) => o.addr / 16
  rt.booted = true

  const callKw = (self: PyObject, name: string, args: PyObject[], kw: Record<string, PyObject>) => {
    let def = undefined
    for (const t of self.type.mro) {
      def = methodTables.get(t)?.get(name)
      if (def !== undefined) break
    }
    if (def === undefined) throw new Error(`no method ${name} on ${self.type.name}`)
    const names = Object.keys(kw)
    const kwnames =
      names.length === 0
        ? null
        : tupleFromBorrowed(
            rt,
            names.map((n) => newStr(rt, n)),
          )
    const all = [...args, ...names.map((n) => kw[n]!)]
    try {
      return def.fn(rt, self, all, kwnames)
    } finally {
      if (kwnames !== null) decref(rt, kwnames)
    }
  }
  return {
    rt,
    heap,
    order,
    tracer: (label) => allocObject(rt, tracerType, 24, label, null),
    make(t, ...args) {
      const o = t.newObj!(rt, t, args, null)
      if (t.init !== null) t.init(rt, o, args, null)
      return o
    },
    liveBlocks() {
      clearTupleFreeLists(rt)
      clearListFreeList(rt)
      clearDictFreeLists(rt)
      const sl = rt.freelists.slice
      while (sl !== undefined && sl.length > 0) freeObject(rt, sl.pop()!)
      return heap.live.size
    },
    int: (n) => newInt(rt, n),
    str: (s) => newStr(rt, s),
    call: (self, name, ...args) => callKw(self, name, args, {}),
    callKw,
    raises(f) {
      try {
        f()
      } catch (e) {
        if (e instanceof PyObject) return `${e.type.name}: ${e.v as string}`
        throw e
      }
      throw new Error("no exception raised")
    },
  }
}
