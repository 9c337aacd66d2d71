# PrettyPrinter objects: the options and their errors, the methods, the
# stream (sys.stdout as it is at construction), subclasses that override
# format() or extend _dispatch, and argument errors.
import io
import pprint
import sys

data = {"ints": [255, 4096, 65535, 1 << 20], "name": "pymalloc arena " * 4,
        "nested": {"pools": [(i, hex(i * 4096)) for i in range(4)]}}

for options in [{}, {"indent": 4}, {"width": 30}, {"depth": 2}, {"compact": True, "width": 40},
                {"sort_dicts": False, "width": 50}, {"underscore_numbers": True, "width": 50},
                {"indent": "2", "width": 50.9}, {"indent": 0, "width": 1}]:
    printer = pprint.PrettyPrinter(**options)
    print("---", options)
    print(printer.pformat(data))
    print(printer.isreadable(data), printer.isrecursive(data), printer.format(data, {}, 0, 0)[1:])

for bad in [{"indent": -1}, {"depth": 0}, {"depth": -3}, {"width": 0}, {"width": "wide"},
            {"indent": None}, {"width": 0.5}]:
    try:
        pprint.PrettyPrinter(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: pprint.pformat({}, 1, 80, None, True), lambda: pprint.pprint(),
             lambda: pprint.pformat([], wide=1),
             lambda: pprint.PrettyPrinter(1, 80, None, None, 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# isreadable/isrecursive as methods: a depth limit does not apply to them.
shallow = pprint.PrettyPrinter(depth=1)
print(shallow.pformat([[1], [2]]), shallow.isreadable([[1], [2]]), shallow.isrecursive([[1]]))
print(shallow.format([[1], [2]], {}, 1, 0), shallow.format([[1], [2]], {}, 0, 0))
loop = [1]
loop.append(loop)
print(shallow.isrecursive(loop), shallow.isreadable(loop), pprint.isreadable(loop))

# The default stream is sys.stdout as it is when the printer is made.
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
early = pprint.PrettyPrinter(width=20)
pprint.pprint(["to", "buffer"])
sys.stdout = saved
early.pprint(["still", "to", "the", "buffer"])
pprint.pprint(["to", "stdout"])
print(repr(buf.getvalue()))
sys.stdout = None
quiet = pprint.PrettyPrinter()
sys.stdout = saved
print(repr(quiet.pprint([1, 2])), quiet.pformat([1, 2]))


# A subclass can change how leaves are written by overriding format().
class HexPrinter(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return hex(object), True, False
        if isinstance(object, str) and len(object) > 20:
            return repr(object[:17] + "..."), False, False
        return super().format(object, context, maxlevels, level)


hp = HexPrinter(width=40)
hp.pprint(data)
print(hp.pformat(list(range(0, 200, 13))), hp.isreadable(data), hp.isreadable([1]))
HexPrinter(width=25, compact=True).pprint(list(range(0, 2000, 97)))


# ... or add layouts for its own types to a copy of _dispatch.
class Registers:
    def __init__(self, **regs):
        self.regs = regs

    def __repr__(self):
        return "Registers(" + ", ".join(f"{k}={v:#x}" for k, v in self.regs.items()) + ")"


class RegPrinter(pprint.PrettyPrinter):
    _dispatch = dict(pprint.PrettyPrinter._dispatch)

    def _pprint_registers(self, object, stream, indent, allowance, context, level):
        stream.write("Registers(\n")
        for k, v in self.regs_sorted(object):
            stream.write(" " * (indent + 4) + f"{k}={v:#x},\n")
        stream.write(" " * indent + ")")

    @staticmethod
    def regs_sorted(object):
        return sorted(object.regs.items())

    _dispatch[Registers.__repr__] = _pprint_registers


regs = Registers(rip=0x401000, rsp=0x7FFDF000, rax=0, rbx=0xDEADBEEF)
RegPrinter().pprint(regs)
RegPrinter(width=40).pprint({"cpu0": regs, "cpu1": Registers(rip=1)})
pprint.pprint({"cpu0": regs}, width=40)
print(len(pprint.PrettyPrinter._dispatch) == len(RegPrinter._dispatch) - 1)
print(pprint.PrettyPrinter._dispatch[list.__repr__] is pprint.PrettyPrinter._pprint_list)


# Overriding a _pprint_* method does not change the table the base class made.
class StrPrinter(pprint.PrettyPrinter):
    def _pprint_str(self, object, stream, indent, allowance, context, level):
        stream.write("<string>")


StrPrinter(width=10).pprint(["a long string here"])


# _safe_key orders what < cannot, first by type name.
keys = [3, "a", None, 2.5, (1,), b"b", "c", 1]
print([k.obj for k in sorted(map(pprint._safe_key, keys))])
print(sorted({"b": 1, 2: 2, None: 3}.items(), key=pprint._safe_tuple))
print(pprint.pformat({None: 1, 0: 2, "": 3, (): 4, 0.0: 5, b"": 6}))
print(pprint.saferepr({"z": [1, (2,)], "a": {}}), pprint.pformat({"z": 1, "a": 2}, width=1))
