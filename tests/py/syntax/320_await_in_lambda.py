# await in a lambda inside async def
async def f():
    return lambda: await g()
