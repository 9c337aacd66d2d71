// The state of the code generator for one code object: the JS being
// written, the evaluation temporaries, the loop and handler stack, and the
// tables (constants, names, positions) that become the CodeObject's.
//
// Temporaries model CPython's value stack. An expression evaluates into
// the temporary at the current depth and leaves exactly that one owned
// reference there; operands live above it until the operation consumes them:
//
//   a + b         t0 = a (new ref)       depth 1
//                 t1 = b (new ref)       depth 2
//                 r  = add(t0, t1)
//                 decref t0, t1; t0 = r  depth 1: the result
//
// Invariant (temporaries). Outside the few lines that hand a value over, a
// temporary holds an owned reference or null, and every t_k with k >= depth
// is null. Catch blocks rely on this: they release the non-null temporaries
// above their own depth, top of stack first, and nothing else.

import type * as A from "../../compiler/ast-nodes.js"
import type { ConstantValue } from "../../compiler/constants.js"
import { CodeObject, ConstTuple, POS_FIELDS, Anchor, constKey } from "../code.js"

/**
 * What the code generator needs from the symbol table (src/compiler/symtable.ts):
 * one block per scope, with CPython's resolved scopes.
 */
export interface ScopeBlock {
  readonly type: "module" | "class" | "function" | "annotation"
  readonly name: string
  readonly varnames: string[]
  readonly symbols: Map<string, number>
  readonly children: ScopeBlock[]
  /** "" unless the block is a comprehension (then which kind). */
  readonly comprehension: string
  generator: boolean
  coroutine: boolean
  varargs: boolean
  varkeywords: boolean
  needsClassClosure: boolean
  nested: boolean
  scope(name: string): number
  cellvars(): string[]
  freevars(): string[]
}

/** The symbol table of a module. */
export interface ScopeTable {
  readonly top: ScopeBlock
  lookup(node: A.Node): ScopeBlock
}

/** Scope numbers (symtable.ts Scope). */
export const SC = { LOCAL: 1, GLOBAL_EXPLICIT: 2, GLOBAL_IMPLICIT: 3, FREE: 4, CELL: 5 } as const

/** Entry of the control stack: what `break`, `continue` and `return` must unwind. */
export interface Block {
  kind: "loop" | "for" | "try" | "finally" | "handler" | "with"
  /** JS label of a loop. */
  label?: string
  /** The temporary holding a for loop's iterator. */
  iter?: string
  /** Temporaries depth when the block was entered. */
  depth: number
}

/** Whether `s` can be used as-is in a JS identifier suffix. */
const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** The generator state for one code object. */
export class Gen {
  readonly code: CodeObject
  readonly ste: ScopeBlock
  readonly table: ScopeTable
  /** Name of the class the code is in, for private name mangling (`__x`). */
  readonly className: string | null
  /** Source lines of the module (for nothing but comments in the output). */
  readonly out: string[] = []
  indent = 1
  /** Current depth of the evaluation stack and the deepest reached. */
  depth = 0
  maxDepth = 0
  /** Fast locals: name -> JS variable. */
  readonly fast = new Map<string, string>()
  /** Cell and free variables: name -> JS variable holding the cell object. */
  readonly cells = new Map<string, string>()
  readonly blocks: Block[] = []
  /** Helpers of the runtime object R the code uses (emitted as consts at the top). */
  readonly helpers = new Set<string>()
  private readonly constIndex = new Map<string, number>()
  private readonly nameIndex = new Map<string, number>()
  private uniq = 0
  /** Declarations placed in the factory, outside the body function (per-site caches). */
  readonly factoryDecls: string[] = []
  /** `from __future__ import annotations` is in effect (annotations are not evaluated). */
  futureAnnotations = false
  /** Module code of the REPL: expression statements go through sys.displayhook. */
  interactive = false
  /** Set when the body needs F.snap (locals(), vars(), dir(), exec, eval, super()). */
  needsSnap = false

  constructor(code: CodeObject, ste: ScopeBlock, table: ScopeTable, className: string | null) {
    this.code = code
    this.ste = ste
    this.table = table
    this.className = className
    // Entry 0: the code's first line, used before the first statement runs.
    code.positions.push(code.firstlineno, code.firstlineno, -1, -1, Anchor.NONE, 0, 0)
  }

  /** Appends one line of JS at the current indentation. */
  emit(line: string): void {
    this.out.push("  ".repeat(this.indent) + line)
  }

  /** A fresh JS identifier with the given prefix. */
  fresh(prefix: string): string {
    return `${prefix}${this.uniq++}`
  }

  /** Pushes a temporary: returns its name (t<depth>). */
  push(): string {
    const t = `t${this.depth++}`
    if (this.depth > this.maxDepth) this.maxDepth = this.depth
    return t
  }

  /** Pops the top temporary (its value must already be consumed and the variable nulled). */
  pop(n = 1): void {
    this.depth -= n
  }

  /** The name of temporary k. */
  t(k: number): string {
    return `t${k}`
  }

  /** Marks a runtime helper as used and returns its JS name. */
  h(name: string): string {
    this.helpers.add(name)
    return name
  }

  /** Index of a constant in K (deduplicated by type and value, as co_consts). */
  constant(v: ConstantValue | CodeObject | ConstTuple): number {
    const key = constKey(v)
    if (key !== null) {
      const i = this.constIndex.get(key)
      if (i !== undefined) return i
    }
    const i = this.code.consts.length
    this.code.consts.push(v)
    if (key !== null) this.constIndex.set(key, i)
    return i
  }

  /** Index of a name in co_names. */
  name(s: string): number {
    let i = this.nameIndex.get(s)
    if (i === undefined) {
      i = this.code.names.length
      this.code.names.push(s)
      this.nameIndex.set(s, i)
    }
    return i
  }

  /** Records a source position and returns its index in the position table. */
  pos(node: A.Located, anchor: number = Anchor.NONE, a1 = 0, a2 = 0): number {
    const p = this.code.positions
    const i = p.length / POS_FIELDS
    p.push(node.lineno, node.end_lineno, node.col_offset, node.end_col_offset, anchor, a1, a2)
    return i
  }

  /**
   * Emits `F.i = <position>` for a node about to run. A position store that
   * nothing could observe (the previous line was one too) is replaced.
   */
  at(node: A.Located, anchor: number = Anchor.NONE, a1 = 0, a2 = 0): void {
    const last = this.out[this.out.length - 1]
    if (last !== undefined && /^\s*F\.i = \d+$/.test(last)) this.out.pop()
    this.emit(`F.i = ${this.pos(node, anchor, a1, a2)}`)
  }

  /** The JS variable for a fast local, creating it. */
  localVar(name: string): string {
    let v = this.fast.get(name)
    if (v === undefined) {
      v = SIMPLE_NAME.test(name) ? `v_${name}` : `v${this.fast.size}_`
      this.fast.set(name, v)
    }
    return v
  }

  /** Applies private name mangling (`__x` in class C is `_C__x`). */
  mangle(name: string): string {
    const cls = this.className
    if (cls === null || !name.startsWith("__") || name.endsWith("__") || name.includes("."))
      return name
    const stripped = cls.replace(/^_+/, "")
    if (stripped === "") return name
    return `_${stripped}${name}`
  }

  /** JS that decrefs `x` (an owned, non-null reference). */
  dec(x: string): string {
    return `if (--${x}.rc === 0) D(${x})`
  }

  /** JS that decrefs `x` if it is not null. */
  xdec(x: string): string {
    return `if (${x} !== null && --${x}.rc === 0) D(${x})`
  }

  /**
   * Emits a placeholder that becomes, once the deepest temporary is known,
   * the release of every temporary from the top of the stack down to `from`.
   */
  releaseTemps(from: number): void {
    this.emit(`/*@REL ${from}@*/`)
  }

  /** Replaces the release placeholders (called when the body is complete). */
  finishReleases(src: string): string {
    return src.replace(/([ ]*)\/\*@REL (\d+)@\*\//g, (_m, ind: string, from: string) => {
      const lines: string[] = []
      for (let k = this.maxDepth - 1; k >= Number(from); k--)
        lines.push(`${ind}if (t${k} !== null) { if (--t${k}.rc === 0) D(t${k}); t${k} = null }`)
      return lines.join("\n")
    })
  }
}
