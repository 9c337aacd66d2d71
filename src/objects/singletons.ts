// None, NotImplemented and Ellipsis: the types NoneType, NotImplementedType
// and ellipsis, and the one instance of each (Objects/object.c,
// Objects/sliceobject.c). In 3.11 they are static objects with real
// refcounts; None starts small, the other two start at 999 999 999 + refs.

import type { Runtime } from "./runtime.js"

/** Creates the three types and `rt.None`, `rt.NotImplemented`, `rt.Ellipsis` (bootstrap). */
export declare function initSingletons(rt: Runtime): void
