// The public API of heapscope: re-exports only.
export * from "./memory/index.js"
