# await binds tighter than ** on the left, and works inside expressions and f-strings.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def val(x):
    return x

async def main():
    a = await val(2) ** 3
    b = -await val(4)
    c = f"{await val('in')}-{await val(1) + 1}"
    d = [await val(i) for i in range(3)]
    e = await val(1) if await val(True) else 0
    f = (await val(lambda: "called"))()
    g = {await val("k"): await val("v")}
    return a, b, c, d, e, f, g

print(run(main()))
