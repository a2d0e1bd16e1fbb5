# Re-entering a running coroutine is an error.
async def reenter():
    try:
        me.send(None)
    except ValueError as e:
        print(type(e).__name__, e)
    return "back"

me = reenter()
try:
    me.send(None)
except StopIteration as e:
    print(e.value)
