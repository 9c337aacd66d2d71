// Pass 2 of the symbol table: gives every name of every block its scope
// (LOCAL, CELL, FREE, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT) from the flags pass 1
// recorded, and raises the errors only the whole picture reveals (nonlocal
// without a binding, nonlocal and global at once).
//
// @cpython Python/symtable.c analyze_block, analyze_name, analyze_cells, update_symbols

import type { PySyntaxError } from "./errors.js"
import {
  DEF_BOUND,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_NONLOCAL,
  SCOPE_OFFSET,
  Scope,
  syntaxError,
  type ScopeKind,
  type SymbolTableEntry,
} from "./symtable-entry.js"
import { assert } from "../util/index.js"

// ───────────────────────────── pass 2: analyze ─────────────────────────────

/**
 * One block being analyzed (a frame of CPython's recursive analyze_block):
 *   bound    names bound in enclosing function blocks (null at module level)
 *   free     receives the names this block leaves free for its parent
 *   global   names known to be global in enclosing blocks
 *   newBound, newGlobal  what the children see
 *   allFree  what the children left free, gathered as they finish
 *   next     index of the next child to analyze
 */
interface AnalyzeFrame {
  ste: SymbolTableEntry
  bound: Set<string> | null
  free: Set<string>
  scopes: Map<string, ScopeKind>
  newBound: Set<string>
  newGlobal: Set<string>
  allFree: Set<string>
  next: number
}

/**
 * analyze_block over the whole tree, with an explicit stack instead of
 * recursion (a chain of 3000 lambdas is a legal program). Each block is
 * entered (its names analyzed, the sets for its children computed), then its
 * children are analyzed in order, each on copies of those sets, then it is
 * finished (cells, class closure, symbols updated). After it returns, every
 * symbol of every block has its scope bits set.
 */
export function analyzeTree(top: SymbolTableEntry, filename: string): void {
  const stack = [enterBlock(top, null, new Set(), new Set(), filename)]
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as AnalyzeFrame
    const child = f.ste.children[f.next]
    if (child !== undefined) {
      f.next++
      // Siblings cannot see each other's effects: each child works on copies.
      stack.push(enterBlock(child, new Set(f.newBound), new Set(), new Set(f.newGlobal), filename))
      continue
    }
    stack.pop()
    finishBlock(f)
    const parent = stack[stack.length - 1]
    if (parent !== undefined) {
      addAll(parent.allFree, f.free)
      if (f.ste.hasFree || f.ste.childFree) parent.ste.childFree = true
    }
  }
}

/** The first half of analyze_block: the block's own names, and what its children will see. */
function enterBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): AnalyzeFrame {
  const local = new Set<string>()
  const scopes = new Map<string, ScopeKind>()
  const newGlobal = new Set<string>()
  const newBound = new Set<string>()
  // A class body's own bindings are invisible to its methods, so what children
  // see is fixed before the class's names are analyzed.
  if (ste.type === "class") {
    addAll(newGlobal, global)
    if (bound !== null) addAll(newBound, bound)
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, filename)
  }
  if (ste.type !== "class") {
    if (ste.type === "function") addAll(newBound, local)
    if (bound !== null) addAll(newBound, bound)
    addAll(newGlobal, global)
  } else {
    newBound.add("__class__")
  }
  return { ste, bound, free, scopes, newBound, newGlobal, allFree: new Set(), next: 0 }
}

/** The second half of analyze_block, once every child is done. */
function finishBlock(f: AnalyzeFrame): void {
  const { ste, scopes } = f
  const newFree = f.allFree
  if (ste.type === "function") {
    // analyze_cells: a local that some child uses free becomes a cell.
    for (const [name, scope] of scopes) {
      if (scope === Scope.LOCAL && newFree.has(name)) {
        scopes.set(name, Scope.CELL)
        newFree.delete(name)
      }
    }
  } else if (ste.type === "class" && newFree.delete("__class__")) {
    ste.needsClassClosure = true
  }
  updateSymbols(ste, scopes, f.bound, newFree)
  addAll(f.free, newFree)
}

/** analyze_name: decides one name's scope in `ste` from its flags and the enclosing sets. */
function analyzeName(
  ste: SymbolTableEntry,
  scopes: Map<string, ScopeKind>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) {
      throw errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, filename)
    }
    scopes.set(name, Scope.GLOBAL_EXPLICIT)
    global.add(name)
    if (bound !== null) bound.delete(name)
    return
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) {
      throw errorAtDirective(
        ste,
        name,
        "nonlocal declaration not allowed at module level",
        filename,
      )
    }
    if (!bound.has(name)) {
      throw errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, filename)
    }
    scopes.set(name, Scope.FREE)
    ste.hasFree = true
    free.add(name)
    return
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL)
    local.add(name)
    global.delete(name)
    return
  }
  // A name used but not bound here: free if an enclosing function binds it
  // (and no global statement in between said otherwise), else global.
  if (bound !== null && bound.has(name)) {
    scopes.set(name, Scope.FREE)
    ste.hasFree = true
    free.add(name)
    return
  }
  if (global.has(name)) {
    scopes.set(name, Scope.GLOBAL_IMPLICIT)
    return
  }
  if (ste.nested) ste.hasFree = true
  scopes.set(name, Scope.GLOBAL_IMPLICIT)
}

/**
 * update_symbols: stores the scopes, then adds the names that children use free
 * and that this block does not define, so they flow through it (as FREE).
 */
function updateSymbols(
  ste: SymbolTableEntry,
  scopes: Map<string, ScopeKind>,
  bound: Set<string> | null,
  free: Set<string>,
): void {
  for (const [name, flags] of ste.symbols) {
    ste.symbols.set(name, flags | ((scopes.get(name) ?? 0) << SCOPE_OFFSET))
  }
  for (const name of free) {
    const v = ste.symbols.get(name)
    if (v !== undefined) {
      // A class binding a name that one of its methods reads from further out.
      if (ste.type === "class" && v & (DEF_BOUND | DEF_GLOBAL)) {
        ste.symbols.set(name, v | DEF_FREE_CLASS)
      }
      continue
    }
    // Free in a child but global here: nothing to pass through.
    if (bound !== null && !bound.has(name)) continue
    ste.symbols.set(name, Scope.FREE << SCOPE_OFFSET)
  }
}

function errorAtDirective(
  ste: SymbolTableEntry,
  name: string,
  msg: string,
  filename: string,
): PySyntaxError {
  for (const [n, loc] of ste.directives) {
    if (n === name) return syntaxError(msg, filename, loc)
  }
  assert(false, `no directive recorded for ${name}`)
}

function addAll(into: Set<string>, from: Set<string>): void {
  for (const x of from) into.add(x)
}
