# hash_eq_rules
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
class NoHash:
    def __eq__(self, o): return True
print(len({K(1), K(1), K(2)}), K(1) in {K(1)}, NoHash.__hash__)
try: {NoHash()}
except TypeError as e: print(e)
print(hash(1) == hash(1.0) == hash(True), hash('a') == hash('a'))
