# enum: member access, lookup by value and by name, iteration, Flag
# arithmetic and IntEnum comparisons in a state machine loop.
from enum import Enum, IntEnum, Flag, auto


class State(Enum):
    IDLE = 0
    RUNNING = 1
    BLOCKED = 2
    DONE = 3


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


transitions = {State.IDLE: State.RUNNING, State.RUNNING: State.BLOCKED,
               State.BLOCKED: State.RUNNING, State.DONE: State.DONE}
s = State.IDLE
counts = {m: 0 for m in State}
for i in range(800000):
    s = transitions[s] if i % 11 else State(i % 4)
    counts[s] += 1
print([(m.name, n) for m, n in counts.items()])

names = [m.name for m in State]
total = 0
for i in range(400000):
    total += State[names[i % 4]].value
print(total)

p = Perm(0)
seen = 0
for i in range(400000):
    p = p | Perm.R if i % 3 == 0 else p & ~Perm.W if i % 3 == 1 else p ^ Perm.X
    if Perm.X in p:
        seen += 1
print(seen, p)

print(sum(1 for i in range(400000) if Level.MID < (i % 12)), sorted(Level)[-1])
