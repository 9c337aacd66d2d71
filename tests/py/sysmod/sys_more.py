# Smaller parts of sys that programs read: prefixes, flags, import machinery
# lists, stream attributes, profile and audit hooks, call_tracing.
import sys

print(isinstance(sys.prefix, str), sys.prefix == sys.base_prefix == sys.exec_prefix)
print(sys.base_exec_prefix == sys.exec_prefix, sys.platlibdir, repr(sys.abiflags))
print(sys.pycache_prefix, type(sys._xoptions).__name__)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(sys.flags)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags[4], len(sys.flags), type(sys.flags).__name__)
print(sys.thread_info.name, sys.thread_info.lock)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getdefaultencoding())
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.errors, s.fileno(), s.line_buffering, s.readable(), s.writable())
print(sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(sys.stdout.write("abc\n"))
try:
    sys.stdout.read()
except OSError as e:
    print(type(e).__name__ in ("UnsupportedOperation", "OSError"), e)

events = []


def prof(frame, event, arg):
    events.append((event, frame.f_code.co_name, arg))
    return prof


def f(x):
    return g(x) + 1


def g(x):
    return x * 2


print(sys.getprofile())
sys.setprofile(prof)
f(3)
sys.setprofile(None)
print(sys.getprofile())
for e in events:
    if e[0] in ("call", "return") and e[1] in ("f", "g"):
        print(e)

print(sys.call_tracing(divmod, (17, 5)))
try:
    sys.call_tracing(divmod, [17, 5])
except TypeError as e:
    print("TypeError:", e)

seen = []
sys.addaudithook(lambda ev, args: seen.append((ev, args)) if ev.startswith("my.") else None)
sys.audit("my.event", 1, "two")
print(seen)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
