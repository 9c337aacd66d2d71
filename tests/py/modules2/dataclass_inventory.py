# An inventory with dataclasses, sorting and totals.
from dataclasses import dataclass, field, asdict
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = field(default=1, compare=False)
    def total(self): return round(self.price * self.qty, 2)
stock = [Item(2.5, "pen", 10), Item(9.99, "book"), Item(0.5, "clip", 100)]
for it in sorted(stock):
    print(f"{it.name:6} {it.qty:4} x {it.price:6.2f} = {it.total():8.2f}")
print(sum(i.total() for i in stock), max(stock).name, asdict(stock[0]))
