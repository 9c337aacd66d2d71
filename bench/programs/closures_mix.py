# Closures, comprehensions, exceptions and small objects in a mixed workload.

def make_counter(step):
    total = 0

    def bump(n):
        nonlocal total
        total += n * step
        return total

    return bump


class Invalid(Exception):
    pass


def parse(token):
    if not token.isdigit():
        raise Invalid(token)
    return int(token)


def main():
    counters = [make_counter(s) for s in range(1, 6)]
    acc = 0
    for i in range(60000):
        c = counters[i % 5]
        acc += c(i % 7)
    print(acc)

    tokens = [str(i) if i % 13 else f"x{i}" for i in range(100000)]
    good = bad = 0
    for t in tokens:
        try:
            good += parse(t)
        except Invalid:
            bad += 1
    print(good, bad)

    squares = {i: i * i for i in range(50000) if i % 3}
    evens = [v for k, v in squares.items() if v % 2 == 0]
    pairs = sorted({(a % 17, b % 19) for a, b in zip(range(40000), range(1, 40001))})
    print(len(squares), sum(evens) % 1000003, len(pairs))


main()
