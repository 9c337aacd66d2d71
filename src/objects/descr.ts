// Descriptors and built-in callables (Objects/descrobject.c, methodobject.c,
// funcobject.c's classmethod/staticmethod): how the methods of built-in
// types are defined, looked up and called, plus property, classmethod,
// staticmethod, member descriptors (__slots__) and getset descriptors.
//
// Defining the methods of a built-in type (the other type files do this in
// their init functions):
//
//   defineMethods(rt, rt.t.list, {
//     append: { kind: "o", fn: (rt, self, args) => { ...; return incref(rt.None) } },
//     clear: { kind: "noargs", fn: listClear },
//     pop: listPop,                 // a bare function: fastcall with keywords
//   })
//
// A method implementation has the vectorcall shape (MethodImpl): `self` and
// the arguments are borrowed, `args` holds the positional arguments followed
// by the values of the keyword arguments named in `kwnames` (a tuple of str,
// or null), and it returns a new reference. Kinds "noargs" and "o" are
// checked before the call, with CPython's messages ("list.clear() takes no
// arguments (1 given)", "list.append() takes exactly one argument (2 given)");
// "fast" rejects keywords ("list.pop() takes no keyword arguments"); "fastkw"
// (the default for a bare function) leaves the checking to the function,
// which uses checkPositional / parseArgs below.
//
// During bootstrap, before dicts and strs exist, definitions are queued and
// put in the type's dict when bootstrap readies the type (typeobject.ts
// readyType); afterwards they go in at once.

import type { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"
import type { PyType } from "./type.js"

/** A method or builtin function body (vectorcall shape); returns a new reference. */
export type MethodImpl = (
  rt: Runtime,
  self: PyObject,
  args: PyObject[],
  kwnames: PyObject | null,
) => PyObject

/** How the arguments of a method are checked before its body runs (CPython's METH_* flags). */
export type MethodKind = "noargs" | "o" | "fast" | "fastkw"

/** A method definition (PyMethodDef). */
export interface MethodDef {
  fn: MethodImpl
  /** Defaults to "fastkw". */
  kind?: MethodKind
  /** METH_CLASS: `self` is the type (dict.fromkeys); METH_STATIC: `self` is null-ish (str.maketrans). */
  binding?: "instance" | "class" | "static"
  doc?: string
}

/** A computed attribute of a built-in type (PyGetSetDef), e.g. `int.real`, `function.__name__`. */
export interface GetSetDef {
  /** Returns a new reference. */
  get: (rt: Runtime, o: PyObject) => PyObject
  /** Borrows `value`; null means delete. Absent: "attribute 'x' of 'T' objects is not writable". */
  set?: (rt: Runtime, o: PyObject, value: PyObject | null) => void
  doc?: string
}

/** Adds methods to a built-in type's dict (method_descriptor / classmethod_descriptor / staticmethod). */
export declare function defineMethods(
  rt: Runtime,
  type: PyType,
  defs: Record<string, MethodImpl | MethodDef>,
): void
/** Adds getset descriptors to a built-in type's dict. */
export declare function defineGetSets(
  rt: Runtime,
  type: PyType,
  defs: Record<string, GetSetDef>,
): void
/**
 * Puts a plain value in a built-in type's dict (e.g. `__hash__ = None`,
 * `__doc__`). `make` is called once the dict exists and returns a new
 * reference, which the dict takes over.
 */
export declare function defineAttr(
  rt: Runtime,
  type: PyType,
  name: string,
  make: (rt: Runtime) => PyObject,
): void

/**
 * A builtin function (builtin_function_or_method), e.g. `len`. `self` is the
 * module (borrowed, may be null); `module` is the `__module__` name.
 * Returns a new reference; repr `<built-in function len>`.
 */
export declare function newBuiltinFunction(
  rt: Runtime,
  name: string,
  def: MethodImpl | MethodDef,
  self: PyObject | null,
  module: string | null,
): PyObject

// ---------------------------------------------------------------------------
// Argument checking with CPython's messages

/** Argument count of a vectorcall (positional arguments only). */
export declare function positionalCount(args: PyObject[], kwnames: PyObject | null): number

/**
 * _PyArg_CheckPositional: "pop expected at most 1 argument, got 2",
 * "get expected at least 1 argument, got 0", "isinstance expected 2
 * arguments, got 1"; with `fname` "" the message starts at "expected".
 */
export declare function checkPositional(
  rt: Runtime,
  fname: string,
  nargs: number,
  min: number,
  max: number,
): void

/** _PyArg_NoKwnames: "list.pop() takes no keyword arguments" (`fname` includes the type, e.g. "list.pop"). */
export declare function noKeywords(rt: Runtime, fname: string, kwnames: PyObject | null): void

/** The parameters of a function checked by parseArgs (an Argument Clinic signature). */
export interface ArgSpec {
  /** Function name as messages print it, without "()": "sort", "encode". */
  fname: string
  /** Parameter names in order; the first `posOnly` are positional-only. */
  names: string[]
  /** Number of positional-only parameters (default 0). */
  posOnly?: number
  /** Number of required parameters (the first `required` names). */
  required: number
  /** How many parameters may be passed by position (default names.length); the rest are keyword-only. */
  maxPos?: number
}

/**
 * _PyArg_UnpackKeywords: matches positional and keyword arguments to
 * `spec.names` and returns one BORROWED value per name, or null for an
 * optional one not given. Messages: "encode() takes at most 2 arguments (3
 * given)", "sort() takes no positional arguments", "'x' is an invalid
 * keyword argument for sort()", "argument for encode() given by name
 * ('encoding') and position (1)", "from_bytes() missing required argument
 * 'bytes' (pos 1)".
 */
export declare function parseArgs(
  rt: Runtime,
  spec: ArgSpec,
  args: PyObject[],
  kwnames: PyObject | null,
): (PyObject | null)[]

// ---------------------------------------------------------------------------
// Descriptor objects used by classes

/** A property object (new reference); fget/fset/fdel/doc borrowed, each may be null. */
export declare function newProperty(
  rt: Runtime,
  fget: PyObject | null,
  fset: PyObject | null,
  fdel: PyObject | null,
  doc: PyObject | null,
): PyObject
/** classmethod(f): new reference. */
export declare function newClassMethod(rt: Runtime, f: PyObject): PyObject
/** staticmethod(f): new reference. */
export declare function newStaticMethod(rt: Runtime, f: PyObject): PyObject

/** Creates the descriptor and builtin-function types (bootstrap). */
export declare function initDescr(rt: Runtime): void
