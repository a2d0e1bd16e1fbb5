# ag_running and "already running" errors while an asend awaits something.
class Pause:
    def __await__(self):
        yield "pause"

async def slow():
    await Pause()
    yield "value"
    await Pause()
    yield "second"

ag = slow()
print(ag.ag_running, ag.ag_await)
first = ag.asend(None)
print(first.send(None))
print(ag.ag_running, type(ag.ag_await).__name__)
for make in (lambda: ag.asend(None), lambda: ag.athrow(ValueError), lambda: ag.aclose()):
    try:
        make().send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    first.send(None)
except StopIteration as e:
    print("value", e.value)
print(ag.ag_running)
