# getsizeof of the builtin iterators and their types' layout numbers.
import sys
objs = [map(len, []), filter(None, []), zip(), zip([1], [2]), enumerate([]), reversed([1]),
        iter([]), iter(()), iter(''), iter({}), iter(set()), iter(range(3)), iter(b''),
        {}.keys(), {}.values(), {}.items(), iter({}.items())]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o), type(o).__basicsize__, type(o).__itemsize__)
