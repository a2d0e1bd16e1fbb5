# cmp_to_key: key objects ordered by an old-style comparison function.
from functools import cmp_to_key


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_text)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
print(min("hello", key=cmp_to_key(lambda a, b: ord(b) - ord(a))))

K = cmp_to_key(lambda a, b: a - b)
print(type(K).__name__, type(K(1)).__name__, type(K(1)).__module__, type(K))
a, b = K(1), K(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == K(1))
print(a.obj, b.obj)
a.obj = 5
print(a.obj, a > b)
print(K(obj=3).obj)

# The comparison result is compared with 0 using the same operator.
half = cmp_to_key(lambda a, b: 0.5)
print(half(1) > half(2), half(1) == half(2))
odd = cmp_to_key(lambda a, b: "x")
attempt(lambda: odd(1) < odd(2))

attempt(lambda: a < 4)
attempt(lambda: a == "a")
attempt(lambda: hash(a))
attempt(lambda: {a})
attempt(lambda: a.__dict__)
attempt(lambda: K())
attempt(lambda: K(1, 2))
attempt(lambda: K(ob=1))
attempt(lambda: cmp_to_key())
attempt(lambda: cmp_to_key(mycmp=len) is not None)
attempt(lambda: cmp_to_key(5)(1) < cmp_to_key(5)(2))


def boom(a, b):
    raise ValueError("cmp failed")


attempt(lambda: sorted([1, 2], key=cmp_to_key(boom)))
