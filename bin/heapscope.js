#!/usr/bin/env node
// The `heapscope` command. `npm install` (the prepare script) or `npm run build`
// compiles src/ to dist/ and bundles the command line (scripts/bundle-cli.mjs):
//
//   dist/cli/heapscope.script.js        the whole command line as one function
//   dist/cli/heapscope.<build>.<node>-<arch>.cache
//                                       V8's code cache for it, made by the build
//   dist/cli/main.js                    the unbundled modules (fallback)
//
// The script is compiled with node:vm so that V8 can take the code cache:
// start-up then skips parsing and compiling the bundle and the functions a
// run always calls. V8 rejects a cache made by another V8 or with other flags
// (the script is then compiled normally); when there is none for this Node
// yet, one is written after the run, so the next start is fast (errors are
// ignored: dist/ may be read-only).
//
// Every millisecond here is paid by every run: Node's built-in modules are
// taken with process.getBuiltinModule (Node >= 20.16) rather than imported,
// which would build an ES module facade for each, and the script, which the
// build keeps ASCII-only, is read as latin1 (a plain copy, no UTF-8 decoding).

const hasBuiltin = typeof process.getBuiltinModule === "function"
const builtin = async (name) => (hasBuiltin ? process.getBuiltinModule(name) : await import(name))
const fs = await builtin("node:fs")
const { fileURLToPath } = await builtin("node:url")
const dir = new URL("../dist/cli/", import.meta.url)
const scriptFile = fileURLToPath(new URL("heapscope.script.js", dir))

/** Compiles and evaluates the bundled script (with the code cache if any); returns its exports. */
async function loadScript(source) {
  // The build names itself on the first line; caches carry that name (see scripts/bundle-cli.mjs).
  const build = /^\/\/ heapscope-bundle ([0-9a-f]+)/.exec(source)?.[1] ?? "unnamed"
  const cacheFile = fileURLToPath(
    new URL(`heapscope.${build}.${process.version}-${process.arch}.cache`, dir),
  )
  let cachedData
  try {
    cachedData = fs.readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const { Script } = await builtin("node:vm")
  const script = new Script(source, { filename: scriptFile, cachedData })
  const module = { exports: {} }
  // The bundle requires only Node's built-in modules.
  const require = hasBuiltin
    ? (name) => process.getBuiltinModule(name)
    : (await import("node:module")).createRequire(scriptFile)
  const body = script.runInThisContext()
  body(module.exports, require, module, scriptFile, fileURLToPath(dir).replace(/[\\/]$/, ""))
  if (cachedData === undefined) process.once("beforeExit", () => writeCache(script, cacheFile))
  return module.exports
}

/** Records the code cache after a run that had none (atomically: write, then rename). */
function writeCache(script, cacheFile) {
  const tmp = `${cacheFile}.${process.pid}.tmp`
  try {
    fs.writeFileSync(tmp, script.createCachedData())
    fs.renameSync(tmp, cacheFile)
  } catch {
    // A read-only installation runs without a cache.
  }
}

let source = null
try {
  source = fs.readFileSync(scriptFile, "latin1")
} catch {
  source = null
}
let main
if (source !== null) main = (await loadScript(source)).main
else {
  const modules = new URL("main.js", dir)
  if (!fs.existsSync(modules)) {
    process.stderr.write("heapscope: not built yet; run `npm install` (or `npm run build`) first\n")
    process.exit(2)
  }
  main = (await import(modules.href)).main
}
process.exitCode = await main(process.argv.slice(2))
