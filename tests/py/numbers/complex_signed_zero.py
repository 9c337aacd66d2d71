# complex(real, imag) keeps signed zeros: the parts of a complex argument combine, plain numbers are taken as they are.
print(complex(1, -0.0), complex(-0.0, -0.0), complex('1-0j'), -0j, 1 - 0j, complex(1, 0.0), (1-0j).imag, complex(0.0, -0.0))
print(repr(complex(-0.0, 0)), complex(float('nan'), -0.0), complex(1, -0.0) == complex(1, 0))
class C:
    def __complex__(self): return complex(0.0, -0.0)
class F:
    def __float__(self): return -0.0
print(complex(C(), -0.0), complex(1, F()), complex(F(), F()), complex(1j, 1j), complex(1j, -0.0), complex(-0.0), complex(1+2j, 3), complex(2, 1j))
