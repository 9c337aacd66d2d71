// heapscope/memory: the private heap (filled in by the allocator work).
export {}
