// Type objects and their slots.
//
// A PyType is a Python object (its own `type` is `type` or a metaclass) that
// also carries the C-level slots of CPython's PyTypeObject as JS functions.
// Slots take the runtime first (`rt`), borrow their object arguments and
// return a new reference, unless their comment says otherwise. A slot that
// is null is absent, exactly as a NULL slot in C.
//
// Heap types (class statements) get generic slots that look up the dunder
// method in the MRO ("slot wrappers"); built-in types get direct functions.

import { PyObject } from "./object.js"
import type { Runtime } from "./runtime.js"

/**
 * A Py_hash_t: a JS number when it is a safe integer, else a bigint in the
 * signed 64-bit range (never a bigint that fits a safe integer). A JS number
 * alone would lose the low bits of most str hashes, which decide table slots.
 */
export type PyHash = number | bigint

/** Rich comparison operators, numbered as CPython's Py_LT … Py_GE. */
export const CompareOp = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const
export type CompareOp = (typeof CompareOp)[keyof typeof CompareOp]

/** Type flags, with CPython's bit values (Include/object.h, 3.11). */
export const TypeFlags = {
  MANAGED_DICT: 1 << 4,
  HEAPTYPE: 1 << 9,
  BASETYPE: 1 << 10,
  READY: 1 << 12,
  HAVE_GC: 1 << 14,
  IS_ABSTRACT: 1 << 20,
  MATCH_SELF: 1 << 22,
  LONG_SUBCLASS: 1 << 24,
  LIST_SUBCLASS: 1 << 25,
  TUPLE_SUBCLASS: 1 << 26,
  BYTES_SUBCLASS: 1 << 27,
  UNICODE_SUBCLASS: 1 << 28,
  DICT_SUBCLASS: 1 << 29,
  BASE_EXC_SUBCLASS: 1 << 30,
  TYPE_SUBCLASS: 2 ** 31,
} as const

/** Called for each object a container references (tp_traverse's visitproc). */
export type Visit = (child: PyObject) => void

export type UnarySlot = (rt: Runtime, o: PyObject) => PyObject
export type BinarySlot = (rt: Runtime, a: PyObject, b: PyObject) => PyObject
export type TernarySlot = (rt: Runtime, a: PyObject, b: PyObject, c: PyObject) => PyObject

/**
 * A Python type. Fields are set in the constructor in a fixed order so every
 * type object has one V8 shape. The `v` payload of a type object is unused;
 * its namespace is `dict`.
 */
export class PyType extends PyObject {
  /** tp_name, e.g. "int" or "collections.OrderedDict"; `__qualname__` lives in `qualname`. */
  name: string
  qualname: string
  /** tp_basicsize and tp_itemsize, in bytes, excluding the GC header. */
  basicsize: number
  itemsize: number
  flags: number
  /** tp_base, and __bases__ / __mro__ as JS arrays of borrowed references held by the type. */
  base: PyType | null
  bases: PyType[]
  mro: PyType[]
  /** The type's namespace (a dict object); null only while the type is being built. */
  dict: PyObject | null
  /** Per-type attribute cache (CPython's method cache), invalidated when any type in the MRO changes. */
  cache: Map<string, PyObject | null>
  /**
   * Whether attribute lookup on instances is object's generic one, with no
   * __getattribute__/__getattr__ of the class's own (LOAD_METHOD's condition):
   * 0 not known yet, 1 yes, 2 no. Reset with the cache when the type changes.
   */
  plainGetattr: number
  /**
   * Bumped whenever the cache is dropped (typeModified): call-site caches of
   * the vm remember (type, version) and trust nothing once it changed.
   */
  version: number
  /** Types created from this one (for cache invalidation), held weakly by design: plain JS refs, no refcount. */
  subclasses: PyType[]
  /** Offset of the weakref list, or 0 if instances cannot be weakly referenced (tp_weaklistoffset). */
  weaklistoffset: number
  /** Whether instances carry a `__dict__` (tp_dictoffset != 0). */
  hasDict: boolean
  /** Number of `__slots__` values an instance carries, inherited ones included (objectobject.ts). */
  nslots: number
  /**
   * Where instances of a class keep their `__dict__` and `__slots__` values:
   * `o.v`/`o.w` when the built-in base leaves them free (object: both;
   * BaseException: v only), else the Runtime's extDicts/extSlots side tables.
   */
  dictInV: boolean
  slotsInW: boolean

  // --- object lifecycle ---
  /** tp_dealloc: the refcount reached 0; release references and free the block. */
  dealloc: ((rt: Runtime, o: PyObject) => void) | null
  /** tp_traverse: visit every object this one holds a reference to, in CPython's order. */
  traverse: ((o: PyObject, visit: Visit) => void) | null
  /** tp_clear: drop the references that can be part of a cycle. */
  clear: ((rt: Runtime, o: PyObject) => void) | null
  /** tp_finalize (`__del__` for heap types). */
  finalize: ((rt: Runtime, o: PyObject) => void) | null
  /** tp_new(type, args, kwargs): args/kwargs borrowed; kwargs may be null. */
  newObj:
    ((rt: Runtime, type: PyType, args: PyObject[], kwnames: PyObject | null) => PyObject) | null
  /** tp_init: returns nothing; raises on error. */
  init: ((rt: Runtime, o: PyObject, args: PyObject[], kwnames: PyObject | null) => void) | null

  // --- basic protocol ---
  repr: UnarySlot | null
  str: UnarySlot | null
  /**
   * tp_hash: CPython's exact Py_hash_t value (never -1), as a JS number when it
   * is a safe integer, else as a bigint (the int payload convention; see
   * PyHash and objects/hash.ts).
   */
  hash: ((rt: Runtime, o: PyObject) => PyHash) | null
  richcompare: ((rt: Runtime, a: PyObject, b: PyObject, op: CompareOp) => PyObject) | null
  /** tp_getattro: returns a new reference, or null if absent (no exception set), like _PyObject_LookupAttr. */
  getattro: ((rt: Runtime, o: PyObject, name: PyObject) => PyObject | null) | null
  /** tp_setattro: value null means delete. */
  setattro: ((rt: Runtime, o: PyObject, name: PyObject, value: PyObject | null) => void) | null
  /**
   * tp_call / vectorcall: `args` holds the positional arguments followed by the
   * keyword values; `kwnames` is a tuple of the keyword names or null. All borrowed.
   */
  call: ((rt: Runtime, f: PyObject, args: PyObject[], kwnames: PyObject | null) => PyObject) | null
  iter: UnarySlot | null
  /** tp_iternext: the next item (new reference), or null when exhausted without an exception. */
  iternext: ((rt: Runtime, it: PyObject) => PyObject | null) | null
  descrGet: ((rt: Runtime, d: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | null
  descrSet: ((rt: Runtime, d: PyObject, obj: PyObject, value: PyObject | null) => void) | null

  // --- number protocol (nb_*): return NotImplemented (a new reference) to decline ---
  add: BinarySlot | null
  subtract: BinarySlot | null
  multiply: BinarySlot | null
  remainder: BinarySlot | null
  divmod: BinarySlot | null
  power: TernarySlot | null
  negative: UnarySlot | null
  positive: UnarySlot | null
  absolute: UnarySlot | null
  /** nb_bool: truth value. */
  bool: ((rt: Runtime, o: PyObject) => boolean) | null
  invert: UnarySlot | null
  lshift: BinarySlot | null
  rshift: BinarySlot | null
  and: BinarySlot | null
  xor: BinarySlot | null
  or: BinarySlot | null
  int: UnarySlot | null
  float: UnarySlot | null
  floorDivide: BinarySlot | null
  trueDivide: BinarySlot | null
  index: UnarySlot | null
  matrixMultiply: BinarySlot | null
  /** In-place variants (nb_inplace_*), indexed by the binary slot's name; absent ones are missing keys. */
  inplace: Partial<Record<BinarySlotName, BinarySlot>>

  // --- sequence and mapping protocols ---
  /** sq_length / mp_length. */
  length: ((rt: Runtime, o: PyObject) => number) | null
  /** mp_subscript (and sq_item through it). */
  getitem: BinarySlot | null
  /** mp_ass_subscript: value null means delete. */
  setitem: ((rt: Runtime, o: PyObject, key: PyObject, value: PyObject | null) => void) | null
  /** sq_contains. */
  contains: ((rt: Runtime, o: PyObject, item: PyObject) => boolean) | null
  /**
   * sq_concat / sq_repeat (and their in-place forms): `a + b` and `a * n` of
   * sequences, which abstract.ts's binaryOp tries after the number slots
   * declined, as PyNumber_Add/PyNumber_Multiply do. `n` is already an index.
   */
  sqConcat: BinarySlot | null
  sqRepeat: ((rt: Runtime, o: PyObject, n: number) => PyObject) | null
  sqInplaceConcat: BinarySlot | null
  sqInplaceRepeat: ((rt: Runtime, o: PyObject, n: number) => PyObject) | null
  /**
   * Where a type that is not a class keeps its instances' `__dict__` (the
   * tp_dictoffset of function, module...): returns it BORROWED, creating it
   * when `create`, or null. Classes use hasDict/dictInV instead.
   */
  dictOf: ((rt: Runtime, o: PyObject, create: boolean) => PyObject | null) | null
  /** objects-core's per-type extras (typeobject.ts TypeExtra: __bases__/__mro__ tuples, ht_* fields). */
  ext: any
  /** Whether the type fills the sequence protocol (for PySequence_Check and `*` repetition). */
  isSequence: boolean
  isMapping: boolean

  constructor(
    metatype: PyType | null,
    name: string,
    base: PyType | null,
    basicsize: number,
    itemsize: number,
    flags: number,
  ) {
    // A type's own metatype is filled in by the runtime for the bootstrap types.
    super(metatype as PyType, 0, null, null)
    this.name = name
    this.qualname = name.slice(name.lastIndexOf(".") + 1)
    this.basicsize = basicsize
    this.itemsize = itemsize
    this.flags = flags
    this.base = base
    this.bases = base === null ? [] : [base]
    this.mro = []
    this.dict = null
    this.cache = new Map()
    this.plainGetattr = 0
    this.version = 0
    this.subclasses = []
    this.weaklistoffset = 0
    this.hasDict = false
    this.nslots = 0
    this.dictInV = false
    this.slotsInW = false
    this.dealloc = null
    this.traverse = null
    this.clear = null
    this.finalize = null
    this.newObj = null
    this.init = null
    this.repr = null
    this.str = null
    this.hash = null
    this.richcompare = null
    this.getattro = null
    this.setattro = null
    this.call = null
    this.iter = null
    this.iternext = null
    this.descrGet = null
    this.descrSet = null
    this.add = null
    this.subtract = null
    this.multiply = null
    this.remainder = null
    this.divmod = null
    this.power = null
    this.negative = null
    this.positive = null
    this.absolute = null
    this.bool = null
    this.invert = null
    this.lshift = null
    this.rshift = null
    this.and = null
    this.xor = null
    this.or = null
    this.int = null
    this.float = null
    this.floorDivide = null
    this.trueDivide = null
    this.index = null
    this.matrixMultiply = null
    this.inplace = {}
    this.length = null
    this.getitem = null
    this.setitem = null
    this.contains = null
    this.sqConcat = null
    this.sqRepeat = null
    this.sqInplaceConcat = null
    this.sqInplaceRepeat = null
    this.dictOf = null
    this.ext = null
    this.isSequence = false
    this.isMapping = false
  }

  /** Whether instances have the 16-byte GC header in front of them. */
  get isGC(): boolean {
    return (this.flags & TypeFlags.HAVE_GC) !== 0
  }

  /** Whether this is a heap type (made by a class statement or type(name, bases, dict)). */
  get isHeapType(): boolean {
    return (this.flags & TypeFlags.HEAPTYPE) !== 0
  }
}

/** Names of the binary number slots, for the in-place table and generic dispatch. */
export type BinarySlotName =
  | "add"
  | "subtract"
  | "multiply"
  | "remainder"
  | "divmod"
  | "lshift"
  | "rshift"
  | "and"
  | "xor"
  | "or"
  | "floorDivide"
  | "trueDivide"
  | "matrixMultiply"
  | "power"

/** Whether `t` is `base` or a subclass of it (PyType_IsSubtype: walks the MRO). */
export function isSubtype(t: PyType, base: PyType): boolean {
  if (t === base) return true
  const mro = t.mro
  for (let i = 0; i < mro.length; i++) if (mro[i] === base) return true
  return false
}
