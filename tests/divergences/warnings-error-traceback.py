# description: a warning raised by the "error" filter has two more traceback entries than in CPython.
# cause: heapscope's warnings module is written in Python; CPython's warn() is the C function
#   of the _warnings module, which adds no frame. The exception, message and status are the same.
#   The two entries are warn() and warn_explicit() of /heapscope/lib/warnings.py.
# workaround: none needed: the traceback printed for it lists those two entries too.
# issue: stdlib (warnings)
import warnings

warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(repr(e), names)
