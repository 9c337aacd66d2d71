# Generators: closed (finally runs) when they die by refcount or in a cycle; bound
# method and class cycles; frames and tracebacks.
import gc, sys
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
it = g()
print(next(it))
del it
print("after del")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit")
        raise
x = h(); next(x); x.close(); print("closed")
def cyc():
    me = yield
    try:
        yield
    finally:
        print("cycle finally")
c = cyc(); next(c); c.send(c)
del c
print("collect", gc.collect())
class M:
    def meth(self): pass
m = M(); m.bm = m.meth; del m
print("bound method cycle", gc.collect())
def f():
    return sys._getframe()
fr = f(); fr.f_locals; print(type(fr).__name__)
class K: pass
K.me = K; del K
print("class cycle", gc.collect())
def rec():
    try:
        1/0
    except ZeroDivisionError as e:
        return e
e = rec()
print(e.__traceback__ is not None, gc.collect())
