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
//   heapscope.<build>.<node>-<arch>.cache
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
// A cache is only valid for the V8 version (hence the Node version in its
// name), the V8 flags and the script that made it. V8 checks the version, the
// flags and only the length of the script, so the script's first line names
// the build by a hash of its code and that name is part of the cache's.
// bin/heapscope.js compiles without a cache when V8 rejects it or there is
// none for its Node, and then writes one for the next start if it can.
// Never committed: dist/ is built.
import { build } from "esbuild"
import { createHash } from "node:crypto"
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import vm from "node:vm"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const outDir = join(root, "dist", "cli")
const scriptPath = join(outDir, "heapscope.script.js")

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
// esbuild escapes non-ASCII characters in strings, templates, regular
// expressions and names but keeps them in comments (box-drawing rules); with
// those replaced the script is ASCII, which bin/heapscope.js reads as latin1
// (a plain copy) and V8 keeps as one-byte text.
const text = result.outputFiles[0].text.replace(/\/\/.*$/gm, (c) => c.replace(/[^\x00-\x7f]/g, "-"))
const nonAscii = text.search(/[^\x00-\x7f]/)
if (nonAscii >= 0) {
  const line = text.slice(0, nonAscii).split("\n").length
  console.error(`bundle-cli: non-ASCII character left in the bundle at line ${line}`)
  process.exit(1)
}
// The first line names this build by a hash of the code: bin/heapscope.js
// puts it in the cache's file name. V8 checks a cache only against the
// length of the script, so a cache must never be found for another build.
const id = createHash("sha256").update(text).digest("hex").slice(0, 16)
mkdirSync(outDir, { recursive: true })
writeFileSync(scriptPath, `// heapscope-bundle ${id}\n${text}`)
// Caches of earlier builds, and the ES module bundle they used, are stale.
for (const f of readdirSync(outDir))
  if (/^heapscope\..*\.cache$/.test(f) || f === "heapscope.bundle.mjs") rmSync(join(outDir, f))

// Train: compile the script, run `print(1)` through the real entry point with
// in-memory streams, then record the code cache, which now holds the bytecode
// of every function the run compiled.
const script = new vm.Script(readFileSync(scriptPath, "latin1"), { filename: scriptPath })
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
writeFileSync(
  join(outDir, `heapscope.${id}.${process.version}-${process.arch}.cache`),
  script.createCachedData(),
)
