# __del__ order when deep chains of lists, tuples and dicts are freed: the trashcan defers every 50 levels.
order = []
class D:
    def __init__(self, i): self.i = i
    def __del__(self): order.append(self.i)
x = None
for i in range(130):
    x = [D(i), x]
del x
print(order)
order.clear()
t = None
for i in range(130):
    t = (t, D(i))
del t
print(order)
order.clear()
d = None
for i in range(120):
    d = {'d': D(i), 'next': d}
del d
print(order)
