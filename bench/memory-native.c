// Native reference for the churn pattern of bench/memory.bench.ts: how far CPython's own
// pymalloc (PyObject_Malloc / PyObject_Free from libpython, the real thing) is from the
// cheapest possible allocator (one size, one LIFO free list) when both are compiled C.
// It answers "is 'within 2x of the free list' reachable by a faithful pymalloc at all?".
//
// Not part of `npm run bench` (it needs a C compiler and Python's headers). Build and run:
//   gcc -O2 $(python3-config --includes) bench/memory-native.c
//     $(python3-config --ldflags --embed) -o /tmp/memory-native && /tmp/memory-native
// (one command line). The free list is inlined into the loop, as the compiler does for the
// cheapest allocator; PyObject_Malloc/Free are calls into libpython, as they are in CPython.
//
// Same workload as the TypeScript bench: the same xorshift32 generator and seed, 10,000 live
// blocks (70 % of 16..64 bytes, the rest 1..512), then 2,000,000 times: free a random live
// block and allocate one. Only that steady state is timed; best of 5 rounds.

#include <Python.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define LIVE 10000
#define CHURN 2000000
#define ROUNDS 5

static uint32_t seed = 0x2545f491;
static uint32_t next_rand(void) {
  seed ^= seed << 13;
  seed ^= seed >> 17;
  seed ^= seed << 5;
  return seed;
}

static int32_t sizes[CHURN + LIVE];
static int32_t victims[CHURN];
// Addresses are kept as doubles, as the JavaScript benchmark keeps them (Float64Array).
static double live[LIVE];

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

// The baseline: 512-byte slots, a LIFO list threaded through the slots (slot 0 unused).
static int32_t *slots;
static int32_t head, top;
static double fl_malloc(int32_t n) {
  if (n > 512) return 0;
  int32_t s = head;
  if (s != 0)
    head = slots[s << 7];
  else
    s = top++;
  return (double)(0x7f3c9a1c0000ULL + ((uint64_t)s << 9));
}
static void fl_free(double p) {
  int32_t s = (int32_t)(((uint64_t)p - 0x7f3c9a1c0000ULL) >> 9);
  slots[s << 7] = head;
  head = s;
}

static double py_malloc(int32_t n) { return (double)(uintptr_t)PyObject_Malloc((size_t)n); }
static void py_free(double p) { PyObject_Free((void *)(uintptr_t)p); }

// One round: fill, time the churn, drain; ns per operation (a malloc or a free). A macro, so
// that each allocator gets its own loop with its functions inlined where the compiler can.
#define CHURN_ROUND(result, m, f)                          \
  do {                                                     \
    for (int i = 0; i < LIVE; i++) live[i] = m(sizes[i]);  \
    double t0 = now_ns();                                  \
    for (int k = 0; k < CHURN; k++) {                      \
      int v = victims[k];                                  \
      f(live[v]);                                          \
      live[v] = m(sizes[LIVE + k]);                        \
    }                                                      \
    double t1 = now_ns();                                  \
    for (int i = 0; i < LIVE; i++) f(live[i]);             \
    result = (t1 - t0) / (2.0 * CHURN);                    \
  } while (0)

int main(void) {
  Py_Initialize();
  for (int i = 0; i < CHURN + LIVE; i++) {
    uint32_t r = next_rand();
    sizes[i] = r % 100 < 70 ? 16 + (int32_t)(r % 49) : 1 + (int32_t)(r % 512);
  }
  for (int i = 0; i < CHURN; i++) victims[i] = (int32_t)(next_rand() % LIVE);
  double best_fl = 1e30, best_py = 1e30;
  for (int round = 0; round < ROUNDS; round++) {
    slots = calloc(20000 * 128, sizeof(int32_t));
    head = 0;
    top = 1;
    double t;
    CHURN_ROUND(t, fl_malloc, fl_free);
    free(slots);
    if (t < best_fl) best_fl = t;
    CHURN_ROUND(t, py_malloc, py_free);
    if (t < best_py) best_py = t;
  }
  printf("churn, ns/op (best of %d): C free list %.2f, CPython PyObject_Malloc/Free %.2f, "
         "ratio %.2fx\n",
         ROUNDS, best_fl, best_py, best_py / best_fl);
  Py_Finalize();
  return 0;
}
