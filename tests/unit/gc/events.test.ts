import { describe, expect, it } from "vitest"
import { Interpreter } from "../../../src/interpreter.js"
import type { RuntimeEvent } from "../../../src/objects/events.js"

function interp(): { it: Interpreter; out: string[] } {
  const out: string[] = []
  const it = new Interpreter({ stdout: (s) => void out.push(s), stderr: (s) => void out.push(s) })
  return { it, out }
}

describe("the runtime event stream", () => {
  it("reports allocations, finalizers, weakref callbacks and collections in order", () => {
    const { it, out } = interp()
    const events: RuntimeEvent[] = []
    const stop = it.subscribe((e) => events.push(e))
    const status = it.run(
      [
        "import gc, weakref",
        "class A:",
        "    def __del__(self): pass",
        "a = A()",
        "r = weakref.ref(a, lambda w: None)",
        "del a",
        "l = []",
        "l.append(l)",
        "del l",
        "gc.collect()",
      ].join("\n"),
      "events.py",
    )
    stop()
    expect(out.join("")).toBe("")
    expect(status).toBe(0)
    const kinds = events.map((e) => e.kind)
    const fin = kinds.indexOf("finalize")
    const cb = kinds.indexOf("weakref-callback")
    expect(fin).toBeGreaterThan(0)
    expect(cb).toBeGreaterThan(fin) // __del__ first, then the callbacks (refcount death)
    const start = events.findIndex((e) => e.kind === "gc-start" && e.generation === 2)
    const stopEv = events.find((e) => e.kind === "gc-stop" && e.generation === 2)
    expect(start).toBeGreaterThan(cb)
    expect(stopEv).toMatchObject({ kind: "gc-stop", collected: 1, uncollectable: 0 })
    const lists = events.filter((e) => e.kind === "dealloc" && e.type === "list")
    expect(lists.length).toBeGreaterThan(0)
    // Every event's object had the address it reports while alive.
    for (const e of events) if (e.kind === "alloc") expect(e.address).toBeGreaterThan(0)
  })

  it("stops when unsubscribed", () => {
    const { it } = interp()
    let n = 0
    const stop = it.subscribe(() => void n++)
    it.run("x = [1, 2, 3]", "a.py")
    const seen = n
    expect(seen).toBeGreaterThan(0)
    stop()
    it.run("y = [4, 5, 6]", "b.py")
    expect(n).toBe(seen)
    expect(it.rt.listener).toBe(null)
  })
})
