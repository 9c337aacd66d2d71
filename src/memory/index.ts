// heapscope/memory: the private heap. Re-exports only.
export { createAllocator, type Allocator } from "./allocator.js"
export type { AllocatorOptions, DomainAllocator } from "./domains.js"
export { HeapError, hex, type HeapErrorKind } from "./errors.js"
export type { DomainName, HeapListener } from "./hooks.js"
export type { ArenaInfo, BlockState, PoolInfo, RawBlockInfo } from "./inspect.js"
export type { HeapStats, SizeClassStats } from "./stats.js"
export { CLEANBYTE, DEADBYTE, FORBIDDENBYTE, DEBUG_OVERHEAD } from "./debug.js"
export {
  ALIGNMENT,
  ARENA_SIZE,
  MAX_POOLS_IN_ARENA,
  NB_SMALL_SIZE_CLASSES,
  POOL_OVERHEAD,
  POOL_SIZE,
  SMALL_REQUEST_THRESHOLD,
  blocksPerPool,
  classSize,
  sizeClassOf,
  type Addr,
} from "./layout.js"
