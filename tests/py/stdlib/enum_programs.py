# Enums in ordinary programs: a state machine, permissions with IntFlag,
# enums as dict keys and in sets, serializing by name/value, dataclasses.
from dataclasses import dataclass, field
from enum import Enum, IntEnum, IntFlag, StrEnum, auto, unique


@unique
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.DONE},
    State.PAUSED: {State.RUNNING, State.DONE},
    State.DONE: set(),
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]

    def go(self, new):
        if new not in TRANSITIONS[self.state]:
            raise ValueError(f"cannot go from {self.state.name} to {new.name}")
        self.state = new
        self.history.append(new)


m = Machine()
for step in ["RUNNING", "PAUSED", "RUNNING", "DONE", "IDLE"]:
    try:
        m.go(State[step])
    except ValueError as e:
        print(e)
print(m.history)
print(" -> ".join(s.name for s in m.history), [s.value for s in m.history])


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


def mode(bits):
    return "".join(ch if p in bits else "-" for ch, p in zip("rwx", Perm))


for bits in [Perm.READ | Perm.WRITE, Perm(7), Perm(0), Perm.READ | Perm.EXEC]:
    print(repr(bits), int(bits), mode(bits), oct(bits))


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40


logs = [("disk full", Level.ERROR), ("start", Level.INFO), ("x=1", Level.DEBUG), ("slow", Level.WARNING)]
threshold = Level.INFO
print([msg for msg, lvl in logs if lvl >= threshold])
print(sorted(logs, key=lambda p: p[1], reverse=True)[0], Level(30).name, Level["ERROR"] > 35)
counts = {}
for _, lvl in logs + logs[:2]:
    counts[lvl] = counts.get(lvl, 0) + 1
print(counts, {Level.INFO, Level.INFO, 20})


class Suit(StrEnum):
    HEARTS = "♥"
    SPADES = "♠"


@dataclass(order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)

    def __str__(self):
        return f"{self.rank}{self.suit}"


hand = sorted([Card(10, Suit.SPADES), Card(2, Suit.HEARTS), Card(7, Suit.SPADES)])
print(hand)
print(" ".join(map(str, hand)))
record = {"state": State.RUNNING.name, "level": int(Level.WARNING), "suit": str(Suit.HEARTS)}
print(record, State[record["state"]], Level(record["level"]), Suit(record["suit"]))


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def phrase(self):
        return self.name.replace("_", " ").title()


print([(c.value, c.phrase) for c in Http], Http(404).phrase, f"{Http.OK}: {Http.OK.phrase}")
