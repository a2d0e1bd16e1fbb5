# getstate() / setstate(): the state's shape, round trips, errors.
import random

r = random.Random(2024)
st = r.getstate()
print(type(st).__name__, len(st), st[0], type(st[1]).__name__, len(st[1]), st[2])
print(st[1][:3], st[1][-1])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])

# gauss_next is part of the state
r.seed(3)
r.gauss()
st = r.getstate()
print(type(st[2]).__name__)
g = r.gauss()
r.setstate(st)
print(g == r.gauss())

# version 2 states hold words that may be negative
r2 = random.Random()
words = tuple(w - 2**32 if w >= 2**31 else w for w in st[1][:-1]) + (st[1][-1],)
r2.setstate((2, words, None))
r.setstate(st)
r.gauss_next = None
print(r2.random() == r.random())

# the index of the next word is kept
r = random.Random(11)
for _ in range(5):
    r.random()
print(r.getstate()[1][-1])

def attempt(state):
    try:
        random.Random(0).setstate(state)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

attempt((4, st[1], None))
attempt((3, st[1]))
attempt(())
attempt(None)
attempt((3, list(st[1]), None))
attempt((3, st[1][:-1], None))
attempt((3, st[1][:-1] + (625,), None))
attempt((3, st[1][:-1] + (-1,), None))
attempt((3, (1.5,) + st[1][1:], None))
attempt((3, (-1,) + st[1][1:], None))
attempt((3, (2**64,) + st[1][1:], None))
attempt((3, st[1][:-1] + (2**70,), None))
attempt((3, (2**32 + 7,) + st[1][1:], None))
attempt((3, st[1][:-1] + (624,), None))
