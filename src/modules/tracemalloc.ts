// _tracemalloc: the C half of tracemalloc. While tracing, every allocation of the three
// domains (raw, mem, object) records a trace keyed by its address: the requested size and
// the traceback of the Python frames running at that moment. tracemalloc.py builds
// Snapshot, Statistic and the filters on top of _get_traces().
//
// @cpython Modules/_tracemalloc.c (tracemalloc_alloc, tracemalloc_realloc, tracemalloc_free,
//          traceback_new, _PyTraceMalloc_NewReference, tracemalloc_get_tracemalloc_memory)
//
//   allocator hooks (src/memory/hooks.ts)        TracemallocState
//   alloc(addr, size) ───────────────────────►  traces: addr ─► { size, tb }
//   realloc(old, addr, size) ── moved? drop old ─┘          │
//   free(addr) ───────────────── drop the trace             ▼
//                                               tracebacks: key ─► tb (interned, kept until
//   vm.frame ─back─► … ─back─► <module>             clear_traces/stop, as CPython keeps them)
//      └── the first `maxNframe` frames, most recent first, and their total count
//
// Invariant: `current` is the sum of the sizes of `traces`, and `peak` is at least
// `current`; both are 0 after clear_traces() and stop().
//
// What heapscope cannot make equal: CPython also traces the allocations of its compiler,
// its import machinery and its own C internals, which heapscope does not model as heap
// blocks; traces made inside tracemalloc.py have heapscope's line numbers.

import { PyObject } from "../objects/object.js"
import { decref, GC_HEAD_SIZE } from "../objects/refcount.js"
import { raise, typeError, valueError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction, type MethodImpl } from "../objects/descr.js"
import { newInt } from "../objects/int.js"
import { intern, newStr } from "../objects/str.js"
import { newTuple } from "../objects/tuple.js"
import { newList } from "../objects/list.js"
import { TypeFlags } from "../objects/type.js"
import { PymallocHeap } from "../objects/heap.js"
import type { Runtime } from "../objects/runtime.js"
import { NumMap } from "../util/num-map.js"
import type { VM } from "../vm/vm.js"
import type { Frame } from "../vm/frame.js"
import { newModule, moduleDict } from "../vm/import.js"

/** The largest traceback limit, and the cap of total_nframe (a uint16 in CPython). */
const MAX_NFRAME = 65535

/** An interned traceback: `frames` alternates filename and line, most recent frame first. */
interface Traceback {
  readonly frames: readonly (string | number)[]
  /** How many frames the stack really had (total_nframe), up to MAX_NFRAME. */
  readonly total: number
}

/** The trace of one live block. */
interface Trace {
  size: number
  tb: Traceback
}

/** Allocations with no Python frame running (CPython's tracemalloc_empty_traceback). */
const UNKNOWN: Traceback = { frames: ["<unknown>", 0], total: 1 }

/**
 * The size model of one of CPython's _Py_hashtable_t tables, for get_tracemalloc_memory():
 * 80 bytes of table, 8 per bucket, 32 per entry; the bucket count is a power of two, at
 * least 16, doubled past a load of 0.5 and shrunk under 0.1. @cpython Python/hashtable.c
 */
class TableSize {
  entries = 0
  buckets = 16

  added(): void {
    this.entries++
    if (this.entries / this.buckets > 0.5) this.rehash()
  }

  removed(): void {
    this.entries--
    if (this.entries / this.buckets < 0.1) this.rehash()
  }

  cleared(): void {
    this.entries = 0
    this.rehash()
  }

  get bytes(): number {
    return 80 + this.buckets * 8 + this.entries * 32
  }

  /** hashtable_rehash: round_size(entries * 2 / (0.1 + 0.5)). */
  private rehash(): void {
    const want = Math.floor((this.entries * 2.0) / (0.1 + 0.5))
    let n = 16
    while (n < want) n *= 2
    this.buckets = n
  }
}

/** The tracer of one interpreter: its traces, interned tracebacks and counters. */
export class TracemallocState {
  tracing = false
  /** The traceback limit; kept after stop(), as CPython keeps it. */
  maxNframe = 1
  /** Bytes in traced blocks now, and the most there were since the last reset. */
  current = 0
  peak = 0
  private readonly traces = new NumMap<Trace>()
  private readonly tracebacks = new Map<string, Traceback>()
  /**
   * The interned file names (its keys), each with traceback1's index of its interned
   * one-frame tracebacks: line * 65536 + depth -> traceback.
   */
  private readonly files = new Map<string, Map<number, Traceback>>()
  private readonly traceTable = new TableSize()
  private readonly tracebackTable = new TableSize()
  private readonly filenameTable = new TableSize()
  /** Set while tracemalloc itself builds Python objects (_get_traces): they are not traced. */
  private suspended = false
  private unsubscribe: (() => void) | null = null

  constructor(private readonly vm: VM) {}

  /** tracemalloc_start: a second start() while tracing changes nothing, not even the limit. */
  start(nframe: number): void {
    if (this.tracing) return
    this.maxNframe = nframe
    this.tracing = true
    const rt = this.vm.rt
    // A custom ObjectHeap (not heapscope's pymalloc) has no hooks: nothing gets traced.
    if (!(rt.heap instanceof PymallocHeap)) return
    this.unsubscribe = rt.heap.allocator.subscribe({
      alloc: (_d, addr, size) => {
        if (!this.suspended) this.add(addr, size)
      },
      free: (_d, addr) => this.remove(addr),
      realloc: (_d, old, addr, size) => {
        if (old !== 0 && (old !== addr || this.suspended)) this.remove(old)
        if (!this.suspended) this.add(addr, size)
      },
    })
    rt.hooks.newReference = (_rt, o) => this.restamp(o)
  }

  /** tracemalloc_stop: unhooks and forgets every trace. */
  stop(): void {
    if (!this.tracing) return
    this.tracing = false
    this.unsubscribe?.()
    this.unsubscribe = null
    this.vm.rt.hooks.newReference = null
    this.clear()
  }

  /** tracemalloc_clear_traces: no traces, no tracebacks, counters at 0. */
  clear(): void {
    this.traces.clear()
    this.tracebacks.clear()
    this.files.clear()
    this.traceTable.cleared()
    this.tracebackTable.cleared()
    this.filenameTable.cleared()
    this.current = 0
    this.peak = 0
  }

  /** Bytes of tracemalloc's own tables, as CPython's _Py_hashtable_size() adds them up. */
  ownMemory(): number {
    return this.traceTable.bytes + this.tracebackTable.bytes + this.filenameTable.bytes
  }

  /** The trace of the block at `addr`, if it is traced. */
  traceAt(addr: number): Trace | undefined {
    return this.traces.get(addr)
  }

  /** Every trace, with tracing of tracemalloc's own allocations suspended while `use` runs. */
  withTraces<T>(use: (traces: Iterable<Trace>) => T): T {
    const was = this.suspended
    this.suspended = true
    try {
      return use([...this.traces.values()])
    } finally {
      this.suspended = was
    }
  }

  /** tracemalloc_add_trace: a new block, or new size and traceback for a traced one. */
  private add(addr: number, size: number): void {
    const tb = this.traceback()
    const old = this.traces.get(addr)
    if (old !== undefined) {
      this.current -= old.size
      old.size = size
      old.tb = tb
    } else {
      this.traces.set(addr, { size, tb })
      this.traceTable.added()
    }
    const c = (this.current += size)
    if (c > this.peak) this.peak = c
  }

  /** tracemalloc_remove_trace: frees of untraced blocks are ignored. */
  private remove(addr: number): void {
    const t = this.traces.get(addr)
    if (t === undefined) return
    this.traces.delete(addr)
    this.traceTable.removed()
    this.current -= t.size
  }

  /**
   * _PyTraceMalloc_NewReference: a free-listed object handed out again takes the traceback
   * of its new life, if its block is traced. The block is looked up at the object's address
   * less the GC header (CPython 3.11 forgets the managed-dict pre-header).
   */
  private restamp(o: PyObject): void {
    if (this.suspended) return
    const t = this.traces.get(objectBlock(o))
    if (t !== undefined) t.tb = this.traceback()
  }

  /** traceback_new: the running frames, most recent first, interned. */
  private traceback(): Traceback {
    let f = this.vm.frame
    if (f === null) return UNKNOWN
    const max = this.maxNframe
    if (max === 1) return this.traceback1(f)
    const frames: (string | number)[] = []
    let total = 0
    for (; f !== null; f = f.back) {
      if (frames.length < 2 * max) {
        const line = f.lineno
        frames.push(f.code.filename, line < 0 ? 0 : line)
      }
      if (total < MAX_NFRAME) total++
    }
    const key = `${total}\u0000${frames.join("\u0000")}`
    const known = this.tracebacks.get(key)
    if (known !== undefined) return known
    return this.intern(key, { frames, total })
  }

  /**
   * The traceback of one frame (the default limit), found without building a string: per
   * file, a map from line and stack depth.
   */
  private traceback1(top: Frame): Traceback {
    let total = 0
    for (let f: Frame | null = top; f !== null && total < MAX_NFRAME; f = f.back) total++
    const name = top.code.filename
    const line = Math.max(0, top.lineno)
    const k = line * 65536 + total
    const known = this.files.get(name)?.get(k)
    if (known !== undefined) return known
    const tb = this.intern(`${total}\u0000${name}\u0000${line}`, { frames: [name, line], total })
    this.files.get(name)!.set(k, tb)
    return tb
  }

  /** Adds a new traceback to the interned ones (and its file names to theirs). */
  private intern(key: string, tb: Traceback): Traceback {
    this.tracebacks.set(key, tb)
    this.tracebackTable.added()
    for (let i = 0; i < tb.frames.length; i += 2) {
      const name = tb.frames[i] as string
      if (!this.files.has(name)) {
        this.files.set(name, new Map())
        this.filenameTable.added()
      }
    }
    return tb
  }
}

/** The address tracemalloc looks a Python object's block up by (3.11's rule, quirk included). */
function objectBlock(o: PyObject): number {
  return (o.type.flags & TypeFlags.HAVE_GC) !== 0 ? o.addr - GC_HEAD_SIZE : o.addr
}

/** The traceback as _tracemalloc returns it: a tuple of (filename, lineno), most recent first. */
function tracebackTuple(rt: Runtime, tb: Traceback): PyObject {
  const items: PyObject[] = []
  for (let i = 0; i < tb.frames.length; i += 2) {
    items.push(
      newTuple(rt, [newStr(rt, tb.frames[i] as string), newInt(rt, tb.frames[i + 1] as number)]),
    )
  }
  return newTuple(rt, items)
}

/** Creates the _tracemalloc module (new reference). */
export function makeTracemallocModule(vm: VM, state: TracemallocState): PyObject {
  const rt = vm.rt
  const mod = newModule(vm, "_tracemalloc")
  const d = moduleDict(mod)
  const def = (name: string, fn: MethodImpl, kind: "noargs" | "o" | "fast"): void => {
    const f = newBuiltinFunction(rt, name, { fn, kind }, mod, "_tracemalloc")
    ab.setItem(rt, d, intern(rt, name), f)
    decref(rt, f)
  }
  const none = (): PyObject => (rt.None.rc++, rt.None)
  const bool = (b: boolean): PyObject => {
    const o = b ? rt.True : rt.False
    o.rc++
    return o
  }

  def(
    "start",
    (rt2, _self, args) => {
      if (args.length > 1) typeError(rt2, `start expected at most 1 argument, got ${args.length}`)
      let n = 1
      if (args.length === 1) {
        // _PyLong_AsInt: clamp first, then the C int range decides.
        const v = ab.asSsize(rt2, args[0]!, null)
        if (v > 2147483647 || v < -2147483648)
          raise(rt2, rt2.t.OverflowError, "Python int too large to convert to C int")
        n = v
      }
      if (n < 1 || n > MAX_NFRAME)
        valueError(rt2, `the number of frames must be in range [1; ${MAX_NFRAME}]`)
      state.start(n)
      return none()
    },
    "fast",
  )
  def("stop", () => (state.stop(), none()), "noargs")
  def("is_tracing", () => bool(state.tracing), "noargs")
  def("clear_traces", () => (state.tracing && state.clear(), none()), "noargs")
  def("get_traceback_limit", (rt2) => newInt(rt2, state.maxNframe), "noargs")
  def(
    "get_traced_memory",
    // Both figures are read first; the tuple and ints made to return them are traced.
    (rt2) => {
      const current = state.tracing ? state.current : 0
      const peak = state.tracing ? state.peak : 0
      return newTuple(rt2, [newInt(rt2, current), newInt(rt2, peak)])
    },
    "noargs",
  )
  def("reset_peak", () => ((state.peak = state.current), none()), "noargs")
  def("get_tracemalloc_memory", (rt2) => newInt(rt2, state.ownMemory()), "noargs")
  def(
    "_get_traces",
    (rt2) => {
      if (!state.tracing) return newList(rt2, [])
      return state.withTraces((traces) => {
        // One tuple per traceback, shared by its traces, as CPython's conversion cache does.
        const tuples = new Map<Traceback, PyObject>()
        const items: PyObject[] = []
        try {
          for (const t of traces) {
            let tbt = tuples.get(t.tb)
            if (tbt === undefined) {
              tbt = tracebackTuple(rt2, t.tb)
              tuples.set(t.tb, tbt)
            }
            tbt.rc++
            items.push(
              newTuple(rt2, [newInt(rt2, 0), newInt(rt2, t.size), tbt, newInt(rt2, t.tb.total)]),
            )
          }
          return newList(rt2, items)
        } finally {
          for (const tbt of tuples.values()) decref(rt2, tbt)
        }
      })
    },
    "noargs",
  )
  def(
    "_get_object_traceback",
    (rt2, _self, args) => {
      if (!state.tracing) return none()
      const t = state.traceAt(objectBlock(args[0]!))
      if (t === undefined) return none()
      return tracebackTuple(rt2, t.tb)
    },
    "o",
  )
  return mod
}
