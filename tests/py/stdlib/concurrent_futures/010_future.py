import concurrent.futures as cf

f = cf.Future()
print(f.running(), f.done(), f.cancelled())
try:
    f.result(timeout=0)
except TimeoutError as e:
    print(type(e).__name__, repr(e))
seen = []
f.add_done_callback(lambda fut: seen.append(fut.result()))
f.set_result(42)
print(f.done(), f.result(), f.exception(), seen)
print(repr(f).split("state=")[1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
g = cf.Future()
g.set_exception(ValueError("v"))
print(repr(g.exception()), repr(g).split("state=")[1])
try:
    g.result()
except ValueError as e:
    print("raised", e)
h = cf.Future()
print(h.cancel(), h.cancelled(), h.set_running_or_notify_cancel())
try:
    h.result()
except cf.CancelledError as e:
    print(type(e).__name__, repr(e))
k = cf.Future()
print(k.set_running_or_notify_cancel(), k.running(), k.cancel())
print(repr(k).split("state=")[1])
late = []
k.set_result(None)
k.add_done_callback(lambda fut: late.append("immediate"))
print(late)
