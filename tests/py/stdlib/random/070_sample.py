# sample(): both selection strategies, counts=, and errors.
import random

r = random.Random(123)
print(r.sample(range(10), 5))
print(r.sample(range(10), 10))
print(r.sample(range(1000), 10))
print(r.sample(range(10**9), 5))
print(r.sample(list("abcdefghij"), 4))
print(r.sample(tuple(range(30)), 6))
print(r.sample(range(40), 6), r.sample(range(41), 6))
print(r.sample([1, 2, 3], 0), r.sample([], 0))
print(r.sample("hello", 3))
print(r.sample(range(100), k=3))
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(range(3), 6, counts=[1, 2, 3]))
print(r.sample("ab", 2, counts=[0, 2]))

# the sample is in selection order: a prefix of a longer sample
a = random.Random(9).sample(range(10000), 20)
b = random.Random(9).sample(range(10000), 20)
print(a == b, len(set(a)))

def attempt(*args, **kw):
    try:
        print(r.sample(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt([1, 2], 3)
attempt([1, 2], -1)
attempt({1, 2}, 1)
attempt({1: 2}, 1)
attempt(5, 1)
attempt([1, 2])
attempt([1, 2], 1.0)
attempt([1, 2], 1, counts=[1])
attempt([1, 2], 1, counts=[0, 0])
attempt([1, 2], 1, counts=[1.0, 2.0])
attempt([1, 2], 4, counts=[1, 2])
attempt([1, 2], 1, counts=[-1, 1])
