// locals() / vars() / frame.f_locals of a function frame: a snapshot dict
// built from the JS variables through F.snap (present when the code uses
// locals, vars, dir, exec or eval, or when a trace hook asked for it).

import type { PyObject } from "../objects/object.js"
import { newDict, dictSetItem } from "../objects/dict.js"
import { intern } from "../objects/str.js"
import type { Frame } from "./frame.js"
import type { VM } from "./vm.js"

/** A new dict of the frame's bound locals, cells and free variables. */
export function frameLocals(vm: VM, F: Frame): PyObject {
  const rt = vm.rt
  const d = newDict(rt)
  const code = F.code
  let vals: (PyObject | null)[]
  if (F.snap !== null) vals = F.snap()
  else if (F.owned !== null && F.isGen) vals = generatorLocals(vm, F, F.owned())
  else return d
  const names = [...code.varnames, ...code.cellvars, ...code.freevars]
  names.forEach((n, i) => {
    const v = vals[i]
    if (v !== null && v !== undefined && !(code.cellvars.includes(n) && i < code.varnames.length))
      dictSetItem(rt, d, intern(rt, n), v)
  })
  return d
}

/**
 * A generator frame's locals in F.snap's form, from F.owned (which every
 * generator body has, for the collector): fast locals, then own cells, then
 * temporaries; cells are given by their contents and free variables added.
 * Before the body first runs its locals are not set yet: none is shown then.
 */
function generatorLocals(vm: VM, F: Frame, owned: (PyObject | null)[]): (PyObject | null)[] {
  const code = F.code
  const nv = code.varnames.length
  const out: (PyObject | null)[] = []
  for (let i = 0; i < nv; i++) out.push(owned[i] ?? null)
  for (let i = 0; i < code.cellvars.length; i++) {
    const c = owned[nv + i]
    out.push(
      c !== null && c !== undefined && c.type === vm.types.cell ? (c.v as PyObject | null) : null,
    )
  }
  for (const c of F.closure ?? []) out.push(c.v as PyObject | null)
  return out
}
