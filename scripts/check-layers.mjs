#!/usr/bin/env node
// Checks that imports inside src/ point down the layer list of docs/DESIGN.md:
//   util <- memory <- objects <- gc <- vm <- modules <- interpreter <- tools <- cli, lab
// The compiler needs only util; vm and everything above may use the compiler.
// Only src/cli may import node:* modules. cli and lab never import each other.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const src = join(root, "src")

/** What each layer may import (besides itself). */
const allowed = {
  util: [],
  memory: ["util"],
  objects: ["util", "memory"],
  gc: ["util", "memory", "objects"],
  compiler: ["util"],
  vm: ["util", "memory", "objects", "gc", "compiler"],
  modules: ["util", "memory", "objects", "gc", "compiler", "vm"],
  interpreter: ["util", "memory", "objects", "gc", "compiler", "vm", "modules"],
  tools: ["util", "memory", "objects", "gc", "compiler", "vm", "modules", "interpreter"],
  cli: ["util", "memory", "objects", "gc", "compiler", "vm", "modules", "interpreter", "tools"],
  lab: ["util", "memory", "objects", "gc", "compiler", "vm", "modules", "interpreter", "tools"],
  index: Object.keys({}),
}

function layerOf(file) {
  const rel = relative(src, file).split(sep)
  if (rel.length === 1) {
    if (rel[0].startsWith("interpreter")) return "interpreter"
    if (rel[0].startsWith("index")) return "index"
    return null
  }
  return rel[0]
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) yield* walk(p)
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith(".d.ts")) yield p
  }
}

const importRe =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm
const errors = []
for (const file of walk(src)) {
  const layer = layerOf(file)
  if (layer === null) {
    errors.push(`${relative(root, file)}: file outside any layer folder`)
    continue
  }
  if (!(layer in allowed)) {
    errors.push(`${relative(root, file)}: unknown layer folder "${layer}"`)
    continue
  }
  const text = readFileSync(file, "utf8")
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3]
    if (
      spec.startsWith("node:") ||
      ["fs", "path", "os", "url", "child_process", "worker_threads", "readline"].includes(spec)
    ) {
      if (layer !== "cli")
        errors.push(`${relative(root, file)}: imports ${spec}; only src/cli may touch Node`)
      continue
    }
    if (!spec.startsWith(".")) continue // a package: allowed anywhere it is a dependency
    const target = resolve(dirname(file), spec)
    if (!target.startsWith(src + sep)) {
      errors.push(`${relative(root, file)}: imports ${spec} from outside src/`)
      continue
    }
    const to = layerOf(target)
    if (to === layer || layer === "index") continue
    if (to === "index") {
      errors.push(`${relative(root, file)}: imports the public index; import the module itself`)
      continue
    }
    if (!allowed[layer].includes(to)) {
      errors.push(
        `${relative(root, file)}: layer "${layer}" may not import layer "${to}" (${spec})`,
      )
    }
  }
}

if (errors.length > 0) {
  for (const e of errors) console.error(e)
  console.error(`check-layers: ${errors.length} import(s) break the layer order of docs/DESIGN.md`)
  process.exit(1)
}
console.log("check-layers: every import in src/ points down the layer list")
