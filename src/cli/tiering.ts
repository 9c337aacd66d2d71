// Start-up without V8's optimizing compiler.
//
// Bringing the interpreter up (the built-in types and their dicts, builtins,
// sys) runs a few hundred functions a few hundred times each: enough for V8
// to optimize the hottest ones (string hashing, dict insertion, allocation)
// with TurboFan, which in a run this short costs more than it saves: about a
// third of the CPU time of `heapscope run -c 'print(1)'` and 8 MB of RSS. So
// the command line holds TurboFan back until the program starts:
//
//   main(argv)        new Interpreter()         it.run(program)
//   hold ─────────────── bootstrap ──────────── release ─── program ───►
//   (--no-opt)                                  (--opt)
//
// V8 reads the flag each time it considers optimizing a function, so what got
// hot during start-up is optimized as soon as the program makes it hot again.
// Release restores V8's default, which matters beyond speed: the flags are
// part of the code cache's check (bin/heapscope.js writes a cache after a run
// that had none), so they must be the defaults again whenever a cache is made.

import { setFlagsFromString } from "node:v8"

/** Whether the user chose for TurboFan (`node --no-opt ...`): then it is left alone. */
function userChose(): boolean {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ")
  return /--(no-)?(opt|turbofan)\b/.test(flags)
}

/** Stops V8 from optimizing functions until releaseOptimizer (see the file comment). */
export function holdOptimizer(): void {
  if (!userChose()) setFlagsFromString("--no-opt")
}

/** Lets V8 optimize again (its default); called once the interpreter is up. Idempotent. */
export function releaseOptimizer(): void {
  if (!userChose()) setFlagsFromString("--opt")
}
