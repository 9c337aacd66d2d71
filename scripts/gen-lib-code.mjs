#!/usr/bin/env node
// Precompiles heapscope's library modules (src/modules/lib, shipped as LIB_SOURCES) into
// dist/lib-code/NAME.json, which the CLI hands the runtime (Host.libCode) so that importing
// one skips parsing and compiling it. Run by `npm run build` after tsc; see
// src/vm/code-cache.ts for the format and its staleness check.
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const dist = join(root, "dist")
const { Interpreter } = await import(join(dist, "index.js"))
const { LIB_SOURCES, LIB_PACKAGES } = await import(join(dist, "modules", "lib", "sources.js"))
const { encodeCode } = await import(join(dist, "vm", "code-cache.js"))
const { libFileName } = await import(join(dist, "vm", "import.js"))

const out = join(dist, "lib-code")
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const it = new Interpreter({})
const packages = new Set(LIB_PACKAGES)
let bytes = 0
for (const [name, source] of Object.entries(LIB_SOURCES)) {
  const filename = libFileName(name, packages.has(name))
  const code = it.vm.compile(it.vm, source, filename, "exec")
  const json = encodeCode(code, source)
  writeFileSync(join(out, `${name}.json`), json)
  bytes += json.length
}
console.log(`lib-code: ${Object.keys(LIB_SOURCES).length} modules, ${(bytes / 1e6).toFixed(1)} MB`)
