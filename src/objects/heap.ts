// What the object layer needs from the memory layer: CPython's object domain
// (PyObject_Malloc) for object blocks and the mem domain (PyMem_Malloc) for
// variable parts such as list item arrays and dict key tables.

import type { Allocator, DomainAllocator } from "../memory/index.js"

/**
 * The allocator interface objects are built on. Addresses are plain numbers;
 * 0 means the request failed (the caller raises MemoryError).
 */
export interface ObjectHeap {
  objMalloc(size: number): number
  objFree(addr: number): void
  memMalloc(size: number): number
  memRealloc(addr: number, size: number): number
  memFree(addr: number): void
}

/**
 * The object heap on heapscope's pymalloc model (src/memory): object blocks
 * from the object domain, variable parts from the mem domain, as CPython 3.11
 * allocates them. `allocator` gives the statistics, the inspection API and
 * sys._debugmallocstats()'s report.
 */
export class PymallocHeap implements ObjectHeap {
  readonly allocator: Allocator
  private readonly mem: DomainAllocator

  constructor(allocator: Allocator) {
    this.allocator = allocator
    this.mem = allocator.mem
  }
  objMalloc(size: number): number {
    return this.allocator.malloc(size)
  }
  objFree(addr: number): void {
    this.allocator.free(addr)
  }
  memMalloc(size: number): number {
    return this.mem.malloc(size)
  }
  memRealloc(addr: number, size: number): number {
    return this.mem.realloc(addr, size)
  }
  memFree(addr: number): void {
    this.mem.free(addr)
  }
}
