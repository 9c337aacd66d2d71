# Generation counts, thresholds and promotion.
import gc

gc.collect()
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect(2)
print(gc.get_count())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
x = [[] for _ in range(5)]
print(gc.get_count()[0] >= 5)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
