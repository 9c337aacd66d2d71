# Indexing exact lists and tuples by ints: negative indexes, errors, the old item released after the store.
class D:
    def __del__(s): print("del", l)
l = [D(), 2, 3]
l[0] = 5
l[-1] = 7
print(l[-1], l[0], (1, 2)[-2])
for bad in (3, -4):
    try: l[bad]
    except IndexError as e: print(e)
    try: l[bad] = 0
    except IndexError as e: print(e)
    try: (1,)[bad]
    except IndexError as e: print(e)
print(l[True], [1, 2][1.0 if False else 1])
