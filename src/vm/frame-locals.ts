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
  if (F.snap === null) return d
  const vals = F.snap()
  const code = F.code
  const names = [...code.varnames, ...code.cellvars, ...code.freevars]
  names.forEach((n, i) => {
    const v = vals[i]
    if (v !== null && v !== undefined && !(code.cellvars.includes(n) && i < code.varnames.length))
      dictSetItem(rt, d, intern(rt, n), v)
  })
  return d
}
