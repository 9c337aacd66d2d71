# The lists of the split family: str.split/rsplit and bytes.split preallocate 12 slots
# (fewer with a small maxsplit) and grow by appends; splitlines grows from empty.
# A str that is not split at all is its own only item.
import sys

for s in ['', 'a', 'a b c', ' '.join('x' * 12), ' '.join('x' * 13), ' '.join('x' * 30),
          ' '.join('y' * 100)]:
    print(len(s.split()), sys.getsizeof(s.split()), sys.getsizeof(s.split(' ')) if s else 0,
          sys.getsizeof(s.rsplit()), sys.getsizeof(s.split(None, 2)), sys.getsizeof(s.split(None, 0)),
          sys.getsizeof(s.split(None, 11)), sys.getsizeof(s.split(None, 12)),
          sys.getsizeof(s.splitlines()), sys.getsizeof(s.replace(' ', '\n').splitlines()))
for b in [b'', b'a b c', b' '.join([b'x'] * 20)]:
    print(sys.getsizeof(b.split()), sys.getsizeof(b.rsplit(b' ')), sys.getsizeof(bytearray(b).split()),
          sys.getsizeof(b.splitlines()))
s = ''.join(['abc', 'def'])   # not a constant: its count is only ours
print(s.split()[0] is s, s.split('x')[0] is s, s.rsplit()[0] is s, s.rsplit('q', 3)[0] is s,
      s.splitlines()[0] is s, ('  ' + s).split()[0] is s)
print(sys.getrefcount(s))
parts = s.split()
print(sys.getrefcount(s))
class S(str):
    pass
t = S('abc')
print(type(t.split()[0]).__name__, t.split()[0] is t)
