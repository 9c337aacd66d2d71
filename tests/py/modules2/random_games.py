# Seeded random: a dice game and a shuffled deck give python3's exact sequence.
import random
rng = random.Random(2024)
rolls = [rng.randint(1, 6) for _ in range(12)]
print(rolls, sum(rolls))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck); print(deck[:8])
print(rng.sample(deck, 3), rng.choice(deck), round(rng.uniform(0, 10), 6), rng.choices("abc", weights=[5, 1, 1], k=6))
random.seed(7); print(random.random(), random.randrange(100), random.getrandbits(16))
