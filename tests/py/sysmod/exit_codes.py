import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", e.code)
try:
    exit()
except SystemExit as e:
    print("exit()", e.code)
print("continuing")
raise SystemExit
