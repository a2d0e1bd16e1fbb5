# choices(): equal chances, weights, cumulative weights, and errors.
import random

r = random.Random(77)
print(r.choices("abc"))
print(r.choices("abc", k=10))
print(r.choices(range(100), k=8))
print(r.choices([1, 2, 3], [10, 1, 1], k=10))
print(r.choices([1, 2, 3], [0.5, 0.25, 0.25], k=10))
print(r.choices([1, 2, 3], [1, 0.5, 2], k=10))
print(r.choices("xyz", cum_weights=[1, 2, 10], k=10))
print(r.choices("xyz", cum_weights=(0.1, 0.2, 1.0), k=10))
print(r.choices("xyz", weights=(0, 0, 1), k=5))
print(r.choices("xy", [1, 1], k=0), r.choices("xy", k=-3), r.choices([], k=0))
print(r.choices((1, 2), [2**60, 2**60], k=6))

class W:
    """A weight that is not a float or an int."""
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return W(self.v + (other.v if isinstance(other, W) else other))
    __radd__ = __add__
    def __float__(self):
        return float(self.v)
    def __gt__(self, other):
        return self.v > float(other)
    def __lt__(self, other):
        return self.v < float(other)

print(r.choices("ab", [1.0, 3.0], k=5))

def attempt(*args, **kw):
    try:
        print(r.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt([1, 2], 3)
attempt([1, 2], [1], k=3)
attempt([1, 2], [0, 0], k=3)
attempt([1, 2], [-1, -2], k=3)
attempt([1, 2], [1, float("inf")], k=3)
attempt([1, 2], [1, float("nan")], k=3)
attempt([1, 2], [1, 2], cum_weights=[1, 2])
attempt([1, 2], ["a", "b"])
attempt([1, 2], k=2.5)
attempt([], k=2)
attempt([], [], k=2)
attempt(5, k=1)
attempt([1, 2], [1, None])
attempt([1, 2], cum_weights=[1])
