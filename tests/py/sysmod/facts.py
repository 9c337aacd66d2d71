import sys
print(sys.version_info[:2], sys.version_info[0] == 3, sys.hexversion >> 16 == 0x30B)
print(sys.maxsize, sys.byteorder, sys.implementation.name, sys.platform)
print(sys.flags.optimize, sys.getrecursionlimit(), type(sys.argv).__name__, sys.argv[0].endswith("facts.py"))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, sys.stdout.write("via write\n"))
print(sys.getdefaultencoding(), sys.maxunicode)
