#!/usr/bin/env node
// The `heapscope` command. `npm install` (the prepare script) or `npm run build`
// compiles src/ to dist/ and bundles the command line into one module.
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"

const bundle = new URL("../dist/cli/heapscope.bundle.mjs", import.meta.url)
const modules = new URL("../dist/cli/main.js", import.meta.url)
const entry = existsSync(fileURLToPath(bundle)) ? bundle : modules
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("heapscope: not built yet; run `npm install` (or `npm run build`) first\n")
  process.exit(2)
}
const { main } = await import(entry.href)
process.exitCode = await main(process.argv.slice(2))
