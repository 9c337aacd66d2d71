// Bootstrap entry point for the container types: tuple, list, dict, set,
// frozenset, range, slice and their iterators and views. bootstrap.ts calls
// initContainerTypes once `type`, `object`, int and str exist (step 2 of
// createRuntime); it only creates types and queues their methods.

import { clearDictFreeLists, initDictType } from "./dict.js"
import { installDictMethods } from "./dictmethods.js"
import { initDictViewTypes } from "./dictviews.js"
import { initIterTypes } from "./iterobject.js"
import { clearListFreeList, initListType } from "./list.js"
import { installListMethods } from "./listmethods.js"
import { initRangeTypes } from "./range.js"
import { freeObject } from "./refcount.js"
import type { Runtime } from "./runtime.js"
import { initSetTypes } from "./set.js"
import { installSetMethods } from "./setmethods.js"
import { initSliceType } from "./slice.js"
import { clearTupleFreeLists, initTupleType } from "./tuple.js"

/** Creates every container type, in dependency order (tuple first: `()` is needed early). */
export function initContainerTypes(rt: Runtime): void {
  initTupleType(rt)
  initListType(rt)
  initDictType(rt)
  initSetTypes(rt)
  initSliceType(rt)
  initRangeTypes(rt)
  initIterTypes(rt)
  initDictViewTypes(rt)
  installListMethods(rt)
  installDictMethods(rt)
  installSetMethods(rt)
}

/**
 * Empties the container free lists (tuple by size, list, dict and dict
 * keys, the cached slice), as a full collection does in 3.11; returns the
 * number of blocks given back to the allocator.
 */
export function clearContainerFreeLists(rt: Runtime): number {
  let n = clearTupleFreeLists(rt) + clearListFreeList(rt) + clearDictFreeLists(rt)
  const sl = rt.freelists.slice
  if (sl !== undefined)
    while (sl.length > 0) {
      freeObject(rt, sl.pop()!)
      n++
    }
  return n
}
