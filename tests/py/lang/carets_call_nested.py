def check(v):
    if v > 2:
        raise ValueError(f"bad value {v}")
    return v
values = [1, 2, 3]
total = sum(check(v) for v in values)
