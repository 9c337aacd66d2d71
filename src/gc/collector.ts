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
//   5. untrack tuples whose items cannot be in a cycle; promote young to old
//      (a full collection untracks such dicts instead)
//   6. clear weakrefs to unreachable objects and call their callbacks
//   7. call finalizers (__del__, PEP 442) of unreachable objects, once each
//   8. recompute reachability: resurrected objects go to old
//   9. tp_clear each remaining object; what survives that goes to old
//
// Flag bits (PyObject.gcFlags), as CPython's bits in _gc_prev/_gc_next:
//   FINALIZED    __del__ ran; never run it again (PEP 442)
//   COLLECTING   the object belongs to the generation being collected
//   UNREACHABLE  the object is in the tentatively-unreachable list
//
// @cpython Modules/gcmodule.c gc_collect_main, deduce_unreachable, move_unreachable

import { GCFlag, type PyObject } from "../objects/object.js"
import type { Runtime } from "../objects/runtime.js"
import { gcUntrack } from "../objects/gcstate.js"
import { assert } from "../util/assert.js"
import {
  listInit,
  listIsEmpty,
  listMerge,
  listMove,
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
    gc.errorPending === 0
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

  // Find everything in young that is unreachable from outside it.
  const unreachable = newListHead()
  deduceUnreachable(young, unreachable)
  untrackTuples(rt, young)

  // Move the survivors to the older generation.
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gc.longLivedPending += listSize(young)
    listMerge(young, old)
  } else {
    // A full collection: dicts holding only atomic values are untracked here,
    // and the count of long-lived objects restarts.
    untrackDicts(rt, young)
    gc.longLivedPending = 0
    gc.longLivedTotal = listSize(young)
  }

  // No heapscope type has a legacy tp_del finalizer (Python classes never do
  // since 3.4), so CPython's `finalizers` list, and with it the uncollectable
  // count, stays empty; the objects only lose their UNREACHABLE mark here.
  for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject) {
    o.gcFlags &= ~GCFlag.UNREACHABLE
  }

  if ((gc.debug & GCDebug.COLLECTABLE) !== 0) {
    for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject) {
      debugCycle(rt, gc, "collectable", o)
    }
  }

  // Clear weakrefs to the unreachable objects and call their callbacks.
  let collected = 0
  if (gc.hooks.handleWeakrefs !== null)
    collected += gc.hooks.handleWeakrefs(rt, gc, unreachable, old)

  // Call __del__ (tp_finalize) of the unreachable objects.
  finalizeGarbage(rt, gc, unreachable)

  // Finalizers may have resurrected objects: recompute, keep the resurrected ones.
  const finalUnreachable = newListHead()
  handleResurrectedObjects(unreachable, finalUnreachable, old)

  // Break the cycles that remain.
  collected += listSize(finalUnreachable)
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
 * deduce_unreachable: after this, `base` holds the objects reachable from
 * outside it (COLLECTING cleared) and `unreachable` the others (COLLECTING
 * and UNREACHABLE set), each list properly doubly linked again.
 */
function deduceUnreachable(base: PyObject, unreachable: PyObject): void {
  updateRefs(base)
  subtractRefs(base)
  listInit(unreachable)
  moveUnreachable(base, unreachable)
}

/**
 * update_refs: gc_refs = refcount for every object in `containers`, which are
 * marked COLLECTING. After this, gcPrev of those objects holds gc_refs.
 */
function updateRefs(containers: PyObject): void {
  for (let o = containers.gcNext as PyObject; o !== containers; o = o.gcNext as PyObject) {
    assert(o.rc > 0, "gc: an object in a generation has refcount 0")
    o.gcPrev = o.rc
    o.gcFlags |= GCFlag.COLLECTING
  }
}

/**
 * subtract_refs: for every reference from one object of `containers` to
 * another, decrement the target's gc_refs. After this, gc_refs > 0 exactly
 * for objects referenced from outside `containers`.
 */
function subtractRefs(containers: PyObject): void {
  for (let o = containers.gcNext as PyObject; o !== containers; o = o.gcNext as PyObject) {
    const traverse = o.type.traverse
    if (traverse !== null) traverse(o, visitDecref)
  }
}

function visitDecref(child: PyObject): void {
  if ((child.gcFlags & GCFlag.COLLECTING) !== 0 && typeof child.gcPrev === "number") {
    child.gcPrev--
  }
}

/**
 * move_unreachable: walks `young` in order. An object with gc_refs > 0 is
 * reachable: its referents in young become reachable too (gc_refs 1, or moved
 * back from `unreachable` to the end of young). An object with gc_refs == 0
 * is moved, tentatively, to the end of `unreachable`.
 *
 * Loop invariant: every object before `o` in young is reachable and has its
 * gcPrev link restored and COLLECTING cleared; objects in `unreachable` have
 * gc_refs 0 so far, COLLECTING and UNREACHABLE set, and proper links.
 */
function moveUnreachable(young: PyObject, unreachable: PyObject): void {
  let prev = young
  let o = young.gcNext as PyObject
  const visitReachable = (child: PyObject): void => {
    const flags = child.gcFlags
    if ((flags & GCFlag.COLLECTING) === 0) return // not in the generation being collected
    if ((flags & GCFlag.UNREACHABLE) !== 0) {
      // Tentatively unreachable, but reachable after all: back to the end of young.
      const p = child.gcPrev as PyObject
      const n = child.gcNext as PyObject
      p.gcNext = n
      n.gcPrev = p
      // Append to young: its last element is `young.gcPrev`, which is kept
      // up to date below for this purpose.
      const last = young.gcPrev as PyObject
      last.gcNext = child
      child.gcPrev = 1
      child.gcNext = young
      young.gcPrev = child
      child.gcFlags = flags & ~GCFlag.UNREACHABLE
    } else if (child.gcPrev === 0) {
      child.gcPrev = 1
    }
    // else: still ahead in young with gc_refs > 0, or already processed.
  }
  // young.gcPrev is the last element of young while we walk; objects still
  // ahead of `o` keep numeric gcPrev, so only the head's link is a pointer.
  while (o !== young) {
    const next = o.gcNext as PyObject
    if (o.gcPrev !== 0) {
      const traverse = o.type.traverse
      if (traverse !== null) traverse(o, visitReachable)
      o.gcPrev = prev
      o.gcFlags &= ~GCFlag.COLLECTING
      prev = o
      o = prev.gcNext as PyObject
    } else {
      // Unlink from young (singly: the next object's gcPrev is its gc_refs).
      prev.gcNext = next
      if (next === young) young.gcPrev = prev
      const last = unreachable.gcPrev as PyObject
      last.gcNext = o
      o.gcPrev = last
      o.gcNext = unreachable
      unreachable.gcPrev = o
      o.gcFlags |= GCFlag.UNREACHABLE
      o = next
    }
  }
  young.gcPrev = prev
}

/** untrack_tuples: exact tuples in `head` whose items cannot be part of a cycle stop being tracked. */
function untrackTuples(rt: Runtime, head: PyObject): void {
  const tupleType = rt.t.tuple
  let o = head.gcNext as PyObject
  while (o !== head) {
    const next = o.gcNext as PyObject
    if (o.type === tupleType) maybeUntrack(rt, o)
    o = next
  }
}

/** untrack_dicts: the same for exact dicts, in a full collection. */
function untrackDicts(rt: Runtime, head: PyObject): void {
  const dictType = rt.t.dict
  let o = head.gcNext as PyObject
  while (o !== head) {
    const next = o.gcNext as PyObject
    if (o.type === dictType) maybeUntrack(rt, o)
    o = next
  }
}

/**
 * _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack: untracks `o` when nothing it
 * references may be tracked (non-GC objects and untracked tuples). The
 * children are those its traverse visits: tuple items; dict values, and keys
 * too for non-str-keyed tables, as CPython checks.
 */
function maybeUntrack(rt: Runtime, o: PyObject): void {
  let keep = false
  const tupleType = rt.t.tuple
  o.type.traverse?.(o, (child) => {
    if (keep || !child.type.isGC) return
    if (child.type === tupleType && child.gcNext === null) return
    keep = true
  })
  if (!keep) gcUntrack(rt, o)
}

/**
 * finalize_garbage: calls tp_finalize (__del__) of each object of
 * `collectable` that has one and was not finalized yet, in list order. The
 * finalizers may free objects (they leave the lists as they die), so each
 * object is first moved to a `seen` list.
 */
function finalizeGarbage(rt: Runtime, gc: GCState, collectable: PyObject): void {
  const seen = newListHead()
  while (!listIsEmpty(collectable)) {
    const o = collectable.gcNext as PyObject
    listMove(o, seen)
    const finalize = o.type.finalize
    if ((o.gcFlags & GCFlag.FINALIZED) === 0 && finalize !== null) {
      o.gcFlags |= GCFlag.FINALIZED
      if (rt.listener !== null) {
        rt.listener({ kind: "finalize", object: o, type: o.type.name, address: o.addr, by: "gc" })
      }
      o.rc++
      try {
        finalize(rt, o)
      } catch (e) {
        reportUnraisable(rt, gc, e, "in garbage collection")
      }
      if (--o.rc === 0) o.type.dealloc!(rt, o)
    }
  }
  listMerge(seen, collectable)
}

/**
 * handle_resurrected_objects: recomputes reachability inside `unreachable`
 * after the finalizers ran. Whatever is now referenced from outside
 * (resurrected, and what it references) goes to `old`; the rest goes to
 * `stillUnreachable`.
 */
function handleResurrectedObjects(
  unreachable: PyObject,
  stillUnreachable: PyObject,
  old: PyObject,
): void {
  for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject) {
    o.gcFlags &= ~GCFlag.COLLECTING
  }
  deduceUnreachable(unreachable, stillUnreachable)
  for (
    let o = stillUnreachable.gcNext as PyObject;
    o !== stillUnreachable;
    o = o.gcNext as PyObject
  ) {
    o.gcFlags &= ~GCFlag.UNREACHABLE
  }
  listMerge(unreachable, old)
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
