# Exceptions the runtime raises inside an except block (AttributeError, KeyError from dicts, sets
# and str.format) get the handled exception as __context__, so the reports show both.
import traceback


def attempt(label, fn):
    try:
        try:
            raise ValueError(label)
        except ValueError:
            fn()
    except Exception as e:
        print(label, type(e).__name__, repr(e.__context__), e.__suppress_context__)
        print(traceback.format_exc(), end="")


attempt("attr", lambda: None.attr)
attempt("dict", lambda: {}["k"])
attempt("set", lambda: set().remove(3))
attempt("pop", lambda: {}.pop("p"))
attempt("format", lambda: "{x}".format())
attempt("getattr", lambda: getattr(object(), "nope"))


class C:
    __slots__ = ()


try:
    try:
        hasattr(C(), "x")
        raise KeyError("first")
    except KeyError:
        C().y = 1
except AttributeError as e:
    print(repr(e.__context__))
try:
    {}["outer"]
except KeyError:
    {}["inner"]
