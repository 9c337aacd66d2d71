# Programs using contextlib, io, collections.abc, textwrap and traceback together, with the
# moments objects die (__del__) and reference counts where CPython shows them.
import gc
import io
import sys
import textwrap
import traceback
from collections.abc import Mapping, MutableMapping, Sequence
from contextlib import ExitStack, contextmanager, redirect_stdout, suppress


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def close(self):
        print("close", self.name)

    def __del__(self):
        print("del", self.name)


@contextmanager
def opened(name):
    r = Resource(name)
    try:
        yield r
    finally:
        r.close()


print("-- generator cm frees its resource when the with block ends")
with opened("a") as r:
    print("using", r.name)
    del r
print("after with a")

print("-- an exception through the cm")
try:
    with opened("b"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
print("after b")

print("-- ExitStack closes in reverse order")
with ExitStack() as stack:
    for n in "xyz":
        stack.callback(Resource(n).close)
    print("body")
gc.collect()
print("after stack")


# A log capturing helper with redirect_stdout.
def run_captured(fn, *args):
    buf = io.StringIO()
    with redirect_stdout(buf):
        try:
            fn(*args)
        except Exception:
            print(traceback.format_exc(limit=1).splitlines()[-1])
    return buf.getvalue()


def noisy(n):
    for i in range(n):
        print("line", i)
    if n > 2:
        raise RuntimeError(f"too many: {n}")


for n in (2, 3):
    out = run_captured(noisy, n)
    print(repr(out))


# A registry that is a MutableMapping and renders itself with textwrap.
class Registry(MutableMapping):
    def __init__(self):
        self._items = {}

    def __getitem__(self, key):
        return self._items[key.lower()]

    def __setitem__(self, key, value):
        self._items[key.lower()] = value

    def __delitem__(self, key):
        del self._items[key.lower()]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def render(self, width=40):
        out = io.StringIO()
        for key, value in sorted(self.items()):
            print(textwrap.fill(f"{key}: {value}", width, subsequent_indent="    "), file=out)
        return out.getvalue()


reg = Registry()
reg.update(Alpha="the first letter of the Greek alphabet, used in many scientific contexts",
           BETA="second", Gamma="third, a photon of high energy and short wavelength")
print(isinstance(reg, Mapping), isinstance(reg, Sequence), "alpha" in reg, reg.get("ALPHA")[:9])
print(reg.render(), end="")
with suppress(KeyError):
    del reg["delta"]
print(reg.pop("beta"), len(reg), sorted(reg.keys()))


def flatten(obj):
    """Flattens nested sequences and mappings (strings are leaves)."""
    if isinstance(obj, Mapping):
        for k in obj:
            yield from flatten(obj[k])
    elif isinstance(obj, Sequence) and not isinstance(obj, str):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj


print(list(flatten([1, (2, [3, {"a": 4, "b": [5, "six"]}]), range(7, 9), reg])))

buf = io.StringIO()
print(sys.getrefcount(buf))
with redirect_stdout(buf):
    print(sys.getrefcount(buf))
print(sys.getrefcount(buf), repr(buf.getvalue()))
print(textwrap.indent(textwrap.dedent("""
    def f():
        pass
"""), "| "), end="")
