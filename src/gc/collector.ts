// The generational cycle collector, as CPython 3.11's Modules/gcmodule.c.
//
// Reference counting frees everything except cycles. The collector finds
// groups of container objects that are referenced only from inside the group
// and frees them. Containers are tracked in three generations; a new one goes
// to the end of generation 0. A collection of generation g examines
// generations 0..g ("young"); survivors move to generation g+1 ("old").
//
//   gen 0 (young) ──survivors──► gen 1 ──survivors──► gen 2 ◄── survivors of gen 2
//   threshold 700                threshold 10         threshold 10
//   count = allocations          count = gen-0        count = gen-1
//           minus frees                  collections          collections
//
// One collection (collectMain), with the state of the lists at each step:
//   1. merge gens 0..g-1 into gen g                     young = gen g
//   2. updateRefs: gc_refs = refcount                   (gcPrev holds gc_refs)
//   3. subtractRefs: minus references from inside young
//   4. moveUnreachable: gc_refs == 0 and not reachable from an object with
//      gc_refs > 0  →  `unreachable`                    (gcPrev is a link again)
//      and, in the same walk, untrack tuples whose items cannot be in a cycle
//   5. promote young to old (a full collection untracks such dicts instead)
//   6. clear weakrefs to unreachable objects and call their callbacks
//   7. call finalizers (__del__, PEP 442) of unreachable objects, once each
//   8. recompute reachability: resurrected objects go to old
//   9. tp_clear each remaining object; what survives that goes to old
//
// The result is CPython's in every observable way (return values, order of
// finalizers, callbacks and frees, what stays tracked), but with fewer walks
// over the lists, each a pass over every object (a cache miss or two per
// object for a large heap): untrack_tuples is folded into move_unreachable,
// the sizes CPython counts with gc_list_size come from the passes' own
// counts, and steps 6-8 are skipped when they cannot do anything (no live
// weakref; no finalizer to call; no Python code ran, so nothing can have
// been resurrected).
//
// Flag bits (PyObject.gcFlags), as CPython's bits in _gc_prev/_gc_next:
//   FINALIZED    __del__ ran; never run it again (PEP 442)
//   COLLECTING   the object belongs to the generation being collected
// CPython's third bit, NEXT_MASK_UNREACHABLE, is not needed: during
// moveUnreachable an object marked COLLECTING is tentatively unreachable
// exactly when its gcPrev is a link (an object) rather than gc_refs.
//
// @cpython Modules/gcmodule.c gc_collect_main, deduce_unreachable, move_unreachable

import { stackHasRoom } from "../util/stack-room.js"
import { raise } from "../objects/errors.js"
import { decref } from "../objects/refcount.js"
import { GCFlag, type PyObject } from "../objects/object.js"
import type { Runtime } from "../objects/runtime.js"
import type { PyType } from "../objects/type.js"
import { gcUntrack } from "../objects/gcstate.js"
import { assert } from "../util/assert.js"
import {
  listInit,
  listIsEmpty,
  listMerge,
  listMove,
  listMoveRun,
  listSize,
  newListHead,
  checkList,
} from "./lists.js"

export { GCFlag }

/** gc.DEBUG_* flags, with CPython's values. */
export const GCDebug = {
  STATS: 1,
  COLLECTABLE: 2,
  UNCOLLECTABLE: 4,
  SAVEALL: 32,
  LEAK: 2 | 4 | 32,
} as const

/** Number of generations (NUM_GENERATIONS). */
export const NUM_GENERATIONS = 3

/** One generation: its list, threshold and count. */
export interface Generation {
  head: PyObject
  threshold: number
  count: number
}

/** Cumulative statistics of one generation (gc.get_stats()). */
export interface GenerationStats {
  collections: number
  collected: number
  uncollectable: number
}

/** What a collection reports to listeners (gc.callbacks, the event stream). */
export interface CollectionInfo {
  generation: number
  collected: number
  uncollectable: number
}

/**
 * Hooks through which the collector reaches code above it (weakrefs, the
 * `gc` module's callbacks and stderr). Unset hooks cost one null check.
 */
export interface GCHooks {
  /**
   * handle_weakrefs: clear the weakrefs to every object of `unreachable` and
   * call the callbacks that must run; returns how many weakref objects with
   * callbacks were freed by it (they count as collected). Installed by the
   * weakref implementation.
   */
  handleWeakrefs:
    ((rt: Runtime, gc: GCState, unreachable: PyObject, old: PyObject) => number) | null
  /** Called with "start" and "stop" around every collection except at shutdown (gc.callbacks). */
  onCollect: ((rt: Runtime, phase: "start" | "stop", info: CollectionInfo) => void) | null
  /** Writes debug output (DEBUG_STATS and friends) to sys.stderr. */
  writeStderr: ((rt: Runtime, text: string) => void) | null
  /** Empties the free lists (a full collection does this, as 3.11's clear_freelists). */
  clearFreelists: ((rt: Runtime) => void) | null
  /** Appends `o` to gc.garbage (DEBUG_SAVEALL and uncollectable objects). */
  saveGarbage: ((rt: Runtime, o: PyObject) => void) | null
  /** Reports an exception raised by a finalizer or tp_clear during collection. */
  unraisable: ((rt: Runtime, exc: PyObject, where: string) => void) | null
  /** A monotonic clock in seconds, for DEBUG_STATS' elapsed time. */
  clock: (() => number) | null
}

/** The collector's state for one interpreter (GCState in pycore_gc.h). */
export class GCState {
  readonly generations: Generation[]
  /** Objects moved out of reach of the collector by gc.freeze(). */
  readonly permanent: Generation
  enabled: boolean
  debug: number
  /** True while a collection runs; prevents re-entrant collections. */
  collecting: boolean
  /**
   * Survivors of the last full collection, and objects promoted into the
   * oldest generation since then: a full collection runs only when the
   * pending ones reach a quarter of the total.
   */
  longLivedTotal: number
  longLivedPending: number
  readonly stats: GenerationStats[]
  /**
   * Non-zero while an exception is being set up or unwound by the runtime
   * (CPython's PyErr_Occurred() check in _PyObject_GC_Link): no automatic
   * collection starts then.
   */
  errorPending: number
  /**
   * Python code run by the collection under way (finalizers, weakref
   * callbacks); while it is 0 no reference to an unreachable object can have
   * been made since the move pass.
   */
  pythonCalls: number
  readonly hooks: GCHooks

  constructor(gen0Head: PyObject) {
    this.generations = [
      { head: gen0Head, threshold: 700, count: 0 },
      { head: newListHead(), threshold: 10, count: 0 },
      { head: newListHead(), threshold: 10, count: 0 },
    ]
    this.permanent = { head: newListHead(), threshold: 0, count: 0 }
    this.enabled = true
    this.debug = 0
    this.collecting = false
    this.longLivedTotal = 0
    this.longLivedPending = 0
    this.stats = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }))
    this.errorPending = 0
    this.pythonCalls = 0
    this.hooks = {
      handleWeakrefs: null,
      onCollect: null,
      writeStderr: null,
      clearFreelists: null,
      saveGarbage: null,
      unraisable: null,
      clock: null,
    }
  }
}

/**
 * Creates the collector for `rt` and installs its allocation hooks, so that
 * allocating GC objects counts towards generation 0 and may collect at once
 * (3.11 collects synchronously inside the allocation). Generation 0 is the
 * runtime's list of tracked objects, so objects tracked before this call
 * are in generation 0.
 */
export function installCollector(rt: Runtime): GCState {
  let head = rt.gcHead
  if (head === null) {
    head = newListHead()
    rt.gcHead = head
  }
  const gc = new GCState(head)
  rt.hooks.gcLink = () => gcLink(rt, gc)
  rt.hooks.gcUnlink = () => {
    if (gc.generations[0]!.count > 0) gc.generations[0]!.count--
  }
  return gc
}

/**
 * _PyObject_GC_Link: a GC object was just allocated. Counts it and, when
 * generation 0 is over its threshold, runs the automatic collection.
 */
export function gcLink(rt: Runtime, gc: GCState): void {
  const g0 = gc.generations[0]!
  g0.count++
  if (
    g0.count > g0.threshold &&
    gc.enabled &&
    g0.threshold !== 0 &&
    !gc.collecting &&
    gc.errorPending === 0 &&
    // Deep in a recursion the collection waits for an allocation with stack to spare:
    // a stack overflow halfway would leave the generation lists half rewritten.
    stackHasRoom()
  ) {
    gc.collecting = true
    try {
      collectGenerations(rt, gc)
    } finally {
      gc.collecting = false
    }
  }
}

/**
 * gc_collect_generations: collects the oldest generation whose count exceeds
 * its threshold, except that the oldest one waits until enough objects are
 * pending (long_lived_pending >= long_lived_total / 4). Returns the number of
 * unreachable objects found.
 */
export function collectGenerations(rt: Runtime, gc: GCState): number {
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    const g = gc.generations[i]!
    if (g.count > g.threshold) {
      if (i === NUM_GENERATIONS - 1 && gc.longLivedPending < Math.floor(gc.longLivedTotal / 4))
        continue
      return collectWithCallback(rt, gc, i)
    }
  }
  return 0
}

/**
 * gc.collect(generation): a collection requested by Python code. Returns 0
 * without collecting when a collection is already running.
 */
export function collect(rt: Runtime, gc: GCState, generation: number): number {
  assert(generation >= 0 && generation < NUM_GENERATIONS, "collect: generation out of range")
  if (gc.collecting) return 0
  // gc.collect() at the bottom of a deep recursion: RecursionError rather than a
  // collection cut in half by a stack overflow.
  if (!stackHasRoom()) raise(rt, rt.t.RecursionError, "maximum recursion depth exceeded")
  gc.collecting = true
  try {
    return collectWithCallback(rt, gc, generation)
  } finally {
    gc.collecting = false
  }
}

/** gc_collect_with_callback: one collection between the "start" and "stop" callbacks. */
function collectWithCallback(rt: Runtime, gc: GCState, generation: number): number {
  const notify = gc.hooks.onCollect
  if (notify !== null) notify(rt, "start", { generation, collected: 0, uncollectable: 0 })
  if (rt.listener !== null)
    rt.listener({ kind: "gc-start", generation, sizes: generationSizes(gc) })
  const result = collectMain(rt, gc, generation)
  if (rt.listener !== null) {
    rt.listener({ kind: "gc-stop", generation, ...result, sizes: generationSizes(gc) })
  }
  if (notify !== null)
    notify(rt, "stop", {
      generation,
      collected: result.collected,
      uncollectable: result.uncollectable,
    })
  return result.collected + result.uncollectable
}

function generationSizes(gc: GCState): [number, number, number] {
  const g = gc.generations
  return [listSize(g[0]!.head), listSize(g[1]!.head), listSize(g[2]!.head)]
}

function debugCycle(rt: Runtime, gc: GCState, what: string, o: PyObject): void {
  gc.hooks.writeStderr?.(rt, `gc: ${what} <${o.type.name} 0x${o.addr.toString(16)}>\n`)
}

/**
 * Frees the tracked objects left at count 0 by a dealloc call that a JS stack
 * overflow cut off (Runtime.maybeStranded). Nothing refers to them; freeing
 * them now, with the stack unwound, is what their dealloc would have done.
 */
function freeStranded(rt: Runtime, gc: GCState): void {
  rt.maybeStranded = false
  const stranded: PyObject[] = []
  for (const g of [...gc.generations, gc.permanent]) {
    for (let o = g.head.gcNext as PyObject; o !== g.head; o = o.gcNext as PyObject)
      if (o.rc === 0) stranded.push(o)
  }
  for (const o of stranded) {
    if (o.rc !== 0 || o.gcNext === null) continue // freed meanwhile by another's dealloc
    o.rc = 1
    decref(rt, o)
  }
}

/**
 * gc_collect_main: collects generation `generation` and the younger ones.
 * Returns the number of objects found unreachable (collected: freed or
 * queued, including weakrefs whose callbacks freed them) and uncollectable.
 */
export function collectMain(
  rt: Runtime,
  gc: GCState,
  generation: number,
): { collected: number; uncollectable: number } {
  const gens = gc.generations
  if (rt.maybeStranded) freeStranded(rt, gc)
  let t0 = 0
  if ((gc.debug & GCDebug.STATS) !== 0) {
    const sizes = gens.map((g) => listSize(g.head))
    gc.hooks.writeStderr?.(
      rt,
      `gc: collecting generation ${generation}...\n` +
        `gc: objects in each generation: ${sizes.join(" ")}\n` +
        `gc: objects in permanent generation: ${listSize(gc.permanent.head)}\n`,
    )
    t0 = gc.hooks.clock?.() ?? 0
  }

  // Update the counters: this collection counts towards the next generation.
  if (generation + 1 < NUM_GENERATIONS) gens[generation + 1]!.count += 1
  for (let i = 0; i <= generation; i++) gens[i]!.count = 0

  // Merge the younger generations into the one being collected.
  for (let i = 0; i < generation; i++) listMerge(gens[i]!.head, gens[generation]!.head)
  const young = gens[generation]!.head
  const old = generation < NUM_GENERATIONS - 1 ? gens[generation + 1]!.head : young

  // Find everything in young that is unreachable from outside it. The move
  // pass also untracks the tuples that cannot be in a cycle (untrack_tuples)
  // and counts what it leaves in each list.
  const unreachable = newListHead()
  const full = young === old
  const pass = new Pass(rt, young, true, full)
  deduceUnreachable(young, unreachable, pass, full && listIsEmpty(gc.permanent.head))

  // Move the survivors to the older generation.
  if (!full) {
    if (generation === NUM_GENERATIONS - 2) gc.longLivedPending += pass.reachable
    listMerge(young, old)
  } else {
    // A full collection: dicts holding only atomic values are untracked here,
    // and the count of long-lived objects restarts.
    const untracked = untrackDicts(rt, pass.dicts!)
    gc.longLivedPending = 0
    gc.longLivedTotal = pass.reachable - untracked
  }

  // No heapscope type has a legacy tp_del finalizer (Python classes never do
  // since 3.4), so CPython's `finalizers` list, and with it the uncollectable
  // count, stays empty.

  if ((gc.debug & GCDebug.COLLECTABLE) !== 0) {
    for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject) {
      debugCycle(rt, gc, "collectable", o)
    }
  }

  // Clear weakrefs to the unreachable objects and call their callbacks.
  let collected = 0
  gc.pythonCalls = 0
  if (gc.hooks.handleWeakrefs !== null)
    collected += gc.hooks.handleWeakrefs(rt, gc, unreachable, old)

  // Call __del__ (tp_finalize) of the unreachable objects. When no unreachable
  // object has one and no weakref callback ran (which could have given a
  // class a __del__), there is nothing to call.
  if (pass.sawFinalizer || gc.pythonCalls !== 0) finalizeGarbage(rt, gc, unreachable)

  // Finalizers may have resurrected objects: recompute, keep the resurrected
  // ones. When no Python code ran since the move pass (no finalizer, no
  // callback), no reference to an unreachable object can have been made:
  // recomputing would find exactly `unreachable` again, in the same order,
  // so it is skipped.
  let finalUnreachable = unreachable
  let garbage = pass.unreachable
  if (gc.pythonCalls !== 0) {
    finalUnreachable = newListHead()
    const again = new Pass(rt, unreachable, false, false)
    deduceUnreachable(unreachable, finalUnreachable, again, false)
    listMerge(unreachable, old)
    garbage = again.unreachable
  }

  // Break the cycles that remain.
  collected += garbage
  deleteGarbage(rt, gc, finalUnreachable, old)

  const uncollectable = 0
  if ((gc.debug & GCDebug.STATS) !== 0) {
    const elapsed = (gc.hooks.clock?.() ?? 0) - t0
    gc.hooks.writeStderr?.(
      rt,
      `gc: done, ${collected + uncollectable} unreachable, ${uncollectable} uncollectable, ${elapsed.toFixed(4)}s elapsed\n`,
    )
  }

  if (generation === NUM_GENERATIONS - 1) gc.hooks.clearFreelists?.(rt)

  const stats = gc.stats[generation]!
  stats.collections++
  stats.collected += collected
  stats.uncollectable += uncollectable
  return { collected, uncollectable }
}

/**
 * The state of one deduceUnreachable: the exact types whose items the passes
 * walk directly, the untracking folded into the move pass, and what that
 * pass counted. One per pass (no module-level state); the visitor closure
 * for other types is made once here, not per object.
 */
class Pass {
  readonly listType: PyType
  readonly tupleType: PyType
  readonly dictType: PyType
  /** untrack_tuples is folded into the move pass (the first deduce of a collection only). */
  readonly untrackTuples: boolean
  /**
   * The exact dicts left in young that untrack_dicts must examine (full
   * collections only), else null: those whose referents are all non-GC
   * objects or tuples. A dict with another GC referent always stays tracked.
   */
  readonly dicts: PyObject[] | null
  /** tp_traverse's visitor of the move pass, for the types walked through their traverse. */
  readonly visitReachable: (child: PyObject) => void
  /** The same for exact dicts in a full collection: also notes a GC referent that is not a tuple. */
  readonly visitDictReachable: (child: PyObject) => void
  /** Set by visitDictReachable. */
  dictKeeps = false
  /** Objects left in young after the move pass. */
  reachable = 0
  /** Objects in `unreachable` after the move pass. */
  unreachable = 0
  /** Whether an object not finalized yet and with a tp_finalize was moved to `unreachable`. */
  sawFinalizer = false

  constructor(rt: Runtime, young: PyObject, untrackTuples: boolean, collectDicts: boolean) {
    this.listType = rt.t.list
    this.tupleType = rt.t.tuple
    this.dictType = rt.t.dict
    this.untrackTuples = untrackTuples
    this.dicts = collectDicts ? [] : null
    this.visitReachable = (child) => visitReachable(child, young)
    const tupleType = this.tupleType
    this.visitDictReachable = (child) => {
      visitReachable(child, young)
      if (child.type !== tupleType && child.type.isGC) this.dictKeeps = true
    }
  }
}

/**
 * deduce_unreachable: after this, `base` holds the objects reachable from
 * outside it (COLLECTING cleared) and `unreachable` the others (COLLECTING
 * set), each list properly doubly linked again. `everyTracked` says that
 * `base` holds every tracked object (a full collection with nothing
 * frozen): then update_refs and subtract_refs take one walk instead of two.
 */
function deduceUnreachable(
  base: PyObject,
  unreachable: PyObject,
  pass: Pass,
  everyTracked: boolean,
): void {
  let total: number
  if (everyTracked) {
    total = updateAndSubtractRefs(base, pass)
  } else {
    total = updateRefs(base)
    subtractRefs(base, pass)
  }
  listInit(unreachable)
  moveUnreachable(base, unreachable, total, pass)
}

/**
 * update_refs: gc_refs = refcount for every object in `containers`, which are
 * marked COLLECTING. After this, gcPrev of those objects holds gc_refs.
 * Returns the number of objects.
 */
function updateRefs(containers: PyObject): number {
  let n = 0
  for (let o = containers.gcNext as PyObject; o !== containers; o = o.gcNext as PyObject) {
    assert(o.rc > 0, "gc: an object in a generation has refcount 0")
    o.gcPrev = o.rc
    o.gcFlags |= GCFlag.COLLECTING
    n++
  }
  return n
}

/**
 * subtract_refs: for every reference from one object of `containers` to
 * another, decrement the target's gc_refs. After this, gc_refs > 0 exactly
 * for objects referenced from outside `containers`. Exact lists and tuples
 * are walked here directly (their items are `o.v`, what their traverse
 * visits); every other type through its tp_traverse.
 */
function subtractRefs(containers: PyObject, pass: Pass): void {
  const listType = pass.listType
  const tupleType = pass.tupleType
  for (let o = containers.gcNext as PyObject; o !== containers; o = o.gcNext as PyObject) {
    const type = o.type
    if (type === listType || type === tupleType) {
      const items = o.v as PyObject[]
      for (let i = items.length - 1; i >= 0; i--) visitDecref(items[i]!)
    } else {
      const traverse = type.traverse
      if (traverse !== null) traverse(o, visitDecref)
    }
  }
}

/** The visitor of subtract_refs: every object marked COLLECTING has a numeric gcPrev then. */
function visitDecref(child: PyObject): void {
  if ((child.gcFlags & GCFlag.COLLECTING) !== 0) child.gcPrev = (child.gcPrev as number) - 1
}

/**
 * update_refs and subtract_refs in one walk over `containers`, which must
 * hold every tracked object. Then "the referent is being collected" is "the
 * referent is tracked" (gcNext not null), known before the walk reaches it,
 * and an object's gc_refs is set from its refcount when it is first met,
 * as a referent or in the walk; COLLECTING marks the objects met so far.
 * Every object ends with the gc_refs the two separate passes give it.
 * Returns the number of objects.
 */
function updateAndSubtractRefs(containers: PyObject, pass: Pass): number {
  const listType = pass.listType
  const tupleType = pass.tupleType
  let n = 0
  for (let o = containers.gcNext as PyObject; o !== containers; o = o.gcNext as PyObject) {
    const flags = o.gcFlags
    if ((flags & GCFlag.COLLECTING) === 0) {
      assert(o.rc > 0, "gc: an object in a generation has refcount 0")
      o.gcPrev = o.rc
      o.gcFlags = flags | GCFlag.COLLECTING
    }
    n++
    const type = o.type
    if (type === listType || type === tupleType) {
      const items = o.v as PyObject[]
      for (let i = items.length - 1; i >= 0; i--) visitDecrefTracked(items[i]!)
    } else {
      const traverse = type.traverse
      if (traverse !== null) traverse(o, visitDecrefTracked)
    }
  }
  return n
}

/** The visitor of updateAndSubtractRefs. */
function visitDecrefTracked(child: PyObject): void {
  if (child.gcNext === null) return // not tracked: not being collected
  const flags = child.gcFlags
  if ((flags & GCFlag.COLLECTING) === 0) {
    child.gcPrev = child.rc - 1
    child.gcFlags = flags | GCFlag.COLLECTING
  } else {
    child.gcPrev = (child.gcPrev as number) - 1
  }
}

/**
 * The visitor of move_unreachable, for a referent of a reachable object of
 * `young`. While the move pass runs, an object marked COLLECTING is either
 * ahead in young (gcPrev: its gc_refs, a number) or tentatively unreachable
 * (gcPrev: a link in `unreachable`, an object); reachable objects already
 * passed have lost the mark.
 */
function visitReachable(child: PyObject, young: PyObject): void {
  if ((child.gcFlags & GCFlag.COLLECTING) === 0) return // not in the generation being collected
  const gcPrev = child.gcPrev
  if (typeof gcPrev !== "number") {
    // Tentatively unreachable, but reachable after all: back to the end of young.
    const p = gcPrev as PyObject
    const n = child.gcNext as PyObject
    p.gcNext = n
    n.gcPrev = p
    // Append to young: its last element is `young.gcPrev`, which the move
    // pass keeps up to date for this purpose.
    const last = young.gcPrev as PyObject
    last.gcNext = child
    child.gcPrev = 1
    child.gcNext = young
    young.gcPrev = child
  } else if (gcPrev === 0) {
    child.gcPrev = 1
  }
  // else: still ahead in young with gc_refs > 0.
}

/**
 * move_unreachable: walks `young` in order. An object with gc_refs > 0 is
 * reachable: its referents in young become reachable too (gc_refs 1, or moved
 * back from `unreachable` to the end of young). An object with gc_refs == 0
 * is moved, tentatively, to the end of `unreachable`.
 *
 * Loop invariant: every object before `o` in young is reachable and has its
 * gcPrev link restored and COLLECTING cleared; objects in `unreachable` have
 * gc_refs 0 so far, COLLECTING set, and proper links.
 *
 * Folded in, for the first deduce of a collection: untrack_tuples (an exact
 * tuple is examined when the walk reaches it as reachable, which is the
 * order in which CPython's separate pass over young would see it afterwards,
 * with every item in the same tracked state), and the list of exact dicts
 * for untrack_dicts.
 */
function moveUnreachable(young: PyObject, unreachable: PyObject, total: number, pass: Pass): void {
  const listType = pass.listType
  const tupleType = pass.tupleType
  const untrackTuples = pass.untrackTuples
  const dicts = pass.dicts
  const dictType = dicts !== null ? pass.dictType : null
  const visit = pass.visitReachable
  let reachable = 0
  let untracked = 0
  let prev = young
  let o = young.gcNext as PyObject
  // young.gcPrev is the last element of young while we walk; objects still
  // ahead of `o` keep numeric gcPrev, so only the head's link is a pointer.
  while (o !== young) {
    if (o.gcPrev !== 0) {
      const type = o.type
      if (type === listType || type === tupleType) {
        const items = o.v as PyObject[]
        for (let i = items.length - 1; i >= 0; i--) visitReachable(items[i]!, young)
        if (type === tupleType && untrackTuples && tupleMayUntrack(items, tupleType)) {
          // Untracked: unlinked from young (its links are cleared, the
          // flag too, so later visits ignore it).
          const next = o.gcNext as PyObject
          prev.gcNext = next
          if (young.gcPrev === o) young.gcPrev = prev
          o.gcNext = null
          o.gcPrev = null
          o.gcFlags &= ~GCFlag.COLLECTING
          untracked++
          o = next
          continue
        }
      } else if (type === dictType) {
        // (_PyObject_GC_MAY_BE_TRACKED of a GC object that is not a tuple
        // is true whatever happens to it: such a dict stays tracked.)
        pass.dictKeeps = false
        type.traverse!(o, pass.visitDictReachable)
        if (!pass.dictKeeps) dicts!.push(o)
      } else {
        const traverse = type.traverse
        if (traverse !== null) traverse(o, visit)
      }
      o.gcPrev = prev
      o.gcFlags &= ~GCFlag.COLLECTING
      reachable++
      prev = o
      o = prev.gcNext as PyObject
    } else {
      // Unlink from young (singly: the next object's gcPrev is its gc_refs).
      const next = o.gcNext as PyObject
      prev.gcNext = next
      if (next === young) young.gcPrev = prev
      const last = unreachable.gcPrev as PyObject
      last.gcNext = o
      o.gcPrev = last
      o.gcNext = unreachable
      unreachable.gcPrev = o
      if (o.type.finalize !== null && (o.gcFlags & GCFlag.FINALIZED) === 0) pass.sawFinalizer = true
      o = next
    }
  }
  young.gcPrev = prev
  pass.reachable = reachable
  pass.unreachable = total - reachable - untracked
}

/**
 * _PyTuple_MaybeUntrack's test: whether no item of a tuple may be tracked
 * (_PyObject_GC_MAY_BE_TRACKED: a GC object, except an untracked tuple).
 */
function tupleMayUntrack(items: PyObject[], tupleType: PyType): boolean {
  for (let i = 0; i < items.length; i++) {
    const child = items[i]!
    if (!child.type.isGC) continue
    if (child.type === tupleType && child.gcNext === null) continue
    return false
  }
  return true
}

/**
 * untrack_dicts over the exact dicts the move pass left in young, in list
 * order (_PyDict_MaybeUntrack: untracked when no value, nor key of a
 * non-str-keyed table, may be tracked; the children are what the dict's
 * traverse visits). Runs after every tuple was examined, as CPython's pass
 * does. Returns the number of dicts untracked.
 */
function untrackDicts(rt: Runtime, dicts: PyObject[]): number {
  const tupleType = rt.t.tuple
  let keep = false
  const visit = (child: PyObject): void => {
    if (keep || !child.type.isGC) return
    if (child.type === tupleType && child.gcNext === null) return
    keep = true
  }
  let n = 0
  for (let i = 0; i < dicts.length; i++) {
    const d = dicts[i]!
    keep = false
    d.type.traverse!(d, visit)
    if (!keep) {
      gcUntrack(rt, d)
      n++
    }
  }
  return n
}

/**
 * finalize_garbage: calls tp_finalize (__del__) of each object of
 * `collectable` that has one and was not finalized yet, in list order. The
 * finalizers may free objects (they leave the lists as they die), so before
 * a finalizer runs, its object and those before it are moved to a `seen`
 * list (CPython moves every object there one by one; moving the run of
 * objects without a finalizer at once is the same).
 */
function finalizeGarbage(rt: Runtime, gc: GCState, collectable: PyObject): void {
  const seen = newListHead()
  let o = collectable.gcNext as PyObject
  while (o !== collectable) {
    const finalize = o.type.finalize
    if ((o.gcFlags & GCFlag.FINALIZED) !== 0 || finalize === null) {
      o = o.gcNext as PyObject
      continue
    }
    listMoveRun(collectable, o, seen)
    o.gcFlags |= GCFlag.FINALIZED
    if (rt.listener !== null) {
      rt.listener({ kind: "finalize", object: o, type: o.type.name, address: o.addr, by: "gc" })
    }
    gc.pythonCalls++
    o.rc++
    try {
      finalize(rt, o)
    } catch (e) {
      reportUnraisable(rt, gc, e, "in garbage collection")
    }
    if (--o.rc === 0) o.type.dealloc!(rt, o)
    o = collectable.gcNext as PyObject
  }
  listMerge(collectable, seen)
  listMerge(seen, collectable)
}

/**
 * delete_garbage: breaks the cycles of `collectable` with each type's
 * tp_clear (or saves the objects in gc.garbage under DEBUG_SAVEALL). An
 * object still at the head of the list afterwards is alive and moves to `old`.
 */
function deleteGarbage(rt: Runtime, gc: GCState, collectable: PyObject, old: PyObject): void {
  while (!listIsEmpty(collectable)) {
    const o = collectable.gcNext as PyObject
    assert(o.rc > 0, "gc: refcount is too small")
    if ((gc.debug & GCDebug.SAVEALL) !== 0) {
      gc.hooks.saveGarbage?.(rt, o)
    } else {
      const clear = o.type.clear
      if (clear !== null) {
        o.rc++
        try {
          clear(rt, o)
        } catch (e) {
          reportUnraisable(rt, gc, e, `in tp_clear of ${o.type.name}`)
        }
        if (--o.rc === 0) o.type.dealloc!(rt, o)
      }
    }
    if (collectable.gcNext === o) {
      o.gcFlags &= ~GCFlag.COLLECTING
      listMove(o, old)
    }
  }
}

function reportUnraisable(rt: Runtime, gc: GCState, e: unknown, where: string): void {
  const report = gc.hooks.unraisable
  if (report !== null && typeof e === "object" && e !== null && "rc" in e) {
    report(rt, e as PyObject, where)
    return
  }
  throw e
}

/** gc.freeze(): moves every tracked object to the permanent generation. */
export function freeze(gc: GCState): void {
  for (const g of gc.generations) {
    listMerge(g.head, gc.permanent.head)
    g.count = 0
  }
}

/** gc.unfreeze(): moves the permanent generation back into the oldest one. */
export function unfreeze(gc: GCState): void {
  listMerge(gc.permanent.head, gc.generations[NUM_GENERATIONS - 1]!.head)
}

/** The objects tracked in `generation` (0..2), or in all three when null, in list order (borrowed). */
export function trackedObjects(gc: GCState, generation: number | null): PyObject[] {
  const out: PyObject[] = []
  const gens = generation === null ? gc.generations : [gc.generations[generation]!]
  for (const g of gens) {
    for (let o = g.head.gcNext as PyObject; o !== g.head; o = o.gcNext as PyObject) out.push(o)
  }
  return out
}

/** Checks every generation's list invariant (tests and debug mode). Returns the number of tracked objects. */
export function checkGenerations(gc: GCState): number {
  let n = 0
  for (const g of gc.generations) n += checkList(g.head)
  n += checkList(gc.permanent.head)
  return n
}
