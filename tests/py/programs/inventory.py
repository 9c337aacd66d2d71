inventory = {"apple": 3, "pear": 0, "plum": 7}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock)
restock = dict.fromkeys([k for k, v in inventory.items() if not v], 10)
inventory.update(restock)
print(inventory)
print(sorted(inventory, key=inventory.get, reverse=True))
total = 0
for name, qty in inventory.items():
    total += qty
else:
    print("total items", total)
report = "\n".join(f"{name:<6}{qty:>4}" for name, qty in sorted(inventory.items()))
print(report)
