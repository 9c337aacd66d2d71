// The forwarding slots of weakref.proxy objects: every operation unwraps the
// proxies among its operands (ReferenceError when a referent is dead) and
// performs the operation on the referents, as CPython's proxy_* functions.
//
// @cpython Objects/weakrefobject.c proxy_add, proxy_getattr, ...

import type { PyObject } from "../objects/object.js"
import type { Runtime } from "../objects/runtime.js"
import type { BinarySlotName, PyType } from "../objects/type.js"
import {
  binaryOp,
  inplaceOp,
  unaryOp,
  getAttr,
  setAttr,
  delAttr,
  str,
  isTrue,
  length,
  getItem,
  setItem,
  delItem,
  contains,
  getIter,
  iterNext,
  richCompare,
  power,
  index,
  asInt,
  asFloat,
} from "../objects/abstract.js"
import { typeError } from "../objects/errors.js"

type WithReferents = <T>(rt: Runtime, objs: PyObject[], fn: (xs: PyObject[]) => T) => T

const BINARY: [BinarySlotName, string][] = [
  ["add", "+"],
  ["subtract", "-"],
  ["multiply", "*"],
  ["remainder", "%"],
  ["divmod", "divmod()"],
  ["lshift", "<<"],
  ["rshift", ">>"],
  ["and", "&"],
  ["xor", "^"],
  ["or", "|"],
  ["floorDivide", "//"],
  ["trueDivide", "/"],
  ["matrixMultiply", "@"],
]

/** Fills the slots of a proxy type `t` with operations forwarded to the referent. */
export function fillProxySlots(t: PyType, withReferents: WithReferents): void {
  for (const [slot, symbol] of BINARY) {
    ;(t as any)[slot] = (rt: Runtime, a: PyObject, b: PyObject) =>
      withReferents(rt, [a, b], ([x, y]) => binaryOp(rt, x!, y!, slot, symbol))
    t.inplace[slot] = (rt, a, b) =>
      withReferents(rt, [a, b], ([x, y]) => inplaceOp(rt, x!, y!, slot, symbol))
  }
  t.power = (rt, a, b, c) => withReferents(rt, [a, b, c], ([x, y, z]) => power(rt, x!, y!, z!))
  t.negative = (rt, a) => withReferents(rt, [a], ([x]) => unaryOp(rt, x!, "negative"))
  t.positive = (rt, a) => withReferents(rt, [a], ([x]) => unaryOp(rt, x!, "positive"))
  t.absolute = (rt, a) => withReferents(rt, [a], ([x]) => unaryOp(rt, x!, "absolute"))
  t.invert = (rt, a) => withReferents(rt, [a], ([x]) => unaryOp(rt, x!, "invert"))
  t.bool = (rt, a) => withReferents(rt, [a], ([x]) => isTrue(rt, x!))
  t.int = (rt, a) => withReferents(rt, [a], ([x]) => asInt(rt, x!))
  t.float = (rt, a) => withReferents(rt, [a], ([x]) => asFloat(rt, x!))
  t.index = (rt, a) => withReferents(rt, [a], ([x]) => index(rt, x!))
  t.str = (rt, a) => withReferents(rt, [a], ([x]) => str(rt, x!))
  t.getattro = (rt, p, name) => withReferents(rt, [p], ([x]) => getAttr(rt, x!, name))
  t.setattro = (rt, p, name, value) =>
    withReferents(rt, [p], ([x]) =>
      value === null ? delAttr(rt, x!, name) : setAttr(rt, x!, name, value),
    )
  t.richcompare = (rt, a, b, op) =>
    withReferents(rt, [a, b], ([x, y]) => richCompare(rt, x!, y!, op))
  t.length = (rt, p) => withReferents(rt, [p], ([x]) => length(rt, x!))
  t.getitem = (rt, p, key) => withReferents(rt, [p], ([x]) => getItem(rt, x!, key))
  t.setitem = (rt, p, key, value) =>
    withReferents(rt, [p], ([x]) =>
      value === null ? delItem(rt, x!, key) : setItem(rt, x!, key, value),
    )
  t.contains = (rt, p, item) => withReferents(rt, [p], ([x]) => contains(rt, x!, item))
  t.iter = (rt, p) => withReferents(rt, [p], ([x]) => getIter(rt, x!))
  t.iternext = (rt, p) =>
    withReferents(rt, [p], ([x]) => {
      if (x!.type.iternext === null)
        typeError(rt, `Weakref proxy referenced a non-iterator '${x!.type.name}' object`)
      return iterNext(rt, x!)
    })
}
