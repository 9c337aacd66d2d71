// Errors the memory layer reports to its caller. Python never sees these: they mean the
// embedder (or a higher layer) misused the heap, like a C program corrupting malloc's state.

import type { Addr } from "./layout.js"

/** What went wrong, in words a test or a tool can match on. */
export type HeapErrorKind =
  | "double free"
  | "foreign address"
  | "buffer overflow"
  | "buffer underflow"
  | "use after free"
  | "bad domain"
  | "out of bounds"
  | "corrupted heap"
  | "bad argument"

/**
 * A misuse of the heap detected by the allocator (always for gross errors, precisely in debug
 * mode): names the address and, when known, the block's allocation serial number.
 */
export class HeapError extends Error {
  constructor(
    readonly kind: HeapErrorKind,
    readonly address: Addr,
    message: string,
    readonly serial: number = 0,
  ) {
    super(message)
    this.name = "HeapError"
  }
}

/** Formats an address as CPython's `%p` does on Linux: 0x followed by lowercase hex. */
export function hex(addr: Addr): string {
  return "0x" + addr.toString(16)
}
