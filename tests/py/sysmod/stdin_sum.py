# A typical filter: numbers read line by line from stdin, a summary at the end.
import sys

total = 0
count = 0
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    total += int(line)
    count += 1
print(f"{count} numbers, total {total}")
print(repr(sys.stdin.read()))
