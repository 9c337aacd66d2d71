// What the object layer needs from the memory layer: CPython's object domain
// (PyObject_Malloc) for object blocks and the mem domain (PyMem_Malloc) for
// variable parts such as list item arrays and dict key tables.

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
