# choice() and shuffle() on various sequences, and their errors.
import random

r = random.Random(31337)
print([r.choice([1, 2, 3, 4, 5]) for _ in range(15)])
print("".join(r.choice("abcdefgh") for _ in range(15)))
print([r.choice((10, 20, 30)) for _ in range(10)])
print([r.choice(range(100, 200, 3)) for _ in range(10)])
print(r.choice([None]), r.choice(b"xyz"))

class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return i * 100

print([r.choice(Seq()) for _ in range(8)])

l = list(range(10))
r.shuffle(l)
print(l)
l = list("abcdefghijklmnopqrstuvwxyz")
r.shuffle(l)
print("".join(l))
empty = []
r.shuffle(empty)
one = [1]
r.shuffle(one)
print(empty, one)
ba = bytearray(b"0123456789")
r.shuffle(ba)
print(ba)

r1 = random.Random(3)
r2 = random.Random(3)
a = list(range(50))
b = list(range(50))
for _ in range(10):
    r1.shuffle(a)
    r2.shuffle(b)
print(a == b, sorted(a) == list(range(50)))

for bad in [[], "", (), range(0), {}, 5]:
    try:
        r.choice(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(1, 2, 3), "abc", 5]:
    try:
        r.shuffle(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    r.choice({1: "a"})
except Exception as e:
    print(type(e).__name__, e)
