# Constants as CPython's compiler makes them: folded tuples (nested, with folded items, + and *
# within the AST optimizer's limits), folded subscripts and not, and equal constants merged
# into one object across the functions of a module.
import sys
def f(): return (1, 2)
def g(): return (1, 2)
s1 = 'hello world'
def h(): return 'hello world'
x = 1.5
def k(): return 1.5
def big(): return 10 ** 30
t12 = (1, 2)
b30 = 10 ** 30
print(f() is g(), f() is t12, h() is s1, k() is x, big() is b30)
a1, a2 = (-1, 2), (-1, 2)
b1 = ((1, 2), (3, 4))[0]
c1, c2 = (1, 2) * 3, (1, 2) * 3
d1, d2 = (1,) * 257, (1,) * 257
print(a1 is a2, b1 is t12, c1 is c2, d1 is d2)
print(((1, 2), 'a', (3, (4, 5))) == ((1, 2), 'a', (3, (4, 5))), (1, True) is (1, True), (1, 1.0) is (1, 1))
def m(): return b'xy', 2j, ..., None, -0.0, 0.0
y, j, mz, z = b'xy', 2j, -0.0, 0.0
print(m()[0] is y, m()[1] is j, m()[4] is mz, m()[5] is z)
print(f.__code__.co_consts, m.__code__.co_consts)
e1, e2, ch = (1, (2, -3)), (1, (2, -3)), 'abc'[1]
print(e1 is e2, ch == 'b', (1, 2)[0], not 1, not (), (1,) * 0, -(1 + 2))
print(compile("(1,2)+(3,)", "x", "eval").co_consts, compile("'abc'[1]", "x", "eval").co_consts, compile("not 1", "x", "eval").co_consts)
print(compile("(1,)*256", "x", "eval").co_consts == ((1,) * 256,), compile("(1,)*257", "x", "eval").co_consts)
print(compile("((1,2),)*200", "x", "eval").co_consts[0][0], len(compile("((1,2),)*200", "x", "eval").co_consts[0]))
print(compile("((1,2,3,4,5),)*200", "x", "eval").co_consts[0], compile("(1,2,3)[5]", "x", "eval").co_consts)
print(compile("x in (1, (2, 3))", "x", "eval").co_consts, compile("(a, 1)", "x", "eval").co_consts, compile("(*a, 1)", "x", "eval").co_consts)
