# A sequence or item handed to unpacking or to a comprehension is released once when that raises.
import sys
l = [1, 2, 3]
def f():
    try:
        a, b = l
    except ValueError as e:
        print(e)
for i in range(3): f()
print(sys.getrefcount(l))
l = [1]
def f():
    try:
        s = {x for x in [l]}
    except TypeError as e:
        print(e)
    try:
        s = {l}
    except TypeError as e:
        print(e)
    try:
        a, *b = 5
    except TypeError as e:
        print(e)
for i in range(3): f()
print(sys.getrefcount(l))
def g():
    yield from 5
try:
    list(g())
except TypeError as e:
    print(e)
