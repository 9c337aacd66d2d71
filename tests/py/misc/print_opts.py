# print's keyword arguments.
import sys
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(sep="x")
print(1, 2, sep="")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
sys.stdout.write("written directly\n")
print(None, True, 1.0, [1, "a"], (1,), {"k": None})
