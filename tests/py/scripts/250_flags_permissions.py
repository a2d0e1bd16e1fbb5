"""File-permission style flags with enum.Flag and IntFlag."""
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


user = Perm.READ | Perm.WRITE
print(user, repr(user), user == Perm.RW, Perm.EXEC in user)
print(list(Perm.ALL), bool(Perm(0)), Perm.ALL & ~Perm.WRITE)
for spec in ("rwx", "r-x", "rw-", "---"):
    m = Mode(0)
    for ch, bit in zip(spec, (Mode.R, Mode.W, Mode.X)):
        if ch != "-":
            m |= bit
    print(spec, int(m), m, repr(m))
print(oct(sum(int(Mode(int(d))) << (3 * i) for i, d in enumerate(reversed("754")))))
print(Mode.R + 1, Mode.R | 8, [m.name for m in Mode])
