# randrange() with one, two and three arguments, big ranges, and errors.
import random

r = random.Random(99)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(5, 15) for _ in range(10)])
print([r.randrange(-20, -10) for _ in range(10)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -9) for _ in range(10)])
print([r.randrange(-5, 5, 3) for _ in range(10)])
print([r.randrange(1) for _ in range(3)], r.randrange(7, 8), r.randrange(3, 4, 5))
print(r.randrange(10**30), r.randrange(-10**25, 10**25), r.randrange(0, 10**30, 10**12))
print(r.randrange(2**63 - 1), r.randrange(2**64), r.randrange(-2**63, 2**63))
print(r.randrange(2**62, 2**63, 2**61))
print(r.randrange(True, 5), r.randrange(5, step=1), r.randrange(start=3, stop=9))

def attempt(*args, **kw):
    try:
        print(r.randrange(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt(0)
attempt(-3)
attempt(5, 5)
attempt(5, 1)
attempt(1, 5, 0)
attempt(1, 5, -1)
attempt(5, 1, 1)
attempt(5, step=2)
attempt(5, None, 2)
attempt(10**20, 10**20)
attempt(None)
attempt("3")
attempt(1, "5")
attempt(1, 5, "2")
attempt(2.5)
attempt(1, 5.5)
attempt(1, 5, 1.5)
attempt([1])
attempt()
attempt(1, 2, 3, 4)
