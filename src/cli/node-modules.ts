// Node built-in modules that only some commands need, loaded on first use so
// that the others do not pay for them at start-up (the REPL's readline and
// worker threads are not needed by `heapscope run`).
//
// process.getBuiltinModule (Node >= 20.16) works in every way the command line
// is loaded: as ES modules, as the ES module bundle, and as a script compiled
// with node:vm, where a dynamic import() is not available. Older Node versions
// fall back to the bundle's require, or import() in the ES modules.

import type * as Events from "node:events"
import type * as Readline from "node:readline"
import type * as WorkerThreads from "node:worker_threads"

/** A built-in module loaded synchronously, or null where only import() can load it. */
function builtinNow<T>(name: string): T | null {
  const get = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule
  if (get !== undefined) return get.call(process, name) as T
  // The bundle, compiled with node:vm, has no import() but is handed a require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (typeof require === "function") return require(name) as T
  return null
}

async function builtin<T>(name: string, load: () => Promise<T>): Promise<T> {
  return builtinNow<T>(name) ?? (await load())
}

/** node:readline. */
export function readlineModule(): Promise<typeof Readline> {
  return builtin("node:readline", () => import("node:readline"))
}

/** node:worker_threads. */
export function workerThreadsModule(): Promise<typeof WorkerThreads> {
  return builtin("node:worker_threads", () => import("node:worker_threads"))
}

/**
 * A function returning node:worker_threads, which loads it only when called
 * (synchronously; where that cannot be done, the module is loaded now).
 */
export async function workerThreadsLater(): Promise<() => typeof WorkerThreads> {
  const canLoadNow =
    typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule === "function" ||
    typeof require === "function"
  if (canLoadNow) return () => builtinNow<typeof WorkerThreads>("node:worker_threads")!
  const workers = await workerThreadsModule()
  return () => workers
}

/** node:events. */
export function eventsModule(): Promise<typeof Events> {
  return builtin("node:events", () => import("node:events"))
}
