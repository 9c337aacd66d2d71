#!/usr/bin/env node
// Bundles the command line (src/cli/main.ts and everything below it) into one
// script and records V8's code cache for it, so that `heapscope` starts fast.
// Run by `npm run build`, after tsc. Writes, in dist/cli/:
//
//   heapscope.script.js     the bundle as one CommonJS function expression:
//                             (function (exports, require, module, __filename, __dirname) {
//                               ...every module of src/cli, src/interpreter, ...
//                             })
//                           bin/heapscope.js compiles it with node:vm and calls it
//   heapscope.<node>-<arch>.cache
//                           V8's code cache of that script (bytecode of every
//                           function a `print(1)` run compiles), made by
//                           running the bundle once here, in this process
//
// Why: one file parses and links about twice as fast as hundreds of modules,
// and with the code cache V8 deserializes the bytecode instead of parsing and
// compiling 1.5 MB of JavaScript and every function the start-up calls (about
// 30 + 20 ms of a 190 ms start-up). ES modules cannot take a code cache on
// Node 20 (no compile cache API for them), a vm.Script can.
//
// The cache is only valid for the V8 version (hence the Node version in its
// name), the V8 flags and the length of the script that made it; V8 checks
// all three and rejects a stale cache, and bin/heapscope.js then compiles
// normally and writes a fresh cache for its own Node version if it can.
// Never committed: dist/ is built.
import { build } from "esbuild"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import vm from "node:vm"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const outDir = join(root, "dist", "cli")
const scriptPath = join(outDir, "heapscope.script.js")

/** The code cache's file name for this Node (bin/heapscope.js computes the same). */
function cacheName() {
  return `heapscope.${process.version}-${process.arch}.cache`
}

const result = await build({
  entryPoints: [join(root, "src", "cli", "main.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  write: false,
  banner: { js: "(function (exports, require, module, __filename, __dirname) {" },
  footer: { js: "})" },
})
// esbuild escapes non-ASCII characters in strings and names but keeps them in
// comments (box-drawing rules); without them the script is one-byte text,
// which Node reads and V8 scans faster than two-byte text.
const text = result.outputFiles[0].text.replace(/\/\/.*$/gm, (c) => c.replace(/[^\x00-\x7f]/g, "-"))
writeFileSync(scriptPath, text)
// The ES module bundle of earlier builds is no longer loaded: remove it so a
// stale one is never picked up.
rmSync(join(outDir, "heapscope.bundle.mjs"), { force: true })

// Train: compile the script, run `print(1)` through the real entry point with
// in-memory streams, then record the code cache, which now holds the bytecode
// of every function the run compiled.
const script = new vm.Script(readFileSync(scriptPath, "utf8"), { filename: scriptPath })
const mod = { exports: {} }
script.runInThisContext()(mod.exports, createRequire(scriptPath), mod, scriptPath, outDir)
let out = ""
const status = await mod.exports.main(["run", "-c", "print(1)"], {
  stdout: (s) => (out += s),
  stderr: (s) => (out += s),
})
if (status !== 0 || out !== "1\n") {
  console.error(`bundle-cli: the bundled command line failed to run print(1): ${out}`)
  process.exit(1)
}
writeFileSync(join(outDir, cacheName()), script.createCachedData())
