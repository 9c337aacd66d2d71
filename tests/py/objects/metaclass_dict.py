import sys
class Meta(type): pass
class C(metaclass=Meta): x=1
print(Meta.__basicsize__, sys.getsizeof(C), type(C.__dict__), list(Meta.__dict__), C.x, C.__dict__['x'])
C.y = 2; print(C.y, Meta.__dictoffset__)
