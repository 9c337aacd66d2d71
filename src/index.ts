// The public API of heapscope: re-exports only.
export * from "./memory/index.js"
export { Interpreter, type InterpreterOptions, type FrontEnd } from "./interpreter.js"
export { MemoryHost, type Host } from "./vm/host.js"
export type { Limits } from "./vm/limits.js"
export type { TraceEvent } from "./vm/trace.js"
export type { RuntimeEvent, RuntimeListener } from "./objects/events.js"
export { PymallocHeap, type ObjectHeap } from "./objects/heap.js"
