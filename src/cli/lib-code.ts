// Where `npm run build` leaves the precompiled library modules (scripts/gen-lib-code.mjs):
// dist/lib-code/NAME.json, beside dist/cli. See src/vm/code-cache.ts.

import { readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/**
 * This file's directory: dist/cli. The bundle runs as a CommonJS-style function that
 * bin/heapscope.js calls with __dirname (its import.meta is empty); the unbundled modules
 * are ES modules and know their URL. Running from src/, there is no lib-code beside it.
 */
function cliDir(): string | null {
  if (typeof __dirname === "string") return __dirname
  try {
    return fileURLToPath(new URL(".", import.meta.url))
  } catch {
    return null
  }
}

/** The precompiled library module `name`, or null (it is then compiled when imported). */
export function readLibCode(name: string): string | null {
  const dir = cliDir()
  if (dir === null || !/^[A-Za-z0-9_.]+$/.test(name)) return null
  try {
    return readFileSync(join(dir, "..", "lib-code", `${name}.json`), "utf8")
  } catch {
    return null
  }
}
