# Members as dict and set keys: Enum.__hash__ is hash(self._name_) for
# every kind of enum except those whose data type hashes first (IntEnum,
# StrEnum, IntFlag use int's and str's hash); pseudo-members of a Flag;
# a class that overrides __hash__; a member whose _name_ went missing.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


class Level(IntEnum):
    LOW = 1
    HIGH = 10


class Tone(StrEnum):
    DO = "do"


class Perm(Flag):
    R = auto()
    W = auto()


class Bits(IntFlag):
    A = 1
    B = 2


class Custom(Enum):
    X = 1

    def __hash__(self):
        return 42


print(hash(Color.RED) == hash("RED"), hash(Color.CRIMSON) == hash("RED"))
print(Color.RED.__hash__() == hash("RED"), Enum.__hash__(Color.GREEN) == hash("GREEN"))
print(hash(Level.HIGH), hash(Tone.DO) == hash("do"), hash(Bits.A | Bits.B))
print(hash(Perm.R) == hash("R"), hash(Perm.R | Perm.W) == hash("R|W"), hash(Perm(0)) == hash(None))
print(hash(Custom.X))
counts = {}
for c in [Color.RED, Color.GREEN, Color.RED, Color.CRIMSON]:
    counts[c] = counts.get(c, 0) + 1
print(sorted((k.name, v) for k, v in counts.items()))
print(len({Color.RED, Color.GREEN, Color.CRIMSON, Perm.R, Perm.R | Perm.W}))
print(Color.RED in {Color.RED: 0}, "RED" in {Color.RED: 0})

member = Color.GREEN
object.__delattr__(member, "_name_")
try:
    hash(member)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Enum.__hash__(5)
except AttributeError as e:
    print(type(e).__name__, e)
