#!/usr/bin/env node
// The `heapscope` command. `npm install` (the prepare script) or `npm run build`
// compiles src/ to dist/ and bundles the command line (scripts/bundle-cli.mjs):
//
//   dist/cli/heapscope.script.js        the whole command line as one function
//   dist/cli/heapscope.<node>.cache     V8's code cache for it, made by the build
//   dist/cli/main.js                    the unbundled modules (fallback)
//
// The script is compiled with node:vm so that V8 can take the code cache:
// start-up then skips parsing and compiling the bundle and the functions a
// run always calls. V8 rejects a cache made by another V8 or with other flags
// (the script is then compiled normally); when there is none for this Node
// yet, one is written after the run, so the next start is fast (errors are
// ignored: dist/ may be read-only).
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Script } from "node:vm"

const dir = fileURLToPath(new URL("../dist/cli/", import.meta.url))
const scriptFile = `${dir}heapscope.script.js`
const cacheFile = `${dir}heapscope.${process.version}-${process.arch}.cache`
const modulesFile = `${dir}main.js`

/** Compiles and evaluates the bundled script (with the code cache if any); returns its exports. */
function loadScript() {
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const script = new Script(readFileSync(scriptFile, "utf8"), { filename: scriptFile, cachedData })
  const module = { exports: {} }
  const body = script.runInThisContext()
  body(module.exports, createRequire(scriptFile), module, scriptFile, dirname(scriptFile))
  if (cachedData === undefined) process.once("beforeExit", () => writeCache(script))
  return module.exports
}

/** Records the code cache after a run that had none (atomically: write, then rename). */
function writeCache(script) {
  const tmp = `${cacheFile}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, script.createCachedData())
    renameSync(tmp, cacheFile)
  } catch {
    // A read-only installation runs without a cache.
  }
}

let main
if (existsSync(scriptFile)) main = loadScript().main
else if (existsSync(modulesFile)) main = (await import(pathToFileURL(modulesFile).href)).main
else {
  process.stderr.write("heapscope: not built yet; run `npm install` (or `npm run build`) first\n")
  process.exit(2)
}
process.exitCode = await main(process.argv.slice(2))
