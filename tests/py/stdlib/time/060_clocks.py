# Clocks: types, monotonicity, _ns forms, get_clock_info, clock_gettime
import time

a, b = time.monotonic(), time.monotonic()
print(type(a).__name__, b >= a)
na, nb = time.monotonic_ns(), time.monotonic_ns()
print(type(na).__name__, nb >= na)
for name in ['time', 'perf_counter', 'process_time', 'thread_time']:
    f, fns = getattr(time, name), getattr(time, name + '_ns')
    x, n = f(), fns()
    print(name, type(x).__name__, type(n).__name__, x >= 0, n >= 0)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0, time.time() > 1.6e9)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1.0)
print(type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__, time.clock_getres(time.CLOCK_REALTIME) > 0)
for f in [lambda: time.get_clock_info('x'), lambda: time.get_clock_info(5),
          lambda: time.clock_gettime('a'), lambda: time.clock_gettime(12345),
          lambda: time.clock_gettime(), lambda: time.time(1), lambda: time.time_ns(x=1),
          lambda: time.clock_settime(time.CLOCK_MONOTONIC, 0.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
