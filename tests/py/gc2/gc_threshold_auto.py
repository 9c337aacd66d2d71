# Automatic collection: with a low threshold, cycles are freed while allocating.
import gc
freed = []
class Node:
    def __init__(self, i): self.i = i; self.me = self
    def __del__(self): freed.append(self.i)
gc.collect()
gc.set_threshold(20, 10, 10)
for i in range(50):
    Node(i)
print(len(freed) > 0, freed[:3], gc.get_count()[0] <= 20)
gc.set_threshold(700, 10, 10)
gc.collect()
print(len(freed))
