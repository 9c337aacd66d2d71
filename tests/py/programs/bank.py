class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
acc = Account("ann", 100).deposit(50).withdraw(30)
print(acc, acc.balance, acc.history)
for op, amt in [("deposit", -1), ("withdraw", 1000)]:
    try:
        getattr(acc, op)(amt)
    except (ValueError, InsufficientFunds) as e:
        print(type(e).__name__, e)
accounts = sorted([Account("b", 5), Account("a", 50), Account("c", 20)], key=lambda a: a.balance)
print(accounts, sum(a.balance for a in accounts))
