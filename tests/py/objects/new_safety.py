class I(int): pass
try: object.__new__(I)
except TypeError as e: print(e)
class J(int):
  def __new__(c): return super().__new__(c)
try: object.__new__(J)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
class K:
  def __new__(c, *a): return object.__new__(c)
print(type(K(1)).__name__, int.__new__(I, 5), type(int.__new__(I, 5)).__name__)
class L(list): pass
print(list.__new__(L), type(list.__new__(L)).__name__, J())
