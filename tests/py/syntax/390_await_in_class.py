# await in a class body inside async def
async def f():
    class A:
        x = await g()
