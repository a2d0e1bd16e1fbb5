# cr_running, cr_await, cr_frame, cr_code, cr_suspended while a coroutine runs and waits.
class Pause:
    def __await__(self):
        yield "paused"

async def probe():
    print("running inside:", me.cr_running)
    await Pause()
    return "ok"

me = probe()
print(me.cr_running, me.cr_await, me.cr_suspended, me.cr_code.co_name)
print(me.cr_frame is not None, me.cr_origin)
me.send(None)
print(me.cr_running, type(me.cr_await).__name__, me.cr_suspended)
try:
    me.send(None)
except StopIteration as e:
    print(e.value, me.cr_frame, me.cr_await)
