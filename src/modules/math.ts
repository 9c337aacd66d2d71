// The math module. Exact functions (floor, ceil, trunc, sqrt, fsum, frexp,
// ldexp, modf, fmod, copysign, factorial, gcd, lcm, isqrt, comb, perm, prod,
// isclose, nextafter, ulp, ...) give CPython's results bit for bit. The
// transcendental ones (sin, exp, log, pow, ...) use the JS engine's Math, which
// differs from glibc's libm in the last bit for a few percent of arguments
// (tests/divergences/math-last-bit.py); erf, erfc, gamma and lgamma follow
// CPython's and glibc's algorithms (math-special.ts). Errors follow CPython: "math domain error", "math range error".
//
// @cpython Modules/mathmodule.c

import { gamma, lgamma, erf, erfc, type SpecialResult } from "./math-special.js"
import type { PyObject } from "../objects/object.js"
import { decref } from "../objects/refcount.js"
import type { Runtime } from "../objects/runtime.js"
import { raise, typeError, valueError } from "../objects/errors.js"
import * as ab from "../objects/abstract.js"
import { newBuiltinFunction, parseArgs, type MethodImpl } from "../objects/descr.js"
import { intValue, isInt, newInt, type IntValue } from "../objects/int.js"
import { newFloat, floatValue, isFloat } from "../objects/float.js"
import { intern } from "../objects/str.js"
import { newTuple } from "../objects/tuple.js"
import type { VM } from "../vm/vm.js"
import { newModule, moduleDict } from "../vm/import.js"

type O = PyObject

/** PyFloat_AsDouble: a float, an int, or anything with __float__ / __index__. */
function toDouble(rt: Runtime, o: O): number {
  if (isFloat(rt, o)) return floatValue(o)
  if (isInt(o)) return intToDouble(rt, intValue(o))
  if (o.type.float === null && o.type.index === null)
    typeError(rt, `must be real number, not ${o.type.name}`)
  const f = ab.asFloat(rt, o)
  try {
    return floatValue(f)
  } finally {
    decref(rt, f)
  }
}

function intToDouble(rt: Runtime, v: IntValue): number {
  const x = Number(v)
  if (!Number.isFinite(x)) raise(rt, rt.t.OverflowError, "int too large to convert to float")
  return x
}

function bigOf(rt: Runtime, o: O): bigint {
  return BigInt(intValue(ab.index(rt, o)))
}

function intOut(rt: Runtime, v: bigint): O {
  return newInt(
    rt,
    v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v,
  )
}

/** math_1: applies `f`, turning NaN out of a non-NaN into a domain error and inf out of a finite into a range (or domain) error. */
function math1(rt: Runtime, x: number, f: (x: number) => number, canOverflow: boolean): O {
  const r = f(x)
  if (Number.isNaN(r) && !Number.isNaN(x)) valueError(rt, "math domain error")
  if (!Number.isFinite(r) && Number.isFinite(x)) {
    if (canOverflow) raise(rt, rt.t.OverflowError, "math range error")
    valueError(rt, "math domain error")
  }
  return newFloat(rt, r)
}

const view = new DataView(new ArrayBuffer(8))

function bitsOf(x: number): bigint {
  view.setFloat64(0, x)
  return view.getBigUint64(0)
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b & 0xffffffffffffffffn)
  return view.getFloat64(0)
}

/** frexp: m in [0.5, 1) and e with x == m * 2**e. */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0]
  let e = 0
  let m = Math.abs(x)
  if (m < 2 ** -1022) {
    m *= 2 ** 64
    e -= 64
  }
  const exp = Number((bitsOf(m) >> 52n) & 0x7ffn) - 1022
  m = m / 2 ** exp
  return [x < 0 ? -m : m, e + exp]
}

/** ldexp with exact scaling (two steps so subnormal results round once). */
function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x
  if (e > 2100) e = 2100
  if (e < -2100) e = -2100
  let r = x
  while (e > 1023) {
    r *= 2 ** 1023
    e -= 1023
  }
  while (e < -1022) {
    r *= 2 ** -1022
    e += 1022
    if (r === 0) return r
  }
  return r * 2 ** e
}

/** math.fsum: Shewchuk's exact partial sums, as CPython's math_fsum. */
function fsum(rt: Runtime, items: number[]): number {
  const partials: number[] = []
  let specialSum = 0
  let infSum = 0
  for (const x0 of items) {
    let x = x0
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) specialSum += x
      else infSum += x
      specialSum += x
      continue
    }
    let i = 0
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x]
      const hi = x + y
      const lo = y - (hi - x)
      if (lo !== 0) partials[i++] = lo
      x = hi
    }
    partials.length = i
    if (!Number.isFinite(x)) raise(rt, rt.t.OverflowError, "intermediate overflow in fsum")
    partials.push(x)
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) valueError(rt, "-inf + inf in fsum")
    return specialSum
  }
  let n = partials.length
  let hi = 0
  if (n > 0) {
    hi = partials[--n]!
    let lo = 0
    while (n > 0) {
      const x = hi
      const y = partials[--n]!
      hi = x + y
      const yr = hi - x
      lo = y - yr
      if (lo !== 0) break
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2
      const x = hi + y
      const yr = x - hi
      if (y === yr) hi = x
    }
  }
  return hi
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n
  let x = BigInt(Math.floor(Math.sqrt(Number(n))))
  // Newton steps from a close start, then exact correction.
  for (;;) {
    const y = (x + n / x) >> 1n
    if (y >= x) break
    x = y
  }
  while (x * x > n) x--
  while ((x + 1n) * (x + 1n) <= n) x++
  return x
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a
  b = b < 0n ? -b : b
  while (b !== 0n) [a, b] = [b, a % b]
  return a
}

/** floor/ceil: __floor__/__ceil__ of the type, else the float rounded to an int. */
function rounding(rt: Runtime, o: O, dunder: string, f: (x: number) => number): O {
  if (isInt(o) && o.type === rt.t.int) {
    o.rc++
    return o
  }
  if (!isFloat(rt, o)) {
    const m = ab.lookupSpecial(rt, o, dunder)
    if (m !== null) {
      try {
        return ab.call(rt, m, [], null)
      } finally {
        decref(rt, m)
      }
    }
  }
  const x = toDouble(rt, o)
  if (Number.isNaN(x)) valueError(rt, "cannot convert float NaN to integer")
  if (!Number.isFinite(x)) raise(rt, rt.t.OverflowError, "cannot convert float infinity to integer")
  const r = f(x)
  return Number.isSafeInteger(r) ? newInt(rt, r) : newInt(rt, BigInt(r))
}

/** Creates the math module (new reference). */
export function makeMathModule(vm: VM): O {
  const rt = vm.rt
  const mod = newModule(vm, "math")
  const d = moduleDict(mod)
  const put = (name: string, v: O): void => {
    ab.setItem(rt, d, intern(rt, name), v)
    decref(rt, v)
  }
  const def = (name: string, fn: MethodImpl, kind: "o" | "fast" | "fastkw" = "fast"): void =>
    put(name, newBuiltinFunction(rt, name, { fn, kind }, mod, "math"))
  const args = (name: string, a: O[], min: number, max: number): void => {
    if (a.length >= min && a.length <= max) return
    if (min === max)
      typeError(rt, `${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${a.length}`)
    typeError(
      rt,
      a.length < min
        ? `${name} expected at least ${min} arguments, got ${a.length}`
        : `${name} expected at most ${max} arguments, got ${a.length}`,
    )
  }

  put("pi", newFloat(rt, Math.PI))
  put("e", newFloat(rt, Math.E))
  put("tau", newFloat(rt, 2 * Math.PI))
  put("inf", newFloat(rt, Infinity))
  put("nan", newFloat(rt, NaN))

  const unary: [string, (x: number) => number, boolean][] = [
    ["sqrt", Math.sqrt, false],
    ["exp", Math.exp, true],
    ["exp2", (x) => 2 ** x, true],
    ["expm1", Math.expm1, true],
    ["sin", Math.sin, false],
    ["cos", Math.cos, false],
    ["tan", Math.tan, false],
    ["asin", Math.asin, false],
    ["acos", Math.acos, false],
    ["atan", Math.atan, false],
    ["sinh", Math.sinh, true],
    ["cosh", Math.cosh, true],
    ["tanh", Math.tanh, false],
    ["asinh", Math.asinh, false],
    ["acosh", Math.acosh, false],
    ["atanh", Math.atanh, false],
    ["cbrt", Math.cbrt, false],
    ["fabs", Math.abs, false],
    ["log1p", Math.log1p, false],
  ]
  for (const [name, f, canOverflow] of unary) {
    def(name, (rt2, _s, a) => math1(rt2, toDouble(rt2, a[0]!), f, canOverflow), "o")
  }
  // CPython's own gamma/lgamma and glibc's erf/erfc (math-special.ts); errno EDOM and
  // ERANGE there become these errors in math_1.
  const special: [string, (x: number) => SpecialResult][] = [
    ["gamma", gamma],
    ["lgamma", lgamma],
    ["erf", erf],
    ["erfc", erfc],
  ]
  for (const [name, f] of special) {
    def(
      name,
      (rt2, _s, a) => {
        const r = f(toDouble(rt2, a[0]!))
        if (r === "domain") valueError(rt2, "math domain error")
        if (r === "range") raise(rt2, rt2.t.OverflowError, "math range error")
        return newFloat(rt2, r)
      },
      "o",
    )
  }
  const logOf = (rt2: Runtime, o: O, f: (x: number) => number): number => {
    if (isInt(o)) {
      const v = BigInt(intValue(o))
      if (v <= 0n) valueError(rt2, "math domain error")
      const x = Number(v)
      if (Number.isFinite(x)) return f(x)
      // Too big for a double (loghelper): v = m * 2**e with m in [0.5, 1),
      // log(v) = log(m) + log(2) * e.
      const e = v.toString(2).length
      const m = Number(v >> BigInt(e - 64)) / 2 ** 64
      return f(m) + f(2) * e
    }
    const x = toDouble(rt2, o)
    if (Number.isNaN(x)) return x
    if (x <= 0) valueError(rt2, "math domain error")
    return f(x)
  }
  def("log", (rt2, _s, a) => {
    args("log", a, 1, 2)
    const num = logOf(rt2, a[0]!, Math.log)
    if (a.length === 1) return newFloat(rt2, num)
    const den = logOf(rt2, a[1]!, Math.log)
    if (den === 0) raise(rt2, rt2.t.ZeroDivisionError, "float division by zero")
    return newFloat(rt2, num / den)
  })
  def("log2", (rt2, _s, a) => newFloat(rt2, logOf(rt2, a[0]!, Math.log2)), "o")
  def("log10", (rt2, _s, a) => newFloat(rt2, logOf(rt2, a[0]!, Math.log10)), "o")
  def("pow", (rt2, _s, a) => {
    args("pow", a, 2, 2)
    const x = toDouble(rt2, a[0]!)
    const y = toDouble(rt2, a[1]!)
    if (x === 0 && y < 0) valueError(rt2, "math domain error")
    if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y))
      valueError(rt2, "math domain error")
    if (x === 1 || y === 0) return newFloat(rt2, 1)
    const r = Math.pow(x, y)
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y))
      raise(rt2, rt2.t.OverflowError, "math range error")
    return newFloat(rt2, r)
  })
  def("atan2", (rt2, _s, a) => {
    args("atan2", a, 2, 2)
    return newFloat(rt2, Math.atan2(toDouble(rt2, a[0]!), toDouble(rt2, a[1]!)))
  })
  def("hypot", (rt2, _s, a) => newFloat(rt2, Math.hypot(...a.map((x) => toDouble(rt2, x)))))
  def("dist", (rt2, _s, a) => {
    args("dist", a, 2, 2)
    const p = ab.getIter(rt2, a[0]!)
    const q = ab.getIter(rt2, a[1]!)
    const diffs: number[] = []
    try {
      for (;;) {
        const x = ab.iterNext(rt2, p)
        const y = ab.iterNext(rt2, q)
        if (x === null || y === null) {
          if (x !== null) decref(rt2, x)
          if (y !== null) decref(rt2, y)
          if (x !== y) valueError(rt2, "both points must have the same number of dimensions")
          break
        }
        diffs.push(toDouble(rt2, x) - toDouble(rt2, y))
        decref(rt2, x)
        decref(rt2, y)
      }
    } finally {
      decref(rt2, p)
      decref(rt2, q)
    }
    return newFloat(rt2, Math.hypot(...diffs))
  })
  def("floor", (rt2, _s, a) => rounding(rt2, a[0]!, "__floor__", Math.floor), "o")
  def("ceil", (rt2, _s, a) => rounding(rt2, a[0]!, "__ceil__", Math.ceil), "o")
  def(
    "trunc",
    (rt2, _s, a) => {
      const o = a[0]!
      const m = ab.lookupSpecial(rt2, o, "__trunc__")
      if (m === null) typeError(rt2, `type ${o.type.name} doesn't define __trunc__ method`)
      try {
        return ab.call(rt2, m, [], null)
      } finally {
        decref(rt2, m)
      }
    },
    "o",
  )
  def("copysign", (rt2, _s, a) => {
    args("copysign", a, 2, 2)
    const x = Math.abs(toDouble(rt2, a[0]!))
    const y = toDouble(rt2, a[1]!)
    return newFloat(
      rt2,
      y < 0 || Object.is(y, -0) || (Number.isNaN(y) && bitsOf(y) >> 63n === 1n) ? -x : x,
    )
  })
  def("fmod", (rt2, _s, a) => {
    args("fmod", a, 2, 2)
    const x = toDouble(rt2, a[0]!)
    const y = toDouble(rt2, a[1]!)
    if (!Number.isFinite(y) && Number.isFinite(x)) return newFloat(rt2, x)
    const r = x % y
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y))
      valueError(rt2, "math domain error")
    return newFloat(rt2, r)
  })
  def("remainder", (rt2, _s, a) => {
    args("remainder", a, 2, 2)
    const x = toDouble(rt2, a[0]!)
    const y = toDouble(rt2, a[1]!)
    if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(rt2, NaN)
    if (!Number.isFinite(x) || y === 0) valueError(rt2, "math domain error")
    if (!Number.isFinite(y)) return newFloat(rt2, x)
    // IEEE 754 remainder: x - n*y with n the nearest integer to x/y, ties to even (exact).
    const m = Math.abs(x % y)
    const ay = Math.abs(y)
    const c = ay - m
    let r: number
    if (m < c) r = m
    else if (m > c) r = -c
    else r = m - 2 * ((0.5 * (Math.abs(x) - m)) % ay)
    return newFloat(rt2, x < 0 ? -r : r)
  })
  def(
    "frexp",
    (rt2, _s, a) => {
      const [m, e] = frexp(toDouble(rt2, a[0]!))
      return newTuple(rt2, [newFloat(rt2, m), newInt(rt2, e)])
    },
    "o",
  )
  def("ldexp", (rt2, _s, a) => {
    args("ldexp", a, 2, 2)
    const x = toDouble(rt2, a[0]!)
    if (!isInt(a[1]!)) typeError(rt2, "Expected an int as second argument to ldexp.")
    const big = BigInt(intValue(a[1]!))
    const e = big > 100000n ? 100000 : big < -100000n ? -100000 : Number(big)
    const r = ldexp(x, e)
    if (!Number.isFinite(r) && Number.isFinite(x))
      raise(rt2, rt2.t.OverflowError, "math range error")
    return newFloat(rt2, r)
  })
  def(
    "modf",
    (rt2, _s, a) => {
      const x = toDouble(rt2, a[0]!)
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) return newTuple(rt2, [newFloat(rt2, x), newFloat(rt2, x)])
        return newTuple(rt2, [newFloat(rt2, x > 0 ? 0 : -0), newFloat(rt2, x)])
      }
      const i = Math.trunc(x)
      const f = x - i
      return newTuple(rt2, [newFloat(rt2, f === 0 && x < 0 ? -0 : f), newFloat(rt2, i)])
    },
    "o",
  )
  def("degrees", (rt2, _s, a) => newFloat(rt2, toDouble(rt2, a[0]!) * (180.0 / Math.PI)), "o")
  def("radians", (rt2, _s, a) => newFloat(rt2, toDouble(rt2, a[0]!) * (Math.PI / 180.0)), "o")
  def("isfinite", (rt2, _s, a) => ab.pyBool(rt2, Number.isFinite(toDouble(rt2, a[0]!))), "o")
  def("isnan", (rt2, _s, a) => ab.pyBool(rt2, Number.isNaN(toDouble(rt2, a[0]!))), "o")
  def(
    "isinf",
    (rt2, _s, a) => {
      const x = toDouble(rt2, a[0]!)
      return ab.pyBool(rt2, !Number.isFinite(x) && !Number.isNaN(x))
    },
    "o",
  )
  def(
    "isclose",
    (rt2, _s, a, kw) => {
      const [x0, y0, rel0, abs0] = parseArgs(
        rt2,
        {
          fname: "isclose",
          names: ["a", "b", "rel_tol", "abs_tol"],
          posOnly: 0,
          required: 2,
          maxPos: 2,
        },
        a,
        kw,
      )
      const x = toDouble(rt2, x0!)
      const y = toDouble(rt2, y0!)
      const rel = rel0 === null ? 1e-9 : toDouble(rt2, rel0)
      const abs = abs0 === null ? 0 : toDouble(rt2, abs0)
      if (rel < 0 || abs < 0) valueError(rt2, "tolerances must be non-negative")
      if (x === y) return ab.pyBool(rt2, true)
      if (!Number.isFinite(x) || !Number.isFinite(y)) return ab.pyBool(rt2, false)
      const diff = Math.abs(y - x)
      return ab.pyBool(rt2, diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs)
    },
    "fastkw",
  )
  def(
    "fsum",
    (rt2, _s, a) => {
      const it = ab.getIter(rt2, a[0]!)
      const xs: number[] = []
      try {
        for (let x = ab.iterNext(rt2, it); x !== null; x = ab.iterNext(rt2, it)) {
          try {
            xs.push(toDouble(rt2, x))
          } finally {
            decref(rt2, x)
          }
        }
      } finally {
        decref(rt2, it)
      }
      return newFloat(rt2, fsum(rt2, xs))
    },
    "o",
  )
  def(
    "factorial",
    (rt2, _s, a) => {
      const o = a[0]!
      if (isFloat(rt2, o)) typeError(rt2, "'float' object cannot be interpreted as an integer")
      const n = bigOf(rt2, o)
      if (n < 0n) valueError(rt2, "factorial() not defined for negative values")
      let r = 1n
      for (let i = 2n; i <= n; i++) r *= i
      return intOut(rt2, r)
    },
    "o",
  )
  const ints = (rt2: Runtime, a: O[]): bigint[] =>
    a.map((o) => {
      if (isFloat(rt2, o)) typeError(rt2, "'float' object cannot be interpreted as an integer")
      return bigOf(rt2, o)
    })
  def("gcd", (rt2, _s, a) => intOut(rt2, ints(rt2, a).reduce(gcd2, 0n)))
  def("lcm", (rt2, _s, a) => {
    const vs = ints(rt2, a)
    let r = 1n
    for (const v of vs) {
      if (v === 0n || r === 0n) r = 0n
      else r = (r / gcd2(r, v)) * (v < 0n ? -v : v)
      if (r < 0n) r = -r
    }
    return intOut(rt2, r)
  })
  def(
    "isqrt",
    (rt2, _s, a) => {
      const [n] = ints(rt2, a)
      if (n! < 0n) valueError(rt2, "isqrt() argument must be nonnegative")
      return intOut(rt2, isqrt(n!))
    },
    "o",
  )
  def("comb", (rt2, _s, a) => {
    args("comb", a, 2, 2)
    const [n, k] = ints(rt2, a) as [bigint, bigint]
    if (n < 0n) valueError(rt2, "n must be a non-negative integer")
    if (k < 0n) valueError(rt2, "k must be a non-negative integer")
    if (k > n) return newInt(rt2, 0)
    const kk = k < n - k ? k : n - k
    let r = 1n
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i
    return intOut(rt2, r)
  })
  def("perm", (rt2, _s, a) => {
    args("perm", a, 1, 2)
    const vs = ints(
      rt2,
      a.filter((x) => x !== rt2.None),
    )
    const n = vs[0]!
    const k = vs.length > 1 ? vs[1]! : n
    if (n < 0n) valueError(rt2, "n must be a non-negative integer")
    if (k < 0n) valueError(rt2, "k must be a non-negative integer")
    if (k > n) return newInt(rt2, 0)
    let r = 1n
    for (let i = n - k + 1n; i <= n; i++) r *= i
    return intOut(rt2, r)
  })
  def(
    "prod",
    (rt2, _s, a, kw) => {
      const [it0, start0] = parseArgs(
        rt2,
        { fname: "prod", names: ["iterable", "start"], posOnly: 1, required: 1, maxPos: 1 },
        a,
        kw,
      )
      let acc = start0 ?? newInt(rt2, 1)
      if (start0 !== null) acc.rc++
      const it = ab.getIter(rt2, it0!)
      try {
        for (let x = ab.iterNext(rt2, it); x !== null; x = ab.iterNext(rt2, it)) {
          try {
            const next = ab.binaryOp(rt2, acc, x, "multiply", "*")
            decref(rt2, acc)
            acc = next
          } finally {
            decref(rt2, x)
          }
        }
      } catch (e) {
        decref(rt2, acc)
        throw e
      } finally {
        decref(rt2, it)
      }
      return acc
    },
    "fastkw",
  )
  def("nextafter", (rt2, _s, a) => {
    args("nextafter", a, 2, 2)
    const x = toDouble(rt2, a[0]!)
    const y = toDouble(rt2, a[1]!)
    if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(rt2, NaN)
    if (x === y) return newFloat(rt2, y)
    if (x === 0) return newFloat(rt2, y > 0 ? 5e-324 : -5e-324)
    const b = bitsOf(x)
    return newFloat(rt2, fromBits(x < y === x > 0 ? b + 1n : b - 1n))
  })
  def(
    "ulp",
    (rt2, _s, a) => {
      let x = Math.abs(toDouble(rt2, a[0]!))
      if (!Number.isFinite(x)) return newFloat(rt2, x)
      if (x === Number.MAX_VALUE) return newFloat(rt2, x - fromBits(bitsOf(x) - 1n))
      if (x === 0) x = 0
      return newFloat(rt2, fromBits(bitsOf(x) + 1n) - x)
    },
    "o",
  )
  return mod
}
