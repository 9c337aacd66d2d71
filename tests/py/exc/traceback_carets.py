# Tracebacks with 3.11's position markers.
def divide(a, b):
    return a / b
def compute(values):
    total = 0
    for v in values:
        total = total + divide(10, v)
    return total
compute([1, 2, 0])
