// Layout constants of pymalloc on 64-bit Linux, CPython 3.11, and the byte layout of a pool.
// Every number here was checked against docs/cpython-memory.md §2.1 and against
// `sys._debugmallocstats()` of the local python3 (3.11.7): "Small block threshold = 512, in 32
// size classes", "1048576 bytes/arena", "16384 bytes" per pool, 48 bytes lost per pool header.

/**
 * A byte address in heapscope's simulated 64-bit address space (a Python object's `id()`).
 * Addresses are exact JS numbers below 2^53; 0 is the null address, as in C.
 */
export type Addr = number

/** Returned blocks are 16-byte aligned; size classes step by 16. @cpython Objects/obmalloc.c ALIGNMENT */
export const ALIGNMENT = 16
/** log2(ALIGNMENT). */
export const ALIGNMENT_SHIFT = 4
/** Largest request pymalloc serves; larger ones go to the raw domain. */
export const SMALL_REQUEST_THRESHOLD = 512
/** 512 / 16 size classes: 16, 32, ..., 512 bytes. */
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT
/** log2(ARENA_SIZE): 3.10+ "large arenas" on 64-bit builds with the radix tree. */
export const ARENA_BITS = 20
/** An arena is one 1 MiB mapping. */
export const ARENA_SIZE = 1 << ARENA_BITS
/** log2(POOL_SIZE). */
export const POOL_BITS = 14
/** A pool is 16 KiB and holds blocks of one size class. */
export const POOL_SIZE = 1 << POOL_BITS
/** Mask of the offset of an address inside its pool. */
export const POOL_SIZE_MASK = POOL_SIZE - 1
/** Pools in a pool-aligned arena; one fewer when the mapping is not 16 KiB-aligned. */
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE
/** sizeof(struct pool_header) rounded up to ALIGNMENT: the first block sits at pool + 48. */
export const POOL_OVERHEAD = 48
/** Initial length of the arena-object vector; it doubles when exhausted. */
export const INITIAL_ARENA_OBJECTS = 16
/** szidx of a freshly carved pool, so the first use always initialises it. */
export const DUMMY_SIZE_IDX = 0xffff
/** The mmap granule. */
export const SYSTEM_PAGE_SIZE = 4096
/** glibc's default M_MMAP_THRESHOLD: raw requests at least this big get their own mapping. */
export const MMAP_THRESHOLD = 128 * 1024

/** Size class of a request of 1..512 bytes. @cpython Objects/obmalloc.c pymalloc_alloc */
export function sizeClassOf(nbytes: number): number {
  return (nbytes - 1) >> ALIGNMENT_SHIFT
}

/** Block size of a size class. @cpython Objects/obmalloc.c INDEX2SIZE */
export function classSize(sizeClass: number): number {
  return (sizeClass + 1) << ALIGNMENT_SHIFT
}

/** How many blocks of a size class fit in one pool after its header. */
export function blocksPerPool(sizeClass: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / classSize(sizeClass))
}

// A pool: 16 KiB, 16 KiB-aligned, inside an arena. The header keeps CPython's offsets; fields
// that are pointers in C hold compact references here (see the right column), because a JS
// Int32Array cannot hold a 47-bit address and a 64-bit read would cost two.
//
//             ┌───────────────────────────────┐
//   pool+0    │ ref.count                     │ blocks allocated in this pool
//   pool+4    │ (generation)                  │ heapscope: bumped at each (re)initialisation
//   pool+8    │ freeblock                     │ arena-buffer offset of the first free block; 0 = NULL
//   pool+16   │ nextpool                      │ pool id (arena index * 64 + pool number); -1 = none
//   pool+24   │ prevpool                      │ pool id; -1 = none; only in a used-pools list
//   pool+32   │ arenaindex                    │ index of the arena object
//   pool+36   │ szidx                         │ size class, DUMMY_SIZE_IDX before first use
//   pool+40   │ nextoffset                    │ pool offset of the first never-used block
//   pool+44   │ maxnextoffset                 │ POOL_SIZE - block size: last block that fits
//   pool+48   │ block 0 │ block 1 │ … │ block k │ carved lazily, one at a time
//             │ (virgin, never handed out)    │
//             └───────────────────────────────┘ pool+16384 (minus quantization slack)
//
// A free block keeps the arena-buffer offset of the next free block of its pool in its first
// 4 bytes (0 = end of list): the free list is threaded through the freed blocks themselves.

/** Int32 indexes of the pool header fields, relative to the pool's first int32. */
export const PoolHeader = {
  count: 0,
  generation: 1,
  freeblock: 2,
  nextpool: 4,
  prevpool: 6,
  arenaindex: 8,
  szidx: 9,
  nextoffset: 10,
  maxnextoffset: 11,
} as const

/** Number of int32 slots in one pool (POOL_SIZE / 4). */
export const POOL_INTS = POOL_SIZE >> 2
