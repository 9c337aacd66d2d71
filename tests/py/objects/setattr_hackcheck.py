class C: pass
try: object.__setattr__(C, 'x', 1)
except TypeError as e: print(e)
try: object.__delattr__(C, 'x')
except TypeError as e: print(e)
try: object.__setattr__(1, 'x', 1)
except Exception as e: print(type(e).__name__, e)
c = C(); object.__setattr__(c, 'y', 2); print(c.y); object.__delattr__(c, 'y')
class D:
    def __setattr__(s, n, v):
        print("D set", n); super().__setattr__(n, v)
d = D(); d.q = 1; print(d.q)
type.__setattr__(C, 'z', 3); print(C.z)
