// Bringing up the object space: every built-in type, in dependency order,
// then the singletons, then readying every type (dicts, MROs, slot wrappers).
//
//   1. initTypeObjects      `type`, `object` as bare PyType objects
//   2. initX for each type   the other type files create their PyTypes with
//                            newStaticType, set slots, queue their methods
//                            (defineMethods) and may allocate their own
//                            singletons (small ints, '', (), latin-1 chars)
//   3. readyType for each    in creation order: dict, MRO, inherited slots,
//                            slot wrappers, the queued definitions
//   4. initExceptions        needs ready types (it builds args tuples)
//
// Contract with the type files: each exports `initX(rt: Runtime): void` that
// only creates its types and objects; it must not call the generic protocol
// (abstract.ts) or put anything in a dict directly before step 3.

import type { ObjectHeap } from "./heap.js"
import type { Runtime } from "./runtime.js"

/** Creates a Runtime on `heap` with every built-in type and singleton of the object layer. */
export declare function createRuntime(heap: ObjectHeap): Runtime
