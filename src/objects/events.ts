// The runtime's event stream: what happens to objects, as it happens, for the
// tools (tracer, profiler, the lab) and for embedders. Nobody listening costs
// one null check at each point; events are only built when someone listens.

import type { PyObject } from "./object.js"

/** One event. Objects are borrowed: a listener must not keep or change them. */
export type RuntimeEvent =
  | { kind: "alloc"; object: PyObject; type: string; address: number; size: number }
  | { kind: "dealloc"; object: PyObject; type: string; address: number }
  | {
      kind: "gc-start"
      generation: number
      /** Objects in generations 0, 1 and 2 when the collection starts. */
      sizes: [number, number, number]
    }
  | {
      kind: "gc-stop"
      generation: number
      collected: number
      uncollectable: number
      sizes: [number, number, number]
    }
  | { kind: "finalize"; object: PyObject; type: string; address: number; by: "refcount" | "gc" }
  | { kind: "weakref-callback"; weakref: PyObject; callback: PyObject }

/** A subscriber to the event stream. It must not raise and must not touch the heap. */
export type RuntimeListener = (event: RuntimeEvent) => void
