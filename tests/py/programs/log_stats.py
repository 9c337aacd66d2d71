# Log analysis with collections and itertools: counts, groups and pairs.
from collections import Counter, defaultdict
from itertools import groupby, pairwise, accumulate

LOG = """
09:00 alice login
09:05 bob login
09:07 alice view
09:09 alice view
09:15 bob buy
09:20 carol login
09:21 alice logout
09:30 carol view
09:31 carol buy
09:40 bob logout
""".split("\n")

events = [line.split() for line in LOG if line]
by_user = defaultdict(list)
for t, user, action in events:
    by_user[user].append(action)
print(dict(by_user))
actions = Counter(action for _, _, action in events)
print(actions, actions.most_common(1))
for action, group in groupby(sorted(events, key=lambda e: e[2]), key=lambda e: e[2]):
    print(action, [user for _, user, _ in group])
minutes = [int(t[:2]) * 60 + int(t[3:]) for t, _, _ in events]
print([b - a for a, b in pairwise(minutes)], list(accumulate(actions.values())))
