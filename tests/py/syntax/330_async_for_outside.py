# async for in a plain function
def f(it):
    async for x in it:
        pass
