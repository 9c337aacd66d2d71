// The per-interpreter object space: the heap, the built-in types, the
// singletons and caches, and the hooks higher layers install.
//
// There is no module-level mutable state anywhere in heapscope: everything an
// interpreter owns hangs off its Runtime, so two interpreters can run side by side.

import type { ObjectHeap } from "./heap.js"
import type { RuntimeListener } from "./events.js"
import type { PyObject } from "./object.js"
import type { PyType } from "./type.js"

/** Where the simulated static data segment starts (an address far from the heap's arenas). */
export const STATIC_SEGMENT_BASE = 0x55d0_0000_0000

/**
 * The built-in types of the object layer. Files under src/objects create them
 * (one file per type) during bootstrap; higher layers add their own types to
 * `Runtime.extraTypes` rather than widening this interface.
 */
/**
 * Every name bootstrap stores into `rt.t`, declared up front: the table is made
 * with all its keys at once, so V8 keeps it a fast object. Filled by keyed
 * stores into an empty object, it became a hash table, and every `rt.t.int`,
 * `rt.t.str`... of the hot paths a hash lookup. A unit test checks that the
 * bootstrap stores no name missing here.
 */
export const TYPE_TABLE_NAMES: readonly string[] = [
  "object",
  "type",
  "NoneType",
  "NotImplementedType",
  "ellipsis",
  "int",
  "bool",
  "float",
  "complex",
  "str",
  "str_ascii_iterator",
  "str_iterator",
  "bytes",
  "bytes_iterator",
  "bytearray",
  "bytearray_iterator",
  "tuple",
  "list",
  "dict",
  "set",
  "frozenset",
  "slice",
  "range",
  "range_iterator",
  "longrange_iterator",
  "list_iterator",
  "list_reverseiterator",
  "tuple_iterator",
  "iterator",
  "callable_iterator",
  "dict_keyiterator",
  "dict_valueiterator",
  "dict_itemiterator",
  "dict_reversekeyiterator",
  "dict_reversevalueiterator",
  "dict_reverseitemiterator",
  "dict_keys",
  "dict_values",
  "dict_items",
  "set_iterator",
  "method_descriptor",
  "classmethod_descriptor",
  "wrapper_descriptor",
  "method-wrapper",
  "getset_descriptor",
  "member_descriptor",
  "builtin_function_or_method",
  "property",
  "classmethod",
  "staticmethod",
  "mappingproxy",
  "method",
  "super",
  "GenericAlias",
  "UnionType",
  "BaseException",
  "BaseExceptionGroup",
  "Exception",
  "ExceptionGroup",
  "ArithmeticError",
  "FloatingPointError",
  "OverflowError",
  "ZeroDivisionError",
  "AssertionError",
  "AttributeError",
  "BufferError",
  "EOFError",
  "ImportError",
  "ModuleNotFoundError",
  "LookupError",
  "IndexError",
  "KeyError",
  "MemoryError",
  "NameError",
  "UnboundLocalError",
  "OSError",
  "BlockingIOError",
  "ChildProcessError",
  "ConnectionError",
  "BrokenPipeError",
  "ConnectionAbortedError",
  "ConnectionRefusedError",
  "ConnectionResetError",
  "FileExistsError",
  "FileNotFoundError",
  "InterruptedError",
  "IsADirectoryError",
  "NotADirectoryError",
  "PermissionError",
  "ProcessLookupError",
  "TimeoutError",
  "ReferenceError",
  "RuntimeError",
  "NotImplementedError",
  "RecursionError",
  "StopAsyncIteration",
  "StopIteration",
  "SyntaxError",
  "IndentationError",
  "TabError",
  "SystemError",
  "TypeError",
  "ValueError",
  "UnicodeError",
  "UnicodeDecodeError",
  "UnicodeEncodeError",
  "UnicodeTranslateError",
  "Warning",
  "BytesWarning",
  "DeprecationWarning",
  "EncodingWarning",
  "FutureWarning",
  "ImportWarning",
  "PendingDeprecationWarning",
  "ResourceWarning",
  "RuntimeWarning",
  "SyntaxWarning",
  "UnicodeWarning",
  "UserWarning",
  "GeneratorExit",
  "KeyboardInterrupt",
  "SystemExit",
  "IOError",
  "EnvironmentError",
  "weakref_ref",
  "weakref_proxy",
  "weakref_callableproxy",
  "_random_Random",
  "re_Pattern",
  "re_Match",
  "re_Scanner",
]

export interface BuiltinTypes {
  type: PyType
  object: PyType
  NoneType: PyType
  NotImplementedType: PyType
  ellipsis: PyType
  bool: PyType
  int: PyType
  float: PyType
  complex: PyType
  str: PyType
  bytes: PyType
  bytearray: PyType
  tuple: PyType
  list: PyType
  dict: PyType
  set: PyType
  frozenset: PyType
  range: PyType
  slice: PyType
  [name: string]: PyType
}

/**
 * Hooks installed by higher layers at start-up. A hook nobody installed costs one null check.
 * The gc layer installs the GC ones, the vm installs the rest.
 */
export interface RuntimeHooks {
  /** _PyObject_GC_Link: a GC object is about to be allocated (counts gen 0 and may collect now). */
  gcLink: ((rt: Runtime) => void) | null
  /** PyObject_GC_Del: a GC object's memory was freed. */
  gcUnlink: ((rt: Runtime) => void) | null
  /** Report an exception that cannot propagate ("Exception ignored in: ..."). `exc` is borrowed. */
  unraisable:
    ((rt: Runtime, exc: PyObject, context: PyObject | null, message: string | null) => void) | null
  /** Build an exception instance of `type` with a str message (new reference). */
  newException: ((rt: Runtime, type: PyType, message: string | null) => PyObject) | null
  /**
   * An exception the runtime made to raise (newExceptionArgs: KeyError(key),
   * AttributeError, ...): the vm sets its __context__ to the exception being
   * handled, as PyErr_SetObject does.
   */
  excContext: ((rt: Runtime, exc: PyObject) => void) | null
  /**
   * Zero-argument super(): the vm returns the current function's `__class__`
   * cell content and its first argument (borrowed), or raises RuntimeError.
   */
  superArgs: ((rt: Runtime) => [PyType, PyObject]) | null
  /** PyObject_ClearWeakRefs: the gc layer clears `o`'s weakrefs and runs their callbacks. */
  clearWeakrefs: ((rt: Runtime, o: PyObject) => void) | null
  /** `__name__` of the calling frame's globals, for the `__module__` of `type(name, bases, ns)`. */
  callerModuleName: ((rt: Runtime) => string | null) | null
  /** The first weak reference to `o` (borrowed), for `__weakref__`; the gc layer owns the lists. */
  weakrefHead: ((rt: Runtime, o: PyObject) => PyObject | null) | null
  /**
   * Py_EnterRecursiveCall: counts one level of C recursion against the
   * recursion limit the Python frames count against, or raises RecursionError
   * ("maximum recursion depth exceeded" + `where`). Paired with leaveRecursive.
   */
  enterRecursive: ((rt: Runtime, where: string) => void) | null
  /** Py_LeaveRecursiveCall. */
  leaveRecursive: ((rt: Runtime) => void) | null
  /**
   * _PyTraceMalloc_NewReference: an object was handed out again from a free list (its
   * block stays allocated there); tracemalloc re-stamps the block's trace. Null when off.
   */
  newReference: ((rt: Runtime, o: PyObject) => void) | null
}

/** The object space of one interpreter. */
export class Runtime {
  readonly heap: ObjectHeap
  /** The built-in types, filled in by bootstrap. */
  readonly t: BuiltinTypes
  /** Singletons; their refcounts are real (3.11 has no immortal objects). */
  None!: PyObject
  True!: PyObject
  False!: PyObject
  NotImplemented!: PyObject
  Ellipsis!: PyObject
  emptyTuple!: PyObject
  emptyStr!: PyObject
  emptyBytes!: PyObject
  /** Small ints -5..256, index value + 5. */
  smallInts: PyObject[]
  /** One-character strings U+0000..U+00FF. */
  latin1: PyObject[]
  /** The static strs 'False' and 'True' that bool's repr returns (3.11's _Py_ID(False), _Py_ID(True)). */
  boolReprs: PyObject[]
  /** One-byte bytes objects. */
  singleBytes: PyObject[]
  /** Head of the weakref list of each object that has weakrefs (gc/weakref.ts); borrowed both ways. */
  weaklists: Map<PyObject, PyObject>
  /** The interned strings (sys.intern); 3.11's table does not own references. */
  interned: Map<string, PyObject>
  /** Free lists of CPython 3.11 (float, tuple by size, list, dict, ...), owned by each type's file. */
  freelists: Record<string, PyObject[]>
  /** Trashcan state: nesting depth of protected deallocs and the deferred objects (LIFO). */
  trashNesting: number
  trashLater: PyObject[]
  hooks: RuntimeHooks
  /** The event stream's subscriber (events.ts), or null: nobody listening costs one check. */
  listener: RuntimeListener | null
  /** `__dict__` of instances whose built-in base uses `v` (e.g. subclasses of list), keyed by instance; owned. */
  extDicts: Map<PyObject, PyObject>
  /** `__slots__` values of instances whose built-in base uses `w`, keyed by instance; owned. */
  extSlots: Map<PyObject, (PyObject | null)[]>
  /** Built-in types created with newStaticType, in creation order (bootstrap readies them). */
  staticTypes: PyType[]
  /** Definitions queued for a type's dict until the type is ready (descr.ts defineMethods...). */
  pendingDefs: Map<PyType, [string, (rt: Runtime) => PyObject][]>
  /** Identifier strings used by the runtime (abstract.ts ident), owned for the runtime's life. */
  idents: Map<string, PyObject>
  /** True once createRuntime has readied the built-in types. */
  booted: boolean
  /** Sentinel of the list of GC-tracked objects (gcstate.ts); the gc layer replaces it with its generations. */
  gcHead: PyObject | null
  /** Containers whose repr is in progress (Py_ReprEnter), innermost last: '[...]' for a cycle. */
  reprStack: PyObject[]
  /** The global dict version counter (ma_version_tag source; dict.ts). */
  dictVersion: number
  /** Addresses of free 8-slot unicode dict keys blocks (3.11's keys free list; dict.ts). */
  dictKeysFreeList: number[]
  /**
   * Next free address of the simulated static data segment, where CPython's
   * statically allocated objects live (small ints, one-character strings, ...);
   * see static.ts. Never part of the private heap.
   */
  staticTop: number
  /** The vm's per-interpreter state (src/vm/vm.ts VM), installed by the vm; opaque to lower layers. */
  vmState: unknown
  /** sys.get_int_max_str_digits(): the int <-> decimal str conversion limit (3.11: 4300; 0 = none). */
  intMaxStrDigits: number
  /**
   * Set when a JS stack overflow reached Python code (toPython): the overflow
   * may have struck a dealloc call right after a count reached 0, leaving a
   * tracked object at count 0 that nothing will free. The collector frees such
   * objects before its next collection (gc/collector.ts, freeStranded).
   */
  maybeStranded: boolean

  constructor(heap: ObjectHeap) {
    this.heap = heap
    this.t = Object.fromEntries(TYPE_TABLE_NAMES.map((n) => [n, null])) as unknown as BuiltinTypes
    this.smallInts = []
    this.latin1 = []
    this.boolReprs = []
    this.singleBytes = []
    this.weaklists = new Map()
    this.interned = new Map()
    this.freelists = {}
    this.trashNesting = 0
    this.trashLater = []
    this.listener = null
    this.hooks = {
      gcLink: null,
      gcUnlink: null,
      unraisable: null,
      newException: null,
      excContext: null,
      superArgs: null,
      clearWeakrefs: null,
      callerModuleName: null,
      weakrefHead: null,
      enterRecursive: null,
      leaveRecursive: null,
      newReference: null,
    }
    this.extDicts = new Map()
    this.extSlots = new Map()
    this.staticTypes = []
    this.pendingDefs = new Map()
    this.idents = new Map()
    this.booted = false
    this.gcHead = null
    this.reprStack = []
    this.dictVersion = 0
    this.dictKeysFreeList = []
    this.staticTop = STATIC_SEGMENT_BASE
    this.vmState = null
    this.intMaxStrDigits = 4300
    this.maybeStranded = false
  }
}
