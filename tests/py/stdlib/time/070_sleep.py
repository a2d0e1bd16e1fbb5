# sleep: durations, accepted types, errors
import time

start = time.monotonic()
time.sleep(0.05)
time.sleep(0)
time.sleep(0.01)
time.sleep(False)
elapsed = time.monotonic() - start
print(elapsed >= 0.05, elapsed < 2.0)
for arg in [-1, -0.5, 'x', None, float('nan'), 1e20, float('inf')]:
    try:
        time.sleep(arg)
        print('slept', arg)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (1, 2)]:
    try:
        time.sleep(*args)
    except TypeError as e:
        print('TypeError', e)
for arg in [1e10, 10**10, 10**19, -1e20, 2**63, -10**19]:
    try:
        time.sleep(arg)
    except Exception as e:
        print(type(e).__name__, e)
