// Allocation events, per domain, for tracemalloc and the tools. Nobody listening costs one
// null check on each malloc/free: `active[domain]` is null until someone subscribes.
// @cpython Modules/_tracemalloc.c tracemalloc_alloc, tracemalloc_free, tracemalloc_realloc

import type { Addr } from "./layout.js"

/** The three PEP 445 domains, by their CPython names. */
export type DomainName = "raw" | "mem" | "object"

/** Domain numbers used internally (index into Hooks.active). */
export const DomainId = { raw: 0, mem: 1, object: 2 } as const

/** Domain names by number. */
export const DOMAIN_NAMES: readonly DomainName[] = ["raw", "mem", "object"]

/**
 * A subscriber to allocation events. Sizes are the *requested* sizes (what tracemalloc
 * records), addresses are what the caller got. A moving realloc is one `realloc` event, like
 * tracemalloc's. Events raised while a listener runs (it allocates itself) are not reported.
 */
export interface HeapListener {
  alloc?(domain: DomainName, address: Addr, size: number): void
  free?(domain: DomainName, address: Addr): void
  realloc?(domain: DomainName, oldAddress: Addr, newAddress: Addr, size: number): void
}

/** The listener lists of one heap; the heap reads `active` on every operation. */
export class Hooks {
  /** Per domain, the listeners, or null when there are none (the fast path). */
  readonly active: (HeapListener[] | null)[] = [null, null, null]
  private busy = false
  /** Called after every subscribe/unsubscribe (the heap caches `active` entries). */
  onChange: () => void = () => {}

  /**
   * Subscribes `listener` to the given domains (all three by default); returns the function
   * that unsubscribes it.
   */
  subscribe(
    listener: HeapListener,
    domains: readonly DomainName[] = ["raw", "mem", "object"],
  ): () => void {
    for (const d of domains) {
      const id = DomainId[d]
      this.active[id] = [...(this.active[id] ?? []), listener]
    }
    this.onChange()
    return () => {
      for (const d of domains) {
        const id = DomainId[d]
        const rest = (this.active[id] ?? []).filter((l) => l !== listener)
        this.active[id] = rest.length === 0 ? null : rest
      }
      this.onChange()
    }
  }

  /** Reports an allocation to `list` (the non-null active[domain]). */
  alloc(list: HeapListener[], domain: number, address: Addr, size: number): void {
    if (this.busy) return
    this.busy = true
    try {
      for (const l of list) l.alloc?.(DOMAIN_NAMES[domain]!, address, size)
    } finally {
      this.busy = false
    }
  }

  /** Reports a free to `list`. */
  free(list: HeapListener[], domain: number, address: Addr): void {
    if (this.busy) return
    this.busy = true
    try {
      for (const l of list) l.free?.(DOMAIN_NAMES[domain]!, address)
    } finally {
      this.busy = false
    }
  }

  /** Reports a successful realloc to `list`. */
  realloc(list: HeapListener[], domain: number, oldAddr: Addr, newAddr: Addr, size: number): void {
    if (this.busy) return
    this.busy = true
    try {
      for (const l of list) l.realloc?.(DOMAIN_NAMES[domain]!, oldAddr, newAddr, size)
    } finally {
      this.busy = false
    }
  }
}
