import sys
sys.stderr.write("error line\n")
print("out line")
print("second err", file=sys.stderr)
