// Bootstrap entry for the number and text types: int, bool, float, complex,
// str, bytes, bytearray. bootstrap.ts calls initNumbersAndText(rt) once the
// `type` and `object` types exist (their slots and methods are installed by
// each type's file; see docs/internals/numbers-and-text.md).

import { initBytearrayType } from "./bytearray.js"
import { initBytesType } from "./bytes.js"
import { initComplexType } from "./complex.js"
import { initFloatType } from "./float.js"
import { initBoolType, initIntType } from "./int.js"
import type { Runtime } from "./runtime.js"
import { initStrType } from "./str.js"

/**
 * Creates int, bool (with True/False and the small ints), float (and its free
 * list), complex, str ('' and the Latin-1 characters), bytes (b'' and the
 * one-byte values) and bytearray. Needs rt.t.type and rt.t.object.
 */
export function initNumbersAndText(rt: Runtime): void {
  initIntType(rt)
  initBoolType(rt)
  initFloatType(rt)
  initComplexType(rt)
  initStrType(rt)
  initBytesType(rt)
  initBytearrayType(rt)
}
