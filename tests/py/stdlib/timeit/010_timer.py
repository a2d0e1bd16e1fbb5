# timeit.Timer: string and callable statements, setup, globals, the
# counts of runs; no timing values are printed.
import timeit

print(timeit.default_timer is __import__("time").perf_counter)
counter = []
t = timeit.Timer("counter.append(1)", globals={"counter": counter})
r = t.timeit(number=7)
print(type(r).__name__, r >= 0, len(counter))
r = t.repeat(repeat=3, number=4)
print(len(r), all(x >= 0 for x in r), len(counter))

calls = []
t = timeit.Timer(lambda: calls.append("s"), setup=lambda: calls.append("setup"))
t.timeit(3)
print(calls)

ns = {}
t = timeit.Timer("x += 1", "x = 10", globals=ns)
print(t.timeit(5) >= 0, sorted(k for k in ns if k != "__builtins__"))

fake = iter(range(0, 1000, 3))
t = timeit.Timer("pass", timer=lambda: next(fake))
print(t.timeit(10), t.repeat(2, 1))

steps = []
t = timeit.Timer("pass", timer=iter(range(0, 10 ** 9, 10 ** 5)).__next__)
print(t.autorange(lambda n, tt: steps.append(n)))
print(steps)
print(timeit.timeit("y = 2", "import math", number=3) >= 0)
print(len(timeit.repeat("pass", number=3, repeat=4)))
print(len(timeit.repeat("pass", number=2)))
