// The command line bundled from src/ into a temporary directory (as
// scripts/bundle-cli.mjs does, without the code cache), for tests that run it
// as a child process and must not depend on a build: returns the directory,
// which holds heapscope.mjs (the entry) and cli.mjs.
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { build } from "esbuild"

export async function bundleCli(prefix: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  await build({
    entryPoints: [join(__dirname, "../../../src/cli/main.ts")],
    outfile: join(dir, "cli.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  })
  writeFileSync(
    join(dir, "heapscope.mjs"),
    'import { main } from "./cli.mjs"\nprocess.exitCode = await main(process.argv.slice(2))\n',
  )
  return dir
}
