// Whether the JavaScript stack has room left for a bounded amount of work.
//
// Some runtime work must not be cut in half by a stack overflow: the cycle
// collector rewrites the generation lists as it goes, and a RangeError thrown
// in the middle would leave them half done. When such work may start deep in
// the stack (an allocation made at the bottom of a deep recursion triggers a
// collection), it first checks here, and waits for a shallower moment when
// there is no room.

const PROBE_DEPTH = 400

function probe(n: number): boolean {
  return n === 0 ? true : probe(n - 1)
}

/** True when about PROBE_DEPTH more JS frames fit on the stack. */
export function stackHasRoom(): boolean {
  try {
    return probe(PROBE_DEPTH)
  } catch {
    return false
  }
}
