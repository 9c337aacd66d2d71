// The Python object as heapscope represents it.
//
// Every Python object is one JS object of the single class PyObject, so the
// hottest property accesses (rc, type) stay monomorphic in V8. The object also
// owns a block of its CPython 3.11 size from the object allocator; `addr` is
// the object's address, which is `id(obj)`:
//
//   block address ─►┌──────────────────────────────┐
//                   │ PyGC_Head (16 bytes)         │  GC types only
//   addr ──────────►├──────────────────────────────┤
//                   │ ob_refcnt        ── rc       │  mirrored in JS fields,
//                   │ ob_type          ── type     │  not in the block bytes
//                   │ type-specific …  ── v, w     │
//                   └──────────────────────────────┘
//
// The payload (digits, characters, items) lives in ordinary JS data in `v`
// and `w`; what each type keeps there is documented in its own file.
//
// Invariant (refcounts). `rc` is the exact CPython reference count: every
// owner (a name binding, a container slot, an evaluation temporary, a frame)
// holds exactly one. When it reaches 0 the type's dealloc runs at once.
// checkObject() in tests asserts rc >= 1 for every object reachable from Python.

import type { PyType } from "./type.js"

/**
 * Bits of PyObject.gcFlags, as CPython keeps them in PyGC_Head: FINALIZED is
 * set once tp_finalize (__del__) ran (PEP 442: never twice); COLLECTING is
 * used by the collector during a collection only. (UNREACHABLE, CPython's
 * third bit, is unused: the collector tells a tentatively unreachable object
 * by its gcPrev, a link rather than gc_refs; the value stays reserved.)
 * INLINE_VALUES marks the holder of an instance's values (3.11's
 * PyDictValues, see "Split dicts" in dict.ts): a dict payload without an
 * object block, never tracked, visited through its instance, until
 * `__dict__` moves the payload to a real dict object.
 */
export const GCFlag = { FINALIZED: 1, COLLECTING: 2, UNREACHABLE: 4, INLINE_VALUES: 8 } as const

/** A Python object. Create objects through their type's constructors, never with `new` directly. */
export class PyObject {
  /** ob_refcnt. */
  rc: number
  /** ob_type; the object holds a reference to it only when the type is a heap type. */
  type: PyType
  /** The object's address (id()). 0 only while the object is being built or after it was freed. */
  addr: number
  /** First type-specific payload slot (see each type's file). */
  v: any
  /** Second type-specific payload slot. */
  w: any
  /** GC list links (PyGC_Head): null when the object is not tracked by the collector. */
  gcNext: PyObject | null
  /**
   * Previous link in the GC list when tracked. During a collection the gc layer
   * may keep the object's gc_refs here as a number, as CPython keeps it in _gc_prev.
   */
  gcPrev: PyObject | number | null
  /**
   * The flag bits CPython keeps in the low bits of _gc_prev/_gc_next, which a
   * JS reference cannot carry: FINALIZED and COLLECTING (gc layer).
   */
  gcFlags: number

  constructor(type: PyType, addr: number, v: any, w: any) {
    this.rc = 1
    this.type = type
    this.addr = addr
    this.v = v
    this.w = w
    this.gcNext = null
    this.gcPrev = null
    this.gcFlags = 0
  }
}
