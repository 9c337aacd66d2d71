// Bringing up the object space: every built-in type, in dependency order,
// then readying every type (dicts, MROs, slot wrappers), then the exceptions.
//
//   1. initTypeObjects       `type`, `object` as bare PyType objects
//   2. initX for each file   the type files create their PyTypes with
//                            newStaticType, set slots, queue their methods
//                            (defineMethods) and allocate their own
//                            singletons (None, small ints, '', (), latin-1 chars)
//   3. readyType for each    in creation order: dict, MRO, inherited slots,
//                            slot wrappers, the queued definitions
//   4. initExceptions        needs ready types (it defines getsets) — readied too
//
// Contract with the type files: each exports `initX(rt: Runtime): void` that
// only creates its types and objects; it must not call the generic protocol
// (abstract.ts) or put anything in a dict directly before step 3.

import { initContainerTypes } from "./containers.js"
import { initDescr } from "./descr.js"
import { initExceptions } from "./exceptions.js"
import { initGenericAlias } from "./genericalias.js"
import type { ObjectHeap } from "./heap.js"
import { initMethod } from "./method.js"
import { initNumbersAndText } from "./numbers-text.js"
import { initObject } from "./objectobject.js"
import { Runtime } from "./runtime.js"
import { initSingletons } from "./singletons.js"
import { initSuper } from "./super.js"
import { readyType } from "./typeobject.js"
import { initTypeObjects } from "./typetype.js"

/** Readies every static type created so far (and those created while readying). */
export function readyAll(rt: Runtime): void {
  for (let i = 0; i < rt.staticTypes.length; i++) readyType(rt, rt.staticTypes[i]!)
}

/** Creates a Runtime on `heap` with every built-in type and singleton of the object layer. */
export function createRuntime(heap: ObjectHeap): Runtime {
  const rt = new Runtime(heap)
  initTypeObjects(rt)
  initObject(rt)
  initSingletons(rt)
  initNumbersAndText(rt)
  initContainerTypes(rt)
  initDescr(rt)
  initMethod(rt)
  initSuper(rt)
  initGenericAlias(rt)
  readyAll(rt)
  initExceptions(rt)
  readyAll(rt)
  rt.booted = true
  return rt
}
