saved = []
class Phoenix:
    def __del__(self):
        print("__del__ runs, resurrecting")
        saved.append(self)
p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared again (no second __del__ in 3.11)")
