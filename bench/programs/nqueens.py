# N-queens with generators: recursion, yield from, tuples and sets.

def solve(n, row=0, cols=frozenset(), diag1=frozenset(), diag2=frozenset(), placed=()):
    if row == n:
        yield placed
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        yield from solve(n, row + 1, cols | {col}, diag1 | {row + col}, diag2 | {row - col},
                         placed + (col,))


def main():
    for n in range(4, 11):
        solutions = list(solve(n))
        print(n, len(solutions), solutions[0] if solutions else None)


main()
