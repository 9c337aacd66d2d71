#!/usr/bin/env python3
"""Writes tests/fixtures/util/float-repr.json: repr() of floats and complexes from CPython.

Values are stored as the hex of their IEEE-754 bits so the test rebuilds them exactly.
Run: python3 scripts/gen-float-repr-fixtures.py
"""
import json, math, os, random, struct, sys


def bits(x):
    return struct.pack(">d", x).hex()


def main():
    rnd = random.Random(2026)
    special = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 100.0, 1e15, 1e16, 1e17, 123456789012345678.0,
               9007199254740993.0, 1e-4, 1e-5, 0.00012345, 1.2345e-5, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
               1.7976931348623157e308, math.inf, -math.inf, math.nan, math.pi, math.e, 2.0 ** 53, 2.0 ** 63,
               1 / 3, 2 / 3, 0.3, 1e300, 1e-300, 123.456, 9999999999999998.0, 999999999999999.9, 0.001, 0.0009999]
    floats = special[:]
    for _ in range(1500):
        floats.append(struct.unpack(">d", rnd.getrandbits(64).to_bytes(8, "big"))[0])
    for _ in range(500):
        floats.append(rnd.uniform(-1e6, 1e6))
    for _ in range(500):
        floats.append(round(rnd.uniform(-1000, 1000), rnd.randint(0, 6)))
    for _ in range(500):
        floats.append(rnd.randint(-10**20, 10**20) * 10.0 ** rnd.randint(-30, 30))
    cases = [[bits(x), repr(x)] for x in floats]
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, math.inf, -math.inf, math.nan, 100.0, 0.1]
    cpx = [[bits(a), bits(b), repr(complex(a, b))] for a in parts for b in parts]
    for _ in range(300):
        a, b = (struct.unpack(">d", rnd.getrandbits(64).to_bytes(8, "big"))[0] for _ in range(2))
        cpx.append([bits(a), bits(b), repr(complex(a, b))])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "tests", "fixtures", "util", "float-repr.json")
    with open(path, "w") as f:
        json.dump({"python": sys.version.split()[0], "floats": cases, "complex": cpx}, f, indent=0)
        f.write("\n")
    print("wrote", path)


main()
