# Multiple inheritance, C3 order and cooperative super().
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B):
        pass
except TypeError as e:
    print(e)
class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and (self.owner, self.balance) == (other.owner, other.balance)
    def __lt__(self, other):
        return self.balance < other.balance
class Savings(Account):
    rate = 0.02
    def grow(self):
        self.balance = round(self.balance * (1 + self.rate), 2)
        return self
print(sorted([Savings("a", 10), Account("b", 5)]), Savings("x", 100).grow(), Account("q") == Account("q"))
