// Symbol tables: which block every name belongs to, as CPython 3.11 decides it.
//
// Two passes, like symtable.c:
//
//   1. collect  walk the AST once; open a block (SymbolTableEntry) for the module,
//               each class, each def/lambda and each comprehension; record, per
//               name, what the block does with it (flags DEF_LOCAL, USE, ...).
//   2. analyze  walk the block tree top-down with the sets of names bound in
//               enclosing functions, and bottom-up with the free names of
//               children; give each name its scope (LOCAL, CELL, FREE, ...).
//
//   def f():          module  top      f: DEF_LOCAL              -> LOCAL
//       x = 1         function f       x: DEF_LOCAL              -> CELL  (g reads it)
//       def g():                       g: DEF_LOCAL              -> LOCAL
//           return x  function g       x: USE                    -> FREE
//       return g
//
// Both passes raise CPython's SyntaxErrors (see docs/internals/compiler-symtable.md).
// Names are stored mangled (`__x` in class C is `_C__x`), flags and scope live in
// one number exactly as in CPython, so `symtable` module answers can be compared.
//
// @cpython Python/symtable.c

import type * as A from "./ast-nodes.js"
import { analyzeTree } from "./symtable-analyze.js"
import { SymtableBuilder } from "./symtable-collect.js"
import { SymbolTable } from "./symtable-entry.js"

export * from "./symtable-entry.js"

/** Options of {@link buildSymtable}. */
export interface SymtableOptions {
  /** `from __future__ import annotations` (normally found by the future checks). */
  futureAnnotations?: boolean
}

/**
 * Builds and analyzes the symbol table of a module (any `mod` kind), raising
 * PySyntaxError for the first error CPython's symtable.c would report.
 * @cpython Python/symtable.c _PySymtable_Build
 */
export function buildSymtable(
  mod: A.ModNode,
  filename: string,
  options: SymtableOptions = {},
): SymbolTable {
  const builder = new SymtableBuilder(filename, options.futureAnnotations === true)
  const top = builder.run(mod)
  analyzeTree(top, filename)
  return new SymbolTable(filename, top, builder.blocks, builder.futureAnnotations)
}
