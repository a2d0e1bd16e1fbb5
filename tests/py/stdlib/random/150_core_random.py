# _random.Random itself: construction, seeding by hash, the raw state.
import _random

R = _random.Random
print(R.__name__, R.__module__)
r = R(5)
print(r.random(), r.getrandbits(40))
print(len(r.getstate()), r.getstate()[-1])

# __new__ leaves an unseeded, all-zero state; __init__ seeds
z = R.__new__(R)
print(z.getstate()[:3], z.getstate()[-1], z.random())
z.__init__(5)
print(z.random() == R(5).random())

# int seeds use the absolute value; other objects their hash
print(R(-5).random() == R(5).random(), R(0).random() == R(-0).random())
print(R(True).random() == R(1).random())
print(R(1.5).random() == R(hash(1.5)).random())
print(R(-1.5).random() == R(hash(-1.5) % 2**64).random())
print(R(2.0).random() == R(2).random())

class MyInt(int):
    def __abs__(self):
        return 99
print(R(MyInt(-3)).random() == R(3).random())

class Sub(R):
    pass
print(Sub(7).random() == R(7).random(), type(Sub(7)).__name__)

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt(R, 1, 2)
attempt(R, x=1)
attempt(Sub, x=1)
attempt(R, [])
attempt(r.seed, 1, 2)
attempt(r.seed, x=1)
attempt(r.seed, [])
attempt(r.random, 1)
attempt(r.getstate, 1)
attempt(r.setstate)
attempt(r.setstate, [0] * 625)
attempt(r.setstate, (0,) * 10)
attempt(R.random, 1)
attempt(R.__new__, int)
attempt(R.__new__, 1)
attempt(R.seed)
attempt(R.random)
attempt(r.getrandbits, 2.0)

class Free(R):
    def __init__(self, *args, **kw):
        pass
f = Free(1, 2, x=3)
print(f.random(), f.getstate()[-1])
