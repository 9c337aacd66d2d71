# Survivors move to older generations.
import gc
gc.collect()
keep = [[] for _ in range(3)]
print([sum(1 for o in gc.get_objects(g) if o is keep) for g in range(3)])
gc.collect(0)
print([sum(1 for o in gc.get_objects(g) if o is keep) for g in range(3)])
gc.collect(1)
print([sum(1 for o in gc.get_objects(g) if o is keep) for g in range(3)])
