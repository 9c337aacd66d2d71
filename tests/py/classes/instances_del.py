# When instances die: del, reassignment, containers, cycles need gc.
class Tracked:
    alive = 0
    def __init__(self, tag):
        self.tag = tag
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1
        print("freed", self.tag)
def scope():
    t = Tracked("scoped")
    print("inside, alive =", Tracked.alive)
scope()
print("after scope, alive =", Tracked.alive)
holder = [Tracked("in list")]
holder.pop()
print("popped")
d = {"x": Tracked("dict value")}
d["x"] = None
print("overwritten")
t1 = Tracked("chain head")
t1.next = Tracked("chain tail")
del t1
print("chain released")
