import time
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
print(type(t1).__name__, type(m1).__name__, type(p1).__name__)
print(t1 > 1_000_000_000)
time.sleep(0.02)
t2 = time.time()
m2 = time.monotonic()
p2 = time.perf_counter()
print(m2 >= m1, p2 >= p1, t2 >= t1)
print(p2 - p1 >= 0.015, m2 - m1 >= 0.015)
time.sleep(0)
readings = [time.monotonic() for _ in range(100)]
print(all(a <= b for a, b in zip(readings, readings[1:])))
ns = time.perf_counter_ns() if hasattr(time, "perf_counter_ns") else 0
print(isinstance(ns, int))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
