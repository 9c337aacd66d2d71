#!/usr/bin/env node
// Bundles the command line (src/cli/main.ts and everything below it) into one
// ES module, dist/cli/heapscope.bundle.mjs, which bin/heapscope.js loads: one
// file parses and links about twice as fast as hundreds of modules, which is
// most of heapscope's start-up time. Run by `npm run build`.
import { build } from "esbuild"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
await build({
  entryPoints: [join(root, "src", "cli", "main.ts")],
  outfile: join(root, "dist", "cli", "heapscope.bundle.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
})
