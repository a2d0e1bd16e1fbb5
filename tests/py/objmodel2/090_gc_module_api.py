# gc.enable/disable/isenabled, thresholds, get_count.
import gc

print("enabled at start:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
print("default threshold:", gc.get_threshold())
gc.set_threshold(500)
print("after set_threshold(500):", gc.get_threshold())
gc.set_threshold(1000, 20)
print("after set_threshold(1000, 20):", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())
print("get_count is a triple of ints:", [type(c).__name__ for c in gc.get_count()])
gc.collect()
print("after a full collection count[2] is 0:", gc.get_count()[2])
gc.disable()
before = gc.get_count()[0]
junk = [[] for i in range(100)]
print("count[0] grew by at least 100:", gc.get_count()[0] - before >= 100)
del junk
gc.enable()
print("gc.garbage:", gc.garbage, "gc.callbacks:", gc.callbacks)
print("get_debug:", gc.get_debug())
print("DEBUG_LEAK:", gc.DEBUG_LEAK)
stats = gc.get_stats()
print("get_stats:", len(stats), sorted(stats[0]))
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.isenabled(1)
except TypeError as e:
    print("TypeError", e)
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError", e)
print("get_objects(-1) means all generations:", type(gc.get_objects(-1)).__name__)
try:
    gc.get_objects(-2)
except ValueError as e:
    print("ValueError", e)
for f in (gc.enable, gc.disable, gc.get_count, gc.get_threshold, gc.get_debug, gc.freeze):
    try:
        f(1)
    except TypeError as e:
        print("TypeError", e)
for bad in ((), (1, 2, 3, 4)):
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError", e)
try:
    gc.collect(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print("TypeError", e)
try:
    gc.get_objects("x")
except TypeError as e:
    print("TypeError", e)
print("get_objects(generation=None) is a list:", type(gc.get_objects(generation=None)).__name__)
