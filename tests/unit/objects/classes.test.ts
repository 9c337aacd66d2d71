// The class machinery the vm's class statement relies on: __init_subclass__,
// __set_name__, metaclasses, __getattr__/__getattribute__/__setattr__
// overrides, __call__/__iter__/__next__/__getitem__/__bool__ slots, and the
// attributes every class has.

import { describe, expect, it } from "vitest"
import { makeRuntime, makeClass, pyError, pyfn } from "./core-helpers.js"
import {
  call,
  callMethod,
  contains,
  getAttrStr,
  getIter,
  ident,
  isTrue,
  iterNext,
  reprString,
  setAttrStr,
  strString,
} from "../../../src/objects/abstract.js"
import { newInt } from "../../../src/objects/int.js"
import { newStr } from "../../../src/objects/str.js"
import { newTuple } from "../../../src/objects/tuple.js"
import { newDict, dictSetItem } from "../../../src/objects/dict.js"
import { decref, incref } from "../../../src/objects/refcount.js"
import { calculateMetaclass } from "../../../src/objects/typeobject.js"
import type { PyObject } from "../../../src/objects/object.js"
import type { PyType } from "../../../src/objects/type.js"

describe("class creation hooks", () => {
  it("calls __set_name__ on namespace values, then the base's __init_subclass__ with the keywords", () => {
    const { rt } = makeRuntime()
    const events: string[] = []
    const setName = pyfn(rt, "D.__set_name__", (rt, args) => {
      events.push(`set_name ${(args[1] as PyType).name} ${args[2]!.v as string}`)
      return incref(rt.None)
    })
    const D = makeClass(rt, "D", [], { __set_name__: setName })
    const dinst = call(rt, D, [])
    const isc = pyfn(rt, "B.__init_subclass__", (rt, args, kwnames) => {
      const names = kwnames === null ? [] : (kwnames.v as PyObject[]).map((k) => k.v as string)
      events.push(`init_subclass ${(args[0] as PyType).name} ${names.join(",")}`)
      return incref(rt.None)
    })
    const B = makeClass(rt, "B", [], { __init_subclass__: isc })
    // class C(B, x=1): attr = D()
    const ns = newDict(rt)
    dictSetItem(rt, ns, ident(rt, "attr"), dinst)
    const name = newStr(rt, "C")
    const bases = newTuple(rt, [incref(B)])
    const one = newInt(rt, 1)
    const kw = newTuple(rt, [newStr(rt, "x")])
    const C = call(rt, rt.t.type, [name, bases, ns, one], kw)
    expect(events).toEqual(["set_name C attr", "init_subclass C x"])
    // object.__init_subclass__ takes no keywords.
    const bases2 = newTuple(rt, [])
    expect(pyError(rt, () => call(rt, rt.t.type, [name, bases2, ns, one], kw))).toBe(
      "TypeError: C.__init_subclass__() takes no keyword arguments",
    )
    for (const o of [C, kw, one, bases, bases2, name, ns, B, isc, dinst, D, setName]) decref(rt, o)
  })

  it("selects the most derived metaclass", () => {
    const { rt } = makeRuntime()
    const Meta = makeClass(rt, "Meta", [rt.t.type])
    const A = makeClass(rt, "A", [], {}, Meta)
    expect(A.type).toBe(Meta)
    expect(calculateMetaclass(rt, rt.t.type, [A])).toBe(Meta)
    const B = makeClass(rt, "B", [A])
    expect(B.type).toBe(Meta)
    // A metaclass adds no __dict__/__weakref__: type already has both (python3: 904, mappingproxy).
    expect(Meta.basicsize).toBe(904)
    const d = getAttrStr(rt, A, "__dict__")
    expect(d.type.name).toBe("mappingproxy")
    decref(rt, d)
    for (const o of [B, A, Meta]) decref(rt, o)
  })
})

describe("__new__", () => {
  it("a class's own __new__ (a staticmethod) is what calling the class runs", () => {
    const { rt } = makeRuntime()
    const seen: string[] = []
    const objectNew = getAttrStr(rt, rt.t.object, "__new__")
    const nw = pyfn(rt, "C.__new__", (rt, args) => {
      seen.push(`new ${(args[0] as PyType).name} ${args.length - 1}`)
      return call(rt, objectNew, [args[0]!])
    })
    const C = makeClass(rt, "C", [], { __new__: nw })
    const one = newInt(rt, 1)
    const c = call(rt, C, [one, one])
    expect(seen).toEqual(["new C 2"])
    expect(c.type).toBe(C)
    expect(pyError(rt, () => call(rt, objectNew, [rt.t.int]))).toBe(
      "TypeError: object.__new__(int) is not safe, use int.__new__()",
    )
    for (const o of [c, C, nw, objectNew]) decref(rt, o)
  })
})

describe("attribute hooks", () => {
  it("__getattr__ runs only when normal lookup fails; __setattr__ intercepts stores", () => {
    const { rt } = makeRuntime()
    const stores: string[] = []
    const ga = pyfn(rt, "C.__getattr__", (rt, args) => newStr(rt, `dyn:${args[1]!.v as string}`))
    const sa = pyfn(rt, "C.__setattr__", (rt, args) => {
      stores.push(args[1]!.v as string)
      return incref(rt.None)
    })
    const one = newInt(rt, 1)
    const C = makeClass(rt, "C", [], { __getattr__: ga, __setattr__: sa, real: one })
    const c = call(rt, C, [])
    const r1 = getAttrStr(rt, c, "zzz")
    expect(r1.v).toBe("dyn:zzz")
    const r2 = getAttrStr(rt, c, "real")
    expect(r2).toBe(one)
    setAttrStr(rt, c, "q", one)
    expect(stores).toEqual(["q"])
    for (const o of [r1, r2, c, C, ga, sa]) decref(rt, o)
  })

  it("__getattribute__ overrides everything", () => {
    const { rt } = makeRuntime()
    const gattr = pyfn(rt, "C.__getattribute__", (rt) => newStr(rt, "always"))
    const C = makeClass(rt, "C", [], { __getattribute__: gattr })
    const c = call(rt, C, [])
    const r = getAttrStr(rt, c, "__class__")
    expect(r.v).toBe("always")
    for (const o of [r, c, C, gattr]) decref(rt, o)
  })
})

describe("protocol slots from dunders", () => {
  it("__call__, __bool__, __contains__ and __getitem__ iteration", () => {
    const { rt } = makeRuntime()
    const callf = pyfn(rt, "C.__call__", (rt, args) => newInt(rt, args.length - 1))
    const boolf = pyfn(rt, "C.__bool__", (rt) => incref(rt.False))
    const getitem = pyfn(rt, "C.__getitem__", (rt, args) => {
      const i = args[1]!.v as number
      if (i >= 3) throw rt.hooks.newException!(rt, rt.t.IndexError!, "stop")
      return newInt(rt, i * 10)
    })
    const C = makeClass(rt, "C", [], { __call__: callf, __bool__: boolf, __getitem__: getitem })
    const c = call(rt, C, [])
    const one = newInt(rt, 1)
    const r = call(rt, c, [one, one])
    expect(r.v).toBe(2)
    expect(isTrue(rt, c)).toBe(false)
    const it = getIter(rt, c)
    const got: number[] = []
    for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) {
      got.push(x.v as number)
      decref(rt, x)
    }
    expect(got).toEqual([0, 10, 20])
    const twenty = newInt(rt, 20)
    expect(contains(rt, c, twenty)).toBe(true)
    for (const o of [it, r, c, C, callf, boolf, getitem]) decref(rt, o)
  })

  it("__iter__ = None makes a class not iterable; __repr__ result must be a str", () => {
    const { rt } = makeRuntime()
    const badRepr = pyfn(rt, "C.__repr__", (rt) => newInt(rt, 1))
    const C = makeClass(rt, "C", [], { __iter__: rt.None, __repr__: badRepr })
    const c = call(rt, C, [])
    expect(pyError(rt, () => getIter(rt, c))).toBe("TypeError: 'C' object is not iterable")
    expect(pyError(rt, () => reprString(rt, c))).toBe(
      "TypeError: __repr__ returned non-string (type int)",
    )
    for (const o of [c, C, badRepr]) decref(rt, o)
  })
})

describe("attributes of classes", () => {
  it("__name__, __qualname__, __module__, __doc__, __bases__, __mro__, mro(), __subclasses__()", () => {
    const { rt } = makeRuntime()
    const A = makeClass(rt, "A")
    const B = makeClass(rt, "B", [A])
    const s = (o: PyObject) => {
      const r = strString(rt, o)
      decref(rt, o)
      return r
    }
    expect(s(getAttrStr(rt, B, "__name__"))).toBe("B")
    expect(s(getAttrStr(rt, B, "__qualname__"))).toBe("B")
    expect(s(getAttrStr(rt, B, "__module__"))).toBe("__main__")
    expect(s(getAttrStr(rt, B, "__doc__"))).toBe("None")
    const r = (o: PyObject) => {
      const x = reprString(rt, o)
      decref(rt, o)
      return x
    }
    expect(r(getAttrStr(rt, B, "__bases__"))).toBe("(<class '__main__.A'>,)")
    expect(r(getAttrStr(rt, B, "__mro__"))).toBe(
      "(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)",
    )
    const m = callMethod(rt, B, "mro", [])
    expect(reprString(rt, m)).toBe("[<class '__main__.B'>, <class '__main__.A'>, <class 'object'>]")
    decref(rt, m)
    const subs = callMethod(rt, A, "__subclasses__", [])
    expect(reprString(rt, subs)).toBe("[<class '__main__.B'>]")
    decref(rt, subs)
    expect(s(getAttrStr(rt, rt.t.int, "__module__"))).toBe("builtins")
    const one = newInt(rt, 1)
    expect(pyError(rt, () => setAttrStr(rt, rt.t.int, "x", one))).toBe(
      "TypeError: cannot set 'x' attribute of immutable type 'int'",
    )
    decref(rt, B)
    decref(rt, A)
  })
})
