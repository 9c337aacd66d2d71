# description: the traceback of a re.error lists heapscope's re frames, not CPython's.
# cause: CPython parses patterns in Python (re/_compiler.py, re/_parser.py: parse, _parse_sub,
#   _parse, ...) and its traceback shows those frames; heapscope parses them natively
#   (src/modules/sre), so the traceback ends in re._compile. The exception and message are
#   the same.
# workaround: none needed.
# issue: stdlib (re)
import re

try:
    re.compile("a(b")
except re.error as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names, e)
