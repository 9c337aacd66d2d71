// Circular doubly-linked lists of GC-tracked objects (gcmodule.c's gc_list_*).
//
//   head ⇄ o1 ⇄ o2 ⇄ … ⇄ oN ⇄ head        head.gcNext = first, head.gcPrev = last
//
// A head is a sentinel PyObject that never holds a real object. Objects are
// linked through their own gcNext/gcPrev fields, so moving an object between
// generations, or out of a list when it dies, costs O(1) and keeps order.
//
// Invariant (GC lists). Outside a collection every tracked object is in
// exactly one list and `o.gcNext.gcPrev === o`, `o.gcPrev.gcNext === o`;
// an untracked object has gcNext === null. checkList() asserts it. During a
// collection, between updateRefs and moveUnreachable, `gcPrev` of the objects
// being collected holds their gc_refs as a number instead (gcmodule.c keeps
// gc_refs in _gc_prev the same way); only gcNext may be followed then.

import { PyObject } from "../objects/object.js"
import type { PyType } from "../objects/type.js"
import { assert } from "../util/assert.js"

/** Makes a new empty list head. */
export function newListHead(): PyObject {
  const head = new PyObject(null as unknown as PyType, 0, null, null)
  head.gcNext = head
  head.gcPrev = head
  return head
}

/** gc_list_init. */
export function listInit(head: PyObject): void {
  head.gcNext = head
  head.gcPrev = head
}

/** gc_list_is_empty. */
export function listIsEmpty(head: PyObject): boolean {
  return head.gcNext === head
}

/** gc_list_append: links `o` (not in any list) at the end of `head`. */
export function listAppend(o: PyObject, head: PyObject): void {
  const last = head.gcPrev as PyObject
  last.gcNext = o
  o.gcPrev = last
  o.gcNext = head
  head.gcPrev = o
}

/** gc_list_move: unlinks `o` from its list and appends it to `head`. */
export function listMove(o: PyObject, head: PyObject): void {
  const prev = o.gcPrev as PyObject
  const next = o.gcNext as PyObject
  prev.gcNext = next
  next.gcPrev = prev
  listAppend(o, head)
}

/** gc_list_merge: appends all of `from` to `to`, leaving `from` empty. */
export function listMerge(from: PyObject, to: PyObject): void {
  if (from.gcNext === from) return
  const tail = to.gcPrev as PyObject
  const first = from.gcNext as PyObject
  const last = from.gcPrev as PyObject
  tail.gcNext = first
  first.gcPrev = tail
  last.gcNext = to
  to.gcPrev = last
  listInit(from)
}

/** gc_list_size. */
export function listSize(head: PyObject): number {
  let n = 0
  for (let o = head.gcNext as PyObject; o !== head; o = o.gcNext as PyObject) n++
  return n
}

/** Checks the list invariant of `head` and returns its length. */
export function checkList(head: PyObject): number {
  let n = 0
  let prev = head
  for (let o = head.gcNext as PyObject; o !== head; o = o.gcNext as PyObject) {
    assert(o.gcPrev === prev, "GC list: gcPrev does not point to the previous object")
    assert(o.type !== null, "GC list: a list head is linked inside another list")
    prev = o
    n++
  }
  assert(head.gcPrev === prev, "GC list: the head's gcPrev is not the last object")
  return n
}

/**
 * Moves the objects of `from` up to and including `last` (which must be in
 * `from`), in order, to the end of `to`: the same as listMove of each of them
 * from the first on, in O(1).
 */
export function listMoveRun(from: PyObject, last: PyObject, to: PyObject): void {
  const first = from.gcNext as PyObject
  const rest = last.gcNext as PyObject
  from.gcNext = rest
  rest.gcPrev = from
  const tail = to.gcPrev as PyObject
  tail.gcNext = first
  first.gcPrev = tail
  last.gcNext = to
  to.gcPrev = last
}
